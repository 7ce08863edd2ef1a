"""An import's report in Chinese, the same words in the CLI and the app: a summary line and
the first rows that were not taken, each with its reason."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.targeting.matching import HOW_ZH

SHOW = 20  # rows not taken, listed under the summary


def flags_lines(report: dict[str, Any], show: int = SHOW) -> list[str]:
    by = "，".join(f"按{HOW_ZH[k]} {v:,}" for k, v in report["by"].items() if v)
    out = [
        f"名录“{report['flag']}”：{report['rows']:,} 行，匹配 {report['matched']:,} 行"
        f"{f'（{by}）' if by else ''}，未匹配 {report['unmatched_count']:,} 行；"
        f"新增 {report['added']:,} 家，已有 {report['already']:,} 家（{report['seconds']:.1f} 秒）"
    ]
    if report["unmatched"]:
        out.append(f"未匹配的行（前 {min(show, len(report['unmatched']))} 行）：")
        out += _not_taken(report["unmatched"], show, lambda u: u["name"] or u["uscc"] or "（空）")
    return out


def links_lines(report: dict[str, Any], show: int = SHOW) -> list[str]:
    summary = (
        f"关联关系：{report['rows']:,} 行，导入 {report['imported']:,} 条（新增 {report['added']:,}，"
        f"更新 {report['updated']:,}），其中关联企业不在库中 {report['partners_not_in_database']:,} 条"
        f"（已保留，显示为库外企业），拒绝 {report['rejected_count']:,} 行"
    )
    return [
        summary,
        *_not_taken(report["rejected"], show, lambda r: f"{r['firm']} — {r['partner']}"),
    ]


def signals_lines(report: dict[str, Any], show: int = SHOW) -> list[str]:
    summary = (
        f"信号：{report['rows']:,} 行，导入 {report['imported']:,} 条（重复 {report['duplicates']:,}，"
        f"记为“其他” {report['kept_as_other']:,}），拒绝 {report['rejected_count']:,} 行"
        f"（其中日期在今天之后 {report['future']:,} 行）"
    )
    return [summary, *_not_taken(report["rejected"], show, lambda r: r["firm"] or "（空）")]


def _not_taken(
    rows: list[dict[str, Any]], show: int, what: Callable[[dict[str, Any]], str]
) -> list[str]:
    """The first ``show`` rows not taken: the row number, ``what`` the row named, the reason."""
    return [f"  第 {r['row']} 行 {what(r)}：{r['reason']}" for r in rows[:show]]
