"""Flags, signals and links in the firm panel; 以商引商 (an anchor's linked candidates); the
strategy choice beside the ranking weights; the flag filter of the candidate list.

Everything is read and written through app.targeting (no SQL here).
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
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
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import fmt, theme
from ui.widgets.common import (
    LEFT,
    dialog_buttons,
    make_button,
    muted,
    refill_combo,
    scroll_area,
    section_title,
    spacing,
)

translate = QCoreApplication.translate  # pyside6-lupdate finds translate("ctx", "…")


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().hide()
    t.horizontalHeader().setDefaultAlignment(LEFT)
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    head = t.horizontalHeader()
    head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # The last column (a note, a reason) takes what is left, elided (its tooltip has it all):
    # no horizontal scroll bar eating the rows of a short table.
    head.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    t.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    t.setWordWrap(False)
    return t


def _fill(
    t: QTableWidget, rows: list[list[str]], tips: list[str] | None = None, *, fit: bool = True
) -> None:
    t.setRowCount(len(rows))
    for i, cells in enumerate(rows):
        for j, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(tips[i] if tips and tips[i] else text)
            t.setItem(i, j, item)
    if not fit:
        return
    # As tall as its rows (up to eight), so the three sections share the tab; none: hidden
    # (the note under it says so).
    t.setVisible(bool(rows))
    t.resizeRowsToContents()
    h = t.horizontalHeader().sizeHint().height() + 2 * t.frameWidth()
    h += sum(t.rowHeight(i) for i in range(min(len(rows), 8)))
    t.setFixedHeight(h)


class TargetingPanel(QWidget):
    """A firm's lists (名录), signals (动向) and links (关联), with 以商引商 and 记录动向."""

    changed = Signal(int)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.firm_id: int | None = None
        self.tab: QWidget | None = None  # the detail's tab holding this panel
        # The profile in one line under the firm's name, whatever tab is open.
        self.headline = QLabel()
        # One line at most, never widening the panel (推荐 fits 1024×700); all in the tooltip.
        self.headline.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.headline.hide()
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
                self.tr("Source"),
                self.tr("Note"),
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
        self.links_note = muted()
        lay.addWidget(self.links_note)
        self.group_label = muted()
        lay.addWidget(self.group_label)
        lay.addStretch(1)

    def set_firm(self, firm_id: int | None) -> None:
        self.firm_id = firm_id
        if firm_id is None:
            self.headline.hide()
            return
        from app.targeting import flags, links, regions, signals

        db = self.ctx.db
        fl = flags.of_firm(db, firm_id)
        sg = signals.of_firm(db, firm_id)
        lk = links.of_firm(db, firm_id)
        local = regions.local_ids(db, [x["partner_id"] for x in lk if x["partner_id"]])
        chips = headline_chips(fl, sg, lk, local)
        self.headline.setText(
            " ".join(
                f"<span style='background:{bg};color:{fg}'>&nbsp;{html.escape(t)}&nbsp;</span>"
                for t, fg, bg in chips
            )
        )
        self.headline.setToolTip("\n".join(t for t, _, _ in chips))
        self.headline.setVisible(bool(chips))
        self.flags_label.setText(
            "；".join(f"{f['name']}（{f['year']}）" if f["year"] else f["name"] for f in fl)
            or self.tr("On no list imported so far.")
        )
        _fill(
            self.signals,
            [
                [
                    s["date"],
                    s["kind"] + (f"·{s['kind_written']}" if s["kind_written"] else ""),
                    f"{s['weight']:.2f}",
                    s["source"],
                    s["note"],
                ]
                for s in sg
            ],
        )
        self.signals_note.setText(
            self.tr("Signals raise the landing propensity; each fades by half over its half-life.")
            if sg
            else self.tr("No signals recorded.")
        )
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
        self.links_note.setText("" if lk else self.tr("No links recorded."))
        self.links_note.setVisible(not lk)
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


def headline_chips(
    fl: list[dict[str, Any]],
    sg: list[dict[str, Any]],
    lk: list[dict[str, Any]],
    local: dict[int, str],
) -> list[tuple[str, str, str]]:
    """(text, colour, background) of the profile line: the lists, the signals that still count
    (newest two), the Dongguan firms it is linked to (以商引商)."""
    from app.targeting import profile

    out = [
        (f"{f['name']} {f['year']}" if f["year"] else f["name"], theme.PRIMARY, theme.PRIMARY_SOFT)
        for f in fl
    ]
    recent = [x for x in sg if x["weight"] >= profile.MIN_WEIGHT][:2]
    out += [(f"{x['kind']} {x['date'][:7]}", theme.WARNING, "#FDF3E1") for x in recent]
    anchors = [x for x in lk if x["partner_id"] in local][:2]
    out += [
        (
            translate("targeting", "Through firms here: %1 of %2")
            .replace("%1", x["relation"])
            .replace("%2", x["partner"]),
            theme.SUCCESS,
            "#E5F3EA",
        )
        for x in anchors
    ]
    return out


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
        form.addRow(dialog_buttons(self))

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
    panel = TargetingPanel(detail.ctx)
    area = scroll_area(panel, frame=False)
    panel.tab = area  # what to make current to show it
    detail.tabs.addTab(area, translate("TargetingPanel", "Lists & links"))
    panel.changed.connect(detail.changed)
    # The profile line goes under the firm's name and place (FirmDetail's subline).
    body = detail.body.layout()
    body.insertWidget(body.indexOf(detail.subline) + 1, panel.headline)
    return panel


class StrategyChooser(QWidget):
    """补链 / 强链 / 延链 beside the weights: choosing one puts its saved weights in force and
    re-ranks."""

    applied = Signal()

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        from app.targeting import strategies
        from app.targeting.strategies import STRATEGIES

        self.ctx = ctx
        self._loading = False
        # One row, beside the weights card's title: the rule is the tooltip, so the card is
        # no taller than before (推荐 fits 1024×700).
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Strategy"))
        row.addWidget(label)
        self.combo = QComboBox()
        for i, name in enumerate(STRATEGIES):
            self.combo.addItem(strategies.label(name), name)
            self.combo.setItemData(i, strategies.summary(name), Qt.ItemDataRole.ToolTipRole)
        self.combo.setAccessibleName(self.tr("Strategy"))
        self.combo.currentIndexChanged.connect(self._chosen)
        label.setBuddy(self.combo)
        row.addWidget(self.combo)
        self._job = None

    def load(self) -> None:
        from app.targeting import strategies

        name = strategies.current(self.ctx.db)
        self._loading = True
        self.combo.setCurrentIndex(max(self.combo.findData(name), 0))
        self._loading = False
        self.setToolTip(strategies.summary(name))

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
        self.setToolTip(self.tr("Only firms on one of the imported lists"))

    def load(self) -> None:
        from app.targeting import flags

        names = flags.names(self.ctx.db)
        any_list = [(self.tr("On any list"), flags.ANY)] if names else []
        refill_combo(self, [(self.tr("All firms"), ""), *any_list, *((n, n) for n in names)])

    def value(self) -> str | None:
        """The list chosen (``app.targeting.flags.ANY``: any list; None: all firms)."""
        return self.currentData() or None


class RegionsEditor(QWidget):
    """The database's candidate regions (``candidate.regions``): cities, 港澳, 境外[:country].
    Applying them re-ranks every firm."""

    applied = Signal()

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._job = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.edit = QLineEdit()
        self.edit.setAccessibleName(self.tr("Candidate regions"))
        self.edit.setToolTip(self.tr("Separated by commas, e.g. 深圳市、广州市、港澳、境外:日本"))
        self.edit.returnPressed.connect(self.apply)
        row.addWidget(self.edit, 1)
        self.apply_btn = make_button(self.tr("Apply"))
        self.apply_btn.clicked.connect(self.apply)
        row.addWidget(self.apply_btn)
        lay.addLayout(row)
        self.status = muted()
        lay.addWidget(self.status)

    def load(self) -> None:
        from app.targeting import regions

        current = regions.get(self.ctx.db)
        self.edit.setText("、".join(current))
        self.status.setText(
            self.tr("Candidates now come from: %1").replace("%1", regions.describe(current))
        )

    def apply(self) -> None:
        import re

        wanted = [x for x in re.split(r"[、,，;；\s]+", self.edit.text()) if x]

        def job(db, cancel):
            from app import pipeline
            from app.targeting import regions

            regions.put(db, wanted)
            return (yield from pipeline.refresh_if_stale(db, cancel))

        def done(_res) -> None:
            self.load()
            self.ctx.notify("scores")
            self.applied.emit()

        self._job = self.ctx.run(
            job,
            write=True,
            title=self.tr("Re-ranking with the candidate regions"),
            on_result=done,
            receiver=self,
        )

    def busy(self) -> bool:
        return self._job is not None and self._job.running


class TargetingImportDialog(QDialog):
    """文件 → 导入名录、关联关系或动向…: a sheet of lists (with the list's name and year), of
    links or of signals, imported in one job; the report stays in the dialog."""

    FLAGS, LINKS, SIGNALS = "flags", "links", "signals"

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        from app.targeting.flags import KNOWN_FLAGS

        self.ctx = ctx
        self._job = None
        self.setWindowTitle(self.tr("Import lists, links or signals"))
        em = self.fontMetrics().horizontalAdvance("中")
        self.resize(em * 46, em * 26)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("A list of firms (专精特新, 小巨人 …)"), self.FLAGS)
        self.kind.addItem(self.tr("Links between firms"), self.LINKS)
        self.kind.addItem(self.tr("Signals of movement"), self.SIGNALS)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        form.addRow(self.tr("What"), self.kind)
        file_row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("CSV or XLSX file"))
        browse = make_button(self.tr("Choose…"), "folder")
        browse.clicked.connect(self._browse)
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        form.addRow(self.tr("File"), file_row)
        self.flag = QComboBox()
        self.flag.setEditable(True)  # any list staff name, kept as written
        self.flag.addItems(list(KNOWN_FLAGS))
        self.flag_label = QLabel(self.tr("List"))
        form.addRow(self.flag_label, self.flag)
        self.year = QLineEdit()
        self.year.setPlaceholderText(self.tr("when the file has no year column"))
        self.year_label = QLabel(self.tr("Year"))
        form.addRow(self.year_label, self.year)
        lay.addLayout(form)
        self.columns = muted()
        self.columns.setWordWrap(True)
        lay.addWidget(self.columns)
        self.report = QLabel()
        self.report.setWordWrap(True)
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.report, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.run_btn = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.ActionRole)
        self.run_btn.clicked.connect(self.run)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self._kind_changed()

    def _kind_changed(self, _index: int = 0) -> None:
        kind = self.kind.currentData()
        for w in (self.flag, self.flag_label, self.year, self.year_label):
            w.setVisible(kind == self.FLAGS)
        self.columns.setText(
            {
                self.FLAGS: self.tr(
                    "Columns: 企业名称 and/or 统一社会信用代码 (English headers too); 年份 optional."
                ),
                self.LINKS: self.tr(
                    "Columns: 企业名称, 关联企业, 关系 (供应商/客户/母公司/子公司/同一集团), 来源, 日期."
                ),
                self.SIGNALS: self.tr(
                    "Columns: 企业名称, 类型, 日期, 说明 (来源 optional). A row dated after today is refused."
                ),
            }[kind]
        )

    def _browse(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a file"), "", self.tr("Sheets (*.csv *.xlsx)")
        )
        if path:
            self.path.setText(path)

    def run(self) -> None:
        from app.errors import UserError
        from ui.messages import show_error

        kind = self.kind.currentData()
        path = self.path.text().strip()
        flag = self.flag.currentText().strip()
        year_text = self.year.text().strip()
        try:
            if not path:
                raise UserError("请选择要导入的文件")
            if kind == self.FLAGS and not flag:
                raise UserError("请填写名录名称")
            year = int(year_text) if year_text.isdigit() else None
            if year_text and year is None:
                raise UserError(f"年份“{year_text}”不是四位数字")
        except UserError as exc:
            show_error(self, exc)
            return

        def job(db, cancel):
            from app import pipeline
            from app.targeting import flags, links, reports, signals

            if kind == self.FLAGS:
                flags.check_year(year)
                rep = yield from flags.import_flags(db, path, flags.flag_name(flag), year=year)
                lines = reports.flags_lines(rep)
            elif kind == self.LINKS:
                lines = reports.links_lines((yield from links.import_links(db, path)))
            else:
                lines = reports.signals_lines((yield from signals.import_signals(db, path)))
            yield from pipeline.refresh_if_stale(db, cancel)
            return lines

        def done(lines) -> None:
            self.report.setText("\n".join(lines))
            self.ctx.notify("scores")

        self.report.setText("")
        self._job = self.ctx.run(
            job, write=True, title=self.tr("Importing"), on_result=done, receiver=self
        )

    def busy(self) -> bool:
        return self._job is not None and self._job.running
