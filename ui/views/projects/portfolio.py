"""The portfolio: loading every project's evaluation, the table model and its traffic lights."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QWidget,
)

from app.fmt import figure as num
from app.projects import evaluation, model
from app.projects.evaluation import ProjectEvaluation
from app.projects.model import ITEMS, milestone_status_label, status_label
from app.projects.sheet import GRADE_COLOURS, MILESTONE_COLOURS, STATUS_COLOURS
from ui import theme
from ui.views.projects.texts import tx, txf

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
# Marked for lupdate (context "": tx() looks them up when the header is drawn).
HEADERS = {
    "name": QT_TRANSLATE_NOOP("", "Project"),
    "grade": QT_TRANSLATE_NOOP("", "Grade"),
    "score": QT_TRANSLATE_NOOP("", "Score"),
    "lights": QT_TRANSLATE_NOOP("", "Commitments"),
    "milestones": QT_TRANSLATE_NOOP("", "Milestones"),
}
_GRADE_ORDER = {"A": 0, "B": 1, "C": 2, "D": 3, None: 4}
_STATUS_ORDER = {"missed": 0, "at_risk": 1, "pending": 2, "met": 3}


def milestone_summary(e: ProjectEvaluation) -> tuple[str, str]:
    """(short text, colour) for the milestone column: overdue first, then due soon."""
    overdue = [m for m in e.milestones if m.status == "overdue"]
    soon = [m for m in e.milestones if m.status == "due_soon"]
    if overdue:
        return txf("%1 overdue", overdue[0].name), MILESTONE_COLOURS["overdue"]
    if soon:
        return txf("%1 in %2 d", soon[0].name, soon[0].days), MILESTONE_COLOURS["due_soon"]
    done = [m for m in e.milestones if m.status == "done"]
    if done and len(done) == len(e.milestones):
        return tx("All done"), MILESTONE_COLOURS["done"]
    nxt = next((m for m in e.milestones if m.status == "upcoming"), None)
    if nxt is not None:
        return txf("Next: %1", nxt.name), theme.TEXT_MUTED
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

    def top(self) -> float:
        """The top of the 亩均 score's scale (100 × cap; the same for every row)."""
        return self.rows[0].appraisal.score_max if self.rows else 150.0

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        col = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return tx(HEADERS[col])
        if role == Qt.ItemDataRole.ToolTipRole and col == "score":
            return tx("Per-mu composite score: %1").replace("%1", model.scale_note(self.top()))
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
                    txf(
                        "%1: %2 (committed %3, actual %4 %5)",
                        c.name,
                        status_label(c.status),
                        num(c.committed),
                        num(c.actual),
                        c.unit,
                    )
                    for c in e.commitments
                )
            if col in ("grade", "score"):
                score = model.score_with_scale(a.score, a.score_max)
                return (
                    "\n".join(x for x in (score if a.score is not None else "", a.note) if x)
                    or None
                )
            if col == "milestones":
                return "\n".join(
                    txf("%1: %2 (due %3)", m.name, milestone_status_label(m.status), m.due or "—")
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


# Row labels of the yearly-report table (the full name and unit are in the tooltip), looked
# up with tx() where they are shown.
SHORT_FIELDS = {
    "investment_to_date": QT_TRANSLATE_NOOP("", "Invested to date (10k yuan)"),
    "output_value": QT_TRANSLATE_NOOP("", "Output value (10k yuan)"),
    "revenue": QT_TRANSLATE_NOOP("", "Revenue (10k yuan)"),
    "value_added": QT_TRANSLATE_NOOP("", "Value added (10k yuan)"),
    "tax_paid": QT_TRANSLATE_NOOP("", "Tax paid (10k yuan)"),
    "jobs": QT_TRANSLATE_NOOP("", "Employees"),
    "energy_tce": QT_TRANSLATE_NOOP("", "Energy (t of coal eq.)"),
    "emissions_t": QT_TRANSLATE_NOOP("", "Emissions (t)"),
    "rd_spending": QT_TRANSLATE_NOOP("", "R&D spending (10k yuan)"),
    "land_in_use": QT_TRANSLATE_NOOP("", "Land in use (mu)"),
    "reward_paid": QT_TRANSLATE_NOOP("", "Rewards paid (10k yuan)"),
}
