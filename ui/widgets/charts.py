"""Small charts painted with QPainter (no chart library: they load instantly and print well)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui import theme


class HBarChart(QWidget):
    """Horizontal bars with a label on the left and the value on the right."""

    clicked = Signal(int)  # index of the bar

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.items: list[tuple[str, float, str, str]] = []  # label, value, colour, value text
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setMouseTracking(True)
        self._hover = -1

    def set_items(self, items: list[tuple[str, float, str, str]]) -> None:
        self.items = list(items)
        self.updateGeometry()
        self.update()

    def _row_h(self) -> int:
        return int(self.fontMetrics().height() * 1.9)

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.horizontalAdvance("中") * 24, max(1, len(self.items)) * self._row_h() + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("中") * 14, self.sizeHint().height())

    def _index_at(self, y: float) -> int:
        i = int((y - 2) // self._row_h())
        return i if 0 <= i < len(self.items) else -1

    def mouseMoveEvent(self, event) -> None:
        i = self._index_at(event.position().y())
        if i != self._hover:
            self._hover = i
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if i >= 0 else Qt.CursorShape.ArrowCursor
            )
            self.update()

    def leaveEvent(self, _event) -> None:
        self._hover = -1
        self.update()

    def mouseReleaseEvent(self, event) -> None:
        i = self._index_at(event.position().y())
        if i >= 0:
            self.clicked.emit(i)

    def paintEvent(self, _event) -> None:
        if not self.items:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        row_h = self._row_h()
        label_w = max(fm.horizontalAdvance(lbl) for lbl, *_ in self.items) + fm.height()
        value_w = max(fm.horizontalAdvance(txt) for *_, txt in self.items) + fm.height()
        bar_x = label_w
        bar_w = max(10, self.width() - label_w - value_w)
        vmax = max((v for _l, v, *_ in self.items), default=0) or 1
        bar_h = max(6, int(fm.height() * 0.8))
        for i, (label, value, color, text) in enumerate(self.items):
            top = 2 + i * row_h
            if i == self._hover:
                p.fillRect(QRectF(0, top, self.width(), row_h), QColor(theme.PRIMARY_SOFT))
            p.setPen(QColor(theme.TEXT))
            p.drawText(
                QRectF(0, top, label_w - fm.height() / 2, row_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            track = QRectF(bar_x, top + (row_h - bar_h) / 2, bar_w, bar_h)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(theme.SURFACE_ALT))
            p.drawRoundedRect(track, bar_h / 2, bar_h / 2)
            w = bar_w * (value / vmax) if value > 0 else 0
            if w > 0:
                p.setBrush(QColor(color))
                p.drawRoundedRect(
                    QRectF(bar_x, track.top(), max(w, bar_h), bar_h), bar_h / 2, bar_h / 2
                )
            p.setPen(QColor(theme.TEXT_MUTED))
            p.drawText(
                QRectF(bar_x + bar_w + fm.height() / 2, top, value_w, row_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        p.end()
