"""The pipeline board: a strip of stage tiles (count and amount, each a drop target) over the
list of deals. Dragging a deal from the list onto a tile moves it to that stage; clicking a
tile shows only that stage. Nine columns of cards do not fit a 1024-pixel laptop screen, a
strip of nine tiles and a list do — at every width, without scrolling sideways.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QMimeData, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import fmt as app_fmt
from app.deals import model as m
from ui import theme
from ui.views.deals.texts import STAGE_EN, tx, txf
from ui.widgets.common import spacing
from ui.widgets.tables import column_modes

MIME = "application/x-chainfill-deal"
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class StageTile(QFrame):
    """One stage: its name and count, the planned investment in it; a drop target."""

    clicked = Signal(str)
    dropped = Signal(int, str)  # deal id, this stage

    def __init__(self, stage: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.stage = stage
        self.setObjectName("stageTile")
        self.setAcceptDrops(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        lay = QVBoxLayout(self)
        s = spacing(self)
        lay.setContentsMargins(int(s * 0.6), int(s * 0.4), int(s * 0.6), int(s * 0.4))
        lay.setSpacing(0)
        self.head = QLabel()
        self.head.setFont(theme.scaled_font(self.font(), 1.0, bold=True))
        self.amount = QLabel()
        self.amount.setObjectName("muted")
        for lab in (self.head, self.amount):
            lab.setMinimumWidth(1)  # elide rather than widen the strip
            lay.addWidget(lab)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.count = 0
        self.set_state(False, False)

    def _fit_head(self) -> None:
        """The stage's name, shortened with … in a narrow tile; its count always shown."""
        count = f"  {self.count}"
        fm = self.head.fontMetrics()
        room = max(0, self.head.width() - fm.horizontalAdvance(count))
        name = fm.elidedText(tx(STAGE_EN[self.stage]), Qt.TextElideMode.ElideRight, room)
        self.head.setText(name + count)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_head()

    def set_counts(self, n: int, amount: float) -> None:
        self.count = n
        self._fit_head()
        self.amount.setText(app_fmt.money(amount) or "—" if n else "—")
        self.setToolTip(
            txf("%1 deals, %2 planned", n, app_fmt.money(amount) or "0")
            + "\n"
            + tx("Click to show only this stage; drop a deal here to move it.")
        )

    def set_state(self, checked: bool, hover: bool) -> None:
        colour = theme.DANGER if self.stage == "dropped" else theme.PRIMARY
        border = colour if (checked or hover) else theme.BORDER
        back = theme.PRIMARY_SOFT if checked else theme.SURFACE
        self.head.setStyleSheet(f"color: {colour};")
        self.setStyleSheet(
            f"QFrame#stageTile {{ background: {back}; border: {2 if checked or hover else 1}px "
            f"solid {border}; border-radius: 4px; }}"
        )
        self._checked = checked

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.stage)
        super().mousePressEvent(event)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
            self.set_state(self._checked, True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:
        self.set_state(self._checked, False)

    def dropEvent(self, event) -> None:
        self.set_state(self._checked, False)
        if not event.mimeData().hasFormat(MIME):
            event.ignore()
            return
        deal_id = int(bytes(event.mimeData().data(MIME).data()).decode())
        event.setDropAction(Qt.DropAction.CopyAction)  # the view reloads; nothing to remove
        event.accept()
        self.dropped.emit(deal_id, self.stage)


class StageStrip(QWidget):
    """The nine tiles side by side, sharing the width."""

    moved = Signal(int, str)
    stage_changed = Signal(str)  # the stage shown, or "" for all

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(int(spacing(self) * 0.5))
        self.tiles: dict[str, StageTile] = {}
        for key in m.STAGES:
            tile = StageTile(key)
            tile.clicked.connect(self._clicked)
            tile.dropped.connect(self.moved)
            row.addWidget(tile, 1)
            self.tiles[key] = tile
        self.stage = ""

    def _clicked(self, stage: str) -> None:
        self.set_stage("" if stage == self.stage else stage)
        self.stage_changed.emit(self.stage)

    def set_stage(self, stage: str) -> None:
        self.stage = stage
        for key, tile in self.tiles.items():
            tile.set_state(key == stage, False)

    def set_deals(self, deals: list[m.Deal]) -> None:
        counts: dict[str, tuple[int, float]] = {}
        for d in deals:
            n, amount = counts.get(d.stage, (0, 0.0))
            counts[d.stage] = (n + 1, amount + (d.amount or 0.0))
        for key, tile in self.tiles.items():
            tile.set_counts(*counts.get(key, (0, 0.0)))


# QT_TRANSLATE_NOOP: lupdate sees the labels, tx() translates them where they are shown
COLUMNS = (
    QT_TRANSLATE_NOOP("", "Deal"),
    QT_TRANSLATE_NOOP("", "Stage"),
    QT_TRANSLATE_NOOP("", "Planned"),
    QT_TRANSLATE_NOOP("", "In town"),
    QT_TRANSLATE_NOOP("", "Officer"),
    QT_TRANSLATE_NOOP("", "Next step"),
)


def next_text(d: m.Deal, today: date) -> str:
    """What the list says about what comes next: the step and its due date, or the outcome."""
    if d.project_id:
        return txf("Signed → project %1", d.project_id)
    if d.stage == "dropped":
        return d.drop_reason
    if not d.next_step:
        return ""
    if not d.next_due:
        return d.next_step
    when = txf("overdue %1", d.next_due) if m.overdue(d, today) else d.next_due
    return f"{d.next_step}（{when}）"


class DealList(QTreeWidget):
    """The deals, one row each, in ladder order; rows drag onto the stage tiles."""

    selected = Signal(int)  # deal id, or 0 for none
    activated = Signal(int)  # double-click: edit

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setColumnCount(len(COLUMNS))
        self.setHeaderLabels([tx(c) for c in COLUMNS])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        head = self.header()
        head.setStretchLastSection(False)
        last = len(COLUMNS) - 1
        column_modes(head, stretch=[0], fit=range(1, last), interactive=[last])
        self.itemSelectionChanged.connect(self._selection)
        self.itemDoubleClicked.connect(lambda it, _c: self.activated.emit(int(it.data(0, ID_ROLE))))
        self._current = 0

    def mimeData(self, items) -> QMimeData:
        mime = QMimeData()
        if items:
            mime.setData(MIME, str(items[0].data(0, ID_ROLE)).encode())
        return mime

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def _selection(self) -> None:
        items = self.selectedItems()
        self._current = int(items[0].data(0, ID_ROLE)) if items else 0
        self.selected.emit(self._current)

    def current(self) -> int:
        return self._current

    def set_deals(self, deals: list[m.Deal], today: date | None = None) -> None:
        today = today or date.today()
        keep = self._current
        order = {k: i for i, k in enumerate(m.STAGES)}
        rows = sorted(deals, key=lambda d: (order.get(d.stage, 99), d.next_due or "9999", d.id))
        self.blockSignals(True)
        self.clear()
        chosen = None
        for d in rows:
            item = QTreeWidgetItem(
                [
                    d.name,
                    tx(STAGE_EN[d.stage]),
                    app_fmt.money(d.amount) or "",
                    d.town,
                    d.owner,
                    next_text(d, today),
                ]
            )
            item.setData(0, ID_ROLE, d.id)
            item.setToolTip(0, f"{d.name}\n{d.firm}")
            item.setToolTip(5, item.text(5))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if d.stage == "dropped":
                for c in range(len(COLUMNS)):
                    item.setForeground(c, QColor(theme.TEXT_MUTED))
            elif m.overdue(d, today) and not d.project_id:  # red only where the step shows
                item.setForeground(5, QColor(theme.DANGER))
            self.addTopLevelItem(item)
            if d.id == keep:
                chosen = item
        self.blockSignals(False)
        self._fit_last()
        if chosen is None and self.topLevelItemCount():
            chosen = self.topLevelItem(0)  # the detail beside the list is never blank
        if chosen is not None:
            self.setCurrentItem(chosen)
            self.scrollToItem(chosen)
        else:
            self._current = 0
            self.selected.emit(0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_last()

    def _fit_last(self) -> None:
        """The next-step column takes half of what the others leave: never wider than the view.
        In a narrow list the town and officer columns go (the deal's detail shows both)."""
        head = self.header()
        narrow = self.viewport().width() < self.fontMetrics().horizontalAdvance("中") * 36
        for c in (3, 4):
            head.setSectionHidden(c, narrow)
        used = sum(
            head.sectionSize(i) for i in range(1, len(COLUMNS) - 1) if not head.isSectionHidden(i)
        )
        name_min = self.fontMetrics().horizontalAdvance("中") * 8
        rest = self.viewport().width() - used - name_min
        least = self.fontMetrics().horizontalAdvance("中") * 4
        head.resizeSection(len(COLUMNS) - 1, max(least, rest // 2))
