"""``chainfill checkout``: a working copy of part of the team database (docs/field-sync.md).

The copy is a complete, normal ChainFill SQLite database: the chosen firms with everything
attached to them keep their team ids, the catalog edits, settings and people are copied whole,
and ``sync_base`` keeps the team's values of every synced row — the base of the three-way
merge at check-in. ``sync_origin`` says where and when it came from.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import migrations
from app.connection import now
from app.errors import UserError
from app.sync import messages as msg
from app.sync.common import all_rows, columns, dumps, fields, key_of, q, rows_where_in
from app.sync.tables import ALL, DEAL, FIRM, PROJECT, SHORTLIST, SITE, TABLES
from resources.i18n import _


@dataclass
class Scope:
    shortlists: list[str] = field(default_factory=list)
    mine: bool = False
    all: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"shortlists": self.shortlists, "mine": self.mine, "all": self.all}


@dataclass
class CheckoutResult:
    path: Path
    firms: int
    rows: int
    source: str
    copy_id: str


def choose(src: Any, scope: Scope) -> tuple[list[int], list[int]]:
    """The firm ids and shortlist ids a scope takes along."""
    if scope.all:
        firms = [r[0] for r in src.execute("SELECT id FROM firms ORDER BY id")]
        lists = [r[0] for r in src.execute("SELECT id FROM shortlists ORDER BY id")]
        return firms, lists
    lists = []
    for name in scope.shortlists:
        found = src.scalar("SELECT id FROM shortlists WHERE name = ?", (name,))
        if found is None:
            raise UserError(_(msg.NO_SHORTLIST).format(name=name))
        lists.append(int(found))
    firm_set: set[int] = set()
    if scope.mine:
        from app.people import current

        me = current(src)
        names = {me.name, *([me.login] if me.login else [])}
        for name in names:
            lists += [
                int(r[0]) for r in src.execute("SELECT id FROM shortlists WHERE owner = ?", (name,))
            ]
            firm_set |= {
                int(r[0])
                for r in src.execute("SELECT firm_id FROM pipeline WHERE owner = ?", (name,))
            }
            firm_set |= {
                int(r[0]) for r in src.execute("SELECT firm_id FROM deals WHERE owner = ?", (name,))
            }
    lists = sorted(set(lists))
    for row in rows_where_in(src, "shortlist_items", "shortlist_id", lists, ["firm_id"]):
        firm_set.add(int(row["firm_id"]))
    return sorted(firm_set), lists


def checkout(src: Any, target: str | Path, scope: Scope) -> CheckoutResult:
    """Write the working copy ``target`` from the team database ``src`` (opened)."""
    from app import pg
    from app.db import Database

    if not (scope.all or scope.mine or scope.shortlists):
        raise UserError(_(msg.NO_SCOPE))
    if pg.is_url(str(target)):
        raise UserError(_(msg.TARGET_NOT_SQLITE))
    path = Path(target)
    if path.exists():
        raise UserError(_(msg.TARGET_EXISTS).format(path=path))
    if src.has_table("sync_origin") and src.scalar("SELECT count(*) FROM sync_origin"):
        raise UserError(_(msg.SOURCE_IS_COPY).format(source=src.name))
    source_id = migrations.ensure_identity(src)
    if not source_id:
        raise UserError(_(msg.NO_IDENTITY))
    firm_ids, list_ids = choose(src, scope)
    if not firm_ids and not list_ids:
        raise UserError(_(msg.NOTHING_CHOSEN))
    copy_id = str(uuid.uuid4())
    written = 0
    try:
        with Database(path) as copy:
            written = _fill(src, copy, firm_ids, list_ids)
            _record_origin(src, copy, source_id, copy_id, scope)
    except BaseException:
        # never leave half a copy behind
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    return CheckoutResult(path, len(firm_ids), written, src.name, copy_id)


def _fill(src: Any, copy: Any, firm_ids: list[int], list_ids: list[int]) -> int:
    """Copy the rows of every table in scope into ``copy``, with their base in sync_base."""
    firm_set = set(firm_ids)
    projects = [r["id"] for r in rows_where_in(src, "projects", "firm_id", firm_ids, ["id"])]
    deal_rows = rows_where_in(src, "deals", "firm_id", firm_ids, ["id", "site_id"])
    deals = [r["id"] for r in deal_rows]
    site_ids = {r["site_id"] for r in deal_rows if r["site_id"] is not None}
    site_ids |= {
        r["site_id"] for r in rows_where_in(src, "deal_sites", "deal_id", deals, ["site_id"])
    }
    by_scope = {FIRM: firm_ids, PROJECT: projects, DEAL: deals, SITE: sorted(site_ids)}
    written = 0
    copy.conn.execute("PRAGMA foreign_keys = OFF")  # projects <-> deals point at each other
    try:
        with copy.write():
            for t in TABLES:
                cols = [c for c in columns(src, t.name) if c in set(columns(copy, t.name))]
                if t.scope == ALL:
                    rows = all_rows(src, t.name, cols)
                elif t.scope == SHORTLIST and t.name == "shortlists":
                    rows = rows_where_in(src, t.name, "id", list_ids, cols)
                elif t.scope == SHORTLIST:
                    rows = [
                        r
                        for r in rows_where_in(src, t.name, "shortlist_id", list_ids, cols)
                        if r["firm_id"] in firm_set
                    ]
                else:
                    column = "id" if t.name in ("firms", "sites") else t.scope + "_id"
                    rows = rows_where_in(src, t.name, column, by_scope[t.scope], cols)
                if not rows:
                    continue
                if t.name == "firm_links":
                    for r in rows:  # a partner outside the copy is found again by its name
                        if r["partner_id"] not in firm_set:
                            r["partner_id"] = None
                names = ", ".join(q(c) for c in cols)
                marks = ", ".join("?" for _ in cols)
                # the fresh copy's triggers already made a scores row per firm
                verb = "INSERT OR REPLACE" if t.name == "scores" or t.scope == ALL else "INSERT"
                copy.conn.executemany(
                    f"INSERT INTO {q(t.name)} ({names}) VALUES ({marks})".replace(
                        "INSERT", verb, 1
                    ),
                    [tuple(r[c] for c in cols) for r in rows],
                )
                written += len(rows)
                if t.sync:
                    merged = fields(t, cols)
                    copy.conn.executemany(
                        "INSERT INTO sync_base (tbl, local_key, team_key, version, data) "
                        "VALUES (?, ?, ?, ?, ?)",
                        [
                            (
                                t.name,
                                key_of(t, r),
                                key_of(t, r),
                                r.get("version"),
                                dumps({c: r[c] for c in merged}),
                            )
                            for r in rows
                        ],
                    )
            problems = copy.query("PRAGMA foreign_key_check")
            if problems:
                raise RuntimeError(f"checkout left dangling references: {list(problems[:5])}")
    finally:
        copy.conn.execute("PRAGMA foreign_keys = ON")
    return written


def _record_origin(src: Any, copy: Any, source_id: str, copy_id: str, scope: Scope) -> None:
    from app import catalog_store, classification
    from app.people import current
    from scoring.classifier import MODEL_VERSION

    # the laptop rebuilds the same built-in model from the same catalog (app.classification)
    catalog = {
        "fingerprint": classification.catalog_fingerprint(catalog_store.current(src)),
        "edits": src.scalar("SELECT count(*) FROM catalog_edits"),
    }
    model = {
        "format": MODEL_VERSION,
        "setting": src.get_setting(classification.SETTING),
    }
    with copy.write():
        copy.conn.execute(
            "INSERT INTO sync_origin (copy_id, source_db_id, source, schema_version, scope, "
            "checked_out_at, checked_out_by, catalog, model) VALUES (?,?,?,?,?,?,?,?,?)",
            (
                copy_id,
                source_id,
                src.name,
                src.version,
                json.dumps(scope.to_json(), ensure_ascii=False),
                now(),
                current(src).name,
                dumps(catalog),
                dumps(model),
            ),
        )


def origin(db: Any) -> dict[str, Any] | None:
    """Where this working copy came from (None: not a working copy)."""
    if not db.has_table("sync_origin"):
        return None
    row = db.execute("SELECT * FROM sync_origin").fetchone()
    return None if row is None else dict(row)
