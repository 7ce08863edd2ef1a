"""The 编辑… dialog of the firm detail panel (ui.firm_edit_dialog)."""

from __future__ import annotations

import pytest

from tests.test_firm_edit import HEADER, ROBOT, ROWS, code

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def panel(qtbot, tmp_path, db_target):
    """A firm detail panel on a database of three imported firms, showing the first."""
    import csv

    from app.db import Database
    from app.importing import import_firms
    from app.jobs import run_to_end
    from tests.ui_data import app_context
    from ui.widgets.firm_detail import FirmDetail

    path = tmp_path / "firms.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([HEADER, *ROWS])
    db_path = db_target
    with Database(db_path) as db:
        run_to_end(import_firms(db, path, source="测试名单"))
    with app_context(db_path, language="zh_CN") as ctx:
        w = FirmDetail(ctx)
        qtbot.addWidget(w)
        w.resize(560, 800)
        w.show()
        w.set_firm(ctx.db.scalar("SELECT id FROM firms WHERE name = ?", (ROBOT,)))
        yield w


def left_button():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def open_dialog(panel, qtbot):
    from ui.firm_edit_dialog import FirmEditDialog

    LEFT = left_button()
    qtbot.mouseClick(panel.edit_btn, LEFT)
    dialog = panel.findChild(FirmEditDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def firm_row(panel) -> tuple:
    return tuple(
        panel.ctx.db.execute("SELECT * FROM firms WHERE id = ?", (panel.firm_id,)).fetchone()
    )


def test_edit_button_opens_a_prefilled_form_grouped_in_tabs(panel, qtbot):
    dialog = open_dialog(panel, qtbot)
    assert panel.edit_btn.text() == "编辑…"
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "基本信息",
        "业务描述",
        "规模与经营",
    ]
    assert dialog.editors["name"].text() == ROBOT
    assert dialog.editors["uscc"].text() == code(1)
    assert dialog.editors["registered_capital"].text() == "5000"
    assert dialog.editors["rd_ratio"].text() == "6.5%"
    assert dialog.editors["employees"].text() == "120"
    assert dialog.editors["high_tech"].text() == ""
    assert dialog.changes() == {}
    dialog.reject()


def test_save_writes_refreshes_the_panel_and_tells_the_views(panel, qtbot):
    from ui import workers

    LEFT = left_button()
    dialog = open_dialog(panel, qtbot)
    dialog.set_value("employees", "880")
    dialog.set_value("main_business", "工业机器人用谐波减速器")
    dialog.set_value("high_tech", "是")
    assert set(dialog.changes()) == {"employees", "main_business", "high_tech"}
    with qtbot.waitSignal(panel.changed, timeout=20000) as sig:
        qtbot.mouseClick(dialog.save_btn, LEFT)
    assert workers.wait_idle(20000)
    assert sig.args == [panel.firm_id]
    assert not dialog.isVisible()
    assert panel.profile_values["employees"].text() == "880"
    assert panel.profile_values["high_tech"].text() == "是"
    assert panel.text_values["main_business"].text() == "工业机器人用谐波减速器"
    r = panel.ctx.db.execute(
        "SELECT employees, high_tech, classified_at FROM firms WHERE id = ?", (panel.firm_id,)
    ).fetchone()
    assert tuple(r) == (880, 1, None)
    sources = [panel.prov.item(i, 1).text() for i in range(panel.prov.rowCount())]
    assert any(s.startswith("人工修改") for s in sources)


def test_a_bad_value_is_shown_under_its_field_and_nothing_is_written(panel, qtbot):
    from ui import workers

    before = firm_row(panel)
    dialog = open_dialog(panel, qtbot)
    dialog.tabs.setCurrentIndex(0)
    dialog.set_value("short_name", "新简称")
    dialog.set_value("employees", "-5")
    dialog.set_value("founded", "2019-02-30")
    dialog.save()
    assert workers.wait_idle(20000)
    qtbot.waitUntil(lambda: dialog.banner.isVisible(), timeout=5000)
    assert dialog.isVisible()
    emp = dialog.editors["employees"]
    assert emp.error.isVisible() and "不能为负数" in emp.error.text()
    assert "日期不存在" in dialog.editors["founded"].error.text()
    assert not dialog.editors["short_name"].error.isVisible()
    assert "员工人数" in dialog.banner.text() and "成立日期" in dialog.banner.text()
    # what was typed is still there, and the tab with the errors is in front and marked
    assert emp.text() == "-5" and dialog.editors["short_name"].text() == "新简称"
    assert dialog.tabs.currentIndex() == 2
    assert dialog.tabs.tabText(2) == "规模与经营（有误）"
    assert dialog.tabs.tabText(0) == "基本信息"
    assert firm_row(panel) == before
    # correcting it saves, and the marks go away
    dialog.set_value("employees", "50")
    dialog.set_value("founded", "2015-06-01")
    with qtbot.waitSignal(dialog.saved, timeout=20000):
        dialog.save()
    assert workers.wait_idle(20000)
    assert not dialog.isVisible()
    assert panel.ctx.db.scalar("SELECT short_name FROM firms WHERE id = ?", (panel.firm_id,)) == (
        "新简称"
    )


def test_a_duplicate_uscc_is_refused_in_the_dialog(panel, qtbot):
    from ui import workers

    before = firm_row(panel)
    dialog = open_dialog(panel, qtbot)
    dialog.tabs.setCurrentIndex(2)
    dialog.set_value("uscc", code(2))
    dialog.save()
    assert workers.wait_idle(20000)
    qtbot.waitUntil(lambda: dialog.banner.isVisible(), timeout=5000)
    assert "已属于另一家企业" in dialog.editors["uscc"].error.text()
    assert dialog.tabs.currentIndex() == 0
    assert firm_row(panel) == before
    dialog.reject()


def test_saving_without_changes_writes_nothing(panel, qtbot):
    before = firm_row(panel)
    audits = panel.ctx.db.scalar("SELECT COUNT(*) FROM audit")
    dialog = open_dialog(panel, qtbot)
    dialog.set_value("employees", " 120 ")  # the same value
    dialog.save()
    assert not dialog.isVisible()
    assert firm_row(panel) == before
    assert panel.ctx.db.scalar("SELECT COUNT(*) FROM audit") == audits


def test_the_window_recomputes_after_an_edit_and_the_panel_shows_new_scores(qtbot, panel):
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from ui import workers

    class Window(QWidget):
        """Stands in for the main window: records the recompute it is asked for."""

        asked = 0

        def recompute(self) -> None:
            self.asked += 1

    win = Window()
    QVBoxLayout(win).addWidget(panel)
    win.show()
    dialog = open_dialog(panel, qtbot)
    dialog.set_value("revenue", "3.5亿")
    with qtbot.waitSignal(dialog.saved, timeout=20000):
        dialog.save()
    assert workers.wait_idle(20000)
    assert win.asked == 1
    assert panel.profile_values["revenue"].text() == "3.50亿元"
    # what the recompute writes shows once it announces new scores
    with panel.ctx.db.write():
        panel.ctx.db.execute("UPDATE scores SET score = 87.4 WHERE firm_id = ?", (panel.firm_id,))
    panel.ctx.notify("scores")
    assert panel.score_value.text() == "87.4"
    panel.setParent(None)  # the fixture closes the panel; the stand-in goes now
    win.close()
    win.deleteLater()


def test_late_score_announcement_is_safe_and_waits_until_shown(panel, qtbot, monkeypatch):
    from ui.context import SCORES

    reads = []
    real = panel.set_firm
    monkeypatch.setattr(panel, "set_firm", lambda fid: (reads.append(fid), real(fid)))
    panel.hide()
    panel.ctx.notify(SCORES)
    assert reads == []  # hidden: nothing read now
    panel.show()
    assert reads == [panel.firm_id]  # read once on screen again
    panel.ctx.db.close()
    panel.ctx.notify(SCORES)  # a job finishing while the window closes must not query
    assert reads == [panel.firm_id]


def test_results_for_a_deleted_widget_are_dropped(panel, qtbot):
    import threading

    import shiboken6
    from PySide6.QtWidgets import QLabel

    from ui import workers

    gate = threading.Event()
    got = []
    label = QLabel()

    def job(db, cancel):
        gate.wait(10)
        return 42

    panel.ctx.run(job, announce=False, on_result=got.append, receiver=label)
    label.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(label))
    gate.set()
    workers.wait_idle(10000)
    qtbot.wait(50)
    assert got == []
    alive = QLabel()
    panel.ctx.run(lambda db, cancel: 7, announce=False, on_result=got.append, receiver=alive)
    workers.wait_idle(10000)
    qtbot.waitUntil(lambda: got == [7])
