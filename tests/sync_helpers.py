"""A small team database and what the field-sync tests compare (tests/test_sync*.py)."""

from __future__ import annotations

import copy as _copy
from pathlib import Path
from typing import Any

from app import outreach, shortlists
from app.db import Database, now
from app.sync.checkout import Scope, checkout
from app.sync.common import all_rows, columns
from app.sync.tables import SYNCED
from tests.outreach_helpers import add_firm

# Columns that move by themselves on any write (versions, stamps, derived keys): compared
# separately where a test cares.
NOISE = {"version", "updated_at", "name_norm", "text_hash", "classified_at", "provenance"}


def build_team(db: Database) -> dict[str, int]:
    """Five firms, three on the shortlist 深圳走访, with contacts, visits, stages and a
    brought-in project with a yearly report; and one firm outside the shortlist."""
    ids = {
        "a": add_firm(db, "深圳市甲科技有限公司", uscc="91440300MA5F000001", city="深圳市"),
        "b": add_firm(db, "深圳市乙电子有限公司", city="深圳市", employees=50),
        "c": add_firm(db, "广州市丙材料有限公司", city="广州市", revenue=800.0),
        "out": add_firm(db, "广州市丁装备有限公司", uscc="91440101MA5F000002", city="广州市"),
    }
    shortlists.create(db, "深圳走访", owner="张三")
    shortlists.add(db, "深圳走访", [ids["a"], ids["b"], ids["c"]])
    ids["contact_a"] = outreach.add_contact(db, ids["a"], name="王经理", title="总经理")
    ids["contact_b"] = outreach.add_contact(db, ids["b"], name="赵总", phone="13800001111")
    ids["visit_a"] = outreach.add_visit(db, ids["a"], date="2026-11-20", summary="初次拜访")
    outreach.set_stage(db, ids["a"], "contacted")
    outreach.set_stage(db, ids["b"], "visited")
    at = now()
    with db.write():
        cur = db.execute(
            "INSERT INTO projects (firm_id, name, agreement_no, agreement_date, direction, "
            "land_mu, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)",
            (ids["c"], "丙材料东莞基地", "DG-2026-001", "2026-03-01", "", 30.0, at, at),
        )
        ids["project"] = int(cur.lastrowid)
        db.execute(
            "INSERT INTO project_reports (project_id, year, output_value, tax_paid, updated_at) "
            "VALUES (?,?,?,?,?)",
            (ids["project"], 2025, 5000.0, 200.0, at),
        )
    return ids


def team_and_copy(target: str | Path, folder: Path) -> tuple[Database, dict[str, int], Path]:
    """The team database at ``target`` built by :func:`build_team` (open), its ids, and a
    working copy of the shortlist 深圳走访 checked out to ``folder``/copy.sqlite."""
    team = Database(target)
    ids = build_team(team)
    copy = folder / "copy.sqlite"
    checkout(team, copy, Scope(shortlists=["深圳走访"]))
    return team, ids, copy


def snapshot(db: Any) -> dict[str, dict[tuple, dict[str, Any]]]:
    """Every synced table, row by row (by key), field by field."""
    out: dict[str, dict[tuple, dict[str, Any]]] = {}
    for t in SYNCED:
        cols = columns(db, t.name)
        out[t.name] = {tuple(r[c] for c in t.key): r for r in all_rows(db, t.name, cols)}
    return out


def without_noise(snap: dict[str, dict[tuple, dict[str, Any]]]) -> dict:
    return {
        table: {k: {c: v for c, v in row.items() if c not in NOISE} for k, row in rows.items()}
        for table, rows in snap.items()
    }


def deep(x: Any) -> Any:
    return _copy.deepcopy(x)
