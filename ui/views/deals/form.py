"""The deal form, and the small dialogs of the board: sign, hand off, assessment sheet."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import fmt as app_fmt
from app.deals import assess
from app.deals import model as m
from app.errors import UserError
from ui import messages
from ui.views.deals.texts import ENERGY_EN, RECOMMENDATION_EN, TYPE_EN, code_combo, tx, txf
from ui.widgets.common import FormDialog, dialog_buttons, error_label

# The form's row labels by field (the same source texts as the rows, so translated alike).
FIELD_LABELS = (
    ("name", QT_TRANSLATE_NOOP("", "Name")),
    ("type", QT_TRANSLATE_NOOP("", "Type")),
    ("amount", QT_TRANSLATE_NOOP("", "Planned investment (10k yuan, or 3.5亿)")),
    ("land_mu", QT_TRANSLATE_NOOP("", "Land (mu)")),
    ("floor_m2", QT_TRANSLATE_NOOP("", "Floor space (㎡)")),
    ("town", QT_TRANSLATE_NOOP("", "Town")),
    ("direction", QT_TRANSLATE_NOOP("", "Direction")),
    ("segment", QT_TRANSLATE_NOOP("", "Direction")),
    ("owner", QT_TRANSLATE_NOOP("", "Officer")),
    ("next_step", QT_TRANSLATE_NOOP("", "Next step")),
    ("next_due", QT_TRANSLATE_NOOP("", "Due")),
    ("expected_output", QT_TRANSLATE_NOOP("", "Expected output (10k yuan/year)")),
    ("expected_tax", QT_TRANSLATE_NOOP("", "Expected tax (10k yuan/year)")),
    ("expected_jobs", QT_TRANSLATE_NOOP("", "Expected jobs")),
    ("planned_start", QT_TRANSLATE_NOOP("", "Planned construction start")),
    ("planned_production", QT_TRANSLATE_NOOP("", "Planned production start")),
    ("energy_class", QT_TRANSLATE_NOOP("", "Energy and environmental load")),
    ("recommendation", QT_TRANSLATE_NOOP("", "Recommendation (set by staff)")),
    ("recommendation_note", QT_TRANSLATE_NOOP("", "Reason or conditions")),
)


def _shown(value: Any) -> str:
    """A stored value as the conflict question shows it."""
    if value is None or value == "":
        return tx("(none)")
    if isinstance(value, float):
        return _num(value)
    return str(value)


def _num(x: float | None) -> str:
    return "" if x is None else f"{x:g}"


def _date_edit() -> QDateEdit:
    """A date that may be left unset (its minimum, shown as “not set”)."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setSpecialValueText(tx("(not set)"))
    edit.setMinimumDate(QDate(2000, 1, 1))
    edit.setDate(edit.minimumDate())
    return edit


def _set_day(edit: QDateEdit, day: str | None) -> None:
    edit.setDate(QDate.fromString(day, "yyyy-MM-dd") if day else edit.minimumDate())


def _day(edit: QDateEdit) -> str | None:
    d = edit.date()
    return None if d == edit.minimumDate() else d.toString("yyyy-MM-dd")


class DealDialog(QDialog):
    """Add or edit a deal. Amounts accept 万元 or 亿 text; a bad field is named, nothing saved."""

    def __init__(self, ctx: Any, deal: m.Deal | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.deal = deal
        self.saved_id: int | None = None
        self.setWindowTitle(tx("Deal"))
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        grid = QGridLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self.firm = QLineEdit()
        self.name = QLineEdit()
        self.type = QComboBox()
        for key, en in TYPE_EN.items():
            self.type.addItem(tx(en), key)
        self.amount = QLineEdit()
        self.land = QLineEdit()
        self.floor = QLineEdit()
        self.town = QComboBox()
        self.town.addItem(tx("(none)"), "")
        for t in m.TOWNS:
            self.town.addItem(t, t)
        self.direction = QComboBox()
        self.direction.addItem(tx("(none)"), "")
        for d in ctx.catalog().directions:
            self.direction.addItem(f"{d.name}（{d.code}）", d.code)
        self.owner = QLineEdit()
        self.next_step = QLineEdit()
        self.due = _date_edit()
        self.start = _date_edit()
        self.production = _date_edit()
        self.output = QLineEdit()
        self.tax = QLineEdit()
        self.jobs = QSpinBox()
        self.jobs.setRange(0, 1_000_000)
        self.energy = code_combo(ENERGY_EN)
        self.recommendation = code_combo(RECOMMENDATION_EN)
        self.reason = QLineEdit()

        for box in (self.type, self.town, self.direction, self.energy, self.recommendation):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(10)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left = QFormLayout()
        left.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        left.addRow(tx("Firm (id, credit code or exact name)"), self.firm)
        left.addRow(tx("Name"), self.name)
        left.addRow(tx("Type"), self.type)
        left.addRow(tx("Planned investment (10k yuan, or 3.5亿)"), self.amount)
        left.addRow(tx("Land (mu)"), self.land)
        left.addRow(tx("Floor space (㎡)"), self.floor)
        left.addRow(tx("Town"), self.town)
        left.addRow(tx("Direction"), self.direction)
        right = left  # one column: the labels are long and the window may be narrow
        right.addRow(tx("Officer"), self.owner)
        right.addRow(tx("Next step"), self.next_step)
        right.addRow(tx("Due"), self.due)
        right.addRow(tx("Expected output (10k yuan/year)"), self.output)
        right.addRow(tx("Expected tax (10k yuan/year)"), self.tax)
        right.addRow(tx("Expected jobs"), self.jobs)
        right.addRow(tx("Planned construction start"), self.start)
        right.addRow(tx("Planned production start"), self.production)
        right.addRow(tx("Energy and environmental load"), self.energy)
        right.addRow(tx("Recommendation (set by staff)"), self.recommendation)
        right.addRow(tx("Reason or conditions"), self.reason)
        grid.addLayout(left, 0, 0)
        self.error = error_label()
        self.error.setObjectName("error")
        outer.addWidget(self.error)
        outer.addWidget(dialog_buttons(self, self.save, save=True))
        self.resize(self.fontMetrics().horizontalAdvance("中") * 46, 620)
        self._fill()

    def _fill(self) -> None:
        d = self.deal
        if d is None:
            self.owner.setText(m.person())
            return
        self.firm.setText(f"{d.firm}（{d.firm_id}）")  # read only: a deal keeps its firm
        self.firm.setEnabled(False)
        self.name.setText(d.name)
        self.type.setCurrentIndex(max(0, self.type.findData(d.type)))
        self.amount.setText(_num(d.amount))
        self.land.setText(_num(d.land_mu))
        self.floor.setText(_num(d.floor_m2))
        self.town.setCurrentIndex(max(0, self.town.findData(d.town)))
        self.direction.setCurrentIndex(max(0, self.direction.findData(d.direction)))
        self.owner.setText(d.owner)
        self.next_step.setText(d.next_step)
        _set_day(self.due, d.next_due)
        _set_day(self.start, d.planned_start)
        _set_day(self.production, d.planned_production)
        self.output.setText(_num(d.expected_output))
        self.tax.setText(_num(d.expected_tax))
        self.jobs.setValue(d.expected_jobs or 0)
        self.energy.setCurrentIndex(max(0, self.energy.findData(d.energy_class)))
        self.recommendation.setCurrentIndex(max(0, self.recommendation.findData(d.recommendation)))
        self.reason.setText(d.recommendation_note)

    def values(self) -> dict[str, Any]:
        """The form's fields parsed; UserError naming the first bad one."""
        out: dict[str, Any] = {
            "name": self.name.text().strip(),
            "type": self.type.currentData(),
            "amount": m.parse_wan(
                self.amount.text(), tx("Planned investment (10k yuan, or 3.5亿)")
            ),
            "land_mu": m.parse_measure(self.land.text(), tx("Land (mu)"), "亩"),
            "floor_m2": m.parse_measure(self.floor.text(), tx("Floor space (㎡)"), "㎡"),
            "town": self.town.currentData() or "",
            "direction": self.direction.currentData() or "",
            "owner": self.owner.text().strip(),
            "next_step": self.next_step.text().strip(),
            "next_due": _day(self.due),
            "planned_start": _day(self.start),
            "planned_production": _day(self.production),
            "expected_output": m.parse_wan(
                self.output.text(), tx("Expected output (10k yuan/year)")
            ),
            "expected_tax": m.parse_wan(self.tax.text(), tx("Expected tax (10k yuan/year)")),
            "expected_jobs": self.jobs.value() or None,
            "energy_class": self.energy.currentData() or "",
            "recommendation": self.recommendation.currentData() or "",
            "recommendation_note": self.reason.text().strip(),
        }
        if self.deal is not None and self.deal.direction != out["direction"]:
            out["segment"] = ""
        return out

    def save(self) -> None:
        db = self.ctx.db
        try:
            values = self.values()
            if self.deal is None:
                from app.ranking import resolve_firm

                firm_id = resolve_firm(db, self.firm.text())
                self.saved_id = m.add_deal(db, m.Deal(id=None, firm_id=firm_id, **values))
            else:
                try:
                    self.saved_id = m.update(
                        db, self.deal.id or 0, values, if_version=self.deal.version
                    ).id
                except m.DealConflict as conflict:
                    changes = self._rebase(conflict, values)
                    if changes is None:
                        return
                    self.saved_id = m.update(
                        db, self.deal.id or 0, changes, if_version=conflict.theirs.version
                    ).id
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self.accept()

    def _rebase(self, conflict: m.DealConflict, values: dict[str, Any]) -> dict[str, Any] | None:
        """Someone saved the deal after this form opened: keep their changes to the fields
        this person left alone; where both changed a field, ask whose value stays. None: the
        person cancels (the form stays open, showing their values)."""
        assert self.deal is not None
        changes, clashes = m.rebase_edit(self.deal, conflict.theirs, values)
        if not clashes:
            return changes
        labels = dict(FIELD_LABELS)
        lines = "\n".join(
            f"{tx(labels.get(k, k))}: {_shown(theirs)} → {_shown(mine)}"
            for k, (theirs, mine) in clashes.items()
        )
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tx("Someone else saved this deal"))
        box.setText(
            txf(
                "%1 saved this deal at %2, after you opened it, and changed the same "
                "fields (theirs → yours):",
                conflict.who,
                conflict.at.replace("T", " ")[:16],
            )
        )
        box.setInformativeText(lines)
        mine = box.addButton(tx("Keep mine"), QMessageBox.ButtonRole.AcceptRole)
        theirs = box.addButton(tx("Keep theirs"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(mine)
        if messages.headless:
            clicked = mine
        else:
            box.exec()
            clicked = box.clickedButton()
        if clicked is mine:
            return changes
        if clicked is theirs:
            return {k: v for k, v in changes.items() if k not in clashes}
        self.deal = conflict.theirs  # a second save compares against what is now stored
        return None


class SignDialog(FormDialog):
    def __init__(self, deal: m.Deal, parent: QWidget | None = None):
        super().__init__(tx("Sign the deal"), f"{deal.name}（{deal.firm}）", parent)
        self.number = QLineEdit()
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.add_rows((tx("Agreement number"), self.number), (tx("Signing date"), self.day))


class HandoffDialog(FormDialog):
    def __init__(self, deal: m.Deal, parent: QWidget | None = None):
        super().__init__(tx("Hand off to a town"), f"{deal.name}（{deal.firm}）", parent)
        self.town = QComboBox()
        for t in m.TOWNS:
            self.town.addItem(t, t)
        if deal.town:
            self.town.setCurrentIndex(max(0, self.town.findData(deal.town)))
        self.note = QLineEdit()
        self.add_rows((tx("Town"), self.town), (tx("Note"), self.note))


class AssessmentDialog(QDialog):
    """The assessment sheet on screen, with print preview and PDF export (the dossiers' path)."""

    def __init__(self, ctx: Any, deal_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.sheet, self.html = assess.printed(ctx.db, deal_id)
        self.setWindowTitle(tx("Assessment of a proposed project"))
        lay = QVBoxLayout(self)
        view = QTextBrowser()
        view.setHtml(self.html)
        lay.addWidget(view, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        for text, slot in (
            (tx("Print…"), self.print_sheet),
            (tx("Export PDF…"), self.export_pdf),
            (tx("Close"), self.accept),
        ):
            b = QPushButton(text)
            b.clicked.connect(slot)
            row.addWidget(b)
        lay.addLayout(row)
        self.resize(self.fontMetrics().horizontalAdvance("中") * 60, 560)

    def docs(self) -> list[tuple[str, str]]:
        return [(f"{assess.TITLE} · {self.sheet.deal.name}", self.html)]

    def print_sheet(self) -> None:
        from ui import sheet_print

        sheet_print.preview(self, self.docs(), assess.TITLE)

    def export_pdf(self) -> None:
        from ui import sheet_print

        name = f"{assess.TITLE}-{self.sheet.deal.id}-{date.today().isoformat()}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, tx("Export PDF…"), name, tx("PDF files (*.pdf)")
        )
        if not path:
            return
        try:
            result = sheet_print.write_pdf(self.docs(), path)
        except UserError as exc:
            messages.show_error(self, exc)
            return
        messages.info(self, txf("Saved: %1", result["file"]))


def money(x: float | None) -> str:
    return app_fmt.money(x) or "—"


class SitesDialog(QDialog):
    """Sites that fit a deal, best first with why; offer one, or offer it as the chosen one."""

    def __init__(self, ctx: Any, deal: m.Deal, parent: QWidget | None = None):
        super().__init__(parent)
        from app.deals import sites

        self.ctx = ctx
        self.deal = deal
        self.setWindowTitle(txf("Sites for %1", deal.name))
        lay = QVBoxLayout(self)
        need = []
        if deal.land_mu:
            need.append(f"{app_fmt.figure(deal.land_mu)} 亩")
        if deal.floor_m2:
            need.append(f"{app_fmt.figure(deal.floor_m2)} ㎡")
        # a variable, not a literal, as txf()'s argument: lupdate reads a literal second
        # argument as a disambiguation and the message is then never found
        needs = "、".join(need) or tx("(no stated need)")
        head = QLabel(
            txf(
                "Needs %1 in %2; sites of the register that fit, best first.",
                needs,
                deal.town or tx("(no town)"),
            )
        )
        head.setWordWrap(True)
        lay.addWidget(head)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setWordWrap(True)
        self.list.setHeaderLabels([tx("Site"), tx("Town"), tx("Space"), tx("Why")])
        self.list.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        offered = {s["id"] for s in deal.sites_offered}
        self.matches = sites.match(ctx.db, deal, limit=20)
        for hit in self.matches:
            s = hit.site
            space = "，".join(
                x
                for x in (
                    f"{app_fmt.figure(s.land_mu)} 亩" if s.land_mu else "",
                    f"{app_fmt.figure(s.floor_m2)} ㎡" if s.floor_m2 else "",
                )
                if x
            )
            name = s.name + ("（" + tx("chosen") + "）" if s.id == deal.site_id else "")
            if s.id in offered and s.id != deal.site_id:
                name += "（" + tx("offered") + "）"
            item = QTreeWidgetItem([name, s.town, space, "；".join(hit.reasons)])
            item.setData(0, Qt.ItemDataRole.UserRole, s.id)
            item.setToolTip(3, "\n".join(hit.reasons))
            self.list.addTopLevelItem(item)
        for c in range(3):
            self.list.resizeColumnToContents(c)
        if self.matches:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        lay.addWidget(self.list, 1)
        if not self.matches:
            lay.addWidget(QLabel(tx("No site in the register fits (chainfill site add …).")))
        self.error = error_label()
        lay.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        self.offer_btn = QPushButton(tx("Record as offered"))
        self.choose_btn = QPushButton(tx("Record as chosen"))
        close = QPushButton(tx("Close"))
        self.offer_btn.clicked.connect(lambda: self.record(False))
        self.choose_btn.clicked.connect(lambda: self.record(True))
        close.clicked.connect(self.reject)
        for b in (self.offer_btn, self.choose_btn, close):
            b.setEnabled(b is close or bool(self.matches))
            row.addWidget(b)
        lay.addLayout(row)
        self.resize(self.fontMetrics().horizontalAdvance("中") * 56, 420)

    def record(self, chosen: bool) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        try:
            m.offer_site(
                self.ctx.db,
                self.deal.id or 0,
                int(item.data(0, Qt.ItemDataRole.UserRole)),
                chosen=chosen,
            )
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self.accept()
