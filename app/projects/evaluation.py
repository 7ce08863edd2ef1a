"""Appraisal of brought-in projects: pure functions over :mod:`app.projects.model` data.

Nothing here touches the database or the clock: ``today`` is always a parameter, so every
status can be checked by hand in a test. The method is documented in docs/projects-method.md.

- commitments: met / at_risk / missed / pending, with shortfall and a linear projection to the
  due year from the trend so far;
- milestones: done / due_soon / overdue / upcoming relative to ``today``;
- the six 亩产效益 indicators, a composite score (each indicator over its benchmark, capped,
  times its weight; missing ones excluded with their weight redistributed) and a grade;
- reward eligibility and amount, penalty exposure, "what would it take", alerts.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from app.fmt import figure
from app.projects.model import (
    INDICATOR_KEYS,
    ITEM_DEFAULT_DUE,
    ITEMS,
    MILESTONES,
    STATUS_ZH,
    Method,
    Project,
    Report,
)
from resources.i18n import N_, _

# Fallback due dates when a project records neither a commitment date nor its milestone's:
# production 2 years and full production 3 years after signing (typical agreement terms).
FALLBACK_YEARS = {"production_start": 2, "full_production": 3}
TREND_POINTS = 3  # the projection fits a line through at most the last 3 yearly figures
_STATUS_RANK = {"met": 0, "pending": 1, "at_risk": 2, "missed": 3}

# -- indicators ---------------------------------------------------------------------------


@dataclass
class IndicatorResult:
    key: str
    name: str
    unit: str
    value: float | None
    benchmark: float
    weight: float  # the configured weight
    effective_weight: float = 0.0  # after redistribution over the present indicators (sum 100)
    ratio: float | None = None  # value / benchmark, capped
    points: float | None = None  # contribution to the score
    state: str = "ok"  # ok | missing (input absent) | undefined (denominator zero)
    note: str = ""


def _div(num: float | None, den: float | None) -> tuple[float | None, str]:
    """num / den, or (None, why) when an input is absent or the denominator is zero."""
    if num is None or den is None:
        return None, "missing"
    if den == 0:
        return None, "undefined"
    return num / den, "ok"


M2_PER_MU = 2000 / 3  # 1 亩 = 666.67 平方米


def converted_land(floor_m2: float | None, method: Method) -> float | None:
    """折算用地（亩）of leased floor space: floor ÷ plot ratio ÷ 666.67 m² per 亩."""
    if floor_m2 is None or floor_m2 <= 0 or method.plot_ratio <= 0:
        return None
    return floor_m2 / method.plot_ratio / M2_PER_MU


def land_for(project: Project, report: Report | None, method: Method | None = None) -> float | None:
    """The land a year is appraised on: the land reported in use, else the agreement's; a
    project with no land of its own (0 or none) on leased premises is appraised on its floor
    space converted to land by the method's plot ratio (折算用地)."""
    land = report.land_in_use if report is not None and report.land_in_use is not None else None
    if land is None:
        land = project.land_mu
    if not land and method is not None:
        converted = converted_land(project.floor_m2, method)
        if converted is not None:
            return converted
    return land


def land_note(project: Project, report: Report | None, method: Method) -> str:
    """How the land was found, when it was converted from leased floor space."""
    own = report.land_in_use if report is not None and report.land_in_use is not None else None
    if own is None:
        own = project.land_mu
    converted = converted_land(project.floor_m2, method)
    if own or converted is None:
        return ""
    return _("租赁厂房 {floor} 平方米，按容积率 {ratio} 折算用地 {land} 亩").format(
        floor=f"{project.floor_m2:g}", ratio=f"{method.plot_ratio:g}", land=f"{converted:.2f}"
    )


def indicator_values(
    project: Project, report: Report | None, method: Method | None = None
) -> dict[str, tuple[float | None, str, str]]:
    """key -> (value, state, Chinese note) for the six 亩产效益 indicators.

    Per-mu indicators on zero land, and ratios over zero energy, emissions, staff or revenue,
    are undefined (None), never infinite.
    """
    if report is None:
        return {k: (None, "missing", _("无该年度报表")) for k in INDICATOR_KEYS}
    land = land_for(project, report, method)
    va = report.value_added
    revenue = report.revenue if report.revenue is not None else report.output_value
    inputs = {
        "tax_per_mu": (report.tax_paid, land, N_("实缴税收"), N_("用地面积")),
        "value_added_per_mu": (va, land, N_("工业增加值"), N_("用地面积")),
        "labour_productivity": (va, report.jobs, N_("工业增加值"), N_("从业人数")),
        "value_added_per_energy": (va, report.energy_tce, N_("工业增加值"), N_("综合能耗")),
        "value_added_per_emission": (va, report.emissions_t, N_("工业增加值"), N_("污染物排放量")),
        "rd_ratio": (
            report.rd_spending,
            revenue,
            N_("研发经费支出"),
            N_("主营业务收入（或工业总产值）"),
        ),
        "output_per_mu": (
            report.output_value if report.output_value is not None else report.revenue,
            land,
            N_("工业总产值（或营业收入）"),
            N_("用地面积"),
        ),
    }
    out: dict[str, tuple[float | None, str, str]] = {}
    for key, (num, den, num_name, den_name) in inputs.items():
        value, state = _div(num, den)
        if key == "rd_ratio" and value is not None:
            value *= 100.0
        if state == "missing":
            absent = [_(n) for n, v in ((num_name, num), (den_name, den)) if v is None]
            note = _("缺少{what}，不参与评分").format(what=_("、").join(absent))
        elif state == "undefined":
            note = _("{what}为 0，指标无定义（不视为无穷大），不参与评分").format(what=_(den_name))
        else:
            note = ""
        out[key] = (value, state, note)
    return out


@dataclass
class Appraisal:
    """The 亩均 appraisal of one project-year."""

    indicators: list[IndicatorResult]
    score: float | None  # None when not gradable
    grade: str | None  # A/B/C/D, None when not gradable
    gradable: bool
    note: str = ""  # why not gradable, or which indicators were left out
    raw_score: float | None = None  # the composite even when not gradable (for information)
    missing: list[str] = field(default_factory=list)
    land_mu: float | None = None  # the land appraised on (亩), converted from floor space if leased
    land_converted: bool = False  # land_mu is 折算用地 of leased premises
    adjustment: float = 0.0  # the year's bonus and deduction points, in the score
    vetoed: bool = False  # a 一票否决 item capped the grade at D
    score_max: float = 150.0  # the scale: 100 at every benchmark, this with every cap reached

    def values(self) -> dict[str, float | None]:
        return {i.key: i.value for i in self.indicators}


def composite(
    values: dict[str, float | None], method: Method
) -> tuple[float | None, list[IndicatorResult], float]:
    """The composite score (0 – 100 × cap) and the share of the weight that was present.

    score = 100 × Σ wᵢ·min(vᵢ / bᵢ, cap) / Σ wᵢ over the present indicators: a missing
    indicator is excluded and its weight shared pro rata by the others (never counted as 0).
    """
    results = []
    present_weight = 0.0
    for spec in method.indicators:
        v = values.get(spec.key)
        r = IndicatorResult(spec.key, _(spec.name), _(spec.unit), v, spec.benchmark, spec.weight)
        if v is not None:
            r.ratio = max(0.0, min(v / spec.benchmark, method.cap))
            present_weight += spec.weight
        else:
            r.state = "missing"
        results.append(r)
    total = method.total_weight
    if present_weight <= 0:
        return None, results, 0.0
    score = 0.0
    for r in results:
        if r.ratio is not None:
            r.effective_weight = 100.0 * r.weight / present_weight
            r.points = r.effective_weight * r.ratio
            score += r.points
    return score, results, present_weight / total if total else 0.0


def grade_for_score(score: float, method: Method) -> str:
    """A/B/C/D by the fixed cut-offs (A ≥ 90, B ≥ 70, C ≥ 50, else D by default)."""
    a, b, c = method.cutoffs
    if score >= a:
        return "A"
    if score >= b:
        return "B"
    if score >= c:
        return "C"
    return "D"


def appraise(project: Project, report: Report | None, method: Method) -> Appraisal:
    """The six indicators, the composite and the grade of one project-year (score grading).

    The benchmarks are the industry's where the bureau has set them for the project's
    direction or domain, else the city-wide ones."""
    method, industry = method.for_industry(project.direction)
    if project.below_scale:
        method = method.for_small_firms()
    vals = indicator_values(project, report, method)
    score, results, present_share = composite({k: v[0] for k, v in vals.items()}, method)
    for r in results:
        _value, state, note = vals[r.key]
        r.state, r.note = state, note
    missing = [r.key for r in results if r.state != "ok"]
    land = land_for(project, report, method)
    converted = land_note(project, report, method)
    why = ""
    if report is None:
        why = _("无该年度报表，不评价")
    elif land is None:
        why = _("未登记用地面积，不参与亩均评价")
    elif land == 0:
        why = _("用地面积为 0 且未登记租赁厂房面积，亩均指标无定义，不参与亩均评价")
    elif land < method.min_mu:
        why = _("用地 {land} 亩，不足 {min} 亩，按规定不参与亩均评价").format(
            land=f"{land:g}", min=f"{method.min_mu:g}"
        )
    elif score is None:
        why = _("该年度报表没有可计算的亩均指标（如尚未投产），不评价")
    elif present_share < method.min_weight_share:
        why = _("可用指标的权重仅占 {share}%，低于参评要求 {need}%，不评价").format(
            share=f"{present_share * 100:.0f}", need=f"{method.min_weight_share * 100:.0f}"
        )
    year_items = [x for x in project.adjustments if report is not None and x.year == report.year]
    points = sum(x.effect for x in year_items)
    vetoed = any(x.vetoes for x in year_items)
    if why:
        why = f"{converted}{_('；')}{why}" if converted else why
        return Appraisal(results, None, None, False, why, score, missing, land, bool(converted))
    assert score is not None
    notes = [converted] if converted else []
    if project.below_scale:
        small = _("、").join(r.name for r in results if r.weight > 0)
        notes.append(_("规下企业：按{indicators}评价").format(indicators=small))
    if industry:
        notes.append(_("基准值按行业（{industry}）设定").format(industry=industry))
    if missing:
        names = _("、").join(r.name for r in results if r.state != "ok")
        notes.append(
            _("{indicators}缺失或无定义，其权重按比例分摊到其余指标").format(indicators=names)
        )
    note = _("；").join(notes)
    if year_items:
        # floor 0 and ceiling the scale's top: the score stays on the scale it is shown with
        score = min(100 * method.cap, max(0.0, score + points))
        listed = _("、").join(
            _("{item}（{effect}）").format(
                item=x.name,
                effect=_("一票否决")
                if x.vetoes
                else _("{points} 分").format(points=f"{x.effect:+g}"),
            )
            for x in year_items
        )
        note = _("；").join(n for n in (note, _("加减分：{items}").format(items=listed)) if n)
    grade = "D" if vetoed else grade_for_score(score, method)
    a = Appraisal(
        results, score, grade, True, note, score, missing, land, bool(converted), 100 * method.cap
    )
    a.adjustment, a.vetoed = points, vetoed
    return a


def grades_by_share(scores: dict[Any, float], method: Method) -> dict[Any, str]:
    """Grades by rank: the top A% get A, the next B% B, the next C% C, the rest D.

    Ties share the better grade (a project's grade depends on how many score strictly higher).
    """
    n = len(scores)
    if not n:
        return {}
    a, b, c = method.shares
    bounds = (a / 100 * n, (a + b) / 100 * n, (a + b + c) / 100 * n)
    ordered = sorted(scores.values(), reverse=True)
    out = {}
    for key, s in scores.items():
        better = next(i for i, v in enumerate(ordered) if v == s)  # how many score higher
        if better < bounds[0]:
            out[key] = "A"
        elif better < bounds[1]:
            out[key] = "B"
        elif better < bounds[2]:
            out[key] = "C"
        else:
            out[key] = "D"
    return out


# -- commitments --------------------------------------------------------------------------


@dataclass
class CommitmentResult:
    item: str
    name: str
    unit: str
    committed: float
    actual: float | None
    status: str  # met | at_risk | missed | pending
    due: date
    shortfall: float | None = None  # committed − actual when short, 0 when met
    projection: float | None = None  # the trend's value in the due year
    projected_shortfall: float | None = None
    report_missing: bool = False  # no figure for the year although the commitment is due
    note: str = ""


def due_date(project: Project, item: str) -> date:
    """When a commitment falls due: its own date, else its milestone's, else a fallback."""
    c = project.commitment(item)
    if c is not None and c.due is not None:
        return c.due
    kind = ITEM_DEFAULT_DUE.get(item, "full_production")
    m = project.milestone(kind)
    if m is not None and m.due is not None:
        return m.due
    years = FALLBACK_YEARS.get(kind, 3)
    d = project.agreement_date
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def production_year(project: Project) -> int | None:
    """The year production started (the milestone's done date), None if it has not."""
    m = project.milestone("production_start")
    return m.done.year if m is not None and m.done is not None else None


def item_actual(project: Project, item: str, year: int) -> float | None:
    """The actual figure behind a commitment item in ``year`` (None when not reported).

    Investment is cumulative: a year without the figure carries the last one reported.
    """
    if item in ("investment", "investment_per_mu"):
        value = None
        for y in sorted(project.reports):
            if y > year:
                break
            if project.reports[y].investment_to_date is not None:
                value = project.reports[y].investment_to_date
        if item == "investment_per_mu":
            if value is None or not project.land_mu:
                return None  # no land: per-mu investment is undefined, not infinite
            return value / project.land_mu
        return value
    report = project.reports.get(year)
    if report is None:
        return None
    if item == "output":
        return report.output_value
    if item == "tax":
        return report.tax_paid
    if item == "jobs":
        return report.jobs
    if item == "rd_ratio":
        revenue = report.revenue if report.revenue is not None else report.output_value
        if report.rd_spending is None or not revenue:
            return None
        return report.rd_spending / revenue * 100.0
    raise KeyError(item)


def _fit(points: list[tuple[int, float]], at: int) -> float:
    """Least-squares line through ``points`` evaluated at ``at`` (one point: flat)."""
    if len(points) == 1:
        return points[0][1]
    n = len(points)
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _ in points)
    if sxx == 0:
        return my
    slope = sum((x - mx) * (y - my) for x, y in points) / sxx
    return my + slope * (at - mx)


def projection(project: Project, item: str, year: int, due_year: int) -> float | None:
    """The figure the trend so far (reports up to ``year``) reaches in ``due_year``.

    A straight line through the last three yearly figures. Investment counts from the
    agreement (0 at the end of the year before signing); the other items count from the
    production-start year, with 0 in the year before it, so a single first year of output
    projects a ramp rather than a flat line. The R&D ratio with one figure stays flat.
    None when there is nothing to project from.
    """
    years = [y for y in sorted(project.reports) if y <= year]
    if item in ("investment", "investment_per_mu"):
        pts = [(y, v) for y in years if (v := item_actual(project, item, y)) is not None]
        start = project.agreement_date.year
    else:
        produced = production_year(project)
        if produced is None:
            return None
        start = produced
        pts = [
            (y, v) for y in years if y >= start and (v := item_actual(project, item, y)) is not None
        ]
    if not pts:
        return None
    pts = pts[-TREND_POINTS:]
    if len(pts) == 1 and item != "rd_ratio":
        pts = [(start - 1, 0.0), *pts] if pts[0][0] >= start else pts
    return max(0.0, _fit(pts, due_year))


def commitment_status(project: Project, item: str, year: int, today: date) -> CommitmentResult:
    """The status of one commitment in ``year`` as of ``today``.

    - met: the year's actual reaches the commitment (early is met too);
    - missed: the due year has come (``year`` ≥ due year) and the due date has passed, and
      the actual falls short;
    - at_risk: not yet due, and the projection to the due year falls short — or production
      has not started although the production-start milestone is overdue;
    - pending: not yet due and on track, or nothing to judge yet (including a due year
      whose report is missing: flagged ``report_missing``, shown as an alert, not a miss).
    """
    c = project.commitment(item)
    if c is None:
        raise KeyError(item)
    name, unit = (_(t) for t in ITEMS[item])
    due = due_date(project, item)
    actual = item_actual(project, item, year)
    res = CommitmentResult(item, name, unit, c.committed, actual, "pending", due)
    if actual is not None:
        res.shortfall = max(0.0, c.committed - actual)
    if actual is not None and actual >= c.committed:
        res.status = "met"
        return res
    deadline_passed = year >= due.year and today > due
    if deadline_passed:
        if actual is None:
            res.report_missing = True
            res.note = _("已到考核期（{due}），但缺少 {year} 年{item}数据").format(
                due=due.isoformat(), year=year, item=name
            )
            return res
        res.status = "missed"
        res.note = _("考核期 {due} 已过，差 {shortfall} {unit}").format(
            due=due.isoformat(), shortfall=figure(res.shortfall), unit=unit
        )
        return res
    proj = projection(project, item, year, due.year)
    res.projection = proj
    if proj is None:
        ms = project.milestone("production_start")
        if (
            item not in ("investment", "investment_per_mu")
            and ms is not None
            and ms.done is None
            and ms.due is not None
            and today > ms.due
        ):
            res.status = "at_risk"
            res.note = _("投产节点（{due}）已逾期仍未投产").format(due=ms.due.isoformat())
        else:
            res.note = _("尚无可用于判断的实绩")
        return res
    res.projected_shortfall = max(0.0, c.committed - proj)
    if proj >= c.committed:
        res.note = _("按目前趋势 {year} 年可达 {value} {unit}").format(
            year=due.year, value=figure(proj), unit=unit
        )
    else:
        res.status = "at_risk"
        res.note = _("按目前趋势到 {year} 年仅达 {value} {unit}，预计差 {shortfall} {unit}").format(
            year=due.year, value=figure(proj), unit=unit, shortfall=figure(res.projected_shortfall)
        )
    return res


# -- milestones ---------------------------------------------------------------------------


@dataclass
class MilestoneResult:
    key: str
    name: str
    due: date | None
    done: date | None
    status: str  # done | due_soon | overdue | upcoming
    days: int | None = None  # days until due (negative: overdue by), None when done/undated
    late: bool = False  # done after its due date


def milestone_status(
    kind: str, due: date | None, done: date | None, today: date, window: int
) -> MilestoneResult:
    """done; overdue when past due and not done; due_soon within ``window`` days; else upcoming."""
    name = _(MILESTONES.get(kind, kind))
    if done is not None:
        return MilestoneResult(kind, name, due, done, "done", None, due is not None and done > due)
    if due is None:
        return MilestoneResult(kind, name, due, None, "upcoming")
    days = (due - today).days
    if days < 0:
        return MilestoneResult(kind, name, due, None, "overdue", days)
    if days <= window:
        return MilestoneResult(kind, name, due, None, "due_soon", days)
    return MilestoneResult(kind, name, due, None, "upcoming", days)


def milestones(project: Project, today: date, method: Method) -> list[MilestoneResult]:
    return [
        milestone_status(m.kind, m.due, m.done, today, method.due_soon_days)
        for m in project.milestones
    ]


# -- rewards and penalties ----------------------------------------------------------------


@dataclass
class RewardResult:
    has_terms: bool
    eligible: bool
    amount: float | None  # 万元 for the year, when eligible
    reason: str
    window: tuple[int, int | None] | None = None  # first and last reward year


@dataclass
class PenaltyResult:
    exposed: bool
    missed: list[str]
    deposit: float = 0.0
    land_price: float = 0.0
    clawback: float = 0.0
    total: float = 0.0  # 万元 at stake
    suspend_rewards: bool = False
    land_recovery: bool = False
    text: str = ""


def reward(
    project: Project, year: int, commitments: list[CommitmentResult], method: Method
) -> RewardResult:
    """Reward for ``year``: tax paid × local retained share × reward share, capped per year.

    Eligible when the year lies in the reward window (from the production-start year, for
    ``reward_years`` years), the year's tax is reported, no commitment is missed and every
    commitment whose deadline has passed is met.
    """
    if not project.reward_share_pct:
        return RewardResult(False, False, None, _("协议未约定奖励条款"))
    start = production_year(project)
    if start is None:
        return RewardResult(True, False, None, _("尚未投产，奖励期未开始"))
    end = start + project.reward_years - 1 if project.reward_years else None
    window = (start, end)
    if year < start or (end is not None and year > end):
        last = f"{end}" if end is not None else "—"
        return RewardResult(
            True,
            False,
            None,
            _("{year} 年不在奖励期（{start}–{last} 年）内").format(
                year=year, start=start, last=last
            ),
            window,
        )
    missed = [c.name for c in commitments if c.status == "missed"]
    if missed:
        why = _("{items}未达标").format(items=_("、").join(missed))
        if project.penalty_suspend_rewards:
            why += _("，按协议暂停奖励")
        return RewardResult(True, False, None, why, window)
    unknown = [c.name for c in commitments if c.report_missing]
    if unknown:
        return RewardResult(
            True,
            False,
            None,
            _("{items}已到考核期但缺少数据").format(items=_("、").join(unknown)),
            window,
        )
    report = project.reports.get(year)
    if report is None or report.tax_paid is None:
        return RewardResult(
            True, False, None, _("缺少 {year} 年实缴税收").format(year=year), window
        )
    local = (
        project.reward_local_pct
        if project.reward_local_pct is not None
        else method.local_retention_pct
    )
    amount = report.tax_paid * local / 100.0 * project.reward_share_pct / 100.0
    reason = _("实缴税收 {tax} 万元 × 地方留成 {local}% × 奖励比例 {share}%").format(
        tax=figure(report.tax_paid), local=f"{local:g}", share=f"{project.reward_share_pct:g}"
    )
    if project.reward_cap is not None and amount > project.reward_cap:
        amount = project.reward_cap
        reason += _("，按年度上限 {cap} 万元封顶").format(cap=figure(project.reward_cap))
    return RewardResult(True, True, round(amount, 2), reason, window)


def penalty(project: Project, year: int, commitments: list[CommitmentResult]) -> PenaltyResult:
    """What the penalty terms put at stake when a commitment is missed in ``year``."""
    missed = [c.item for c in commitments if c.status == "missed"]
    if not missed:
        return PenaltyResult(False, [], text=project.penalty_text)
    res = PenaltyResult(True, missed, text=project.penalty_text)
    res.deposit = project.penalty_deposit or 0.0
    if project.penalty_land_price and project.land_mu:
        res.land_price = project.penalty_land_price * project.land_mu
    if project.penalty_clawback:
        res.clawback = sum(r.reward_paid or 0.0 for y, r in project.reports.items() if y <= year)
    res.total = round(res.deposit + res.land_price + res.clawback, 2)
    res.suspend_rewards = project.penalty_suspend_rewards
    res.land_recovery = project.penalty_land_recovery
    return res


# -- one project, one year ----------------------------------------------------------------


@dataclass
class ProjectEvaluation:
    project: Project
    year: int
    appraisal: Appraisal
    commitments: list[CommitmentResult]
    milestones: list[MilestoneResult]
    reward: RewardResult
    penalty: PenaltyResult

    @property
    def has_report(self) -> bool:
        return self.year in self.project.reports

    @property
    def status(self) -> str:
        """The worst commitment status (missed > at_risk > pending > met); pending if none."""
        if not self.commitments:
            return "pending"
        return max((c.status for c in self.commitments), key=_STATUS_RANK.__getitem__)

    def to_json(self) -> dict[str, Any]:
        """The shape of ``chainfill projects status --json`` (design.md §5) plus extras."""
        p, a = self.project, self.appraisal
        return {
            "id": p.id,
            "firm": p.firm,
            "name": p.name,
            "year": self.year,
            "grade": a.grade,
            "score": None if a.score is None else round(a.score, 2),
            "score_scale": {"min": 0.0, "benchmark": 100.0, "max": a.score_max},
            "indicators": {k: _round(v) for k, v in a.values().items()},
            "commitments": [
                {
                    "item": c.item,
                    "committed": c.committed,
                    "actual": _round(c.actual),
                    "status": c.status,
                    "name": c.name,
                    "unit": c.unit,
                    "due": c.due.isoformat(),
                    "shortfall": _round(c.shortfall),
                    "projection": _round(c.projection),
                    "report_missing": c.report_missing,
                    "note": c.note,
                }
                for c in self.commitments
            ],
            "milestones": [
                {
                    "name": m.name,
                    "due": m.due.isoformat() if m.due else None,
                    "done": m.done.isoformat() if m.done else None,
                    "status": m.status,
                    "key": m.key,
                    "days": m.days,
                    "late": m.late,
                }
                for m in self.milestones
            ],
            "firm_id": p.firm_id,
            "agreement_no": p.agreement_no,
            "agreement_date": p.agreement_date.isoformat(),
            "zone": p.zone,
            "town": p.town,
            "direction": p.direction,
            "segment": p.segment,
            "land_mu": p.land_mu,
            "floor_m2": p.floor_m2,
            "below_scale": p.below_scale,
            "adjustments": [
                {
                    "id": x.id,
                    "kind": x.kind,
                    "name": x.name,
                    "points": x.effect,
                    "veto": x.vetoes,
                    "note": x.note,
                }
                for x in p.adjustments
                if x.year == self.year
            ],
            "adjustment_points": a.adjustment,
            # the land the 亩均 figures are per: own land, or leased floor converted (折算用地)
            "land_mu_equivalent": _round(a.land_mu),
            "land_converted": a.land_converted,
            "has_report": self.has_report,
            "status": self.status,
            "gradable": a.gradable,
            "grade_note": a.note,
            "missing_indicators": a.missing,
            "indicator_details": [
                {
                    **asdict(i),
                    "value": _round(i.value),
                    "ratio": _round(i.ratio, 4),
                    "points": _round(i.points),
                }
                for i in a.indicators
            ],
            "reward": {
                "has_terms": self.reward.has_terms,
                "eligible": self.reward.eligible,
                "amount": self.reward.amount,
                "reason": self.reward.reason,
                "window": list(self.reward.window) if self.reward.window else None,
            },
            "penalty": asdict(self.penalty),
        }


def _round(x: float | None, digits: int = 2) -> float | None:
    return None if x is None else round(x, digits)


def default_year(project: Project, today: date) -> int:
    """The year shown when none is asked for: the latest reported, else last year (not
    before the agreement)."""
    if project.reports:
        return max(project.reports)
    return max(project.agreement_date.year, today.year - 1)


def evaluate(project: Project, year: int, method: Method, today: date) -> ProjectEvaluation:
    """Everything about one project in one year, graded by score cut-offs."""
    commitments = [commitment_status(project, c.item, year, today) for c in project.commitments]
    return ProjectEvaluation(
        project=project,
        year=year,
        appraisal=appraise(project, project.reports.get(year), method),
        commitments=commitments,
        milestones=milestones(project, today, method),
        reward=reward(project, year, commitments, method),
        penalty=penalty(project, year, commitments),
    )


def evaluate_all(
    projects: Iterable[Project], method: Method, today: date, year: int | None = None
) -> list[ProjectEvaluation]:
    """Evaluate a portfolio. With ``year``, projects signed after it are left out; without,
    each project is shown in its :func:`default_year`. Share grading ranks the gradable
    projects of the same year against each other."""
    out = []
    for p in projects:
        if year is not None and p.agreement_date.year > year:
            continue
        out.append(evaluate(p, year if year is not None else default_year(p, today), method, today))
    if method.grading == "share":
        regrade_by_share(out, method)
    return out


def regrade_by_share(evaluations: list[ProjectEvaluation], method: Method) -> None:
    by_year: dict[int, dict[int, float]] = {}
    for i, e in enumerate(evaluations):
        if e.appraisal.gradable and e.appraisal.score is not None:
            by_year.setdefault(e.year, {})[i] = e.appraisal.score
    for scores in by_year.values():
        for i, g in grades_by_share(scores, method).items():
            # a 一票否决 item keeps its D whatever the rank
            evaluations[i].appraisal.grade = "D" if evaluations[i].appraisal.vetoed else g


def grade_thresholds(
    evaluations: list[ProjectEvaluation], method: Method, year: int
) -> dict[str, float]:
    """The lowest score that earns A, B and C in ``year`` (fixed cut-offs, or by share the
    lowest score that got the grade)."""
    if method.grading == "score":
        return dict(zip("ABC", method.cutoffs, strict=True))
    out: dict[str, float] = {}
    for e in evaluations:
        a = e.appraisal
        if e.year == year and a.grade in ("A", "B", "C") and a.score is not None:
            out[a.grade] = min(out.get(a.grade, math.inf), a.score)
    return out


# -- what would it take -------------------------------------------------------------------

# Inputs a project can raise: the indicators each one moves.
LEVERS: dict[str, str] = {
    "tax_paid": N_("实缴税收"),
    "value_added": N_("工业增加值"),
    "rd_spending": N_("研发经费支出"),
}


@dataclass
class WhatItTakes:
    target: str  # the grade aimed at
    field: str  # a key of LEVERS
    label: str
    current: float
    needed: float | None  # None: this input alone cannot reach the grade
    text: str

    @property
    def delta(self) -> float | None:
        return None if self.needed is None else self.needed - self.current


def _score_with(
    project: Project, report: Report, method: Method, fld: str, value: float
) -> float | None:
    score, _parts, _shares = composite(
        {k: v[0] for k, v in indicator_values(project, report.with_values({fld: value})).items()},
        method,
    )
    return score


def what_it_takes(
    project: Project,
    year: int,
    method: Method,
    thresholds: dict[str, float] | None = None,
    targets: tuple[str, ...] = ("A", "B", "C"),
    current: str | None = None,
) -> list[WhatItTakes]:
    """For each better grade and each lever (tax, value added, R&D), how much more is needed.

    The score never falls when one input rises, so the least sufficient value is found by
    bisection to 0.01 万元; "None" means the cap on each indicator makes the grade
    unreachable by that input alone. ``current`` is the grade the project has (under share
    grading it comes from the portfolio, not from the fixed cut-offs).
    """
    report = project.reports.get(year)
    appraisal = appraise(project, report, method)
    if report is None or not appraisal.gradable or appraisal.score is None:
        return []
    thresholds = thresholds or dict(zip("ABC", method.cutoffs, strict=True))
    current_grade = current or appraisal.grade or "D"
    out = []
    for target in targets:
        if target not in thresholds or target >= current_grade:
            continue
        goal = thresholds[target]
        for fld, source_label in LEVERS.items():
            label = _(source_label)
            now_value = getattr(report, fld)
            if now_value is None:
                continue
            needed = _least_value(
                functools.partial(_score_with, project, report, method, fld), now_value, goal
            )
            if needed is None:
                text = _("仅提高{lever}无法评为 {grade} 类（各指标得分有封顶）").format(
                    lever=label, grade=target
                )
            else:
                text = _(
                    "{lever}再增加 {more} 万元（达到 {needed} 万元），综合得分可达 {goal} 分，评为 {grade} 类"
                ).format(
                    lever=label,
                    more=figure(needed - now_value),
                    needed=figure(needed),
                    goal=f"{goal:g}",
                    grade=target,
                )
            out.append(WhatItTakes(target, fld, label, now_value, needed, text))
    return out


def _least_value(
    score_at: Callable[[float], float | None], current: float, goal: float
) -> float | None:
    lo = current
    hi = max(current * 2, 1.0)
    s = score_at(hi)
    for _step in range(60):  # grow until the goal is reached or the score stops rising (cap)
        if s is not None and s >= goal:
            break
        nxt = hi * 2
        s2 = score_at(nxt)
        if s2 is None or s is None or s2 <= s + 1e-9:
            return None
        hi, s = nxt, s2
    else:
        return None
    while hi - lo > 0.005:
        mid = (lo + hi) / 2
        sm = score_at(mid)
        if sm is not None and sm >= goal:
            hi = mid
        else:
            lo = mid
    return math.ceil(hi * 100) / 100


# -- alerts -------------------------------------------------------------------------------


@dataclass
class Alert:
    kind: str  # milestone_due | milestone_overdue | report_overdue | new_miss
    project_id: int | None
    project: str
    text: str
    date: date | None = None
    severity: int = 1  # 2: act now, 1: watch

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["date"] = self.date.isoformat() if self.date else None
        return d


def report_deadline(year: int, method: Method) -> date:
    """The day a year's report is expected: ``report_due`` of the following year."""
    month, day = (int(x) for x in method.report_due.split("-"))
    return date(year + 1, month, day)


def alerts(projects: Iterable[Project], method: Method, today: date) -> list[Alert]:
    """Milestones due within the window or overdue, overdue yearly reports, new misses."""
    out: list[Alert] = []
    for p in projects:
        for m in milestones(p, today, method):
            if m.status == "due_soon":
                out.append(
                    Alert(
                        "milestone_due",
                        p.id,
                        p.name,
                        _("{milestone}节点将于 {due} 到期（还有 {days} 天）").format(
                            milestone=m.name, due=m.due, days=m.days
                        ),
                        m.due,
                        1,
                    )
                )
            elif m.status == "overdue":
                out.append(
                    Alert(
                        "milestone_overdue",
                        p.id,
                        p.name,
                        _("{milestone}节点已逾期 {days} 天（应于 {due} 完成）").format(
                            milestone=m.name, days=-(m.days or 0), due=m.due
                        ),
                        m.due,
                        2,
                    )
                )
        for y in range(p.agreement_date.year, today.year):
            deadline = report_deadline(y, method)
            if y not in p.reports and today > deadline:
                out.append(
                    Alert(
                        "report_overdue",
                        p.id,
                        p.name,
                        _("{year} 年报表逾期未报（应于 {deadline} 前报送）").format(
                            year=y, deadline=deadline
                        ),
                        deadline,
                        2,
                    )
                )
        if p.reports:
            latest = max(p.reports)
            now_missed = {
                c.item
                for c in p.commitments
                if commitment_status(p, c.item, latest, today).status == "missed"
            }
            before = {
                c.item
                for c in p.commitments
                if latest - 1 >= p.agreement_date.year
                and commitment_status(p, c.item, latest - 1, today).status == "missed"
            }
            for item in sorted(now_missed - before, key=list(ITEMS).index):
                out.append(
                    Alert(
                        "new_miss",
                        p.id,
                        p.name,
                        _("{year} 年{item}首次未达到承诺").format(
                            year=latest, item=_(ITEMS[item][0])
                        ),
                        None,
                        2,
                    )
                )
    out.sort(key=lambda a: (-a.severity, a.date or date.max, a.project))
    return out


def status_counts(evaluations: Iterable[ProjectEvaluation]) -> dict[str, int]:
    """How many commitments are in each status across a portfolio."""
    counts = dict.fromkeys(STATUS_ZH, 0)
    for e in evaluations:
        for c in e.commitments:
            counts[c.status] += 1
    return counts
