"""A table model over the firms of a filter, fast at a million rows.

Sorting and filtering happen in the store (:mod:`app.store.firms`); the model holds no copy of
the table:

* ``rowCount`` comes from one count of the current filter.
* Row ids are fetched in pages of :data:`ID_PAGE` when the sort can walk an index (the store
  knows which sort keys have one); when it cannot (capital, head count, …) and the set is
  large, the full id list is built once in a worker, as a compact ``array('q')`` (8 bytes a
  firm).
* Row data is fetched for visible rows only, in blocks of :data:`ROW_BLOCK` by id, and kept in
  a small LRU cache.

A new filter or sort is counted and its first page fetched in a worker, so typing in the search
box never freezes the window; ``loaded`` is emitted when the new rows are in place.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from app.store import firms as store_firms
from app.store.firms import FirmFilter, FirmQuery
from app.targeting import profile as targeting_profile
from ui import fmt, theme

ID_PAGE = 1000
ROW_BLOCK = 200
MAX_ID_PAGES = 200  # 200,000 ids (1.6 MB) at most
MAX_ROW_BLOCKS = 30  # 6,000 rows of data at most
FULL_LIST_MAX = 50_000  # up to this, fetch all ids of a filter at once (400 KB)


@dataclass(frozen=True)
class Column:
    key: str  # also the sort key in app.store.firms.SORT_KEYS, when the column sorts
    title: str  # English source text, translation context "FirmTable"
    field: str  # the firm's field shown
    kind: str = "text"  # text | money | int | score | confidence | direction | segment | date
    align_right: bool = False

    @property
    def sortable(self) -> bool:
        return self.key in store_firms.SORT_KEYS and self.kind != "rank"


C = Column
# A firm's profile (#16: its lists, a recent signal, 以商引商) is no column of the firm: it is
# read for the fetched rows from app.targeting.profile, beside the firm's own fields.
PROFILE = "profile"
COLUMNS: dict[str, Column] = {
    c.key: c
    for c in (
        C("rank", QT_TRANSLATE_NOOP("FirmTable", "#"), "id", "rank", True),
        C("name", QT_TRANSLATE_NOOP("FirmTable", "Name"), "name"),
        C("short_name", QT_TRANSLATE_NOOP("FirmTable", "Short name"), "short_name"),
        C("city", QT_TRANSLATE_NOOP("FirmTable", "City"), "city"),
        C("district", QT_TRANSLATE_NOOP("FirmTable", "District"), "district"),
        C("direction", QT_TRANSLATE_NOOP("FirmTable", "Direction"), "direction", "direction"),
        C("segment", QT_TRANSLATE_NOOP("FirmTable", "Chain segment"), "segment", "segment"),
        C(
            "confidence",
            QT_TRANSLATE_NOOP("FirmTable", "Confidence"),
            "confidence",
            "confidence",
            True,
        ),
        C("score", QT_TRANSLATE_NOOP("FirmTable", "Score"), "score", "score", True),
        C("gap_fit", QT_TRANSLATE_NOOP("FirmTable", "Gap fit"), "gap_fit", "fraction", True),
        C(
            "capability",
            QT_TRANSLATE_NOOP("FirmTable", "Capability"),
            "capability",
            "fraction",
            True,
        ),
        C(
            "propensity",
            QT_TRANSLATE_NOOP("FirmTable", "Propensity"),
            "propensity",
            "fraction",
            True,
        ),
        # Lists, a recent signal, 以商引商 (#16): the SQL is app.targeting's.
        C("profile", QT_TRANSLATE_NOOP("FirmTable", "Profile"), PROFILE),
        C(
            "registered_capital",
            QT_TRANSLATE_NOOP("FirmTable", "Registered capital"),
            "registered_capital",
            "money",
            True,
        ),
        C("employees", QT_TRANSLATE_NOOP("FirmTable", "Employees"), "employees", "int", True),
        C("revenue", QT_TRANSLATE_NOOP("FirmTable", "Revenue"), "revenue", "money", True),
        C("founded", QT_TRANSLATE_NOOP("FirmTable", "Founded"), "founded", "date"),
        C("uscc", QT_TRANSLATE_NOOP("FirmTable", "USCC"), "uscc"),
        C("stock_code", QT_TRANSLATE_NOOP("FirmTable", "Stock code"), "stock_code"),
        C("source", QT_TRANSLATE_NOOP("FirmTable", "Source"), "source"),
    )
}
DEFAULT_COLUMNS = (
    "name",
    "city",
    "district",
    "direction",
    "segment",
    "confidence",
    "score",
    "registered_capital",
    "employees",
    "founded",
)
# Always fetched with a row, whatever columns are shown.
_EXTRA = ("id", "direction_confirmed")


_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_USER = Qt.ItemDataRole.UserRole.value


class _Row:
    """One fetched row: raw values, and the texts and colours painted for each column."""

    __slots__ = ("colors", "texts", "values")

    def __init__(self, values: dict[str, Any], texts: list[str], colors: list[Any]):
        self.values = values
        self.texts = texts
        self.colors = colors


class _LRU(OrderedDict):
    def __init__(self, limit: int):
        super().__init__()
        self.limit = limit

    def get_fresh(self, key):
        value = self.get(key)
        if value is not None:
            self.move_to_end(key)
        return value

    def put(self, key, value) -> None:
        self[key] = value
        self.move_to_end(key)
        while len(self) > self.limit:
            self.popitem(last=False)


class FirmTableModel(QAbstractTableModel):
    """Firms of the current filter and sort; see the module docstring."""

    loaded = Signal()  # a new filter/sort is in place
    load_failed = Signal(object)

    def __init__(self, ctx, columns: tuple[str, ...] = DEFAULT_COLUMNS, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.columns = [COLUMNS[k] for k in columns]
        self._filter: FirmFilter | None = FirmFilter()
        # (WHERE, params) of the whole ranked list: set by a view whose 排名 column must
        # show the firm's rank among all, not its row, when the list is searched or filtered.
        self.rank_base: FirmFilter | None = None
        sortable = [k for k in columns if COLUMNS[k].sortable]
        self._sort_key = "score" if "score" in columns else sortable[0]
        self._descending = self._sort_key == "score"
        self._query: FirmQuery | None = None
        self._count = 0
        self._all_ids: array | None = None
        self._id_pages = _LRU(MAX_ID_PAGES)
        self._blocks = _LRU(MAX_ROW_BLOCKS)
        self._generation = 0
        self._pending = None
        self.loading = False
        # Counters (the tests check that fetching stays lazy).
        self.rows_fetched = 0
        self.id_queries = 0
        self.row_queries = 0
        self._fields = list(
            dict.fromkeys([*_EXTRA, *(c.field for c in self.columns if c.field != PROFILE), "name"])
        )
        self._profile = any(c.field == PROFILE for c in self.columns)
        self._align = [
            int(
                (Qt.AlignmentFlag.AlignRight if c.align_right else Qt.AlignmentFlag.AlignLeft)
                | Qt.AlignmentFlag.AlignVCenter
            )
            for c in self.columns
        ]
        self._bold = QFont()
        self._bold.setWeight(QFont.Weight.DemiBold)
        self._confirmed_color = QColor(theme.SUCCESS)
        self._muted = QColor(theme.TEXT_FAINT)

    # -- filter and sort ----------------------------------------------------------------------
    def set_filter(self, flt: FirmFilter | None) -> None:
        """Show the firms of ``flt`` (None: none at all)."""
        self._filter = flt
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or not self.columns[column].sortable:
            return
        key = self.columns[column].key
        desc = order == Qt.SortOrder.DescendingOrder
        if key == self._sort_key and desc == self._descending and self._query is not None:
            return
        self._sort_key, self._descending = key, desc
        if self._query is None and not self.loading:
            return  # nothing shown yet: the first set_filter()/reload() uses this order
        self.reload()

    def sort_column(self) -> int:
        return next((i for i, c in enumerate(self.columns) if c.key == self._sort_key), -1)

    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    def current_query(self) -> FirmQuery:
        return FirmQuery(self._filter, self._sort_key, self._descending)

    def reload(self, synchronous: bool = False) -> None:
        """Count and fetch the first rows of the current filter/sort (in a worker)."""
        query = self.current_query()
        self._generation += 1
        generation = self._generation
        if self._pending is not None:
            self._pending.cancel()
        self.loading = True

        def job(db, cancel):
            n = query.count(db)
            cancel.check()
            if n <= FULL_LIST_MAX or not query.walks_index():
                return n, query.all_ids(db, cancel), None
            return n, None, query.id_page(db, 0, ID_PAGE)

        if synchronous:
            self._apply(generation, query, job(self.ctx.db, _NoCancel()))
            return
        self._pending = self.ctx.run(
            job,
            announce=False,
            on_result=lambda r, g=generation, q=query: self._apply(g, q, r),
            on_error=self._failed,
        )

    def _failed(self, error) -> None:
        self.loading = False
        self.load_failed.emit(error)

    def _apply(self, generation: int, query: FirmQuery, result) -> None:
        if generation != self._generation:
            return  # a newer filter has been asked for meanwhile
        n, all_ids, first_page = result
        self.beginResetModel()
        self._query = query
        self._count = n
        self._all_ids = all_ids
        self._id_pages.clear()
        self._blocks.clear()
        if first_page is not None:
            self._id_pages.put(0, first_page)
        self.endResetModel()
        self.loading = False
        self._pending = None
        self.loaded.emit()

    def invalidate_rows(self) -> None:
        """Forget cached row data (after an edit); ids and order stay."""
        self._blocks.clear()
        if self._count:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._count - 1, len(self.columns) - 1)
            )

    # -- lazy fetching ------------------------------------------------------------------------
    def firm_id(self, row: int) -> int | None:
        """The id of the firm shown in ``row``."""
        if not 0 <= row < self._count or self._query is None:
            return None
        if self._all_ids is not None:
            return self._all_ids[row] if row < len(self._all_ids) else None
        page_no = row // ID_PAGE
        page = self._id_pages.get_fresh(page_no)
        if page is None:
            page = self._query.id_page(self.ctx.db, page_no * ID_PAGE, ID_PAGE)
            self.id_queries += 1
            self._id_pages.put(page_no, page)
        i = row - page_no * ID_PAGE
        return page[i] if i < len(page) else None

    def row_for_id(self, firm_id: int) -> int | None:
        """The row of a firm if its id is already known to the model (no query)."""
        if self._all_ids is not None:
            try:
                return self._all_ids.index(firm_id)
            except ValueError:
                return None
        for page_no, page in self._id_pages.items():
            try:
                return page_no * ID_PAGE + page.index(firm_id)
            except ValueError:
                continue
        return None

    def row_data(self, row: int) -> dict[str, Any] | None:
        """The fetched values of ``row`` (column → value), fetching its block if needed."""
        r = self._row(row)
        return None if r is None else r.values

    def _row(self, row: int) -> _Row | None:
        block_no = row // ROW_BLOCK
        block = self._blocks.get_fresh(block_no)
        if block is None:
            block = self._fetch_block(block_no)
            self._blocks.put(block_no, block)
        return block.get(row)

    def _fetch_block(self, block_no: int) -> dict[int, _Row]:
        start = block_no * ROW_BLOCK
        end = min(self._count, start + ROW_BLOCK)
        ids = {}
        for r in range(start, end):
            fid = self.firm_id(r)
            if fid is not None:
                ids[fid] = r
        if not ids:
            return {}
        rows = store_firms.rows(self.ctx.db, self._fields, list(ids))
        if self._profile:
            profiles = targeting_profile.of_firms(self.ctx.db, list(ids))
            for values in rows:
                values[PROFILE] = profiles.get(values["id"])
        self.row_queries += 1
        out = {}
        ranks = self._global_ranks(list(ids)) if self._needs_global_rank() else {}
        for values in rows:
            row = ids[values["id"]]
            if values["id"] in ranks:
                values["_rank"] = ranks[values["id"]]
            out[row] = self._prepare(row, values)
        self.rows_fetched += len(out)
        return out

    def _needs_global_rank(self) -> bool:
        """Whether row numbers differ from ranks: a search or filter narrows the list, or
        another order than by score is shown."""
        if self.rank_base is None or not any(c.kind == "rank" for c in self.columns):
            return False
        narrowed = self._filter != self.rank_base
        return narrowed or self._sort_key != "score" or not self._descending

    def _global_ranks(self, ids: list[int]) -> dict[int, int]:
        """Each firm's rank in the whole list (``rank_base``) by score, for a filtered view:
        within a search, 排名 stays the firm's place among all candidates."""
        assert self.rank_base is not None
        return store_firms.global_ranks(self.ctx.db, self.rank_base, ids)

    def _prepare(self, row: int, values: dict[str, Any]) -> _Row:
        """Format a row once, when it is fetched: painting then only looks texts up."""
        texts = []
        colors = []
        for col in self.columns:
            value = values.get(col.field)
            if col.kind == "rank":
                texts.append(str(values.get("_rank", row + 1)))
                colors.append(None)
                continue
            texts.append(self.display(col, value, values))
            if col.kind == "confidence" and values.get("direction_confirmed"):
                colors.append(self._confirmed_color)
            elif value is None:
                colors.append(self._muted)
            else:
                colors.append(None)
        return _Row(values, texts, colors)

    # -- Qt model interface --------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            col = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr_column(col)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(
                    (Qt.AlignmentFlag.AlignRight if col.align_right else Qt.AlignmentFlag.AlignLeft)
                    | Qt.AlignmentFlag.AlignVCenter
                )
        elif role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def tr_column(self, col: Column) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("FirmTable", col.title)

    def data(self, index: QModelIndex, role: int = _DISPLAY):
        # Called for every visible cell and role on each paint: cheap tests first.
        if role == _DISPLAY:
            r = self._row(index.row())
            return "…" if r is None else r.texts[index.column()]
        if role == _ALIGN:
            return self._align[index.column()]
        if role == _FOREGROUND:
            r = self._row(index.row())
            return None if r is None else r.colors[index.column()]
        if role == _TOOLTIP:
            r = self._row(index.row())
            if r is None:
                return None
            col = self.columns[index.column()]
            if col.key == "name":
                return r.values.get("name")
            text = r.texts[index.column()]
            return text if len(text) > 12 else None
        if role == _USER:
            r = self._row(index.row())
            return None if r is None else r.values["id"]
        return None

    def display(self, col: Column, value: Any, values: dict[str, Any]) -> str:
        kind = col.kind
        if kind == "direction":
            return self.ctx.direction_name(value) if value else fmt.DASH
        if kind == "segment":
            return self.ctx.segment_name(value) if value else fmt.DASH
        if kind == "confidence":
            if values.get("direction_confirmed"):
                return _confirmed_text()
            return fmt.certainty(value)
        if value is None or value == "":
            return fmt.DASH
        if kind == "money":
            return fmt.money_wan(value)
        if kind == "int":
            return fmt.integer(value)
        if kind == "score":
            return fmt.score(value)
        if kind == "fraction":
            return f"{value:.2f}"
        if kind == "date":
            return fmt.day(value)
        return str(value)


def _confirmed_text() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("FirmTable", "Confirmed")


class _NoCancel:
    cancelled = False

    def check(self) -> None:
        pass
