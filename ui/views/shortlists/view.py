"""名单与走访: the shortlists view itself (lists and reminders, firms, the firm panel)."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import outreach
from ui import fmt, messages, theme
from ui.context import PIPELINE
from ui.views.base import View
from ui.views.shortlists.common import (
    COLUMNS,
    FIRM_ID,
    REMINDER_DAYS,
    stage_text,
)
from ui.views.shortlists.order_table import OrderTable
from ui.views.shortlists.outreach import OutreachPanel
from ui.widgets.common import (
    Card,
    EmptyState,
    button_row,
    make_button,
    muted,
    section_title,
    spacing,
)


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
        lists_card.body.addLayout(
            button_row(
                (self.tr("New…"), self.new_list),
                (self.tr("Rename…"), self.rename_list),
                (self.tr("Delete"), self.delete_list),
            )
        )
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
        # Arrows with the words in their tooltips: three worded buttons were wider than the
        # list's share of a laptop screen in English.
        self.up_btn = make_button("", "chevron-up")
        self.down_btn = make_button("", "chevron-down")
        for b, text in ((self.up_btn, self.tr("Move up")), (self.down_btn, self.tr("Move down"))):
            b.setToolTip(text)
            b.setAccessibleName(text)
        self.remove_btn = make_button(self.tr("Remove from list"))
        self.up_btn.clicked.connect(lambda: self._move(-1))
        self.down_btn.clicked.connect(lambda: self._move(1))
        self.remove_btn.clicked.connect(self.remove_firm)
        for b in (self.up_btn, self.down_btn, self.remove_btn):
            row.addWidget(b)
        row.addStretch(1)
        ml.addLayout(row)
        drag_hint = muted(self.tr("Drag rows to change the order; double-click a note to edit it."))
        drag_hint.setWordWrap(True)
        ml.addWidget(drag_hint)
        split.addWidget(mid)

        # right: the firm
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(s, s, int(s * 1.8), s)
        self.panel = OutreachPanel(ctx)
        self.panel.changed.connect(self._panel_changed)
        rl.addWidget(self.panel, 1)
        # Width budget: the firm panel never scrolls sideways. It keeps its own minimum width
        # (the splitter takes the room from the firm table, which scrolls its columns), and
        # on a short screen it scrolls down instead of growing the window.
        right_scroll = QScrollArea()
        right_scroll.setWidgetResizable(True)
        right_scroll.setFrameShape(QFrame.Shape.NoFrame)
        right_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        right_scroll.setWidget(right)
        margins = rl.contentsMargins()
        right_scroll.setMinimumWidth(
            self.panel.body.minimumSizeHint().width() + margins.left() + margins.right()
        )
        split.addWidget(right_scroll)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setStretchFactor(2, 5)
        # The first layout follows the size hints, which left the firm panel a quarter of a
        # laptop's width: start from shares instead (Qt scales them to the room there is).
        # The firm panel's tables need the room more than the list, whose columns scroll.
        split.setSizes([2000, 5000, 5000])
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
