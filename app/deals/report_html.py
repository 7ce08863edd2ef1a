"""The period report as printable HTML (the same figures as ``chainfill report --json``)."""

from __future__ import annotations

from datetime import date
from typing import Any

from app import fmt
from app.deals.assess import ORG, STYLE, _e, table
from app.deals.report import BY, TARGET_FIELDS

TITLE = "招商项目统计"


def plan_table(plan_targets: list[dict[str, Any]]) -> str:
    """The plan's 表1, for context: its own figures as the catalog carries them."""
    if not plan_targets:
        return ""
    rows = [
        [
            _e(t["name"]),
            _e(t["unit"]),
            _e(fmt.figure(t["y2017"])),
            _e(fmt.figure(t["y2020"])),
            _e(fmt.figure(t["y2025"])),
        ]
        for t in plan_targets
    ]
    return '<p class="h2">规划表1 目标（参照）</p>' + table(
        ["指标", "单位", "2017 年", "2020 年", "2025 年"], rows, [40, 15, 15, 15, 15]
    )


def to_html(rep: dict[str, Any]) -> str:
    """One report: totals, stages, drops, the breakdown and the year's targets."""
    totals = [
        ["新增线索", str(rep["new_leads"]), "—"],
        ["签约", str(rep["signed"]["count"]), _e(fmt.money(rep["signed"]["amount"]))],
        ["投产", str(rep["landed"]["count"]), _e(fmt.money(rep["landed"]["amount"]))],
    ]
    stages = [[_e(k), str(v)] for k, v in rep["deals_by_stage"].items()]
    drops = [[_e(d["reason"]), str(d["count"])] for d in rep["dropped"]] or [["（本期无）", "0"]]
    rows = [
        [
            _e(r["label"]),
            str(r["new_leads"]),
            str(r["signed_count"]),
            _e(fmt.money(r["signed_amount"])),
            str(r["landed_count"]),
            _e(fmt.money(r["landed_amount"])),
        ]
        for r in rep["breakdown"]
    ] or [["（本期无数据）", "0", "0", "—", "0", "—"]]
    t = rep["targets"]
    trows = []
    for k, (name, unit) in TARGET_FIELDS.items():
        target, actual, prog = t.get(k), t["year_to_date"][k], t["progress"].get(k)
        show = (
            (lambda v: fmt.money(v) or "—")
            if unit == "万元"
            else (lambda v: "—" if v is None else f"{v:g} 个")
        )
        trows.append(
            [
                name,
                _e(show(target)),
                _e(show(actual)),
                "—" if prog is None else f"{prog * 100:.1f}%",
            ]
        )
    return (
        f"<html><head><style>{STYLE}</style></head><body>"
        f'<p class="h1">{TITLE}（{_e(rep["label"])}）</p>'
        f'<p class="muted">{ORG}　统计期间 {_e(rep["from"])} 至 {_e(rep["to"])}　'
        f"编制人：{_e(rep['compiler'])}　编制日期：{date.today().isoformat()}</p>"
        '<p class="h2">本期总量</p>'
        + table(["指标", "数量（个）", "计划投资额"], totals, [40, 25, 35])
        + '<p class="h2">期末各阶段项目数</p>'
        + table(["阶段", "项目数"], stages, [60, 40])
        + '<p class="h2">放弃原因</p>'
        + table(["原因", "项目数"], drops, [80, 20])
        + f'<p class="h2">按{BY[rep["by"]]}</p>'
        + table(
            [BY[rep["by"]], "新增线索", "签约", "签约额", "投产", "投产投资额"],
            rows,
            [28, 12, 10, 18, 10, 22],
        )
        + f'<p class="h2">{t["year"]} 年目标完成情况（年初至期末）</p>'
        + table(["目标", "全年目标", "已完成", "完成率"], trows, [34, 24, 24, 18])
        + plan_table(rep["plan_targets"])
        + '<p class="small muted">签约、投产按本期内的签约日期、投产日期计；金额为计划投资额。</p>'
        "</body></html>"
    )
