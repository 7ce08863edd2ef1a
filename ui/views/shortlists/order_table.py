"""The firm table of a shortlist, ordered by drag-and-drop (and the order arithmetic)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QTableView,
    QWidget,
)

from ui.views.shortlists.common import FIRM_ID
from ui.widgets.tables import row_list


# -- the firm table with drag-and-drop ordering -------------------------------------------------
class OrderTable(QTableView):
    """A table whose rows the user reorders by dragging; emits the new order of firm ids."""

    reordered = Signal(list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        row_list(self)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.horizontalHeader().setHighlightSections(False)

    def firm_ids(self) -> list[int]:
        m = self.model()
        return [int(m.index(r, 0).data(FIRM_ID)) for r in range(m.rowCount())]

    def dropEvent(self, event) -> None:
        if event.source() is not self:
            event.ignore()
            return
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        if not rows:
            event.ignore()
            return
        index = self.indexAt(event.position().toPoint())
        pos = self.dropIndicatorPosition()
        if not index.isValid() or pos == QAbstractItemView.DropIndicatorPosition.OnViewport:
            target = self.model().rowCount()
        else:
            target = index.row() + (
                1 if pos == QAbstractItemView.DropIndicatorPosition.BelowItem else 0
            )
        # The model never moves rows itself: the database order is changed, then reloaded.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        self.reordered.emit(move_rows(self.firm_ids(), rows, target))


def move_rows(ids: list[int], rows: list[int], target: int) -> list[int]:
    """``ids`` with the items at ``rows`` moved before position ``target`` (of the old list)."""
    moving = [ids[r] for r in rows]
    before = sum(1 for r in rows if r < target)
    rest = [x for i, x in enumerate(ids) if i not in set(rows)]
    at = max(0, min(target - before, len(rest)))
    return rest[:at] + moving + rest[at:]
