"""Classifications and scores: how many candidates, per segment, and who confirmed a call."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.store.firms import FirmFilter, FirmQuery

if TYPE_CHECKING:
    from app.db import Database

# What 推荐 lists by default: scored firms in a catalog direction (banks and developers are
# scored too, but fill no gap). The dashboard's 候选企业 tile counts the same.
CANDIDATES = FirmFilter(scored_only=True, catalog_only=True)


def scored_count(db: Database) -> int:
    """Firms with a score (in the catalog or not)."""
    return int(db.scalar("SELECT COUNT(*) FROM scores WHERE score IS NOT NULL") or 0)


def candidate_count(db: Database) -> int:
    """Firms 推荐 lists by default (:data:`CANDIDATES`)."""
    return FirmQuery(CANDIDATES, "score", True).count(db)


def candidates_by_segment(db: Database) -> dict[str, int]:
    """Scored firms per value-chain segment."""
    return {
        r[0]: int(r[1])
        for r in db.query(
            "SELECT segment, COUNT(*) FROM ranked WHERE score IS NOT NULL AND segment IS NOT NULL "
            "GROUP BY segment"
        )
    }


def segment_counts(db: Database, direction: str, local_city: str) -> dict[str, tuple[int, int]]:
    """Per segment of a direction: (firms in ``local_city``, scored firms)."""
    rows = db.query(
        "SELECT segment, SUM(city = ?), SUM(score IS NOT NULL) FROM ranked "
        "WHERE direction = ? AND segment IS NOT NULL GROUP BY segment",
        (local_city, direction),
    )
    return {r[0]: (int(r[1] or 0), int(r[2] or 0)) for r in rows}


@dataclass(frozen=True)
class Confirmation:
    """Who confirmed or corrected a firm's direction, and when."""

    user: str
    at: str


def confirmation(db: Database, firm_id: int) -> Confirmation | None:
    row = db.execute(
        "SELECT user, at FROM corrections WHERE firm_id = ?", (int(firm_id),)
    ).fetchone()
    return None if row is None else Confirmation(row[0] or "", row[1] or "")
