"""Firms: counts, places, one firm's row, and the filtered, sorted lists of the firm tables.

The firm tables of the desktop app (企业库, 推荐, a catalog segment's candidates) page through a
million firms without holding a copy: :class:`FirmQuery` counts a :class:`FirmFilter`, reads
pages of ids in a sort order and the rows of given ids. Whether a page can be read by walking
an index (no sort of the whole filtered set for every page) is known here, from
:data:`SORT_KEYS` — each sort key with the index that yields its order — and from
:data:`WALKABLE_WITH` — which of those indexes each kind of filter condition lets SQLite walk.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from app.db import Database
    from app.search import Clause
    from catalog.model import Catalog

# app.search (and the catalog store it reads directions from) is imported where a list is
# built, not here: the desktop app's first paint needs the counts of this module only.


class Cancel(Protocol):
    def check(self) -> None: ...


# -- one firm --------------------------------------------------------------------------------
@dataclass(frozen=True)
class FirmHeader:
    """What a panel shows above a firm's details."""

    id: int
    name: str
    short_name: str | None
    city: str | None
    district: str | None


def header(db: Database, firm_id: int) -> FirmHeader | None:
    row = db.execute(
        "SELECT id, name, short_name, city, district FROM firms WHERE id = ?", (int(firm_id),)
    ).fetchone()
    return None if row is None else FirmHeader(*tuple(row))


def ranked_row(db: Database, firm_id: int) -> dict[str, Any] | None:
    """Every field of a firm with its stored score (scores live in their own table)."""
    row = db.execute("SELECT * FROM ranked WHERE id = ?", (int(firm_id),)).fetchone()
    return None if row is None else dict(row)


def rows(db: Database, columns: Sequence[str], ids: Sequence[int]) -> list[dict[str, Any]]:
    """``columns`` of the firms ``ids`` (in no particular order), each row a dict with ``id``."""
    from app import search

    cols = list(dict.fromkeys(["id", *columns]))
    unknown = set(cols) - search.RELATION_COLUMNS["ranked"]
    if unknown:
        raise ValueError(f"unknown firm columns {sorted(unknown)}")
    if not ids:
        return []
    rel = search.relation(cols)
    marks = ",".join("?" * len(ids))
    cur = db.execute(f"SELECT {', '.join(cols)} FROM {rel} WHERE id IN ({marks})", tuple(ids))
    return [dict(zip(cols, rec, strict=True)) for rec in cur]


# -- counts and places -------------------------------------------------------------------------
def count(db: Database) -> int:
    """How many firms the database holds."""
    return int(db.scalar("SELECT COUNT(*) FROM firms") or 0)


def count_by_city(db: Database) -> dict[str | None, int]:
    """Firms per city (None and '' as they are stored), most first."""
    return {
        r[0]: int(r[1])
        for r in db.query("SELECT city, COUNT(*) FROM firms GROUP BY city ORDER BY COUNT(*) DESC")
    }


def cities(db: Database) -> list[tuple[str, int]]:
    """(city, firms) of every named city, most firms first."""
    return [(c, n) for c, n in count_by_city(db).items() if c]


def districts(db: Database, city: str) -> list[str]:
    """The districts named for a city's firms, sorted."""
    return [
        r[0]
        for r in db.query(
            "SELECT DISTINCT district FROM firms WHERE city = ? AND district IS NOT NULL "
            "AND district != '' ORDER BY district",
            (city,),
        )
    ]


def classified_count(db: Database) -> int:
    """Firms with a direction of the catalog (by the classifier or by staff)."""
    return int(
        db.scalar("SELECT COUNT(*) FROM firms WHERE direction IS NOT NULL AND direction != ''") or 0
    )


def confirmed_count(db: Database) -> int:
    """Firms whose direction staff confirmed or corrected."""
    return int(db.scalar("SELECT COUNT(*) FROM firms WHERE direction_confirmed = 1") or 0)


# -- filtered, sorted lists ----------------------------------------------------------------------
@dataclass(frozen=True)
class FirmFilter:
    """Which firms a list shows. Text matches like :func:`app.search.search`."""

    text: str = ""
    city: str | None = None
    district: str | None = None
    direction: str | None = None  # None: any; "": none
    segment: str | None = None
    min_score: float | None = None
    confirmed: bool | None = None
    min_confidence: float | None = None  # 0–1
    scored_only: bool = False  # only firms with a score (the candidates)
    catalog_only: bool = False  # only firms in a catalog direction
    on_list: str | None = None  # only firms on this list (#16; app.targeting.flags.ANY: any)

    def clause(self, cat: Catalog | None = None, engine: str = "sqlite") -> Clause:
        """The filter as SQL (:func:`app.search.firm_clause`); directions are checked against
        ``cat``, the catalog in force."""
        from app import search

        c = self._clause(cat, engine)
        if not self.on_list:
            return c
        from app.targeting import flags

        sql, params = flags.filter_clause(self.on_list)  # on ``id``, which every relation has
        return search.Clause(f"({c.sql}) AND {sql}", (*c.params, *params), c.columns | {"id"})

    def _clause(self, cat: Catalog | None, engine: str = "sqlite") -> Clause:
        from app import search

        return search.firm_clause(
            self.text,
            city=self.city,
            district=self.district,
            direction=self.direction,
            segment=self.segment,
            min_score=self.min_score,
            confirmed=self.confirmed,
            min_confidence=self.min_confidence,
            scored=self.scored_only,
            in_catalog=self.catalog_only,
            cat=cat,
            engine=engine,
        )

    def conditions(self) -> list[str]:
        """The kinds of condition this filter sets (keys of :data:`WALKABLE_WITH`)."""
        out = [
            name
            for name in WALKABLE_WITH
            if getattr(self, name, None) not in (None, "") and getattr(self, name) is not False
        ]
        if self.direction == "":
            out.append("no_direction")
        return out


# Which sort indexes SQLite still walks (reading pages in order, no sort) when a filter sets
# a condition. A condition served by its own index (a city filter) is walked only in that
# index's order; text matches are a list of ids, then sorted; outside the catalog (direction
# NULL or '') is two index searches ORed, then sorted; an equality on a firm column without
# an index (confirmed) makes SQLite drive a join from ``firms``, so the score index is not
# walked. A condition not listed (scored_only, catalog_only, min_confidence) is checked on the
# rows a walk passes, whatever the index. tests/test_store.py compares this with SQLite's
# plans for every filter kind and sort key.
FIRM_INDEXES = frozenset({"firms_name_norm", "firms_city", "firms_direction", "firms_stock"})
WALKABLE_WITH: dict[str, frozenset[str]] = {
    "text": frozenset(),
    "city": frozenset({"firms_city"}),
    "district": frozenset({"firms_city"}),
    "direction": frozenset({"firms_direction"}),
    "no_direction": frozenset(),
    "segment": frozenset({"firms_direction"}),
    "min_score": frozenset({"scores_score"}),
    "confirmed": FIRM_INDEXES,
}


@dataclass(frozen=True)
class SortKey:
    """One order of a firm list, and the index that yields it without a sort."""

    terms: tuple[str, ...]  # ORDER BY expressions, ascending
    index: str | None = None  # the index whose order the terms are; None: always sorted
    index_desc: bool = False  # the index runs its key descending (score)
    # The last ORDER BY term: the rowid of the table the index belongs to (``firm_id`` for
    # the columns of ``scores``), so that walking the index needs no sort.
    tiebreak: str = "id"

    def order_by(self, descending: bool, engine: str = "sqlite") -> str:
        """ORDER BY terms that let SQLite walk the index in one direction.

        Index entries end with the rowid ascending; a descending index (score) runs its key
        descending and rowid ascending, so the tie-breaker must follow the scan. PostgreSQL
        sorts NULL above every value, SQLite below: there the NULLs are placed as SQLite
        places them (firms without a score last when sorted by score, best first).
        """
        key_dir = "DESC" if descending else "ASC"
        id_dir = ("ASC" if descending else "DESC") if self.index_desc else key_dir
        if engine == "postgresql":
            key_dir += " NULLS LAST" if descending else " NULLS FIRST"
        return ", ".join([*(f"{e} {key_dir}" for e in self.terms), f"{self.tiebreak} {id_dir}"])

    @property
    def columns(self) -> frozenset[str]:
        return frozenset([*self.terms, self.tiebreak])


_S = SortKey
SORT_KEYS: dict[str, SortKey] = {
    # The name index holds the short name after the name: ties broken by it, the index is
    # the order (ORDER BY name_norm, id alone would sort every tie group).
    "name": _S(("name_norm", "short_name"), "firms_name_norm"),
    "city": _S(("city", "district"), "firms_city"),
    "district": _S(("district",)),
    "direction": _S(("direction", "segment"), "firms_direction"),
    "segment": _S(("direction", "segment"), "firms_direction"),
    "confidence": _S(("confidence",)),
    "score": _S(("score",), "scores_score", index_desc=True, tiebreak="firm_id"),
    "gap_fit": _S(("gap_fit",), tiebreak="firm_id"),
    "capability": _S(("capability",), tiebreak="firm_id"),
    "propensity": _S(("propensity",), tiebreak="firm_id"),
    "registered_capital": _S(("registered_capital",)),
    "employees": _S(("employees",)),
    "revenue": _S(("revenue",)),
    "founded": _S(("founded",)),
    "stock_code": _S(("stock_code",), "firms_stock"),
}


class FirmQuery:
    """The firms of one filter in one order; runs on whatever connection it is given.

    ``flt`` None is the empty list (nothing selected). The filter becomes SQL on first use,
    with the catalog in force of the database it runs on (a direction may have been added).
    """

    def __init__(self, flt: FirmFilter | None, sort: str, descending: bool):
        self.filter = flt
        self.sort = SORT_KEYS[sort]
        self.descending = descending
        self.order = self.sort.order_by(descending)  # SQLite's; _order() gives the engine's
        self._clause: Clause | None = None

    def clause(self, db: Database) -> Clause:
        if self._clause is None:
            from app import catalog_store

            assert self.filter is not None
            cat = catalog_store.current(db) if self.filter.direction else None
            self._clause = self.filter.clause(cat, db.dialect.name)
        return self._clause

    def _order(self, db: Database) -> str:
        return self.sort.order_by(self.descending, db.dialect.name)

    def _relation(self, db: Database) -> str:
        from app import search

        return search.relation(self.clause(db).columns | self.sort.columns | {"id"})

    def count(self, db: Database) -> int:
        if self.filter is None:
            return 0
        from app import search

        return search.count(db, self.clause(db))

    def walks_index(self) -> bool:
        """Can a page be read by walking the sort's index (no sort of the whole filtered set)?

        Only when the sort has an index (:data:`SORT_KEYS`) and every condition of the filter
        lets that index be walked (:data:`WALKABLE_WITH`).
        """
        if self.sort.index is None or self.filter is None:
            return False
        return all(self.sort.index in WALKABLE_WITH[c] for c in self.filter.conditions())

    def id_page(self, db: Database, offset: int, limit: int) -> array:
        if self.filter is None:
            return array("q")
        c = self.clause(db)
        cur = db.execute(
            f"SELECT id FROM {self._relation(db)} WHERE {c.sql} ORDER BY {self._order(db)} "
            "LIMIT ? OFFSET ?",
            (*c.params, limit, offset),
        )
        return array("q", (r[0] for r in cur))

    def all_ids(self, db: Database, cancel: Cancel | None = None) -> array:
        out = array("q")
        if self.filter is None:
            return out
        c = self.clause(db)
        cur = db.execute(
            f"SELECT id FROM {self._relation(db)} WHERE {c.sql} ORDER BY {self._order(db)}",
            c.params,
        )
        while True:
            chunk = cur.fetchmany(20000)
            if not chunk:
                return out
            out.extend(r[0] for r in chunk)
            if cancel is not None:
                cancel.check()


def global_ranks(db: Database, base: FirmFilter, ids: Iterable[int]) -> dict[int, int]:
    """Each firm's rank by score among the firms of ``base`` (the whole list), for a searched
    or filtered view: within a search, 排名 stays the firm's place among all candidates."""
    ids = list(ids)
    if not ids:
        return {}
    c = base.clause()
    marks = ",".join("?" * len(ids))
    sql = (
        "SELECT o.id, (SELECT COUNT(*) FROM ranked WHERE "
        f"({c.sql}) AND score > o.score) + 1 FROM ranked AS o "
        f"WHERE o.id IN ({marks}) AND o.score IS NOT NULL"
    )
    return {int(fid): int(rank) for fid, rank in db.execute(sql, (*c.params, *ids))}
