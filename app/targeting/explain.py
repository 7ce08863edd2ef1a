"""A firm's flags, signals and links in its explanation (``explain --json`` and the text).

Each line names its date and source, so a colleague can check it; flags and signals say how
they moved the score (docs/scoring.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.targeting import flags, links, profile, regions, signals, strategies
from resources.i18n import N_, _

if TYPE_CHECKING:
    from app.db import Database

LINKS_SHOWN = 6


def flag_line(f: dict[str, Any]) -> str:
    year = _("{year}年，").format(year=f["year"]) if f.get("year") else ""
    source = _("来源：{source}").format(source=f["source"]) if f.get("source") else _("来源不明")
    return _("{name}（{year}{source}）").format(name=f["name"], year=year, source=source)


def signal_line(s: dict[str, Any]) -> str:
    kind = s["kind"] if not s.get("kind_written") else f"{s['kind']}·{s['kind_written']}"
    note = _("：{note}").format(note=s["note"]) if s.get("note") else ""
    source = _("，来源：{source}").format(source=s["source"]) if s.get("source") else ""
    return _("{kind}（{date}{source}）{note}").format(
        kind=kind, date=s["date"], source=source, note=note
    )


def link_line(link: dict[str, Any]) -> str:
    outside = "" if link["matched"] else _("（库外企业）")
    where = _("，").join(
        x
        for x in (
            _("来源：{source}").format(source=link["source"]) if link["source"] else "",
            link["date"],
        )
        if x
    )
    return _("是 {partner}{outside} 的{relation}").format(
        partner=link["partner"], outside=outside, relation=link["relation"]
    ) + (_("（{where}）").format(where=where) if where else "")


def lines(
    fl: list[dict[str, Any]], sg: list[dict[str, Any]], lk: list[dict[str, Any]], strategy: str
) -> list[str]:
    out = []
    if strategy != strategies.FILL:
        out.append(
            _("招商策略：{strategy}（{rule}）").format(
                strategy=_(strategy), rule=_(strategies.STRATEGIES[strategy].rule)
            )
        )
    if fl:
        best = max(f["tier"] for f in fl)
        out.append(
            _(
                "名录：{lists}。作为一项实力事实计入企业实力（权重 {weight}，按最高名录计 {best} 分）"
            ).format(
                lists=_("；").join(flag_line(f) for f in fl),
                weight=f"{flags.FLAG_WEIGHT:g}",
                best=f"{best:g}",
            )
        )
    if sg:
        parts = [
            _("{signal}，当前权重 {weight}（半衰期 {days} 天）").format(
                signal=signal_line(s),
                weight=f"{s['weight']:.2f}",
                days=signals.KINDS[s["kind"]].half_life,
            )
            for s in sg
        ]
        out.append(_("动向：{signals}。提高落地可能性").format(signals=_("；").join(parts)))
    if lk:
        shown = _("；").join(link_line(x) for x in lk[:LINKS_SHOWN])
        more = _(" 等 {n} 条").format(n=len(lk)) if len(lk) > LINKS_SHOWN else ""
        out.append(_("关联：{links}{more}").format(links=shown, more=more))
    return out


# What a list says about a firm, in the words staff use (by a word of the list's name).
_FLAG_MEANING = (
    ("小巨人", N_("细分领域的隐形冠军")),
    ("单项冠军", N_("细分产品市场的领先者")),
    ("独角兽", N_("高成长的头部企业")),
    ("专精特新", N_("专业化、精细化、特色化、新颖化的优质中小企业")),
    ("瞪羚", N_("高成长企业")),
    ("高新技术", N_("研发能力经过认定")),
)
# Why a signal matters to a promotion officer: now is the time to call.
_SIGNAL_MEANING = {
    "扩产": N_("正在扩大产能"),
    "募投项目": N_("有募投项目待落地"),
    "融资": N_("刚完成融资"),
    "新设子公司": N_("正在新设子公司"),
    "环评公示": N_("有新项目在环评"),
    "土地竞买": N_("正在找地"),
    "大额招聘": N_("正在大规模招人"),
    "外迁传闻": N_("有外迁意向"),
}
SIGNALS_SAID = 3
LOCAL_LINKS_SAID = 3


def _flag_meaning(name: str) -> str:
    return next((_(m) for word, m in _FLAG_MEANING if word in name), "")


def policy_lines(
    fl: list[dict[str, Any]],
    sg: list[dict[str, Any]],
    lk: list[dict[str, Any]],
    strategy: str,
    local: dict[int, str],
) -> list[str]:
    """The same facts in a section chief's words (app.briefing's voice: no weights, no
    half-lives; those are in the detail). ``local`` names the Dongguan partners by id."""
    out = []
    if strategy != strategies.FILL:
        out.append(
            _("本次按“{strategy}”策略排名（{meaning}）。").format(
                strategy=_(strategy), meaning=_(strategies.STRATEGIES[strategy].meaning)
            )
        )
    if fl:
        named = _("、").join(
            _("{name}（{year}年）").format(name=f["name"], year=f["year"])
            if f["year"]
            else f["name"]
            for f in fl
        )
        best = max(fl, key=lambda f: f["tier"])
        meaning = _flag_meaning(best["name"])
        out.append(
            _("列入{lists}名录").format(lists=named)
            + (_("，属{meaning}").format(meaning=meaning) if meaning else "")
            + _("，企业实力相应加分。")
        )
    live = [s for s in sg if s["weight"] >= profile.MIN_WEIGHT][:SIGNALS_SAID]
    if live:
        said = _("；").join(
            f"{s['date']} {_(_SIGNAL_MEANING.get(s['kind'], s['kind']))}"
            + (_("（{note}）").format(note=s["note"]) if s["note"] else "")
            for s in live
        )
        out.append(
            _("近期动向：{signals}。正是上门对接的时机，来莞可能性相应提高。").format(signals=said)
        )
    anchors = [x for x in lk if x["partner_id"] in local][:LOCAL_LINKS_SAID]
    if anchors:
        said = _("、").join(
            _("{partner}的{relation}").format(partner=x["partner"], relation=x["relation"])
            for x in anchors
        )
        out.append(_("以商引商：该企业是在莞企业{links}，可请其牵线对接。").format(links=said))
    return out


def extend(db: Database, firm_id: int, result: dict[str, Any]) -> dict[str, Any]:
    """``result`` (app.ranking.explain_firm's record) with flags, signals, links and strategy:
    in policy language in ``summary``/``text``, with weights and sources in ``detail``."""
    fl = flags.of_firm(db, firm_id)
    sg = signals.of_firm(db, firm_id)
    lk = links.of_firm(db, firm_id)
    strategy = strategies.current(db)
    local = regions.local_ids(db, [x["partner_id"] for x in lk if x["partner_id"] is not None])
    out = dict(result)
    out["flags"] = fl
    out["signals"] = sg
    out["links"] = lk
    out["strategy"] = strategy
    said = "".join(policy_lines(fl, sg, lk, strategy, local))
    detail = "\n".join(lines(fl, sg, lk, strategy))
    for key, extra in (("summary", said), ("text", said), ("detail", detail)):
        if extra and isinstance(out.get(key), str):
            out[key] = f"{out[key]}\n{extra}" if out[key] else extra
    return out
