"""The gaps of the catalog in force, from what the database knows of Dongguan firms."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app import catalog_store, fx
from app.targeting import regions
from scoring import gaps as gapmod
from scoring.gaps import Evidence, Gap

if TYPE_CHECKING:
    from app.db import Database
    from catalog.model import Catalog

_P_SEGMENT_SQL = "COALESCE(confidence, 0) * COALESCE(segment_confidence, 1)"


def local_evidence(db: Database) -> tuple[dict[str, Evidence], int]:
    """Per segment, what the database holds about Dongguan firms; and how many are classified.

    One pass over the Dongguan rows (they are spread over the whole table, so every pass
    costs a read of their pages); counting and ranking the examples happen in Python.
    """
    rows = db.execute(
        "SELECT id, segment, name, employees, revenue, registered_capital, currency, "
        f"COALESCE(segment, '') != '' AND (direction_confirmed = 1 OR {_P_SEGMENT_SQL} "
        f">= {gapmod.MIN_EVIDENCE_CONFIDENCE}), "
        "direction_confirmed = 1 OR classified_at IS NOT NULL "
        "FROM firms WHERE city = ?",
        (regions.local_city(),),
    ).fetchall()
    acc: dict[str, list[Any]] = {}  # segment -> [firms, large, employees, revenue, [(key, name)]]
    classified = 0
    rates = fx.get_rates(db)
    for fid, seg, name, emp, rev, capital, currency, counts, is_classified in rows:
        classified += bool(is_classified)
        capital = rates.to_cny(capital, currency)
        if not counts:
            continue
        a = acc.setdefault(seg, [0, 0, 0.0, 0.0, []])
        a[0] += 1
        a[1] += gapmod.is_large(emp, rev, capital)
        a[2] += emp or 0
        a[3] += rev or 0
        a[4].append((-(rev or 0), -(emp or 0), fid, name))
    ev = {
        seg: Evidence(
            firms=a[0],
            large_firms=a[1],
            employees=float(a[2]),
            revenue=float(a[3]),
            examples=tuple(x[3] for x in sorted(a[4])[:3]),
        )
        for seg, a in acc.items()
    }
    return ev, classified


def compute_gaps(db: Database, cat: Catalog | None = None) -> list[Gap]:
    """Every segment's gap (catalog in force + Dongguan evidence), largest first."""
    cat = cat or catalog_store.current(db)
    ev, total = local_evidence(db)
    return gapmod.compute(cat, ev, local_total=total)
