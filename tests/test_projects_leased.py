"""Leased premises are appraised on their floor space converted to land (折算用地), issue #17."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from app.errors import UserError
from app.projects import evaluation as ev
from app.projects import model
from app.projects.demo import generate_projects
from app.projects.model import apply_overrides
from tests.test_projects_evaluation import METHOD, project, report

TODAY = date(2026, 11, 27)


def test_floor_space_is_converted_by_the_plot_ratio():
    assert METHOD.plot_ratio == 1.2  # the shipped default, to be set by the bureau
    p = project(land=0.0, floor_m2=8000.0)
    a = ev.appraise(p, report(), METHOD)
    mu = 8000 / 1.2 / (2000 / 3)  # 10 亩
    assert a.land_mu == pytest.approx(mu) and a.land_converted
    assert a.values()["tax_per_mu"] == pytest.approx(1200 / mu)
    assert a.gradable and a.grade is not None
    assert "租赁厂房 8000 平方米" in a.note and "容积率 1.2" in a.note


def test_the_plot_ratio_is_a_setting():
    p = project(land=None, floor_m2=8000.0)
    m = apply_overrides(METHOD, {"plot_ratio": 2.0})
    assert ev.appraise(p, report(), m).land_mu == pytest.approx(6.0)
    with pytest.raises(UserError, match="容积率"):
        apply_overrides(METHOD, {"plot_ratio": 0})


def test_own_land_wins_and_small_floor_is_under_the_threshold():
    a = ev.appraise(project(land=50.0, floor_m2=8000.0), report(), METHOD)
    assert a.land_mu == 50.0 and not a.land_converted
    small = ev.appraise(project(land=0.0, floor_m2=2000.0), report(), METHOD)
    assert not small.gradable and "5 亩" in small.note and "折算用地" in small.note
    bare = ev.appraise(project(land=0.0), report(), METHOD)
    assert not bare.gradable and bare.land_mu == 0.0


def test_status_json_shows_the_converted_land_and_the_scale():
    p = project(land=0.0, floor_m2=8000.0, reports={2024: report()})
    e = ev.evaluate(p, 2024, METHOD, TODAY)
    j = e.to_json()
    assert j["floor_m2"] == 8000.0 and j["land_mu_equivalent"] == pytest.approx(10.0)
    assert j["land_converted"] is True and j["grade"] is not None
    assert j["score_scale"] == {"min": 0.0, "benchmark": 100.0, "max": 150.0}


def test_floor_space_is_stored_and_the_demo_grades_leased_projects(db):
    generate_projects(db, seed=1, today=TODAY)
    projects = model.load_projects(db)
    leased = [p for p in projects if p.floor_m2]
    assert leased and all(p.land_mu == 0 for p in leased)
    evals = ev.evaluate_all(projects, model.load_method(db), TODAY)
    graded = [e for e in evals if e.project.floor_m2 and e.appraisal.gradable]
    assert graded, [e.appraisal.note for e in evals if e.project.floor_m2]
    assert all(e.to_json()["land_mu_equivalent"] > 5 for e in graded)
    one = leased[0]
    again = model.get_project(db, one.id)
    assert again.floor_m2 == one.floor_m2
    bad = replace(one, floor_m2=-1.0)
    assert any(k == "floor_m2" for k, _ in model.project_problems(bad))


def test_method_text_names_a_source_for_every_setting(db):
    lines = model.method_text(model.load_method(db))
    text = "\n".join(lines)
    assert "得分刻度" in text and "150" in text
    assert "规划" in text and "须由本局设定" in text
    assert all("来源" in line for line in lines[3:] if not line.startswith("  "))
    method = model.load_method(db).to_json()
    assert set(method["sources"]) >= {"weights", "benchmarks", "min_mu", "plot_ratio", "cutoffs"}
    json.dumps(method, ensure_ascii=False)


def test_output_per_mu_is_computed_and_scored_only_when_weighted(db):
    method = model.load_method(db)
    spec = method.spec("output_per_mu")
    assert spec.name == "亩均产值" and spec.weight == 0
    p = project(land=50.0)
    a = ev.appraise(p, report(), method)
    assert a.values()["output_per_mu"] == pytest.approx(21000 / 50)
    plain = ev.appraise(p, report(), replace(method, indicators=method.indicators[:6]))
    assert a.score == pytest.approx(plain.score)  # weight 0: no effect on the score
    weighted = apply_overrides(method, {"weights": {"output_per_mu": 20}})
    assert ev.appraise(p, report(), weighted).score != pytest.approx(plain.score)
    # revenue stands in when the output value is not reported
    b = ev.appraise(p, report(output_value=None), method)
    assert b.values()["output_per_mu"] == pytest.approx(20000 / 50)


def test_industry_benchmarks_for_a_direction_or_its_domain(db):
    p = project(land=50.0, direction="energy.battery")
    city = ev.appraise(p, report(), METHOD)
    assert "行业" not in city.note
    m = apply_overrides(METHOD, {"industry_benchmarks": {"energy": {"tax_per_mu": 48}}})
    dom = ev.appraise(p, report(), m)
    tax = next(i for i in dom.indicators if i.key == "tax_per_mu")
    assert tax.benchmark == 48 and "energy" in dom.note and dom.score < city.score
    m = apply_overrides(
        METHOD,
        {
            "industry_benchmarks": {
                "energy": {"tax_per_mu": 48},
                "energy.battery": {"tax_per_mu": 12},
            }
        },
    )
    own = ev.appraise(p, report(), m)
    assert next(i for i in own.indicators if i.key == "tax_per_mu").benchmark == 12
    other = ev.appraise(project(land=50.0, direction="bio.pharma"), report(), m)
    assert other.score == pytest.approx(city.score)  # other industries keep the city-wide set
    with pytest.raises(UserError, match="未知的领域或方向代码"):
        apply_overrides(METHOD, {"industry_benchmarks": {"energy.coal": {"tax_per_mu": 1}}})
    with pytest.raises(UserError, match="应大于 0"):
        apply_overrides(METHOD, {"industry_benchmarks": {"bio": {"rd_ratio": 0}}})
    saved = model.save_method(db, {"industry_benchmarks": {"bio": {"rd_ratio": 6}}})
    saved = model.save_method(db, {"industry_benchmarks": {"bio": {"tax_per_mu": 20}}})
    assert dict(dict(saved.industry_benchmarks)["bio"]) == {"rd_ratio": 6, "tax_per_mu": 20}
    assert "行业基准（bio）" in "\n".join(model.method_text(saved))


def test_firms_below_scale_are_weighed_on_fewer_indicators(db):
    method = model.load_method(db)
    assert dict(method.small_weights) == {"tax_per_mu": 70, "output_per_mu": 30}
    big = ev.appraise(project(land=50.0), report(), method)
    small = ev.appraise(project(land=50.0, below_scale=True), report(), method)
    weights = {i.key: i.weight for i in small.indicators}
    assert weights["tax_per_mu"] == 70 and weights["output_per_mu"] == 30
    assert weights["labour_productivity"] == 0 and weights["rd_ratio"] == 0
    tax = 1200 / 50 / 30
    out = min(21000 / 50 / 500, 1.5)
    assert small.score == pytest.approx(100 * (0.7 * tax + 0.3 * out))
    assert small.score != pytest.approx(big.score) and "规下企业" in small.note
    # a missing energy figure does not matter to a 规下 firm
    assert ev.appraise(
        project(land=50.0, below_scale=True), report(energy_tce=None), method
    ).gradable
    m = apply_overrides(method, {"small_weights": {"tax_per_mu": 100}})
    only_tax = ev.appraise(project(land=50.0, below_scale=True), report(), m)
    assert only_tax.score == pytest.approx(100 * tax)
    with pytest.raises(UserError, match="全部为 0"):
        apply_overrides(method, {"small_weights": {"tax_per_mu": 0}})
    # stored with the project
    generate_projects(db, seed=1, today=TODAY)
    p = model.load_projects(db)[0]
    model.save_project(db, replace(p, below_scale=True))
    assert model.get_project(db, p.id).below_scale is True
    assert "规下企业权重" in "\n".join(model.method_text(method))


def test_bonus_and_deduction_items_move_the_score_or_veto_the_grade(db):
    from app.projects.model import ADJUSTMENTS, Adjustment

    base = ev.appraise(project(land=50.0), report(), METHOD)
    p = project(land=50.0, adjustments=[Adjustment(2024, "safety_accident")])
    a = ev.appraise(p, report(), METHOD)
    assert ADJUSTMENTS["safety_accident"][1] == -10
    assert a.score == pytest.approx(base.score - 10) and "安全生产事故" in a.note
    other_year = project(land=50.0, adjustments=[Adjustment(2023, "safety_accident")])
    assert ev.appraise(other_year, report(), METHOD).score == pytest.approx(base.score)
    bonus = project(land=50.0, adjustments=[Adjustment(2024, "other", 3.0, "省级示范")])
    assert ev.appraise(bonus, report(), METHOD).score == pytest.approx(base.score + 3)
    veto = project(land=50.0, adjustments=[Adjustment(2024, "major_violation")])
    v = ev.appraise(veto, report(), METHOD)
    assert v.grade == "D" and v.vetoed and base.grade != "D"
    # stored per project-year, audited, and shown in the status JSON
    generate_projects(db, seed=1, today=TODAY)
    one = model.load_projects(db)[0]
    year = max(one.reports)
    new_id = model.add_adjustment(db, one.id, Adjustment(year, "env_penalty", note="环保罚款"))
    again = model.get_project(db, one.id)
    assert [(x.kind, x.year) for x in again.adjustments] == [("env_penalty", year)]
    j = ev.evaluate(again, year, model.load_method(db), TODAY).to_json()
    assert j["adjustments"][0]["name"] == "环保处罚" and j["adjustment_points"] == -10
    with pytest.raises(UserError, match="未知的加减分项"):
        model.add_adjustment(db, one.id, Adjustment(year, "bribery"))
    with pytest.raises(UserError, match="须写明分值"):
        model.add_adjustment(db, one.id, Adjustment(year, "other"))
    model.remove_adjustment(db, new_id)
    assert model.get_project(db, one.id).adjustments == []
    assert "加减分项" in "\n".join(model.method_text(model.load_method(db)))


def demo_with_a_leased_project(tmp_path):
    """The projects demo at ``tmp_path``/demo.sqlite, and its first project on leased premises."""
    from app.db import Database

    path = tmp_path / "demo.sqlite"
    with Database(path) as db:
        generate_projects(db, seed=1, today=TODAY)
        leased = next(p for p in model.load_projects(db) if p.floor_m2)
    return path, leased


def test_cli_adjust_and_status_show_leased_land_and_items(tmp_path):
    from tests.test_projects_cli import cli

    path, leased = demo_with_a_leased_project(tmp_path)
    code, out, _ = cli("--db", str(path), "projects", "status", "--json", "--today", "2026-11-27")
    assert code == 0
    entry = next(e for e in json.loads(out) if e["id"] == leased.id)
    assert entry["land_mu_equivalent"] > 5 and entry["grade"] in {"A", "B", "C", "D"}
    assert "output_per_mu" in entry["indicators"]
    year = str(entry["year"])
    code, out, _ = cli(
        "--db", str(path), "projects", "adjust", str(leased.id), "--year", year,
        "--item", "major_violation", "--json",
    )  # fmt: skip
    assert code == 0 and json.loads(out)["veto"] is True
    code, out, _ = cli("--db", str(path), "projects", "status", "--json", "--today", "2026-11-27")
    entry = next(e for e in json.loads(out) if e["id"] == leased.id)
    assert entry["grade"] == "D" and entry["adjustments"][0]["kind"] == "major_violation"
    code, out, _ = cli("--db", str(path), "projects", "method")
    assert code == 0 and "来源" in out and "容积率" in out


def test_a_bonus_never_lifts_the_score_off_its_scale():
    from app.projects.model import Adjustment

    top = 100 * METHOD.cap
    strong = report(tax_paid=1e6, value_added=1e7, rd_spending=1e6, energy_tce=1.0, emissions_t=1.0)
    base = ev.appraise(project(land=50.0), strong, METHOD)
    assert base.score == pytest.approx(top)  # every indicator at its cap
    bonus = project(land=50.0, adjustments=[Adjustment(2024, "high_tech")])
    assert ev.appraise(bonus, strong, METHOD).score == pytest.approx(top)


def test_status_and_show_text_print_the_score_with_its_scale(tmp_path):
    from tests.test_projects_cli import cli

    path, leased = demo_with_a_leased_project(tmp_path)
    top = 100 * model.default_method().cap
    code, out, _ = cli("--db", str(path), "projects", "status", "--today", "2026-11-27")
    assert code == 0
    assert out.splitlines()[0].startswith("编号") and f"综合得分（满分 {top:g}，基准 100）" in out
    code, out, _ = cli(
        "--db", str(path), "projects", "show", str(leased.id), "--today", "2026-11-27"
    )
    assert code == 0
    head, second = out.splitlines()[:2]
    assert f"租赁厂房 {leased.floor_m2:,.0f} 平方米（折算用地" in head
    assert f"（满分 {top:g}，基准 100）" in second
