"""The few calls the ranking makes into app.targeting (app.ranking's frame and staleness).

``load`` reads, for the firms being scored, their best flag value and their signals' boost,
the candidate regions and the strategy in force; the other functions fold them into the
score's parts, each by the rule documented in its module:

- ``strategy_gaps``: the segment values of the strategy (strategies.py);
- ``with_flags``: a flag as one more known capability fact (flags.py);
- ``candidate_mask``: candidates by the database's regions (regions.py);
- ``with_signals``: propensity raised by recent signals (signals.py);
- ``state``: what of all this the stored scores depend on (a change recomputes them).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import numpy as np

from app.targeting import flags, regions, signals, strategies
from scoring import capability as cap

if TYPE_CHECKING:
    from app.db import Database
    from catalog.model import Catalog
    from scoring.gaps import Gap


@dataclass
class Context:
    regions: list[str]
    strategy: str
    flag_value: np.ndarray  # per firm of the frame: its best list's value, NaN without one
    boost: np.ndarray  # per firm: 1 − Π(1 − signal weight), 0 without signals


def _aligned(ids: np.ndarray, values: dict[int, float], fill: float) -> np.ndarray:
    out = np.full(len(ids), fill, dtype=float)
    if values and len(ids):
        import pandas as pd

        keys = np.fromiter(values.keys(), dtype=np.int64, count=len(values))
        vals = np.fromiter(values.values(), dtype=float, count=len(values))
        pos = pd.Index(ids).get_indexer(keys)
        hit = pos >= 0
        out[pos[hit]] = vals[hit]
    return out


def load(db: Database, ids: np.ndarray) -> Context:
    """The targeting inputs of the firms ``ids`` (one pass over the small tables)."""
    return Context(
        regions=regions.get(db),
        strategy=strategies.current(db),
        flag_value=_aligned(ids, flags.values(db), np.nan),
        boost=_aligned(ids, signals.boosts(db), 0.0),
    )


def strategy_gaps(ctx: Context | None, gaps: list[Gap], cat: Catalog) -> list[Gap]:
    """The gaps as the strategy in force values the segments (补链: the gaps themselves)."""
    if ctx is None:
        return gaps
    return strategies.apply(ctx.strategy, gaps, cat)


def with_flags(c: cap.Capability, ctx: Context | None) -> cap.Capability:
    """Capability with each flagged firm's flag as one more known fact of weight FLAG_WEIGHT."""
    if ctx is None or not np.any(~np.isnan(ctx.flag_value)):
        return c
    total = sum(cap.WEIGHTS.values())
    known = c.confidence * total
    num = np.where(np.isnan(c.score), 0.0, c.score) * known
    flagged = ~np.isnan(ctx.flag_value)
    fw = flags.FLAG_WEIGHT
    new_known = known + fw
    score = np.where(flagged, (num + fw * np.nan_to_num(ctx.flag_value)) / new_known, c.score)
    conf = np.where(flagged, new_known / (total + fw), c.confidence)
    return cap.Capability(score=score, confidence=conf, factors=c.factors)


def candidate_mask(ctx: Context | None, cities: np.ndarray) -> np.ndarray:
    """Which places' firms are candidates (the database's regions; the catalog's cities when
    no context is given)."""
    return regions.candidate_mask(cities, ctx.regions if ctx else regions.default_regions())


def with_signals(p: np.ndarray, ctx: Context | None) -> np.ndarray:
    """Propensity raised by each firm's signals."""
    if ctx is None or not np.any(ctx.boost > 0):
        return p
    return np.asarray(signals.apply(np.asarray(p, dtype=float), ctx.boost), dtype=float)


def state(db: Database) -> dict[str, Any]:
    """What the stored scores take from app.targeting; any change means a recompute."""
    f = db.execute("SELECT COUNT(*), MAX(id) FROM firm_flags").fetchone()
    s = db.execute("SELECT COUNT(*), MAX(id) FROM firm_signals").fetchone()
    return {
        "regions": regions.get(db),
        "strategy": strategies.current(db),
        "flags": [f[0], f[1]],
        # Signals fade day by day: with any on record, the scores are a day's.
        "signals": [s[0], s[1], date.today().isoformat() if s[0] else ""],
    }
