"""Restore from the app, and the start-up integrity check that offers the newest sound backup."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def _add(db, name):
    from app.db import now

    with db.write():
        db.execute(
            "INSERT INTO firms (name, name_norm, imported_at, updated_at) VALUES (?,?,?,?)",
            (name, name, now(), now()),
        )


@pytest.fixture
def ctx(qtbot, tmp_path, db_target):
    from tests.ui_data import app_context

    # Restoring asks and tells through message boxes: the tests read what was collected.
    with app_context(db_target, quiet=False) as c:
        yield c


def test_restore_replaces_content_and_keeps_a_safety_copy(ctx, qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from app import backup
    from ui import restore, workers

    _add(ctx.db, "甲")
    copy = backup.backup_to(ctx.db, tmp_path / "copy.sqlite")
    _add(ctx.db, "乙")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a))
    restore.confirm_and_restore(None, ctx, copy)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    workers.wait_idle(20000)
    assert [r[0] for r in ctx.db.query("SELECT name FROM firms")] == ["甲"]
    assert any("before-restore" in p.name for p in backup.list_backups(ctx.db))


def test_declining_restore_changes_nothing(ctx, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from app import backup
    from ui import restore, workers

    _add(ctx.db, "甲")
    copy = backup.backup_to(ctx.db, tmp_path / "copy.sqlite")
    _add(ctx.db, "乙")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    restore.confirm_and_restore(None, ctx, copy)
    workers.wait_idle(20000)
    assert ctx.db.scalar("SELECT count(*) FROM firms") == 2


@pytest.mark.sqlite_only(
    "the integrity check and the automatic backup series are the SQLite file's (a server is "
    "backed up by pg_dump); on a server no backup is offered and the critical box would wait"
)
def test_damaged_database_offers_the_newest_sound_backup(ctx, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from app import backup
    from ui import restore, workers

    _add(ctx.db, "甲")
    good = backup.auto_backup(ctx.db, reason="test")
    _add(ctx.db, "乙")
    monkeypatch.setattr(backup, "integrity_ok", lambda db: False)
    offered = []

    def fake_exec(box):
        offered.append(box.informativeText())
        # Press "Restore".
        box.clickedButton = lambda: box.buttons()[0]
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    before = set(backup.list_backups(ctx.db))
    restore.startup_checks(None, ctx)
    qtbot.waitUntil(lambda: bool(offered), timeout=20000)
    assert str(good) in offered[0]
    qtbot.waitUntil(lambda: ctx.db.scalar("SELECT count(*) FROM firms") == 1, timeout=20000)
    workers.wait_idle(20000)
    # No daily backup was taken of the damaged database.
    assert not any("daily" in p.name for p in set(backup.list_backups(ctx.db)) - before)


@pytest.mark.sqlite_only("the daily automatic backup is the SQLite file's (a server: pg_dump)")
def test_sound_database_gets_its_daily_backup(ctx, qtbot):
    from app import backup
    from ui import restore, workers

    _add(ctx.db, "甲")
    restore.startup_checks(None, ctx)
    qtbot.waitUntil(
        lambda: any("daily" in p.name for p in backup.list_backups(ctx.db)), timeout=20000
    )
    workers.wait_idle(20000)


def test_backups_to_keep_is_a_setting(ctx, qtbot):
    from app import backup
    from ui import workers
    from ui.views.settings_view import SettingsView

    view = SettingsView(ctx)
    qtbot.addWidget(view)
    view.reload()
    workers.wait_idle(20000)
    qtbot.waitUntil(lambda: view.keep.value() == backup.DEFAULT_KEEP, timeout=10000)
    view.keep.setValue(4)
    view.keep.editingFinished.emit()
    qtbot.waitUntil(lambda: ctx.db.get_setting(backup.SETTING_KEEP) == 4, timeout=10000)
    workers.wait_idle(20000)
    assert backup.keep_count(ctx.db) == 4
