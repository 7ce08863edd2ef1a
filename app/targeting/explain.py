"""A firm's flags, signals and links in its explanation (``explain --json`` and the text).

Each line names its date and source, so a colleague can check it; flags and signals say how
they moved the score (docs/scoring.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.targeting import flags, links, signals, strategies

if TYPE_CHECKING:
    from app.db import Database

LINKS_SHOWN = 6


def flag_line(f: dict[str, Any]) -> str:
    year = f"{f['year']}年，" if f.get("year") else ""
    source = f"来源：{f['source']}" if f.get("source") else "来源不明"
    return f"{f['name']}（{year}{source}）"


def signal_line(s: dict[str, Any]) -> str:
    kind = s["kind"] if not s.get("kind_written") else f"{s['kind']}·{s['kind_written']}"
    note = f"：{s['note']}" if s.get("note") else ""
    source = f"，来源：{s['source']}" if s.get("source") else ""
    return f"{kind}（{s['date']}{source}）{note}"


def link_line(link: dict[str, Any]) -> str:
    outside = "" if link["matched"] else "（库外企业）"
    where = "，".join(
        x for x in (f"来源：{link['source']}" if link["source"] else "", link["date"]) if x
    )
    return f"是 {link['partner']}{outside} 的{link['relation']}" + (f"（{where}）" if where else "")


def lines(
    fl: list[dict[str, Any]], sg: list[dict[str, Any]], lk: list[dict[str, Any]], strategy: str
) -> list[str]:
    out = []
    if strategy != strategies.FILL:
        out.append(f"招商策略：{strategy}（{strategies.STRATEGIES[strategy].rule}）")
    if fl:
        best = max(f["tier"] for f in fl)
        out.append(
            "名录：" + "；".join(flag_line(f) for f in fl) + f"。作为一项实力事实计入企业实力"
            f"（权重 {flags.FLAG_WEIGHT:g}，按最高名录计 {best:g} 分）"
        )
    if sg:
        parts = [
            f"{signal_line(s)}，当前权重 {s['weight']:.2f}"
            f"（半衰期 {signals.KINDS[s['kind']].half_life} 天）"
            for s in sg
        ]
        out.append("动向：" + "；".join(parts) + "。提高落地可能性")
    if lk:
        shown = "；".join(link_line(x) for x in lk[:LINKS_SHOWN])
        more = f" 等 {len(lk)} 条" if len(lk) > LINKS_SHOWN else ""
        out.append(f"关联：{shown}{more}")
    return out


def extend(db: Database, firm_id: int, result: dict[str, Any]) -> dict[str, Any]:
    """``result`` (app.ranking.explain_firm's record) with flags, signals, links and strategy."""
    fl = flags.of_firm(db, firm_id)
    sg = signals.of_firm(db, firm_id)
    lk = links.of_firm(db, firm_id)
    strategy = strategies.current(db)
    extra = lines(fl, sg, lk, strategy)
    out = dict(result)
    out["flags"] = fl
    out["signals"] = sg
    out["links"] = lk
    out["strategy"] = strategy
    if extra:
        text = "\n".join(extra)
        for key in ("summary", "text", "detail"):
            if isinstance(out.get(key), str):
                out[key] = f"{out[key]}\n{text}" if out[key] else text
    return out
