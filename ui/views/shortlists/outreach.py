"""The panel of the chosen firm: its stage and history, contacts, visits."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import outreach, richtext
from app.store import firms as store_firms
from ui import fmt, messages, theme
from ui.context import PIPELINE
from ui.views.shortlists.common import (
    stage_text,
)
from ui.views.shortlists.dialogs import ContactDialog, VisitDialog
from ui.widgets.common import EmptyState, button_row, make_button, muted, section_title, spacing
from ui.widgets.fit_columns import fit_columns


def _cell(text: str) -> QTableWidgetItem:
    """A cell whose full text stays in reach when its narrow column elides it."""
    item = QTableWidgetItem(text)
    if text:
        item.setToolTip(text)
    return item


# -- the firm panel -------------------------------------------------------------------------------
# A visit's parts, labelled as the visit dialog labels them (its messages, its context).
VISIT_LABELS = {
    "place": QT_TRANSLATE_NOOP("VisitDialog", "Place"),
    "our_staff": QT_TRANSLATE_NOOP("VisitDialog", "Our staff"),
    "their_people": QT_TRANSLATE_NOOP("VisitDialog", "Their people"),
    "summary": QT_TRANSLATE_NOOP("VisitDialog", "Summary"),
    "requests": QT_TRANSLATE_NOOP("VisitDialog", "What they asked for"),
    "expansion_plans": QT_TRANSLATE_NOOP("VisitDialog", "Expansion plans"),
    "pressure": QT_TRANSLATE_NOOP("VisitDialog", "Land and cost pressure"),
}


class OutreachPanel(QWidget):
    """One firm's stage and history, contacts and visits, with their editors."""

    changed = Signal()

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.firm_id: int | None = None
        s = spacing(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(s)
        self.empty = EmptyState(self.tr("Choose a firm to see its stage, contacts and visits."))
        lay.addWidget(self.empty)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(s)
        self.name = QLabel()
        self.name.setWordWrap(True)
        self.name.setFont(theme.scaled_font(self.font(), 1.2, bold=True))
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subline = muted()
        self.lists = muted()
        body.addWidget(self.name)
        body.addWidget(self.subline)
        body.addWidget(self.lists)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_stage(), self.tr("Stage"))
        self.tabs.addTab(self._build_contacts(), self.tr("Contacts"))
        self.tabs.addTab(self._build_visits(), self.tr("Visits"))
        body.addWidget(self.tabs, 1)
        lay.addWidget(self.body, 1)
        self.body.hide()

    # building
    def _build_stage(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        self.stage_now = QLabel()
        self.stage_now.setFont(theme.scaled_font(self.font(), 1.1, bold=True))
        lay.addWidget(self.stage_now)
        form = QFormLayout()
        self.stage_box = QComboBox()
        for code in outreach.STAGES:
            self.stage_box.addItem(stage_text(self, code), code)
        self.stage_box.currentIndexChanged.connect(self._stage_choice)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Required when dropping a firm"))
        self.stage_note = QLineEdit()
        form.addRow(self.tr("New stage"), self.stage_box)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Note"), self.stage_note)
        lay.addLayout(form)
        self.stage_btn = make_button(self.tr("Change stage"), None, primary=True)
        self.stage_btn.clicked.connect(self.change_stage)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.stage_btn)
        lay.addLayout(row)
        lay.addWidget(section_title(self.tr("History")))
        # Three columns on a ~250 px panel; who recorded a change is in its row's tooltip.
        self.history = self._plain_table(  # keeps when and which stage
            [self.tr("When"), self.tr("Stage"), self.tr("Note")], keep=(0, 1)
        )
        lay.addWidget(self.history, 1)
        self._stage_choice()
        return w

    def _build_contacts(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        # Three columns on a ~250 px panel; the e-mail is in the row's tooltip and the editor.
        self.contacts = self._plain_table(  # keeps who and the phone
            [self.tr("Name"), self.tr("Title"), self.tr("Phone")], keep=(0, 2)
        )
        self.contacts.doubleClicked.connect(lambda _i: self.edit_contact())
        lay.addWidget(self.contacts, 1)
        row = button_row(
            (self.tr("Add…"), self.add_contact),
            (self.tr("Edit…"), self.edit_contact),
            (self.tr("Delete"), self.delete_contact),
        )
        row.addStretch(1)
        lay.addLayout(row)
        return w

    def _build_visits(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        # Three columns, not four: on a laptop the panel is ~250 px wide. The place shows with
        # the rest of the visit's account below the table.
        self.visits = self._plain_table(  # keeps the visit's date and the due date
            [self.tr("Date"), self.tr("Next step"), self.tr("Due")], keep=(0, 2)
        )
        self.visits.doubleClicked.connect(lambda _i: self.edit_visit())
        self.visits.itemSelectionChanged.connect(self._show_visit)
        lay.addWidget(self.visits, 1)
        self.visit_text = QLabel()
        self.visit_text.setWordWrap(True)
        self.visit_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.visit_text.setAlignment(Qt.AlignmentFlag.AlignTop)
        lay.addWidget(self.visit_text)
        # Two rows of two: four buttons in one row set the panel's width on a laptop screen.
        grid = QGridLayout()
        for i, (text, slot) in enumerate(
            (
                (self.tr("Log visit…"), self.add_visit),
                (self.tr("Edit…"), self.edit_visit),
                (self.tr("Next step done"), self.next_done),
                (self.tr("Delete"), self.delete_visit),
            )
        ):
            b = make_button(text)
            b.clicked.connect(slot)
            grid.addWidget(b, i // 2, i % 2)
        grid.setColumnStretch(2, 1)
        lay.addLayout(grid)
        return w

    @staticmethod
    def _plain_table(heads: list[str], keep: tuple[int, ...] = (0,)) -> QTableWidget:
        """A read-only list under ``heads``, whole rows selected; the columns ``keep`` are
        kept whole when the panel is narrow."""
        t = QTableWidget(0, len(heads))
        t.setHorizontalHeaderLabels(heads)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.verticalHeader().hide()
        t.setShowGrid(False)
        t.setAlternatingRowColors(True)
        t.horizontalHeader().setHighlightSections(False)
        # The panel is narrow on a laptop: columns share its width, never a sideways scroll.
        fit_columns(t, keep)
        return t

    # showing
    def set_firm(self, firm_id: int | None) -> None:
        self.firm_id = firm_id
        if firm_id is None:
            self.body.hide()
            self.empty.show()
            return
        row = store_firms.header(self.ctx.db, firm_id)
        if row is None:
            self.set_firm(None)
            return
        from app import shortlists

        self.empty.hide()
        self.body.show()
        self.name.setText(row.name)
        place = " · ".join(x for x in (row.city, row.district) if x)
        self.subline.setText("　".join(x for x in (row.short_name, place) if x))
        lists = shortlists.lists_of_firm(self.ctx.db, firm_id)
        self.lists.setText(
            self.tr("On shortlists: %1").replace("%1", "、".join(lists)) if lists else ""
        )
        self._show_stage()
        self._show_contacts()
        self._show_visits()

    def _show_stage(self) -> None:
        stage = outreach.stage_of(self.ctx.db, self.firm_id)
        self.stage_now.setText(self.tr("Current stage: %1").replace("%1", stage_text(self, stage)))
        nxt = outreach.STAGES.index(stage) + 1 if stage in outreach.STAGES[:-2] else 0
        self.stage_box.setCurrentIndex(nxt)
        self.reason.clear()
        self.stage_note.clear()
        from app.targeting import signals

        hist = outreach.history(self.ctx.db, self.firm_id)
        # The firm's timeline: its stages and its signals of movement (#16), newest first;
        # three columns that fit a laptop, who recorded it (or the signal's source) in the tip.
        rows = [
            (
                h["at"],
                fmt.day(h["at"]),
                fmt.timestamp(h["at"]),
                stage_text(self, h["stage"]),
                "；".join(x for x in (h.get("reason"), h.get("note")) if x),
                self.tr("Recorded by %1").replace("%1", h["user"] or "—"),
            )
            for h in hist
        ] + [
            (
                x["date"],
                fmt.day(x["date"]),
                fmt.day(x["date"]),
                self.tr("Signal: %1").replace("%1", x["kind"]),
                x["note"] or "",
                x["source"] or "",
            )
            for x in signals.of_firm(self.ctx.db, self.firm_id)
        ]
        rows.sort(key=lambda t: t[0], reverse=True)
        self.history.setRowCount(len(rows))
        for r, (_at, day, stamp, what, note, who) in enumerate(rows):
            for col, text in enumerate((day, what, note)):
                item = _cell(text)
                item.setToolTip("\n".join(x for x in (stamp, text, who) if x))
                self.history.setItem(r, col, item)

    def _show_contacts(self) -> None:
        rows = outreach.contacts(self.ctx.db, self.firm_id)
        self.contacts.setRowCount(len(rows))
        for r, c in enumerate(rows):
            mail = self.tr("E-mail: %1").replace("%1", c["email"]) if c["email"] else ""
            for col, key in enumerate(("name", "title", "phone")):
                item = _cell(c[key] or "")
                item.setToolTip("\n".join(x for x in (c[key], mail) if x))
                item.setData(Qt.ItemDataRole.UserRole, c)
                self.contacts.setItem(r, col, item)

    def _show_visits(self) -> None:
        rows = outreach.visits(self.ctx.db, self.firm_id)
        today = date.today().isoformat()
        self.visits.setRowCount(len(rows))
        for r, v in enumerate(rows):
            due = v["next_date"] or ""
            cells = (v["date"], v["next_step"] or "", due)
            for col, text in enumerate(cells):
                item = _cell(text)
                item.setData(Qt.ItemDataRole.UserRole, v)
                if col == 2 and due and not v["next_done"] and due < today:
                    item.setForeground(QBrush(QColor(theme.DANGER)))
                if v["next_done"] and col >= 1:
                    item.setForeground(QBrush(QColor(theme.TEXT_FAINT)))
                self.visits.setItem(r, col, item)
        self.visit_text.clear()

    def _stage_choice(self) -> None:
        dropped = self.stage_box.currentData() == "dropped"
        self.reason.setEnabled(dropped)

    def _selected(self, table: QTableWidget) -> dict[str, Any] | None:
        items = table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _show_visit(self) -> None:
        v = self._selected(self.visits)
        if v is None:
            self.visit_text.clear()
            return
        parts = []
        for key in ("place", *outreach.VISIT_ACCOUNT_FIELDS):
            if v.get(key):
                label = QCoreApplication.translate("VisitDialog", VISIT_LABELS[key])
                line = self.tr("<b>%1</b>: %2").replace("%1", richtext.text(label))
                parts.append(line.replace("%2", richtext.text(v[key])))
        self.visit_text.setText("<br/>".join(parts))

    # editing (every write runs on the writer thread)
    def _write(self, fn, title: str) -> None:
        fid = self.firm_id

        def done(_result: Any) -> None:
            if self.firm_id == fid:
                self.set_firm(fid)
            self.ctx.notify(PIPELINE)
            self.changed.emit()

        self.ctx.run(lambda db, _cancel: fn(db), write=True, title=title, on_result=done)

    def change_stage(self) -> None:
        if self.firm_id is None:
            return
        stage = self.stage_box.currentData()
        reason = self.reason.text().strip() or None
        note = self.stage_note.text().strip() or None
        fid = self.firm_id
        self._write(
            lambda db: outreach.set_stage(db, fid, stage, reason=reason, note=note),
            self.tr("Changing stage"),
        )

    # Contacts and visits are added, edited and deleted alike: a dialog, then one write.
    def _add(self, dialog: type[ContactDialog | VisitDialog], add: Callable, title: str) -> None:
        if self.firm_id is None:
            return
        dlg = dialog(self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            fid, values = self.firm_id, dlg.values()
            self._write(lambda db: add(db, fid, **values), title)

    def _edit(
        self,
        table: QTableWidget,
        dialog: type[ContactDialog | VisitDialog],
        update: Callable,
        title: str,
    ) -> None:
        row = self._selected(table)
        if row is None:
            return
        dlg = dialog(self, row)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            values = dlg.values()
            self._write(lambda db: update(db, row["id"], **values), title)

    def _delete(
        self, table: QTableWidget, question: str, field: str, delete: Callable, title: str
    ) -> None:
        """Ask ``question`` (%1: the selected row's ``field``), then delete the row."""
        row = self._selected(table)
        if row is None:
            return
        if messages.ask(self, question.replace("%1", row[field]), default_yes=False):
            self._write(lambda db: delete(db, row["id"]), title)

    def add_contact(self) -> None:
        self._add(ContactDialog, outreach.add_contact, self.tr("Saving contact"))

    def edit_contact(self) -> None:
        self._edit(self.contacts, ContactDialog, outreach.update_contact, self.tr("Saving contact"))

    def delete_contact(self) -> None:
        self._delete(
            self.contacts,
            self.tr("Delete the contact %1?"),
            "name",
            outreach.delete_contact,
            self.tr("Deleting contact"),
        )

    def add_visit(self) -> None:
        self._add(VisitDialog, outreach.add_visit, self.tr("Saving visit"))

    def edit_visit(self) -> None:
        self._edit(self.visits, VisitDialog, outreach.update_visit, self.tr("Saving visit"))

    def next_done(self) -> None:
        v = self._selected(self.visits)
        if v is None or not v.get("next_step"):
            return
        self._write(
            lambda db: outreach.set_next_done(db, v["id"], not v["next_done"]),
            self.tr("Saving visit"),
        )

    def delete_visit(self) -> None:
        self._delete(
            self.visits,
            self.tr("Delete the visit of %1?"),
            "date",
            outreach.delete_visit,
            self.tr("Deleting visit"),
        )
