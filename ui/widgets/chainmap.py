"""The value-chain map of one direction: segments left to right by chain position.

Each segment is a box coloured by Dongguan's local strength, showing how many Dongguan firms
and how many candidates the database holds for it. Clicking a box (or moving with the arrow
keys) selects it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui import theme

POSITIONS = ("upstream", "midstream", "downstream")

translate = QCoreApplication.translate  # pyside6-lupdate finds translate("ctx", "…")


def position_title(position: str) -> str:
    return {
        "upstream": translate("ChainMap", "Upstream · materials, parts, core devices"),
        "midstream": translate("ChainMap", "Midstream · bodies, systems, products"),
        "downstream": translate("ChainMap", "Downstream · integration, applications, services"),
    }[position]


def position_name(position: str) -> str:
    """A chain position in a word (the map's column titles say more)."""
    return {
        "upstream": QCoreApplication.translate("catalog", "Upstream"),
        "midstream": QCoreApplication.translate("catalog", "Midstream"),
        "downstream": QCoreApplication.translate("catalog", "Downstream"),
    }.get(position, position)


def strength_name(strength: str) -> str:
    return {
        "missing": QCoreApplication.translate("catalog", "Missing"),
        "weak": QCoreApplication.translate("catalog", "Weak"),
        "present": QCoreApplication.translate("catalog", "Present"),
        "strong": QCoreApplication.translate("catalog", "Strong"),
    }.get(strength, strength)


@dataclass
class SegmentBox:
    code: str
    name: str
    position: str
    strength: str
    local_firms: int = 0
    candidates: int = 0
    review: bool = False  # the database's evidence disagrees with the recorded strength
    rect: QRectF | None = None


class ChainMap(QWidget):
    segment_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.boxes: list[SegmentBox] = []
        self.selected: str | None = None
        self._hover: str | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    # -- data ---------------------------------------------------------------------------------
    def set_segments(self, boxes: list[SegmentBox]) -> None:
        self.boxes = boxes
        if self.selected not in {b.code for b in boxes}:
            self.selected = None
        self.updateGeometry()
        self.update()

    def set_counts(
        self, counts: dict[str, tuple[int, int]], review: set[str] = frozenset()
    ) -> None:
        for b in self.boxes:
            b.local_firms, b.candidates = counts.get(b.code, (0, 0))
            b.review = b.code in review
        self.update()

    def select(self, code: str | None) -> None:
        self.selected = code
        self.update()

    # -- geometry -----------------------------------------------------------------------------
    def _metrics(self):
        fm = self.fontMetrics()
        line = fm.height()
        return fm, line, int(line * 4.3), int(line * 0.8)

    def _lane_counts(self) -> dict[str, int]:
        return {p: sum(1 for b in self.boxes if b.position == p) for p in POSITIONS}

    def sizeHint(self) -> QSize:
        _fm, line, box_h, gap = self._metrics()
        rows = max([1, *self._lane_counts().values()])
        h = int(line * 2.2) + rows * (box_h + gap) + int(line * 2.4)
        return QSize(int(line * 50), h)

    def minimumSizeHint(self) -> QSize:
        _fm, line, _box_h, _gap = self._metrics()
        return QSize(int(line * 30), self.sizeHint().height())

    def _layout(self) -> None:
        _fm, line, box_h, gap = self._metrics()
        arrow_w = int(line * 1.6)
        lane_w = (self.width() - 2 * arrow_w) / 3
        top = int(line * 2.2)
        for i, pos in enumerate(POSITIONS):
            x = i * (lane_w + arrow_w)
            lane = [b for b in self.boxes if b.position == pos]
            for j, b in enumerate(lane):
                b.rect = QRectF(x + 1, top + j * (box_h + gap), lane_w - 2, box_h)

    # -- painting -----------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        self._layout()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm, line, box_h, gap = self._metrics()
        arrow_w = int(line * 1.6)
        lane_w = (self.width() - 2 * arrow_w) / 3
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.92)

        # Lane titles and the arrows between lanes.
        rows = max([1, *self._lane_counts().values()])
        lanes_h = rows * (box_h + gap) - gap
        for i, pos in enumerate(POSITIONS):
            x = i * (lane_w + arrow_w)
            p.setPen(QColor(theme.TEXT_MUTED))
            p.setFont(bold)
            p.drawText(
                QRectF(x, 0, lane_w, line * 1.8),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                fm.elidedText(position_title(pos), Qt.TextElideMode.ElideRight, int(lane_w)),
            )
            if i < 2:
                cx = x + lane_w + arrow_w / 2
                cy = line * 2.2 + lanes_h / 2
                self._arrow(p, cx, cy, arrow_w * 0.7)
            if not any(b.position == pos for b in self.boxes):
                r = QRectF(x + 1, line * 2.2, lane_w - 2, box_h)
                p.setPen(QPen(QColor(theme.BORDER_STRONG), 1, Qt.PenStyle.DashLine))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(r, 8, 8)
                p.setFont(self.font())
                p.setPen(QColor(theme.TEXT_FAINT))
                p.drawText(
                    r,
                    Qt.AlignmentFlag.AlignCenter,
                    translate("ChainMap", "No segment in this position"),
                )

        for b in self.boxes:
            self._box(p, b, bold, small, line)

        # Legend.
        p.setFont(small)
        x = 0.0
        y = line * 2.2 + lanes_h + line * 0.9
        sw = line * 0.9
        for s in ("missing", "weak", "present", "strong"):
            border, fill = theme.STRENGTH_COLORS[s]
            p.setPen(QPen(QColor(border), 1.5))
            p.setBrush(QColor(fill))
            p.drawRoundedRect(QRectF(x, y, sw, sw), 3, 3)
            label = strength_name(s)
            p.setPen(QColor(theme.TEXT_MUTED))
            w = fm.horizontalAdvance(label) + line
            p.drawText(
                QRectF(x + sw + 5, y - line * 0.2, w, sw + line * 0.4),
                Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            x += sw + 5 + w
        note = translate(
            "ChainMap", "Colour: Dongguan's local strength. Click a segment to list its candidates."
        )
        p.drawText(
            QRectF(x + line, y - line * 0.2, max(0, self.width() - x - line), sw + line * 0.4),
            Qt.AlignmentFlag.AlignVCenter,
            fm.elidedText(note, Qt.TextElideMode.ElideRight, int(max(0, self.width() - x - line))),
        )
        p.end()

    def _arrow(self, p: QPainter, cx: float, cy: float, w: float) -> None:
        p.setPen(QPen(QColor(theme.BORDER_STRONG), 2))
        p.drawLine(QPointF(cx - w / 2, cy), QPointF(cx + w / 2 - 4, cy))
        p.setBrush(QColor(theme.BORDER_STRONG))
        p.setPen(Qt.PenStyle.NoPen)
        head = QPolygonF(
            [
                QPointF(cx + w / 2, cy),
                QPointF(cx + w / 2 - 8, cy - 5),
                QPointF(cx + w / 2 - 8, cy + 5),
            ]
        )
        p.drawPolygon(head)

    def _box(self, p: QPainter, b: SegmentBox, bold: QFont, small: QFont, line: int) -> None:
        r = b.rect
        border, fill = theme.STRENGTH_COLORS.get(b.strength, (theme.BORDER_STRONG, theme.SURFACE))
        selected = b.code == self.selected
        hover = b.code == self._hover
        path = QPainterPath()
        path.addRoundedRect(r, 8, 8)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(fill))
        p.drawPath(path)
        # A strength bar on the left edge, the calm way of saying "colour means something".
        p.save()
        p.setClipPath(path)
        p.fillRect(QRectF(r.left(), r.top(), 6, r.height()), QColor(border))
        p.restore()
        pen = QPen(QColor(theme.PRIMARY if selected else border), 2.5 if selected else 1)
        if hover and not selected:
            pen = QPen(QColor(theme.PRIMARY_HOVER), 1.5)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)

        pad = line * 0.7
        inner = r.adjusted(pad + 4, pad * 0.6, -pad, -pad * 0.6)
        fm = self.fontMetrics()
        # Line 1: the name; line 2: strength chip; line 3: counts.
        p.setFont(bold)
        p.setPen(QColor(theme.TEXT))
        name = p.fontMetrics().elidedText(b.name, Qt.TextElideMode.ElideRight, int(inner.width()))
        p.drawText(
            QRectF(inner.left(), inner.top(), inner.width(), line * 1.3),
            Qt.AlignmentFlag.AlignVCenter,
            name,
        )
        p.setFont(small)
        chip = strength_name(b.strength) + ("  ⚠" if b.review else "")
        cw = fm.horizontalAdvance(chip) + line * 0.8
        chip_r = QRectF(inner.left(), inner.top() + line * 1.4, cw, line * 1.15)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(border))
        p.drawRoundedRect(chip_r, chip_r.height() / 2, chip_r.height() / 2)
        p.setPen(QColor("#FFFFFF"))
        p.drawText(chip_r, Qt.AlignmentFlag.AlignCenter, chip)
        counts = (
            translate("ChainMap", "Dongguan %1 · candidates %2")
            .replace("%1", f"{b.local_firms:,}")
            .replace("%2", f"{b.candidates:,}")
        )
        p.setPen(QColor(theme.TEXT_MUTED))
        p.drawText(
            QRectF(inner.left(), inner.top() + line * 2.7, inner.width(), line * 1.2),
            Qt.AlignmentFlag.AlignVCenter,
            fm.elidedText(counts, Qt.TextElideMode.ElideRight, int(inner.width())),
        )

    # -- interaction --------------------------------------------------------------------------
    def _box_at(self, pos: QPointF) -> SegmentBox | None:
        self._layout()
        return next((b for b in self.boxes if b.rect is not None and b.rect.contains(pos)), None)

    def mouseMoveEvent(self, event) -> None:
        b = self._box_at(event.position())
        code = b.code if b else None
        if code != self._hover:
            self._hover = code
            self.setCursor(Qt.CursorShape.PointingHandCursor if b else Qt.CursorShape.ArrowCursor)
            self.setToolTip(self._tooltip(b) if b else "")
            self.update()

    def _tooltip(self, b: SegmentBox) -> str:
        text = f"{b.name}：{strength_name(b.strength)}"
        if b.review:
            text += "\n" + translate(
                "ChainMap", "The firms in the database suggest a different strength; review it."
            )
        return text

    def leaveEvent(self, _event) -> None:
        self._hover = None
        self.update()

    def mouseReleaseEvent(self, event) -> None:
        b = self._box_at(event.position())
        if b is not None:
            self.selected = b.code
            self.update()
            self.segment_clicked.emit(b.code)

    def keyPressEvent(self, event) -> None:
        if not self.boxes:
            return super().keyPressEvent(event)
        order = [b.code for pos in POSITIONS for b in self.boxes if b.position == pos]
        i = order.index(self.selected) if self.selected in order else -1
        if event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            i = min(len(order) - 1, i + 1)
        elif event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            i = max(0, i - 1)
        else:
            return super().keyPressEvent(event)
        self.selected = order[i]
        self.update()
        self.segment_clicked.emit(self.selected)

    def box_rect(self, code: str) -> QRectF | None:
        """Where a segment is drawn (tests click on it)."""
        self._layout()
        return next((b.rect for b in self.boxes if b.code == code), None)
