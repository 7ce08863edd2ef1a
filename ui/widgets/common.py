"""Small building blocks shared by the views: header, cards, KPI tiles, empty states."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui import icons, theme

# Header labels line up with the text under them (Qt centres them by default).
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def spacing(widget: QWidget, factor: float = 1.0) -> int:
    """A spacing unit from the font (about two thirds of a line), so layouts scale with DPI."""
    return max(4, int(widget.fontMetrics().height() * 0.66 * factor))


def title_font(widget: QWidget, factor: float = 1.45) -> QFont:
    return theme.scaled_font(widget.font(), factor, bold=True)


class ViewHeader(QWidget):
    """The band at the top of a view: title, one line of explanation, actions on the right."""

    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("viewHeader")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QHBoxLayout(self)
        s = spacing(self)
        outer.setContentsMargins(int(s * 1.8), s, int(s * 1.8), s)
        text = QVBoxLayout()
        text.setSpacing(2)
        self.title = QLabel(title)
        self.title.setObjectName("viewTitle")
        self.title.setFont(title_font(self))
        self.subtitle = QLabel(subtitle)
        self.subtitle.setObjectName("viewSubtitle")
        self.subtitle.setVisible(bool(subtitle))
        text.addWidget(self.title)
        text.addWidget(self.subtitle)
        outer.addLayout(text, 1)
        self.actions = QHBoxLayout()
        self.actions.setSpacing(s)
        outer.addLayout(self.actions)

    def add_button(
        self, text: str, icon: str | None = None, primary: bool = False, tip: str = ""
    ) -> QPushButton:
        b = make_button(text, icon, primary)
        if tip:
            b.setToolTip(tip)
        self.actions.addWidget(b)
        return b

    def add_widget(self, w: QWidget) -> None:
        self.actions.addWidget(w)


def make_button(text: str, icon: str | None = None, primary: bool = False) -> QPushButton:
    b = QPushButton(text)
    if icon:
        b.setIcon(icons.icon(icon, "#FFFFFF" if primary else theme.TEXT_MUTED))
    if primary:
        b.setProperty("primary", True)
    b.setCursor(Qt.CursorShape.PointingHandCursor)
    return b


class Card(QFrame):
    """A white panel with a title, an optional hint and a body layout."""

    def __init__(self, title: str = "", hint: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        lay = QVBoxLayout(self)
        s = spacing(self)
        lay.setContentsMargins(int(s * 1.4), s, int(s * 1.4), int(s * 1.2))
        lay.setSpacing(int(s * 0.7))
        head = QHBoxLayout()
        self.title = QLabel(title)
        self.title.setObjectName("cardTitle")
        self.title.setFont(theme.scaled_font(self.font(), 1.1, bold=True))
        self.title.setVisible(bool(title))
        head.addWidget(self.title)
        head.addStretch(1)
        self.head_actions = head
        lay.addLayout(head)
        self.hint = QLabel(hint)
        self.hint.setObjectName("cardHint")
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(hint))
        lay.addWidget(self.hint)
        self.body = QVBoxLayout()
        self.body.setSpacing(int(s * 0.7))
        lay.addLayout(self.body, 1)


class Kpi(QFrame):
    """A headline number with its label (and a small note under it)."""

    def __init__(self, label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        lay = QVBoxLayout(self)
        s = spacing(self)
        lay.setContentsMargins(int(s * 1.4), s, int(s * 1.4), s)
        lay.setSpacing(2)
        self.label = QLabel(label)
        self.label.setObjectName("kpiLabel")
        self.value = QLabel("—")
        self.value.setObjectName("kpiValue")
        self.value.setFont(theme.scaled_font(self.font(), 1.9, bold=True))
        self.note = QLabel("")
        self.note.setObjectName("muted")
        lay.addWidget(self.label)
        lay.addWidget(self.value)
        lay.addWidget(self.note)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)

    def set(self, value: str, note: str = "") -> None:
        self.value.setText(value)
        self.note.setText(note)


class EmptyState(QLabel):
    """A centred grey message where a list or chart has nothing to show."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setObjectName("muted")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setMinimumHeight(self.fontMetrics().height() * 4)


def muted(text: str = "") -> QLabel:
    lab = QLabel(text)
    lab.setObjectName("muted")
    lab.setWordWrap(True)
    return lab


def section_title(text: str) -> QLabel:
    lab = QLabel(text)
    lab.setObjectName("sectionTitle")
    lab.setFont(theme.scaled_font(lab.font(), 1.05, bold=True))
    return lab
