"""Firm search: names, short names and business text, ranked the way staff expect.

Ranking, best first: a USCC or stock code typed in; the exact name or short name; names that
start with the query; names as staff say them (see below); names that contain it (shorter
names first); then firms whose business text (主营业务, 经营范围, 简介) contains it, by FTS5
bm25 with name columns weighted highest.

Names as staff say them (``spoken``): ``深圳汇川`` for 深圳市汇川技术股份有限公司 — a place
without 市/省/区, a short name, no legal form. :func:`spoken_query` splits the query into places
(``app.parsing.PLACES`` and any ``…市/省/区/县``) and a core without the legal form
(``app.parsing.name_parts``, built on ``normalise_name``); a firm matches when its core or short
name holds the typed core and the last typed place is in its name or its city, province or
district. The firm table's filter (:func:`firm_clause`) ORs the same condition in.

How each query is served (``firms_fts`` is an FTS5 ``trigram`` index over names and text):

- 3+ characters: exact and prefix matches come from the ``name_norm`` index, everything else
  from one FTS5 query. Whitespace-separated words are ANDed as quoted phrases, so user
  input can never be read as FTS5 syntax (quotes, AND/OR/NOT/NEAR, ``*``, ``:``, brackets).
  A word of 1–2 characters inside a multi-word query becomes an ``instr()`` filter.
- 1–2 characters: a trigram index cannot serve them (SQLite 3.40 returns nothing for such a
  ``MATCH``, and ``LIKE`` on the FTS table is buggy). They search names and short names only
  — not business text. Over SQL that is an ``instr()`` scan of the covering
  ``(name_norm, short_name)`` index that stops after twice ``limit`` matches (≈ 0.3 s CPU
  at a million firms when the word is rare, so the whole index is read). A process that
  calls :func:`warm` keeps an in-memory copy of all names (≈ 63 MB and ≈ 2.5 s CPU to build
  at a million firms) and answers from it with numpy in ≈ 10–30 ms. The copy is used only
  while the database is provably unchanged (``PRAGMA data_version``, on PostgreSQL the firms
  table's change notices, and the connection's
  change counter), so it is never stale. A long-running process (the desktop app) should
  warm it in a worker after opening a database and after imports.

Search is bounded: at most :data:`CANDIDATES` matches of each kind are ranked, so a query
that matches half the database still answers in milliseconds (the best of the first
candidates, in index order, rather than the best of all).

:func:`firm_clause` gives the same matching as SQL (a :class:`Clause`: the WHERE text, its
parameters and the columns it names) for the firm lists of :mod:`app.store.firms`, with
:func:`count` and :func:`ids` to page through it; :func:`relation` picks the narrowest relation
that has the columns a query names, from :data:`RELATION_COLUMNS`.
"""

from __future__ import annotations

import re
import threading
import unicodedata
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import catalog
from app import catalog_store, firm_record
from app import uscc as uscc_mod
from app.errors import UserError
from app.firm_record import SEARCH_TEXT
from app.parsing import PLACES, name_parts, normalise_name, place_key, strip_legal_form
from resources.i18n import _

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    import numpy.typing as npt

    from app.db import Database
    from catalog.model import Catalog

MIN_FTS_CHARS = 3  # the trigram tokenizer indexes 3-character sequences
CANDIDATES = 400  # matches of each kind ranked per query (see module docstring)
MAX_LIMIT = 1000
# bm25 weights of the firms_fts columns, in their order
_BM25 = {"name": 10, "short_name": 10, "main_business": 4, "business_scope": 1, "introduction": 1.5}
BM25_WEIGHTS = tuple(float(_BM25[c]) for c in SEARCH_TEXT)
RESULT_COLUMNS = (
    "id",
    "name",
    "short_name",
    "city",
    "district",
    "uscc",
    "stock_code",
    "direction",
    "segment",
    "score",
)
_SELECT = "SELECT " + ", ".join(f"f.{c}" for c in RESULT_COLUMNS) + " FROM ranked f"

MATCH_ORDER = ("uscc", "stock_code", "exact", "prefix", "spoken", "name", "text")
MATCH_ZH = {
    "uscc": "信用代码",
    "stock_code": "股票代码",
    "exact": "名称完全一致",
    "prefix": "名称开头",
    "spoken": "名称简称相符",
    "name": "名称包含",
    "text": "业务描述包含",
}

_STOCK_RE = re.compile(r"^(?:(?:SZ|SH|BJ)\.?)?(\d{6})(?:\.?(?:SZ|SH|BJ|SS))?$")
_CITY_SUFFIXES = ("市",)
_DISTRICT_SUFFIXES = ("区", "县", "市", "镇", "街道")


# -- query parsing ------------------------------------------------------------------------------
def _code_of(text: str) -> tuple[str, str] | None:
    """("uscc", code) or ("stock_code", 6 digits) when the query is such a code."""
    t = unicodedata.normalize("NFKC", text).upper().replace(" ", "")
    if len(t) == 18 and uscc_mod.is_valid(t):
        return "uscc", t
    m = _STOCK_RE.match(t)
    if m:
        return "stock_code", m.group(1)
    return None


_CONTROL_RE = re.compile("[\x00-\x1f\x7f-\x9f]")


def clean_query(text: str | None) -> str:
    """The query without control characters (FTS5 would stop reading at a NUL)."""
    return _CONTROL_RE.sub(" ", text or "").strip()


def words_of(text: str) -> list[str]:
    """The words of a query (whitespace-separated, duplicates dropped)."""
    return list(dict.fromkeys(clean_query(text).split()))


def fts_query(words: list[str]) -> str:
    """An FTS5 MATCH expression: every word (3+ characters) as a quoted phrase, ANDed.

    Quoting makes every character literal: ``"`` is doubled, and operators, ``*``, ``:``,
    ``^``, ``+``, brackets have no meaning inside a phrase.
    """
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in words)


def city_values(city: str) -> list[str]:
    """``深圳`` and ``深圳市`` both mean 深圳市."""
    c = city.strip()
    if not c:
        return []
    return [c] if c.endswith(_CITY_SUFFIXES) else [c, c + "市"]


def district_values(district: str) -> list[str]:
    d = district.strip()
    if not d:
        return []
    return [d] if d.endswith(_DISTRICT_SUFFIXES) else [d, d + "区"]


def direction_value(direction: str, cat: Catalog | None = None) -> str:
    """A direction code ('' for none); a Chinese direction name is accepted too.

    Checked against ``cat``, the catalog in force (staff add and retire directions; pass
    :func:`app.catalog_store.current`), or the shipped catalog when none is given.
    """
    d = direction.strip()
    if d.lower() in ("", "none", "无"):
        return ""
    if cat is None:
        cat = catalog.load_default()
    for item in cat.directions:
        if d == item.code:
            return item.code
    for item in cat.directions:
        if d == item.name:
            return item.code
    raise UserError(
        _(
            "未知的产业方向“{direction}”。请使用方向代码（如 equip.robot）或方向名称；none 表示不属于任何方向。"
        ).format(direction=direction)
    )


# -- filters ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Filters:
    where: str  # SQL on the alias ``f`` (firms), "" when there is no filter
    params: tuple[Any, ...]


def _place_filters(
    city: str | None,
    district: str | None,
    direction: str | None,
    alias: str = "f.",
    cat: Catalog | None = None,
) -> tuple[list[str], list[Any]]:
    parts: list[str] = []
    params: list[Any] = []
    if city:
        vals = city_values(city)
        parts.append(f"{alias}city IN ({', '.join('?' * len(vals))})")
        params += vals
    if district:
        vals = district_values(district)
        parts.append(f"{alias}district IN ({', '.join('?' * len(vals))})")
        params += vals
    if direction is not None:
        code = direction_value(direction, cat)
        if code:
            parts.append(f"{alias}direction = ?")
            params.append(code)
        else:
            parts.append(f"({alias}direction IS NULL OR {alias}direction = '')")
    return parts, params


# Which columns each relation a firm query can run on has. ``scored`` (the narrow scores
# table, ``id`` = the firm's id) pages a million firms by score without reading ``firms``;
# ``firms`` needs no join; ``ranked`` (firms joined with their scores) has both. Listed here
# rather than asked of the database, so that choosing a relation costs nothing and does not
# depend on how an engine reports an unknown column (tests check the lists against the schema).
SCORED_COLUMNS = frozenset({"id", "firm_id", "score", "gap_fit", "capability", "propensity"})
FIRMS_COLUMNS = frozenset(
    {
        "id",
        *firm_record.FIELDS,
        *firm_record.BOOKKEEPING,
        *firm_record.STAMPS,
        *firm_record.CLASSIFICATION,
        "model_version",  # which model made the call
        "version",  # bumped on each edit (app.people)
    }
)
RELATIONS = ("scored", "firms", "ranked")  # narrowest first
RELATION_COLUMNS: dict[str, frozenset[str]] = {
    "scored": SCORED_COLUMNS,
    "firms": FIRMS_COLUMNS,
    "ranked": FIRMS_COLUMNS | SCORED_COLUMNS,
}


def relation(columns: Iterable[str]) -> str:
    """The narrowest of :data:`RELATIONS` that has every one of ``columns``."""
    cols = set(columns)
    for rel in RELATIONS:
        if cols <= RELATION_COLUMNS[rel]:
            return rel
    unknown = sorted(cols - RELATION_COLUMNS["ranked"])
    raise ValueError(f"no firm relation has the columns {unknown}")


@dataclass(frozen=True)
class Clause:
    """A WHERE clause over the firm relations, its parameters, and the columns it names
    outside its subqueries (they decide the relation it runs on, :func:`relation`)."""

    sql: str
    params: tuple[Any, ...]
    columns: frozenset[str]

    @property
    def relation(self) -> str:
        return relation(self.columns)


def firm_clause(
    text: str | None = None,
    city: str | None = None,
    district: str | None = None,
    direction: str | None = None,
    segment: str | None = None,
    min_score: float | None = None,
    confirmed: bool | None = None,
    min_confidence: float | None = None,
    *,
    scored: bool = False,
    in_catalog: bool = False,
    cat: Catalog | None = None,
    engine: str = "sqlite",
) -> Clause:
    """The firms of a filter as a :class:`Clause` over ``ranked`` (no alias).

    ``text`` matches like :func:`search`: words of 3+ characters through the FTS index (names
    and business text), shorter words against names and short names. ``direction`` ''/none
    means firms without a direction; it is checked against ``cat``, the catalog in force.
    ``scored``: only firms with a score; ``in_catalog``: only firms in a catalog direction.
    The clause is ``"1 = 1"`` when nothing is filtered (PostgreSQL has no integer truth). ``engine``: the database's dialect name
    (PostgreSQL matches text through its trigram indexes, :mod:`app.pg_schema`).
    """
    parts, params = _place_filters(city, district, direction, alias="", cat=cat)
    columns: set[str] = set()
    if city:
        columns.add("city")
    if district:
        columns.add("district")
    if direction is not None:
        columns.add("direction")
    if segment:
        parts.append("segment = ?")
        params.append(segment.strip())
        columns.add("segment")
    if min_score is not None:
        parts.append("score >= ?")
        params.append(float(min_score))
        columns.add("score")
    if scored and min_score is None:
        parts.append("score IS NOT NULL")
        columns.add("score")
    if in_catalog:  # banks and developers have no direction
        parts.append("COALESCE(direction, '') != ''")
        columns.add("direction")
    if confirmed is not None:
        parts.append("direction_confirmed = ?")
        params.append(1 if confirmed else 0)
        columns.add("direction_confirmed")
    if min_confidence is not None:
        # The classifier's certainty of its call, in or out of the catalog (0–1); a direction
        # staff confirmed counts as certain.
        parts.append("(confidence >= ? OR direction_confirmed = 1)")
        params.append(float(min_confidence))
        columns |= {"confidence", "direction_confirmed"}
    words = words_of(text or "")
    text_parts: list[str] = []
    text_params: list[Any] = []
    long_words = [w for w in words if len(w) >= MIN_FTS_CHARS]
    pg = engine == "postgresql"
    if long_words and pg:
        sql, more = _pg_text_sql(long_words)
        text_parts.append(f"id IN (SELECT id FROM firms WHERE {sql})")
        text_params += more
    elif long_words:
        text_parts.append(_FTS_SQL)
        text_params.append(fts_query(long_words))
    for w in words:
        if len(w) < MIN_FTS_CHARS and pg:
            sql, more = _pg_name_sql(normalise_name(w) or w, w)
            text_parts.append(f"id IN (SELECT id FROM firms WHERE {sql})")
            text_params += more
        elif len(w) < MIN_FTS_CHARS:
            # One scan of the covering (name_norm, short_name) index, whatever the sort:
            # a plain condition would be checked row by row on the wide table.
            text_parts.append(_SHORT_WORD_SQL)
            text_params += [normalise_name(w) or w, w]
    if words:
        columns.add("id")  # the text conditions are subqueries on the firm's id
    spoken = spoken_query(text or "") if len(words) == 1 else None
    if spoken is not None:  # 深圳汇川: the literal match or the name as staff say it
        sql, more = _spoken_sql(*spoken, pg=pg)
        parts.append(f"({' AND '.join(text_parts)} OR {sql})")
        params += [*text_params, *more]
    else:
        parts += text_parts
        params += text_params
    return Clause(" AND ".join(parts) or "1 = 1", tuple(params), frozenset(columns))


def firm_filter(*args: Any, **kwargs: Any) -> tuple[str, list[Any]]:
    """:func:`firm_clause` (the same arguments) as a WHERE clause over ``ranked`` and its
    parameters."""
    c = firm_clause(*args, **kwargs)
    return c.sql, list(c.params)


_FTS_SQL = "id IN (SELECT rowid FROM firms_fts WHERE firms_fts MATCH ?)"
# The subquery reads only name_norm, short_name and the rowid, all in the covering index
# firms_name_norm, which SQLite scans instead of the wide table (tests/test_search.py checks).
_SHORT_WORD_SQL = (
    "id IN (SELECT id FROM firms "
    "WHERE instr(name_norm, ?) > 0 OR instr(coalesce(short_name, ''), ?) > 0)"
)
_ORDERABLE = {
    *RESULT_COLUMNS,  # a list sorts by what it shows, and by these besides
    "confidence",
    "employees",
    "revenue",
    "registered_capital",
    "founded",
    "updated_at",
}


def _as_clause(where: str | Clause, params: Sequence[Any]) -> Clause:
    """A bare WHERE string names columns we cannot know: it runs on ``ranked``, which has all."""
    if isinstance(where, Clause):
        return where
    return Clause(where or "1 = 1", tuple(params), RELATION_COLUMNS["ranked"])


def count(db: Database, where: str | Clause = "1", params: Sequence[Any] = ()) -> int:
    """How many firms match a :func:`firm_clause` (or a :func:`firm_filter` WHERE string).

    A pure text filter is counted in the FTS index itself, which at a million firms is
    several times faster than joining every match back to ``firms``.
    """
    clause = _as_clause(where, params)
    sql, args = clause.sql, clause.params
    if sql == _FTS_SQL:
        return int(db.scalar("SELECT count(*) FROM firms_fts WHERE firms_fts MATCH ?", args))
    if sql == _SHORT_WORD_SQL:
        index = current_name_index(db)
        if index is not None:
            return index.count(args[0], args[1])
        inner = _SHORT_WORD_SQL.removeprefix("id IN (").removesuffix(")")
        return int(db.scalar(f"SELECT count(*) FROM ({inner})", args))
    return int(db.scalar(f"SELECT count(*) FROM {clause.relation} WHERE {sql}", args))


def ids(
    db: Database,
    where: str | Clause = "1",
    params: Sequence[Any] = (),
    order_by: str = "id",
    descending: bool = False,
    limit: int = 200,
    offset: int = 0,
) -> list[int]:
    """One page of firm ids matching a :func:`firm_clause`, sorted in SQL.

    ``order_by`` is a column name of ``ranked`` (checked against a list); NULLs sort last.
    """
    if order_by not in _ORDERABLE:
        raise ValueError(f"cannot sort firms by {order_by!r}")
    clause = _as_clause(where, params)
    direction = "DESC" if descending else "ASC"
    order = f"{order_by} IS NULL, {order_by} {direction}, id {direction}"
    rel = relation(clause.columns | {order_by, "id"})
    sql = f"SELECT id FROM {rel} WHERE {clause.sql} ORDER BY {order} LIMIT ? OFFSET ?"
    return [r[0] for r in db.execute(sql, (*clause.params, int(limit), int(offset)))]


# -- the in-memory name index -------------------------------------------------------------------
_PAD = 8  # code units after the text; words searched in the name index are shorter


class NameIndex:
    """All names and short names of one database in one array, for fast 1–2 character search.

    Layout (UTF-16 code units in a numpy array): ``"\n" + name_norm + "\x1f" + short_name +
    "\n" + …`` in index order. One vectorised pass finds every occurrence of a word; the code
    units around each occurrence tell an exact name (``\n`` before, ``\x1f`` after), an exact
    short name (``\x1f`` … ``\n``) and a prefix (``\n`` or ``\x1f`` before). (``str.find``
    is much slower here: its skip filter hardly skips over Chinese text.)
    """

    def __init__(
        self, ids: Sequence[int] | npt.NDArray[Any], entries: str, marker: tuple[int, int]
    ):
        """``entries``: ``name_norm + "\x1f" + short_name`` of each firm, ``"\n"``-joined, in
        the order of ``ids``; neither part may contain ``"\n"`` or ``"\x1f"``."""
        import numpy as np

        # NUL padding lets a comparison look a few units past the last entry safely.
        text = ("\n" + entries + "\n" if len(ids) else "\n") + "\0" * _PAD
        self.codes = np.frombuffer(text.encode("utf-16-le"), dtype=np.uint16).copy()
        newlines = np.flatnonzero(self.codes == 10)
        self.starts = newlines[:-1] + 1  # first code unit of each entry (its name)
        self.short_starts = np.flatnonzero(self.codes == 0x1F) + 1  # first of each short name
        self.lengths = np.diff(newlines) - 1  # code units of name + 1 + short name
        self.ids = np.asarray(ids, dtype=np.int64)
        if not len(self.ids) == len(self.starts) == len(self.short_starts):
            raise ValueError("name index: ids and entries differ in number")
        self.marker = marker

    @classmethod
    def from_rows(
        cls, rows: list[tuple[int, str, str | None]], marker: tuple[int, int]
    ) -> NameIndex:
        clean = str.maketrans({"\n": " ", "\x1f": " "})
        entries = "\n".join(
            f"{name.translate(clean)}\x1f{(short or '').translate(clean)}"
            for _, name, short in rows
        )
        return cls([r[0] for r in rows], entries, marker)

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def nbytes(self) -> int:
        return int(
            self.codes.nbytes
            + self.starts.nbytes
            + self.short_starts.nbytes
            + self.lengths.nbytes
            + self.ids.nbytes
        )

    CHUNK = 1 << 20  # code units scanned per step when looking for inner matches

    def find(self, word: str, cap: int) -> dict[str, list[int]]:
        """Firm ids whose name or short name contains ``word``, by kind of match.

        ``exact`` and ``prefix`` come from the first code units of every name and short name
        (one comparison per firm), so they are complete. Inner matches (``name``) come from a
        scan of the whole text in steps that stops once ``cap`` firms are found: a character
        that is in every name (有, 限) costs no more than a rare one. A firm appears under its
        best kind only; ``prefix`` lists the shortest entries first.
        """
        import numpy as np

        pat = np.frombuffer(word.encode("utf-16-le"), dtype=np.uint16)
        k = len(pat)
        a = self.codes
        out: dict[str, list[int]] = {"exact": [], "prefix": [], "name": []}
        if not 0 < k < _PAD or not len(self.ids):
            return out
        exact_parts, prefix_parts = [], []
        for begin, end_mark in ((self.starts, 0x1F), (self.short_starts, 10)):
            cand = np.flatnonzero(a[begin] == pat[0])
            for j in range(1, k):
                cand = cand[a[begin[cand] + j] == pat[j]]
            is_exact = a[begin[cand] + k] == end_mark
            exact_parts.append(cand[is_exact])
            prefix_parts.append(cand[~is_exact])
        # Sets of entries as boolean masks: O(firms), far cheaper than np.unique's hashing.
        mask = np.zeros(len(self.ids), dtype=bool)
        for part in exact_parts:
            mask[part] = True
        exact = np.flatnonzero(mask)
        mask[:] = False
        for part in prefix_parts:
            mask[part] = True
        mask[exact] = False
        prefix = np.flatnonzero(mask)
        out["exact"] = self.ids[exact].tolist()
        out["prefix"] = self._shortest(prefix, cap)
        if len(prefix) >= cap:  # inner matches rank below these: they would never be shown
            return out
        taken = np.zeros(len(self.ids), dtype=bool)
        taken[exact] = True
        taken[prefix] = True
        inner: list = []
        found = 0
        n = len(a)
        for start in range(1, n - k, self.CHUNK):
            stop = min(n - k, start + self.CHUNK)
            pos = np.flatnonzero(a[start:stop] == pat[0]) + start
            for j in range(1, k):
                pos = pos[a[pos + j] == pat[j]]
            if not len(pos):
                continue
            entry = np.searchsorted(self.starts, pos, side="right") - 1
            entry = entry[np.concatenate(([True], entry[1:] != entry[:-1]))]
            entry = entry[~taken[entry]]
            taken[entry] = True  # an entry split across two steps is counted once
            inner.append(entry[: cap - found])
            found += len(inner[-1])
            if found >= cap:
                break
        if inner:
            out["name"] = self.ids[np.concatenate(inner)].tolist()
        return out

    def _entries(self, word: str):
        """Sorted entry numbers whose text contains ``word``."""
        import numpy as np

        pat = np.frombuffer(word.encode("utf-16-le"), dtype=np.uint16)
        k = len(pat)
        a = self.codes
        if not 0 < k < _PAD or not len(self.ids):
            return np.zeros(0, dtype=np.int64)
        pos = np.flatnonzero(a[1 : len(a) - k] == pat[0]) + 1
        for j in range(1, k):
            pos = pos[a[pos + j] == pat[j]]
        entry = np.searchsorted(self.starts, pos, side="right") - 1  # sorted
        if not len(entry):
            return entry
        return entry[np.concatenate(([True], entry[1:] != entry[:-1]))]

    def count(self, name_word: str, short_word: str) -> int:
        """Firms whose name contains ``name_word`` or short name contains ``short_word``."""
        import numpy as np

        found = self._entries(name_word)
        if short_word != name_word:
            found = np.union1d(found, self._entries(short_word))
        return len(found)

    def _shortest(self, entries, cap: int) -> list[int]:
        """Ids of the ``cap`` shortest entries, shortest first (equal lengths in index order)."""
        import numpy as np

        lengths = self.lengths[entries]
        if len(entries) > cap:
            # The cap-th shortest length; all shorter entries and the first ties up to cap.
            cut = np.partition(lengths, cap - 1)[cap - 1]
            shorter = np.flatnonzero(lengths < cut)
            ties = np.flatnonzero(lengths == cut)[: cap - len(shorter)]
            keep = np.sort(np.concatenate((shorter, ties)))
            entries, lengths = entries[keep], lengths[keep]
        order = np.argsort(lengths, kind="stable")
        return self.ids[entries[order]].tolist()


_name_indexes: weakref.WeakKeyDictionary[Any, NameIndex] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def _marker(db: Database) -> tuple[int, int]:
    """Changes to the firms: by other connections (data_version: SQLite's pragma, the
    change notices of ``firms`` on PostgreSQL) and by this one."""
    return db.data_version(("firms",), exact=True), int(db.conn.total_changes)


def warm(db: Database) -> NameIndex:
    """Build (or rebuild) the in-memory name index of ``db`` and keep it with the connection.

    A few seconds at a million firms (read from the covering ``firms_name_norm`` index); the
    UI calls it in a worker after opening a database and after imports. Until it is current,
    short queries use the SQL scan.
    """
    import numpy as np

    marker = _marker(db)
    # One aggregate over one index scan: the ids and the entries come out in the same order,
    # and SQLite builds the big strings instead of a million Python tuples.
    entry = (
        "replace(replace(name_norm, char(10), ' '), char(31), ' ') || char(31) || "
        "replace(replace(coalesce(short_name, ''), char(10), ' '), char(31), ' ')"
    )
    if db.is_postgres:  # string_agg, ordered alike (the aggregates' order is not given)
        entry = entry.replace("char(", "chr(")
        sql = (
            f"SELECT count(*), string_agg(id::text, ',' ORDER BY id), "
            f"string_agg({entry}, chr(10) ORDER BY id) FROM firms"
        )
    else:
        sql = f"SELECT count(*), group_concat(id, ','), group_concat({entry}, char(10)) FROM firms"
    row = db.execute(sql).fetchone()
    n, id_text, entries = row[0], row[1] or "", row[2] or ""
    ids = np.array(id_text.split(","), dtype=np.int64) if n else np.zeros(0, dtype=np.int64)
    index = NameIndex(ids, entries, marker) if n else NameIndex.from_rows([], marker)
    with _lock:
        _name_indexes[db] = index
    return index


def current_name_index(db: Database) -> NameIndex | None:
    """The warmed name index of ``db`` when the database has not changed since, else None."""
    with _lock:
        index = _name_indexes.get(db)
    if index is None:
        return None
    return index if index.marker == _marker(db) else None


def forget(db: Database) -> None:
    """Drop the warmed name index of ``db`` (frees its memory)."""
    with _lock:
        _name_indexes.pop(db, None)


# -- search -------------------------------------------------------------------------------------
@dataclass
class _Hit:
    id: int
    match: str
    key: tuple[Any, ...]  # sort key inside the match kind


def search(
    db: Database,
    text: str,
    *,
    city: str | None = None,
    district: str | None = None,
    direction: str | None = None,
    limit: int = 50,
) -> list[dict[str, Any]]:
    """Firms matching ``text``, best first (see the module docstring for the ranking).

    Each result has ``id, name, short_name, city, district, uscc, direction`` (design.md §5;
    ``direction`` is '' for none) and also ``stock_code, segment, score`` and ``match`` (why it
    was found: uscc, stock_code, exact, prefix, name, text).
    """
    text = clean_query(text)
    try:
        limit = max(1, min(MAX_LIMIT, int(limit)))
    except (TypeError, ValueError) as exc:
        raise UserError(_("结果数量“{limit}”不是有效的整数").format(limit=limit)) from exc
    cat = None
    if direction is not None:  # checked against the catalog in force: directions change
        cat = catalog_store.current(db)
    parts, fparams = _place_filters(city, district, direction, cat=cat)
    filt = _Filters(" AND ".join(parts), tuple(fparams))
    if not text:
        return []
    hits: dict[int, _Hit] = {}

    def add(fid: int, match: str, key: tuple[Any, ...] = ()) -> None:
        old = hits.get(fid)
        if old is None or MATCH_ORDER.index(match) < MATCH_ORDER.index(old.match):
            hits[fid] = _Hit(fid, match, key)

    code = _code_of(text)
    if code is not None:
        kind, value = code
        p: tuple[str, ...]
        if kind == "uscc":
            sql, p = "f.uscc = ?", (value,)
        else:  # stored as 000001.SZ; a range keeps the index usable
            sql, p = "f.stock_code >= ? AND f.stock_code < ?", (value, value + "/")
        for (fid,) in _run(db, f"SELECT f.id FROM firms f WHERE {sql}", p, filt, limit):
            add(fid, kind)

    words = words_of(text)
    if all(len(w) < MIN_FTS_CHARS for w in words):
        _search_names(db, text, words, filt, limit, add)
    elif db.is_postgres:
        _search_pg_text(db, text, words, filt, limit, add)
    else:
        _search_fts(db, text, words, filt, limit, add)

    if len(words) == 1:
        _search_spoken(db, text, filt, add)

    ranked = sorted(hits.values(), key=lambda h: (MATCH_ORDER.index(h.match), *h.key, h.id))
    top = ranked[:limit]
    return _rows(db, top)


def _run(
    db: Database, sql: str, params: tuple[Any, ...], filt: _Filters, limit: int
) -> list[tuple[Any, ...]]:
    """Run a SELECT on alias ``f`` with the place filters ANDed in and a LIMIT."""
    joiner = " AND " if " WHERE " in sql else " WHERE "
    if filt.where:
        sql += joiner + filt.where
        params = (*params, *filt.params)
    return [tuple(r) for r in db.execute(sql + " LIMIT ?", (*params, int(limit)))]


def _exact_and_prefix(db: Database, text: str, filt: _Filters, add) -> None:
    """Exact and prefix matches on the whole query via the name_norm index."""
    key = normalise_name(text)
    if not key:
        return
    for (fid,) in _run(db, "SELECT f.id FROM firms f WHERE f.name_norm = ?", (key,), filt, 20):
        add(fid, "exact")
    rows = _run(
        db,
        "SELECT f.id, length(f.name) FROM firms f WHERE f.name_norm > ? AND f.name_norm < ?",
        (key, key + "\U0010ffff"),
        filt,
        CANDIDATES,
    )
    for fid, length in rows:
        add(fid, "prefix", (length,))


def _search_fts(db: Database, text: str, words: list[str], filt: _Filters, limit: int, add) -> None:
    long_words = [w for w in words if len(w) >= MIN_FTS_CHARS]
    short_words = [w for w in words if len(w) < MIN_FTS_CHARS]
    _exact_and_prefix(db, text, filt, add)
    match = fts_query(long_words)
    w = ", ".join(str(x) for x in BM25_WEIGHTS)
    sql = (
        f"SELECT f.id, f.name, f.short_name, bm25(firms_fts, {w}) FROM firms_fts "
        "JOIN firms f ON f.id = firms_fts.rowid WHERE firms_fts MATCH ?"
    )
    params: list[Any] = [match]
    for sw in short_words:  # 1–2 character words: anywhere in the indexed columns
        sql += (
            " AND (instr(f.name, ?) OR instr(coalesce(f.short_name, ''), ?)"
            " OR instr(coalesce(f.main_business, ''), ?) OR instr(coalesce(f.business_scope, ''), ?)"
            " OR instr(coalesce(f.introduction, ''), ?))"
        )
        params += [sw] * 5
    rows = _run(db, sql, tuple(params), filt, max(CANDIDATES, limit))
    _add_text_hits(rows, text, words, add)


def _add_text_hits(rows: Any, text: str, words: list[str], add) -> None:
    """Grade full-text hits (id, name, short name, engine rank) the same on both engines: the
    short name exact or as a prefix, every word in a name, or the text rank."""
    for fid, name, short, rank in rows:
        short = short or ""
        if short == text:
            add(fid, "exact")
        elif short.startswith(text):
            add(fid, "prefix", (len(name),))
        elif all(x in name or x in short for x in words):
            add(fid, "name", (len(name),))
        else:
            add(fid, "text", (rank,))


# -- PostgreSQL: pg_trgm indexes instead of FTS5 (app.pg_schema) ------------------------
def _like_pattern(word: str) -> str:
    """``%word%`` with LIKE's own characters taken literally (escaped by a backslash)."""
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _pg_text_sql(long_words: list[str], alias: str = "") -> tuple[str, list[Any]]:
    """Every word (3+ characters) somewhere in the five search columns: one condition per
    word on the trigram-indexed expression."""
    from app.pg_schema import SEARCH_EXPR

    expr = SEARCH_EXPR if not alias else SEARCH_EXPR.replace("coalesce(", f"coalesce({alias}")
    return " AND ".join(f"{expr} LIKE ?" for _ in long_words), [
        _like_pattern(w) for w in long_words
    ]


def triple(word: str) -> str:
    """``word`` with every character written three times: the form of the name index
    (:data:`app.pg_schema.NAME_EXPR`), in which 1–2 character words have trigrams too."""
    return "".join(ch * 3 for ch in word)


def _pg_name_sql(norm: str, word: str, alias: str = "") -> tuple[str, list[Any]]:
    """``norm`` in the normalised name or ``word`` in the short name, through the trigram
    index of the tripled name (every length: ``电`` is ``电电电`` there); the exact test
    follows the index condition."""
    from app.pg_schema import NAME_EXPR

    expr = NAME_EXPR.replace("name_norm", f"{alias}name_norm").replace(
        "short_name", f"{alias}short_name"
    )
    exact = f"(strpos({alias}name_norm, ?) > 0 OR strpos(coalesce({alias}short_name, ''), ?) > 0)"
    if norm == word:
        return f"{expr} LIKE ? AND {exact}", [_like_pattern(triple(word)), norm, word]
    return f"({expr} LIKE ? OR {expr} LIKE ?) AND {exact}", [
        _like_pattern(triple(norm)),
        _like_pattern(triple(word)),
        norm,
        word,
    ]


def _search_pg_text(
    db: Database, text: str, words: list[str], filt: _Filters, limit: int, add
) -> None:
    """:func:`_search_fts` on PostgreSQL: the trigram index finds the firms, and a weighted
    count of the columns that hold the words (names first, as the bm25 weights) ranks them."""
    long_words = [w for w in words if len(w) >= MIN_FTS_CHARS]
    short_words = [w for w in words if len(w) < MIN_FTS_CHARS]
    _exact_and_prefix(db, text, filt, add)
    where, params = _pg_text_sql(long_words, alias="f.")
    rank_parts: list[str] = []
    rank_params: list[Any] = []
    for w in long_words:
        for column, weight in zip(SEARCH_TEXT, BM25_WEIGHTS, strict=True):
            rank_parts.append(f"(CASE WHEN f.{column} LIKE ? THEN {weight} ELSE 0 END)")
            rank_params.append(_like_pattern(w))
    sql = (
        f"SELECT f.id, f.name, f.short_name, -({' + '.join(rank_parts)}) FROM firms f WHERE {where}"
    )
    all_params: list[Any] = [*rank_params, *params]
    for sw in short_words:  # 1–2 character words: anywhere in the indexed columns
        sql += " AND " + " || ".join(f"coalesce(f.{c}, '')" for c in SEARCH_TEXT) + " LIKE ?"
        all_params.append(_like_pattern(sw))
    rows = _run(db, sql, tuple(all_params), filt, max(CANDIDATES, limit))
    _add_text_hits(rows, text, words, add)


def spoken_query(text: str) -> tuple[list[str], str] | None:
    """(places, core) of a name typed the way staff say it (``深圳汇川``, ``汇川技术有限公司``,
    ``东莞市某某精密``), or None when the query is no such form (then the plain name search says
    all). Places are ``app.parsing.PLACES`` and any ``…市/省/区/县`` at the start; the core is
    what is left without the legal form (``app.parsing.name_parts``)."""
    key = normalise_name(clean_query(text))
    if not key or " " in clean_query(text):
        return None
    known = sorted(PLACES, key=len, reverse=True)
    places: list[str] = []
    rest = key
    while True:
        hit = next((p for p in known if rest.startswith(p)), None)
        if hit is not None and len(rest) - len(hit) >= 2:
            places.append(hit)
            rest = rest[len(hit) :]
            rest = rest[1:] if rest[:1] in ("省", "市", "区", "县") and len(rest) > 3 else rest
            continue
        spoken, core = name_parts(rest + "有限公司")  # a typed place with its 市/省/区/县
        if spoken:
            places.extend(spoken)
            # a place alone (番禺区): its core is what is left of the legal form appended
            # above (有限), which every firm's name holds, not a word that was typed
            rest = core if core in rest else ""
            continue
        break
    core = strip_legal_form(rest)
    if len(core) < 2 or (not places and core == key):
        return None
    return places, core


_SPOKEN_SQL = "(instr(name_norm, ?) > 0 OR instr(coalesce(short_name, ''), ?) > 0)"
_PLACE_SQL = (
    "(instr(name_norm, ?) > 0 OR instr(coalesce(city, ''), ?) > 0"
    " OR instr(coalesce(province, ''), ?) > 0 OR instr(coalesce(district, ''), ?) > 0)"
)


def _spoken_sql(places: list[str], core: str, *, pg: bool = False) -> tuple[str, list[Any]]:
    """Firms whose name or short name holds ``core`` and that are in the last place (by name or
    by city/province/district): a superset of what :func:`_search_spoken` ranks."""
    # The most specific place typed (东莞 in 广东东莞勤上) must match; a province before it
    # is often missing from the data.
    where, params = _SPOKEN_SQL, [core, core]
    if pg:  # the core through the name indexes (a condition on the index expression)
        where, params = _pg_name_sql(core, core)
    if places:
        where += " AND " + _PLACE_SQL
        params += [places[-1]] * 4
    return f"id IN (SELECT id FROM firms WHERE {where})", params


def _search_spoken(db: Database, text: str, filt: _Filters, add) -> None:
    """Names as staff say them: without 市/省/区, without the legal form, a short name plus a
    place. A firm matches when its core (the name without places and legal form) or its short
    name contains the typed core and the last typed place is in its name or its city/province/
    district; the core's start and the shortest core first."""
    parsed = spoken_query(text)
    if parsed is None:
        return
    places, core = parsed
    where, params = _spoken_sql(places, core, pg=db.is_postgres)
    rows = _run(
        db,
        "SELECT f.id, f.name, f.short_name, f.city, f.province, f.district FROM firms f "
        f"WHERE f.{where}",
        tuple(params),
        filt,
        CANDIDATES * 5,
    )
    for fid, name, short, city, province, district in rows:
        firm_places, firm_core = name_parts(name)
        have = {*firm_places, *(place_key(p) for p in (city, province, district) if p)}
        if places and not any(h.startswith(places[-1]) for h in have):
            continue
        short = normalise_name(short or "")
        if firm_core.startswith(core) or short.startswith(core):
            rank = 0
        elif core in firm_core or core in short:
            rank = 1
        else:
            continue  # the core is only inside a place name
        add(fid, "spoken", (rank, len(firm_core), len(name)))


def _search_names(
    db: Database, text: str, words: list[str], filt: _Filters, limit: int, add
) -> None:
    """Queries whose words are all 1–2 characters: names and short names only.

    Without a warmed name index the covering index is scanned until twice ``limit`` matches
    are found (a bounded scan: a rare word reads the whole index, a common one a sliver).
    """
    index = current_name_index(db)
    if index is not None:
        _search_name_index(db, index, text, words, filt, add)
        return
    _exact_and_prefix(db, text, filt, add)
    if db.is_postgres:  # the trigram index of the tripled names (app.pg_schema)
        found = [_pg_name_sql(normalise_name(w) or w, w, alias="f.") for w in words]
        conds = " AND ".join(sql for sql, _ in found)
        params = tuple(x for _, more in found for x in more)
    else:
        # Scan the covering (name_norm, short_name) index, never the wide firms table.
        conds = " AND ".join(
            "(instr(f.name_norm, ?) > 0 OR instr(coalesce(f.short_name, ''), ?) > 0)" for _ in words
        )
        params = tuple(x for w in words for x in (normalise_name(w) or w, w))
    rows = _run(
        db,
        f"SELECT f.id, f.name_norm, f.short_name FROM firms f WHERE {conds}",
        params,
        filt,
        max(2 * limit, 100),
    )
    key = normalise_name(text)
    for fid, name, short in rows:
        if short == text or name == key:
            add(fid, "exact")
        elif name.startswith(key) or (short or "").startswith(text):
            add(fid, "prefix", (len(name),))
        else:
            add(fid, "name", (len(name),))


def _search_name_index(
    db: Database, index: NameIndex, text: str, words: list[str], filt: _Filters, add
) -> None:
    norm_words = [normalise_name(w) or w for w in words]
    key = normalise_name(text) or text
    # Scan for the longest word; with filters, rank more candidates (some are filtered out).
    cap = CANDIDATES * (10 if filt.where else 1)
    longest = max(norm_words, key=len)
    found = index.find(longest, cap)
    if longest != max(words, key=len):  # a word the normalisation changed (e.g. Latin case)
        for kind, more in index.find(max(words, key=len), cap).items():
            found[kind] += more
    for kind in ("exact", "prefix", "name"):
        ids_ = found[kind]
        # Check each candidate against the database: the filters and every word.
        for start in range(0, len(ids_), 500):
            chunk = ids_[start : start + 500]
            sql = (
                "SELECT f.id, f.name_norm, f.short_name FROM firms f "
                f"WHERE f.id IN ({', '.join('?' * len(chunk))})"
            )
            for fid, name, short in _run(db, sql, tuple(chunk), filt, len(chunk)):
                short = short or ""
                if not all(n in name or w in short for w, n in zip(words, norm_words, strict=True)):
                    continue
                if name == key or short == text:
                    add(fid, "exact")
                elif name.startswith(key) or short.startswith(text):
                    add(fid, "prefix", (len(name),))
                else:
                    add(fid, "name", (len(name),))


def _rows(db: Database, hits: list[_Hit]) -> list[dict[str, Any]]:
    if not hits:
        return []
    placeholders = ", ".join("?" * len(hits))
    by_id = {
        r["id"]: r
        for r in db.execute(f"{_SELECT} WHERE f.id IN ({placeholders})", [h.id for h in hits])
    }
    out = []
    for h in hits:
        r = by_id.get(h.id)
        if r is None:
            continue
        item = {c: r[c] for c in RESULT_COLUMNS}
        item["direction"] = item["direction"] or ""
        item["segment"] = item["segment"] or ""
        item["match"] = h.match
        out.append(item)
    return out
