"""A table model over the firms of a filter, fast at a million rows.

Sorting and filtering happen in SQL; the model holds no copy of the table:

* ``rowCount`` comes from one ``COUNT(*)`` of the current filter.
* Row ids are fetched in pages of :data:`ID_PAGE` (``ORDER BY … LIMIT … OFFSET …``) when the sort
  can walk an index; when it cannot (capital, head count, …) and the set is large, the full id
  list is built once in a worker, as a compact ``array('q')`` (8 bytes a firm).
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

from app.targeting import profile as targeting_profile
from ui import fmt, theme

ID_PAGE = 1000
ROW_BLOCK = 200
MAX_ID_PAGES = 200  # 200,000 ids (1.6 MB) at most
MAX_ROW_BLOCKS = 30  # 6,000 rows of data at most
FULL_LIST_MAX = 50_000  # up to this, fetch all ids of a filter at once (400 KB)


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # English source text, translation context "FirmTable"
    select: str  # SQL expression for the value
    sort: tuple[str, ...] | None = None  # ORDER BY expressions (ascending); None: not sortable
    index_desc: bool | None = None  # the index serving ``sort``: False asc, True desc, None none
    kind: str = "text"  # text | money | int | score | confidence | direction | segment | date
    align_right: bool = False
    # The last ORDER BY term: the rowid of the table the sort index belongs to (``firm_id``
    # for the columns of ``scores``), so that walking the index needs no sort.
    tiebreak: str = "id"


C = Column
COLUMNS: dict[str, Column] = {
    c.key: c
    for c in (
        C("rank", QT_TRANSLATE_NOOP("FirmTable", "#"), "id", None, None, "rank", True),
        C("name", QT_TRANSLATE_NOOP("FirmTable", "Name"), "name", ("name_norm",), False),
        C("short_name", QT_TRANSLATE_NOOP("FirmTable", "Short name"), "short_name", None),
        C("city", QT_TRANSLATE_NOOP("FirmTable", "City"), "city", ("city", "district"), False),
        C("district", QT_TRANSLATE_NOOP("FirmTable", "District"), "district", ("district",)),
        C(
            "direction",
            QT_TRANSLATE_NOOP("FirmTable", "Direction"),
            "direction",
            ("direction", "segment"),
            False,
            "direction",
        ),
        C(
            "segment",
            QT_TRANSLATE_NOOP("FirmTable", "Chain segment"),
            "segment",
            ("direction", "segment"),
            False,
            "segment",
        ),
        C(
            "confidence",
            QT_TRANSLATE_NOOP("FirmTable", "Confidence"),
            "confidence",
            ("confidence",),
            None,
            "confidence",
            True,
        ),
        C(
            "score",
            QT_TRANSLATE_NOOP("FirmTable", "Score"),
            "score",
            ("score",),
            True,
            "score",
            True,
            "firm_id",
        ),
        C(
            "gap_fit",
            QT_TRANSLATE_NOOP("FirmTable", "Gap fit"),
            "gap_fit",
            ("gap_fit",),
            None,
            "fraction",
            True,
            "firm_id",
        ),
        C(
            "capability",
            QT_TRANSLATE_NOOP("FirmTable", "Capability"),
            "capability",
            ("capability",),
            None,
            "fraction",
            True,
            "firm_id",
        ),
        C(
            "propensity",
            QT_TRANSLATE_NOOP("FirmTable", "Propensity"),
            "propensity",
            ("propensity",),
            None,
            "fraction",
            True,
            "firm_id",
        ),
        # Lists, a recent signal, 以商引商 (#16): the SQL is app.targeting's.
        C("profile", QT_TRANSLATE_NOOP("FirmTable", "Profile"), targeting_profile.sql(), None),
        C(
            "registered_capital",
            QT_TRANSLATE_NOOP("FirmTable", "Registered capital"),
            "registered_capital",
            ("registered_capital",),
            None,
            "money",
            True,
        ),
        C(
            "employees",
            QT_TRANSLATE_NOOP("FirmTable", "Employees"),
            "employees",
            ("employees",),
            None,
            "int",
            True,
        ),
        C(
            "revenue",
            QT_TRANSLATE_NOOP("FirmTable", "Revenue"),
            "revenue",
            ("revenue",),
            None,
            "money",
            True,
        ),
        C(
            "founded",
            QT_TRANSLATE_NOOP("FirmTable", "Founded"),
            "founded",
            ("founded",),
            None,
            "date",
        ),
        C("uscc", QT_TRANSLATE_NOOP("FirmTable", "USCC"), "uscc", None),
        C(
            "stock_code",
            QT_TRANSLATE_NOOP("FirmTable", "Stock code"),
            "stock_code",
            ("stock_code",),
            False,
        ),
        C("source", QT_TRANSLATE_NOOP("FirmTable", "Source"), "source", None),
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


def order_by(col: Column, descending: bool) -> str:
    """ORDER BY terms that let SQLite walk the column's index in one direction.

    Index entries end with the rowid ascending; a descending index (score) runs its key
    descending and rowid ascending, so the tie-breaker on ``id`` must follow the scan.
    """
    assert col.sort is not None
    key_dir = "DESC" if descending else "ASC"
    id_dir = ("ASC" if descending else "DESC") if col.index_desc is True else key_dir
    return ", ".join([*(f"{e} {key_dir}" for e in col.sort), f"{col.tiebreak} {id_dir}"])


class FirmQuery:
    """The SQL of one filter and sort; runs on whatever connection it is given."""

    def __init__(self, where: str, params: tuple, order: str, indexed: bool):
        self.where = where or "1"
        self.params = tuple(params)
        self.order = order
        self.indexed = indexed
        self._relation: str | None = None

    def relation(self, db) -> str:
        """The table or view the query runs on (see :func:`app.search.relation`)."""
        if self._relation is None:
            from app import search

            self._relation = search.relation(db, self.where, self.order, self.params)
        return self._relation

    def count(self, db) -> int:
        from app import search  # counts a pure text filter inside the FTS index

        return search.count(db, self.where, self.params)

    def id_page(self, db, offset: int, limit: int) -> array:
        cur = db.execute(
            f"SELECT id FROM {self.relation(db)} WHERE {self.where} ORDER BY {self.order} "
            "LIMIT ? OFFSET ?",
            (*self.params, limit, offset),
        )
        return array("q", (r[0] for r in cur))

    def walks_index(self, db) -> bool:
        """Can a page be read by walking an index (no sort of the whole filtered set)?

        Decided from SQLite's own query plan, so it holds for any filter the search module
        builds: a plan with a temporary B-tree sorts everything for every page.
        """
        if not self.indexed:
            return False
        plan = db.query(
            f"EXPLAIN QUERY PLAN SELECT id FROM {self.relation(db)} WHERE {self.where} "
            f"ORDER BY {self.order} LIMIT 1 OFFSET 1",
            self.params,
        )
        return not any("TEMP B-TREE" in str(row[-1]) for row in plan)

    def all_ids(self, db, cancel=None) -> array:
        cur = db.execute(
            f"SELECT id FROM {self.relation(db)} WHERE {self.where} ORDER BY {self.order}",
            self.params,
        )
        out = array("q")
        while True:
            chunk = cur.fetchmany(20000)
            if not chunk:
                return out
            out.extend(r[0] for r in chunk)
            if cancel is not None:
                cancel.check()


class FirmTableModel(QAbstractTableModel):
    """Firms of the current filter and sort; see the module docstring."""

    loaded = Signal()  # a new filter/sort is in place
    load_failed = Signal(object)

    def __init__(self, ctx, columns: tuple[str, ...] = DEFAULT_COLUMNS, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.columns = [COLUMNS[k] for k in columns]
        self._where = "1"
        # (WHERE, params) of the whole ranked list: set by a view whose 排名 column must
        # show the firm's rank among all, not its row, when the list is searched or filtered.
        self.rank_base: tuple[str, tuple] | None = None
        self._params: tuple = ()
        sortable = [k for k in columns if COLUMNS[k].sort is not None]
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
        self._select = ", ".join(
            dict.fromkeys([*_EXTRA, *(c.select for c in self.columns), "name"])
        )
        self._select_cols = list(
            dict.fromkeys([*_EXTRA, *(c.select for c in self.columns), "name"])
        )
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
    def set_filter(self, where: str, params: tuple | list = ()) -> None:
        """Show the firms matching ``WHERE <where>`` (SQL over ``ranked``, with its params)."""
        self._where = where or "1"
        self._params = tuple(params)
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column].sort is None:
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
        col = COLUMNS[self._sort_key]
        return FirmQuery(
            self._where, self._params, order_by(col, self._descending), col.index_desc is not None
        )

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
            if n <= FULL_LIST_MAX or not query.walks_index(db):
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
        marks = ",".join("?" * len(ids))
        cur = self.ctx.db.execute(
            f"SELECT {self._select} FROM ranked WHERE id IN ({marks})", tuple(ids)
        )
        self.row_queries += 1
        out = {}
        rows = [dict(zip(self._select_cols, rec, strict=False)) for rec in cur]
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
        base_where, base_params = self.rank_base
        narrowed = (self._where, self._params) != (base_where, tuple(base_params))
        return narrowed or self._sort_key != "score" or not self._descending

    def _global_ranks(self, ids: list[int]) -> dict[int, int]:
        """Each firm's rank in the whole list (``rank_base``) by score, for a filtered view:
        within a search, 排名 stays the firm's place among all candidates."""
        assert self.rank_base is not None
        base_where, base_params = self.rank_base
        marks = ",".join("?" * len(ids))
        sql = (
            "SELECT o.id, (SELECT COUNT(*) FROM ranked WHERE "
            f"({base_where}) AND score > o.score) + 1 FROM ranked AS o "
            f"WHERE o.id IN ({marks}) AND o.score IS NOT NULL"
        )
        return {int(fid): int(rank) for fid, rank in self.ctx.db.execute(sql, (*base_params, *ids))}

    def _prepare(self, row: int, values: dict[str, Any]) -> _Row:
        """Format a row once, when it is fetched: painting then only looks texts up."""
        texts = []
        colors = []
        for col in self.columns:
            value = values.get(col.select)
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
