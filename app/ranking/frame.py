"""The scoring inputs of many firms as numpy arrays, and the scores computed from them.

The bulk of a rescore is moving a million rows between SQLite and numpy, so the SELECT
hands back numbers only: the catalog codes and the places are looked up in small temporary
tables and arrive as small integers, the yes/no/unknown facts as one bit field. The formulas
themselves are in :mod:`scoring`.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from app import fx
from app.targeting import hooks
from scoring import capability as cap
from scoring import gaps as gapmod
from scoring import propensity as prop
from scoring import ranking as rk
from scoring.gaps import Gap

if TYPE_CHECKING:
    from app.db import Database
    from catalog.model import Catalog

# A firm "is listed" when it has a stock code, or its listing field says anything but no
# (NULL when neither is known).
_NOT_LISTED = ("否", "无", "未上市", "非上市", "不上市", "no", "none", "0")
_LISTED_SQL = (
    "CASE WHEN COALESCE(f.stock_code, '') != '' THEN 1 "
    "WHEN f.listing IS NULL OR trim(f.listing) = '' THEN NULL "
    f"WHEN lower(trim(f.listing)) IN ({', '.join(repr(s) for s in _NOT_LISTED)}) THEN 0 ELSE 1 END"
)
# A firm "makes things" when its industry or main business says so (the plan targets the
# manufacturing arms of Shenzhen and Guangzhou firms).
_MANUFACTURING_SQL = (
    "(instr(COALESCE(f.industry, ''), '制造') > 0 "
    "OR instr(COALESCE(f.main_business, ''), '制造') > 0 "
    "OR instr(COALESCE(f.main_business, ''), '生产') > 0 "
    "OR instr(COALESCE(f.main_business, ''), '加工') > 0)"
)


_FLAGS_SQL = (
    "COALESCE(f.direction_confirmed, 0) + 2 * COALESCE((f.high_tech > 0) + 1, 0) "
    f"+ 8 * COALESCE(({_LISTED_SQL}) + 1, 0) + 32 * {_MANUFACTURING_SQL}"
)
_FACTS = (
    "confidence",
    "segment_confidence",
    "registered_capital",
    "employees",
    "revenue",
    "revenue_growth",
    "rd_ratio",
    "patents",
)
OUTPUTS = ("score", "gap_fit", "capability", "propensity")
# Foreign-currency capital in 万元人民币 at the database's rate table (app.fx; a currency
# missing from the table is unknown capital, never read as 人民币).
_FACT_SQL = {
    "registered_capital": "f.registered_capital * (CASE WHEN f.currency IS NULL "
    "OR f.currency IN ('CNY', 'RMB') THEN 1.0 "
    "ELSE (SELECT x.rate FROM temp.rank_fx AS x WHERE x.code = f.currency) END)"
}
_NULL = -1e308  # stands for NULL in the frame SELECT (no fact or score takes this value)
_FRAME_COLUMNS = (
    "d.idx",
    "s.idx",
    "p.idx",
    f"({_FLAGS_SQL})",
    *(_FACT_SQL.get(c, f"f.{c}") for c in _FACTS),
    *(f"sc.{c}" for c in OUTPUTS),
)
_FRAME_SELECT = (
    "SELECT f.id, "
    + ", ".join(f"COALESCE({c}, {_NULL})" for c in _FRAME_COLUMNS)
    + " FROM firms AS f "
    "LEFT JOIN scores AS sc ON sc.firm_id = f.id "
    "LEFT JOIN temp.rank_codes AS d ON d.code = f.direction "
    "LEFT JOIN temp.rank_codes AS s ON s.code = f.segment "
    "LEFT JOIN temp.rank_places AS p ON p.city IS f.city AND p.district IS f.district"
)


@dataclass
class Frame:
    """The scoring inputs (and the stored outputs) of the selected firms, as arrays."""

    ids: np.ndarray  # int64
    direction: np.ndarray  # index into ``codes`` or -1
    segment: np.ndarray  # index into ``codes`` or -1
    place: np.ndarray  # index into ``places``
    confirmed: np.ndarray  # 0/1
    high_tech: np.ndarray  # 0/1/NaN
    listed: np.ndarray  # 0/1/NaN
    manufacturing: np.ndarray  # 0/1
    facts: dict[str, np.ndarray]
    old: dict[str, np.ndarray]
    codes: list[str]
    places: list[tuple[str | None, str | None]]
    targeting: hooks.Context | None = None  # flags, signals, regions, strategy (app.targeting)


def _lookup_tables(
    db: Database, cat: Catalog, where: str = "", params: Any = ()
) -> tuple[list[str], list[tuple[Any, Any]]]:
    """(Re)fill the temporary code and place tables the frame SELECT joins."""
    codes = [d.code for d in cat.directions] + [s.code for s in cat.segments()]
    places = [
        (r[0], r[1])
        for r in db.execute(f"SELECT DISTINCT f.city, f.district FROM firms AS f {where}", params)
    ]
    db.execute(
        "CREATE TEMP TABLE IF NOT EXISTS rank_codes (code TEXT PRIMARY KEY, idx INTEGER) "
        "WITHOUT ROWID"
    )
    db.execute(
        # UNIQUE, not PRIMARY KEY: a firm may have no district (NULL), which only SQLite
        # allows in a key; the index is the same
        "CREATE TEMP TABLE IF NOT EXISTS rank_places (city TEXT, district TEXT, idx INTEGER, "
        "UNIQUE (city, district))"
    )
    db.execute(
        "CREATE TEMP TABLE IF NOT EXISTS rank_fx (code TEXT PRIMARY KEY, rate REAL) WITHOUT ROWID"
    )
    db.execute("DELETE FROM temp.rank_codes")
    db.execute("DELETE FROM temp.rank_places")
    db.execute("DELETE FROM temp.rank_fx")
    db.conn.executemany(
        "INSERT INTO temp.rank_fx VALUES (?, ?)", sorted(fx.get_rates(db).rates.items())
    )
    db.conn.executemany(
        "INSERT INTO temp.rank_codes VALUES (?, ?)", [(c, i) for i, c in enumerate(codes)]
    )
    db.conn.executemany(
        "INSERT INTO temp.rank_places VALUES (?, ?, ?)",
        [(c, d, i) for i, (c, d) in enumerate(places)],
    )
    return codes, places


def load(db: Database, cat: Catalog, where: str = "", params: Any = ()) -> Frame:
    """One SELECT of the selected firms (``where`` filters on ``f``), as a :class:`Frame`."""
    codes, places = _lookup_tables(db, cat, where, params)
    rows = db.conn.execute(f"{_FRAME_SELECT} {where}", params).fetchall()
    width = 5 + len(_FACTS) + len(OUTPUTS)
    # NULLs arrive as the sentinel, so that every value is a number and numpy can take the
    # flat stream in one pass (three times faster than np.array over a list of tuples).
    flat = np.fromiter(itertools.chain.from_iterable(rows), dtype=float, count=len(rows) * width)
    del rows
    a = flat.reshape(-1, width)
    a[a <= _NULL / 10] = np.nan

    def idx(col: np.ndarray) -> np.ndarray:
        return np.where(np.isnan(col), -1, col).astype(np.int64)

    flags = a[:, 4].astype(np.int64)

    def tri(code: np.ndarray) -> np.ndarray:  # 0 unknown, 1 no, 2 yes → NaN / 0 / 1
        return np.where(code == 0, np.nan, code - 1.0)

    frame = Frame(
        ids=a[:, 0].astype(np.int64),
        direction=idx(a[:, 1]),
        segment=idx(a[:, 2]),
        place=idx(a[:, 3]),
        confirmed=(flags & 1).astype(float),
        high_tech=tri((flags >> 1) & 3),
        listed=tri((flags >> 3) & 3),
        manufacturing=((flags >> 5) & 1).astype(float),
        facts={c: a[:, 5 + i] for i, c in enumerate(_FACTS)},
        old={c: a[:, 5 + len(_FACTS) + i] for i, c in enumerate(OUTPUTS)},
        codes=codes,
        places=places,
    )
    frame.targeting = hooks.load(db, frame.ids)
    return frame


@dataclass
class Result:
    ids: np.ndarray
    candidate: np.ndarray
    probability: np.ndarray
    gap: np.ndarray
    gap_fit: np.ndarray
    capability: cap.Capability
    cap_eff: np.ndarray
    X: np.ndarray
    propensity: np.ndarray
    score: np.ndarray


def compute(
    f: Frame,
    gaps: list[Gap],
    cat: Catalog,
    model: prop.PropensityModel | None,
    weights: rk.Weights,
) -> Result:
    """All scores for the loaded firms, vectorised (the formulas are in ``scoring``)."""
    gaps = hooks.strategy_gaps(f.targeting, gaps, cat)
    seg_gap = {g.segment: g.gap for g in gaps}
    # Per code: a segment's gap, or a direction's mean gap (for firms without a segment).
    code_gap = np.array([seg_gap.get(c, gapmod.direction_gap(gaps, c)) for c in f.codes] + [np.nan])
    directions = [cat.direction(c) for c in f.codes]
    code_key = np.array([float(d is not None and d.key) for d in directions] + [0.0])
    probability = rk.segment_probability(
        f.facts["confidence"], f.facts["segment_confidence"], f.confirmed
    )
    seg_gap_arr = code_gap[f.segment]  # index -1 → the trailing NaN
    dir_gap_arr = code_gap[f.direction]
    gap = np.where(np.isnan(seg_gap_arr), np.nan_to_num(dir_gap_arr, nan=0.0), seg_gap_arr)
    fit = rk.gap_fit(gap, probability)
    c = cap.compute(
        revenue=f.facts["revenue"],
        employees=f.facts["employees"],
        capital=f.facts["registered_capital"],
        growth=f.facts["revenue_growth"],
        rd=f.facts["rd_ratio"],
        patents=f.facts["patents"],
        listed=f.listed,
        high_tech=f.high_tech,
    )
    c = hooks.with_flags(c, f.targeting)
    cities = np.array([c_ for c_, _ in f.places] + [None], dtype=object)
    districts = np.array([d_ for _, d_ in f.places] + [None], dtype=object)
    place_land, place_prox = prop.place_arrays(cities, districts)
    place_candidate = hooks.candidate_mask(f.targeting, cities)
    X = prop.features(
        factors=c.factors,
        manufacturing=f.manufacturing,
        land=place_land[f.place],
        proximity=place_prox[f.place],
        key=code_key[f.direction],
        gap_fit=fit,
    )
    p = hooks.with_signals(prop.predict(model, X), f.targeting)
    candidate = place_candidate[f.place]
    eff = c.effective
    s = rk.score(fit, eff, p, weights, candidate)
    return Result(
        ids=f.ids,
        candidate=candidate,
        probability=probability,
        gap=gap,
        gap_fit=fit,
        capability=c,
        cap_eff=eff,
        X=X,
        propensity=p,
        score=s,
    )
