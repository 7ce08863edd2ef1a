"""Project appraisal, checked by hand: indicators, composite, grades, statuses, projections."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.errors import UserError
from app.projects import evaluation as ev
from app.projects.model import (
    Commitment,
    IndicatorSpec,
    Method,
    Milestone,
    Project,
    Report,
    apply_overrides,
    default_method,
)

# Benchmarks and weights written out here, so the arithmetic below does not depend on the
# catalog file (they equal its defaults: 30/20/20/10/10/10 and 30, 150, 30, 3, 1000, 3).
# What a project's evaluation carries in JSON (to_json, `chainfill projects status --json`).
EVALUATION_FIELDS = {
    "id",
    "firm",
    "name",
    "year",
    "grade",
    "score",
    "indicators",
    "commitments",
    "milestones",
}

METHOD = Method(
    indicators=(
        IndicatorSpec("tax_per_mu", "亩均税收", "万元/亩", 30, 30),
        IndicatorSpec("value_added_per_mu", "亩均增加值", "万元/亩", 20, 150),
        IndicatorSpec("labour_productivity", "全员劳动生产率", "万元/人", 20, 30),
        IndicatorSpec("value_added_per_energy", "单位能耗增加值", "万元/吨标准煤", 10, 3),
        IndicatorSpec("value_added_per_emission", "单位排放增加值", "万元/吨", 10, 1000),
        IndicatorSpec("rd_ratio", "R&D经费支出占主营业务收入之比", "%", 10, 3),
    ),
    cap=1.5,
    cutoffs=(90, 70, 50),
)


def report(**kw) -> Report:
    base = dict(
        year=2024,
        tax_paid=1200.0,
        value_added=6000.0,
        jobs=150.0,
        energy_tce=1500.0,
        emissions_t=4.0,
        rd_spending=500.0,
        revenue=20000.0,
        output_value=21000.0,
    )
    base.update(kw)
    return Report(**base)


def project(land: float | None = 50.0, **kw) -> Project:
    p = Project(
        id=1,
        firm_id=1,
        name="测试项目",
        firm="测试企业",
        agreement_date=date(2021, 3, 1),
        land_mu=land,
    )
    for k, v in kw.items():
        setattr(p, k, v)
    return p


# -- indicators and the composite ----------------------------------------------------------


def test_each_indicator_and_the_composite_by_hand():
    p = project()
    r = report()
    vals = {k: v[0] for k, v in ev.indicator_values(p, r).items()}
    assert vals["tax_per_mu"] == pytest.approx(1200 / 50)  # 24 万元/亩
    assert vals["value_added_per_mu"] == pytest.approx(6000 / 50)  # 120 万元/亩
    assert vals["labour_productivity"] == pytest.approx(6000 / 150)  # 40 万元/人
    assert vals["value_added_per_energy"] == pytest.approx(6000 / 1500)  # 4 万元/吨标准煤
    assert vals["value_added_per_emission"] == pytest.approx(6000 / 4)  # 1500 万元/吨
    assert vals["rd_ratio"] == pytest.approx(500 / 20000 * 100)  # 2.5 %

    a = ev.appraise(p, r, METHOD)
    points = {i.key: i.points for i in a.indicators}
    # each: weight × min(value / benchmark, 1.5); the weights sum to 100 so no rescaling
    assert points["tax_per_mu"] == pytest.approx(30 * (24 / 30))  # 24
    assert points["value_added_per_mu"] == pytest.approx(20 * (120 / 150))  # 16
    assert points["labour_productivity"] == pytest.approx(20 * (40 / 30))  # 26.667
    assert points["value_added_per_energy"] == pytest.approx(10 * (4 / 3))  # 13.333
    assert points["value_added_per_emission"] == pytest.approx(10 * 1.5)  # 1500/1000 = 1.5: 15
    assert points["rd_ratio"] == pytest.approx(10 * (2.5 / 3))  # 8.333
    assert a.score == pytest.approx(24 + 16 + 26.6667 + 13.3333 + 15 + 8.3333, abs=1e-3)
    assert a.score == pytest.approx(103.3333, abs=1e-3)
    assert a.grade == "A" and a.gradable and not a.missing


def test_ratio_is_capped():
    # emissions 2 t: 6000 / 2 = 3000 万元/吨, 3× the benchmark, counts as 1.5×
    a = ev.appraise(project(), report(emissions_t=2.0), METHOD)
    emission = next(i for i in a.indicators if i.key == "value_added_per_emission")
    assert emission.value == pytest.approx(3000)
    assert emission.ratio == pytest.approx(1.5)
    assert emission.points == pytest.approx(15)


def test_missing_indicator_is_excluded_and_its_weight_redistributed():
    a = ev.appraise(project(), report(energy_tce=None), METHOD)
    energy = next(i for i in a.indicators if i.key == "value_added_per_energy")
    assert energy.value is None and energy.state == "missing" and energy.points is None
    assert "综合能耗" in energy.note
    # the other five: 24 + 16 + 26.667 + 15 + 8.333 = 90 points of 90 weight -> 100
    assert a.score == pytest.approx((24 + 16 + 80 / 3 + 15 + 25 / 3) / 90 * 100)
    assert a.score == pytest.approx(100.0)
    assert a.missing == ["value_added_per_energy"]
    assert "单位能耗增加值" in a.note and a.grade == "A"
    # never counted as zero: with energy at 0 points the score would be 90 of 100
    assert a.score != pytest.approx(90.0)


def test_too_little_weight_present_is_not_graded():
    r = report(energy_tce=None, emissions_t=None, jobs=None, rd_spending=None)
    # present: tax (30) and value added per mu (20) = 50 % of the weight: still graded
    a = ev.appraise(project(), r, METHOD)
    assert a.gradable
    a = ev.appraise(project(), replace(r, tax_paid=None), METHOD)  # 20 % left
    assert not a.gradable and a.grade is None and a.score is None
    assert "20%" in a.note


def test_zero_land_gives_undefined_per_mu_indicators_not_infinite():
    a = ev.appraise(project(land=0.0), report(), METHOD)
    vals = a.values()
    assert vals["tax_per_mu"] is None and vals["value_added_per_mu"] is None
    tax = next(i for i in a.indicators if i.key == "tax_per_mu")
    assert tax.state == "undefined" and "为 0" in tax.note
    assert vals["labour_productivity"] == pytest.approx(40)  # the others still computed
    assert a.grade is None and not a.gradable and "0" in a.note
    # reported land in use overrides the agreement's
    a = ev.appraise(project(land=50.0), report(land_in_use=0.0), METHOD)
    assert a.values()["tax_per_mu"] is None and a.grade is None


def test_projects_under_five_mu_are_not_graded():
    a = ev.appraise(project(land=4.5), report(tax_paid=200.0), METHOD)
    assert a.values()["tax_per_mu"] == pytest.approx(200 / 4.5)
    assert a.grade is None and a.score is None and "5 亩" in a.note
    assert a.raw_score is not None  # still shown for information
    assert ev.appraise(project(land=5.0), report(), METHOD).gradable


def test_zero_denominators_are_undefined():
    vals = ev.indicator_values(
        project(), report(energy_tce=0.0, jobs=0.0, revenue=0.0, output_value=0.0)
    )
    assert vals["value_added_per_energy"][:2] == (None, "undefined")
    assert vals["labour_productivity"][:2] == (None, "undefined")
    assert vals["rd_ratio"][:2] == (None, "undefined")


def test_rd_ratio_falls_back_to_output_value():
    vals = ev.indicator_values(project(), report(revenue=None, output_value=25000.0))
    assert vals["rd_ratio"][0] == pytest.approx(500 / 25000 * 100)


def test_grade_cutoffs():
    assert [ev.grade_for_score(s, METHOD) for s in (90, 89.99, 70, 69.9, 50, 49.9)] == list(
        "ABBCCD"
    )


def test_grades_by_share_rank_and_share_ties():
    m = replace(METHOD, grading="share", shares=(20, 50, 20))
    scores = {i: 110 - 10 * i for i in range(1, 11)}  # 100, 90, …, 10
    g = ev.grades_by_share(scores, m)
    # 10 projects: top 2 A, next 5 B, next 2 C, last D
    assert [g[i] for i in range(1, 11)] == list("AABBBBBCCD")
    g = ev.grades_by_share({"x": 90, "y": 90, "z": 50}, m)
    assert g == {"x": "A", "y": "A", "z": "B"}


# -- commitments ---------------------------------------------------------------------------


def committed_project(**reports: Report) -> Project:
    p = project(
        commitments=[Commitment("tax", 1000.0), Commitment("investment", 8000.0)],
        milestones=[
            Milestone("production_start", date(2023, 1, 1), date(2023, 1, 10)),
            Milestone("full_production", date(2024, 12, 31)),
        ],
    )
    p.reports = {r.year: r for r in reports.values()}
    return p


def test_met_when_the_actual_reaches_the_commitment():
    p = committed_project(a=Report(2024, tax_paid=1200.0))
    c = ev.commitment_status(p, "tax", 2024, date(2025, 5, 1))
    assert (c.status, c.actual, c.shortfall) == ("met", 1200.0, 0.0)
    assert c.due == date(2024, 12, 31)  # the full-production milestone's date


def test_missed_after_the_due_date_with_the_shortfall():
    p = committed_project(a=Report(2024, tax_paid=800.0))
    c = ev.commitment_status(p, "tax", 2024, date(2025, 5, 1))
    assert (c.status, c.shortfall) == ("missed", 200.0)
    # the same figure before the due date has passed is judged by its projection instead
    c = ev.commitment_status(p, "tax", 2024, date(2024, 12, 1))
    assert c.status != "missed"


def test_at_risk_when_the_projection_falls_short():
    # production began in 2023; one year of tax (300) ramps from 0 in 2022:
    # slope 300/yr -> 2024 projection 600 < 1000
    p = committed_project(a=Report(2023, tax_paid=300.0))
    c = ev.commitment_status(p, "tax", 2023, date(2024, 1, 15))
    assert c.status == "at_risk"
    assert c.projection == pytest.approx(600)
    assert c.projected_shortfall == pytest.approx(400)
    # 600 in 2023 projects 1200 in 2024: on track, so pending
    p = committed_project(a=Report(2023, tax_paid=600.0))
    c = ev.commitment_status(p, "tax", 2023, date(2024, 1, 15))
    assert c.status == "pending" and c.projection == pytest.approx(1200)


def test_projection_is_a_least_squares_line_through_the_last_three_years():
    p = committed_project()
    p.commitment("tax").due = date(2027, 12, 31)
    p.commitment("tax").committed = 1300.0
    p.reports = {
        y: Report(y, tax_paid=v)
        for y, v in ((2023, 100.0), (2024, 400.0), (2025, 600.0), (2026, 800.0))
    }
    # last three: (2024, 400), (2025, 600), (2026, 800): slope 200 -> 2027: 1000 < 1300
    c = ev.commitment_status(p, "tax", 2026, date(2026, 12, 1))
    assert c.projection == pytest.approx(1000)
    assert c.status == "at_risk"


def test_investment_is_cumulative_and_projected_from_signing():
    p = committed_project(
        a=Report(2021, investment_to_date=2000.0), b=Report(2022, investment_to_date=5000.0)
    )
    # due with production start (2023-01-01): line through 2000, 5000 -> 8000 in 2023: on track
    c = ev.commitment_status(p, "investment", 2022, date(2022, 12, 1))
    assert c.due == date(2023, 1, 1)
    assert c.projection == pytest.approx(8000) and c.status == "pending"
    p.reports[2022].investment_to_date = 4000.0  # 2000, 4000 -> 6000 in 2023
    c = ev.commitment_status(p, "investment", 2022, date(2022, 12, 1))
    assert c.status == "at_risk" and c.projection == pytest.approx(6000)
    # a year without the figure carries the last cumulative value
    p.reports[2023] = Report(2023, tax_paid=10.0)
    assert ev.item_actual(p, "investment", 2023) == 4000.0


def test_investment_per_mu_on_zero_land_is_undefined():
    p = committed_project(a=Report(2023, investment_to_date=9000.0))
    p.commitments.append(Commitment("investment_per_mu", 150.0))
    assert ev.item_actual(p, "investment_per_mu", 2023) == pytest.approx(9000 / 50)
    p.land_mu = 0.0
    assert ev.item_actual(p, "investment_per_mu", 2023) is None


def test_not_producing_with_production_overdue_is_at_risk():
    p = committed_project(a=Report(2022, investment_to_date=3000.0))
    p.milestone("production_start").done = None
    p.milestone("production_start").due = date(2023, 6, 30)
    c = ev.commitment_status(p, "tax", 2022, date(2023, 9, 1))
    assert c.status == "at_risk" and "投产" in c.note
    c = ev.commitment_status(p, "tax", 2022, date(2023, 3, 1))  # not overdue yet
    assert c.status == "pending"


def test_missing_report_after_the_deadline_is_pending_and_flagged():
    p = committed_project(a=Report(2023, tax_paid=900.0))
    c = ev.commitment_status(p, "tax", 2024, date(2025, 6, 1))
    assert c.status == "pending" and c.report_missing and c.actual is None


def test_due_falls_back_when_no_dates():
    p = project(commitments=[Commitment("tax", 10.0), Commitment("investment", 10.0)])
    assert ev.due_date(p, "tax") == date(2024, 3, 1)  # signing + 3 years
    assert ev.due_date(p, "investment") == date(2023, 3, 1)  # signing + 2 years
    p.commitment("tax").due = date(2025, 6, 30)
    assert ev.due_date(p, "tax") == date(2025, 6, 30)


# -- milestones ------------------------------------------------------------------------------


def test_milestone_statuses_relative_to_today():
    due = date(2025, 3, 1)
    assert (
        ev.milestone_status("construction_start", due, None, date(2025, 1, 15), 60).status
        == "due_soon"
    )
    assert ev.milestone_status("construction_start", due, None, date(2025, 1, 15), 60).days == 45
    assert (
        ev.milestone_status("construction_start", due, None, date(2024, 12, 1), 60).status
        == "upcoming"
    )
    m = ev.milestone_status("construction_start", due, None, date(2025, 3, 2), 60)
    assert (m.status, m.days, m.name) == ("overdue", -1, "开工")
    assert ev.milestone_status("construction_start", due, None, due, 60).status == "due_soon"
    m = ev.milestone_status("construction_start", due, date(2025, 4, 1), date(2025, 5, 1), 60)
    assert m.status == "done" and m.late
    assert ev.milestone_status("completion", None, None, date(2025, 1, 1), 60).status == "upcoming"


# -- rewards and penalties -------------------------------------------------------------------


def test_reward_amount_by_the_terms():
    p = committed_project(a=Report(2024, tax_paid=1200.0, investment_to_date=8000.0))
    p.reward_share_pct, p.reward_local_pct, p.reward_years = 50.0, 40.0, 3
    e = ev.evaluate(p, 2024, METHOD, date(2025, 5, 1))
    assert e.reward.eligible and e.reward.window == (2023, 2025)
    assert e.reward.amount == pytest.approx(1200 * 0.40 * 0.50)  # 240
    p.reward_cap = 200.0
    assert ev.evaluate(p, 2024, METHOD, date(2025, 5, 1)).reward.amount == 200.0
    p.reward_local_pct = None  # the method's default local share (50 %)
    p.reward_cap = None
    assert ev.evaluate(p, 2024, METHOD, date(2025, 5, 1)).reward.amount == pytest.approx(
        1200 * 0.5 * 0.5
    )
    p.reports[2026] = Report(2026, tax_paid=1500.0, investment_to_date=8000.0)
    r = ev.evaluate(p, 2026, METHOD, date(2026, 12, 1)).reward
    assert not r.eligible and "奖励期" in r.reason


def test_missed_commitment_suspends_reward_and_exposes_penalties():
    p = committed_project(
        a=Report(2023, tax_paid=500.0, reward_paid=100.0),
        b=Report(2024, tax_paid=800.0, investment_to_date=8000.0, reward_paid=150.0),
    )
    p.reward_share_pct, p.reward_years = 50.0, 5
    p.penalty_deposit, p.penalty_land_price = 300.0, 10.0
    p.penalty_suspend_rewards = p.penalty_clawback = True
    e = ev.evaluate(p, 2024, METHOD, date(2025, 5, 1))
    assert [c.status for c in e.commitments] == ["missed", "met"]
    assert not e.reward.eligible and "暂停奖励" in e.reward.reason
    pen = e.penalty
    assert pen.exposed and pen.missed == ["tax"]
    assert pen.deposit == 300.0
    assert pen.land_price == pytest.approx(10 * 50)  # per mu × 50 mu
    assert pen.clawback == pytest.approx(100 + 150)  # rewards paid so far
    assert pen.total == pytest.approx(300 + 500 + 250)
    assert e.status == "missed"


# -- what would it take ----------------------------------------------------------------------


def test_what_it_takes_to_reach_grade_a_by_tax():
    p = project()
    # tax 300: 6 万元/亩 -> 30 × 0.2 = 6 points; the rest 16 + 26.667 + 13.333 + 15 + 8.333
    # = 79.333: score 85.333 -> B. Grade A needs tax points 90 − 79.333 = 10.667, i.e.
    # 10.667 / 30 × 30 万元/亩 × 50 亩 = 533.33 万元 of tax.
    p.reports = {2024: report(tax_paid=300.0)}
    a = ev.appraise(p, p.reports[2024], METHOD)
    assert a.grade == "B" and a.score == pytest.approx(85.3333, abs=1e-3)
    takes = ev.what_it_takes(p, 2024, METHOD)
    tax_a = next(t for t in takes if t.target == "A" and t.field == "tax_paid")
    assert tax_a.needed == pytest.approx(533.33, abs=0.02)
    assert tax_a.delta == pytest.approx(233.33, abs=0.02)
    assert "233" in tax_a.text and "A 类" in tax_a.text
    assert not [t for t in takes if t.target in ("B", "C")]  # already B
    va_a = next(t for t in takes if t.target == "A" and t.field == "value_added")
    assert va_a.needed is not None
    assert ev._score_with(p, p.reports[2024], METHOD, "value_added", va_a.needed) >= 90
    assert ev._score_with(p, p.reports[2024], METHOD, "value_added", va_a.needed - 0.05) < 90


def test_what_it_takes_reports_unreachable_grades():
    p = project()
    # tax capped at 1.5 × 30 = 45 points; with almost nothing else A cannot be reached by tax
    p.reports = {2024: report(value_added=100.0, rd_spending=1.0, tax_paid=100.0)}
    takes = ev.what_it_takes(p, 2024, METHOD)
    tax_a = next(t for t in takes if t.target == "A" and t.field == "tax_paid")
    assert tax_a.needed is None and "无法" in tax_a.text


# -- alerts and the portfolio ------------------------------------------------------------------


def test_alerts_for_milestones_reports_and_new_misses():
    p = committed_project(a=Report(2023, tax_paid=1100.0), b=Report(2024, tax_paid=800.0))
    p.milestones.append(Milestone("completion", date(2025, 6, 20)))
    today = date(2025, 5, 1)
    found = ev.alerts([p], METHOD, today)
    kinds = {(a.kind, a.text.split("节点")[0] if "节点" in a.text else "") for a in found}
    assert ("milestone_due", "竣工") in kinds  # 50 days ahead
    assert ("milestone_overdue", "达产") in kinds  # due 2024-12-31, not done
    assert any(a.kind == "new_miss" and "年纳税额" in a.text for a in found)
    # reports: 2021 and 2022 were never filed, and their deadlines (04-30 next year) passed
    overdue = sorted(a.text[:4] for a in found if a.kind == "report_overdue")
    assert overdue == ["2021", "2022"]
    # on 2025-04-30 the 2024 report was just due: nothing for 2024 yet either way
    assert not [
        a
        for a in ev.alerts([p], METHOD, date(2025, 4, 30))
        if "2024" in a.text and a.kind == "report_overdue"
    ]


def test_evaluate_all_year_filter_and_json_shape():
    p = committed_project(a=Report(2024, tax_paid=1200.0, investment_to_date=9000.0))
    q = replace(project(), id=2, agreement_date=date(2025, 2, 1))
    out = ev.evaluate_all([p, q], METHOD, date(2025, 5, 1), year=2024)
    assert [e.project.id for e in out] == [1]  # signed after 2024: left out
    data = out[0].to_json()
    assert set(data) >= EVALUATION_FIELDS
    assert set(data["indicators"]) == {i.key for i in METHOD.indicators}
    assert set(data["commitments"][0]) >= {"item", "committed", "actual", "status"}
    assert set(data["milestones"][0]) >= {"name", "due", "done", "status"}
    out = ev.evaluate_all([p, q], METHOD, date(2025, 5, 1))
    assert [e.year for e in out] == [2024, 2025]  # latest report; else not before signing


def test_method_overrides_are_validated_in_chinese():
    m = default_method()
    m2 = apply_overrides(
        m, {"weights": {"tax_per_mu": 40}, "benchmarks": {"rd_ratio": 2.5}, "cap": 2}
    )
    assert (
        m2.spec("tax_per_mu").weight == 40 and m2.spec("rd_ratio").benchmark == 2.5 and m2.cap == 2
    )
    for bad, words in (
        ({"weights": {"tax": 10}}, "未知的亩均指标"),
        ({"benchmarks": {"tax_per_mu": 0}}, "基准值应大于 0"),
        ({"weights": {"tax_per_mu": -1}}, "权重"),
        ({"cutoffs": {"A": 60, "B": 70}}, "A > B > C"),
        ({"shares": {"A": 60, "B": 50}}, "不超过 100%"),
        ({"cap": 0.5}, "封顶"),
        ({"grading": "rank"}, "分档方式"),
        ({"colour": 1}, "未知的评价方法设置项"),
        ({"weights": dict.fromkeys(ev.INDICATOR_KEYS, 0)}, "不能全部为 0"),
    ):
        with pytest.raises(UserError, match=words):
            apply_overrides(m, bad)


def test_share_grading_thresholds_and_what_it_takes():
    m = replace(METHOD, grading="share", shares=(20, 20, 20))
    projects = []
    for i, tax in enumerate((1500.0, 1200.0, 900.0, 600.0, 300.0), start=1):
        p = replace(project(), id=i, commitments=[], milestones=[])
        p.reports = {2024: report(tax_paid=tax)}
        projects.append(p)
    evals = ev.evaluate_all(projects, m, date(2025, 5, 1), year=2024)
    # 5 graded projects: ranks 0 | 1 | 2 | 3, 4 -> A | B | C | D, D
    assert [e.appraisal.grade for e in evals] == ["A", "B", "C", "D", "D"]
    thresholds = ev.grade_thresholds(evals, m, 2024)
    assert thresholds["A"] == pytest.approx(evals[0].appraisal.score)
    second = evals[1]
    # by the fixed cut-offs the second project would already be an A (score > 90) …
    assert ev.grade_for_score(second.appraisal.score, METHOD) == "A"
    # … but among its peers it is a B: what it takes is measured against the top score
    takes = ev.what_it_takes(second.project, 2024, m, thresholds, current=second.appraisal.grade)
    tax_a = next(t for t in takes if t.target == "A" and t.field == "tax_paid")
    assert tax_a.needed is not None and 1200 < tax_a.needed <= 1500.01
