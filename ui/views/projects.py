"""项目履约: brought-in projects — commitments against actuals, milestones, the 亩均 appraisal.

Left: the portfolio (one row per project, a traffic light per commitment) with filters, and
the alerts. Right: the selected project — grade and score with "what would it take", the six
indicators against their benchmarks, committed-vs-actual over the years (QtCharts), the
milestone timeline, the yearly reports (editable) and the reward/penalty position.

Everything is computed by :mod:`app.projects.evaluation` in a worker; this module only shows it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

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
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import richtext
from app.projects import evaluation, model, sheet
from app.projects.evaluation import ProjectEvaluation
from app.projects.model import ITEMS, MILESTONE_STATUS_ZH, REPORT_FIELDS, STATUS_ZH, Report
from app.projects.sheet import GRADE_COLOURS, MILESTONE_COLOURS, STATUS_COLOURS, num
from ui import i18n, theme
from ui.views.base import View
from ui.widgets.common import Card, EmptyState, Kpi, muted, spacing

CONTEXT = "ProjectsView"
PROJECTS = "projects"  # the kind of data change announced after an edit or import

# Chinese for the English source strings, used until the .ts catalogue translates them.
ZH = {
    "Brought-in projects": "项目履约",
    "Commitments against actuals, milestones and the per-mu appraisal of brought-in projects": "引进项目的承诺与实绩、节点进度和亩均效益评价",
    "Import…": "导入…",
    "Template…": "模板…",
    "Print sheet…": "打印评价表…",
    "Print summary…": "打印汇总…",
    "Export PDF…": "导出 PDF…",
    "Refresh": "刷新",
    "Projects": "项目",
    "Grades A / B / C / D": "等级 A / B / C / D",
    "Commitments at risk / missed": "承诺有风险 / 未达标",
    "Alerts": "提醒",
    "All zones": "全部集聚区",
    "All directions": "全部方向",
    "All grades": "全部等级",
    "Not graded": "不评级",
    "All statuses": "全部履约状态",
    "Latest year": "最近年度",
    "Search projects or firms…": "搜索项目或企业…",
    "Portfolio": "项目一览",
    "Alerts (%1)": "提醒（%1）",
    "Project": "项目",
    "Grade": "等级",
    "Score": "得分",
    "Commitments": "承诺履约",
    "Milestones": "节点",
    "No brought-in projects yet. Import agreements and yearly reports from the Excel template, or open the demo database.": "还没有引进项目。可从 Excel 模板导入项目协议和年度报表，或打开演示数据库。",
    "No project matches the filters.": "没有符合筛选条件的项目。",
    "Select a project on the left.": "请在左侧选择一个项目。",
    "Per-mu appraisal": "亩均效益评价",
    "Indicators against their benchmarks": "各指标与基准值之比（竖线为基准，最高按封顶倍数计）",
    "Committed vs actual": "承诺与实绩",
    "Project milestones": "项目节点",
    "Yearly reports": "年度报表",
    "Edit year…": "编辑所选年度…",
    "Add year…": "新增年度…",
    "Rewards and penalties": "奖励与违约",
    "What would it take": "还差多少",
    "committed": "承诺",
    "actual": "实绩",
    "today": "今天",
    "Yearly report": "年度报表",
    "Report year": "年度",
    "Note": "备注",
    "Leave a figure empty when it was not reported; it is then left out, never counted as 0.": "未报的数字请留空：留空的指标不参与评分，不按 0 计。",
    "Not a number: %1": "不是数字：%1",
    "Import projects": "导入项目",
    "Excel workbooks (*.xlsx)": "Excel 工作簿 (*.xlsx)",
    "Save the import template": "保存导入模板",
    "PDF files (*.pdf)": "PDF 文件 (*.pdf)",
    "Export the appraisal to PDF": "导出评价表 PDF",
    "Saved: %1": "已保存：%1",
    "Import finished": "导入完成",
    "Act now": "需立即处理",
    "%1 projects, grades A/B/C/D %2, %3 alerts": "项目 %1 个，等级 A/B/C/D %2，提醒 %3 条",
    "Record a milestone…": "登记节点完成…",
    "Milestone": "节点",
    "Reached on": "完成日期",
    "Not reached yet (clear the date)": "尚未完成（清除日期）",
    "Watch": "需关注",
    "Double-click a year to edit its report.": "双击某一年度可编辑该年报表。",
    "%1: %2; committed %3 %4, actual %5 %4": "%1 年：%2；承诺 %3 %4，实绩 %5 %4",
    "; trend to %1: %2": "；趋势至 %1 年 %2",
    "%1 (due %2)": "%1（约定 %2）",
    "Commitment": "承诺事项",
    "Committed": "承诺值",
    "Actual": "实绩",
    "Assessed on": "考核日期",
    "Status": "状态",
    "%1　agreement %2　signed %3　%4　%5　land %6": "%1　协议 %2　签约 %3　%4　%5　用地 %6",
    "%1 per-mu appraisal: grade %2, score %3": "%1 年亩均评价：等级 %2，综合得分 %3",
    "%1 per-mu appraisal: not graded": "%1 年亩均评价：不评级",
    "%1. %2": "%1。%2",
    "Not agreed": "未约定",
    "Each dot, in order: fixed-asset investment, investment per mu, output, tax paid, jobs, R&D ratio": "每个圆点依次为：固定资产投资、亩均投资、达产产值、年纳税额、就业人数、研发投入占比",
}


def _t(text: str) -> str:
    s = QCoreApplication.translate(CONTEXT, text)
    if s == text and i18n.is_chinese():
        return ZH.get(text, text)
    return s


def _tf(text: str, *args: object) -> str:
    """``_t(text)`` with %1, %2 … replaced by ``args``."""
    s = _t(text)
    for i in range(len(args), 0, -1):  # %10 before %1
        s = s.replace(f"%{i}", str(args[i - 1]))
    return s


# -- loading --------------------------------------------------------------------------------


def load_portfolio(
    db, cancel, year: int | None = None, today: date | None = None
) -> dict[str, Any]:
    """Everything the view shows, computed in a worker."""
    today = today or date.today()
    projects = model.load_projects(db)
    cancel.check()
    method = model.load_method(db)
    evals = evaluation.evaluate_all(projects, method, today, year=year)
    cancel.check()
    found = evaluation.alerts(projects, method, today)
    years = sorted(
        {y for p in projects for y in p.reports} | {p.agreement_date.year for p in projects}
    )
    return {
        "evals": evals,
        "method": method,
        "alerts": found,
        "years": years,
        "today": today,
        "year": year,
    }


# -- the portfolio table ----------------------------------------------------------------------

COLUMNS = ("name", "grade", "score", "lights", "milestones")
HEADERS = {
    "name": "Project",
    "grade": "Grade",
    "score": "Score",
    "lights": "Commitments",
    "milestones": "Milestones",
}
_GRADE_ORDER = {"A": 0, "B": 1, "C": 2, "D": 3, None: 4}
_STATUS_ORDER = {"missed": 0, "at_risk": 1, "pending": 2, "met": 3}


def milestone_summary(e: ProjectEvaluation) -> tuple[str, str]:
    """(short text, colour) for the milestone column: overdue first, then due soon."""
    overdue = [m for m in e.milestones if m.status == "overdue"]
    soon = [m for m in e.milestones if m.status == "due_soon"]
    if overdue:
        return f"{overdue[0].name}{MILESTONE_STATUS_ZH['overdue']}", MILESTONE_COLOURS["overdue"]
    if soon:
        return f"{soon[0].name}{soon[0].days}天", MILESTONE_COLOURS["due_soon"]
    done = [m for m in e.milestones if m.status == "done"]
    if done and len(done) == len(e.milestones):
        return "全部完成", MILESTONE_COLOURS["done"]
    nxt = next((m for m in e.milestones if m.status == "upcoming"), None)
    if nxt is not None:
        return f"待{nxt.name}", theme.TEXT_MUTED
    return "—", theme.TEXT_MUTED


class PortfolioModel(QAbstractTableModel):
    """The evaluated projects (a few hundred at most: sorted in memory)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[ProjectEvaluation] = []

    def set_rows(self, rows: list[ProjectEvaluation]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(HEADERS[COLUMNS[section]])
        return None

    def evaluation(self, row: int) -> ProjectEvaluation | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, project_id: int | None) -> int | None:
        return next((i for i, e in enumerate(self.rows) if e.project.id == project_id), None)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self.rows[index.row()]
        col = COLUMNS[index.column()]
        a = e.appraisal
        if role == Qt.ItemDataRole.UserRole:
            return e
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "name":
                return e.project.name
            if col == "grade":
                return a.grade or "—"
            if col == "score":
                return "—" if a.score is None else f"{a.score:.1f}"
            if col == "milestones":
                return milestone_summary(e)[0]
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == "name":
                return "\n".join(
                    x
                    for x in (
                        e.project.name,
                        e.project.firm,
                        e.project.agreement_no,
                        e.project.town,
                    )
                    if x
                )
            if col == "lights":
                return "\n".join(
                    f"{c.name}：{STATUS_ZH[c.status]}（承诺 {num(c.committed)}，实绩 {num(c.actual)} {c.unit}）"
                    for c in e.commitments
                )
            if col in ("grade", "score"):
                return a.note or None
            if col == "milestones":
                return "\n".join(
                    f"{m.name}：{MILESTONE_STATUS_ZH[m.status]}（约定 {m.due or '—'}）"
                    for m in e.milestones
                )
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == "grade" and a.grade:
                return QBrush(QColor(GRADE_COLOURS[a.grade]))
            if col == "milestones":
                return QBrush(QColor(milestone_summary(e)[1]))
        if role == Qt.ItemDataRole.FontRole and col == "grade":
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.TextAlignmentRole and col in ("grade", "score"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        col = COLUMNS[column]

        def key(e: ProjectEvaluation):
            if col == "name":
                return e.project.name
            if col == "grade":
                return (_GRADE_ORDER[e.appraisal.grade], -(e.appraisal.score or 0))
            if col == "score":
                return e.appraisal.score if e.appraisal.score is not None else -1
            if col == "lights":
                return (_STATUS_ORDER[e.status], e.project.name)
            if col == "milestones":
                return (
                    min(
                        (
                            m.days
                            for m in e.milestones
                            if m.days is not None and m.status != "upcoming"
                        ),
                        default=10**6,
                    ),
                    e.project.name,
                )
            return e.project.name

        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


class LightsDelegate(QStyledItemDelegate):
    """One traffic light per commitment item, in the order of ``ITEMS`` (hollow: none)."""

    def paint(self, painter: QPainter, option, index) -> None:
        e = index.data(Qt.ItemDataRole.UserRole)
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        if e is None:
            return
        statuses = {c.item: c.status for c in e.commitments}
        d = max(8, int(option.fontMetrics.height() * 0.62))
        gap = int(d * 0.55)
        x = option.rect.left() + gap
        y = option.rect.center().y() - d / 2
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for item in ITEMS:
            rect = QRectF(x, y, d, d)
            status = statuses.get(item)
            if status is None:
                painter.setPen(QPen(QColor(theme.BORDER_STRONG), 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(STATUS_COLOURS[status]))
            painter.drawEllipse(rect)
            x += d + gap
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        d = max(8, int(option.fontMetrics.height() * 0.62))
        return QSize(int(len(ITEMS) * d * 1.55 + d), d * 2)


# Row labels of the yearly-report table (the full name and unit are in the tooltip).
SHORT_FIELDS = {
    "investment_to_date": "累计投资(万元)",
    "output_value": "总产值(万元)",
    "revenue": "营业收入(万元)",
    "value_added": "增加值(万元)",
    "tax_paid": "实缴税收(万元)",
    "jobs": "从业人数",
    "energy_tce": "能耗(吨标煤)",
    "emissions_t": "排放(吨)",
    "rd_spending": "研发支出(万元)",
    "land_in_use": "实际用地(亩)",
    "reward_paid": "已兑现奖励(万元)",
}


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

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        row_h = self._row_h()
        name_w = max((fm.horizontalAdvance(r.name) for r in self.results), default=0)
        name_w = min(name_w, fm.horizontalAdvance("中") * 9) + 8
        value_w = fm.horizontalAdvance("00,000.00 万元/吨标准煤 · 00.0 分") + 8
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
                text = f"{num(r.value)} {r.unit} · {r.points:.1f} 分"
            else:
                p.setPen(QPen(QColor(theme.TEXT_FAINT), 1, Qt.PenStyle.DashLine))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(track, bar_h / 2, bar_h / 2)
                text = "无定义" if r.state == "undefined" else "缺失"
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
                f"{m.name}：约定 {m.due or '—'}，完成 {m.done or '—'}，{MILESTONE_STATUS_ZH[m.status]}"
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
            return f"✓ {m.done}" + (" 迟" if m.late else "")
        if m.status == "overdue":
            return f"逾期 {-(m.days or 0)} 天"
        if m.status == "due_soon":
            return f"还有 {m.days} 天"
        return MILESTONE_STATUS_ZH[m.status]

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
        half = fm.horizontalAdvance("✓ 0000-00-00 迟") / 2 + 2
        left, right = half, self.width() - half
        step = (right - left) / max(1, n - 1)
        y = lh * 2.9
        r = lh * 0.42
        p.setPen(QPen(QColor(theme.BORDER_STRONG), 2))
        p.drawLine(QPointF(left, y), QPointF(right, y))
        tx = self._today_x(left, step)
        if tx is not None:
            tx = max(4.0, min(self.width() - 4.0, tx))
            # time elapsed drawn along the axis, a tick at today, the word above the names:
            # nothing crosses a label
            p.setPen(QPen(QColor(theme.PRIMARY), 3))
            p.drawLine(QPointF(left, y), QPointF(max(left, min(tx, right)), y))
            p.setPen(QPen(QColor(theme.PRIMARY), 2))
            p.drawLine(QPointF(tx, y - r * 0.7), QPointF(tx, y + r * 0.7))
            p.setFont(small)
            p.setPen(QColor(theme.PRIMARY))
            w = fm.horizontalAdvance(_t("today")) + 8
            box = QRectF(min(max(0.0, tx - w / 2), self.width() - w), 0, w, lh)
            p.drawText(box, int(Qt.AlignmentFlag.AlignCenter), _t("today"))
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
        actual = QBarSet(_t("actual"))
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
        self.line.setName(f"{_t('committed')}（{c.due.year} 年考核）")
        for i in range(len(years)):
            self.line.append(i - 0.4, c.committed)
            self.line.append(i + 0.4, c.committed)
        self.line_x.setRange(-0.5, len(years) - 0.5)
        top = max([c.committed, *values]) or 1
        self.axis_y.setRange(0, top * 1.1)
        self.axis_y.applyNiceNumbers()
        self.axis_y.setLabelFormat("%.0f" if top >= 10 else "%.1f")
        self.axis_y.setTitleText(c.unit)
        status = STATUS_ZH[c.status]
        self.caption.setText(
            _tf("%1: %2; committed %3 %4, actual %5 %4", e.year, status, num(c.committed), c.unit,
                num(c.actual))
            + (_tf("; trend to %1: %2", c.due.year, num(c.projection))
               if c.projection is not None else "")
        )  # fmt: skip


class ReportDialog(QDialog):
    """Enter or correct one year's report; empty means "not reported"."""

    def __init__(
        self, project: model.Project, year: int | None, today: date, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.project = project
        self.today = today
        self.setWindowTitle(f"{_t('Yearly report')} · {project.name}")
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.year = QSpinBox()
        self.year.setRange(project.agreement_date.year, today.year)
        self.year.setValue(
            year
            if year is not None
            else min(today.year, max([*project.reports, project.agreement_date.year - 1]) + 1)
        )
        self.year.setEnabled(year is None)
        self.year.valueChanged.connect(self._fill)
        form.addRow(_t("Report year"), self.year)
        self.edits: dict[str, QLineEdit] = {}
        for key, (name, unit) in REPORT_FIELDS.items():
            edit = QLineEdit()
            edit.setPlaceholderText("—")
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.edits[key] = edit
            form.addRow(f"{name}（{unit}）", edit)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(self.fontMetrics().height() * 3)
        form.addRow(_t("Note"), self.note)
        lay.addLayout(form)
        lay.addWidget(
            muted(
                _t(
                    "Leave a figure empty when it was not reported; it is then left out, never counted as 0."
                )
            )
        )
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {theme.DANGER};")
        self.error.setWordWrap(True)
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.result_report: Report | None = None
        self._fill()

    def _fill(self) -> None:
        r = self.project.reports.get(self.year.value())
        for key, edit in self.edits.items():
            v = getattr(r, key) if r is not None else None
            edit.setText("" if v is None else f"{v:g}")
        self.note.setPlainText(r.note if r is not None else "")

    def report(self) -> Report:
        """The report as entered; ValueError (Chinese) for a field that is not a number."""
        rep = Report(
            year=self.year.value(), source="手工录入", note=self.note.toPlainText().strip()
        )
        for key, edit in self.edits.items():
            text = edit.text().strip().replace(",", "").replace("，", "")
            if not text:
                continue
            try:
                value = float(text)
            except ValueError:
                raise ValueError(
                    f"{REPORT_FIELDS[key][0]}：" + _t("Not a number: %1").replace("%1", text)
                ) from None
            setattr(rep, key, value)
        return rep

    def _accept(self) -> None:
        try:
            rep = self.report()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        problems = model.report_problems(self.project, rep, self.today)
        if problems:
            self.error.setText("；".join(reason for _, reason in problems))
            return
        self.result_report = rep
        self.accept()


class MilestoneDialog(QDialog):
    """Record the date a milestone was reached (or clear it)."""

    def __init__(self, project: model.Project, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        from PySide6.QtCore import QDate
        from PySide6.QtWidgets import QCheckBox, QDateEdit

        self.project = project
        self.setWindowTitle(f"{_t('Record a milestone…').rstrip('…')} · {project.name}")
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.combo = QComboBox()
        for m in project.milestones:
            self.combo.addItem(_tf("%1 (due %2)", model.MILESTONES[m.kind], m.due or "—"), m.kind)
        first_open = next((i for i, m in enumerate(project.milestones) if m.done is None), 0)
        self.combo.setCurrentIndex(first_open)
        form.addRow(_t("Milestone"), self.combo)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        a = project.agreement_date
        self.date.setMinimumDate(QDate(a.year, a.month, a.day))
        self.date.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date.setDate(QDate(today.year, today.month, today.day))
        form.addRow(_t("Reached on"), self.date)
        self.clear = QCheckBox(_t("Not reached yet (clear the date)"))
        self.clear.toggled.connect(lambda on: self.date.setEnabled(not on))
        form.addRow("", self.clear)
        lay.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.combo.currentIndexChanged.connect(self._fill)
        self._fill()

    def _fill(self) -> None:
        from PySide6.QtCore import QDate

        m = self.project.milestone(self.kind())
        if m is not None and m.done is not None:
            self.date.setDate(QDate(m.done.year, m.done.month, m.done.day))
        self.clear.setChecked(False)

    def kind(self) -> str:
        return self.combo.currentData()

    def done(self) -> date | None:
        if self.clear.isChecked():
            return None
        d = self.date.date()
        return date(d.year(), d.month(), d.day())


class ProjectPage(QScrollArea):
    """The selected project: grade, indicators, commitments, milestones, reports, terms."""

    edit_report = Signal(int)  # year (0: a new year)
    mark_milestone = Signal()

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
        self.empty = EmptyState(_t("Select a project on the left."))
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
        self.grade_note = QLabel()
        self.grade_note.setWordWrap(True)
        self.head.body.addWidget(self.grade_note)
        self.takes = QLabel()
        self.takes.setWordWrap(True)
        self.takes.setTextFormat(Qt.TextFormat.RichText)
        self.head.body.addWidget(self.takes)
        lay.addWidget(self.head)

        self.ind_card = Card(_t("Per-mu appraisal"), _t("Indicators against their benchmarks"))
        self.bars = IndicatorBars()
        self.ind_card.body.addWidget(self.bars)
        lay.addWidget(self.ind_card)

        self.chart_card = Card(_t("Committed vs actual"))
        self.chart = CommitmentChart()
        self.chart_card.body.addWidget(self.chart)
        self.commit_table = QTableWidget(0, 5)
        self.commit_table.setHorizontalHeaderLabels(
            [_t("Commitment"), _t("Committed"), _t("Actual"), _t("Assessed on"), _t("Status")]
        )
        _compact(self.commit_table)
        self.chart_card.body.addWidget(self.commit_table)
        lay.addWidget(self.chart_card)

        self.ms_card = Card(_t("Project milestones"))
        self.ms_btn = _small_button(_t("Record a milestone…"))
        self.ms_btn.clicked.connect(self.mark_milestone.emit)
        self.ms_card.head_actions.addWidget(self.ms_btn)
        self.timeline = Timeline()
        self.ms_card.body.addWidget(self.timeline)
        lay.addWidget(self.ms_card)

        self.rep_card = Card(_t("Yearly reports"), _t("Double-click a year to edit its report."))
        self.edit_btn = _small_button(_t("Edit year…"))
        self.add_btn = _small_button(_t("Add year…"))
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

        self.terms_card = Card(_t("Rewards and penalties"))
        self.terms = QLabel()
        self.terms.setWordWrap(True)
        self.terms.setTextFormat(Qt.TextFormat.RichText)
        self.terms_card.body.addWidget(self.terms)
        lay.addWidget(self.terms_card)
        lay.addStretch(1)
        self.cards = [
            self.head,
            self.ind_card,
            self.chart_card,
            self.ms_card,
            self.rep_card,
            self.terms_card,
        ]
        self.e: ProjectEvaluation | None = None
        self._years: list[int] = []
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
        land = "—" if p.land_mu is None else f"{p.land_mu:g} 亩"
        self.meta.setText(
            _tf("%1　agreement %2　signed %3　%4　%5　land %6", p.firm, p.agreement_no or "—",
                p.agreement_date, place or "—", direction_name or p.direction or "—", land)
        )  # fmt: skip
        grade = a.grade or "—"
        colour = GRADE_COLOURS.get(a.grade or "", theme.TEXT_FAINT)
        score = "" if a.score is None else f"{a.score:.1f} 分"
        self.badge.setText(richtext.coloured(grade, colour))
        self.badge.setToolTip(score)
        note = (
            _tf("%1 per-mu appraisal: grade %2, score %3", e.year, a.grade, score)
            if a.grade
            else _tf("%1 per-mu appraisal: not graded", e.year)
        )
        self.grade_note.setText(_tf("%1. %2", note, a.note) if a.note else note)
        if takes:
            lines = []
            for grade in sorted({t.target for t in takes}, reverse=True):  # nearest first
                options = [t for t in takes if t.target == grade]
                best = next((t for t in options if t.needed is not None), options[0])
                lines.append(best.text)
            self.takes.setText(f"<b>{_t('What would it take')}：</b>" + "<br/>".join(lines))
            self.takes.show()
        else:
            self.takes.hide()
        self.bars.set(a.indicators, method.cap if method else 1.5)
        self.chart.set(e)
        t = self.commit_table
        t.setRowCount(len(e.commitments))
        for r, c in enumerate(e.commitments):
            cells = [
                c.name,
                f"{num(c.committed)} {c.unit}",
                "—" if c.actual is None else f"{num(c.actual)} {c.unit}",
                str(c.due),
                STATUS_ZH[c.status],
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
        self.terms.setText(_terms_html(e))

    def _fill_reports(self, p: model.Project) -> None:
        t = self.rep_table
        self._years = sorted(p.reports)
        keys = [k for k in REPORT_FIELDS if k != "reward_paid"]
        t.clear()
        t.setColumnCount(len(self._years))
        t.setRowCount(len(keys))
        t.setHorizontalHeaderLabels([str(y) for y in self._years])
        t.setVerticalHeaderLabels([SHORT_FIELDS[k] for k in keys])
        for r, k in enumerate(keys):
            t.verticalHeaderItem(r).setToolTip(f"{REPORT_FIELDS[k][0]}（{REPORT_FIELDS[k][1]}）")
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

    def _edit_column(self, column: int) -> None:
        if 0 <= column < len(self._years):
            self.edit_report.emit(self._years[column])

    def _edit_selected(self) -> None:
        col = self.rep_table.currentColumn()
        self._edit_column(col if col >= 0 else len(self._years) - 1)


def _terms_html(e: ProjectEvaluation) -> str:
    r, pen, p = e.reward, e.penalty, e.project
    parts = []
    if r.eligible:
        parts.append(
            richtext.coloured(
                f"{e.year} 年可兑现奖励 {num(r.amount)} 万元", theme.SUCCESS, bold=True
            )
            + richtext.text(f"（{r.reason}）")
        )
    else:
        parts.append(richtext.text(f"{e.year} 年奖励：不兑现（{r.reason}）"))
    if pen.exposed:
        items = "、".join(ITEMS[i][0] for i in pen.missed)
        detail = sheet.penalty_parts(pen)
        parts.append(
            richtext.coloured(f"违约风险 {num(pen.total)} 万元", theme.DANGER, bold=True)
            + richtext.text(f"：{items}未达标" + (f"（{'；'.join(detail)}）" if detail else ""))
        )
    else:
        parts.append(richtext.text("无未达标承诺，不涉及违约责任"))
    if p.penalty_text:  # the agreement's own words, as imported: escaped
        parts.append(richtext.coloured(f"违约条款：{p.penalty_text}", theme.TEXT_MUTED))
    return "<br/>".join(parts)


def _dot(colour: str, size: int) -> QIcon:
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
    t.verticalHeader().hide()
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setShowGrid(False)
    t.setAlternatingRowColors(True)
    t.setWordWrap(False)
    t.verticalHeader().setDefaultSectionSize(int(t.fontMetrics().height() * 1.7))
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


# -- the view ------------------------------------------------------------------------------------


class ProjectsView(View):
    key = "projects"

    def __init__(self, ctx, parent: QWidget | None = None, spec=None):
        super().__init__(ctx, parent, spec)
        header = self.make_header(
            _t("Brought-in projects"),
            _t(
                "Commitments against actuals, milestones and the per-mu appraisal of brought-in projects"
            ),
        )
        self.import_btn = header.add_button(_t("Import…"), "import")
        self.template_btn = header.add_button(_t("Template…"), "export")
        self.print_btn = header.add_button(_t("Print sheet…"), "print")
        self.summary_btn = header.add_button(_t("Print summary…"), "print")
        self.pdf_btn = header.add_button(_t("Export PDF…"), "export")
        self.refresh_btn = header.add_button(_t("Refresh"), "refresh")
        self.import_btn.clicked.connect(self.import_file)
        self.template_btn.clicked.connect(self.save_template)
        self.print_btn.clicked.connect(self.print_view)
        self.summary_btn.clicked.connect(self.print_summary)
        self.pdf_btn.clicked.connect(self.export_pdf)
        self.refresh_btn.clicked.connect(self.refresh)

        s = spacing(self)
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(int(s * 1.8), s, int(s * 1.8), s)
        lay.setSpacing(s)

        kpis = QHBoxLayout()
        kpis.setSpacing(s)
        self.k_projects = Kpi(_t("Projects"))
        self.k_grades = Kpi(_t("Grades A / B / C / D"))
        self.k_risk = Kpi(_t("Commitments at risk / missed"))
        self.k_alerts = Kpi(_t("Alerts"))
        for k in (self.k_projects, self.k_grades, self.k_risk, self.k_alerts):
            k.value.setFont(theme.scaled_font(self.font(), 1.5, bold=True))
            kpis.addWidget(k)
        lay.addLayout(kpis)

        filters = QGridLayout()
        filters.setHorizontalSpacing(s)
        self.f_zone = QComboBox()
        self.f_direction = QComboBox()
        self.f_grade = QComboBox()
        self.f_status = QComboBox()
        self.f_year = QComboBox()
        self.search = QLineEdit()
        self.search.setPlaceholderText(_t("Search projects or firms…"))
        self.search.setClearButtonEnabled(True)
        self.f_grade.addItem(_t("All grades"), None)
        for g in ("A", "B", "C", "D"):
            self.f_grade.addItem(g, g)
        self.f_grade.addItem(_t("Not graded"), "none")
        self.f_status.addItem(_t("All statuses"), None)
        for st in ("missed", "at_risk", "pending", "met"):
            self.f_status.addItem(STATUS_ZH[st], st)
        self.f_year.addItem(_t("Latest year"), None)
        filters.addWidget(self.search, 0, 0, 1, 3)
        filters.addWidget(self.f_year, 0, 3)
        filters.addWidget(self.f_zone, 1, 0)
        filters.addWidget(self.f_direction, 1, 1)
        filters.addWidget(self.f_grade, 1, 2)
        filters.addWidget(self.f_status, 1, 3)
        for combo in (self.f_zone, self.f_direction, self.f_grade, self.f_status):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.f_year.currentIndexChanged.connect(self._year_changed)
        self.search.textChanged.connect(self._apply_filters)

        self.model = PortfolioModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        # worst first: missed, then at risk, pending, met
        self.table.sortByColumn(COLUMNS.index("lights"), Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.9))
        self.table.setItemDelegateForColumn(COLUMNS.index("lights"), LightsDelegate(self.table))
        hh = self.table.horizontalHeader()
        hh.setHighlightSections(False)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.empty = EmptyState(
            _t(
                "No brought-in projects yet. Import agreements and yearly reports from the Excel template, or open the demo database."
            )
        )
        self.empty.hide()
        self.legend = muted(
            "　".join(
                [
                    *(
                        richtext.coloured("●", STATUS_COLOURS[k])
                        + " "
                        + richtext.text(STATUS_ZH[k])
                        for k in ("met", "at_risk", "missed", "pending")
                    ),
                    "○ " + richtext.text(_t("Not agreed")),
                ]
            )
        )
        self.legend.setToolTip(
            _t(
                "Each dot, in order: fixed-asset investment, investment per mu, output, tax paid, "
                "jobs, R&D ratio"
            )
        )
        self.legend.setTextFormat(Qt.TextFormat.RichText)

        portfolio = QWidget()
        pl = QVBoxLayout(portfolio)
        pl.setContentsMargins(0, s // 2, 0, 0)
        pl.setSpacing(int(s * 0.6))
        pl.addLayout(filters)
        pl.addWidget(self.table, 1)
        pl.addWidget(self.empty, 1)
        pl.addWidget(self.legend)

        self.alert_list = QListWidget()
        self.alert_list.setWordWrap(True)
        self.alert_list.setAlternatingRowColors(True)
        self.alert_list.setSpacing(2)
        self.alert_list.itemActivated.connect(self._alert_activated)
        self.alert_list.itemClicked.connect(self._alert_activated)

        self.tabs = QTabWidget()
        self.tabs.addTab(portfolio, _t("Portfolio"))
        self.tabs.addTab(self.alert_list, _t("Alerts (%1)").replace("%1", "0"))

        self.page = ProjectPage()
        self.page.edit_report.connect(self.edit_report)
        self.page.mark_milestone.connect(self.mark_milestone)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.page)
        self.splitter.setChildrenCollapsible(False)
        em = self.fontMetrics().horizontalAdvance("中")
        self.splitter.setSizes([em * 48, em * 46])
        lay.addWidget(self.splitter, 1)
        self.root.addWidget(body, 1)

        self.data: dict[str, Any] | None = None
        self._selected: int | None = None
        self.today = date.today()

    # -- data -----------------------------------------------------------------------------------
    def depends_on(self) -> tuple[str, ...]:
        return (PROJECTS, "firms", "catalog")

    def reload(self) -> None:
        year = self.f_year.currentData()
        today = self.today

        def job(db, cancel):
            return load_portfolio(db, cancel, year, today)

        self.track(self.ctx.run(job, announce=False, on_result=self._show))

    def _show(self, d: dict[str, Any]) -> None:
        self.data = d
        evals: list[ProjectEvaluation] = d["evals"]
        self._fill_combo(
            self.f_zone, _t("All zones"), sorted({e.project.zone for e in evals if e.project.zone})
        )
        dirs = sorted({e.project.direction for e in evals if e.project.direction})
        self._fill_combo(
            self.f_direction, _t("All directions"), dirs, [self.ctx.direction_name(x) for x in dirs]
        )
        current_year = self.f_year.currentData()
        self.f_year.blockSignals(True)
        self.f_year.clear()
        self.f_year.addItem(_t("Latest year"), None)
        for y in reversed(d["years"]):
            self.f_year.addItem(str(y), y)
        i = self.f_year.findData(current_year)
        self.f_year.setCurrentIndex(max(0, i))
        self.f_year.blockSignals(False)

        graded = [e.appraisal.grade for e in evals]
        self.k_projects.set(str(len(evals)), f"不评级 {graded.count(None)} 个" if evals else "")
        self.k_grades.set(" / ".join(str(graded.count(g)) for g in "ABCD"))
        counts = evaluation.status_counts(evals)
        self.k_risk.set(
            f"{counts['at_risk']} / {counts['missed']}",
            f"已达标 {counts['met']} · 待考核 {counts['pending']}",
        )
        alerts = d["alerts"]
        urgent = sum(1 for a in alerts if a.severity > 1)
        self.k_alerts.set(str(len(alerts)), f"需处理 {urgent} 条" if alerts else "")
        self.alert_list.clear()
        dots = {
            2: _dot(theme.DANGER, self.fontMetrics().height()),
            1: _dot(theme.WARNING, self.fontMetrics().height()),
        }
        for a in alerts:
            it = QListWidgetItem(dots[min(2, max(1, a.severity))], f"{a.project}：{a.text}")
            it.setData(Qt.ItemDataRole.UserRole, a.project_id)
            it.setToolTip(_t("Act now") if a.severity > 1 else _t("Watch"))
            self.alert_list.addItem(it)
        self.tabs.setTabText(1, _t("Alerts (%1)").replace("%1", str(len(alerts))))
        self._apply_filters()

    def _fill_combo(
        self, combo: QComboBox, everything: str, values: list[str], labels: list[str] | None = None
    ) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for v, label in zip(values, labels or values, strict=True):
            combo.addItem(label, v)
        i = combo.findData(current)
        combo.setCurrentIndex(max(0, i))
        combo.blockSignals(False)

    def _year_changed(self) -> None:
        self.reload()

    def _filtered(self) -> list[ProjectEvaluation]:
        if self.data is None:
            return []
        zone = self.f_zone.currentData()
        direction = self.f_direction.currentData()
        grade = self.f_grade.currentData()
        status = self.f_status.currentData()
        text = self.search.text().strip()
        out = []
        for e in self.data["evals"]:
            p = e.project
            if zone and p.zone != zone:
                continue
            if direction and p.direction != direction:
                continue
            if grade == "none" and e.appraisal.grade is not None:
                continue
            if grade not in (None, "none") and e.appraisal.grade != grade:
                continue
            if status and not any(c.status == status for c in e.commitments):
                continue
            if (
                text
                and text not in p.name
                and text not in p.firm
                and text not in (p.agreement_no or "")
            ):
                continue
            out.append(e)
        return out

    def _apply_filters(self) -> None:
        remembered = self._selected
        rows = self._filtered()
        self.model.set_rows(rows)
        header = self.table.horizontalHeader()
        if header.sortIndicatorSection() >= 0 and self.table.isSortingEnabled():
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        has_any = bool(self.data and self.data["evals"])
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        if not has_any:
            self.empty.setText(
                _t(
                    "No brought-in projects yet. Import agreements and yearly reports from the Excel template, or open the demo database."
                )
            )
        else:
            self.empty.setText(_t("No project matches the filters."))
        row = self.model.row_of(remembered)
        if row is None and rows:
            row = 0
        if row is not None:
            self.table.selectRow(row)
            self._row_changed(self.model.index(row, 0))
        else:
            self.page.show_project(None)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        e = self.model.evaluation(current.row()) if current.isValid() else None
        if e is None:
            self.page.show_project(None)
            return
        self._selected = e.project.id
        method = self.data["method"] if self.data else None
        takes = []
        if method is not None:
            thresholds = evaluation.grade_thresholds(self.data["evals"], method, e.year)
            takes = evaluation.what_it_takes(
                e.project, e.year, method, thresholds, current=e.appraisal.grade
            )
        self.page.show_project(
            e, method, takes, self.today, self.ctx.direction_name(e.project.direction)
        )

    def select_project(self, project_id: int) -> None:
        """Show ``project_id`` (clearing filters that hide it)."""
        self._selected = project_id
        if self.model.row_of(project_id) is None:
            for combo in (self.f_zone, self.f_direction, self.f_grade, self.f_status):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self._apply_filters()
        row = self.model.row_of(project_id)
        if row is not None:
            self.tabs.setCurrentIndex(0)
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _alert_activated(self, item: QListWidgetItem) -> None:
        pid = item.data(Qt.ItemDataRole.UserRole)
        if pid is not None:
            self.select_project(int(pid))

    # -- actions --------------------------------------------------------------------------------
    def edit_report(self, year: int) -> None:
        e = self.page.e
        if e is None:
            return
        dlg = ReportDialog(e.project, year or None, self.today, self)
        if dlg.exec() != QDialog.DialogCode.Accepted or dlg.result_report is None:
            return
        self.save_report(e.project.id, dlg.result_report)

    def mark_milestone(self) -> None:
        e = self.page.e
        if e is None:
            return
        dlg = MilestoneDialog(e.project, self.today, self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        self.save_milestone(e.project.id, dlg.kind(), dlg.done())

    def save_milestone(self, project_id: int, kind: str, done: date | None):
        """Record (or clear) the date a milestone was reached, in the background."""

        def job(db, cancel):
            model.set_milestone_done(db, project_id, kind, done)

        return self.track(
            self.ctx.run(
                job,
                write=True,
                title=_t("Record a milestone…"),
                on_result=lambda _r: self.ctx.notify(PROJECTS),
            )
        )

    def save_report(self, project_id: int, report: Report):
        """Store a report in the background, then reload everything that depends on it."""
        today = self.today

        def job(db, cancel):
            return model.save_report(db, project_id, report, today=today)

        return self.track(
            self.ctx.run(
                job,
                write=True,
                title=_t("Yearly report"),
                on_result=lambda _r: self.ctx.notify(PROJECTS),
            )
        )

    def import_file(self, path: str | None = None):
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, _t("Import projects"), "", _t("Excel workbooks (*.xlsx)")
            )
        if not path:
            return None
        from app.projects.importer import import_job

        def job(db, cancel):
            from app import backup

            backup.before_import(db)
            return (yield from import_job(db, path, cancel=cancel))

        def done(result) -> None:
            from ui import messages

            p, r = result.projects, result.reports
            lines = [
                f"项目协议：新增 {p.added}，更新 {p.updated}，未变 {p.unchanged}，拒收 {p.rejected}",
                f"年度报表：新增 {r.added}，更新 {r.updated}，未变 {r.unchanged}，拒收 {r.rejected}",
            ]
            lines += [
                f"拒收 {x.sheet} 第 {x.row} 行【{x.column}】{x.reason}" for x in result.rejects[:12]
            ]
            lines += [
                f"提示 {x.sheet} 第 {x.row} 行【{x.column}】{x.reason}" for x in result.warnings[:8]
            ]
            messages.info(self, "\n".join(lines), _t("Import finished"))
            self.ctx.notify(PROJECTS)

        return self.track(
            self.ctx.run(job, write=True, title=_t("Import projects"), on_result=done)
        )

    def save_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            _t("Save the import template"),
            "项目履约导入模板.xlsx",
            _t("Excel workbooks (*.xlsx)"),
        )
        if not path:
            return
        from app.projects.template import write_template
        from ui import messages

        try:
            write_template(path)
        except Exception as exc:
            messages.show_error(self, exc)
            return
        messages.info(self, _t("Saved: %1").replace("%1", path))

    def _docs(self, project: int | None):
        return sheet.documents(
            self.ctx.db,
            project=None if project is None else str(project),
            year=self.f_year.currentData(),
            today=self.today,
        )

    def can_print(self) -> bool:
        return True

    def print_view(self) -> None:
        from ui import messages, projects_print

        if self.page.e is None:
            self.print_summary()
            return
        try:
            docs = self._docs(self.page.e.project.id)
        except Exception as exc:
            messages.show_error(self, exc)
            return
        projects_print.preview(self, docs, docs[0][0])

    def print_summary(self) -> None:
        from ui import messages, projects_print

        try:
            docs = self._docs(None)
        except Exception as exc:
            messages.show_error(self, exc)
            return
        projects_print.preview(self, docs, docs[0][0])

    def export_pdf(self, path: str | None = None):
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, _t("Export the appraisal to PDF"), "项目履约评价.pdf", _t("PDF files (*.pdf)")
            )
        if not path:
            return None
        year = self.f_year.currentData()
        today = self.today
        project = None if self.page.e is None else str(self.page.e.project.id)

        def job(db, cancel):
            from ui import projects_print

            return projects_print.write_pdf(
                sheet.documents(db, project=project, year=year, today=today), path
            )

        def done(result) -> None:
            from ui import messages

            messages.info(self, _t("Saved: %1").replace("%1", result["file"]))

        return self.track(self.ctx.run(job, title=_t("Export PDF…"), on_result=done))

    def describe(self) -> str:
        """One line for the self-test."""
        if self.data is None:
            return ""
        evals = self.data["evals"]
        grades = [e.appraisal.grade for e in evals]
        return (
            _t("%1 projects, grades A/B/C/D %2, %3 alerts")
            .replace("%1", str(len(evals)))
            .replace("%2", "/".join(str(grades.count(g)) for g in "ABCD"))
            .replace("%3", str(len(self.data["alerts"])))
        )

    def focus_search(self) -> bool:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()
        return True
