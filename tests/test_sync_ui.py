"""Field laptops in the desktop app: the conflict dialog (base, mine, theirs side by side)
and the working-copy note in the title and status bar."""

from __future__ import annotations

import pytest

from app import firm_edit
from app.db import Database
from app.sync.checkin import checkin
from app.sync.conflicts import list_conflicts
from tests.sync_helpers import team_and_copy

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def pair(qtbot, tmp_path, as_person, db_target):
    """A team database and a working copy with two conflicts on one firm."""
    from ui import i18n, messages
    from ui.main import application

    application()
    i18n.install("zh_CN")
    messages.headless = True
    # the team database: a file, or with --engine=postgresql the server
    team, ids, copy_path = team_and_copy(db_target, tmp_path)
    copy = Database(copy_path)
    firm_edit.update_firm(copy, ids["a"], {"官网": "www.mine.cn", "所属区县": "福田区"})
    firm_edit.update_firm(team, ids["a"], {"官网": "www.theirs.cn", "所属区县": "南山区"})
    result = checkin(copy, team)
    assert len(result.conflicts) == 2
    yield team, copy, ids
    team.close()
    copy.close()
    messages.headless = False


def test_conflict_dialog_shows_three_values_and_records_the_choices(pair, qtbot):
    from ui.sync_dialogs import SyncConflictDialog

    team, copy, ids = pair
    dialog = SyncConflictDialog(copy)
    qtbot.addWidget(dialog)
    by_field = {c["field"]: c["id"] for c in dialog.rows}
    assert set(by_field) == {"website", "district"}
    mine = dialog.findChild(
        type(dialog.groups[by_field["website"]][0]), f"mine_{by_field['website']}"
    )
    theirs = dialog.groups[by_field["website"]][1]
    assert mine.text() == "www.mine.cn" and theirs.text() == "www.theirs.cn"
    assert dialog.choices() == {}  # nothing preselected: a person decides
    dialog.choose(by_field["website"], mine=True)
    dialog.choose(by_field["district"], mine=False)
    dialog.accept()
    assert {c["field"]: c["resolution"] for c in list_conflicts(copy)} == {
        "website": "mine",
        "district": "theirs",
    }
    assert checkin(copy, team).conflicts == []
    row = team.execute("SELECT website, district FROM firms WHERE id = ?", (ids["a"],)).fetchone()
    assert tuple(row) == ("www.mine.cn", "南山区")


def test_the_window_says_it_is_a_working_copy(pair, qtbot):
    from ui.context import AppContext
    from ui.mainwindow import MainWindow

    _team, copy, _ids = pair
    ctx = AppContext(copy.path)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        assert "工作副本" in window.windowTitle()
        assert "工作副本：来自" in window.db_label.text()
        texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
        assert "带出工作副本(&O)…" in texts and "带回并合并(&I)…" in texts
    finally:
        from ui import workers

        workers.wait_idle(20000)
        ctx.close()


def test_file_menu_checks_out_and_in(pair, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog, QFileDialog

    from ui import sync_dialogs
    from ui.context import AppContext
    from ui.mainwindow import MainWindow

    team, _copy, ids = pair
    ctx = AppContext(team.target)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        out = tmp_path / "trip.sqlite"
        monkeypatch.setattr(
            sync_dialogs.CheckoutDialog, "exec", lambda self: QDialog.DialogCode.Accepted
        )
        monkeypatch.setattr(
            sync_dialogs.CheckoutDialog, "chosen", lambda self: ("shortlist", "深圳走访")
        )
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
        window.check_out()
        with Database(out) as trip:
            assert trip.scalar("SELECT count(*) FROM firms") == 3
            firm_edit.update_firm(trip, ids["b"], {"员工人数": "77"})
            firm_edit.update_firm(trip, ids["a"], {"官网": "www.trip.cn"})
        firm_edit.update_firm(team, ids["a"], {"官网": "www.office.cn"})  # meanwhile
        seen = {}

        def decide(self):
            seen["rows"] = [(c["field"], c["mine"], c["theirs"]) for c in self.rows]
            for c in self.rows:
                self.choose(c["id"], mine=True)
            self.accept()
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(sync_dialogs.SyncConflictDialog, "exec", decide)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
        window.check_in()
        # b merged at once; a's website conflicts with the office's
        assert team.scalar("SELECT employees FROM firms WHERE id = ?", (ids["b"],)) == 77
        assert seen["rows"] == [("website", "www.trip.cn", "www.office.cn")]
        assert team.scalar("SELECT website FROM firms WHERE id = ?", (ids["a"],)) == (
            "www.office.cn"
        )
        window.check_in()  # the decision applies
        assert team.scalar("SELECT website FROM firms WHERE id = ?", (ids["a"],)) == "www.trip.cn"
    finally:
        from ui import workers

        workers.wait_idle(20000)
        ctx.close()


def test_a_record_deleted_here_and_changed_there_is_shown_as_such(pair, qtbot):
    from app import outreach
    from ui.sync_dialogs import SyncConflictDialog

    team, copy, ids = pair
    outreach.delete_contact(copy, ids["contact_b"])
    outreach.update_contact(team, ids["contact_b"], phone="13712345678", title="总监")
    checkin(copy, team)
    dialog = SyncConflictDialog(copy)
    qtbot.addWidget(dialog)
    (whole,) = [c for c in dialog.rows if c["field"] == "*"]
    mine, theirs = dialog.groups[whole["id"]]
    assert mine.text() == "本机已删除（删除）"
    # the colleague's changes, named as staff know them, the phone masked
    assert theirs.text().startswith("保留：") and "职务：总监" in theirs.toolTip()
    assert "13712345678" not in theirs.toolTip() and "电话：137" in theirs.toolTip()
    dialog.choose(whole["id"], mine=True)
    dialog.accept()
    checkin(copy, team)
    assert team.scalar("SELECT count(*) FROM contacts WHERE id = ?", (ids["contact_b"],)) == 0


def test_check_in_and_its_conflicts_in_english(qtbot, tmp_path, monkeypatch, as_person, db_target):
    """#18: the check-in's report (its notes) and the conflict dialog — records, field labels,
    a whole record's fields — show no Chinese but data in the English interface."""
    from PySide6.QtWidgets import QDialog, QFileDialog

    from app import outreach
    from tests.test_ui_english import chinese_left, data_values, visible_texts
    from ui import i18n, messages, sync_dialogs, workers
    from ui.context import AppContext
    from ui.main import application
    from ui.mainwindow import MainWindow

    application()
    i18n.install("en")
    messages.headless = True
    team, ids, copy_path = team_and_copy(db_target, tmp_path)
    with Database(copy_path) as copy:
        firm_edit.update_firm(copy, ids["a"], {"官网": "www.mine.cn"})
        outreach.delete_contact(copy, ids["contact_a"])
        outreach.update_visit(copy, ids["visit_a"], summary="补记")
        with copy.write():  # a project is not deleted by a working copy: a note
            copy.execute("DELETE FROM project_reports WHERE project_id = ?", (ids["project"],))
            copy.execute("DELETE FROM projects WHERE id = ?", (ids["project"],))
    firm_edit.update_firm(team, ids["a"], {"官网": "www.theirs.cn"})
    outreach.update_contact(team, ids["contact_a"], title="副总经理")
    outreach.delete_visit(team, ids["visit_a"])
    masks = [*data_values(team), "总经理"]  # the contact's title at checkout: data too
    masks.sort(key=len, reverse=True)
    shown: list[str] = []
    seen: list[str] = []

    def look(self):
        self.show()
        qtbot.waitExposed(self)
        seen.extend([*visible_texts(self), self.windowTitle()])
        seen.extend(b.toolTip() for pair in self.groups.values() for b in pair)
        assert len(self.rows) == 2
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(sync_dialogs.SyncConflictDialog, "exec", look)
    monkeypatch.setattr(messages, "info", lambda parent, text, *a, **k: shown.append(text))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "copy.sqlite"), "")
    )
    ctx = AppContext(team.target)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.check_in()
        assert len(shown) == 1 and "2 conflicts wait" in shown[0]
        assert "deleted by the team" in shown[0] and "Project" in shown[0]
        assert "Title: 副总经理" in seen and "Website" in seen
        assert any(" · Contact " in t for t in seen)
        assert chinese_left([*shown, *seen], masks) == []
    finally:
        workers.wait_idle(20000)
        ctx.close()
        team.close()
        messages.headless = False
        i18n.install("zh_CN")
