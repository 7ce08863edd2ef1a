"""A firm's score in a section chief's words: two or three sentences, no arithmetic.

``chainfill explain``, the 推荐 detail panel and the dossier's 详细说明 lead with this text;
the arithmetic (``scoring.explain.full_text``) stays one click away (``explain --detail``,
计算明细 in the app, ``detail`` in ``explain --json``). The three sentences answer what a
reader asks, in this order: which gap of Dongguan's chain the firm fills and how sure we are
of that; why the firm is strong (or what we do not know about it); what speaks for or against
its coming. The classifier's evidence phrases are quoted as ``model.explain`` gives them.
"""

from __future__ import annotations

import math
from typing import Any

from app.fmt import money
from resources.i18n import N_, _, is_source
from scoring.explain import fact_text

# The gap strength codes of scoring.gaps, in words a reader uses.
_STRENGTH = {
    "missing": N_("空白"),
    "weak": N_("薄弱"),
    "present": N_("已有一定基础"),
    "strong": N_("较强"),
}


def _known(x: Any) -> bool:
    return x is not None and not (isinstance(x, float) and math.isnan(x))


def _join(items: list[str]) -> str:
    return _("、").join(items)


def gap_sentence(fs: Any, evidence: list[str]) -> str:
    """Which gap the firm fills, and how sure the classification is."""
    if not fs.direction:
        if fs.confirmed:
            return _("经工作人员确认，该企业不属于产业目录的方向，对补链没有直接作用。")
        return _("该企业的业务不属于产业目录的方向，对补链没有直接作用。")
    where = (
        _("{direction}的“{segment}”环节").format(
            direction=fs.direction_name, segment=fs.segment_name
        )
        if fs.segment_name
        else fs.direction_name
    )
    g = fs.gap
    if g is not None:
        strength = _(_STRENGTH.get(g.strength, g.strength))
        key = _("，属十大重点产业") if g.key else ""
        head = _("可补东莞{where}的缺口（本地基础{strength}{key}，库中东莞企业 {n} 家）").format(
            where=where, strength=strength, key=key, n=g.local_firms
        )
    else:
        head = _("属于{where}（环节未定，按该方向各环节的平均缺口计）").format(where=where)
    why = (
        _("，依据是企业资料中的“{words}”等用语").format(words=_("”“").join(evidence[:3]))
        if evidence
        else ""
    )
    if fs.confirmed:
        sure = _("；归类已由工作人员确认")
    elif fs.probability >= 0.7:
        sure = _("；归类把握较大{why}").format(why=why)
    elif fs.probability >= 0.4:
        sure = _("；归类把握一般{why}，宜在走访前核实主营业务").format(why=why)
    else:
        sure = _("；但归类把握不大（{p}%）{why}，需先核实其主营业务再作判断").format(
            p=f"{100 * fs.probability:.0f}", why=why
        )
    return head + sure + _("。")


def strength_sentence(fs: Any, capital_note: str | None) -> str:
    """Why the firm is strong, or what we do not know about it."""
    from scoring import capability as cap

    reasons = cap.reasons(fs.factors)
    ups = [(n, _(lab)) for n, s, lab in reasons if s == "+"][:3]
    downs = [(n, _(lab)) for n, s, lab in reasons if s == "−"][:2]
    # Chinese names what is missing by the middle of its label (缺少营收数据 → 营收); English
    # says the whole label.
    missing = [
        lab.removeprefix("缺少").removesuffix("数据") if is_source() else _(lab)
        for _n, s, lab in reasons
        if s == "?"
    ]

    def said(items: list[tuple[str, str]]) -> str:
        out = []
        for n, lab in items:
            fact = fact_text(n, fs.facts, money)
            out.append(_("{label}（{fact}）").format(label=lab, fact=fact) if fact else lab)
        return _join(out)

    parts = []
    if ups:
        parts.append(_("企业实力方面，{raising}").format(raising=said(ups)))
        if downs:
            parts.append(_("但{lowering}").format(lowering=said(downs)))
    elif downs:
        parts.append(_("企业实力偏弱：{lowering}").format(lowering=said(downs)))
    elif fs.capability is not None:
        parts.append(_("企业实力中等"))
    if fs.coverage < 0.5:
        gaps = _join(missing[:4])
        parts.append(
            _("资料不全（缺{missing}等），实力按中性估计，宜补充资料").format(missing=gaps)
            if parts or gaps
            else _("资料不全，实力按中性估计")
        )
    if not parts:
        parts.append(_("没有企业规模、研发和资质的资料，实力按中性估计"))
    text = _("，").join(parts)
    if capital_note:
        text += _("；注册资本为外币，{note}").format(note=capital_note)
    return text + _("。")


def landing_sentence(fs: Any) -> str:
    """What speaks for or against the firm's coming to Dongguan."""
    if not fs.candidate:
        return _("该企业不在深圳、广州的候选范围（东莞企业作为本地产业基础的依据），不参与排名。")
    ups = [_(lab) for _n, s, lab in fs.propensity_reasons if s == "+"][:3]
    downs = [_(lab) for _n, s, lab in fs.propensity_reasons if s == "−"][:2]
    p = fs.propensity
    level = (
        ""
        if p is None
        else (
            _("来莞可能性较高")
            if p >= 0.6
            else (_("来莞可能性一般") if p >= 0.35 else _("来莞可能性偏低"))
        )
    )
    bits = []
    if ups:
        bits.append(_("有利于来莞的是{reasons}").format(reasons=_join(ups)))
    if downs:
        bits.append(_("不利的是{reasons}").format(reasons=_join(downs)))
    if not bits:
        return (level or _("来莞可能性难以判断")) + _("。")
    return (level + _("：") if level else "") + _("；").join(bits) + _("。")


def summary(fs: Any, evidence: list[str], capital_note: str | None = None) -> str:
    """The three sentences, with the overall score in front when the firm is ranked."""
    head = ""
    if fs.candidate and fs.score is not None:
        head = _("综合评分 {score}（满分 100）。").format(score=f"{fs.score:.1f}")
    return (
        head
        + gap_sentence(fs, evidence)
        + strength_sentence(fs, capital_note)
        + landing_sentence(fs)
    )
