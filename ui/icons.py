"""Line icons drawn from the SVG files in resources/icons, tinted to the place they are used.

The SVGs use ``currentColor``; :func:`icon` substitutes a colour and renders at whatever size and
device pixel ratio Qt asks for, so they stay sharp on high-DPI screens.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

import resources
from ui import theme


class _SvgEngine(QIconEngine):
    """Renders an SVG at the requested size (crisp at every scale)."""

    def __init__(self, data: bytes, disabled: bytes, selected: bytes | None = None):
        super().__init__()
        self._data = data
        self._disabled = disabled
        self._selected = selected or data

    def paint(self, painter: QPainter, rect, mode, state) -> None:
        if mode == QIcon.Mode.Disabled:
            data = self._disabled
        elif mode in (QIcon.Mode.Selected, QIcon.Mode.Active) and self._selected is not None:
            data = self._selected
        else:
            data = self._data
        QSvgRenderer(QByteArray(data)).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode, state) -> QPixmap:
        pm = QPixmap(size)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        self.paint(p, pm.rect(), mode, state)
        p.end()
        return pm

    def clone(self) -> QIconEngine:
        return _SvgEngine(self._data, self._disabled, self._selected)


@cache
def _svg(name: str) -> str:
    return resources.path("icons", f"{name}.svg").read_text(encoding="utf-8")


@cache
def icon(name: str, color: str = theme.TEXT_MUTED, selected: str | None = None) -> QIcon:
    """The icon ``name`` (a file in resources/icons) drawn in ``color``.

    ``selected`` is the colour when the item showing it is selected (the navigation).
    A name without a file gives an empty icon rather than an error.
    """
    try:
        text = _svg(name)
    except OSError:
        return QIcon()
    return QIcon(
        _SvgEngine(
            text.replace("currentColor", color).encode(),
            text.replace("currentColor", theme.BORDER_STRONG).encode(),
            text.replace("currentColor", selected).encode() if selected else None,
        )
    )


def app_icon() -> QIcon:
    """The window icon (a chain link on bureau blue)."""
    return icon("chain")
