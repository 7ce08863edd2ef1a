"""Tables in a narrow side panel that never scroll sideways.

A side panel (the shortlists view's firm panel) is about 250 px wide on a laptop: a
four-column table there either scrolls sideways, hiding whole columns behind a scroll bar,
or stretches the panel past the screen. ``fit_columns`` instead shares the viewport's width
among the columns every time the table is filled or resized: a column whose content is
narrow (a date, a stage) keeps its natural width, the wide ones (a note, an e-mail) share
the rest equally and are elided with "…" (the full text stays in the cell's tooltip). When
everything fits, the last column takes what is left.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView


def share_width(
    natural: list[int], available: int, minimum: int, keep: Collection[int] = ()
) -> list[int]:
    """Column widths that sum to ``available`` (as far as ``minimum`` allows). The columns
    in ``keep`` (a date, a name: what identifies a row) keep their natural width while the
    others can still have ``minimum``; the others share the rest, capped at one common width
    ("water filling"), so a narrow column is never cut for a long one. Room left over goes to
    the last column."""
    if not natural:
        return []
    if sum(natural) <= available:
        widths = list(natural)
        widths[-1] += available - sum(natural)
        return widths
    kept = [i for i in range(len(natural)) if i in keep]
    rest = [i for i in range(len(natural)) if i not in keep]
    if kept and rest and sum(natural[i] for i in kept) + minimum * len(rest) <= available:
        room = available - sum(natural[i] for i in kept)
        widths = list(natural)
        for i, w in zip(rest, _water_fill([natural[i] for i in rest], room, minimum), strict=True):
            widths[i] = w
        return widths
    return _water_fill(natural, available, minimum)


def _water_fill(natural: list[int], available: int, minimum: int) -> list[int]:
    """Cap every width at the largest c with sum(min(n, c)) <= available (at least minimum)."""
    order = sorted(natural)
    left, count = available, len(order)
    cap = order[-1]
    for i, n in enumerate(order):
        share = left // (count - i)
        if n <= share:
            left -= n
            continue
        cap = share
        break
    cap = max(cap, minimum)
    return [max(minimum, min(n, cap)) for n in natural]


class _Fitter(QObject):
    def __init__(self, table: QTableView, keep: Collection[int]):
        super().__init__(table)
        self.table = table
        self.keep = keep
        # A timer of our own dies with the table; a bare singleShot could fire after it.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        table.viewport().installEventFilter(self)
        model = table.model()
        for sig in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged):
            sig.connect(self.schedule)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def schedule(self, *_args) -> None:
        # Filling a table emits one signal per cell: fit once, after the filling.
        self._timer.start()

    def fit(self) -> None:
        t = self.table
        hh = t.horizontalHeader()
        cols = [c for c in range(hh.count()) if not hh.isSectionHidden(c)]
        keep = [i for i, c in enumerate(cols) if c in self.keep]
        if not cols:
            return
        em = t.fontMetrics().horizontalAdvance("中")
        model, hfm = t.model(), hh.fontMetrics()
        # The header's own size hint reserves room for a sort arrow these tables never show.
        natural = [
            max(
                t.sizeHintForColumn(c),
                hfm.horizontalAdvance(str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                + em,
            )
            for c in cols
        ]
        widths = share_width(natural, t.viewport().width(), em * 2, keep)
        for c, w in zip(cols, widths, strict=True):
            hh.resizeSection(c, w)


def fit_columns(table: QTableView, keep: Collection[int] = (0,)) -> None:
    """Keep ``table``'s columns within its width from now on (see the module's docstring);
    the columns in ``keep`` are cut last."""
    hh = table.horizontalHeader()
    hh.setStretchLastSection(False)
    hh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    hh.setMinimumSectionSize(1)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setWordWrap(False)
    table._fitter = _Fitter(table, frozenset(keep))  # type: ignore[attr-defined]  # lives as long as the table
