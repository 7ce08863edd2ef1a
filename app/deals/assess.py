"""The pre-entry assessment sheet (项目评估) of a deal: data, and the one-page HTML.

Each item says what was found, against which threshold, and where the figure comes from. The
program flags; the recommendation (建议引进 / 有条件引进 / 暂缓) is set by staff and only
shown here. Thresholds the plan does not give are the bureau's to set and say so.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from app import fmt
from app.deals.model import ENERGY_CLASSES, RECOMMENDATIONS, Deal, get_deal, person
from app.errors import UserError
from catalog import plan
from resources.i18n import N_, _, in_source_language

if TYPE_CHECKING:
    from app.db import Database

TITLE = "拟引进项目评估表"
ORG = "东莞市商务局"
# The plan's own sentence on assessing projects, quoted verbatim (tests check it in the text).
PLAN_QUOTE = "坚持科学评估项目，引入第三方机构，客观独立对拟引进项目进行评估"
PLAN_SOURCE = "《东莞市重点新兴产业发展规划（2018-2025年）》七（二）3"
BUREAU_DEFAULT = N_("出厂默认值，无公开出处，须由本局设定")
THRESHOLD_SETTING = "deals.intensity"
# 万元/亩: a factory default for the bureau to replace (设置 or the database setting above)
DEFAULT_INTENSITY = 300.0
MAJOR_PROJECT_WAN = 100000.0  # 10 亿元: a factory default for what goes to the leading group
STRENGTH_ZH = {
    "missing": N_("缺失"),
    "weak": N_("薄弱"),
    "present": N_("具备"),
    "strong": N_("优势"),
}

PASS, WARN, FAIL, UNKNOWN = N_("符合"), N_("关注"), N_("不足"), N_("缺数据")


def verdict_label(verdict: str) -> str:
    """A finding's verdict (stored in Chinese) in the language in force."""
    return _(verdict)


@dataclass
class Item:
    title: str
    finding: str
    benchmark: str
    verdict: str  # PASS / WARN / FAIL / UNKNOWN
    source: str

    def to_json(self) -> dict[str, str]:
        return asdict(self)


@dataclass
class Assessment:
    deal: Deal
    officer: str
    today: str
    items: list[Item] = field(default_factory=list)
    risks: list[str] = field(default_factory=list)
    major: bool = False
    direction_name: str = ""

    @property
    def recommendation(self) -> str | None:
        r = self.deal.recommendation
        return RECOMMENDATIONS.get(r) if r else None

    def to_json(self) -> dict[str, Any]:
        d = self.deal
        return {
            "deal": {"id": d.id, "name": d.name, "firm": {"id": d.firm_id, "name": d.firm}},
            "officer": self.officer,
            "date": self.today,
            "items": [i.to_json() for i in self.items],
            "risks": self.risks,
            "major_project": self.major,
            "recommendation": self.recommendation,
            "recommendation_note": d.recommendation_note or None,
            "recommendation_by": "经办人员",
            "plan": {"quote": PLAN_QUOTE, "source": PLAN_SOURCE},
        }


def thresholds(db: Database) -> tuple[float, dict[str, float]]:
    """(city-wide intensity threshold, per-town thresholds) in 万元/亩."""
    raw = db.get_setting(THRESHOLD_SETTING, {}) or {}
    city = float(raw.get("city", DEFAULT_INTENSITY)) if isinstance(raw, dict) else DEFAULT_INTENSITY
    towns = raw.get("towns", {}) if isinstance(raw, dict) else {}
    return city, {str(k): float(v) for k, v in (towns or {}).items()}


def set_thresholds(
    db: Database, city: object = None, towns: dict[str, object] | None = None
) -> tuple[float, dict[str, float]]:
    """Set the bureau's intensity thresholds (万元/亩): city-wide and/or per town (an empty
    value removes a town's own). Values are parsed like amounts; UserError names a bad one."""
    from app.deals.model import parse_wan, town_name

    current_city, current_towns = thresholds(db)
    new_city = current_city
    if city is not None:
        parsed = parse_wan(city, "全市投资强度门槛（万元/亩）", required=True)
        assert parsed is not None
        if parsed <= 0:
            raise UserError(_("全市投资强度门槛须大于 0"))
        new_city = parsed
    new_towns = dict(current_towns)
    for town, value in (towns or {}).items():
        name = town_name(town)
        if value is None or str(value).strip() == "":
            new_towns.pop(name, None)
            continue
        parsed = parse_wan(value, f"{name}投资强度门槛（万元/亩）", required=True)
        if parsed is None or parsed <= 0:
            raise UserError(_("{name}投资强度门槛须大于 0").format(name=name))
        new_towns[name] = parsed
    db.set_setting(THRESHOLD_SETTING, {"city": new_city, "towns": new_towns})  # audited there
    return new_city, new_towns


@in_source_language  # the sheet is printed for Chinese readers whatever the interface speaks
def printed(db: Database, deal_id: int | str, today: date | None = None) -> tuple[Assessment, str]:
    """The assessment sheet as printed: its findings and its HTML, in Chinese."""
    a = build(db, deal_id, today)
    return a, to_html(a)


def build(db: Database, deal_id: int | str, today: date | None = None) -> Assessment:
    from app.projects.model import load_method

    d = get_deal(db, deal_id)
    a = Assessment(d, d.owner or person(), (today or date.today()).isoformat())
    firm = dict(db.query("SELECT * FROM firms WHERE id = ?", (d.firm_id,))[0])
    firm_src = _("企业库（{source}）").format(source=firm.get("source") or _("手工录入"))
    deal_src = _("招商项目 {id} 登记信息（经办人填写）").format(id=d.id)

    # 1. investment intensity
    city, towns = thresholds(db)
    town_t = towns.get(d.town) if d.town else None
    limit = town_t if town_t is not None else city
    limit_src = (
        _("{town}投资强度门槛（本局设定）").format(town=d.town)
        if town_t is not None
        else _("全市门槛，{default}").format(default=_(BUREAU_DEFAULT))
    )
    if d.intensity is None:
        a.items.append(
            Item(
                _("投资强度"),
                _("未填计划投资或用地（租赁厂房不计）"),
                _("≥ {limit} 万元/亩").format(limit=fmt.figure(limit)),
                UNKNOWN,
                deal_src,
            )
        )
    else:
        a.items.append(
            Item(
                _("投资强度"),
                _("{intensity} 万元/亩（{amount} ÷ {land} 亩）").format(
                    intensity=fmt.figure(d.intensity),
                    amount=fmt.money(d.amount),
                    land=fmt.figure(d.land_mu),
                ),
                _("≥ {limit} 万元/亩（{source}；产业目录未设门槛）").format(
                    limit=fmt.figure(limit), source=limit_src
                ),
                PASS if d.intensity >= limit else FAIL,
                deal_src,
            )
        )

    # 2. expected output and tax per mu against the 亩均 benchmarks of the appraisal method
    method = load_method(db)
    for key, value, what in (
        ("output_per_mu", d.expected_output, _("预计亩均产值")),
        ("tax_per_mu", d.expected_tax, _("预计亩均税收")),
    ):
        spec = method.spec(key)
        bench = _("{indicator}基准 {benchmark} {unit}（项目履约评价方法，{default}）").format(
            indicator=_(spec.name),
            benchmark=fmt.figure(spec.benchmark),
            unit=_(spec.unit),
            default=_(BUREAU_DEFAULT),
        )
        if value is None or not d.land_mu:
            a.items.append(Item(what, _("未填预计产值/税收或用地"), bench, UNKNOWN, deal_src))
        else:
            per = value / d.land_mu
            verdict = (
                PASS if per >= spec.benchmark else (WARN if per >= 0.7 * spec.benchmark else FAIL)
            )
            a.items.append(
                Item(what, f"{fmt.figure(per)} {_(spec.unit)}", bench, verdict, deal_src)
            )

    # 3. catalog fit and the gap it fills, from the ranking
    from app import catalog_store

    cat = catalog_store.current(db)
    direction = cat.direction(d.direction) if d.direction else None
    seg = next((s for s in cat.segments() if s.code == d.segment), None) if d.segment else None
    score = db.query("SELECT score, gap_fit FROM scores WHERE firm_id = ?", (d.firm_id,))
    a.direction_name = direction.name if direction is not None else ""
    if direction is None:
        a.items.append(
            Item(_("目录契合"), _("未填产业方向"), _("属产业目录方向"), UNKNOWN, deal_src)
        )
    else:
        text = f"{direction.name}" + (_("（重点发展）") if direction.key else "")
        if seg is not None:
            text += _(" · {segment}：本地{strength}").format(
                segment=seg.name, strength=_(STRENGTH_ZH.get(seg.strength, seg.strength))
            )
        if score and score[0]["score"] is not None:
            text += _("；企业推荐分 {score}（满分 100）").format(score=f"{score[0]['score']:.1f}")
            if score[0]["gap_fit"] is not None:
                text += _("，补链契合 {fit}").format(fit=f"{score[0]['gap_fit'] * 100:.0f}")
        fills = seg is not None and seg.strength in ("missing", "weak")
        a.items.append(
            Item(
                _("目录契合与补链"),
                text,
                _("属目录方向；补本地缺失或薄弱环节为佳"),
                PASS if fills or (seg is None and direction.key) else WARN,
                _("产业目录（本局修订版）；推荐排名（企业库评分）"),
            )
        )

    # 4. technology level
    tech = []
    if firm.get("high_tech") is not None:
        tech.append(_("高新技术企业") if firm["high_tech"] else _("非高新技术企业"))
    if firm.get("rd_ratio") is not None:
        # rd_ratio is a fraction of revenue (0.05 = 5 %), as everywhere in the firm register
        tech.append(_("研发投入占营收 {share}").format(share=fmt.percent(firm["rd_ratio"])))
    if firm.get("patents") is not None:
        tech.append(_("专利 {n} 件").format(n=firm["patents"]))
    if not tech:
        a.items.append(
            Item(
                _("技术水平"),
                _("企业库无高新、研发、专利数据"),
                _("高新技术企业、研发投入 ≥ 3%"),
                UNKNOWN,
                firm_src,
            )
        )
    else:
        good = bool(firm.get("high_tech")) or (firm.get("rd_ratio") or 0) >= 0.03
        a.items.append(
            Item(
                _("技术水平"),
                _("，").join(tech),
                _("高新技术企业、研发投入 ≥ 3%"),
                PASS if good else WARN,
                firm_src,
            )
        )

    # 5. energy and environmental load
    if d.energy_class:
        label = _(ENERGY_CLASSES[d.energy_class])
        verdict = {"low": PASS, "medium": WARN, "high": FAIL}[d.energy_class]
        a.items.append(
            Item(
                _("能耗与环保负荷"),
                f"{label}",
                _("低负荷为佳；高负荷须专项论证"),
                verdict,
                deal_src,
            )
        )
    else:
        a.items.append(Item(_("能耗与环保负荷"), _("未评定"), _("低/中/高"), UNKNOWN, deal_src))

    # 6. capability and risks
    cap = []
    if firm.get("revenue") is not None:
        cap.append(_("营业收入 {amount}").format(amount=fmt.money(firm["revenue"])))
    if firm.get("registered_capital") is not None:
        cap.append(_("注册资本 {amount}").format(amount=fmt.money(firm["registered_capital"])))
    if firm.get("employees") is not None:
        cap.append(_("员工 {n} 人").format(n=firm["employees"]))
    missing = [
        name
        for key, name in (
            ("revenue", _("营业收入")),
            ("registered_capital", _("注册资本")),
            ("employees", _("员工人数")),
            ("uscc", _("统一社会信用代码")),
        )
        if firm.get(key) in (None, "")
    ]
    if missing:
        a.risks.append(_("数据缺口：企业库缺{fields}").format(fields=_("、").join(missing)))
    growth = firm.get("revenue_growth")
    if growth is not None and growth < -0.1:
        a.risks.append(_("经营下滑：营业收入增长 {growth}").format(growth=fmt.percent(growth)))
    if d.amount and firm.get("revenue") and d.amount > 2 * firm["revenue"]:
        a.risks.append(
            _("投资规模大于企业体量：计划投资 {amount}，营业收入 {revenue}").format(
                amount=fmt.money(d.amount), revenue=fmt.money(firm["revenue"])
            )
        )
    if d.amount and firm.get("registered_capital") and d.amount > 10 * firm["registered_capital"]:
        a.risks.append(_("资本实力偏弱：计划投资超过注册资本十倍"))
    a.items.append(
        Item(
            _("企业实力与风险"),
            _("，").join(cap) if cap else _("企业库无经营数据"),
            _("经营稳定、数据完整"),
            UNKNOWN if not cap else (WARN if a.risks else PASS),
            firm_src,
        )
    )
    a.major = bool(d.amount and d.amount >= MAJOR_PROJECT_WAN)
    return a


def plan_quote_ok() -> bool:
    """Whether :data:`PLAN_QUOTE` is the plan's text, verbatim."""
    return plan.normalize(PLAN_QUOTE) in plan.normalize(plan.text())


# -- HTML ---------------------------------------------------------------------------------------
# The markup is in resources/templates/deal_*.html; here is what the templates are given.
VERDICT_COLOUR = {PASS: "#1E7B4A", WARN: "#B9770E", FAIL: "#B03A2E", UNKNOWN: "#6B7480"}


def _facts(a: Assessment) -> list[tuple[str, str, str, str]]:
    """The sheet's head: label/value pairs, two per line."""
    d = a.deal
    area = f"{fmt.figure(d.land_mu)} 亩" if d.land_mu else f"{fmt.figure(d.floor_m2)} ㎡"
    return [
        ("企业", d.firm, "项目类型", d.type_label),
        ("计划投资", fmt.money(d.amount) or "—", "阶段", d.stage_label),
        ("用地 / 面积", area, "意向镇街", d.town or "—"),
        ("产业方向", a.direction_name or d.direction or "—", "载体", d.site or "—"),
        (
            "预计年产值",
            fmt.money(d.expected_output) or "—",
            "预计年税收",
            fmt.money(d.expected_tax) or "—",
        ),
    ]


def to_html(a: Assessment) -> str:
    """The assessment sheet as HTML for Qt's rich-text engine."""
    from app import templates

    return templates.render(
        "deal_assessment.html",
        a=a,
        d=a.deal,
        facts=_facts(a),
        major_amount=fmt.money(MAJOR_PROJECT_WAN),
        **templates.constants(globals()),
    )
