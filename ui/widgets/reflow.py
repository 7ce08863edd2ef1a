"""A row of cards that becomes a column when its scroll area is too narrow for it.

Side by side, two cards need the sum of their minimum widths; on a laptop (or in English,
whose labels are longer) that can exceed the page and make it scroll sideways, cutting the
right-hand card off. ``stack_when_narrow`` watches the scroll area's viewport and turns the
row into a column while the cards do not fit side by side.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QBoxLayout, QScrollArea


class _Reflow(QObject):
    def __init__(self, row: QBoxLayout, area: QScrollArea):
        super().__init__(area)
        self.row = row
        self.area = area
        area.viewport().installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.update()
        return False

    def need(self) -> int:
        """The width the cards need side by side (with the page's margins)."""
        widths = []
        for i in range(self.row.count()):
            w = self.row.itemAt(i).widget()
            if w is not None and not w.isHidden():
                widths.append(w.minimumSizeHint().expandedTo(w.minimumSize()).width())
        page = self.area.widget()
        m = page.layout().contentsMargins() if page and page.layout() else None
        margins = m.left() + m.right() if m else 0
        return sum(widths) + self.row.spacing() * max(0, len(widths) - 1) + margins

    def update(self) -> None:
        side_by_side = self.area.viewport().width() >= self.need()
        direction = (
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        )
        if self.row.direction() != direction:
            self.row.setDirection(direction)


def stack_when_narrow(row: QBoxLayout, area: QScrollArea) -> None:
    """Lay ``row``'s widgets out one under the other while ``area`` is too narrow for them."""
    area._reflow = _Reflow(row, area)  # type: ignore[attr-defined]  # lives with the area
