"""``chainfill changes export | apply``: a working copy's changes as a file, for a USB stick
between two offices when no server connects them (docs/field-sync.md).

A change file (``.cfsync``) is gzip'd JSON: a header (where it comes from: the team
database's identity, the copy, the schema version, who and when, a UUID of its own) and a
payload (for each synced table the rows changed or added offline and the keys deleted
offline, the copy's base, and who made the changes when), sealed with the SHA-256 of both.
Applying rebuilds a small working copy from it in a temporary folder and runs the same
check-in (:mod:`app.sync.checkin`); a file that is damaged or edited by hand, made against
another database, from a newer ChainFill, or already applied is refused. Its conflicts wait
in the database it was applied to (the rebuilt copy is thrown away): decided there
(``conflicts resolve``), they are written when the same file is applied again.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import tempfile
import uuid
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import migrations
from app.connection import now
from app.errors import UserError
from app.sync import messages as msg
from app.sync.checkin import Result, checkin
from app.sync.checkout import origin
from app.sync.common import all_rows, columns, fields, key_of, q, same
from app.sync.tables import SYNCED
from resources.i18n import _

FORMAT = "chainfill-changes"
FORMAT_VERSION = 1
SUFFIX = ".cfsync"
APPLIED_KEY = "sync.applied.{change_id}"


@dataclass
class Exported:
    path: Path
    change_id: str
    rows: int
    deleted: int
    source: str


def _seal(header: dict[str, Any], payload: dict[str, Any]) -> str:
    body = json.dumps(
        {"header": header, "payload": payload},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def export(copy: Any, out: str | Path) -> Exported:
    """Write the changes of working copy ``copy`` since its base to ``out`` (.cfsync)."""
    from app import privacy
    from app.people import current

    o = origin(copy)
    if o is None:
        raise UserError(_(msg.NOT_A_COPY).format(path=copy.name))
    if Path(out).suffix.lower() != SUFFIX:
        raise UserError(_(msg.CHANGES_SUFFIX).format(path=out))
    path = privacy.check_output_path(out, SUFFIX)
    base: dict[str, dict[str, dict[str, Any]]] = {}
    base_rows = []
    for r in copy.execute("SELECT tbl, local_key, team_key, version, data FROM sync_base"):
        base.setdefault(r[0], {})[r[1]] = json.loads(r[4])
        base_rows.append([r[0], r[1], r[2], r[3], r[4]])
    tables: dict[str, Any] = {}
    n_rows = n_deleted = 0
    for t in SYNCED:
        cols = columns(copy, t.name)
        names = fields(t, cols)
        known = base.get(t.name, {})
        rows, seen = [], set()
        for row in all_rows(copy, t.name, cols):
            local = key_of(t, row)
            seen.add(local)
            data = known.get(local)
            if data is not None and all(same(row.get(f), data.get(f)) for f in names):
                continue
            rows.append([row[c] for c in cols])
        deleted = [k for k in known if k not in seen]
        if rows or deleted:
            tables[t.name] = {"columns": cols, "rows": rows, "deleted": deleted}
            n_rows += len(rows)
            n_deleted += len(deleted)
    audit = [
        [r[0], r[1], r[2], r[3], r[4]]
        for r in copy.execute(
            "SELECT at, user, action, entity, entity_id FROM audit "
            "WHERE entity_id IS NOT NULL ORDER BY id"
        )
    ]
    header = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "change_id": str(uuid.uuid4()),
        "source_db_id": o["source_db_id"],
        "copy_id": o["copy_id"],
        "schema_version": copy.version,
        "made_at": now(),
        "made_by": current(copy).name,
        "rows": n_rows,
        "deleted": n_deleted,
    }
    # decisions taken on the laptop travel with the changes
    conflict_cols = columns(copy, "sync_conflicts")
    conflicts = [list(r) for r in copy.query("SELECT * FROM sync_conflicts")]
    payload = {
        "origin": o,
        "tables": tables,
        "base": base_rows,
        "audit": audit,
        "conflicts": {"columns": conflict_cols, "rows": conflicts},
    }
    doc = {"header": header, "payload": payload, "sha256": _seal(header, payload)}
    fd, tmp = tempfile.mkstemp(prefix=".chainfill-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
            gz.write(json.dumps(doc, ensure_ascii=False, default=str).encode("utf-8"))
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    # contacts' phone numbers travel unmasked: owner-only, like a database
    privacy.replace_atomically(Path(tmp), path, private=True)
    return Exported(path, header["change_id"], n_rows, n_deleted, str(o["source"]))


def read(path: str | Path) -> dict[str, Any]:
    """A change file's content, checked: readable, complete, and sealed as written."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise UserError(_(msg.CHANGES_UNREADABLE).format(path=p, why=exc.strerror or exc)) from exc
    try:
        doc = json.loads(gzip.decompress(raw).decode("utf-8"))
    except (OSError, EOFError, zlib.error, UnicodeDecodeError, ValueError) as exc:
        raise UserError(_(msg.CHANGES_DAMAGED).format(path=p, why=_(msg.WHY_INCOMPLETE))) from exc
    if (
        not isinstance(doc, dict)
        or not isinstance(doc.get("header"), dict)
        or not isinstance(doc.get("payload"), dict)
        or doc["header"].get("format") != FORMAT
    ):
        raise UserError(_(msg.CHANGES_DAMAGED).format(path=p, why=_(msg.WHY_NOT_CHANGES)))
    if doc.get("sha256") != _seal(doc["header"], doc["payload"]):
        raise UserError(_(msg.CHANGES_DAMAGED).format(path=p, why=_(msg.WHY_CHECKSUM)))
    return doc


def apply(team: Any, path: str | Path, *, dry_run: bool = False) -> Result:
    """Merge the change file ``path`` into ``team`` (opened), as a check-in would."""
    from app.db import Database

    doc = read(path)
    header, payload = doc["header"], doc["payload"]
    version = int(header.get("schema_version") or 0)
    if version > migrations.SCHEMA_VERSION or header.get("format_version") != FORMAT_VERSION:
        raise UserError(
            _(msg.CHANGES_NEWER).format(
                path=path, version=version, supported=migrations.SCHEMA_VERSION
            )
        )
    team_id = migrations.ensure_identity(team)
    if team_id != header["source_db_id"]:
        raise UserError(
            _(msg.OTHER_DATABASE).format(copy_db=header["source_db_id"], team_db=team_id)
        )
    applied_key = APPLIED_KEY.format(change_id=header["change_id"])
    applied = team.scalar("SELECT value FROM meta WHERE key = ?", (applied_key,))
    if applied is not None:
        raise UserError(_(msg.CHANGES_APPLIED).format(path=path, at=applied))

    def mark_applied(db: Any) -> None:
        db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (applied_key, now()))

    with (
        tempfile.TemporaryDirectory(prefix="chainfill-changes-") as folder,
        Database(Path(folder) / "changes.sqlite") as copy,
    ):
        deleted = _rebuild(copy, payload)
        return checkin(
            copy,
            team,
            dry_run=dry_run,
            deleted=deleted,
            when_complete=mark_applied,
            conflicts_on_team=True,
        )


def _rebuild(copy: Any, payload: dict[str, Any]) -> dict[str, list[str]]:
    """A working copy holding only the changed rows, the base and the offline audit."""
    o = payload["origin"]
    deleted: dict[str, list[str]] = {}
    copy.conn.execute("PRAGMA foreign_keys = OFF")  # only the changed rows are here
    try:
        with copy.write():
            cols = [c for c in columns(copy, "sync_origin") if c in o]
            copy.execute(
                f"INSERT INTO sync_origin ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                tuple(o[c] for c in cols),
            )
            copy.conn.executemany(
                "INSERT INTO sync_base (tbl, local_key, team_key, version, data) "
                "VALUES (?, ?, ?, ?, ?)",
                [tuple(r) for r in payload["base"]],
            )
            copy.conn.executemany(
                "INSERT INTO audit (at, user, action, entity, entity_id) VALUES (?, ?, ?, ?, ?)",
                [tuple(r) for r in payload["audit"]],
            )
            decided = payload.get("conflicts") or {"columns": [], "rows": []}
            if decided["rows"]:
                names = decided["columns"]
                copy.conn.executemany(
                    f"INSERT INTO sync_conflicts ({', '.join(q(c) for c in names)}) "
                    f"VALUES ({', '.join('?' * len(names))})",
                    [tuple(r) for r in decided["rows"]],
                )
            for name, part in payload["tables"].items():
                have = set(columns(copy, name))
                idx = [i for i, c in enumerate(part["columns"]) if c in have]
                names = [part["columns"][i] for i in idx]
                if part["rows"]:
                    copy.conn.executemany(
                        f"INSERT INTO {q(name)} ({', '.join(q(c) for c in names)}) "
                        f"VALUES ({', '.join('?' * len(names))})",
                        [tuple(r[i] for i in idx) for r in part["rows"]],
                    )
                deleted[name] = list(part["deleted"])
    finally:
        copy.conn.execute("PRAGMA foreign_keys = ON")
    return deleted
