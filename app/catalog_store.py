"""The catalog as the bureau uses it: the shipped file plus staff edits kept in the database.

Edits are keyed by the fixed codes, so they survive an upgrade of the shipped catalog; an
edit whose segment no longer exists is kept (and reported by :func:`orphan_edits`).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import catalog
from catalog.model import STRENGTHS, Catalog

if TYPE_CHECKING:
    from app.db import Database

from app.errors import UserError

EDITABLE_FIELDS = ("strength", "keywords_add", "keywords_remove")


def edits(db: Database) -> list[dict[str, Any]]:
    rows = db.query(
        "SELECT direction, segment, field, value, user, at FROM catalog_edits ORDER BY at"
    )
    return [dict(r) | {"value": json.loads(r["value"])} for r in rows]


def apply_edits(base: Catalog, rows: list[dict[str, Any]]) -> Catalog:
    """The shipped catalog with staff edits applied (unknown segments are skipped)."""
    cat = base
    for e in rows:
        seg = cat.segment(e["segment"])
        if seg is None:
            continue
        if e["field"] == "strength" and e["value"] in STRENGTHS:
            cat = cat.with_segment(seg.code, strength=e["value"])
        elif e["field"] == "keywords_add":
            extra = tuple(k for k in e["value"] if k not in seg.keywords)
            cat = cat.with_segment(seg.code, keywords=seg.keywords + extra)
        elif e["field"] == "keywords_remove":
            cat = cat.with_segment(
                seg.code, keywords=tuple(k for k in seg.keywords if k not in e["value"])
            )
    return cat


def current(db: Database) -> Catalog:
    """The catalog in force for this database."""
    return apply_edits(catalog.load_default(), edits(db))


def orphan_edits(db: Database) -> list[dict[str, Any]]:
    """Edits whose segment is not in the shipped catalog any more."""
    base = catalog.load_default()
    return [e for e in edits(db) if base.segment(e["segment"]) is None]


def set_strength(db: Database, segment: str, strength: str) -> None:
    """Staff override of a segment's local strength (audited)."""
    cat = current(db)
    seg = cat.segment(segment)
    if seg is None:
        raise UserError(f"目录中没有产业链环节“{segment}”")
    if strength not in STRENGTHS:
        raise UserError(f"本地基础“{strength}”无效（可选：{' / '.join(STRENGTHS)}）")
    _put(db, seg.direction, segment, "strength", strength, old=seg.strength)


def add_keywords(db: Database, segment: str, words: list[str]) -> None:
    """Add keywords to a segment (stored as an edit; audited)."""
    cat = current(db)
    seg = cat.segment(segment)
    if seg is None:
        raise UserError(f"目录中没有产业链环节“{segment}”")
    words = [w.strip() for w in words if w and w.strip()]
    if not words:
        raise UserError("关键词不能为空")
    existing = {e["field"]: e["value"] for e in edits(db) if e["segment"] == segment}
    added = list(dict.fromkeys([*existing.get("keywords_add", []), *words]))
    removed = [w for w in existing.get("keywords_remove", []) if w not in words]
    with db.write():
        _put(db, seg.direction, segment, "keywords_add", added, old=existing.get("keywords_add"))
        _put(
            db,
            seg.direction,
            segment,
            "keywords_remove",
            removed,
            old=existing.get("keywords_remove"),
        )


def remove_keywords(db: Database, segment: str, words: list[str]) -> None:
    """Remove keywords from a segment (stored as an edit; audited)."""
    cat = current(db)
    seg = cat.segment(segment)
    if seg is None:
        raise UserError(f"目录中没有产业链环节“{segment}”")
    existing = {e["field"]: e["value"] for e in edits(db) if e["segment"] == segment}
    removed = list(dict.fromkeys([*existing.get("keywords_remove", []), *words]))
    added = [w for w in existing.get("keywords_add", []) if w not in words]
    with db.write():
        _put(
            db,
            seg.direction,
            segment,
            "keywords_remove",
            removed,
            old=existing.get("keywords_remove"),
        )
        _put(db, seg.direction, segment, "keywords_add", added, old=existing.get("keywords_add"))


def _put(db: Database, direction: str, segment: str, field: str, value: Any, old: Any) -> None:
    from app.db import now, os_user

    with db.write():
        db.execute(
            "INSERT INTO catalog_edits (direction, segment, field, value, user, at) VALUES (?,?,?,?,?,?) "
            "ON CONFLICT(direction, segment, field) DO UPDATE SET value=excluded.value, "
            "user=excluded.user, at=excluded.at",
            (direction, segment, field, json.dumps(value, ensure_ascii=False), os_user(), now()),
        )
        db.audit("catalog_edit", "segment", segment, {"field": field, "old": old, "new": value})
