"""Printable documents as HTML for Qt's rich-text engine (no Qt here): a project's appraisal
sheet and the portfolio summary. ``ui/projects_print.py`` lays them out on A4 pages.

The classes (``h1``, ``h2``, ``muted``, ``small``, ``th``, ``td.r``) are those of the dossier
style sheet (:data:`app.dossier.STYLE`), so both documents look like one family.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import TYPE_CHECKING, Any

from app.fmt import figure as num
from app.projects.evaluation import (
    Alert,
    PenaltyResult,
    ProjectEvaluation,
    WhatItTakes,
    status_counts,
)
from app.projects.model import (
    ITEMS,
    MILESTONE_STATUS_ZH,
    REPORT_FIELDS,
    STATUS_ZH,
    Method,
    scale_note,
)

if TYPE_CHECKING:
    from app.db import Database

TITLE = "引进项目履约评价表"
SUMMARY_TITLE = "引进项目履约汇总"
STATUS_COLOURS = {"met": "#2E7D4F", "at_risk": "#C98215", "missed": "#B83A32", "pending": "#6B7480"}
MILESTONE_COLOURS = {
    "done": "#2E7D4F",
    "due_soon": "#C98215",
    "overdue": "#B83A32",
    "upcoming": "#6B7480",
}
GRADE_COLOURS = {"A": "#2E7D4F", "B": "#1D5FA7", "C": "#C98215", "D": "#B83A32"}


def penalty_parts(pen: PenaltyResult) -> list[str]:
    """The consequences an exposed penalty carries, in the agreement's words (plain text)."""
    parts = []
    if pen.deposit:
        parts.append(f"没收履约保证金 {num(pen.deposit)} 万元")
    if pen.land_price:
        parts.append(f"补缴地价 {num(pen.land_price)} 万元")
    if pen.clawback:
        parts.append(f"追回已兑现奖励 {num(pen.clawback)} 万元")
    if pen.suspend_rewards:
        parts.append("暂停奖励")
    if pen.land_recovery:
        parts.append("可依约收回土地")
    return parts


def _e(text: Any) -> str:
    return escape("" if text is None else str(text))


STATUS_SHORT = {"met": "达标", "at_risk": "风险", "missed": "未达", "pending": "待考"}


def _status(status: str, short: bool = False) -> str:
    text = STATUS_SHORT[status] if short else STATUS_ZH[status]
    return f'<span style="color:{STATUS_COLOURS[status]}; font-weight:bold">{text}</span>'


def _grade(grade: str | None) -> str:
    if grade is None:
        return '<span class="muted">不评级</span>'
    return f'<span style="color:{GRADE_COLOURS[grade]}; font-weight:bold">{grade}</span>'


def _table(headers: list[str], rows: list[list[str]], widths: list[int] | None = None) -> str:
    head = "".join(
        f"<th{f' width={widths[i]}%' if widths else ''}>{h}</th>" for i, h in enumerate(headers)
    )
    body = "".join(
        "<tr>" + "".join(f'<td class="r">{c}</td>' for c in row) + "</tr>" for row in rows
    )
    return (
        '<table width="100%" cellspacing="0" cellpadding="3" style="margin-bottom:8px">'
        f"<tr>{head}</tr>{body}</table>"
    )


def method_note(method: Method) -> str:
    """One paragraph on how the score and grade are computed."""
    weights = "、".join(f"{i.name} {i.weight:g}" for i in method.indicators)
    if method.grading == "score":
        a, b, c = method.cutoffs
        grading = f"A ≥ {a:g}，B ≥ {b:g}，C ≥ {c:g}，其余为 D"
    else:
        a, b, c = method.shares
        grading = f"按得分排序：前 {a:g}% 为 A，其后 {b:g}% 为 B，再后 {c:g}% 为 C，其余为 D"
    return (
        f"评价方法：各指标实际值除以基准值（最高按 {method.cap:g} 倍计），乘以权重（{weights}）后加总；"
        f"缺失或无定义的指标不计入，其权重按比例分摊到其余指标，不按 0 计。分档：{grading}。"
        f"用地不足 {method.min_mu:g} 亩的项目不参与亩均评价。"
    )


def appraisal_sheet_html(
    e: ProjectEvaluation,
    method: Method,
    *,
    takes: list[WhatItTakes] | None = None,
    today: date | None = None,
    direction_name: str = "",
) -> str:
    """One project's appraisal sheet for the year of ``e``."""
    p, a = e.project, e.appraisal
    today = today or date.today()
    out = [f'<p class="h1">{TITLE}</p>']
    out.append(
        f'<p><b>{_e(p.name)}</b>　<span class="muted">{_e(p.firm)}</span></p>'
        f'<p class="small"><span class="label">协议编号</span> {_e(p.agreement_no or "—")}　'
        f'<span class="label">签约日期</span> {p.agreement_date.isoformat()}　'
        f'<span class="label">所在地</span> {_e(" · ".join(x for x in (p.zone, p.town) if x) or "—")}　'
        f'<span class="label">产业方向</span> {_e(direction_name or p.direction or "—")}　'
        f'<span class="label">用地</span> {num(p.land_mu)} 亩　'
        + (
            f'<span class="label">租赁厂房</span> {num(p.floor_m2)} 平方米'
            f"（折算用地 {num(a.land_mu)} 亩）　"
            if a.land_converted
            else ""
        )
        + f'<span class="label">评价年度</span> {e.year}　'
        f'<span class="label">制表日期</span> {today.isoformat()}</p>'
    )

    out.append(f'<p class="h2"><a name="cf-keep"></a>一、亩均效益评价（{e.year} 年）</p>')
    score = "—" if a.score is None else f"{a.score:.1f}"
    scale = f"（0–{a.score_max:g} 分，各项恰达基准值为 100 分）"
    out.append(
        f"<p>等级：{_grade(a.grade)}　综合得分：<b>{score}</b>"
        f'<span class="small muted">{scale}</span></p>'
    )
    if a.note:
        out.append(f'<p class="small muted">{_e(a.note)}</p>')
    rows = []
    for i in a.indicators:
        rows.append(
            [
                _e(i.name),
                num(i.value),
                _e(i.unit),
                num(i.benchmark),
                "—" if i.ratio is None else f"{i.ratio:.2f}",
                f"{i.weight:g}",
                "—" if i.points is None else f"{i.points:.1f}",
                f'<span class="small muted">{_e(i.note)}</span>',
            ]
        )
    out.append(
        _table(
            ["指标", "实际值", "单位", "基准值", "比值", "权重", "得分", "说明"],
            rows,
            [27, 10, 15, 8, 7, 6, 7, 20],
        )
    )
    if takes:
        out.append('<p class="small"><b>提升路径（还差多少）：</b></p>')
        for t in takes:
            out.append(f'<p class="small">· {_e(t.text)}</p>')

    out.append('<p class="h2"><a name="cf-keep"></a>二、承诺履约</p>')
    rows = [
        [
            _e(c.name),
            f"{num(c.committed)} {_e(c.unit)}",
            "—" if c.actual is None else f"{num(c.actual)} {_e(c.unit)}",
            c.due.isoformat(),
            _status(c.status),
            f'<span class="small">{_e(c.note)}</span>',
        ]
        for c in e.commitments
    ]
    out.append(
        _table(
            ["承诺事项", "承诺值", "实绩", "考核日期", "状态", "说明"],
            rows,
            [19, 15, 15, 12, 8, 31],
        )
        if rows
        else '<p class="muted">协议未登记承诺指标。</p>'
    )

    out.append('<p class="h2"><a name="cf-keep"></a>三、项目节点</p>')
    rows = [
        [
            _e(m.name),
            m.due.isoformat() if m.due else "—",
            m.done.isoformat() if m.done else "—",
            f'<span style="color:{MILESTONE_COLOURS[m.status]}">{MILESTONE_STATUS_ZH[m.status]}'
            + ("（逾期完成）" if m.late else "")
            + (f"（逾期 {-m.days} 天）" if m.status == "overdue" and m.days is not None else "")
            + (f"（还有 {m.days} 天）" if m.status == "due_soon" and m.days is not None else "")
            + "</span>",
        ]
        for m in e.milestones
    ]
    out.append(
        _table(["节点", "约定日期", "完成日期", "状态"], rows, [20, 25, 25, 30])
        if rows
        else '<p class="muted">协议未登记节点。</p>'
    )

    out.append('<p class="h2"><a name="cf-keep"></a>四、年度实绩</p>')
    years = sorted(p.reports)
    if years:
        fields = [k for k in REPORT_FIELDS if k != "reward_paid"]
        rows = [
            [
                f"{REPORT_FIELDS[k][0]}（{REPORT_FIELDS[k][1]}）",
                *(num(getattr(p.reports[y], k)) for y in years),
            ]
            for k in fields
        ]
        out.append(_table(["项目", *(str(y) for y in years)], rows))
    else:
        out.append('<p class="muted">尚无年度报表。</p>')

    out.append('<p class="h2"><a name="cf-keep"></a>五、奖励与违约</p>')
    r = e.reward
    if r.eligible:
        out.append(f"<p>{e.year} 年可兑现奖励 <b>{num(r.amount)} 万元</b>（{_e(r.reason)}）。</p>")
    else:
        out.append(f"<p>{e.year} 年奖励：不兑现（{_e(r.reason)}）。</p>")
    if p.reward_text:
        out.append(f'<p class="small muted">奖励条款：{_e(p.reward_text)}</p>')
    pen = e.penalty
    if pen.exposed:
        parts = penalty_parts(pen)
        missed = "、".join(ITEMS[i][0] for i in pen.missed)
        out.append(
            f'<p><span style="color:{STATUS_COLOURS["missed"]}; font-weight:bold">违约风险</span>：'
            f"{_e(missed)}未达标；涉及金额合计 <b>{num(pen.total)} 万元</b>"
            + (f"（{'；'.join(parts)}）" if parts else "")
            + "。</p>"
        )
    else:
        out.append("<p>无未达标承诺，不涉及违约责任。</p>")
    if p.penalty_text:
        out.append(f'<p class="small muted">违约条款：{_e(p.penalty_text)}</p>')
    out.append(f'<p class="small muted" style="margin-top:10px">{_e(method_note(method))}</p>')
    return "".join(out)


def portfolio_html(
    evaluations: list[ProjectEvaluation],
    method: Method,
    *,
    alerts: list[Alert] | None = None,
    today: date | None = None,
    year: int | None = None,
) -> str:
    """The portfolio summary: counts, one line per project, the alerts."""
    today = today or date.today()
    out = [f'<p class="h1">{SUMMARY_TITLE}</p>']
    scope = f"{year} 年" if year else "各项目最近报表年度"
    out.append(
        f'<p class="small muted">评价年度：{scope}　制表日期：{today.isoformat()}　项目数：{len(evaluations)}</p>'
    )
    grades: dict[str, int] = {}
    for e in evaluations:
        g = e.appraisal.grade or "不评级"
        grades[g] = grades.get(g, 0) + 1
    grade_text = "，".join(f"{g} 类 {grades[g]} 个" for g in ("A", "B", "C", "D") if g in grades)
    if "不评级" in grades:
        grade_text += f"，不评级 {grades['不评级']} 个"
    counts = status_counts(evaluations)
    status_text = "，".join(f"{STATUS_ZH[k]} {v} 项" for k, v in counts.items())
    reward = sum(e.reward.amount or 0 for e in evaluations if e.reward.eligible)
    exposure = sum(e.penalty.total for e in evaluations if e.penalty.exposed)
    scale = scale_note(100 * method.cap)  # the 得分 column is not on a 0–100 scale
    out.append(f"<p>亩均评价：{grade_text or '—'}（综合得分{scale}）。</p>")
    out.append(f"<p>承诺履约：{status_text}。</p>")
    out.append(
        f"<p>可兑现奖励合计 <b>{num(reward)} 万元</b>；未达标项目涉及违约金额合计 <b>{num(exposure)} 万元</b>。</p>"
    )
    items = [k for k in ITEMS if any(c.item == k for e in evaluations for c in e.commitments)]
    rows = []
    for n, e in enumerate(evaluations, start=1):
        by_item = {c.item: c.status for c in e.commitments}
        overdue = sum(1 for m in e.milestones if m.status == "overdue")
        soon = sum(1 for m in e.milestones if m.status == "due_soon")
        ms = []
        if overdue:
            ms.append(f'<span style="color:{MILESTONE_COLOURS["overdue"]}">逾期 {overdue}</span>')
        if soon:
            ms.append(f'<span style="color:{MILESTONE_COLOURS["due_soon"]}">将到期 {soon}</span>')
        rows.append(
            [
                str(n),
                f"{_e(e.project.name)}<br/><span class='small muted'>{_e(e.project.firm)}</span>",
                str(e.year),
                _grade(e.appraisal.grade) if e.appraisal.grade else "—",
                "—" if e.appraisal.score is None else f"{e.appraisal.score:.1f}",
                *(_status(by_item[k], short=True) if k in by_item else "—" for k in items),
                " ".join(ms) or "—",
            ]
        )
    short = {
        "investment": "投资",
        "investment_per_mu": "亩均投资",
        "output": "产值",
        "tax": "税收",
        "jobs": "就业",
        "rd_ratio": "研发",
    }
    out.append(
        _table(
            ["序", "项目 / 企业", "年度", "等级", "得分", *(short[k] for k in items), "节点"],
            rows,
            [4, 100 - 4 - 6 - 5 - 7 - 6 * len(items) - 9, 6, 5, 7, *(6 for _ in items), 9],
        )
    )
    if alerts:
        out.append('<p class="h2"><a name="cf-keep"></a>提醒</p>')
        for a in alerts:
            mark = "‼" if a.severity > 1 else "·"
            out.append(f'<p class="small">{mark} {_e(a.project)}：{_e(a.text)}</p>')
    out.append(f'<p class="small muted" style="margin-top:10px">{_e(method_note(method))}</p>')
    return "".join(out)


def documents(
    db: Database,
    *,
    project: str | None = None,
    year: int | None = None,
    today: date | None = None,
) -> list[tuple[str, str]]:
    """(running title, HTML) of what to print: one project's appraisal sheet, or the portfolio
    summary followed by every project's sheet."""
    from app import catalog_store
    from app.projects import evaluation, model

    today = today or date.today()
    method = model.load_method(db)
    projects = model.load_projects(db)
    evals = evaluation.evaluate_all(projects, method, today, year=year)
    if project is not None:
        wanted = model.find_project(db, project).id
        evals_for = [e for e in evals if e.project.id == wanted]
        if not evals_for:
            from app.errors import UserError

            raise UserError(f"项目“{project}”在 {year} 年尚未签约，没有可打印的评价")
        chosen = evals_for
    else:
        chosen = evals
    cat = catalog_store.current(db)
    docs: list[tuple[str, str]] = []
    if project is None:
        found = evaluation.alerts(projects, method, today)
        docs.append(
            (SUMMARY_TITLE, portfolio_html(evals, method, alerts=found, today=today, year=year))
        )
    for e in chosen:
        thresholds = evaluation.grade_thresholds(evals, method, e.year)
        takes = evaluation.what_it_takes(
            e.project, e.year, method, thresholds, targets=("A",), current=e.appraisal.grade
        )
        d = cat.direction(e.project.direction) if e.project.direction else None
        html = appraisal_sheet_html(
            e, method, takes=takes, today=today, direction_name=d.name if d else ""
        )
        docs.append((f"{TITLE} · {e.project.name}", html))
    return docs
