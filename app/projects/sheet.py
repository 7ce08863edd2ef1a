"""Printable documents as HTML for Qt's rich-text engine (no Qt here): a project's appraisal
sheet and the portfolio summary. ``ui/projects_print.py`` lays them out on A4 pages.

The figures are prepared here; the markup is in ``resources/templates/project_*.html``
(rendered by :mod:`app.templates`, autoescaping on: project names, firms and agreement
clauses print as text). The classes (``h1``, ``h2``, ``muted``, ``small``, ``th``, ``td.r``)
are those of the dossier style sheet (``style.css``), so both documents look like one family.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import TYPE_CHECKING, Any

from app import templates
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
    MILESTONE_STATUS_ZH,  # noqa: F401 (named by the templates)
    REPORT_FIELDS,
    STATUS_ZH,
    Method,
    scale_note,
)
from resources.i18n import _, in_source_language

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
        parts.append(_("没收履约保证金 {amount} 万元").format(amount=num(pen.deposit)))
    if pen.land_price:
        parts.append(_("补缴地价 {amount} 万元").format(amount=num(pen.land_price)))
    if pen.clawback:
        parts.append(_("追回已兑现奖励 {amount} 万元").format(amount=num(pen.clawback)))
    if pen.suspend_rewards:
        parts.append(_("暂停奖励"))
    if pen.land_recovery:
        parts.append(_("可依约收回土地"))
    return parts


STATUS_SHORT = {"met": "达标", "at_risk": "风险", "missed": "未达", "pending": "待考"}


def _words() -> dict[str, Any]:
    """The colours and words the templates use: this module's constants."""
    return templates.constants(globals())


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


@in_source_language
def appraisal_sheet_html(
    e: ProjectEvaluation,
    method: Method,
    *,
    takes: list[WhatItTakes] | None = None,
    today: date | None = None,
    direction_name: str = "",
) -> str:
    """One project's appraisal sheet for the year of ``e`` (markup: project_sheet.html)."""
    p, pen = e.project, e.penalty
    return templates.render(
        "project_sheet.html",
        e=e,
        takes=takes or [],
        today=today or date.today(),
        direction_name=direction_name,
        years=sorted(p.reports),
        report_fields=[(k, v) for k, v in REPORT_FIELDS.items() if k != "reward_paid"],
        missed="、".join(ITEMS[i][0] for i in pen.missed),
        penalties=penalty_parts(pen) if pen.exposed else [],
        method_note=method_note(method),
        **_words(),
    )


@in_source_language
def portfolio_html(
    evaluations: list[ProjectEvaluation],
    method: Method,
    *,
    alerts: list[Alert] | None = None,
    today: date | None = None,
    year: int | None = None,
) -> str:
    """The portfolio summary: counts, one line per project, the alerts (project_portfolio.html)."""
    grades = Counter(e.appraisal.grade or "不评级" for e in evaluations)
    grade_text = "，".join(f"{g} 类 {grades[g]} 个" for g in ("A", "B", "C", "D") if g in grades)
    if "不评级" in grades:
        grade_text += f"，不评级 {grades['不评级']} 个"
    counts = status_counts(evaluations)
    items = [k for k in ITEMS if any(c.item == k for e in evaluations for c in e.commitments)]
    rows = [
        {
            "name": e.project.name,
            "firm": e.project.firm,
            "year": e.year,
            "grade": e.appraisal.grade,
            "score": e.appraisal.score,
            "statuses": {c.item: c.status for c in e.commitments},
            "overdue": sum(1 for m in e.milestones if m.status == "overdue"),
            "due_soon": sum(1 for m in e.milestones if m.status == "due_soon"),
        }
        for e in evaluations
    ]
    return templates.render(
        "project_portfolio.html",
        today=today or date.today(),
        scope=f"{year} 年" if year else "各项目最近报表年度",
        grade_text=grade_text,
        status_text="，".join(f"{STATUS_ZH[k]} {v} 项" for k, v in counts.items()),
        reward=sum(e.reward.amount or 0 for e in evaluations if e.reward.eligible),
        exposure=sum(e.penalty.total for e in evaluations if e.penalty.exposed),
        scale=scale_note(100 * method.cap),  # the 得分 column is not on a 0–100 scale
        items=items,
        rows=rows,
        alerts=alerts or [],
        method_note=method_note(method),
        **_words(),
    )


@in_source_language  # printed for Chinese readers whatever the interface speaks
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

            raise UserError(
                _("项目“{project}”在 {year} 年尚未签约，没有可打印的评价").format(
                    project=project, year=year
                )
            )
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
