"""The 招商项目 view: the board of deals by stage, and the period report with its charts."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import fmt as app_fmt
from app.deals import model as m
from app.deals import report as rp
from app.errors import UserError
from ui import messages, theme
from ui.views.base import View
from ui.views.deals.board import DealList, StageStrip
from ui.views.deals.detail import DealDetail
from ui.views.deals.form import AssessmentDialog, DealDialog, HandoffDialog, SignDialog
from ui.views.deals.sites_tab import SitesTab
from ui.views.deals.summary import stage_items, target_lines
from ui.views.deals.texts import DEALS, STAGE_EN, tx, txf
from ui.widgets.charts import HBarChart
from ui.widgets.common import Card, EmptyState, Kpi, muted, refill_combo, spacing


class DealsView(View):
    key = "deals"

    def __init__(self, ctx, parent: QWidget | None = None, spec=None):
        super().__init__(ctx, parent, spec)
        header = self.make_header(
            tx("Investment pipeline"),
            tx("Drag a deal onto a stage to move it"),
        )
        add = header.add_button
        self.new_btn = add(tx("New deal…"), "new", primary=True, on_click=self.new_deal)
        self.edit_btn = add(
            tx("Edit…"), "edit", on_click=lambda: self.edit_deal(self.board.current())
        )
        self.assess_btn = add(tx("Assessment…"), "print", on_click=self.print_view)
        self.sign_btn = add(tx("Sign…"), "check", on_click=self.sign_deal)
        self.handoff_btn = add(tx("Hand off…"), "export", on_click=self.handoff_deal)
        self.refresh_btn = add(tx("Refresh"), "refresh", on_click=self.refresh)

        s = spacing(self)
        self.tabs = QTabWidget()
        body = QWidget()
        outer = QVBoxLayout(body)
        outer.setContentsMargins(int(s * 1.8), s, int(s * 1.8), s)
        outer.addWidget(self.tabs)
        self.root.addWidget(body, 1)

        # -- the board tab: filters, the stage strip, the list and the selected deal --
        board_tab = QWidget()
        lay = QVBoxLayout(board_tab)
        lay.setContentsMargins(0, s, 0, 0)
        lay.setSpacing(int(s * 0.7))
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tx("Search deals or firms…"))
        self.search.setClearButtonEnabled(True)
        self.owner_box = QComboBox()
        self.town_box = QComboBox()
        self.direction_box = QComboBox()
        for box in (self.owner_box, self.town_box, self.direction_box):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(6)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.owner_box, 1)
        filters.addWidget(self.town_box, 1)
        filters.addWidget(self.direction_box, 1)
        lay.addLayout(filters)
        self.strip = StageStrip()
        self.strip.moved.connect(self.move_deal)
        self.strip.stage_changed.connect(self._show_board)
        lay.addWidget(self.strip)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setChildrenCollapsible(False)
        self.board = DealList()
        self.board.activated.connect(self.edit_deal)
        self.detail = DealDetail(self.ctx)
        self.detail.changed.connect(self._changed)
        self.detail.open_sheet.connect(self.open_assessment)
        self.board.selected.connect(self._select)
        self.split.addWidget(self.board)
        self.split.addWidget(self.detail)
        self.split.setStretchFactor(0, 11)
        self.split.setStretchFactor(1, 9)
        self._split_set = False
        lay.addWidget(self.split, 1)
        self.empty = EmptyState(tx("No deals yet: New deal… adds one."))
        self.empty.hide()
        lay.addWidget(self.empty)
        self.tabs.addTab(board_tab, tx("Board"))
        self.search.textChanged.connect(self._show_board)
        for box in (self.owner_box, self.town_box, self.direction_box):
            box.currentIndexChanged.connect(self._show_board)

        # -- the report tab --
        self.tabs.addTab(self._report_tab(), tx("Report"))
        self.sites_tab = SitesTab(self.ctx)
        self.sites_tab.changed.connect(self._changed)
        self.tabs.addTab(self.sites_tab, tx("Sites"))
        self.deals: list[m.Deal] = []

    # -- report tab ----------------------------------------------------------------------------
    def _report_tab(self) -> QWidget:
        s = spacing(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        inner = QWidget()
        lay = QVBoxLayout(inner)
        lay.setContentsMargins(0, s, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(tx("Period")))
        self.period_box = QComboBox()
        self.period_box.setEditable(True)
        today = date.today()
        prev = date(today.year - (today.month == 1), (today.month - 2) % 12 + 1, 1)
        week = today.isocalendar()
        for text in (
            f"{today.year}-{today.month:02d}",
            f"{prev.year}-{prev.month:02d}",
            f"{week[0]}-W{week[1]:02d}",
            str(today.year),
            str(today.year - 1),
        ):
            self.period_box.addItem(text)
        row.addWidget(self.period_box)
        row.addWidget(QLabel(tx("Group by")))
        self.by_box = QComboBox()
        for key, en in (
            ("direction", QT_TRANSLATE_NOOP("", "Direction")),
            ("domain", QT_TRANSLATE_NOOP("", "Domain")),
            ("town", QT_TRANSLATE_NOOP("", "Town")),
            ("owner", QT_TRANSLATE_NOOP("", "Officer")),
        ):
            self.by_box.addItem(tx(en), key)
        row.addWidget(self.by_box)
        row.addStretch(1)
        xlsx = QPushButton(tx("Export Excel…"))
        pdf = QPushButton(tx("Export PDF…"))
        xlsx.clicked.connect(lambda: self.export_report("xlsx"))
        pdf.clicked.connect(lambda: self.export_report("pdf"))
        row.addWidget(xlsx)
        row.addWidget(pdf)
        lay.addLayout(row)
        self.period_label = muted()
        lay.addWidget(self.period_label)
        kpis = QHBoxLayout()
        self.kpi_leads = Kpi(tx("New leads"))
        self.kpi_signed = Kpi(tx("Signed"))
        self.kpi_landed = Kpi(tx("Landed (in production)"))
        self.kpi_dropped = Kpi(tx("Dropped"))
        for k in (self.kpi_leads, self.kpi_signed, self.kpi_landed, self.kpi_dropped):
            kpis.addWidget(k)
        lay.addLayout(kpis)
        grid = QGridLayout()
        self.by_card = Card(tx("Signed amount by group"))
        self.by_chart = HBarChart()
        self.by_empty = EmptyState(tx("Nothing in this period."))
        self.by_card.body.addWidget(self.by_chart)
        self.by_card.body.addWidget(self.by_empty)
        self.stage_card = Card(tx("Deals by stage at the period's end"))
        self.stage_chart = HBarChart()
        self.stage_card.body.addWidget(self.stage_chart)
        grid.addWidget(self.by_card, 0, 0)
        grid.addWidget(self.stage_card, 0, 1)
        self.target_card = Card("")
        self.target_text = QLabel()
        self.target_text.setWordWrap(True)
        self.target_card.body.addWidget(self.target_text)
        self.drop_card = Card(tx("Drop reasons"))
        self.drop_text = QLabel()
        self.drop_text.setWordWrap(True)
        self.drop_card.body.addWidget(self.drop_text)
        grid.addWidget(self.target_card, 1, 0)
        grid.addWidget(self.drop_card, 1, 1)
        self.plan_card = Card(tx("The plan's Table 1 (for context)"))
        self.plan_text = QLabel()
        self.plan_text.setWordWrap(True)
        self.plan_card.body.addWidget(self.plan_text)
        grid.addWidget(self.plan_card, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        lay.addLayout(grid)
        lay.addStretch(1)
        scroll.setWidget(inner)
        self.period_box.currentTextChanged.connect(self._show_report)
        self.by_box.currentIndexChanged.connect(self._show_report)
        return scroll

    # -- data ----------------------------------------------------------------------------------
    def depends_on(self) -> tuple[str, ...]:
        return (DEALS, "projects", "firms")

    def reload(self) -> None:
        db = self.ctx.db
        self.deals = m.list_deals(db)
        self._fill_filters()
        self._show_board()
        self._show_report()
        self.sites_tab.reload()

    def _fill_filters(self) -> None:
        owners = sorted({d.owner for d in self.deals if d.owner})
        towns = sorted({d.town for d in self.deals if d.town}, key=m.TOWNS.index)
        directions = sorted({d.direction for d in self.deals if d.direction})
        refill_combo(self.owner_box, [(tx("All officers"), ""), *((o, o) for o in owners)])
        refill_combo(self.town_box, [(tx("All towns"), ""), *((t, t) for t in towns)])
        refill_combo(
            self.direction_box,
            [
                (tx("All directions"), ""),
                *((self.ctx.direction_name(c) or c, c) for c in directions),
            ],
        )

    def visible_deals(self) -> list[m.Deal]:
        text = self.search.text().strip()
        owner, town, direction = (
            self.owner_box.currentData(),
            self.town_box.currentData(),
            self.direction_box.currentData(),
        )
        return [
            d
            for d in self.deals
            if (not owner or d.owner == owner)
            and (not town or d.town == town)
            and (not direction or d.direction == direction)
            and (not text or text in d.name or text in d.firm)
        ]

    def _show_board(self) -> None:
        shown = self.visible_deals()
        self.strip.set_deals(shown)
        stage = self.strip.stage
        self.board.set_deals([d for d in shown if not stage or d.stage == stage])
        live = [d for d in shown if d.stage != "dropped"]
        total = sum(d.amount or 0 for d in live)
        # the totals go in the tab's title: the filter row has no width to spare at 1024 px
        self.tabs.setTabText(0, txf("Board · %1 live · %2", len(live), app_fmt.money(total) or "0"))
        self.tabs.setTabToolTip(
            0, tx("Deals shown that are not dropped, and their planned investment")
        )
        self.strip.setVisible(bool(self.deals))
        self.split.setVisible(bool(self.deals))
        self.empty.setVisible(not self.deals)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._split_set:  # the list a little wider than the deal beside it, once laid out
            self._split_set = True
            QTimer.singleShot(0, self._split_sizes)

    def _split_sizes(self) -> None:
        w = self.split.width()
        if w > 0:
            self.split.setSizes([w * 11 // 20, w - w * 11 // 20])

    def _select(self, deal_id: int) -> None:
        self.detail.show_deal(deal_id or None)

    def _changed(self) -> None:
        self.ctx.notify(DEALS)
        self.reload()

    def _show_report(self) -> None:
        try:
            rep = rp.build(self.ctx.db, self.period_box.currentText(), self.by_box.currentData())
        except UserError as exc:
            self.period_label.setText(exc.message)
            return
        self.report = rep
        self.period_label.setText(
            f"{rep['label']}（{rep['from']} – {rep['to']}）　"
            + txf("Compiled by %1", rep["compiler"])
        )
        self.kpi_leads.set(str(rep["new_leads"]))
        self.kpi_signed.set(
            str(rep["signed"]["count"]), app_fmt.money(rep["signed"]["amount"]) or ""
        )
        self.kpi_landed.set(
            str(rep["landed"]["count"]), app_fmt.money(rep["landed"]["amount"]) or ""
        )
        self.kpi_dropped.set(str(sum(d["count"] for d in rep["dropped"])))
        rows = [r for r in rep["breakdown"] if r["signed_amount"] > 0][:10]
        self.by_chart.set_items(
            [
                (
                    r["label"],
                    r["signed_amount"],
                    theme.PRIMARY,
                    app_fmt.money(r["signed_amount"]) or "",
                )
                for r in rows
            ]
        )
        self.by_chart.setVisible(bool(rows))
        self.by_empty.setVisible(not rows)
        self.stage_chart.set_items(stage_items(rep))
        t = rep["targets"]
        self.target_card.title.setText(
            txf("Targets of %1 (1 January to the period's end)", t["year"])
        )
        self.target_card.title.setVisible(True)
        lines = target_lines(rep)
        self.target_text.setText(
            "\n".join(lines) or tx("No targets set (chainfill targets set YEAR …)")
        )
        self.drop_text.setText(
            "\n".join(f"{d['reason']}：{d['count']}" for d in rep["dropped"])
            or tx("Nothing in this period.")
        )
        self.plan_text.setText(
            "\n".join(
                txf(
                    "%1 (%2): %3 in 2017, %4 in 2020, %5 in 2025",
                    p["name"],
                    p["unit"],
                    app_fmt.figure(p["y2017"]),
                    app_fmt.figure(p["y2020"]),
                    app_fmt.figure(p["y2025"]),
                )
                for p in rep["plan_targets"]
            )
        )
        self.plan_card.setVisible(bool(rep["plan_targets"]))

    def describe(self) -> str:
        """One line for the self-test: what the board shows."""
        late = sum(m.overdue(d) for d in self.deals if d.stage != "dropped")
        return txf("%1 deals on the board, %2 next steps overdue", len(self.deals), late)

    # -- actions -------------------------------------------------------------------------------
    def _selected(self) -> m.Deal | None:
        did = self.board.current()
        found = next((d for d in self.deals if d.id == did), None)
        if found is None:
            messages.info(self, tx("Select a deal first."))
        return found

    def move_deal(self, deal_id: int, stage: str) -> None:
        deal = next((d for d in self.deals if d.id == deal_id), None)
        if deal is None or deal.stage == stage:
            return
        note = ""
        backward = (
            stage != "dropped"
            and deal.stage != "dropped"
            and m.LADDER.index(stage) < m.LADDER.index(deal.stage)
        )
        if stage == "dropped" or deal.stage == "dropped" or backward:
            if stage == "dropped":
                title, text = tx("Why drop it?"), tx("Dropping a deal needs its reason:")
            elif deal.stage == "dropped":
                title, text = (
                    tx("Why take it up again?"),
                    tx("Taking up a dropped deal needs a note:"),
                )
            else:
                title = tx("Why move back?")
                text = txf(
                    "Moving from %1 back to %2 needs a note saying why:",
                    tx(STAGE_EN[deal.stage]),
                    tx(STAGE_EN[stage]),
                )
            if messages.headless:
                return
            note, ok = QInputDialog.getText(self, title, text)
            if not ok or not note.strip():
                return
        try:
            m.set_stage(self.ctx.db, deal_id, stage, note=note)
        except UserError as exc:
            messages.show_error(self, exc)
            return
        self.ctx.notify(DEALS)
        self.reload()

    def new_deal(self) -> None:
        dlg = DealDialog(self.ctx, None, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.ctx.notify(DEALS)
            self.reload()

    def edit_deal(self, deal_id: int) -> None:
        if not deal_id:
            messages.info(self, tx("Select a deal first."))
            return
        dlg = DealDialog(self.ctx, m.get_deal(self.ctx.db, deal_id), self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.ctx.notify(DEALS)
            self.reload()

    def can_print(self) -> bool:
        return True

    def print_view(self) -> None:
        deal = self._selected()
        if deal is not None:
            self.open_assessment(deal.id or 0)

    def open_assessment(self, deal_id: int) -> None:
        if deal_id:
            AssessmentDialog(self.ctx, deal_id, self).exec()

    def _ask_about_selected(self, dialog: type[SignDialog | HandoffDialog]) -> tuple | None:
        """The selected deal and ``dialog`` about it, once accepted; None when no deal is
        selected or the dialog was cancelled."""
        deal = self._selected()
        if deal is None:
            return None
        dlg = dialog(deal, self)
        return (deal, dlg) if dlg.exec() == QDialog.DialogCode.Accepted else None

    def sign_deal(self) -> None:
        asked = self._ask_about_selected(SignDialog)
        if asked is None:
            return
        deal, dlg = asked
        pid = self.sign(deal.id or 0, dlg.number.text(), dlg.day.date().toString("yyyy-MM-dd"))
        if pid is not None:
            messages.info(
                self,
                txf("Signed: brought-in project %1 created with the commitments of the deal.", pid),
            )

    def sign(self, deal_id: int, agreement_no: str, day: str) -> int | None:
        """Sign a deal into a brought-in project; the project's id, or None (error shown)."""
        try:
            pid = m.sign(self.ctx.db, deal_id, agreement_no, day)
        except UserError as exc:
            messages.show_error(self, exc)
            return None
        self.ctx.notify(DEALS)
        self.ctx.notify("projects")
        self.reload()
        return pid

    def handoff_deal(self) -> None:
        asked = self._ask_about_selected(HandoffDialog)
        if asked is None:
            return
        deal, dlg = asked
        try:
            m.handoff(self.ctx.db, deal.id or 0, dlg.town.currentData(), dlg.note.text())
        except UserError as exc:
            messages.show_error(self, exc)
            return
        self.ctx.notify(DEALS)
        self.reload()

    def export_report(self, kind: str) -> None:
        period = self.period_box.currentText().strip()
        name = txf("Investment report-%1.%2", period, kind)
        filt = tx("Excel workbooks (*.xlsx)") if kind == "xlsx" else tx("PDF files (*.pdf)")
        path, _ = QFileDialog.getSaveFileName(self, tx("Export PDF…"), name, filt)
        if not path:
            return
        try:
            if kind == "xlsx":
                result: dict[str, Any] = rp.write_xlsx(self.ctx.db, period, path)
            else:
                from app.deals import report_html
                from ui import sheet_print

                html = report_html.document(self.ctx.db, period, self.by_box.currentData())
                result = sheet_print.write_pdf([(report_html.TITLE, html)], path)
        except UserError as exc:
            messages.show_error(self, exc)
            return
        messages.info(self, txf("Saved: %1", result["file"]))
