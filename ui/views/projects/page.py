"""The page of one project: grade, indicators, commitments, milestones, reports, terms."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import richtext
from app.fmt import figure as num
from app.projects import model, sheet
from app.projects.evaluation import ProjectEvaluation
from app.projects.model import ITEMS, REPORT_FIELDS, label, status_label
from app.projects.sheet import GRADE_COLOURS, STATUS_COLOURS
from ui import theme
from ui.views.projects.charts import CommitmentChart, IndicatorBars, Timeline
from ui.views.projects.portfolio import SHORT_FIELDS
from ui.views.projects.texts import tx, txf
from ui.widgets.common import Card, EmptyState, muted, spacing
from ui.widgets.tables import read_only_rows


class ProjectPage(QScrollArea):
    """The selected project: grade, indicators, commitments, milestones, reports, terms."""

    edit_report = Signal(int)  # year (0: a new year)
    mark_milestone = Signal()
    edit_project = Signal()  # land, leased floor space, 规下
    add_adjustment = Signal()
    remove_adjustment = Signal(int)  # the item's id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("scrollBody")
        self.setWidget(body)
        s = spacing(self)
        lay = QVBoxLayout(body)
        lay.setContentsMargins(0, 0, int(s * 0.6), 0)
        lay.setSpacing(s)
        self.empty = EmptyState(tx("Select a project on the left."))
        lay.addWidget(self.empty)

        self.head = Card()
        self.title = QLabel()
        self.title.setFont(theme.scaled_font(self.font(), 1.25, bold=True))
        self.title.setWordWrap(True)
        self.meta = muted()
        top = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(self.title)
        names.addWidget(self.meta)
        top.addLayout(names, 1)
        self.badge = QLabel()
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setFont(theme.scaled_font(self.font(), 2.2, bold=True))
        self.badge.setFixedWidth(self.fontMetrics().horizontalAdvance("中") * 6)
        top.addWidget(self.badge)
        self.head.body.addLayout(top)
        self.details_btn = _small_button(tx("Land and size…"))
        self.details_btn.setToolTip(
            tx("Land, leased floor space and whether the firm is below the statistical scale")
        )
        self.details_btn.clicked.connect(self.edit_project.emit)
        self.head.head_actions.addWidget(self.details_btn)
        self.grade_note = QLabel()
        self.grade_note.setWordWrap(True)
        self.head.body.addWidget(self.grade_note)
        self.takes = QLabel()
        self.takes.setWordWrap(True)
        self.takes.setTextFormat(Qt.TextFormat.RichText)
        self.head.body.addWidget(self.takes)
        lay.addWidget(self.head)

        self.ind_card = Card(tx("Per-mu appraisal"), tx("Indicators against their benchmarks"))
        self.bars = IndicatorBars()
        self.ind_card.body.addWidget(self.bars)
        lay.addWidget(self.ind_card)

        self.adj_card = Card(
            tx("Bonus and deduction items"),
            tx("Entered per year; they move that year's score, and a veto item sets grade D."),
        )
        self.adj_add_btn = _small_button(tx("Add item…"))
        self.adj_remove_btn = _small_button(tx("Remove"))
        self.adj_card.head_actions.addWidget(self.adj_add_btn)
        self.adj_card.head_actions.addWidget(self.adj_remove_btn)
        self.adj_table = QTableWidget(0, 4)
        self.adj_table.setHorizontalHeaderLabels([tx("Year"), tx("Item"), tx("Points"), tx("Note")])
        _compact(self.adj_table)
        self.adj_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.adj_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.adj_table.horizontalHeader().setStretchLastSection(True)
        self.adj_empty = muted(tx("No bonus or deduction items."))
        self.adj_card.body.addWidget(self.adj_table)
        self.adj_card.body.addWidget(self.adj_empty)
        self.adj_add_btn.clicked.connect(self.add_adjustment.emit)
        self.adj_remove_btn.clicked.connect(self._remove_selected)
        self.adj_table.itemSelectionChanged.connect(self._adj_selection)
        lay.addWidget(self.adj_card)

        self.chart_card = Card(tx("Committed vs actual"))
        self.chart = CommitmentChart()
        self.chart_card.body.addWidget(self.chart)
        self.commit_table = QTableWidget(0, 5)
        self.commit_table.setHorizontalHeaderLabels(
            [tx("Commitment"), tx("Committed"), tx("Actual"), tx("Assessed on"), tx("Status")]
        )
        _compact(self.commit_table)
        self.chart_card.body.addWidget(self.commit_table)
        lay.addWidget(self.chart_card)

        self.ms_card = Card(tx("Project milestones"))
        self.ms_btn = _small_button(tx("Record a milestone…"))
        self.ms_btn.clicked.connect(self.mark_milestone.emit)
        self.ms_card.head_actions.addWidget(self.ms_btn)
        self.timeline = Timeline()
        self.ms_card.body.addWidget(self.timeline)
        lay.addWidget(self.ms_card)

        self.rep_card = Card(tx("Yearly reports"), tx("Double-click a year to edit its report."))
        self.edit_btn = _small_button(tx("Edit year…"))
        self.add_btn = _small_button(tx("Add year…"))
        self.rep_card.head_actions.addWidget(self.edit_btn)
        self.rep_card.head_actions.addWidget(self.add_btn)
        self.rep_table = QTableWidget(0, 0)
        _compact(self.rep_table)
        self.rep_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.rep_card.body.addWidget(self.rep_table)
        self.edit_btn.clicked.connect(self._edit_selected)
        self.add_btn.clicked.connect(lambda: self.edit_report.emit(0))
        self.rep_table.cellDoubleClicked.connect(lambda _r, c: self._edit_column(c))
        lay.addWidget(self.rep_card)

        self.terms_card = Card(tx("Rewards and penalties"))
        self.terms = QLabel()
        self.terms.setWordWrap(True)
        self.terms.setTextFormat(Qt.TextFormat.RichText)
        self.terms_card.body.addWidget(self.terms)
        lay.addWidget(self.terms_card)
        lay.addStretch(1)
        self.cards = [
            self.head,
            self.ind_card,
            self.adj_card,
            self.chart_card,
            self.ms_card,
            self.rep_card,
            self.terms_card,
        ]
        # Titles wrap beside their buttons: in English ("Project milestones" beside "Record a
        # milestone…") they widened the page past a laptop's window (1024×700).
        for card in self.cards:
            card.title.setWordWrap(True)
        self.e: ProjectEvaluation | None = None
        self._years: list[int] = []
        self._adjustments: list[model.Adjustment] = []
        self.show_project(None)

    def show_project(
        self,
        e: ProjectEvaluation | None,
        method=None,
        takes=None,
        today: date | None = None,
        direction_name: str = "",
    ) -> None:
        self.e = e
        self.empty.setVisible(e is None)
        for c in self.cards:
            c.setVisible(e is not None)
        if e is None:
            return
        today = today or date.today()
        p, a = e.project, e.appraisal
        self.title.setText(p.name)
        place = " · ".join(x for x in (p.zone, p.town) if x)
        mu = "" if p.land_mu is None else f"{p.land_mu:g}"  # a variable, for lupdate
        land = "—" if p.land_mu is None else txf("%1 mu", mu)
        if a.land_converted:  # leased premises: the land the 亩均 figures are per
            land = txf("%1 mu converted from %2 m² leased", num(a.land_mu), num(p.floor_m2))
        if p.below_scale:
            land += "　" + tx("below the statistical scale")
        self.meta.setText(
            txf("%1　agreement %2　signed %3　%4　%5　land %6", p.firm, p.agreement_no or "—",
                p.agreement_date, place or "—", direction_name or p.direction or "—", land)
        )  # fmt: skip
        grade = a.grade or "—"
        colour = GRADE_COLOURS.get(a.grade or "", theme.TEXT_FAINT)
        # a 亩均 score such as 144.2 is on its own scale (0 – 100 × cap), not the 0–100 of
        # the recommendation scores: say so wherever it is shown
        score = "" if a.score is None else model.score_with_scale(a.score, a.score_max)
        self.badge.setText(richtext.coloured(grade, colour))
        self.badge.setToolTip(score)
        note = (
            txf("%1 per-mu appraisal: grade %2, score %3", e.year, a.grade, score)
            if a.grade
            else txf("%1 per-mu appraisal: not graded", e.year)
        )
        self.grade_note.setText(txf("%1. %2", note, a.note) if a.note else note)
        if takes:
            lines = []
            for grade in sorted({t.target for t in takes}, reverse=True):  # nearest first
                options = [t for t in takes if t.target == grade]
                best = next((t for t in options if t.needed is not None), options[0])
                lines.append(best.text)
            # a variable: lupdate reads a literal second argument of txf() as a disambiguation
            # and the message was never found (English in the Chinese interface)
            joined = "<br/>".join(lines)
            self.takes.setText(txf("<b>What would it take:</b> %1", joined))
            self.takes.show()
        else:
            self.takes.hide()
        self.bars.set(a.indicators, method.cap if method else 1.5)
        self._fill_adjustments(p, e.year)
        self.chart.set(e)
        t = self.commit_table
        t.setRowCount(len(e.commitments))
        for r, c in enumerate(e.commitments):
            cells = [
                c.name,
                f"{num(c.committed)} {c.unit}",
                "—" if c.actual is None else f"{num(c.actual)} {c.unit}",
                str(c.due),
                status_label(c.status),
            ]
            for col, text in enumerate(cells):
                it = QTableWidgetItem(text)
                if col == 4:
                    it.setForeground(QBrush(QColor(STATUS_COLOURS[c.status])))
                    f = it.font()
                    f.setBold(True)
                    it.setFont(f)
                if c.note:
                    it.setToolTip(c.note)
                t.setItem(r, col, it)
        _fit(t)
        self.timeline.set(e.milestones, today)
        self._fill_reports(p)
        self.terms.setText(terms_html(e))

    def _fill_reports(self, p: model.Project) -> None:
        t = self.rep_table
        self._years = sorted(p.reports)
        keys = [k for k in REPORT_FIELDS if k != "reward_paid"]
        t.clear()
        t.setColumnCount(len(self._years))
        t.setRowCount(len(keys))
        t.setHorizontalHeaderLabels([str(y) for y in self._years])
        t.setVerticalHeaderLabels([tx(SHORT_FIELDS[k]) for k in keys])
        for r, k in enumerate(keys):
            t.verticalHeaderItem(r).setToolTip(
                txf("%1 (%2)", label(REPORT_FIELDS[k][0]), label(REPORT_FIELDS[k][1]))
            )
        t.verticalHeader().show()
        t.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        t.horizontalHeader().setMinimumSectionSize(t.fontMetrics().horizontalAdvance("00,000") + 6)
        for c, y in enumerate(self._years):
            for r, k in enumerate(keys):
                it = QTableWidgetItem(num(getattr(p.reports[y], k)))
                it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                t.setItem(r, c, it)
        t.horizontalHeader().setStretchLastSection(False)
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        _fit(t)
        self.edit_btn.setEnabled(bool(self._years))

    def _fill_adjustments(self, p: model.Project, year: int) -> None:
        t = self.adj_table
        items = sorted(p.adjustments, key=lambda x: (-x.year, x.id or 0))
        self._adjustments = items
        t.setRowCount(len(items))
        for r, x in enumerate(items):
            effect = tx("veto: grade D") if x.vetoes else f"{x.effect:+g}"
            cells = [str(x.year), x.name, effect, x.note]
            for c, text in enumerate(cells):
                it = QTableWidgetItem(text)
                if c == 2:
                    it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    colour = theme.DANGER if x.vetoes or x.effect < 0 else theme.SUCCESS
                    it.setForeground(QBrush(QColor(colour)))
                if x.year != year:  # another year's item: shown, but not in this score
                    it.setForeground(QBrush(QColor(theme.TEXT_FAINT)))
                    it.setToolTip(
                        tx("Counts in %1, not in the year shown").replace("%1", str(x.year))
                    )
                t.setItem(r, c, it)
        t.setVisible(bool(items))
        self.adj_empty.setVisible(not items)
        _fit(t)
        self._adj_selection()

    def _adj_selection(self) -> None:
        self.adj_remove_btn.setEnabled(self.adj_table.currentRow() >= 0 and bool(self._adjustments))

    def _remove_selected(self) -> None:
        r = self.adj_table.currentRow()
        if 0 <= r < len(self._adjustments) and self._adjustments[r].id is not None:
            self.remove_adjustment.emit(self._adjustments[r].id)

    def _edit_column(self, column: int) -> None:
        if 0 <= column < len(self._years):
            self.edit_report.emit(self._years[column])

    def _edit_selected(self) -> None:
        col = self.rep_table.currentColumn()
        self._edit_column(col if col >= 0 else len(self._years) - 1)


def terms_html(e: ProjectEvaluation) -> str:
    r, pen, p = e.reward, e.penalty, e.project
    parts = []
    if r.eligible:
        parts.append(
            richtext.coloured(
                txf("%1: reward of %2 (10k yuan) payable", e.year, num(r.amount)),
                theme.SUCCESS,
                bold=True,
            )
            + richtext.text(txf(" (%1)", r.reason))
        )
    else:
        parts.append(richtext.text(txf("%1 reward: not payable (%2)", e.year, r.reason)))
    if pen.exposed:
        items = tx(", ").join(label(ITEMS[i][0]) for i in pen.missed)
        detail = sheet.penalty_parts(pen)
        parts.append(
            richtext.coloured(
                txf("Penalty exposure %1 (10k yuan)", num(pen.total)), theme.DANGER, bold=True
            )
            + richtext.text(
                txf(": %1 missed", items) + (txf(" (%1)", tx("; ").join(detail)) if detail else "")
            )
        )
    else:
        parts.append(richtext.text(tx("No missed commitments: no penalty applies")))
    if p.penalty_text:  # the agreement's own words, as imported: escaped
        parts.append(richtext.coloured(txf("Penalty clause: %1", p.penalty_text), theme.TEXT_MUTED))
    return "<br/>".join(parts)


def dot_icon(colour: str, size: int) -> QIcon:
    """A round coloured marker for a list item."""
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(colour))
    d = size * 0.55
    p.drawEllipse(QRectF((size - d) / 2, (size - d) / 2, d, d))
    p.end()
    return QIcon(pm)


def _small_button(text: str):
    from ui.widgets.common import make_button

    b = make_button(text)
    return b


def _compact(t: QTableWidget) -> None:
    read_only_rows(t, row_height=1.7)
    t.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    t.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    t.horizontalHeader().setHighlightSections(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)


def _fit(t: QTableWidget) -> None:
    h = t.horizontalHeader().height() + t.frameWidth() * 2
    h += sum(t.rowHeight(r) for r in range(t.rowCount()))
    sb = t.horizontalScrollBar()
    if sb.isVisible():
        h += sb.height()
    t.setFixedHeight(h + 2)
