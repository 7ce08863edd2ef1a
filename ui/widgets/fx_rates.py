"""The exchange-rate table (设置 → 汇率): each currency's rate to 人民币 and the table's date.

Foreign-currency registered capital is converted at this table for scoring and documents
(:mod:`app.fx`). Staff see every currency with its rate and the date the table is of, edit
the rates in place and save: every value is checked first (a number above 0), a bad one is
marked and nothing is written; saving stores the table in the database (setting
``fx.rates``, shared by everyone using it) and re-ranks every firm, like the weights.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import theme
from ui.widgets.common import LEFT, make_button, muted
from ui.widgets.tables import column_modes

RATE_COLUMN = 1


class RatesEditor(QWidget):
    """Emits ``saved`` after the table is stored and every firm re-ranked."""

    saved = Signal()

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._job = None
        self._loading = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        date_label = QLabel(self.tr("Rates as of"))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        date_label.setBuddy(self.date)
        self.date.dateChanged.connect(self._edited)
        top.addWidget(date_label)
        top.addWidget(self.date)
        top.addStretch(1)
        lay.addLayout(top)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Currency"), self.tr("Yuan per unit")])
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        hh = self.table.horizontalHeader()
        hh.setDefaultAlignment(LEFT)
        column_modes(hh, stretch=[0], fit=[1])
        self.table.setMinimumHeight(self.fontMetrics().height() * 10)
        self.table.itemChanged.connect(self._edited)
        lay.addWidget(self.table, 1)
        self.status = muted()
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        row = QHBoxLayout()
        self.save_btn = make_button(self.tr("Save and re-rank"), None, primary=True)
        self.save_btn.clicked.connect(self.save)
        self.revert_btn = make_button(self.tr("Revert"))
        self.revert_btn.clicked.connect(self.load)
        row.addStretch(1)
        row.addWidget(self.revert_btn)
        row.addWidget(self.save_btn)
        lay.addLayout(row)
        self._set_dirty(False)

    # -- showing --------------------------------------------------------------------------------
    def load(self) -> None:
        """Show the table stored in the database."""
        from app import fx

        rates = fx.get_rates(self.ctx.db)
        self._loading = True
        self.date.setDate(QDate.fromString(rates.date, "yyyy-MM-dd"))
        codes = [c for c in fx.NAMES if c != "CNY"] + sorted(
            c for c in rates.rates if c not in fx.NAMES
        )
        self.table.setRowCount(len(codes))
        for r, code in enumerate(codes):
            name = QTableWidgetItem(f"{fx.name(code)}（{code}）")
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name.setData(Qt.ItemDataRole.UserRole, code)
            self.table.setItem(r, 0, name)
            value = rates.rates.get(code)
            item = QTableWidgetItem("" if value is None else f"{value:g}")
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(self.tr("How many yuan one unit of this currency is worth"))
            self.table.setItem(r, RATE_COLUMN, item)
        self._loading = False
        self._set_dirty(False)
        self.status.setText(
            self.tr(
                "Foreign-currency registered capital is converted at these rates for scoring "
                "and dossiers. Double-click a rate to change it."
            )
        )

    def values(self) -> dict[str, str]:
        """The rates as typed, by currency code (empty cells left out)."""
        out = {}
        for r in range(self.table.rowCount()):
            code = self.table.item(r, 0).data(Qt.ItemDataRole.UserRole)
            text = self.table.item(r, RATE_COLUMN).text().strip()
            if text:
                out[code] = text
        return out

    def _edited(self, *_args) -> None:
        if not self._loading:
            self._set_dirty(True)
            self.validate()

    def _set_dirty(self, dirty: bool) -> None:
        self.save_btn.setEnabled(dirty)
        self.revert_btn.setEnabled(dirty)

    def validate(self) -> list[str]:
        """Mark every rate that is not a number above 0; returns their messages."""
        from app import fx
        from app.errors import UserError

        errors = []
        self._loading = True
        for r in range(self.table.rowCount()):
            code = self.table.item(r, 0).data(Qt.ItemDataRole.UserRole)
            item = self.table.item(r, RATE_COLUMN)
            text = item.text().strip()
            bad = None
            if text:
                try:
                    fx.parse_rate(code, text)
                except UserError as e:
                    bad = str(e)
            item.setForeground(QBrush(QColor(theme.DANGER)) if bad else QBrush())
            item.setToolTip(bad or self.tr("How many yuan one unit of this currency is worth"))
            if bad:
                errors.append(bad)
        self._loading = False
        if errors:
            self.status.setText(errors[0])
        self.save_btn.setEnabled(not errors and self.revert_btn.isEnabled())
        return errors

    # -- saving ---------------------------------------------------------------------------------
    def save(self) -> None:
        """Store the table (nothing when a rate is invalid) and re-rank every firm."""
        if self.validate():
            return
        rates = self.values()
        on = self.date.date().toString("yyyy-MM-dd")

        def job(db, cancel):
            from app import fx, ranking

            fx.set_table(db, rates, on)
            return (yield from ranking.rescore(db, cancel))

        self.save_btn.setEnabled(False)
        self.status.setText(self.tr("Saved; re-ranking every firm…"))
        self._job = self.ctx.run(
            job,
            write=True,
            title=self.tr("Re-ranking with the new exchange rates"),
            on_result=self._done,
        )

    def _done(self, result) -> None:
        self.load()
        n = result.get("firms") if isinstance(result, dict) else None
        self.status.setText(
            self.tr("Rates saved; %1 firms re-ranked.").replace(
                "%1", f"{n:,}" if n is not None else "—"
            )
        )
        self.ctx.notify("scores")
        self.saved.emit()

    def busy(self) -> bool:
        return self._job is not None and self._job.running
