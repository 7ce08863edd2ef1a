"""Small helpers shared by the shortlist, outreach, dossier and backup tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.db import Database, now


def add_firm(db: Database, name: str, **fields: Any) -> int:
    """Insert a firm with only the columns given (plus the required ones); returns its id."""
    at = now()
    row = {"name": name, "name_norm": name, "imported_at": at, "updated_at": at, **fields}
    cols = ", ".join(row)
    marks = ", ".join("?" * len(row))
    with db.write():
        cur = db.execute(f"INSERT INTO firms ({cols}) VALUES ({marks})", tuple(row.values()))
    return int(cur.lastrowid)


def add_reducer_maker(db: Database, name: str, **fields: Any) -> int:
    """A Shenzhen (宝安区) maker the model placed in 工业机器人 › 精密减速器 (0.9): a candidate
    whose dossier has a chain position, Dongguan peers and an offer to show."""
    return add_firm(
        db,
        name,
        city="深圳市",
        district="宝安区",
        direction="equip.robot",
        segment="equip.robot.reducer",
        confidence=0.9,
        **fields,
    )


def add_firms_at(target: str | Path, *names: str) -> str | Path:
    """The database at ``target`` (created and migrated if new) with firms of these names
    added, closed again for a command to open; returns ``target``."""
    with Database(target) as db:
        for name in names:
            add_firm(db, name)
    return target
