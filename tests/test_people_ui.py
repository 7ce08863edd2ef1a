"""People and versions in the desktop app: the edit dialog's conflict, the poll for other
people's changes, and 设置 → 本人信息 choosing the person on the database."""

from __future__ import annotations

import pytest

from app import people
from app import settings as app_settings
from app.db import Database
from app.firm_edit import firm_record, update_firm
from tests.test_ranking import add_firm

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def ctx(qtbot, tmp_path, db_target):
    from tests.ui_data import app_context

    path = db_target
    with Database(path) as db:
        people.choose(db, "张三")
        app_settings.set_user("user.name", "张三")
        people.add(db, "李四", "staff")
        add_firm(db, name="甲科技有限公司", employees=10, revenue=100.0)
    with app_context(path, language="zh_CN", quiet=False) as context:
        yield context


def test_conflicting_save_shows_both_values_and_saves_the_choices(ctx, qtbot, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from ui import workers
    from ui.firm_edit_dialog import ConflictDialog, FirmEditDialog

    fid = int(ctx.db.scalar("SELECT id FROM firms"))
    dialog = FirmEditDialog(ctx, fid)
    qtbot.addWidget(dialog)
    assert dialog.version == 1
    dialog.set_value("employees", "30")
    dialog.set_value("revenue", "300")
    # Meanwhile 李四 saves the same firm from another window.
    app_settings.set_user("user.name", "李四")
    with Database(ctx.db.target) as other:
        update_firm(other, fid, {"employees": "20", "industry": "制造业"})
    app_settings.set_user("user.name", "张三")

    seen: dict = {}

    def answer(self: ConflictDialog) -> int:
        seen["rows"] = {name: (a.text(), b.text()) for name, (a, b) in self.groups.items()}
        seen["defaults"] = self.choices()
        self.choose("employees", mine=False)  # 李四's figure is the newer one
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConflictDialog, "exec", answer)
    with qtbot.waitSignal(dialog.saved, timeout=20000):
        dialog.save()
    assert workers.wait_idle(20000)
    # Side by side: theirs, then mine, for each field either side changed.
    assert seen["rows"]["employees"] == ("20", "30")
    assert seen["rows"]["industry"][0] == "制造业"
    assert seen["rows"]["revenue"] == ("100", "300")
    assert seen["defaults"] == {"employees", "revenue"}
    rec = firm_record(ctx.db, fid)
    assert (rec["employees"], rec["revenue"], rec["industry"]) == (20, 300.0, "制造业")
    assert rec["version"] == 3
    users = [r[0] for r in ctx.db.query("SELECT user FROM audit WHERE entity = 'firm'")]
    assert users == ["李四", "张三"]


def test_refused_conflict_writes_nothing(ctx, qtbot, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from ui import workers
    from ui.firm_edit_dialog import ConflictDialog, FirmEditDialog

    fid = int(ctx.db.scalar("SELECT id FROM firms"))
    dialog = FirmEditDialog(ctx, fid)
    qtbot.addWidget(dialog)
    dialog.set_value("employees", "30")
    with Database(ctx.db.target) as other:
        update_firm(other, fid, {"employees": "20"})
    monkeypatch.setattr(ConflictDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    dialog.save()
    assert workers.wait_idle(20000)
    qtbot.waitUntil(lambda: not dialog.banner.isHidden(), timeout=5000)
    assert "张三" in dialog.banner.text()
    assert firm_record(ctx.db, fid)["employees"] == 20


def test_poll_announces_other_connections_changes_but_not_its_own(ctx, qtbot):
    from ui import workers
    from ui.context import ALL

    assert ctx.POLL_MS <= 5000 and ctx.poll.isActive()
    assert ctx.check_for_changes() is False
    fid = int(ctx.db.scalar("SELECT id FROM firms"))
    with Database(ctx.db.target) as other:
        update_firm(other, fid, {"employees": "11"})
    with qtbot.waitSignal(ctx.data_changed, timeout=10000) as sig:
        ctx.poll.timeout.emit()
    assert sig.args == [ALL]
    assert ctx.check_for_changes() is False
    # A write of this window's own: announced by its view, not again by the poll.
    ctx.run(lambda db, cancel: update_firm(db, fid, {"employees": "12"}), write=True)
    assert workers.wait_idle(20000)
    qtbot.waitUntil(lambda: not ctx._writes_running, timeout=5000)
    assert ctx.check_for_changes() is False
    assert firm_record(ctx.db, fid)["employees"] == 12


def test_settings_name_picks_the_person_and_says_the_role(ctx, qtbot, monkeypatch):
    from ui import workers
    from ui.views.settings_view import SettingsView

    view = SettingsView(ctx)
    qtbot.addWidget(view)
    assert "张三" in view.person_label.text() and "管理员" in view.person_label.text()
    edit = view.user_edits["user_name"]
    edit.setText("李四")
    edit.editingFinished.emit()
    assert workers.wait_idle(20000)
    qtbot.waitUntil(lambda: "招商专员" in view.person_label.text(), timeout=5000)
    assert app_settings.load().user_name == "李四"
    # A newcomer is not added by a 招商专员: refused, the name stays as it was.
    from ui import messages

    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, error: shown.append(error.message))
    edit.setText("王五")
    edit.editingFinished.emit()
    assert workers.wait_idle(20000)
    qtbot.waitUntil(lambda: shown != [], timeout=5000)
    assert "请管理员先登记" in shown[-1]
    assert edit.text() == "李四" and people.find(ctx.db, "王五") is None
    assert app_settings.load().user_name == "李四"
