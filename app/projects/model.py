"""Brought-in projects as data: dataclasses, the appraisal method, and database access.

Units everywhere: amounts in 万元, land in 亩 (mu), energy in 吨标准煤 (tce), emissions in 吨
of main pollutants, ratios in percent. Every edit runs in one write transaction and is audited.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from app import catalog_store
from app.errors import UserError
from app.parsing import normalise_name
from catalog import codes
from catalog.codes import LOCAL_CITY
from resources.i18n import N_, _

if TYPE_CHECKING:
    from app.db import Database

# -- vocabulary ---------------------------------------------------------------------------

# Commitment items: key -> (Chinese name, unit). The order is the display order.
ITEMS: dict[str, tuple[str, str]] = {
    "investment": (N_("固定资产投资"), N_("万元")),
    "investment_per_mu": (N_("亩均固定资产投资"), N_("万元/亩")),
    "output": (N_("达产年产值"), N_("万元")),
    "tax": (N_("年纳税额"), N_("万元")),
    "jobs": (N_("就业人数"), N_("人")),
    "rd_ratio": (N_("研发投入占比"), "%"),
}

# Milestones in the order they happen: key -> Chinese name.
MILESTONES: dict[str, str] = {
    "land_delivery": N_("交地"),
    "construction_start": N_("开工"),
    "completion": N_("竣工"),
    "production_start": N_("投产"),
    "full_production": N_("达产"),
}

# Which milestone's due date a commitment falls due on when it has no date of its own:
# investment is due when production starts, the rest once the project is at full production.
ITEM_DEFAULT_DUE: dict[str, str] = {
    "investment": "production_start",
    "investment_per_mu": "production_start",
    "output": "full_production",
    "tax": "full_production",
    "jobs": "full_production",
    "rd_ratio": "full_production",
}

# Yearly report fields: key -> (Chinese name, unit).
REPORT_FIELDS: dict[str, tuple[str, str]] = {
    "investment_to_date": (N_("累计固定资产投资"), N_("万元")),
    "output_value": (N_("工业总产值"), N_("万元")),
    "revenue": (N_("主营业务收入"), N_("万元")),
    "value_added": (N_("工业增加值"), N_("万元")),
    "tax_paid": (N_("实缴税收"), N_("万元")),
    "jobs": (N_("从业人数"), N_("人")),
    "energy_tce": (N_("综合能耗"), N_("吨标准煤")),
    "emissions_t": (N_("主要污染物排放量"), N_("吨")),
    "rd_spending": (N_("研发经费支出"), N_("万元")),
    "land_in_use": (N_("实际用地"), N_("亩")),
    "reward_paid": (N_("已兑现奖励"), N_("万元")),
}

STATUSES = ("met", "at_risk", "missed", "pending")
STATUS_ZH = {
    "met": N_("已达标"),
    "at_risk": N_("有风险"),
    "missed": N_("未达标"),
    "pending": N_("待考核"),
}
MILESTONE_STATUSES = ("done", "due_soon", "overdue", "upcoming")
MILESTONE_STATUS_ZH = {
    "done": N_("已完成"),
    "due_soon": N_("即将到期"),
    "overdue": N_("已逾期"),
    "upcoming": N_("未到期"),
}
GRADES = ("A", "B", "C", "D")


def status_label(status: str) -> str:
    """A commitment's status (met, at_risk …) in the language in force."""
    return _(STATUS_ZH[status])


def milestone_status_label(status: str) -> str:
    return _(MILESTONE_STATUS_ZH[status])


def label(text: str) -> str:
    """A name or unit of this vocabulary (an item, milestone, report field, indicator or their
    units; the catalog's indicator names when they are the shipped ones) in the language in
    force; anything else unchanged."""
    return _(text)


# The six 亩产效益 indicators: key, name, unit, default weight, default benchmark.
# Used when the catalog file does not define them (resources/catalog/catalog.toml normally does).
# Weights 30/20/20/10/10/10 follow a published Zhejiang county scheme; see docs/projects-method.md.
DEFAULT_INDICATORS: tuple[tuple[str, str, str, float, float], ...] = (
    ("tax_per_mu", N_("亩均税收"), N_("万元/亩"), 30.0, 30.0),
    ("value_added_per_mu", N_("亩均增加值"), N_("万元/亩"), 20.0, 150.0),
    ("labour_productivity", N_("全员劳动生产率"), N_("万元/人"), 20.0, 30.0),
    ("value_added_per_energy", N_("单位能耗增加值"), N_("万元/吨标准煤"), 10.0, 3.0),
    ("value_added_per_emission", N_("单位排放增加值"), N_("万元/吨"), 10.0, 1000.0),
    ("rd_ratio", N_("R&D经费支出占主营业务收入之比"), "%", 10.0, 3.0),
    # not one of the plan's six: shown, and scored only when the bureau gives it a weight
    ("output_per_mu", N_("亩均产值"), N_("万元/亩"), 0.0, 500.0),
)
INDICATOR_KEYS: tuple[str, ...] = tuple(i[0] for i in DEFAULT_INDICATORS)

METHOD_SETTING = "appraisal.method"


# -- projects -----------------------------------------------------------------------------


@dataclass
class Commitment:
    item: str  # one of ITEMS
    committed: float
    due: date | None = None  # None: the due date of the milestone in ITEM_DEFAULT_DUE
    note: str = ""


@dataclass
class Milestone:
    kind: str  # one of MILESTONES
    due: date | None = None
    done: date | None = None
    note: str = ""


@dataclass
class Report:
    """A project's actuals for one calendar year (None: not reported)."""

    year: int
    investment_to_date: float | None = None  # cumulative since the agreement
    output_value: float | None = None
    revenue: float | None = None  # 主营业务收入; the R&D ratio falls back to output value
    value_added: float | None = None
    tax_paid: float | None = None
    jobs: float | None = None
    energy_tce: float | None = None
    emissions_t: float | None = None
    rd_spending: float | None = None
    land_in_use: float | None = None  # None: the agreement's land area
    reward_paid: float | None = None  # rewards actually paid out for this year
    source: str = ""
    note: str = ""

    def values(self) -> dict[str, float | None]:
        return {k: getattr(self, k) for k in REPORT_FIELDS}

    def with_values(self, values: Mapping[str, float | None]) -> Report:
        """A copy with these figures (keys of REPORT_FIELDS) replaced."""
        changes: dict[str, Any] = dict(values)
        return replace(self, **changes)


# Bonus and deduction items (加分、减分项) entered per project-year: (name, default points).
# None as points: the item caps the grade at D whatever the score (一票否决). The points are
# defaults for the bureau to set (docs/projects-method.md); an entry may carry its own.
ADJUSTMENTS: dict[str, tuple[str, float | None]] = {
    "safety_accident": (N_("安全生产事故"), -10.0),
    "env_penalty": (N_("环保处罚"), -10.0),
    "dishonest": (N_("失信（列入失信名单）"), -10.0),
    "major_violation": (N_("重大安全生产事故或严重环境违法（一票否决）"), None),
    "high_tech": (N_("获评国家高新技术企业"), 5.0),
    "specialised": (N_("获评专精特新企业"), 5.0),
    "other": (N_("其他加减分"), 0.0),
}


@dataclass
class Adjustment:
    year: int
    kind: str  # a key of ADJUSTMENTS
    points: float | None = None  # None: the kind's default
    note: str = ""
    id: int | None = None

    @property
    def name(self) -> str:
        return ADJUSTMENTS.get(self.kind, (self.kind, 0.0))[0]

    @property
    def vetoes(self) -> bool:
        """The item caps the grade at D (一票否决)."""
        return self.kind in ADJUSTMENTS and ADJUSTMENTS[self.kind][1] is None

    @property
    def effect(self) -> float:
        if self.points is not None:
            return self.points
        return ADJUSTMENTS.get(self.kind, ("", 0.0))[1] or 0.0


@dataclass
class Project:
    id: int | None
    firm_id: int
    name: str
    agreement_date: date
    firm: str = ""  # the firm's name (read-only, joined from firms)
    agreement_no: str | None = None
    zone: str = ""
    town: str = ""
    direction: str = ""
    segment: str = ""
    land_mu: float | None = None
    floor_m2: float | None = None  # leased floor space (平方米), when no land of its own
    below_scale: bool = False  # 规下: below the statistical scale, appraised on fewer indicators
    reward_share_pct: float | None = None  # share of the local retained tax returned
    reward_local_pct: float | None = None  # local retained share of tax; None: method default
    reward_years: int | None = None  # reward window from the production-start year
    reward_cap: float | None = None  # per year, 万元
    reward_text: str = ""
    penalty_deposit: float | None = None
    penalty_suspend_rewards: bool = False
    penalty_land_price: float | None = None  # 万元 per mu
    penalty_clawback: bool = False
    penalty_land_recovery: bool = False
    penalty_text: str = ""
    note: str = ""
    source: str = ""
    commitments: list[Commitment] = field(default_factory=list)
    milestones: list[Milestone] = field(default_factory=list)
    reports: dict[int, Report] = field(default_factory=dict)
    adjustments: list[Adjustment] = field(default_factory=list)

    def commitment(self, item: str) -> Commitment | None:
        return next((c for c in self.commitments if c.item == item), None)

    def milestone(self, kind: str) -> Milestone | None:
        return next((m for m in self.milestones if m.kind == kind), None)


# The stored fields of a project, in table order (the importer derives its fields from this).
PROJECT_COLUMNS = (
    "firm_id",
    "name",
    "agreement_no",
    "agreement_date",
    "zone",
    "town",
    "direction",
    "segment",
    "land_mu",
    "floor_m2",
    "below_scale",
    "reward_share_pct",
    "reward_local_pct",
    "reward_years",
    "reward_cap",
    "reward_text",
    "penalty_deposit",
    "penalty_suspend_rewards",
    "penalty_land_price",
    "penalty_clawback",
    "penalty_land_recovery",
    "penalty_text",
    "note",
    "source",
)
_BOOL_COLUMNS = {
    "penalty_suspend_rewards",
    "penalty_clawback",
    "penalty_land_recovery",
    "below_scale",
}


# -- the appraisal method -----------------------------------------------------------------


@dataclass(frozen=True)
class IndicatorSpec:
    key: str
    name: str
    unit: str
    weight: float
    benchmark: float


@dataclass(frozen=True)
class Method:
    """How projects are appraised; defaults in docs/projects-method.md, staff may change them."""

    indicators: tuple[IndicatorSpec, ...]
    cap: float = 1.5  # an indicator's ratio to its benchmark counts at most this much
    grading: str = "score"  # "score": fixed cut-offs; "share": by rank among graded projects
    cutoffs: tuple[float, float, float] = (90.0, 70.0, 50.0)  # A, B, C lower bounds; else D
    shares: tuple[float, float, float] = (20.0, 50.0, 20.0)  # % of graded projects in A, B, C
    min_mu: float = 5.0  # projects on less land are not graded by 亩均 (the plan's 5 亩)
    # Leased floor space is converted to land: 折算用地（亩）= 建筑面积 ÷ 容积率 ÷ 666.67.
    # 1.2 is a default to be set by the bureau (docs/projects-method.md), not a sourced figure.
    plot_ratio: float = 1.2
    # Industry-adjusted benchmarks the bureau sets: (domain or direction code, ((indicator,
    # benchmark), …)); a direction's own set wins over its domain's, the city-wide set is the rest.
    industry_benchmarks: tuple[tuple[str, tuple[tuple[str, float], ...]], ...] = ()
    # 规下 firms are weighed on a smaller set (the others weigh 0): a default for the bureau to set
    small_weights: tuple[tuple[str, float], ...] = (("tax_per_mu", 70.0), ("output_per_mu", 30.0))
    min_weight_share: float = 0.5  # less weight than this present -> not graded
    due_soon_days: int = 60
    report_due: str = "04-30"  # month-day by which last year's report is expected
    local_retention_pct: float = 50.0  # default local retained share of tax, for rewards

    def spec(self, key: str) -> IndicatorSpec:
        return next(i for i in self.indicators if i.key == key)

    def for_small_firms(self) -> Method:
        """This method with the 规下 weights: the indicators not in ``small_weights`` weigh 0."""
        weights = dict(self.small_weights)
        specs = tuple(replace(i, weight=weights.get(i.key, 0.0)) for i in self.indicators)
        return replace(self, indicators=specs)

    def for_industry(self, direction: str) -> tuple[Method, str]:
        """This method with the benchmarks set for a direction (else its domain), and the code
        whose set applies ('' when the city-wide benchmarks apply)."""
        sets = dict(self.industry_benchmarks)
        domain = direction.split(".", 1)[0] if direction else ""
        merged: dict[str, float] = {}
        used = ""
        for code in (domain, direction):  # the direction's own figures win
            if code and code in sets:
                merged.update(dict(sets[code]))
                used = code
        if not merged:
            return self, ""
        specs = tuple(
            replace(i, benchmark=merged[i.key]) if i.key in merged else i for i in self.indicators
        )
        return replace(self, indicators=specs), used

    @property
    def total_weight(self) -> float:
        return sum(i.weight for i in self.indicators)

    def to_json(self) -> dict[str, Any]:
        return {
            "indicators": [asdict(i) for i in self.indicators],
            "cap": self.cap,
            "grading": self.grading,
            "cutoffs": dict(zip("ABC", self.cutoffs, strict=True)),
            "shares": dict(zip("ABC", self.shares, strict=True)),
            "min_mu": self.min_mu,
            "plot_ratio": self.plot_ratio,
            "industry_benchmarks": {c: dict(b) for c, b in self.industry_benchmarks},
            "small_weights": dict(self.small_weights),
            "min_weight_share": self.min_weight_share,
            "due_soon_days": self.due_soon_days,
            "report_due": self.report_due,
            "local_retention_pct": self.local_retention_pct,
            "score_scale": {"min": 0.0, "benchmark": 100.0, "max": 100.0 * self.cap},
            "sources": dict(METHOD_SOURCES),
        }


# Where each default comes from, said plainly (docs/projects-method.md "Sources"): the plan's
# own rule, a published scheme, or a default the bureau is to set. Marked for the catalog with
# {plan} and {default} left open, so that the English names the plan by its own title.
PLAN = "《东莞市重点新兴产业发展规划（2018-2025年）》七（二）3"
BUREAU_DEFAULT = N_("出厂默认值，无公开出处，须由本局设定")
_SOURCE_TEXTS = {
    "indicators": N_(
        "{plan}：规模以上工业企业综合评价以亩均税收等6项指标为主"
        "（亩均产值不在六项之内，出厂权重 0，计算并显示但不计分，须由本局决定是否计分）"
    ),
    "weights": N_("浙江省县（市、区）亩均效益综合评价的公开示例（30/20/20/10/10/10）；本局可改"),
    "benchmarks": N_("{default}（应按东莞当年统计口径）"),
    "small_weights": N_(
        "规下企业用较少的指标（参照浙江亩均评价对规下企业的做法）；"
        "亩均税收 70、亩均产值 30 为出厂默认值，无公开出处，须由本局设定"
    ),
    "adjustments": N_(
        "加减分项（安全生产事故、环保处罚、失信等）参照浙江、广东亩均评价的做法；"
        "各项分值和一票否决的范围为出厂默认值，无公开出处，须由本局设定"
    ),
    "industry_benchmarks": N_(
        "出厂无行业基准（全市一套基准值）；按领域或方向设定行业基准由本局决定"
    ),
    "cap": "{default}",
    "grading": N_("{default}（按得分分档或按排名比例分档，由本局选定）"),
    "cutoffs": "{default}",
    "shares": "{default}",
    "min_mu": N_("{plan}：针对用地5亩以上工业企业先行实施“亩产效益”综合评价"),
    "plot_ratio": N_(
        "{default}（租赁厂房按建筑面积折算用地参照浙江、广东亩均评价的做法；系数各地不同）"
    ),
    "min_weight_share": "{default}",
    "due_soon_days": "{default}",
    "report_due": "{default}",
    "local_retention_pct": N_("{default}（应按项目适用的财政体制）"),
}
# In Chinese, as stored with a method and given by ``--json``.
METHOD_SOURCES = {k: v.format(plan=PLAN, default=BUREAU_DEFAULT) for k, v in _SOURCE_TEXTS.items()}


def method_source(key: str) -> str:
    """Where the default of setting ``key`` comes from, in the language in force."""
    return _(_SOURCE_TEXTS[key]).format(plan=PLAN, default=_(BUREAU_DEFAULT))


SCORE_SCALE = N_("0–{top:g} 分：各项指标恰达基准值为 100 分，单项按基准值的 {cap:g} 倍封顶")
BENCHMARK_SCORE = 100.0  # the composite of a project exactly at every benchmark


def scale_note(top: float) -> str:
    """The composite score's scale in a few words, for beside every score shown: a 亩均 score
    such as 144.2 reads wrongly next to the 0–100 recommendation scores without it."""
    return _("满分 {top}，基准 {base}").format(top=f"{top:g}", base=f"{BENCHMARK_SCORE:g}")


def score_with_scale(score: float | None, top: float) -> str:
    """``144.2（满分 150，基准 100）``, or — when there is no score."""
    if score is None:
        return "—"
    return _("{score}（{scale}）").format(score=f"{score:.1f}", scale=scale_note(top))


def method_text(method: Method) -> list[str]:
    """The method as lines in the language in force, each setting with its value and where
    that value comes from."""
    src = method_source
    lines = [
        _("亩均评价方法（项目履约）"),
        _("得分刻度：{scale}").format(
            scale=_(SCORE_SCALE).format(top=100 * method.cap, cap=method.cap)
        ),
        _("指标（来源：{source}）：").format(source=src("indicators")),
    ]
    for i in method.indicators:
        lines.append(
            _("  {name}（{key}）权重 {weight:g}，基准值 {benchmark:g} {unit}").format(
                name=label(i.name),
                key=i.key,
                weight=i.weight,
                benchmark=i.benchmark,
                unit=label(i.unit),
            )
        )
    lines.append(_("  权重来源：{source}").format(source=src("weights")))
    lines.append(_("  基准值来源：{source}").format(source=src("benchmarks")))
    if method.industry_benchmarks:
        for code, pairs in method.industry_benchmarks:
            figures = _("，").join(f"{label(method.spec(k).name)} {v:g}" for k, v in pairs)
            lines.append(_("  行业基准（{code}）：{figures}").format(code=code, figures=figures))
    else:
        lines.append(_("  行业基准：未设定，各行业均用全市基准值"))
    lines.append(_("  行业基准来源：{source}").format(source=src("industry_benchmarks")))
    small = _("，").join(f"{label(method.spec(k).name)} {v:g}" for k, v in method.small_weights)
    lines.append(_("  规下企业权重：{weights}（其余指标不计分）").format(weights=small))
    lines.append(_("  规下企业权重来源：{source}").format(source=src("small_weights")))
    items = _("；").join(
        _("{name} 一票否决（定为 D 档）").format(name=label(name))
        if pts is None
        else _("{name} {points:+g} 分").format(name=label(name), points=pts)
        for name, pts in ADJUSTMENTS.values()
    )
    lines.append(
        _("加减分项：{items}（来源：{source}）").format(items=items, source=src("adjustments"))
    )
    grading = _("按得分") if method.grading == "score" else _("按排名比例")
    a, b, c = method.cutoffs
    sa, sb, sc = method.shares
    rows = [
        ("cap", _("单项封顶倍数 {cap:g}").format(cap=method.cap)),
        ("grading", _("分档方式：{grading}").format(grading=grading)),
        ("cutoffs", _("分档分数线：A ≥ {a:g}，B ≥ {b:g}，C ≥ {c:g}，其余 D").format(a=a, b=b, c=c)),
        ("shares", _("分档比例：A {a:g}%，B {b:g}%，C {c:g}%，其余 D").format(a=sa, b=sb, c=sc)),
        ("min_mu", _("参评最小用地 {mu:g} 亩").format(mu=method.min_mu)),
        (
            "plot_ratio",
            _("租赁厂房折算用地的容积率 {ratio:g}（折算用地 = 建筑面积 ÷ 容积率 ÷ 666.67）").format(
                ratio=method.plot_ratio
            ),
        ),
        (
            "min_weight_share",
            _("参评所需指标权重占比 {share:g}").format(share=method.min_weight_share),
        ),
        ("due_soon_days", _("节点提醒 {days} 天").format(days=method.due_soon_days)),
        ("report_due", _("年度报表截止 {due}").format(due=method.report_due)),
        (
            "local_retention_pct",
            _("地方留成比例默认 {pct:g}%").format(pct=method.local_retention_pct),
        ),
    ]
    for key, text in rows:
        lines.append(_("{text}（来源：{source}）").format(text=text, source=src(key)))
    return lines


def default_method(catalog_indicators: Any = (), min_mu: float | None = None) -> Method:
    """The shipped method: the catalog's indicator weights and benchmarks where it has them."""
    by_key = {i.key: i for i in catalog_indicators or ()}
    specs = []
    for key, name, unit, weight, benchmark in DEFAULT_INDICATORS:
        cat = by_key.get(key)
        if cat is not None and cat.benchmark > 0 and cat.weight >= 0:
            specs.append(IndicatorSpec(key, cat.name, cat.unit, cat.weight, cat.benchmark))
        else:
            specs.append(IndicatorSpec(key, name, unit, weight, benchmark))
    method = Method(indicators=tuple(specs))
    if min_mu is not None:
        method = replace(method, min_mu=float(min_mu))
    return method


_OVERRIDE_KEYS = {
    "weights",
    "benchmarks",
    "cap",
    "grading",
    "cutoffs",
    "shares",
    "min_mu",
    "plot_ratio",
    "industry_benchmarks",
    "small_weights",
    "min_weight_share",
    "due_soon_days",
    "report_due",
    "local_retention_pct",
}


def _number(value: Any, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise UserError(_("{what}应为数字，实际为 {value!r}").format(what=what, value=value))
    return float(value)


def _by_indicator(
    table: dict[str, Any], specs: dict[str, IndicatorSpec]
) -> Iterator[tuple[str, IndicatorSpec, Any]]:
    """The entries of an ``{indicator: value}`` table in key order, each with its spec; an
    unknown indicator is refused."""
    for key, value in sorted(table.items()):
        if key not in specs:
            raise UserError(
                _("未知的亩均指标“{key}”（可选：{value}）").format(
                    key=key, value="、".join(INDICATOR_KEYS)
                )
            )
        yield key, specs[key], value


def _industry_benchmarks(
    raw: Any, specs: dict[str, IndicatorSpec]
) -> tuple[tuple[str, tuple[tuple[str, float], ...]], ...]:
    """Validate ``{domain or direction code: {indicator: benchmark}}``."""
    if not isinstance(raw, dict):
        raise UserError(_("行业基准值设置应为“领域或方向代码: {指标: 数值}”的键值表"))
    out = []
    for code, table in sorted(raw.items()):
        if code not in codes.DOMAINS and code not in codes.DIRECTIONS:
            raise UserError(_("行业基准值：未知的领域或方向代码“{code}”").format(code=code))
        if not isinstance(table, dict) or not table:
            raise UserError(_("行业基准值“{code}”应为“指标: 数值”的键值表").format(code=code))
        pairs = []
        for key, spec, value in _by_indicator(table, specs):
            v = _number(value, f"{code} 的{spec.name}基准值")
            if v <= 0:
                raise UserError(
                    _("{code} 的{name}基准值应大于 0，实际为 {v:g}").format(
                        code=code, name=spec.name, v=v
                    )
                )
            pairs.append((key, v))
        out.append((code, tuple(pairs)))
    return tuple(out)


def _small_weights(raw: Any, specs: dict[str, IndicatorSpec]) -> tuple[tuple[str, float], ...]:
    """Validate the 规下 weights ``{indicator: weight}``."""
    if not isinstance(raw, dict) or not raw:
        raise UserError(_("规下企业的权重应为“指标: 数值”的键值表"))
    pairs = []
    for key, spec, value in _by_indicator(raw, specs):
        v = _number(value, f"规下企业{spec.name}的权重")
        if not 0 <= v <= 100:
            raise UserError(
                _("规下企业{name}的权重应在 0 到 100 之间，实际为 {v:g}").format(
                    name=spec.name, v=v
                )
            )
        pairs.append((key, v))
    if sum(v for _, v in pairs) <= 0:
        raise UserError(_("规下企业的权重不能全部为 0"))
    return tuple(pairs)


def apply_overrides(base: Method, overrides: dict[str, Any] | None) -> Method:
    """``base`` with staff overrides applied; every problem raises a Chinese :class:`UserError`."""
    if not overrides:
        return base
    if not isinstance(overrides, dict):
        raise UserError(_("评价方法设置应为键值表"))
    unknown = sorted(set(overrides) - _OVERRIDE_KEYS)
    if unknown:
        raise UserError(
            _("未知的评价方法设置项：{value}（可设置：{value2}）").format(
                value="、".join(unknown), value2="、".join(sorted(_OVERRIDE_KEYS))
            )
        )
    names = {i.key: i.name for i in base.indicators}
    specs = {i.key: i for i in base.indicators}
    for kind, label in (("weights", "权重"), ("benchmarks", "基准值")):
        table = overrides.get(kind) or {}
        if not isinstance(table, dict):
            raise UserError(_("{label}设置应为“指标: 数值”的键值表").format(label=label))
        for key, raw in table.items():
            if key not in specs:
                raise UserError(
                    _("未知的亩均指标“{key}”（可选：{value}）").format(
                        key=key, value="、".join(INDICATOR_KEYS)
                    )
                )
            value = _number(raw, f"{names[key]}的{label}")
            if kind == "weights":
                if value < 0 or value > 100:
                    raise UserError(
                        _("{value}的权重应在 0 到 100 之间，实际为 {value2:g}").format(
                            value=names[key], value2=value
                        )
                    )
                specs[key] = replace(specs[key], weight=value)
            else:
                if value <= 0:
                    raise UserError(
                        _("{value}的基准值应大于 0，实际为 {value2:g}").format(
                            value=names[key], value2=value
                        )
                    )
                specs[key] = replace(specs[key], benchmark=value)
    method = replace(base, indicators=tuple(specs[k] for k in INDICATOR_KEYS if k in specs))
    if method.total_weight <= 0:
        raise UserError(_("六项亩均指标的权重不能全部为 0"))
    changes: dict[str, Any] = {}
    if "cap" in overrides:
        cap = _number(overrides["cap"], "单项封顶倍数")
        if not 1 <= cap <= 5:
            raise UserError(_("单项封顶倍数应在 1 到 5 之间，实际为 {cap:g}").format(cap=cap))
        changes["cap"] = cap
    if "grading" in overrides:
        if overrides["grading"] not in ("score", "share"):
            raise UserError(_("分档方式应为 score（按得分）或 share（按比例）"))
        changes["grading"] = overrides["grading"]
    for kind, label in (("cutoffs", "分档分数线"), ("shares", "分档比例")):
        if kind not in overrides:
            continue
        table = overrides[kind]
        if not isinstance(table, dict) or set(table) - {"A", "B", "C"}:
            raise UserError(_("{label}应为 A、B、C 三档的键值表（D 档为其余）").format(label=label))
        current = dict(zip("ABC", getattr(base, kind), strict=True))
        for g, raw in table.items():
            current[g] = _number(raw, f"{g} 档{label}")
        a, b, c = current["A"], current["B"], current["C"]
        if kind == "cutoffs":
            if not (a > b > c >= 0):
                raise UserError(
                    _("分档分数线应满足 A > B > C ≥ 0，实际为 A {a:g}、B {b:g}、C {c:g}").format(
                        a=a, b=b, c=c
                    )
                )
        elif min(a, b, c) < 0 or a + b + c > 100:
            raise UserError(
                _("分档比例应为非负数且 A、B、C 之和不超过 100%，实际为 {a:g}+{b:g}+{c:g}").format(
                    a=a, b=b, c=c
                )
            )
        changes[kind] = (a, b, c)
    if "min_mu" in overrides:
        v = _number(overrides["min_mu"], "参评最小用地面积")
        if v < 0:
            raise UserError(_("参评最小用地面积不能为负数"))
        changes["min_mu"] = v
    if "industry_benchmarks" in overrides:
        changes["industry_benchmarks"] = _industry_benchmarks(
            overrides["industry_benchmarks"], specs
        )
    if "small_weights" in overrides:
        changes["small_weights"] = _small_weights(overrides["small_weights"], specs)
    if "plot_ratio" in overrides:
        v = _number(overrides["plot_ratio"], "折算用地的容积率")
        if v <= 0:
            raise UserError(_("折算用地的容积率应大于 0（如 1.2）"))
        changes["plot_ratio"] = v
    if "min_weight_share" in overrides:
        v = _number(overrides["min_weight_share"], "参评所需指标权重占比")
        if not 0 < v <= 1:
            raise UserError(_("参评所需指标权重占比应在 0 到 1 之间（如 0.5 表示一半）"))
        changes["min_weight_share"] = v
    if "due_soon_days" in overrides:
        v = _number(overrides["due_soon_days"], "节点提醒天数")
        if v < 0 or v != int(v):
            raise UserError(_("节点提醒天数应为非负整数"))
        changes["due_soon_days"] = int(v)
    if "report_due" in overrides:
        raw = overrides["report_due"]
        m = re.fullmatch(r"(\d{1,2})-(\d{1,2})", str(raw))
        try:
            if m is None:
                raise ValueError
            date(2001, int(m[1]), int(m[2]))
        except ValueError:
            raise UserError(
                _("年报截止日应写成“月-日”，如 04-30，实际为 {raw!r}").format(raw=raw)
            ) from None
        changes["report_due"] = f"{int(m[1]):02d}-{int(m[2]):02d}"
    if "local_retention_pct" in overrides:
        v = _number(overrides["local_retention_pct"], "地方留成比例")
        if not 0 <= v <= 100:
            raise UserError(_("地方留成比例应在 0 到 100 之间"))
        changes["local_retention_pct"] = v
    return replace(method, **changes)


def base_method(db: Database) -> Method:
    """The shipped defaults for this database's catalog (before staff overrides)."""
    try:
        cat = catalog_store.current(db)
        return default_method(cat.indicators, cat.appraisal_min_mu)
    except Exception:
        # A catalog that cannot be read must not stop the appraisal: the built-in defaults
        # are the same published scheme.
        return default_method()


def load_method(db: Database) -> Method:
    """The method in force: the shipped defaults plus staff overrides (setting appraisal.method)."""
    overrides = db.get_setting(METHOD_SETTING) or {}
    try:
        return apply_overrides(base_method(db), overrides)
    except UserError:
        # A stored setting that no longer validates (e.g. after a catalog change) falls back
        # to the defaults rather than blocking every view; `projects method` shows it.
        return base_method(db)


def save_method(db: Database, overrides: dict[str, Any]) -> Method:
    """Validate and store staff overrides (merged into those already stored); audited."""
    current = dict(db.get_setting(METHOD_SETTING) or {})
    merged = dict(current)
    for key, value in overrides.items():
        if key == "industry_benchmarks" and isinstance(value, dict):
            old = current.get(key) or {}
            merged[key] = {
                **old,
                **{c: {**(old.get(c) or {}), **(t or {})} for c, t in value.items()},
            }
        elif key == "small_weights" and isinstance(value, dict):
            merged[key] = dict(
                value
            )  # the 规下 set is replaced whole: it is a choice of indicators
        elif key in ("weights", "benchmarks", "cutoffs", "shares") and isinstance(value, dict):
            merged[key] = {**(current.get(key) or {}), **value}
        else:
            merged[key] = value
    method = apply_overrides(base_method(db), merged)
    db.set_setting(METHOD_SETTING, merged)
    return method


def reset_method(db: Database) -> Method:
    """Forget staff overrides: back to the shipped defaults (audited)."""
    db.set_setting(METHOD_SETTING, {})
    return base_method(db)


# -- validation shared by the importer and the edit dialog --------------------------------


def report_problems(project: Project, report: Report, today: date) -> list[tuple[str, str]]:
    """Reasons (field, Chinese text) why ``report`` cannot be stored for ``project``."""
    problems: list[tuple[str, str]] = []
    agreement_year = project.agreement_date.year
    if report.year < agreement_year:
        problems.append(
            (
                "year",
                f"年度 {report.year} 早于项目签约年度 {agreement_year}（签约日期 {project.agreement_date.isoformat()}）",
            )
        )
    if report.year > today.year:
        problems.append(("year", f"年度 {report.year} 晚于今年（{today.year}），不能提前填报"))
    for key, (name, unit) in REPORT_FIELDS.items():
        value = getattr(report, key)
        if value is None:
            continue
        if not math.isfinite(value):
            problems.append((key, f"{name}不是有效数字"))
        elif value < 0:
            problems.append((key, f"{name}不能为负数（{value:g} {unit}）"))
    if report.jobs is not None and math.isfinite(report.jobs) and report.jobs != int(report.jobs):
        problems.append(("jobs", f"从业人数应为整数，实际为 {report.jobs:g}"))
    return problems


def report_warnings(project: Project, report: Report) -> list[tuple[str, str]]:
    """Gaps that do not stop a report from being stored but weaken its appraisal."""
    warnings: list[tuple[str, str]] = []
    if report.energy_tce is None:
        warnings.append(
            ("energy_tce", "综合能耗缺失：单位能耗增加值不参与评分，其权重按比例分摊到其余指标")
        )
    land = report.land_in_use if report.land_in_use is not None else project.land_mu
    if land is not None and land == 0:
        warnings.append(
            ("land_in_use", "用地面积为 0：亩均指标无法计算（不视为无穷大），不参与亩均评价")
        )
    return warnings


def project_problems(project: Project) -> list[tuple[str, str]]:
    """Reasons (field, Chinese text) why ``project`` cannot be stored."""
    problems: list[tuple[str, str]] = []
    if not project.name.strip():
        problems.append(("name", "项目名称不能为空"))
    if project.land_mu is not None and (not math.isfinite(project.land_mu) or project.land_mu < 0):
        problems.append(("land_mu", f"用地面积不能为负数（{project.land_mu:g} 亩）"))
    if project.floor_m2 is not None and (
        not math.isfinite(project.floor_m2) or project.floor_m2 < 0
    ):
        problems.append(("floor_m2", f"租赁厂房面积不能为负数（{project.floor_m2:g} 平方米）"))
    for key in (
        "reward_share_pct",
        "reward_local_pct",
        "reward_cap",
        "penalty_deposit",
        "penalty_land_price",
    ):
        value = getattr(project, key)
        if value is not None and (not math.isfinite(value) or value < 0):
            problems.append((key, f"{_TERM_NAMES[key]}不能为负数"))
    for key in ("reward_share_pct", "reward_local_pct"):
        value = getattr(project, key)
        if value is not None and value > 100:
            problems.append((key, f"{_TERM_NAMES[key]}不能超过 100%"))
    if project.reward_years is not None and project.reward_years < 0:
        problems.append(("reward_years", "奖励年限不能为负数"))
    for c in project.commitments:
        if c.item not in ITEMS:
            problems.append((f"c_{c.item}", f"未知的承诺指标“{c.item}”"))
        elif not math.isfinite(c.committed) or c.committed < 0:
            problems.append((f"c_{c.item}", f"承诺{ITEMS[c.item][0]}不能为负数"))
    for m in project.milestones:
        if m.kind not in MILESTONES:
            problems.append((f"done_{m.kind}", f"未知的项目节点“{m.kind}”"))
        elif m.done is not None and m.done < project.agreement_date:
            problems.append(
                (
                    f"done_{m.kind}",
                    f"{MILESTONES[m.kind]}完成日期 {m.done.isoformat()} 早于签约日期",
                )
            )
    return problems


_TERM_NAMES = {
    "reward_share_pct": "奖励比例",
    "reward_local_pct": "地方留成比例",
    "reward_cap": "年度奖励上限",
    "penalty_deposit": "履约保证金",
    "penalty_land_price": "补缴地价",
}


# -- database access ----------------------------------------------------------------------


def _utc_stamp() -> str:
    """UTC as SQLite's ``datetime('now')`` writes it (``YYYY-MM-DD HH:MM:SS``), on both engines."""
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S")


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def load_projects(db: Database, ids: list[int] | None = None) -> list[Project]:
    """All projects (or those in ``ids``) with commitments, milestones and reports."""
    where, params = "", tuple[int, ...]()
    if ids is not None:
        if not ids:
            return []
        where = f"WHERE p.id IN ({','.join('?' * len(ids))})"
        params = tuple(ids)
    rows = db.query(
        f"SELECT p.*, f.name AS firm FROM projects p JOIN firms f ON f.id = p.firm_id {where} "
        "ORDER BY p.agreement_date, p.id",
        params,
    )
    projects: dict[int, Project] = {}
    for r in rows:
        kw = {k: r[k] for k in PROJECT_COLUMNS}
        for k in _BOOL_COLUMNS:
            kw[k] = bool(kw[k])
        for k in ("zone", "town", "direction", "segment", "reward_text", "penalty_text"):
            kw[k] = kw[k] or ""
        kw["note"] = kw["note"] or ""
        kw["source"] = kw["source"] or ""
        kw["agreement_date"] = date.fromisoformat(r["agreement_date"])
        projects[r["id"]] = Project(id=r["id"], firm=r["firm"], **kw)
    if not projects:
        return []
    sel = f"WHERE project_id IN ({','.join('?' * len(projects))})"
    keys = tuple(projects)
    for r in db.query(f"SELECT * FROM project_commitments {sel}", keys):
        projects[r["project_id"]].commitments.append(
            Commitment(r["item"], r["committed"], _d(r["due"]), r["note"] or "")
        )
    order = list(ITEMS)
    for p in projects.values():
        p.commitments.sort(key=lambda c: order.index(c.item) if c.item in order else 99)
    for r in db.query(f"SELECT * FROM project_milestones {sel}", keys):
        projects[r["project_id"]].milestones.append(
            Milestone(r["kind"], _d(r["due"]), _d(r["done"]), r["note"] or "")
        )
    morder = list(MILESTONES)
    for p in projects.values():
        p.milestones.sort(key=lambda m: morder.index(m.kind) if m.kind in morder else 99)
    for r in db.query(f"SELECT * FROM project_reports {sel} ORDER BY year", keys):
        kw = {k: r[k] for k in REPORT_FIELDS}
        projects[r["project_id"]].reports[r["year"]] = Report(
            year=r["year"], source=r["source"] or "", note=r["note"] or "", **kw
        )
    for r in db.query(f"SELECT * FROM project_adjustments {sel} ORDER BY year, id", keys):
        projects[r["project_id"]].adjustments.append(
            Adjustment(r["year"], r["kind"], r["points"], r["note"] or "", r["id"])
        )
    return list(projects.values())


def adjustment_problem(adj: Adjustment) -> str:
    """Why a bonus or deduction item cannot be stored (Chinese), or '' (the dialog asks
    before it closes, the CLI and the store when they write)."""
    if adj.kind not in ADJUSTMENTS:
        return f"未知的加减分项“{adj.kind}”（可选：{'、'.join(ADJUSTMENTS)}）"
    if adj.points is not None and (not math.isfinite(adj.points) or abs(adj.points) > 100):
        return f"加减分应在 -100 到 100 之间，实际为 {adj.points:g}"
    if adj.kind == "other" and not adj.points:
        return "“其他加减分”须写明分值（如 -5 或 3）"
    return ""


def add_adjustment(db: Database, project_id: int, adj: Adjustment) -> int:
    """Record a bonus or deduction item of a project-year (audited)."""
    problem = adjustment_problem(adj)
    if problem:
        raise UserError(problem)
    get_project(db, project_id)  # raises when there is no such project
    with db.write():
        cur = db.execute(
            "INSERT INTO project_adjustments (project_id, year, kind, points, note, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",  # (datetime('now') is SQLite's: UTC, no 'T')
            (project_id, adj.year, adj.kind, adj.points, adj.note or None, _utc_stamp()),
        )
        new_id = cur.lastrowid
        assert new_id is not None
        db.audit(
            "add",
            "project_adjustment",
            f"{project_id}/{adj.year}",
            {"kind": adj.kind, "points": adj.points, "note": adj.note},
        )
    return new_id


def remove_adjustment(db: Database, adjustment_id: int) -> None:
    """Delete a bonus or deduction item (audited)."""
    rows = db.query("SELECT * FROM project_adjustments WHERE id = ?", (adjustment_id,))
    if not rows:
        raise UserError(_("找不到加减分记录 {adjustment_id}").format(adjustment_id=adjustment_id))
    r = rows[0]
    with db.write():
        db.execute("DELETE FROM project_adjustments WHERE id = ?", (adjustment_id,))
        db.audit(
            "delete",
            "project_adjustment",
            f"{r['project_id']}/{r['year']}",
            {"kind": r["kind"], "points": r["points"], "note": r["note"]},
        )


def get_project(db: Database, project_id: int) -> Project:
    found = load_projects(db, [project_id])
    if not found:
        raise UserError(_("没有编号为 {project_id} 的项目").format(project_id=project_id))
    return found[0]


def find_project(db: Database, ref: str) -> Project:
    """A project by id, agreement number or exact name."""
    ref = ref.strip()
    row = None
    if ref.isdigit():
        row = db.scalar("SELECT id FROM projects WHERE id = ?", (int(ref),))
    if row is None:
        row = db.scalar("SELECT id FROM projects WHERE agreement_no = ?", (ref,))
    if row is None:
        ids = [r[0] for r in db.query("SELECT id FROM projects WHERE name = ?", (ref,))]
        if len(ids) > 1:
            raise UserError(
                _("有 {len} 个项目名为“{ref}”，请用项目编号或协议编号").format(
                    len=len(ids), ref=ref
                )
            )
        row = ids[0] if ids else None
    if row is None:
        raise UserError(_("找不到项目“{ref}”（可用项目编号、协议编号或项目名称）").format(ref=ref))
    return get_project(db, row)


def _project_row(project: Project) -> dict[str, Any]:
    row = {k: getattr(project, k) for k in PROJECT_COLUMNS}
    row["agreement_date"] = project.agreement_date.isoformat()
    for k in _BOOL_COLUMNS:
        row[k] = int(bool(row[k]))
    for k in ("zone", "town", "segment", "reward_text", "penalty_text", "note", "source"):
        row[k] = row[k] or None
    row["agreement_no"] = (project.agreement_no or "").strip() or None
    return row


def snapshot(project: Project) -> dict[str, Any]:
    """A JSON-able picture of a project's stored fields, for the audit log."""
    snap = _project_row(project)
    snap["commitments"] = {c.item: [c.committed, _iso(c.due)] for c in project.commitments}
    snap["milestones"] = {m.kind: [_iso(m.due), _iso(m.done)] for m in project.milestones}
    return snap


def save_project(db: Database, project: Project) -> int:
    """Insert or update a project with its commitments and milestones (not its reports)."""
    problems = project_problems(project)
    if problems:
        raise UserError("；".join(reason for _, reason in problems))
    from app.db import now

    if db.scalar("SELECT 1 FROM firms WHERE id = ?", (project.firm_id,)) is None:
        raise UserError(_("没有编号为 {firm_id} 的企业").format(firm_id=project.firm_id))
    row = _project_row(project)
    with db.write():
        if row["agreement_no"]:
            other = db.scalar(
                "SELECT id FROM projects WHERE agreement_no = ? AND id IS NOT ?",
                (row["agreement_no"], project.id),
            )
            if other is not None:
                raise UserError(
                    _("协议编号“{agreement_no}”已被项目 {other} 使用").format(
                        agreement_no=row["agreement_no"], other=other
                    )
                )
        stamp = now()
        if project.id is None:
            cols = [*row, "created_at", "updated_at"]
            cur = db.execute(
                f"INSERT INTO projects ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                (*row.values(), stamp, stamp),
            )
            assert cur.lastrowid is not None  # set by the INSERT above
            project.id = cur.lastrowid
            before = None
        else:
            old = load_projects(db, [project.id])
            if not old:
                raise UserError(_("没有编号为 {id} 的项目").format(id=project.id))
            before = snapshot(old[0])
            db.execute(
                f"UPDATE projects SET {', '.join(f'{k} = ?' for k in row)}, updated_at = ? "
                "WHERE id = ?",
                (*row.values(), stamp, project.id),
            )
        db.execute("DELETE FROM project_commitments WHERE project_id = ?", (project.id,))
        db.conn.executemany(
            "INSERT INTO project_commitments (project_id, item, committed, due, note) "
            "VALUES (?,?,?,?,?)",
            [
                (project.id, c.item, c.committed, _iso(c.due), c.note or None)
                for c in project.commitments
            ],
        )
        db.execute("DELETE FROM project_milestones WHERE project_id = ?", (project.id,))
        db.conn.executemany(
            "INSERT INTO project_milestones (project_id, kind, due, done, note) VALUES (?,?,?,?,?)",
            [
                (project.id, m.kind, _iso(m.due), _iso(m.done), m.note or None)
                for m in project.milestones
            ],
        )
        after = snapshot(project)
        if before is None:
            db.audit("add", "project", project.id, after)
        elif before != after:
            changed = {
                k: {"old": before.get(k), "new": v} for k, v in after.items() if before.get(k) != v
            }
            db.audit("edit", "project", project.id, changed)
    return project.id


def set_milestone_done(db: Database, project_id: int, kind: str, done: date | None) -> None:
    """Record (or clear) the date a milestone was reached (audited)."""
    if kind not in MILESTONES:
        raise UserError(
            _("未知的项目节点“{kind}”（可选：{value}）").format(
                kind=kind, value="、".join(MILESTONES.values())
            )
        )
    project = get_project(db, project_id)
    if done is not None and done < project.agreement_date:
        raise UserError(
            _("{value}完成日期 {isoformat} 早于签约日期").format(
                value=MILESTONES[kind], isoformat=done.isoformat()
            )
        )
    with db.write():
        old = db.query(
            "SELECT done FROM project_milestones WHERE project_id = ? AND kind = ?",
            (project_id, kind),
        )
        db.execute(
            "INSERT INTO project_milestones (project_id, kind, done) VALUES (?,?,?) "
            "ON CONFLICT(project_id, kind) DO UPDATE SET done = excluded.done",
            (project_id, kind, _iso(done)),
        )
        db.audit(
            "milestone",
            "project",
            project_id,
            {"kind": kind, "old": old[0]["done"] if old else None, "new": _iso(done)},
        )


def save_report(
    db: Database,
    project_id: int,
    report: Report,
    *,
    merge: bool = False,
    today: date | None = None,
) -> str:
    """Store one yearly report; returns "added", "updated" or "unchanged".

    The key is (project, year): a second report for the same year replaces the first, so
    figures are never counted twice. ``merge=True`` keeps stored values where ``report`` has
    None (what an import does with empty cells); otherwise the report replaces the row whole.
    """
    project = get_project(db, project_id)
    problems = report_problems(project, report, today or date.today())
    if problems:
        raise UserError("；".join(reason for _, reason in problems))
    from app.db import now

    with db.write():
        row = db.query(
            "SELECT * FROM project_reports WHERE project_id = ? AND year = ?",
            (project_id, report.year),
        )
        new = report.values()
        if row:
            old = {k: row[0][k] for k in REPORT_FIELDS}
            if merge:
                new = {k: (old[k] if v is None else v) for k, v in new.items()}
            note = report.note or (row[0]["note"] if merge else "") or None
            source = report.source or row[0]["source"]
            if new == old and (note or None) == (row[0]["note"] or None):
                return "unchanged"
            db.execute(
                f"UPDATE project_reports SET {', '.join(f'{k} = ?' for k in new)}, "
                "source = ?, note = ?, updated_at = ? WHERE project_id = ? AND year = ?",
                (*new.values(), source, note, now(), project_id, report.year),
            )
            diff = {k: {"old": old[k], "new": v} for k, v in new.items() if old[k] != v}
            db.audit("edit", "project_report", f"{project_id}/{report.year}", diff)
            return "updated"
        db.execute(
            f"INSERT INTO project_reports (project_id, year, {', '.join(new)}, source, note, "
            f"updated_at) VALUES ({', '.join('?' * (len(new) + 5))})",
            (
                project_id,
                report.year,
                *new.values(),
                report.source or None,
                report.note or None,
                now(),
            ),
        )
        db.audit("add", "project_report", f"{project_id}/{report.year}", new)
        return "added"


# -- firms --------------------------------------------------------------------------------


def find_firm(db: Database, *, uscc: str | None = None, name: str | None = None) -> int | None:
    """A firm's id by USCC, then by normalised name; None when there is none."""
    if uscc:
        found = db.scalar("SELECT id FROM firms WHERE uscc = ?", (uscc,))
        if found is not None:
            return int(found)
    if name:
        ids = db.query(
            "SELECT id FROM firms WHERE name_norm = ? ORDER BY id", (normalise_name(name),)
        )
        if ids:
            return int(ids[0][0])
    return None


def add_firm(db: Database, name: str, uscc: str | None = None, *, source: str) -> int:
    """Enter a firm directly (a project's firm that is not in the database yet); audited."""
    from app.db import now

    stamp = now()
    with db.write():
        cur = db.execute(
            "INSERT INTO firms (name, name_norm, uscc, city, source, imported_at, updated_at) "
            "VALUES (?,?,?,?,?,?,?)",
            (name.strip(), normalise_name(name), uscc or None, LOCAL_CITY, source, stamp, stamp),
        )
        assert cur.lastrowid is not None  # set by the INSERT above
        firm_id = cur.lastrowid
        db.audit("add", "firm", firm_id, {"name": name, "uscc": uscc, "source": source})
    return firm_id
