"""Chinese explanations of a firm's score that a colleague can check by hand.

Pure: the caller gathers one firm's numbers in a :class:`FirmScore` (the same numbers the
ranking used) and gets back a one-line ``why`` for lists and a multi-line text for
``chainfill explain``: which segment and why the classifier put the firm there, which gap it
fills and how severe that gap is, which facts raised or lowered the score, and how sure we are.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from catalog.model import POSITION_ZH, STRENGTH_ZH
from resources.i18n import N_, _, is_source
from scoring import capability as cap
from scoring.gaps import Gap
from scoring.ranking import WEIGHT_ZH, Weights, parts

WHY_MAX = 80


@dataclass
class FirmScore:
    """Everything known about one firm's score (plain numbers, 0–1 unless said otherwise)."""

    firm_id: int
    name: str
    city: str = ""
    district: str = ""
    direction: str = ""
    direction_name: str = ""
    segment: str = ""
    segment_name: str = ""
    position: str = ""
    key: bool = False
    p_direction: float | None = None
    p_segment: float | None = None
    confirmed: bool = False
    probability: float = 0.0  # P(segment) used by gap fit
    gap: Gap | None = None
    gap_value: float = 0.0
    gap_fit: float = 0.0
    capability: float | None = None  # re-weighted over known facts; None if nothing known
    coverage: float = 0.0  # share of capability weight that was known
    capability_eff: float = cap.NEUTRAL
    factors: dict[str, float] = field(default_factory=dict)
    facts: dict[str, Any] = field(default_factory=dict)
    propensity: float | None = None
    propensity_reasons: list[tuple[str, str, str]] = field(default_factory=list)
    propensity_source: str = N_("先验规则")
    score: float | None = None  # 0–100; None when the firm is not a candidate
    weights: Weights = field(default_factory=Weights)
    candidate: bool = True

    @property
    def classification_certainty(self) -> float:
        """How sure the classification is: P(segment) for a firm in the catalog; for a firm
        outside it, the classifier's probability of "none" (1 when staff confirmed it)."""
        if self.direction:
            return self.probability
        if self.confirmed or self.p_direction is None:
            return 1.0
        return float(self.p_direction)

    @property
    def confidence(self) -> float:
        """Overall confidence: geometric mean of classification certainty and fact coverage."""
        return math.sqrt(max(self.classification_certainty, 0.0) * max(self.coverage, 0.0))


def confidence_label(c: float) -> str:
    return N_("高") if c >= 0.7 else (N_("中") if c >= 0.4 else N_("低"))


def _pct(x: float | None) -> str:
    return "—" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{100 * x:.0f}%"


def money(wan: float | None) -> str:
    """An amount in 万元 as a person would say it."""
    if wan is None or (isinstance(wan, float) and math.isnan(wan)):
        return "—"
    if not is_source():  # English, as app.fmt and ui.fmt write it
        yuan = wan * 10_000
        if abs(yuan) >= 1e9:
            return f"CNY {yuan / 1e9:,.2f} bn"
        return f"CNY {yuan / 1e6:,.1f} m" if abs(yuan) >= 1e6 else f"CNY {yuan:,.0f}"
    if abs(wan) >= 10_000:
        return f"{wan / 10_000:.1f} 亿元"
    return f"{wan:,.0f} 万元"


def fact_text(
    name: str, facts: dict[str, Any], money: Callable[[float], str | None] = money
) -> str:
    """The fact behind a capability factor, for the reader to check (``money`` formats
    amounts in 万元: the app passes its own formatter)."""
    v = facts.get(name)
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    if name in ("revenue", "capital"):
        return money(float(v)) or ""
    if name == "employees":
        return _("{n} 人").format(n=f"{v:,.0f}")
    if name in ("growth", "rd"):
        return f"{100 * v:.1f}%"
    if name == "patents":
        return _("{n} 件").format(n=f"{v:,.0f}")
    return ""


def segment_label(fs: FirmScore) -> str:
    if not fs.direction:
        return _("不属于目录方向")
    if fs.segment_name:
        return f"{fs.direction_name}·{fs.segment_name}"
    return _("{direction}（环节未定）").format(direction=fs.direction_name)


def why(fs: FirmScore, limit: int = WHY_MAX) -> str:
    """One line (≤ ``limit`` characters) for lists: gap, top factors, confidence; in the
    language in force (Chinese in the CLI and in print)."""
    if fs.direction and fs.gap is not None:
        g = fs.gap
        strength = _(STRENGTH_ZH[g.strength])
        head = (
            _("补{segment}缺口（{strength}·重点）") if g.key else _("补{segment}缺口（{strength}）")
        ).format(segment=segment_label(fs), strength=strength)
    elif fs.direction:
        head = _("{segment}（缺口 {gap}）").format(
            segment=segment_label(fs), gap=f"{fs.gap_value:.2f}"
        )
    else:
        head = _("不属于目录方向，无补链作用")
    bits: list[str] = []
    for _name, sign, label in cap.reasons(fs.factors):
        if sign == "+" and sum(1 for b in bits if b[0] == "+") < 2:
            bits.append(f"+{_(label)}")
        elif sign == "−" and sum(1 for b in bits if b[0] == "−") < 1:
            bits.append(f"−{_(label)}")
    # Place and manufacturing are what propensity adds beyond capability's facts.
    for name, sign, label in fs.propensity_reasons:
        if sign == "+" and name in ("land", "proximity", "manufacturing"):
            bits.append(f"+{_(label)}")
            break
    tail = []
    if fs.direction and not fs.confirmed and fs.probability < 0.5:
        tail.append(_("分类把握{p}").format(p=_pct(fs.probability)))
    if fs.coverage < 0.5:
        tail.append(_("资料仅{p}").format(p=_pct(fs.coverage)))
    sep = _("；")
    line = head
    for items, joiner in ((bits, " "), (tail, _("，"))):
        # Drop trailing factors one by one (whole ones: an English label has spaces) until
        # the line fits.
        items = list(items)
        while items and len(f"{line}{sep}{joiner.join(items)}") > limit:
            items.pop()
        if items:
            line = f"{line}{sep}{joiner.join(items)}"
    return line[:limit]


def full_text(
    fs: FirmScore, classifier: Any = None, direction_names: dict[str, str] | None = None
) -> str:
    """The multi-line explanation for ``chainfill explain`` and the UI's detail panel.

    ``classifier`` is an optional ``scoring.classifier.Explanation`` for the firm's text
    (``evidence: list[(substring, weight)]``, ``alternatives: list[(direction, prob)]``);
    ``direction_names`` turns the alternatives' direction codes into names.
    """
    lines: list[str] = []
    place = f"{fs.city}{fs.district}" if (fs.city or fs.district) else _("地点不明")
    lines.append(
        _("企业：{name}（{place}，编号 {id}）").format(name=fs.name, place=place, id=fs.firm_id)
    )
    if fs.candidate and fs.score is not None:
        p = parts(fs.gap_fit, fs.capability_eff, fs.propensity or 0.0, fs.weights)
        w = fs.weights.normalised()
        lines.append(
            _("得分：{score} / 100 = {parts}（权重 {w1} / {w2} / {w3}）").format(
                score=f"{fs.score:.1f}",
                parts=" + ".join(
                    f"{_(WEIGHT_ZH[k])} {p[k]:.1f}" for k in ("gap_fit", "capability", "propensity")
                ),
                w1=f"{w.gap_fit:.2f}",
                w2=f"{w.capability:.2f}",
                w3=f"{w.propensity:.2f}",
            )
        )
    else:
        lines.append(
            _("得分：不参与排名（只对深圳市、广州市的企业排名；东莞企业作为本地基础的依据）")
        )

    # Segment and why the classifier put the firm there.
    if fs.direction:
        pos = _(POSITION_ZH.get(fs.position, ""))
        lines.append(
            _("所属环节：{segment}").format(segment=segment_label(fs))
            + (_("（{position}）").format(position=pos) if pos else "")
        )
        if fs.confirmed:
            lines.append("  " + _("分类由工作人员确认"))
        else:
            lines.append(
                "  "
                + _("分类把握：{p}（方向 {pd}{ps}）").format(
                    p=_pct(fs.probability),
                    pd=_pct(fs.p_direction),
                    ps=_(" × 环节 {p}").format(p=_pct(fs.p_segment))
                    if fs.p_segment is not None
                    else "",
                )
            )
        ev = list(getattr(classifier, "evidence", None) or [])
        if ev:
            shown = "、".join(f"“{s}”" for s, w in ev[:5] if w > 0) or "、".join(
                f"“{s}”" for s, _ in ev[:5]
            )
            lines.append("  " + _("判断依据（企业文字中起作用的词）：{words}").format(words=shown))
        alts = _alternatives(classifier, direction_names or {})
        if alts:
            lines.append("  " + _("其他可能：{alternatives}").format(alternatives=alts))
    else:
        lines.append(_("所属环节：不属于 21 个目录方向（补链契合度为 0）"))
        if not fs.confirmed and fs.p_direction is not None:
            lines.append(
                "  " + _("分类把握：{p}（模型判断不属于目录方向）").format(p=_pct(fs.p_direction))
            )

    # The gap.
    if fs.gap is not None:
        g = fs.gap
        lines.append(
            _(
                "补链缺口：本地基础“{strength}”，{key}，库中东莞企业 {n} 家{large}，缺口 {gap}"
            ).format(
                strength=_(STRENGTH_ZH[g.strength]),
                key=_("十大重点产业") if g.key else _("非重点方向"),
                n=g.local_firms,
                large=_("（{n} 家规模较大）").format(n=g.large_firms) if g.large_firms else "",
                gap=f"{g.gap:.2f}",
            )
        )
        if g.gap_note:
            lines.append("  " + _("规划要点：{note}").format(note=g.gap_note))
        if g.review and g.note:
            lines.append("  " + _("复核提示：{note}").format(note=g.note))
        lines.append(
            "  "
            + _("补链契合度 = 缺口 {gap} × 分类把握 {p} = {fit}").format(
                gap=f"{g.gap:.2f}", p=_pct(fs.probability), fit=f"{fs.gap_fit:.2f}"
            )
        )
    elif fs.direction:
        lines.append(
            _("补链缺口：环节未定，取该方向各环节缺口的平均 {gap}；补链契合度 {fit}").format(
                gap=f"{fs.gap_value:.2f}", fit=f"{fs.gap_fit:.2f}"
            )
        )

    # Capability.
    if fs.capability is None:
        lines.append(_("企业实力：无任何规模、研发、资质数据，按中性值计入"))
    else:
        lines.append(
            _("企业实力：{capability}（资料完整度 {coverage}，按 {counted} 计入）").format(
                capability=f"{100 * fs.capability:.0f}",
                coverage=_pct(fs.coverage),
                counted=f"{100 * fs.capability_eff:.0f}",
            )
        )
    for name, sign, label in cap.reasons(fs.factors):
        fact = fact_text(name, fs.facts)
        if sign == "?":
            lines.append("  ? " + _("{label} → 置信度降低").format(label=_(label)))
        else:
            lines.append(
                f"  {sign} {_(label)}" + (_("（{fact}）").format(fact=fact) if fact else "")
            )

    # Propensity.
    if fs.propensity is not None:
        lines.append(
            _("落地可能性：{p}（{source}）").format(
                p=_pct(fs.propensity), source=_(fs.propensity_source)
            )
        )
        for _name, sign, label in fs.propensity_reasons:
            extra = ""
            if _name in ("land", "proximity") and fs.district:
                extra = _("（{district}）").format(district=fs.district)
            lines.append(f"  {sign} {_(label)}{extra}")

    c = fs.confidence
    lines.append(
        _("总体把握：{level}（{c}：分类 {classified}，资料完整度 {coverage}）").format(
            level=_(confidence_label(c)),
            c=_pct(c),
            classified=_pct(fs.classification_certainty),
            coverage=_pct(fs.coverage),
        )
    )
    return "\n".join(lines)


def _alternatives(classifier: Any, names: dict[str, str]) -> str:
    alts = getattr(classifier, "alternatives", None) or []
    out: list[str] = []
    for a in list(alts):
        if len(out) >= 3:
            break
        if isinstance(a, tuple | list) and len(a) >= 2:
            code, p = a[0], a[1]
        else:
            continue
        try:
            prob = float(p)
        except (TypeError, ValueError):
            continue
        if prob < 0.01:  # a 0 % alternative is noise, not a doubt worth reading
            continue
        label = names.get(code, code) if code else _("不属于目录方向")
        out.append(f"{label} {_pct(prob)}")
    return "、".join(out)


def factors_json(fs: FirmScore) -> list[dict[str, Any]]:
    """The raising/lowering factors as records (for ``explain --json`` and the UI)."""
    out = [
        {
            "kind": "capability",
            "factor": n,
            "sign": s,
            "label": lab,
            "fact": fact_text(n, fs.facts),
        }
        for n, s, lab in cap.reasons(fs.factors)
    ]
    out += [
        {"kind": "propensity", "factor": n, "sign": s, "label": lab, "fact": ""}
        for n, s, lab in fs.propensity_reasons
    ]
    return out
