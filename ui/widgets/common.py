"""Small building blocks shared by the views: header, cards, KPI tiles, empty states."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
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
        # Width budget: the explanation wraps rather than widening the window.
        self.subtitle.setWordWrap(True)
        text.addWidget(self.title)
        text.addWidget(self.subtitle)
        outer.addLayout(text, 1)
        self.actions = QHBoxLayout()
        self.actions.setSpacing(s)
        outer.addLayout(self.actions)
        # Buttons with an icon show the icon only when the window is narrow (the text goes
        # to the tooltip), so that a laptop screen fits every view.
        self._buttons: list[tuple[QPushButton, str, str]] = []
        self._full: dict[int, int] = {}
        self._compact = False

    def add_button(
        self,
        text: str,
        icon: str | None = None,
        primary: bool = False,
        tip: str = "",
        on_click: Callable[[], object] | None = None,
    ) -> QPushButton:
        b = make_button(text, icon, primary)
        if on_click is not None:
            b.clicked.connect(on_click)
        if tip:
            b.setToolTip(tip)
        self.actions.addWidget(b)
        if icon:
            self._buttons.append((b, text, tip))
        return b

    def _compact_width(self, b: QPushButton) -> int:
        return b.iconSize().width() + 2 * self.fontMetrics().height()

    def _needed(self, compact: bool) -> int:
        """The header's width with every button's text shown (or icons only)."""
        m = self.layout().contentsMargins()
        sp = self.actions.spacing()
        width = m.left() + m.right() + self.title.sizeHint().width() + sp
        shown = {id(b) for b, _, _ in self._buttons}
        for i in range(self.actions.count()):
            w = self.actions.itemAt(i).widget()
            if w is None or not w.isVisibleTo(self):
                continue
            if id(w) in shown:
                b = next(b for b, _, _ in self._buttons if b is w)
                width += self._compact_width(b) if compact else self._full.get(id(b), 0)
            else:
                width += w.sizeHint().width()
            width += sp
        return width

    def _set_compact(self, compact: bool) -> None:
        if compact == self._compact:
            return
        self._compact = compact
        for b, text, tip in self._buttons:
            b.setText("" if compact else text)
            b.setToolTip((text + ("\n" + tip if tip else "")) if compact else tip)

    def minimumSizeHint(self):
        hint = super().minimumSizeHint()
        if self._buttons:
            hint.setWidth(min(hint.width(), self._needed(compact=True)))
        return hint

    def resizeEvent(self, event) -> None:
        if self._buttons:
            if not self._compact:  # remember the buttons' widths with their text
                self._full = {id(b): b.sizeHint().width() for b, _, _ in self._buttons}
            self._set_compact(event.size().width() < self._needed(compact=False))
        super().resizeEvent(event)

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


def button_row(*actions: tuple[str, Callable[[], object]]) -> QHBoxLayout:
    """A row of buttons, one per (label, slot), left to right."""
    row = QHBoxLayout()
    for text, slot in actions:
        b = make_button(text)
        b.clicked.connect(slot)
        row.addWidget(b)
    return row


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
        # Five tiles share a row: on a 1024-pixel laptop their labels and notes wrap rather
        # than push the overview wider than the window.
        self.label.setWordWrap(True)
        self.note.setWordWrap(True)
        lay.addWidget(self.label)
        lay.addWidget(self.value)
        lay.addWidget(self.note)
        # Minimum, not Maximum: a wrapped label needs more height than its one-line hint.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

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


def error_label() -> QLabel:
    """The line, red and wrapping, where a dialog says what is wrong with what was entered."""
    lab = QLabel()
    lab.setWordWrap(True)
    lab.setStyleSheet(f"color: {theme.DANGER};")
    return lab


def dialog_buttons(
    dialog: QDialog,
    accept: Callable[[], object] | None = None,
    *,
    save: bool = False,
    ok_text: str | None = None,
    cancel_text: str | None = None,
    primary: bool = False,
) -> QDialogButtonBox:
    """OK (Save with ``save``) and Cancel: OK calls ``accept`` (by default the dialog's own
    accept(), for a dialog that checks nothing), Cancel rejects the dialog. ``ok_text`` and
    ``cancel_text`` (translated by the caller) replace Qt's labels; ``primary`` marks OK as
    the dialog's main action (the style sheet colours it)."""
    ok = QDialogButtonBox.StandardButton.Save if save else QDialogButtonBox.StandardButton.Ok
    buttons = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel)
    if ok_text is not None:
        buttons.button(ok).setText(ok_text)
    if primary:
        buttons.button(ok).setProperty("primary", True)
    if cancel_text is not None:
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(accept or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class FormDialog(QDialog):
    """A short form about one thing: a title, a line naming the thing, labelled inputs, then
    OK and Cancel. A subclass makes its inputs and hands them to :meth:`add_rows`."""

    def __init__(self, title: str, about: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.form.addRow(QLabel(about))

    def add_rows(self, *rows: tuple[str, QWidget]) -> None:
        for label, widget in rows:
            self.form.addRow(label, widget)
        self.form.addRow(dialog_buttons(self))


def modal_column(dialog: QDialog, title: str) -> QVBoxLayout:
    """Make ``dialog`` modal, titled ``title``; its column, inset like a card's content."""
    dialog.setWindowTitle(title)
    dialog.setModal(True)
    s = spacing(dialog)
    lay = QVBoxLayout(dialog)
    lay.setContentsMargins(int(s * 1.4), s, int(s * 1.4), s)
    return lay


def head_row(grid: QGridLayout, heads: Iterable[str], owner: QWidget) -> None:
    """Column headings, bold in ``owner``'s font, on the first row of ``grid``."""
    for col, text in enumerate(heads):
        head = QLabel(text)
        head.setFont(theme.scaled_font(owner.font(), 1.0, bold=True))
        grid.addWidget(head, 0, col)


def choice_pair(
    owner: QWidget, grid: QGridLayout, row: int, cells: Iterable[tuple[int, str, str, str]]
) -> tuple[QRadioButton, QRadioButton]:
    """One of two values to keep, as exclusive radio buttons on ``row`` of ``grid``; each cell
    is (column, text, tooltip, object name)."""
    pair = []
    for col, text, tip, name in cells:
        button = QRadioButton(text)
        button.setToolTip(tip)
        button.setObjectName(name)
        grid.addWidget(button, row, col)
        pair.append(button)
    group = QButtonGroup(owner)
    for b in pair:
        group.addButton(b)
    return pair[0], pair[1]


def save_buttons(
    dialog: QDialog, save_text: str, cancel_text: str, accept: Callable[[], object] | None = None
) -> QDialogButtonBox:
    """Save, the dialog's main action, labelled ``save_text``, and Cancel (``cancel_text``):
    :func:`dialog_buttons` for a dialog that stores what it shows."""
    return dialog_buttons(
        dialog, accept, save=True, ok_text=save_text, cancel_text=cancel_text, primary=True
    )


def set_input_text(widget: QWidget, text: str) -> None:
    """Put ``text`` in a form's input: a combo box chooses the item whose data it is (else the
    first), a text box shows it."""
    if isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(0, widget.findData(text)))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
    else:
        widget.setText(text)


def refill_combo(combo: QComboBox, items: Iterable[tuple[str, object]]) -> None:
    """Replace the (label, data) items of a filter combo, keeping the choice where it is still
    offered (else the first item), with no change signal for the refill itself."""
    current = combo.currentData()
    combo.blockSignals(True)
    try:
        combo.clear()
        for label, data in items:
            combo.addItem(label, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))
    finally:
        combo.blockSignals(False)


def scroll_area(inner: QWidget, *, frame: bool = True) -> QScrollArea:
    """``inner`` in a resizable scroll area. Its object name, scrollBody, is what the style
    sheet paints and what printing (ui/print_support.py) looks for."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    if not frame:
        area.setFrameShape(QFrame.Shape.NoFrame)
    inner.setObjectName("scrollBody")
    area.setWidget(inner)
    return area
