"""Field laptops in the app (docs/field-sync.md): check out a working copy, check it back in,
and decide the conflicts — the base, mine and theirs side by side, one choice per field.

The work is app.sync's; these dialogs only ask and show.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.field_labels import field_label
from ui.widgets.common import (
    choice_pair,
    dialog_buttons,
    head_row,
    modal_column,
    save_buttons,
    spacing,
)


def _text(value: Any, empty: str, table: str = "") -> str:
    """A value in full; a whole record (a dict) as its fields, named as staff know them."""
    if value is None or value == "":
        return empty
    if isinstance(value, dict):
        from app.sync.conflicts import field_label as label

        pair = QCoreApplication.translate("SyncDialogs", "%1: %2")
        return QCoreApplication.translate("SyncDialogs", "; ").join(
            pair.replace("%1", field_label(k) if table == "firms" else label(table, k)).replace(
                "%2", _text(v, empty)
            )
            for k, v in value.items()
        )
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return " ".join(str(text).split())


def _shown(value: Any, empty: str, table: str = "") -> str:
    text = _text(value, empty, table)
    return text if len(text) <= 40 else text[:39] + "…"


class SyncConflictDialog(QDialog):
    """The conflicts a check-in left in a working copy: for each, the value at checkout (base),
    the copy's (mine) and the team's (theirs); the person picks mine or theirs. The choices are
    recorded in the copy (app.sync.conflicts.resolve); the next check-in writes them."""

    def __init__(self, db: Any, parent: QWidget | None = None):
        from app.sync.common import WHOLE
        from app.sync.conflicts import list_conflicts

        super().__init__(parent)
        self.db = db
        lay = modal_column(self, self.tr("Check-in conflicts"))
        s = spacing(self)
        em = self.fontMetrics().horizontalAdvance("中")
        self.rows = list_conflicts(db)
        intro = QLabel(
            self.tr(
                "These fields were changed both on this laptop and in the team database since "
                "the copy was checked out (or a record deleted here was changed there). Choose "
                "which to keep for each; nothing of these records is written until you decide. "
                "Check in again to apply your choices."
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        body = QWidget()
        grid = QGridLayout(body)
        grid.setHorizontalSpacing(s)
        grid.setVerticalSpacing(int(s * 0.5))
        heads = (
            self.tr("Record"),
            self.tr("Field"),
            self.tr("At checkout"),
            self.tr("Mine (this copy)"),
            self.tr("Theirs (team)"),
        )
        head_row(grid, heads, self)
        empty = self.tr("(empty)")
        self.groups: dict[int, tuple[QRadioButton, QRadioButton]] = {}
        for row, c in enumerate(self.rows, start=1):
            record = QLabel(c["record"])
            record.setWordWrap(True)
            grid.addWidget(record, row, 0)
            label = field_label(c["field"]) if c["table"] == "firms" else c["label"]
            grid.addWidget(QLabel(label), row, 1)
            whole = c["field"] == WHOLE  # deleted here, changed by a colleague
            base = QLabel(_shown(c["base"], empty, c["table"]))
            base.setEnabled(False)  # context, not a choice
            grid.addWidget(base, row, 2)
            cells = []
            for col, side in ((3, "mine"), (4, "theirs")):
                if whole and side == "mine":
                    text = self.tr("Deleted on this laptop (delete it)")
                elif whole:
                    text = self.tr("Keep: %1").replace("%1", _shown(c[side], empty, c["table"]))
                else:
                    text = _shown(c[side], empty, c["table"])
                cells.append((col, text, _text(c[side], "", c["table"]), f"{side}_{c['id']}"))
            pair = choice_pair(self, grid, row, cells)
            if c["resolution"] == "mine":
                pair[0].setChecked(True)
            elif c["resolution"] == "theirs":
                pair[1].setChecked(True)
            self.groups[int(c["id"])] = pair
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(3, 2)
        grid.setColumnStretch(4, 2)
        grid.setRowStretch(len(self.rows) + 1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        lay.addWidget(scroll, 1)
        if not self.rows:
            lay.addWidget(QLabel(self.tr("No conflicts are waiting.")))
        lay.addWidget(save_buttons(self, self.tr("Keep my choices"), self.tr("Cancel")))
        self.setMinimumWidth(em * 64)
        self.resize(em * 72, em * 30)

    def choose(self, conflict_id: int, mine: bool) -> None:
        """Pick one side for a conflict (tests and scripted use)."""
        self.groups[conflict_id][0 if mine else 1].setChecked(True)

    def choices(self) -> dict[int, str]:
        """conflict id -> mine | theirs, for the conflicts the person decided."""
        out = {}
        for cid, (mine, theirs) in self.groups.items():
            if mine.isChecked():
                out[cid] = "mine"
            elif theirs.isChecked():
                out[cid] = "theirs"
        return out

    def accept(self) -> None:
        from app.sync.conflicts import resolve

        for cid, choice in self.choices().items():
            resolve(self.db, cid, choice)
        super().accept()


class CheckoutDialog(QDialog):
    """What to take along: a shortlist, the person's own work, or everything."""

    def __init__(self, shortlist_names: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check out a working copy"))
        lay = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "A working copy takes the chosen firms with their contacts, visits, stages, "
                "shortlists, projects and deals to this laptop, to work on without a "
                "connection. Check it in when you are back."
            )
        )
        text.setWordWrap(True)
        lay.addWidget(text)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("My shortlists, stages and deals"), ("mine", ""))
        for name in shortlist_names:
            self.scope.addItem(self.tr("Shortlist: %1").replace("%1", name), ("shortlist", name))
        self.scope.addItem(self.tr("All firms"), ("all", ""))
        lay.addWidget(self.scope)
        lay.addWidget(
            dialog_buttons(self, ok_text=self.tr("Choose file…"), cancel_text=self.tr("Cancel"))
        )

    def chosen(self) -> tuple[str, str]:
        return self.scope.currentData()


def check_out(window: Any) -> None:
    """文件 → 带出工作副本…: scope, file, then app.sync.checkout on the open database."""
    from PySide6.QtWidgets import QFileDialog

    from app import shortlists
    from app.sync.checkout import Scope, checkout
    from ui import messages

    db = window.ctx.db
    dlg = CheckoutDialog([s["name"] for s in shortlists.list_all(db)], window)
    if dlg.exec() != QDialog.DialogCode.Accepted:
        return
    kind, name = dlg.chosen()
    path, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("SyncDialogs", "Save the working copy as"),
        str(Path.home() / "chainfill-working-copy.sqlite"),
        QCoreApplication.translate("SyncDialogs", "ChainFill databases (*.sqlite)"),
    )
    if not path:
        return
    scope = Scope(shortlists=[name] if kind == "shortlist" else [], mine=kind == "mine")
    scope.all = kind == "all"
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        done = checkout(db, path, scope)
    except Exception as exc:
        QApplication.restoreOverrideCursor()
        messages.show_error(window, exc)
        return
    QApplication.restoreOverrideCursor()
    messages.info(
        window,
        QCoreApplication.translate(
            "SyncDialogs", "Working copy saved: %1 firms in %2. Open it to work offline."
        )
        .replace("%1", str(done.firms))
        .replace("%2", str(done.path)),
    )


def check_in(window: Any) -> None:
    """文件 → 带回并合并…: merge a working copy into the open database (or, when the open
    database is itself a working copy, into the team database it came from); then show the
    conflicts that wait."""
    from PySide6.QtWidgets import QFileDialog

    from app.db import Database
    from app.sync.checkin import checkin
    from app.sync.checkout import origin
    from ui import messages

    here = window.ctx.db
    mine = origin(here)
    opened = None  # the one connection this opens (the window keeps its own)
    try:
        if mine is not None:
            copy, team = here, Database(mine["source"])
            opened = team
        else:
            path, _ = QFileDialog.getOpenFileName(
                window,
                QCoreApplication.translate("SyncDialogs", "Check in a working copy"),
                str(Path.home()),
                QCoreApplication.translate(
                    "SyncDialogs", "ChainFill databases (*.sqlite);;All files (*)"
                ),
            )
            if not path:
                return
            copy, team = Database(path), here
            opened = copy
    except Exception as exc:
        messages.show_error(window, exc)
        return
    try:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = checkin(copy, team)
        finally:
            QApplication.restoreOverrideCursor()
        notes = "\n".join(result.notes)
        text = QCoreApplication.translate("SyncDialogs", "%1 changes merged.").replace(
            "%1", str(result.merged)
        )
        if notes:
            text += "\n\n" + notes
        if result.conflicts:
            text += "\n\n" + QCoreApplication.translate(
                "SyncDialogs", "%1 conflicts wait for your decision."
            ).replace("%1", str(len(result.conflicts)))
        messages.info(window, text)
        if result.conflicts:
            SyncConflictDialog(copy, window).exec()
    except Exception as exc:
        messages.show_error(window, exc)
    finally:
        opened.close()
    window.refresh()
