"""Dialogs of the shortlists view: a contact, a visit."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ui import fmt
from ui.widgets.common import dialog_buttons, muted


# -- dialogs ------------------------------------------------------------------------------------
def date_edit(value: str | None, parent: QWidget) -> QDateEdit:
    w = QDateEdit(parent)
    w.setCalendarPopup(True)
    w.setDisplayFormat("yyyy-MM-dd")
    d = fmt.parse_date(value) if value else date.today()
    w.setDate(QDate(d.year, d.month, d.day))
    return w


class ContactDialog(QDialog):
    """Add or edit one contact."""

    def __init__(self, parent: QWidget | None = None, contact: dict[str, Any] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Contact"))
        c = contact or {}
        form = QFormLayout(self)
        self.fields: dict[str, QLineEdit] = {}
        labels = {
            "name": self.tr("Name"),
            "title": self.tr("Title"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "note": self.tr("Note"),
        }
        for key, label in labels.items():
            edit = QLineEdit(c.get(key) or "")
            self.fields[key] = edit
            form.addRow(label, edit)
        hint = muted(
            self.tr(
                "Personal data: shown in full here and in the dossier, masked in lists and exports."
            )
        )
        form.addRow(hint)
        form.addRow(dialog_buttons(self))

    def values(self) -> dict[str, str]:
        return {k: e.text().strip() for k, e in self.fields.items()}


class VisitDialog(QDialog):
    """Log or edit a visit: who, where, what was said, what they want, what comes next."""

    def __init__(self, parent: QWidget | None = None, visit: dict[str, Any] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Visit"))
        v = visit or {}
        form = QFormLayout(self)
        self.date = date_edit(v.get("date"), self)
        form.addRow(self.tr("Date"), self.date)
        self.lines: dict[str, QLineEdit] = {}
        for key, label in (
            ("place", self.tr("Place")),
            ("our_staff", self.tr("Our staff")),
            ("their_people", self.tr("Their people")),
        ):
            self.lines[key] = QLineEdit(v.get(key) or "")
            form.addRow(label, self.lines[key])
        self.texts: dict[str, QPlainTextEdit] = {}
        for key, label in (
            ("summary", self.tr("Summary")),
            ("requests", self.tr("What they asked for")),
            ("expansion_plans", self.tr("Expansion plans")),
            ("pressure", self.tr("Land and cost pressure")),
        ):
            edit = QPlainTextEdit(v.get(key) or "")
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(self.fontMetrics().height() * 3)
            self.texts[key] = edit
            form.addRow(label, edit)
        self.next_step = QLineEdit(v.get("next_step") or "")
        form.addRow(self.tr("Next step"), self.next_step)
        row = QHBoxLayout()
        self.has_next_date = QCheckBox(self.tr("Due on"))
        self.has_next_date.setChecked(bool(v.get("next_date")))
        self.next_date = date_edit(v.get("next_date"), self)
        self.next_date.setEnabled(self.has_next_date.isChecked())
        self.has_next_date.toggled.connect(self.next_date.setEnabled)
        row.addWidget(self.has_next_date)
        row.addWidget(self.next_date)
        row.addStretch(1)
        form.addRow(self.tr("Next step date"), row)
        form.addRow(dialog_buttons(self))

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {"date": self.date.date().toString("yyyy-MM-dd")}
        out.update({k: e.text().strip() for k, e in self.lines.items()})
        out.update({k: e.toPlainText().strip() for k, e in self.texts.items()})
        out["next_step"] = self.next_step.text().strip()
        out["next_date"] = (
            self.next_date.date().toString("yyyy-MM-dd") if self.has_next_date.isChecked() else None
        )
        return out
