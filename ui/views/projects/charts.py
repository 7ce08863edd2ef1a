"""Drawn widgets of the project page: indicator bars, the milestone timeline, the
committed-vs-actual chart (QtCharts)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.fmt import figure as num
from app.projects import evaluation
from app.projects.evaluation import ProjectEvaluation
from app.projects.model import label, milestone_status_label, status_label
from app.projects.sheet import MILESTONE_COLOURS
from ui import theme
from ui.views.projects.texts import tx, txf
from ui.widgets.common import muted

# -- the project page widgets -------------------------------------------------------------------


class IndicatorBars(QWidget):
    """The six indicators as bars of value ÷ benchmark, the benchmark marked, capped."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.results: list[evaluation.IndicatorResult] = []
        self.cap = 1.5
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set(self, results, cap: float) -> None:
        self.results = list(results)
        self.cap = cap
        self.updateGeometry()
        self.update()

    def _row_h(self) -> int:
        return int(self.fontMetrics().height() * 1.75)

    def sizeHint(self) -> QSize:
        return QSize(
            self.fontMetrics().horizontalAdvance("中") * 40,
            max(1, len(self.results)) * self._row_h() + 4,
        )

    @staticmethod
    def _value_text(r) -> str:
        if r.ratio is not None:
            return txf("%1 %2 · %3 pts", num(r.value), r.unit, f"{r.points:.1f}")
        return tx("Undefined") if r.state == "undefined" else tx("Missing")

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        row_h = self._row_h()
        name_w = max((fm.horizontalAdvance(r.name) for r in self.results), default=0)
        name_w = min(name_w, fm.horizontalAdvance("中") * 9) + 8
        widest = "00,000.00"  # a variable: lupdate takes a literal second argument as a comment
        value_w = (
            fm.horizontalAdvance(txf("%1 %2 · %3 pts", widest, label("万元/吨标准煤"), "00.0")) + 8
        )
        # Narrow (a laptop, English units): the figures keep the width they need, the names
        # give way before them.
        value_w = min(
            value_w,
            max((fm.horizontalAdvance(self._value_text(r)) for r in self.results), default=0) + 16,
        )
        name_w = max(fm.horizontalAdvance("中") * 3, min(name_w, self.width() - value_w - 48))
        bar_x = name_w
        bar_w = max(40, self.width() - name_w - value_w)
        bar_h = max(6, int(fm.height() * 0.5))
        for i, r in enumerate(self.results):
            top = 2 + i * row_h
            mid = top + row_h / 2
            p.setPen(QColor(theme.TEXT))
            name = fm.elidedText(r.name, Qt.TextElideMode.ElideRight, name_w - 8)
            p.drawText(
                QRectF(0, top, name_w - 8, row_h),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                name,
            )
            track = QRectF(bar_x, mid - bar_h / 2, bar_w, bar_h)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(theme.SURFACE_ALT))
            p.drawRoundedRect(track, bar_h / 2, bar_h / 2)
            if r.ratio is not None:
                colour = (
                    theme.SUCCESS
                    if r.ratio >= 1
                    else theme.WARNING
                    if r.ratio >= 0.6
                    else theme.DANGER
                )
                p.setBrush(QColor(colour))
                w = bar_w * min(r.ratio, self.cap) / self.cap
                p.drawRoundedRect(
                    QRectF(bar_x, track.top(), max(w, bar_h), bar_h), bar_h / 2, bar_h / 2
                )
                text = self._value_text(r)
            else:
                p.setPen(QPen(QColor(theme.TEXT_FAINT), 1, Qt.PenStyle.DashLine))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(track, bar_h / 2, bar_h / 2)
                text = self._value_text(r)
            bench_x = bar_x + bar_w / self.cap
            p.setPen(QPen(QColor(theme.TEXT), 1.5))
            p.drawLine(QPointF(bench_x, track.top() - 3), QPointF(bench_x, track.bottom() + 3))
            p.setPen(QColor(theme.TEXT_MUTED if r.ratio is None else theme.TEXT))
            p.drawText(
                QRectF(bar_x + bar_w + 8, top, value_w - 8, row_h),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                fm.elidedText(text, Qt.TextElideMode.ElideRight, value_w - 8),
            )
        p.end()


class Timeline(QWidget):
    """The five milestones on a line: name, due date, what happened; today marked."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.items: list[evaluation.MilestoneResult] = []
        self.today = date.today()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set(self, items, today: date) -> None:
        self.items = list(items)
        self.today = today
        self.setToolTip(
            "\n".join(
                txf(
                    "%1: due %2, done %3, %4",
                    m.name,
                    m.due or "—",
                    m.done or "—",
                    milestone_status_label(m.status),
                )
                for m in self.items
            )
        )
        self.update()

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.horizontalAdvance("中") * 40, int(fm.height() * 6.2))

    @staticmethod
    def status_text(m: evaluation.MilestoneResult) -> str:
        if m.status == "done":
            return f"✓ {m.done}" + (" " + tx("late") if m.late else "")
        if m.status == "overdue":
            return txf("%1 days overdue", -(m.days or 0))
        if m.status == "due_soon":
            return txf("%1 days left", m.days)
        return milestone_status_label(m.status)

    def _today_x(self, left: float, step: float) -> float | None:
        """Where today falls between the due dates (None: after the last one)."""
        dues = [m.due for m in self.items]
        for i, d in enumerate(dues):
            if d is None or d < self.today:
                continue
            prev = next((j for j in range(i - 1, -1, -1) if dues[j] is not None), None)
            if prev is None:
                return left - step * 0.3 if i == 0 else left + (i - 0.5) * step
            frac = (self.today - dues[prev]).days / max(1, (d - dues[prev]).days)
            return left + (prev + frac * (i - prev)) * step
        return None

    def paintEvent(self, _event) -> None:
        if not self.items:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        fm = self.fontMetrics()
        lh = fm.height()
        n = len(self.items)
        half = fm.horizontalAdvance("✓ 0000-00-00 " + tx("late")) / 2 + 2
        left, right = half, self.width() - half
        step = (right - left) / max(1, n - 1)
        y = lh * 2.9
        r = lh * 0.42
        p.setPen(QPen(QColor(theme.BORDER_STRONG), 2))
        p.drawLine(QPointF(left, y), QPointF(right, y))
        today_x = self._today_x(left, step)
        if today_x is not None:
            today_x = max(4.0, min(self.width() - 4.0, today_x))
            # time elapsed drawn along the axis, a tick at today, the word above the names:
            # nothing crosses a label
            p.setPen(QPen(QColor(theme.PRIMARY), 3))
            p.drawLine(QPointF(left, y), QPointF(max(left, min(today_x, right)), y))
            p.setPen(QPen(QColor(theme.PRIMARY), 2))
            p.drawLine(QPointF(today_x, y - r * 0.7), QPointF(today_x, y + r * 0.7))
            p.setFont(small)
            p.setPen(QColor(theme.PRIMARY))
            w = fm.horizontalAdvance(tx("today")) + 8
            box = QRectF(min(max(0.0, today_x - w / 2), self.width() - w), 0, w, lh)
            p.drawText(box, int(Qt.AlignmentFlag.AlignCenter), tx("today"))
        for i, m in enumerate(self.items):
            x = left + i * step
            colour = QColor(MILESTONE_COLOURS[m.status])
            if m.status == "done" and m.late:
                colour = QColor(theme.WARNING)
            p.setPen(QPen(colour, 2))
            p.setBrush(colour if m.status in ("done", "overdue") else QColor(theme.SURFACE))
            p.drawEllipse(QPointF(x, y), r, r)
            box_w = min(2 * half, step) if n > 1 else 2 * half
            p.setFont(self.font())
            p.setPen(QColor(theme.TEXT))
            p.drawText(
                QRectF(x - box_w / 2, y - r - lh * 1.2, box_w, lh),
                int(Qt.AlignmentFlag.AlignCenter),
                m.name,
            )
            p.setFont(small)
            p.setPen(QColor(theme.TEXT_MUTED))
            due = str(m.due) if m.due else "—"
            p.drawText(
                QRectF(x - box_w / 2, y + r + 3, box_w, lh), int(Qt.AlignmentFlag.AlignCenter), due
            )
            p.setPen(colour)
            p.drawText(
                QRectF(x - box_w / 2, y + r + 3 + lh, box_w, lh),
                int(Qt.AlignmentFlag.AlignCenter),
                self.status_text(m),
            )
        p.end()


class CommitmentChart(QWidget):
    """Committed vs actual over the years for one commitment item (QtCharts).

    The series and axes are made once and refilled: replacing them on every selection would
    leave the old axes painted until Qt's deferred deletion runs.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox()
        self.combo.currentIndexChanged.connect(self._draw)
        row = QHBoxLayout()
        row.addWidget(self.combo)
        self.caption = muted()
        row.addWidget(self.caption, 1)
        lay.addLayout(row)
        font = self.font()
        self.chart = QChart()
        self.chart.setFont(font)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.legend().setFont(font)
        self.chart.setBackgroundRoundness(0)
        self.bars = QBarSeries()
        self.line = QLineSeries()
        self.line.setPen(QPen(QColor(theme.DANGER), 2, Qt.PenStyle.DashLine))
        self.chart.addSeries(self.bars)
        self.chart.addSeries(self.line)
        self.axis_x = QBarCategoryAxis()
        self.axis_x.setLabelsFont(font)
        self.axis_y = QValueAxis()
        self.axis_y.setLabelsFont(font)
        self.line_x = QValueAxis()  # the line's x runs over the category indices
        self.line_x.setVisible(False)
        self.chart.addAxis(self.axis_x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.line_x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.axis_y, Qt.AlignmentFlag.AlignLeft)
        self.bars.attachAxis(self.axis_x)
        self.bars.attachAxis(self.axis_y)
        self.line.attachAxis(self.line_x)
        self.line.attachAxis(self.axis_y)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(int(self.fontMetrics().height() * 13))
        lay.addWidget(self.view)
        self.e: ProjectEvaluation | None = None

    def set(self, e: ProjectEvaluation) -> None:
        self.e = e
        current = self.combo.currentData()
        self.combo.blockSignals(True)
        self.combo.clear()
        for c in e.commitments:
            self.combo.addItem(c.name, c.item)
        i = self.combo.findData(current)
        preferred = self.combo.findData("tax")
        self.combo.setCurrentIndex(i if i >= 0 else max(0, preferred))
        self.combo.blockSignals(False)
        self._draw()

    def _draw(self) -> None:
        e = self.e
        item = self.combo.currentData()
        self.bars.clear()
        self.line.clear()
        self.axis_x.clear()
        if e is None or item is None:
            self.caption.setText("")
            return
        p = e.project
        c = next(x for x in e.commitments if x.item == item)
        last = max([c.due.year, e.year, *p.reports])
        years = list(range(p.agreement_date.year, last + 1))
        actual = QBarSet(tx("actual"))
        actual.setColor(QColor(theme.PRIMARY))
        values = []
        for y in years:
            v = None
            if y in p.reports or item.startswith("investment"):
                v = evaluation.item_actual(p, item, y) if y <= e.year or y in p.reports else None
            values.append(0.0 if v is None else v)
        actual.append(values)
        self.bars.append(actual)
        self.axis_x.append([str(y) for y in years])
        self.line.setName(txf("committed (assessed in %1)", c.due.year))
        for i in range(len(years)):
            self.line.append(i - 0.4, c.committed)
            self.line.append(i + 0.4, c.committed)
        self.line_x.setRange(-0.5, len(years) - 0.5)
        top = max([c.committed, *values]) or 1
        self.axis_y.setRange(0, top * 1.1)
        self.axis_y.applyNiceNumbers()
        self.axis_y.setLabelFormat("%.0f" if top >= 10 else "%.1f")
        self.axis_y.setTitleText(c.unit)
        status = status_label(c.status)
        self.caption.setText(
            txf(
                "%1: %2; committed %3 %4, actual %5 %4",
                e.year,
                status,
                num(c.committed),
                c.unit,
                num(c.actual),
            )
            + (
                txf("; trend to %1: %2", c.due.year, num(c.projection))
                if c.projection is not None
                else ""
            )
        )
