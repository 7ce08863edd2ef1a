"""The table view used for lists of firms (tens to a million rows), and the settings every
read-only list of rows shares."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


class FirmTableView(QTableView):
    """A QTableView whose viewport is opaque, so scrolling moves the pixels already drawn and
    paints only the rows that come into view (a non-opaque viewport under a style sheet makes
    Qt repaint the whole table, and its parents, for every wheel notch)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)

    # The column that takes the room a wide window leaves (the firm name), and its width
    # from the font; set by ui.views.firms.size_columns.
    fill_column: int | None = None
    fill_min: int = 0

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fill_width()

    def fill_width(self) -> None:
        """Width budget: on a wide screen the name column grows instead of leaving half the
        table empty beside names cut with "…"; never narrower than its font-based width."""
        col = self.fill_column
        model = self.model()
        if col is None or model is None or col >= model.columnCount():
            return
        hh = self.horizontalHeader()
        others = sum(
            hh.sectionSize(i)
            for i in range(model.columnCount())
            if i != col and not hh.isSectionHidden(i)
        )
        room = self.viewport().width() - others
        hh.resizeSection(col, max(self.fill_min, room))

    def paintEvent(self, event) -> None:
        # Opaque means nothing is painted for us: clear what the rows do not cover.
        p = QPainter(self.viewport())
        p.fillRect(event.rect(), self.palette().base())
        p.end()
        super().paintEvent(event)


def column_modes(
    header: QHeaderView,
    *,
    fit: Iterable[int] = (),
    interactive: Iterable[int] = (),
    stretch: Iterable[int] = (),
) -> None:
    """How the columns of ``header`` take their width: ``fit`` their contents, set by the
    person (``interactive``) or share what is left (``stretch``); the others keep the
    header's default."""
    for columns, mode in (
        (fit, QHeaderView.ResizeMode.ResizeToContents),
        (interactive, QHeaderView.ResizeMode.Interactive),
        (stretch, QHeaderView.ResizeMode.Stretch),
    ):
        for c in columns:
            header.setSectionResizeMode(c, mode)


def read_only_table(table: QTableView) -> None:
    """A table of rows to read: no editing, no row numbers, whole rows selected, alternating
    row colours."""
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)


def row_list(table: QTableView) -> None:
    """A list of rows to pick one from: whole rows selected, one at a time, alternating row
    colours, no grid, no wrapping, no row numbers (the firm tables, the shortlist order)."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()


def read_only_rows(table: QTableView, row_height: float | None = None) -> None:
    """A list to read and pick one row from: a row list (above) that cannot be edited; rows
    ``row_height`` lines tall when given."""
    row_list(table)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    if row_height is not None:
        table.verticalHeader().setDefaultSectionSize(int(table.fontMetrics().height() * row_height))
