"""Restoring the database from a backup, and the start-up integrity check that may offer it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ui import messages
from ui.context import ALL, AppContext

translate = QCoreApplication.translate


def confirm_and_restore(parent: QWidget | None, ctx: AppContext, source: str | Path) -> None:
    """Ask, then restore ``source`` over the open database in a write worker."""
    answer = QMessageBox.question(
        parent,
        translate("restore", "Restore from backup"),
        translate(
            "restore",
            "Replace the content of the open database with this backup?\n%1\n\n"
            "The current database is backed up first, so this can be undone.",
        ).replace("%1", str(source)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return

    def job(db, cancel):
        from app import backup

        return backup.restore(db, source)

    def done(safety) -> None:
        ctx.notify(ALL)
        QMessageBox.information(
            parent,
            translate("restore", "Restore from backup"),
            translate(
                "restore", "Restored. The database as it was before is kept as a backup:\n%1"
            ).replace("%1", str(safety)),
        )

    ctx.run(job, write=True, title=translate("restore", "Restoring"), on_result=done)


def startup_checks(parent: QWidget | None, ctx: AppContext) -> None:
    """Check the database's integrity in the background; back up once a day if it is sound.

    A database that fails the check is reported with the offer to restore the newest backup
    that passes it (a damaged database is never backed up over the good copies).
    """

    def job(db, cancel):
        from app import backup

        if not backup.integrity_ok(db):
            newest = backup.newest_sound_backup(db)
            return {"ok": False, "backup": str(newest) if newest else None}
        backup.daily_backup(db)
        return {"ok": True}

    def done(result) -> None:
        if result["ok"]:
            return
        newest = result["backup"]
        if newest is None:
            QMessageBox.critical(
                parent,
                translate("restore", "Database damaged"),
                translate(
                    "restore",
                    "The database failed its integrity check and no sound backup was found.\n"
                    "Copy the database file somewhere safe before working with it.",
                ),
            )
            return
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("restore", "Database damaged"))
        box.setText(translate("restore", "The database failed its integrity check."))
        box.setInformativeText(
            translate("restore", "The newest sound backup is:\n%1\nRestore it now?").replace(
                "%1", newest
            )
        )
        restore = box.addButton(translate("restore", "Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("restore", "Not now"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is restore:
            _restore_without_asking(parent, ctx, newest)

    ctx.run(job, announce=False, on_result=done, on_error=lambda e: messages.log_error(e.details))


def _restore_without_asking(parent: QWidget | None, ctx: AppContext, source: str) -> None:
    def job(db, cancel):
        from app import backup

        return backup.restore(db, source)

    ctx.run(
        job,
        write=True,
        title=translate("restore", "Restoring"),
        on_result=lambda _s: ctx.notify(ALL),
    )
