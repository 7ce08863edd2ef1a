"""名单与走访: shortlists, the outreach pipeline, contacts, visits, reminders and dossiers.

Left: the shortlists and the next steps that are due. Middle: the firms of the chosen list, in
their order (drag rows, or Move up / Move down), with a note per firm. Right: the chosen firm's
stage with its history, its contacts (shown in full here; masked in lists and exports) and its
visits. The header prints the dossiers: a print preview for the chosen firm or the whole list,
and a PDF of the whole list with a table of contents, written in the background with a progress
bar and a cancel button.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressDialog,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import outreach
from ui import fmt, messages, theme
from ui.context import PIPELINE
from ui.views.base import View
from ui.widgets.common import Card, EmptyState, make_button, muted, section_title, spacing

FIRM_ID = Qt.ItemDataRole.UserRole + 1
REMINDER_DAYS = 7  # the reminders list also shows what falls due within a week

STAGE_SOURCE = {
    "lead": QT_TRANSLATE_NOOP("stages", "Lead"),
    "contacted": QT_TRANSLATE_NOOP("stages", "Contacted"),
    "visited": QT_TRANSLATE_NOOP("stages", "Visited"),
    "negotiating": QT_TRANSLATE_NOOP("stages", "Negotiating"),
    "signed": QT_TRANSLATE_NOOP("stages", "Signed"),
    "landed": QT_TRANSLATE_NOOP("stages", "Landed"),
    "dropped": QT_TRANSLATE_NOOP("stages", "Dropped"),
}
NOT_IN_PIPELINE = QT_TRANSLATE_NOOP("stages", "Not in pipeline")
COLUMNS = (
    QT_TRANSLATE_NOOP("ShortlistsView", "#"),
    QT_TRANSLATE_NOOP("ShortlistsView", "Firm"),
    QT_TRANSLATE_NOOP("ShortlistsView", "City"),
    QT_TRANSLATE_NOOP("ShortlistsView", "Direction"),
    QT_TRANSLATE_NOOP("ShortlistsView", "Score"),
    QT_TRANSLATE_NOOP("ShortlistsView", "Stage"),
    QT_TRANSLATE_NOOP("ShortlistsView", "Note"),
)


def stage_text(_widget: QWidget | None, stage: str | None) -> str:
    """A stage's name in the interface language (Chinese: the plan's own words)."""
    text = STAGE_SOURCE.get(stage or "", stage) if stage else NOT_IN_PIPELINE
    return QCoreApplication.translate("stages", text)


# -- the firm table with drag-and-drop ordering -------------------------------------------------
class OrderTable(QTableView):
    """A table whose rows the user reorders by dragging; emits the new order of firm ids."""

    reordered = Signal(list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setHighlightSections(False)

    def firm_ids(self) -> list[int]:
        m = self.model()
        return [int(m.index(r, 0).data(FIRM_ID)) for r in range(m.rowCount())]

    def dropEvent(self, event) -> None:
        if event.source() is not self:
            event.ignore()
            return
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        if not rows:
            event.ignore()
            return
        index = self.indexAt(event.position().toPoint())
        pos = self.dropIndicatorPosition()
        if not index.isValid() or pos == QAbstractItemView.DropIndicatorPosition.OnViewport:
            target = self.model().rowCount()
        else:
            target = index.row() + (
                1 if pos == QAbstractItemView.DropIndicatorPosition.BelowItem else 0
            )
        # The model never moves rows itself: the database order is changed, then reloaded.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        self.reordered.emit(move_rows(self.firm_ids(), rows, target))


def move_rows(ids: list[int], rows: list[int], target: int) -> list[int]:
    """``ids`` with the items at ``rows`` moved before position ``target`` (of the old list)."""
    moving = [ids[r] for r in rows]
    before = sum(1 for r in rows if r < target)
    rest = [x for i, x in enumerate(ids) if i not in set(rows)]
    at = max(0, min(target - before, len(rest)))
    return rest[:at] + moving + rest[at:]


# -- dialogs ------------------------------------------------------------------------------------
def _date_edit(value: str | None, parent: QWidget) -> QDateEdit:
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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, str]:
        return {k: e.text().strip() for k, e in self.fields.items()}


class VisitDialog(QDialog):
    """Log or edit a visit: who, where, what was said, what they want, what comes next."""

    def __init__(self, parent: QWidget | None = None, visit: dict[str, Any] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Visit"))
        v = visit or {}
        form = QFormLayout(self)
        self.date = _date_edit(v.get("date"), self)
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
        self.next_date = _date_edit(v.get("next_date"), self)
        self.next_date.setEnabled(self.has_next_date.isChecked())
        self.has_next_date.toggled.connect(self.next_date.setEnabled)
        row.addWidget(self.has_next_date)
        row.addWidget(self.next_date)
        row.addStretch(1)
        form.addRow(self.tr("Next step date"), row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {"date": self.date.date().toString("yyyy-MM-dd")}
        out.update({k: e.text().strip() for k, e in self.lines.items()})
        out.update({k: e.toPlainText().strip() for k, e in self.texts.items()})
        out["next_step"] = self.next_step.text().strip()
        out["next_date"] = (
            self.next_date.date().toString("yyyy-MM-dd") if self.has_next_date.isChecked() else None
        )
        return out


# -- the firm panel -------------------------------------------------------------------------------
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
        self.history = QTableWidget(0, 4)
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Stage"), self.tr("Who"), self.tr("Note")]
        )
        self._plain_table(self.history)
        lay.addWidget(self.history, 1)
        self._stage_choice()
        return w

    def _build_contacts(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        self.contacts = QTableWidget(0, 4)
        self.contacts.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Title"), self.tr("Phone"), self.tr("E-mail")]
        )
        self._plain_table(self.contacts)
        self.contacts.doubleClicked.connect(lambda _i: self.edit_contact())
        lay.addWidget(self.contacts, 1)
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("Add…"), self.add_contact),
            (self.tr("Edit…"), self.edit_contact),
            (self.tr("Delete"), self.delete_contact),
        ):
            b = make_button(text)
            b.clicked.connect(slot)
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        return w

    def _build_visits(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        self.visits = QTableWidget(0, 4)
        self.visits.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Place"), self.tr("Next step"), self.tr("Due")]
        )
        self._plain_table(self.visits)
        self.visits.doubleClicked.connect(lambda _i: self.edit_visit())
        self.visits.itemSelectionChanged.connect(self._show_visit)
        lay.addWidget(self.visits, 1)
        self.visit_text = QLabel()
        self.visit_text.setWordWrap(True)
        self.visit_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.visit_text.setAlignment(Qt.AlignmentFlag.AlignTop)
        lay.addWidget(self.visit_text)
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("Log visit…"), self.add_visit),
            (self.tr("Edit…"), self.edit_visit),
            (self.tr("Next step done"), self.next_done),
            (self.tr("Delete"), self.delete_visit),
        ):
            b = make_button(text)
            b.clicked.connect(slot)
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        return w

    @staticmethod
    def _plain_table(t: QTableWidget) -> None:
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.verticalHeader().hide()
        t.setShowGrid(False)
        t.setAlternatingRowColors(True)
        t.horizontalHeader().setStretchLastSection(True)
        t.horizontalHeader().setHighlightSections(False)

    # showing
    def set_firm(self, firm_id: int | None) -> None:
        self.firm_id = firm_id
        if firm_id is None:
            self.body.hide()
            self.empty.show()
            return
        row = self.ctx.db.execute(
            "SELECT id, name, short_name, city, district FROM firms WHERE id = ?", (firm_id,)
        ).fetchone()
        if row is None:
            self.set_firm(None)
            return
        from app import shortlists

        self.empty.hide()
        self.body.show()
        self.name.setText(row["name"])
        place = " · ".join(x for x in (row["city"], row["district"]) if x)
        self.subline.setText("　".join(x for x in (row["short_name"], place) if x))
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
        hist = outreach.history(self.ctx.db, self.firm_id)
        self.history.setRowCount(len(hist))
        for r, h in enumerate(reversed(hist)):
            note = "；".join(x for x in (h.get("reason"), h.get("note")) if x)
            for c, text in enumerate(
                (fmt.timestamp(h["at"]), stage_text(self, h["stage"]), h["user"] or "", note)
            ):
                self.history.setItem(r, c, QTableWidgetItem(text))
        self.history.resizeColumnsToContents()

    def _show_contacts(self) -> None:
        rows = outreach.contacts(self.ctx.db, self.firm_id)
        self.contacts.setRowCount(len(rows))
        for r, c in enumerate(rows):
            for col, key in enumerate(("name", "title", "phone", "email")):
                item = QTableWidgetItem(c[key] or "")
                item.setData(Qt.ItemDataRole.UserRole, c)
                self.contacts.setItem(r, col, item)
        self.contacts.resizeColumnsToContents()

    def _show_visits(self) -> None:
        rows = outreach.visits(self.ctx.db, self.firm_id)
        today = date.today().isoformat()
        self.visits.setRowCount(len(rows))
        for r, v in enumerate(rows):
            due = v["next_date"] or ""
            cells = (v["date"], v["place"] or "", v["next_step"] or "", due)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, v)
                if col == 3 and due and not v["next_done"] and due < today:
                    item.setForeground(QBrush(QColor(theme.DANGER)))
                if v["next_done"] and col >= 2:
                    item.setForeground(QBrush(QColor(theme.TEXT_FAINT)))
                self.visits.setItem(r, col, item)
        self.visits.resizeColumnsToContents()
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
        for key in (
            "our_staff",
            "their_people",
            "summary",
            "requests",
            "expansion_plans",
            "pressure",
        ):
            if v.get(key):
                parts.append(f"<b>{outreach.VISIT_FIELD_ZH[key]}</b>：{_html(v[key])}")
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

    def add_contact(self) -> None:
        if self.firm_id is None:
            return
        dlg = ContactDialog(self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            fid, values = self.firm_id, dlg.values()
            self._write(
                lambda db: outreach.add_contact(db, fid, **values), self.tr("Saving contact")
            )

    def edit_contact(self) -> None:
        c = self._selected(self.contacts)
        if c is None:
            return
        dlg = ContactDialog(self, c)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            values = dlg.values()
            self._write(
                lambda db: outreach.update_contact(db, c["id"], **values), self.tr("Saving contact")
            )

    def delete_contact(self) -> None:
        c = self._selected(self.contacts)
        if c is None:
            return
        if messages.ask(
            self, self.tr("Delete the contact %1?").replace("%1", c["name"]), default_yes=False
        ):
            self._write(
                lambda db: outreach.delete_contact(db, c["id"]), self.tr("Deleting contact")
            )

    def add_visit(self) -> None:
        if self.firm_id is None:
            return
        dlg = VisitDialog(self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            fid, values = self.firm_id, dlg.values()
            self._write(lambda db: outreach.add_visit(db, fid, **values), self.tr("Saving visit"))

    def edit_visit(self) -> None:
        v = self._selected(self.visits)
        if v is None:
            return
        dlg = VisitDialog(self, v)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            values = dlg.values()
            self._write(
                lambda db: outreach.update_visit(db, v["id"], **values), self.tr("Saving visit")
            )

    def next_done(self) -> None:
        v = self._selected(self.visits)
        if v is None or not v.get("next_step"):
            return
        self._write(
            lambda db: outreach.set_next_done(db, v["id"], not v["next_done"]),
            self.tr("Saving visit"),
        )

    def delete_visit(self) -> None:
        v = self._selected(self.visits)
        if v is None:
            return
        if messages.ask(
            self, self.tr("Delete the visit of %1?").replace("%1", v["date"]), default_yes=False
        ):
            self._write(lambda db: outreach.delete_visit(db, v["id"]), self.tr("Deleting visit"))


def _html(text: str) -> str:
    import html

    return html.escape(text).replace("\n", "<br/>")


# -- the view -------------------------------------------------------------------------------------
class ShortlistsView(View):
    key = "shortlists"
    COLUMNS = COLUMNS

    def __init__(self, ctx, parent: QWidget | None = None, spec=None):
        super().__init__(ctx, parent, spec)
        from ui.views import get

        spec = spec or get("shortlists")
        title = spec.translated_title() if spec else self.tr("Shortlists & visits")
        subtitle = spec.translated_subtitle() if spec else ""
        header = self.make_header(title, subtitle)
        self.preview_btn = header.add_button(self.tr("Print preview…"), "print")
        self.preview_btn.setToolTip(
            self.tr("Preview and print the dossier of the chosen firm (Ctrl+P: the whole list)")
        )
        self.preview_btn.clicked.connect(self.preview_selected)
        self.pdf_btn = header.add_button(self.tr("Dossiers to PDF…"), None, primary=True)
        self.pdf_btn.clicked.connect(self.export_pdf)
        self.xlsx_btn = header.add_button(self.tr("Export to Excel…"))
        self.xlsx_btn.clicked.connect(self.export_xlsx)
        s = spacing(self)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)

        # left: shortlists and reminders
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(int(s * 1.8), s, s, s)
        lists_card = Card(self.tr("Shortlists"))
        self.lists = QListWidget()
        self.lists.setWordWrap(True)
        self.lists.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lists.currentItemChanged.connect(lambda *_: self._list_chosen())
        lists_card.body.addWidget(self.lists, 1)
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("New…"), self.new_list),
            (self.tr("Rename…"), self.rename_list),
            (self.tr("Delete"), self.delete_list),
        ):
            b = make_button(text)
            b.clicked.connect(slot)
            row.addWidget(b)
        lists_card.body.addLayout(row)
        self.list_note = muted()
        lists_card.body.addWidget(self.list_note)
        ll.addWidget(lists_card, 3)
        rem_card = Card(
            self.tr("Next steps due"),
            self.tr("Overdue and due within a week; double-click to open the firm."),
        )
        self.reminders = QListWidget()
        self.reminders.setWordWrap(True)
        self.reminders.setSpacing(3)
        self.reminders.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.reminders.itemDoubleClicked.connect(self._reminder_chosen)
        rem_card.body.addWidget(self.reminders, 1)
        ll.addWidget(rem_card, 2)
        split.addWidget(left)

        # middle: the firms of the list
        mid = QWidget()
        ml = QVBoxLayout(mid)
        ml.setContentsMargins(s, s, s, s)
        self.list_title = section_title("")
        ml.addWidget(self.list_title)
        self.model = QStandardItemModel(0, len(self.COLUMNS), self)
        self.model.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.model.itemChanged.connect(self._note_edited)
        self.table = OrderTable()
        self.table.setModel(self.model)
        self.table.reordered.connect(self._reorder)
        self.table.selectionModel().currentRowChanged.connect(self._firm_chosen)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)  # the note takes what is left
        em = self.fontMetrics().horizontalAdvance("中")
        self.table.setColumnWidth(1, em * 16)
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.9))
        ml.addWidget(self.table, 1)
        self.empty_list = EmptyState(
            self.tr(
                "This list is empty. Add firms from Firms or Recommendations with “Add to shortlist”."
            )
        )
        self.empty_list.hide()
        ml.addWidget(self.empty_list)
        row = QHBoxLayout()
        self.up_btn = make_button(self.tr("Move up"))
        self.down_btn = make_button(self.tr("Move down"))
        self.remove_btn = make_button(self.tr("Remove from list"))
        self.up_btn.clicked.connect(lambda: self._move(-1))
        self.down_btn.clicked.connect(lambda: self._move(1))
        self.remove_btn.clicked.connect(self.remove_firm)
        for b in (self.up_btn, self.down_btn, self.remove_btn):
            row.addWidget(b)
        row.addStretch(1)
        ml.addLayout(row)
        ml.addWidget(
            muted(self.tr("Drag rows to change the order; double-click a note to edit it."))
        )
        split.addWidget(mid)

        # right: the firm
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(s, s, int(s * 1.8), s)
        self.panel = OutreachPanel(ctx)
        self.panel.changed.connect(self._panel_changed)
        rl.addWidget(self.panel, 1)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 6)
        split.setStretchFactor(2, 4)
        self.root.addWidget(split, 1)
        self._progress: QProgressDialog | None = None
        self._loading = False

    # -- data ------------------------------------------------------------------------------------
    def depends_on(self) -> tuple[str, ...]:
        return (PIPELINE, "firms", "scores", "catalog", "classification")

    def reload(self) -> None:
        from app import shortlists

        current = self.current_list()
        self.lists.blockSignals(True)
        self.lists.clear()
        for sl in shortlists.list_all(self.ctx.db):
            item = QListWidgetItem(f"{sl['name']}（{sl['count']}）")
            item.setData(Qt.ItemDataRole.UserRole, sl["name"])
            item.setToolTip(sl["note"] or "")
            self.lists.addItem(item)
            if sl["name"] == current:
                self.lists.setCurrentItem(item)
        if self.lists.currentItem() is None and self.lists.count():
            self.lists.setCurrentRow(0)
        self.lists.blockSignals(False)
        self._list_chosen()
        self._load_reminders()

    def describe(self) -> str:
        """One line for the self-test: what the view shows."""
        due = sum(
            1
            for i in range(self.reminders.count())
            if self.reminders.item(i).data(Qt.ItemDataRole.UserRole) is not None
        )
        return (
            self.tr("%1 shortlists, %2 firms in the chosen one, %3 next steps due")
            .replace("%1", str(self.lists.count()))
            .replace("%2", str(self.model.rowCount()))
            .replace("%3", str(due))
        )

    def current_list(self) -> str | None:
        item = self.lists.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select_list(self, name: str) -> None:
        for i in range(self.lists.count()):
            if self.lists.item(i).data(Qt.ItemDataRole.UserRole) == name:
                self.lists.setCurrentRow(i)
                return

    def _list_chosen(self) -> None:
        from app import shortlists

        name = self.current_list()
        chosen = self.current_firm()
        self._loading = True
        self.model.removeRows(0, self.model.rowCount())
        if name is None:
            self.list_title.setText(self.tr("No shortlist yet — create one with “New…”"))
            self.list_note.clear()
            self._loading = False
            self.panel.set_firm(None)
            self._update_buttons()
            return
        sl = shortlists.get(self.ctx.db, name)
        self.list_title.setText(name)
        owner = sl["owner"] or fmt.DASH
        self.list_note.setText(
            self.tr("Owner: %1").replace("%1", owner) + (f"\n{sl['note']}" if sl["note"] else "")
        )
        select_row = 0
        for r, it in enumerate(shortlists.items(self.ctx.db, name)):
            cells = [
                str(it["position"]),
                it["name"],
                it["city"] or "",
                self.ctx.direction_name(it["direction"]),
                fmt.score(it["score"]),
                stage_text(self, it["stage"]),
                it["note"] or "",
            ]
            items = []
            for c, text in enumerate(cells):
                item = QStandardItem(text)
                item.setData(it["firm_id"], FIRM_ID)
                flags = (
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsDragEnabled
                    | Qt.ItemFlag.ItemIsDropEnabled
                )
                if c == len(cells) - 1:
                    flags |= Qt.ItemFlag.ItemIsEditable
                    item.setToolTip(it["note"] or self.tr("Double-click to write a note"))
                if c == 1:
                    item.setToolTip(it["name"])
                item.setFlags(flags)
                if c == 5 and it["stage"] == "dropped":
                    item.setForeground(QBrush(QColor(theme.TEXT_FAINT)))
                items.append(item)
            self.model.appendRow(items)
            if it["firm_id"] == chosen:
                select_row = r
        self._loading = False
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty_list.setVisible(not has_rows)
        for c in (0, 2, 3, 4, 5):
            self.table.resizeColumnToContents(c)
        if has_rows:
            self.table.selectRow(select_row)
            self.table.setCurrentIndex(self.model.index(select_row, 1))
        else:
            self.panel.set_firm(None)
        self._update_buttons()

    def _load_reminders(self) -> None:
        self.reminders.clear()
        rows = outreach.due_reminders(self.ctx.db, within_days=REMINDER_DAYS)
        for r in rows:
            if r["overdue"] > 0:
                when = self.tr("%1 days overdue").replace("%1", str(r["overdue"]))
            elif r["overdue"] == 0:
                when = self.tr("due today")
            else:
                when = self.tr("due in %1 days").replace("%1", str(-r["overdue"]))
            item = QListWidgetItem(f"{r['next_date']}  {when}\n{r['firm']}：{r['next_step']}")
            item.setData(Qt.ItemDataRole.UserRole, r["firm_id"])
            if r["overdue"] > 0:
                item.setForeground(QBrush(QColor(theme.DANGER)))
            self.reminders.addItem(item)
        if not rows:
            item = QListWidgetItem(self.tr("Nothing due."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.reminders.addItem(item)

    def current_firm(self) -> int | None:
        idx = self.table.currentIndex()
        if not idx.isValid():
            return None
        value = self.model.index(idx.row(), 0).data(FIRM_ID)
        return int(value) if value is not None else None

    def _firm_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._loading:
            return
        fid = self.model.index(current.row(), 0).data(FIRM_ID) if current.isValid() else None
        self.panel.set_firm(int(fid) if fid is not None else None)
        self._update_buttons()

    def _reminder_chosen(self, item: QListWidgetItem) -> None:
        fid = item.data(Qt.ItemDataRole.UserRole)
        if fid is None:
            return
        for r in range(self.model.rowCount()):
            if self.model.index(r, 0).data(FIRM_ID) == fid:
                self.table.selectRow(r)
                return
        self.table.clearSelection()
        self.panel.set_firm(int(fid))
        self.panel.tabs.setCurrentIndex(2)

    def _update_buttons(self) -> None:
        has_list = self.current_list() is not None
        has_firm = self.current_firm() is not None
        for b in (self.up_btn, self.down_btn, self.remove_btn):
            b.setEnabled(has_firm)
        self.pdf_btn.setEnabled(has_list and self.model.rowCount() > 0)
        self.xlsx_btn.setEnabled(has_list)
        self.preview_btn.setEnabled(has_firm or self.model.rowCount() > 0)

    def _panel_changed(self) -> None:
        self._list_chosen()
        self._load_reminders()

    # -- list editing (writes on the writer thread) -----------------------------------------------
    def _write(self, fn, title: str, select: str | None = None) -> None:
        def done(_result: Any) -> None:
            self.reload()
            if select:
                self.select_list(select)
            self.ctx.notify(PIPELINE)

        self.track(self.ctx.run(lambda db, _c: fn(db), write=True, title=title, on_result=done))

    def new_list(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New shortlist"), self.tr("Name:"))
        if ok and name.strip():
            from app import shortlists

            self._write(
                lambda db: shortlists.create(db, name), self.tr("Creating shortlist"), name.strip()
            )

    def rename_list(self) -> None:
        old = self.current_list()
        if old is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename shortlist"), self.tr("New name:"), text=old
        )
        if ok and name.strip() and name.strip() != old:
            from app import shortlists

            self._write(
                lambda db: shortlists.rename(db, old, name),
                self.tr("Renaming shortlist"),
                name.strip(),
            )

    def delete_list(self) -> None:
        name = self.current_list()
        if name is None:
            return
        text = self.tr("Delete the shortlist “%1”? The firms stay in the database.").replace(
            "%1", name
        )
        if messages.ask(self, text, default_yes=False):
            from app import shortlists

            self._write(lambda db: shortlists.delete(db, name), self.tr("Deleting shortlist"))

    def _reorder(self, order: list[int]) -> None:
        name = self.current_list()
        if name is None:
            return
        from app import shortlists

        self._write(lambda db: shortlists.reorder(db, name, order), self.tr("Reordering"), name)

    def _move(self, step: int) -> None:
        row = self.table.currentIndex().row()
        ids = self.table.firm_ids()
        if row < 0 or not 0 <= row + step < len(ids):
            return
        ids[row], ids[row + step] = ids[row + step], ids[row]
        self._reorder(ids)

    def remove_firm(self) -> None:
        name, fid = self.current_list(), self.current_firm()
        if name is None or fid is None:
            return
        from app import shortlists

        self._write(
            lambda db: shortlists.remove(db, name, [fid]), self.tr("Removing from shortlist"), name
        )

    def _note_edited(self, item: QStandardItem) -> None:
        if self._loading or item.column() != len(self.COLUMNS) - 1:
            return
        name, fid, text = self.current_list(), int(item.data(FIRM_ID)), item.text()
        if name is None:
            return
        from app import shortlists

        self._write(
            lambda db: shortlists.set_note(db, name, fid, text), self.tr("Saving note"), name
        )

    # -- printing and export -------------------------------------------------------------------
    def can_print(self) -> bool:
        return self.model.rowCount() > 0

    def print_view(self) -> None:
        """Ctrl+P: the print preview of the whole list."""
        self.preview(self.table.firm_ids())

    def preview_selected(self) -> None:
        fid = self.current_firm() or self.panel.firm_id
        self.preview([fid] if fid is not None else self.table.firm_ids())

    def preview(self, firm_ids: list[int]):
        """Open the print preview of these firms' dossiers (the system print dialog is one
        click away); returns the dialog."""
        if not firm_ids:
            messages.info(self, self.tr("There is nothing to print: the list is empty."))
            return None
        from ui import dossier_print

        shortlist = self.current_list() if len(firm_ids) > 1 else None
        try:
            dialog = dossier_print.preview_dialog(
                self.ctx.db, firm_ids, shortlist=shortlist, parent=self
            )
        except Exception as exc:
            messages.show_error(self, exc)
            return None
        from PySide6.QtPrintSupport import QPrinterInfo

        if not QPrinterInfo.availablePrinters():
            # Not an error: the print dialog can still write a PDF, so say it and carry on.
            dialog.setWindowTitle(
                dialog.windowTitle()
                + " — "
                + self.tr("no printer installed (print to PDF instead)")
            )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if messages.headless:
            dialog.show()
        else:
            dialog.open()
        return dialog

    def export_pdf(self, out: str | None = None):
        """Write the whole list's dossiers to one PDF in the background (progress, cancel)."""
        name = self.current_list()
        ids = self.table.firm_ids()
        if name is None or not ids:
            messages.info(self, self.tr("There is nothing to print: the list is empty."))
            return None
        if out is None:
            out, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save dossiers as PDF"),
                f"走访档案-{name}.pdf",
                self.tr("PDF files (*.pdf)"),
            )
            if not out:
                return None
            if not out.lower().endswith(".pdf"):
                out += ".pdf"
        from ui import dossier_print

        dossier_print.font_family()  # register the font in the GUI thread first
        progress = QProgressDialog(
            self.tr("Laying out the dossiers…"), self.tr("Cancel"), 0, 2 * len(ids), self
        )
        progress.setWindowTitle(self.tr("Dossiers to PDF"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self._progress = progress

        def on_progress(p) -> None:
            progress.setMaximum(p.total or 0)
            progress.setValue(p.done)
            progress.setLabelText(p.message)

        def on_result(result: dict[str, Any]) -> None:
            progress.close()
            messages.info(
                self,
                self.tr("%1 dossiers, %2 pages, written to %3.")
                .replace("%1", str(result["firms"]))
                .replace("%2", str(result["pages"]))
                .replace("%3", result["file"]),
            )

        def on_cancelled() -> None:
            progress.close()
            messages.info(self, self.tr("Cancelled; no file was written."))

        job = partial(dossier_print.pdf_job, firm_ids=ids, out=out, shortlist=name)
        handle = self.ctx.run(
            lambda db, cancel: job(db, cancel),
            title=self.tr("Dossiers to PDF"),
            on_result=on_result,
            on_progress=on_progress,
            on_cancelled=on_cancelled,
            on_error=lambda e: (progress.close(), messages.show_error(self, e)),
        )
        progress.canceled.connect(handle.cancel)
        return self.track(handle)

    def export_xlsx(self, out: str | None = None, unmask: bool | None = None):
        name = self.current_list()
        if name is None:
            return None
        if out is None:
            out, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export shortlist"), f"{name}.xlsx", self.tr("Excel files (*.xlsx)")
            )
            if not out:
                return None
            if not out.lower().endswith(".xlsx"):
                out += ".xlsx"
        if unmask is None:
            unmask = messages.ask(
                self,
                self.tr(
                    "Include full contact details (phone, e-mail, names)? They are personal data: "
                    "choose No to export them masked."
                ),
                default_yes=False,
            )
        from app import shortlists

        def done(path: Any) -> None:
            messages.info(self, self.tr("Exported to %1.").replace("%1", str(path)))

        return self.track(
            self.ctx.run(
                lambda db, _c: shortlists.export_xlsx(db, name, out, unmask=bool(unmask)),
                write=True,
                title=self.tr("Exporting shortlist"),
                on_result=done,
            )
        )
