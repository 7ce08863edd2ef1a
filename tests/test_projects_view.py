"""The 项目履约 view: portfolio, filters, project page, alerts, report editing, printing."""

from __future__ import annotations

from datetime import date

import pytest

# the offscreen platform warns when a top-level widget is shown
pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

TODAY = date(2026, 11, 27)


@pytest.fixture(scope="module")
def demo_path(target_factory):
    from app.db import Database
    from app.projects.demo import generate_projects

    path = target_factory("projects")  # a file, or on the server
    db = Database(path)
    generate_projects(db, seed=1, today=TODAY)
    db.close()
    return path


@pytest.fixture
def view(qapp, qtbot, demo_path, tmp_path):
    from tests.db_helpers import copy_target
    from ui import i18n, workers
    from ui.context import AppContext
    from ui.views.projects.view import ProjectsView

    i18n.install("zh_CN")  # the view's Chinese comes from the catalogue, as everywhere
    ctx = AppContext(copy_target(demo_path, tmp_path / "copy.sqlite"))
    v = ProjectsView(ctx)
    v.today = TODAY
    qtbot.addWidget(v)
    v.resize(1400, 860)
    v.show()
    v.activate()
    qtbot.waitUntil(lambda: v.data is not None and not v.busy(), timeout=20000)
    yield v
    workers.wait_idle(10000)
    ctx.close()


def grades(v) -> list:
    return [v.model.evaluation(r).appraisal.grade for r in range(v.model.rowCount())]


def test_portfolio_lists_every_project_with_lights_and_kpis(view):
    assert view.model.rowCount() == 24
    assert view.k_projects.value.text() == "24"
    a, b, c, d = (int(x) for x in view.k_grades.value.text().split(" / "))
    assert a + b + c + d == sum(1 for g in grades(view) if g)
    assert min(a, b, c, d) >= 1
    assert "24" in view.describe() and f"{a}/{b}/{c}/{d}" in view.describe()
    # the first row is selected and shown on the right
    e = view.page.e
    assert e is not None and view.page.title.text() == e.project.name
    assert view.page.timeline.items and len(view.page.bars.results) == 7
    assert view.page.chart.combo.count() == len(e.commitments)


def test_filters_by_grade_status_and_text(view, qtbot):
    view.f_grade.setCurrentIndex(view.f_grade.findData("A"))
    assert view.model.rowCount() >= 1 and set(grades(view)) == {"A"}
    view.f_grade.setCurrentIndex(view.f_grade.findData("none"))
    assert set(grades(view)) == {None}
    view.f_grade.setCurrentIndex(0)
    view.f_status.setCurrentIndex(view.f_status.findData("missed"))
    rows = [view.model.evaluation(r) for r in range(view.model.rowCount())]
    assert rows and all(any(c.status == "missed" for c in e.commitments) for e in rows)
    view.f_status.setCurrentIndex(0)
    view.search.setText("没有这个项目")
    assert view.model.rowCount() == 0 and view.empty.isVisible() and view.page.e is None
    view.search.clear()
    assert view.model.rowCount() == 24


def test_what_it_takes_and_sorting(view):
    b_row = grades(view).index("B")
    view.table.selectRow(b_row)
    assert view.page.e.appraisal.grade == "B"
    assert view.page.takes.isVisible() and "A 类" in view.page.takes.text()
    from PySide6.QtCore import Qt

    view.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    scores = [view.model.evaluation(r).appraisal.score for r in range(view.model.rowCount())]
    graded = [s for s in scores if s is not None]
    assert graded == sorted(graded, reverse=True)


def test_alerts_list_selects_the_project(view):
    n = view.alert_list.count()
    assert n >= 4 and f"{n}" in view.tabs.tabText(1)
    item = view.alert_list.item(n - 1)
    view._alert_activated(item)
    from PySide6.QtCore import Qt

    pid = item.data(Qt.ItemDataRole.UserRole)
    assert view.page.e.project.id == pid


def test_report_dialog_validates_and_saving_updates_the_view(view, qtbot):
    from app.projects.model import Report
    from ui.views.projects.dialogs import ReportDialog

    e = view.page.e
    year = max(e.project.reports)
    dlg = ReportDialog(e.project, year, TODAY, view)
    assert dlg.edits["tax_paid"].text() == f"{e.project.reports[year].tax_paid:g}"
    dlg.edits["tax_paid"].setText("-5")
    dlg._accept()
    assert dlg.result_report is None and "不能为负数" in dlg.error.text()
    dlg.edits["tax_paid"].setText("abc")
    dlg._accept()
    assert "不是数字" in dlg.error.text() or "Not a number" in dlg.error.text()
    dlg.edits["tax_paid"].setText("99999")
    dlg.edits["energy_tce"].setText("")
    dlg._accept()
    rep = dlg.result_report
    assert isinstance(rep, Report) and rep.tax_paid == 99999 and rep.energy_tce is None
    pid = e.project.id
    view.save_report(pid, rep)
    qtbot.waitUntil(
        lambda: view.page.e is not None and view.page.e.project.reports[year].tax_paid == 99999,
        timeout=20000,
    )
    assert view.page.e.project.id == pid
    assert "value_added_per_energy" in view.page.e.appraisal.missing
    audit = view.ctx.db.scalar(
        "SELECT COUNT(*) FROM audit WHERE entity = 'project_report' AND action = 'edit'"
    )
    assert audit == 1


def test_sheet_and_summary_render_to_pdf(view, tmp_path):
    from ui import projects_print

    docs = view._docs(view.page.e.project.id)
    assert len(docs) == 1 and view.page.e.project.name in docs[0][0]
    out = projects_print.write_pdf(docs, tmp_path / "sheet.pdf")
    assert out["pages"] >= 1 and (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")
    summary = view._docs(None)
    assert len(summary) == 25 and summary[0][0] == "引进项目履约汇总"
    assert "综合得分满分 150，基准 100" in summary[0][1]  # the 得分 column's scale


def test_empty_database_shows_a_hint(qapp, qtbot, tmp_path):
    from ui import workers
    from ui.context import AppContext
    from ui.views.projects.view import ProjectsView

    ctx = AppContext(tmp_path / "empty.sqlite")
    v = ProjectsView(ctx)
    qtbot.addWidget(v)
    v.show()
    v.activate()
    qtbot.waitUntil(lambda: v.data is not None and not v.busy(), timeout=20000)
    assert v.model.rowCount() == 0 and v.empty.isVisible()
    assert v.page.e is None and v.page.empty.isVisible()
    workers.wait_idle(10000)
    ctx.close()


def test_recording_a_milestone_updates_the_timeline(view, qtbot):
    from PySide6.QtCore import QDate

    from ui.views.projects.dialogs import MilestoneDialog

    # a project with a milestone not yet reached
    row = next(
        r
        for r in range(view.model.rowCount())
        if any(m.status in ("overdue", "due_soon") for m in view.model.evaluation(r).milestones)
    )
    view.table.selectRow(row)
    e = view.page.e
    dlg = MilestoneDialog(e.project, TODAY, view)
    kind = dlg.kind()
    assert e.project.milestone(kind).done is None
    dlg.date.setDate(QDate(2026, 11, 20))
    assert dlg.done() == date(2026, 11, 20)
    view.save_milestone(e.project.id, kind, dlg.done())
    qtbot.waitUntil(
        lambda: (
            view.page.e is not None
            and view.page.e.project.milestone(kind).done == date(2026, 11, 20)
        ),
        timeout=20000,
    )
    m = next(m for m in view.page.e.milestones if m.key == kind)
    assert m.status == "done"
    dlg.clear.setChecked(True)
    assert dlg.done() is None and not dlg.date.isEnabled()


def test_pdf_export_runs_in_the_background(view, qtbot, tmp_path, monkeypatch):
    from ui import messages

    monkeypatch.setattr(messages, "headless", True)
    out = tmp_path / "评价表.pdf"
    view.export_pdf(str(out))
    qtbot.waitUntil(lambda: out.exists() and not view.busy(), timeout=30000)
    assert out.read_bytes().startswith(b"%PDF")


def test_agreement_clauses_show_as_text_not_markup(view):
    """A penalty clause or reason with "<" or "&" (from the imported agreement) is escaped."""
    from PySide6.QtGui import QTextDocument

    from ui.views.projects.page import terms_html

    view.table.selectRow(0)
    e = view.page.e
    clause = "违约的，<b>没收</b>保证金 & 收回土地 <script>"
    e.project.penalty_text = clause
    html = terms_html(e)
    doc = QTextDocument()
    doc.setHtml(html)
    assert "违约条款：" + clause in doc.toPlainText()
    assert "<b>没收</b>" not in html


def test_the_score_shows_its_scale(view):
    """A 亩均 score such as 144.2 is not on the 0–100 of the recommendation scores."""
    e = next(
        view.model.evaluation(r)
        for r in range(view.model.rowCount())
        if view.model.evaluation(r).appraisal.score is not None
    )
    view.select_project(e.project.id)
    top = e.appraisal.score_max
    expected = f"{e.appraisal.score:.1f}（满分 {top:g}，基准 100）"
    assert expected in view.page.grade_note.text()
    assert expected in view.page.badge.toolTip()
    assert f"满分 {top:g}" in view.legend.text()
    col = view.model.index(view.model.row_of(e.project.id), 2)
    assert expected in view.model.data(col, 3)  # the score cell's tip


def test_land_floor_space_and_below_scale_are_edited_in_the_view(view, qtbot):
    from ui.views.projects.dialogs import ProjectDialog

    e = next(
        view.model.evaluation(r)
        for r in range(view.model.rowCount())
        if view.model.evaluation(r).project.land_mu
        and not view.model.evaluation(r).project.floor_m2
    )
    view.select_project(e.project.id)
    pid = e.project.id
    dlg = ProjectDialog(e.project, view.data["method"], view)
    dlg.floor.setText("-3")
    dlg._accept()
    assert dlg.result_project is None and "不能为负数" in dlg.error.text()
    dlg.floor.setText("12,000")
    dlg.land.setText("")
    mu = 12000 / view.data["method"].plot_ratio / (2000 / 3)  # floor ÷ plot ratio ÷ m² per mu
    assert f"{mu:.2f}" in dlg.converted.text()
    dlg.small.setChecked(True)
    dlg._accept()
    p = dlg.result_project
    assert p is not None and p.land_mu is None and p.floor_m2 == 12000 and p.below_scale
    view.save_project(p)
    qtbot.waitUntil(
        lambda: view.page.e is not None and view.page.e.project.floor_m2 == 12000, timeout=20000
    )
    a = view.page.e.appraisal
    assert a.land_converted and abs(a.land_mu - mu) < 1e-9
    from app.fmt import figure

    assert f"折算 {figure(mu)} 亩" in view.page.meta.text() and "规下企业" in view.page.meta.text()
    assert view.page.e.project.below_scale
    row = view.ctx.db.query(
        "SELECT detail FROM audit WHERE entity = 'project' AND action = 'edit' AND entity_id = ?",
        (str(pid),),
    )
    assert row and "floor_m2" in row[-1]["detail"] and "below_scale" in row[-1]["detail"]


def test_bonus_and_deduction_items_are_added_listed_and_removed(view, qtbot, monkeypatch):
    from ui import messages
    from ui.views.projects.dialogs import AdjustmentDialog

    e = next(
        view.model.evaluation(r)
        for r in range(view.model.rowCount())
        if view.model.evaluation(r).appraisal.grade in ("A", "B", "C")
    )
    view.select_project(e.project.id)
    before = e.appraisal.score
    assert not view.page.adj_table.isVisible() and view.page.adj_empty.isVisible()
    dlg = AdjustmentDialog(e.project, e.year, TODAY, view)
    dlg.kind.setCurrentIndex(dlg.kind.findData("other"))
    dlg._accept()  # "other" needs its points
    assert dlg.result_adjustment is None and "须写明分值" in dlg.error.text()
    dlg.points.setText("x")
    dlg._accept()
    assert dlg.result_adjustment is None and dlg.error.text()
    dlg.kind.setCurrentIndex(dlg.kind.findData("env_penalty"))
    dlg.points.setText("")
    dlg.note.setText("东环罚〔2026〕1号")
    dlg._accept()
    adj = dlg.result_adjustment
    assert adj is not None and adj.year == e.year and adj.points is None
    view.save_adjustment(e.project.id, adj)
    qtbot.waitUntil(lambda: view.page.adj_table.rowCount() == 1, timeout=20000)
    assert view.page.adj_table.item(0, 1).text() == "环保处罚"
    assert view.page.adj_table.item(0, 2).text() == "-10"
    assert abs(view.page.e.appraisal.score - max(0.0, before - 10)) < 1e-6
    # a veto item: grade D whatever the score
    dlg = AdjustmentDialog(view.page.e.project, e.year, TODAY, view)
    dlg.kind.setCurrentIndex(dlg.kind.findData("major_violation"))
    assert not dlg.points.isEnabled()
    dlg._accept()
    view.save_adjustment(e.project.id, dlg.result_adjustment)
    qtbot.waitUntil(lambda: view.page.adj_table.rowCount() == 2, timeout=20000)
    assert view.page.e.appraisal.grade == "D"
    # remove both (asked first; "no" keeps it)
    monkeypatch.setattr(messages, "ask", lambda *a, **k: False)
    view.page.adj_table.selectRow(0)
    view.page._remove_selected()
    assert view.page.adj_table.rowCount() == 2
    for _ in range(2):
        view.remove_adjustment(view.page._adjustments[0].id, ask=False)
        n = view.page.adj_table.rowCount()
        qtbot.waitUntil(lambda n=n: view.page.adj_table.rowCount() == n - 1, timeout=20000)
    assert abs(view.page.e.appraisal.score - before) < 1e-6
    actions = [
        r[0]
        for r in view.ctx.db.query(
            "SELECT action FROM audit WHERE entity = 'project_adjustment' ORDER BY id"
        )
    ]
    assert actions == ["add", "add", "delete", "delete"]
