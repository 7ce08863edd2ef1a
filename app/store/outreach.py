"""Shortlists and outreach (the pipeline's own queries live in :mod:`app.outreach` and
:mod:`app.shortlists`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.db import Database


def shortlist_count(db: Database) -> int:
    return int(db.scalar("SELECT COUNT(*) FROM shortlists") or 0)


def shortlist_note(db: Database, name: str) -> str | None:
    """The note of a shortlist (None when it has none or there is no such list)."""
    return db.scalar("SELECT note FROM shortlists WHERE name = ?", (name,))
