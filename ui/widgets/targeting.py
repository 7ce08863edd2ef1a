"""Flags, signals and links in the firm panel; 以商引商 (an anchor's linked candidates); the
strategy choice beside the ranking weights; the flag filter of the candidate list.

Everything is read and written through app.targeting (no SQL here).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import fmt
from ui.widgets.common import LEFT, make_button, muted, section_title, spacing


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().hide()
    t.horizontalHeader().setDefaultAlignment(LEFT)
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    t.setWordWrap(False)
    return t


def _fill(
    t: QTableWidget, rows: list[list[str]], tips: list[str] | None = None, *, fit: bool = True
) -> None:
    t.setRowCount(len(rows))
    for i, cells in enumerate(rows):
        for j, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if tips and tips[i]:
                item.setToolTip(tips[i])
            t.setItem(i, j, item)
    if not fit:
        return
    # As tall as its rows (up to eight), so the three sections share the tab.
    h = t.horizontalHeader().height() + 2 * t.frameWidth()
    h += sum(t.rowHeight(i) for i in range(min(len(rows), 8))) or t.fontMetrics().height() * 2
    t.setFixedHeight(h)


class TargetingPanel(QWidget):
    """A firm's lists (名录), signals (动向) and links (关联), with 以商引商 and 记录动向."""

    changed = Signal(int)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.firm_id: int | None = None
        lay = QVBoxLayout(self)
        s = spacing(self)
        lay.setContentsMargins(s, s, s, s)
        lay.setSpacing(int(s * 0.6))
        lay.addWidget(section_title(self.tr("Lists")))
        self.flags_label = QLabel()
        self.flags_label.setWordWrap(True)
        self.flags_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.flags_label)

        head = QHBoxLayout()
        head.addWidget(section_title(self.tr("Signals")))
        head.addStretch(1)
        self.add_signal_btn = make_button(self.tr("Record a signal…"), "add")
        self.add_signal_btn.clicked.connect(self.record_signal)
        head.addWidget(self.add_signal_btn)
        lay.addLayout(head)
        self.signals = _table(
            [
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("Weight"),
                self.tr("Note"),
                self.tr("Source"),
            ]
        )
        lay.addWidget(self.signals)
        self.signals_note = muted()
        lay.addWidget(self.signals_note)

        head = QHBoxLayout()
        head.addWidget(section_title(self.tr("Links")))
        head.addStretch(1)
        self.anchor_btn = make_button(self.tr("Linked candidates…"), "search")
        self.anchor_btn.setToolTip(
            self.tr("Candidates linked to this firm: its suppliers first, then customers and group")
        )
        self.anchor_btn.clicked.connect(self.show_anchor)
        head.addWidget(self.anchor_btn)
        lay.addLayout(head)
        self.links = _table(
            [self.tr("This firm is"), self.tr("Partner"), self.tr("Source"), self.tr("Date")]
        )
        lay.addWidget(self.links)
        self.group_label = muted()
        lay.addWidget(self.group_label)
        lay.addStretch(1)

    def set_firm(self, firm_id: int | None) -> None:
        self.firm_id = firm_id
        if firm_id is None:
            return
        from app.targeting import flags, links, signals

        db = self.ctx.db
        fl = flags.of_firm(db, firm_id)
        self.flags_label.setText(
            "；".join(f"{f['name']}（{f['year']}）" if f["year"] else f["name"] for f in fl)
            or self.tr("On no list imported so far.")
        )
        sg = signals.of_firm(db, firm_id)
        _fill(
            self.signals,
            [
                [
                    s["date"],
                    s["kind"] + (f"·{s['kind_written']}" if s["kind_written"] else ""),
                    f"{s['weight']:.2f}",
                    s["note"],
                    s["source"],
                ]
                for s in sg
            ],
        )
        self.signals_note.setText(
            self.tr("Signals raise the landing propensity; each fades by half over its half-life.")
            if sg
            else self.tr("No signals recorded.")
        )
        lk = links.of_firm(db, firm_id)
        outside = self.tr("(not in the database)")
        _fill(
            self.links,
            [
                [
                    x["relation"],
                    x["partner"] + ("" if x["matched"] else f" {outside}"),
                    x["source"],
                    x["date"],
                ]
                for x in lk
            ],
        )
        names, n = links.group_names(db, firm_id)
        more = f" …（{fmt.integer(n)}）" if n > len(names) else ""
        self.group_label.setText(
            self.tr("Same group: %1").replace("%1", "、".join(names) + more) if names else ""
        )
        self.anchor_btn.setEnabled(bool(lk or names))

    def show_anchor(self) -> None:
        if self.firm_id is None:
            return
        AnchorDialog(self.ctx, self.firm_id, self).open()

    def record_signal(self) -> None:
        if self.firm_id is None:
            return
        dlg = SignalDialog(self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        fid = self.firm_id
        kind, day, note = dlg.values()

        def job(db, cancel):
            from app import pipeline
            from app.targeting import signals

            signals.add(db, fid, kind, day, note)
            return (yield from pipeline.refresh_if_stale(db, cancel))

        def done(_res) -> None:
            self.ctx.notify("scores")
            self.set_firm(fid)
            self.changed.emit(fid)

        self.ctx.run(
            job, write=True, title=self.tr("Recording the signal"), on_result=done, receiver=self
        )


class SignalDialog(QDialog):
    """Kind, date and note of one signal."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        from app.targeting.signals import KINDS

        self.setWindowTitle(self.tr("Record a signal"))
        form = QFormLayout(self)
        self.kind = QComboBox()
        self.kind.setEditable(True)  # any other kind is kept as 其他
        self.kind.addItems(list(KINDS))
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(date.today())
        self.day.setMaximumDate(date.today())  # a signal in the future is refused
        self.note = QLineEdit()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, str]:
        return self.kind.currentText(), self.day.date().toString("yyyy-MM-dd"), self.note.text()


class AnchorDialog(QDialog):
    """以商引商: the anchor's linked candidates, suppliers first, with the same explanation."""

    def __init__(self, ctx, anchor_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Linked candidates of an anchor firm"))
        em = self.fontMetrics().horizontalAdvance("中")
        self.resize(em * 70, em * 30)
        lay = QVBoxLayout(self)
        self.title = section_title("")
        lay.addWidget(self.title)
        self.table = _table(
            [
                self.tr("Relation"),
                self.tr("Score"),
                self.tr("Firm"),
                self.tr("City"),
                self.tr("Direction · segment"),
                self.tr("Why"),
            ]
        )
        self.table.setWordWrap(False)
        lay.addWidget(self.table, 1)
        self.note = muted(self.tr("Computing…"))
        lay.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

        def job(db, cancel):
            from app.targeting import anchor

            return anchor.candidates(db, anchor_id, 50)

        ctx.run(
            job,
            title=self.tr("Finding linked candidates"),
            on_result=self.show_result,
            receiver=self,
        )

    def show_result(self, found: dict[str, Any]) -> None:
        rows = found["rows"]
        self.title.setText(
            self.tr("Linked candidates of %1").replace("%1", found["anchor"]["name"] or "")
        )
        _fill(
            self.table,
            [
                [
                    r["relation"],
                    fmt.DASH if r["score"] is None else f"{r['score']:.1f}",
                    r["name"],
                    r["city"],
                    "·".join(x for x in (r["direction_name"], r["segment_name"]) if x) or fmt.DASH,
                    r["why"],
                ]
                for r in rows
            ],
            [r["why"] for r in rows],
            fit=False,
        )
        self.note.setText(
            self.tr("%1 linked firms in the database, %2 outside it; only candidates are ranked.")
            .replace("%1", fmt.integer(found["linked_in_database"]))
            .replace("%2", fmt.integer(found["linked_outside_database"]))
        )


def add_targeting_tab(detail) -> TargetingPanel:
    """Add the 名录与关联 tab to a FirmDetail; call its ``set_firm`` with the detail's."""
    from PySide6.QtWidgets import QFrame, QScrollArea

    panel = TargetingPanel(detail.ctx)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    panel.setObjectName("scrollBody")
    area.setWidget(panel)
    detail.tabs.addTab(area, panel.tr("Lists & links"))
    panel.changed.connect(detail.changed)
    return panel


class StrategyChooser(QWidget):
    """补链 / 强链 / 延链 beside the weights: choosing one puts its saved weights in force and
    re-ranks."""

    applied = Signal()

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        from app.targeting.strategies import STRATEGIES

        self.ctx = ctx
        self._loading = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Strategy")))
        self.combo = QComboBox()
        for name, s in STRATEGIES.items():
            self.combo.addItem(f"{name}　{s.meaning}", name)
        self.combo.setAccessibleName(self.tr("Strategy"))
        self.combo.currentIndexChanged.connect(self._chosen)
        row.addWidget(self.combo, 1)
        lay.addLayout(row)
        self.rule = muted()
        lay.addWidget(self.rule)
        self._job = None

    def load(self) -> None:
        from app.targeting import strategies

        name = strategies.current(self.ctx.db)
        self._loading = True
        self.combo.setCurrentIndex(max(self.combo.findData(name), 0))
        self._loading = False
        self.rule.setText(strategies.STRATEGIES[name].rule)

    def _chosen(self, _index: int) -> None:
        if self._loading:
            return
        name = self.combo.currentData()

        def job(db, cancel):
            from app import ranking
            from app.targeting import strategies

            w = strategies.use(db, name)
            ranking.set_weights(db, **w.to_json())
            return (yield from ranking.rescore(db, cancel))

        def done(_res) -> None:
            self.load()
            self.ctx.notify("scores")
            self.applied.emit()

        self._job = self.ctx.run(
            job, write=True, title=self.tr("Re-ranking with the strategy"), on_result=done
        )

    def busy(self) -> bool:
        return self._job is not None and self._job.running


class FlagFilter(QComboBox):
    """名录 filter of a firm list: all firms, firms on any list, or on one list."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("List"))
        self.setToolTip(self.tr("Only firms on a list (专精特新, 小巨人 …)"))

    def load(self) -> None:
        from app.targeting import flags

        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("All firms"), "")
        names = flags.names(self.ctx.db)
        if names:
            self.addItem(self.tr("On any list"), flags.ANY)
        for n in names:
            self.addItem(n, n)
        self.setCurrentIndex(max(self.findData(current), 0) if current else 0)
        self.blockSignals(False)

    def sql(self) -> str:
        from app.targeting import flags

        return flags.filter_sql(self.currentData())
