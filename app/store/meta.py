"""Facts about the database file itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.db import Database


def created_at(db: Database) -> str | None:
    """When the database was created (ISO timestamp), None for one made before it was kept."""
    return db.scalar("SELECT value FROM meta WHERE key = 'created_at'")
