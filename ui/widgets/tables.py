"""The table view used for lists of firms (tens to a million rows)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QTableView, QWidget


class FirmTableView(QTableView):
    """A QTableView whose viewport is opaque, so scrolling moves the pixels already drawn and
    paints only the rows that come into view (a non-opaque viewport under a style sheet makes
    Qt repaint the whole table, and its parents, for every wheel notch)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)

    def paintEvent(self, event) -> None:
        # Opaque means nothing is painted for us: clear what the rows do not cover.
        p = QPainter(self.viewport())
        p.fillRect(event.rect(), self.palette().base())
        p.end()
        super().paintEvent(event)
