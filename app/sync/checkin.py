"""``chainfill checkin``: merge a working copy's changes into the team database.

For every synced row of the copy whose fields differ from its base (the team's values at
check-out), a three-way merge per field (:func:`merge_fields`): a field only the copy changed
is written, a field only the team changed is kept, the same field changed to different
values on both sides is a conflict, stored in the copy, and nothing of that record is
written until a person decides. New offline rows are matched to the team's (firms by USCC,
then by the normalised name; shortlists by name …) or inserted; their new team keys are kept
in the team's ``meta`` in the same transaction, so a check-in run again — even after a crash
between the team's commit and the copy's — finds them and writes nothing twice.
The whole check-in is one transaction on the team database.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from app import migrations
from app.connection import now
from app.errors import UserError
from app.parsing import TEXT_HASH_FIELDS, normalise_name, text_hash
from app.sync import messages as msg
from app.sync.checkout import origin
from app.sync.common import (
    WHOLE,
    all_rows,
    columns,
    dumps,
    fields,
    key_of,
    key_text,
    q,
    rows_where_in,
    same,
)
from app.sync.conflicts import masked, record_label, shown_record
from app.sync.schema import GONE
from app.sync.tables import BY_NAME, KEEP_THEIRS_ON_MATCH, STAMP_COLUMNS, SYNCED, Table
from resources.i18n import _

IDMAP_KEY = "sync.idmap.{copy_id}"
_MISSING = object()


def store_key(copy_id: str, local: str) -> str:
    """A copy's local key as the team database keeps it in its own ``sync_conflicts`` (the
    conflicts of change files, decided where the file is applied): local keys of different
    copies may be equal, so each carries its copy's id."""
    return f"{copy_id}:{local}"


def _same_json(raw: str | None, value: Any) -> bool:
    """A stored JSON value (``sync_conflicts``) and a value read now are the same."""
    if raw is None:
        return value is None
    return same(json.loads(raw), json.loads(dumps(value)))


@dataclass
class _Link:
    """A reference to a row created offline in a table merged later: written once every
    table is merged and the row has its team key."""

    t: Table
    local: str
    team_key: str
    col: str
    local_value: Any
    base: Any  # the team's value at checkout (None for a row inserted now)
    inserted: bool
    local_row: dict[str, Any]


@dataclass
class Conflict:
    id: int | None
    table: str
    local_key: str
    team_key: str | None
    record: str
    field: str
    base: Any
    mine: Any
    theirs: Any

    def to_json(self) -> dict[str, Any]:
        """As lists show it: phone numbers and e-mail addresses masked."""
        return {
            "id": self.id,
            "table": self.table,
            "record": shown_record(self.table, self.record),
            "field": self.field,
            "base": masked(self.field, self.base),
            "mine": masked(self.field, self.mine),
            "theirs": masked(self.field, self.theirs),
        }


@dataclass
class Result:
    merged: int = 0
    added: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    dry_run: bool = False

    def to_json(self) -> dict[str, Any]:
        """The fields, each conflict as lists show it (masked)."""
        return asdict(self) | {"conflicts": [c.to_json() for c in self.conflicts]}


def merge_fields(
    names: list[str], base: dict[str, Any] | None, mine: dict[str, Any], theirs: dict[str, Any]
) -> tuple[dict[str, Any], list[str]]:
    """The three-way merge of one record: (fields to write with their values, fields in
    conflict). ``base`` None: a row made offline that matched a team row — a field one side
    left empty takes the other's value, two different values are a conflict."""
    writes: dict[str, Any] = {}
    conflicts: list[str] = []
    for f in names:
        m, t = mine.get(f), theirs.get(f)
        if same(m, t):
            continue
        if base is not None:
            b = base.get(f)
            if same(m, b):
                continue  # only the team changed it
            if same(t, b):
                writes[f] = m  # only the copy changed it
                continue
        elif t is None:
            writes[f] = m
            continue
        elif m is None or f in KEEP_THEIRS_ON_MATCH:
            continue
        if f in STAMP_COLUMNS:
            if str(m) > str(t):
                writes[f] = m  # bookkeeping: the later stamp, never a conflict
            continue
        conflicts.append(f)
    return writes, conflicts


class _DryRun(Exception):
    """Raised inside the team's transaction to roll a dry run back."""


class _Checkin:
    def __init__(
        self,
        copy: Any,
        team: Any,
        o: dict[str, Any],
        deleted: dict[str, list[str]] | None = None,
        *,
        conflicts_on_team: bool = False,
        dry_run: bool = False,
    ):
        self.copy, self.team, self.origin = copy, team, o
        # a change file lists its deletions (its copy holds only the changed rows)
        self.deleted = deleted
        # a change file's conflicts wait in the team database, to be decided where the file
        # is applied (its rebuilt copy is thrown away)
        self.conflicts_on_team = conflicts_on_team
        self.dry_run = dry_run
        self.copy_id = o["copy_id"]
        self.result = Result()
        # tbl -> local key -> (team key, base data)
        self.base: dict[str, dict[str, tuple[str, dict[str, Any]]]] = defaultdict(dict)
        for r in copy.execute("SELECT tbl, local_key, team_key, data FROM sync_base"):
            self.base[r[0]][r[1]] = (r[2], json.loads(r[3]))
        raw = team.scalar("SELECT value FROM meta WHERE key = ?", (self.idmap_key,))
        self.idmap: dict[str, dict[str, str]] = defaultdict(dict, json.loads(raw) if raw else {})
        self.map: dict[str, dict[str, str]] = defaultdict(dict)
        for tbl, rows in self.base.items():
            for local, (team_key, _data) in rows.items():
                self.map[tbl][local] = team_key
        for tbl, pairs in self.idmap.items():
            self.map[tbl].update(pairs)
        self.stored: dict[tuple[str, str, str], dict[str, Any]] = {
            (r["tbl"], r["local_key"], r["field"]): dict(r)
            for r in copy.execute("SELECT * FROM sync_conflicts")
        }
        # decisions taken where a change file was applied (kept in the team database)
        self.team_stored: dict[tuple[str, str, str], dict[str, Any]] = {}
        prefix = store_key(self.copy_id, "")
        if team.has_table("sync_conflicts"):
            for r in team.query(
                "SELECT * FROM sync_conflicts WHERE substr(local_key, 1, ?) = ?",
                (len(prefix), prefix),
            ):
                row = dict(r)
                self.team_stored[(row["tbl"], row["local_key"][len(prefix) :], row["field"])] = row
        self.made = _made_index(copy)
        self.firm_of: dict[tuple[str, Any], Any] = {}
        # what to write back into the copy once the team has committed: (tbl, local) ->
        # (team key, the record's merged values in the team's key space)
        self.base_put: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
        self.base_drop: list[tuple[str, str]] = []
        self.copy_fix: list[tuple[str, str, str, Any]] = []
        # rows deleted offline that the team keeps (a person chose theirs): back into the copy
        self.copy_restore: list[tuple[str, str, str, dict[str, Any]]] = []
        self.open: list[Conflict] = []
        self.settled: set[tuple[str, str]] = set()
        self.links: list[_Link] = []
        self._counted: set[tuple[str, str]] = set()  # records counted as updated
        self.person: Any = None
        self.cache: dict[str, dict[str, Any] | None] = {}
        # On a server, the rows read for the merge stay locked until the commit, so that a
        # colleague's save in between waits instead of being overwritten (SQLite's write
        # transaction already holds the whole file).
        self.lock = " FOR UPDATE" if team.is_postgres else ""
        # audit rows, written together at the end of the transaction (the columns of
        # app.connection.Connection.audit; the person was checked once, at the start)
        self.audit_rows: list[tuple[Any, ...]] = []

    @property
    def idmap_key(self) -> str:
        return IDMAP_KEY.format(copy_id=self.origin["copy_id"])

    # -- keys ---------------------------------------------------------------------------------
    def remap(self, ref: str, value: Any) -> Any:
        """A copy's key value of table ``ref`` as the team's (_MISSING: not known yet)."""
        if value is None:
            return None
        team = self.map[ref].get(key_text([value]))
        return _MISSING if team is None else json.loads(team)[0]

    def team_values(self, t: Table, row: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
        """The row with its references in the team's key space, and the columns whose target
        is not in the team database yet (written once it is)."""
        out = dict(row)
        pending = []
        for col, ref in t.refs.items():
            if col in out:
                value = self.remap(ref, out[col])
                if value is _MISSING:
                    pending.append(col)
                    value = None
                out[col] = value
        if t.name == "firms":
            out["name_norm"] = normalise_name(out.get("name") or "")
        return out, pending

    def prefetch(self, t: Table, cols: list[str], team_keys: list[str]) -> None:
        """Read the team's rows of ``team_keys`` in a few statements instead of one each (a
        round trip per row is most of a check-in's time on a server)."""
        self.cache = {k: None for k in team_keys}
        if not team_keys:
            return
        first = t.key[0]
        values = sorted({json.loads(k)[0] for k in team_keys}, key=str)
        for row in rows_where_in(self.team, t.name, first, values, cols, suffix=self.lock):
            k = key_of(t, row)
            if k in self.cache:
                self.cache[k] = row

    def team_row(self, t: Table, cols: list[str], team_key: str) -> dict[str, Any] | None:
        if team_key in self.cache:
            return self.cache.pop(team_key)  # read once: a later read sees our own writes
        values = json.loads(team_key)
        where = " AND ".join(f"{q(c)} = ?" for c in t.key)
        row = self.team.execute(
            f"SELECT {', '.join(q(c) for c in cols)} FROM {q(t.name)} WHERE {where}{self.lock}",
            values,
        ).fetchone()
        return None if row is None else dict(zip(cols, tuple(row), strict=True))

    def match(self, t: Table, mine: dict[str, Any]) -> str | None:
        """The team's row that a new offline row is (firms: USCC, then the normalised name)."""
        if t.key != ("id",):
            return key_of(t, mine) if self.team_row(t, list(t.key), key_of(t, mine)) else None
        for cols in t.match:
            values = [mine.get(c) for c in cols]
            if len(cols) == 1 and values[0] in (None, ""):
                continue
            where = " AND ".join(f"{q(c)} IS ?" for c in cols)
            found = self.team.scalar(f"SELECT id FROM {q(t.name)} WHERE {where} LIMIT 1", values)
            if found is not None:
                return key_text([found])
        return None

    def decision(self, t: Table, local: str, f: str, theirs: Any) -> str | None:
        """A person's decision on this field (mine | theirs), if they took one and the team's
        value is still the one they saw; a decision where a change file was applied comes
        first (it is the later one)."""
        for stored in (
            self.team_stored.get((t.name, local, f)),
            self.stored.get((t.name, local, f)),
        ):
            decided = stored is not None and stored["resolution"] is not None
            if decided and _same_json(stored["theirs"], theirs):  # type: ignore[index]
                return str(stored["resolution"])  # type: ignore[index]
        return None

    def conflict(
        self,
        t: Table,
        local: str,
        team_key: str,
        record: str,
        f: str,
        base: Any,
        mine: Any,
        theirs: Any,
    ) -> None:
        stored = self.stored.get((t.name, local, f))
        self.open.append(
            Conflict(
                None if stored is None else stored["conflict_id"],
                t.name,
                local,
                team_key,
                record,
                f,
                base,
                mine,
                theirs,
            )
        )

    # -- labels and audit ---------------------------------------------------------------------
    def firm_id(self, t: Table, row: dict[str, Any], team_key: str | None) -> Any:
        """The team firm a record belongs to (for the audit log and labels), or None."""
        if t.name == "firms":
            return json.loads(team_key)[0] if team_key else None
        if row.get("firm_id") is not None:
            return row["firm_id"]
        for col, parent in (("project_id", "projects"), ("deal_id", "deals")):
            if row.get(col) is not None:
                cache = (parent, row[col])
                if cache not in self.firm_of:
                    self.firm_of[cache] = self.team.scalar(
                        f"SELECT firm_id FROM {parent} WHERE id = ?", (row[col],)
                    )
                return self.firm_of[cache]
        return None

    def label(self, t: Table, row: dict[str, Any], team_key: str | None) -> str:
        """The record as stored with a conflict (app.sync.conflicts.record_label); a note
        shows it through shown_record."""
        fid = self.firm_id(t, row, team_key)
        name = row.get("name") if t.name == "firms" else None
        if name is None and fid is not None:
            name = self.team.scalar("SELECT name FROM firms WHERE id = ?", (fid,))
        key = json.loads(team_key) if team_key else json.loads(key_of(t, row))
        ident = "/".join(str(k) for k in key)
        return record_label(t.name, name, ident)

    def shown(self, t: Table, row: dict[str, Any], team_key: str | None) -> str:
        """The record as a note names it, in the language in force."""
        return shown_record(t.name, self.label(t, row, team_key))

    def made_by(self, t: Table, local_row: dict[str, Any]) -> tuple[str, str]:
        """Who made the change offline, and when: the copy's last audit entry on the record's
        firm (or deal, project, shortlist), else the person who checked the copy out."""
        candidates = []
        if t.name in ("firms", "deals", "projects", "shortlists"):
            candidates.append((t.name[:-1], local_row.get("id")))
        for col, entity in (
            ("firm_id", "firm"),
            ("deal_id", "deal"),
            ("project_id", "project"),
            ("shortlist_id", "shortlist"),
        ):
            if local_row.get(col) is not None:
                candidates.append((entity, local_row[col]))
        found = [self.made[(e, str(i))] for e, i in candidates if (e, str(i)) in self.made]
        if found:
            return max(found, key=lambda x: x[1])
        at = local_row.get("updated_at") or local_row.get("created_at") or local_row.get("at")
        return self.origin["checked_out_by"], str(at or self.origin["checked_out_at"])

    def audit(
        self,
        action: str,
        t: Table,
        team_key: str,
        row: dict[str, Any],
        local_row: dict[str, Any],
        changes: dict[str, Any],
    ) -> None:
        made_by, made_at = self.made_by(t, local_row)
        fid = self.firm_id(t, row, team_key)
        detail = {
            "table": t.name,
            "key": json.loads(team_key),
            "fields": changes,
            "made_by": made_by,
            "made_at": made_at,
            "copy": self.copy_id,
        }
        entity, entity_id = ("firm", fid) if fid is not None else (t.name, team_key)
        self.audit_rows.append(
            (
                now(),
                self.person.name,
                self.person.id,
                action,
                entity,
                str(entity_id),
                json.dumps(detail, ensure_ascii=False, default=str),
            )
        )

    # -- the merge ----------------------------------------------------------------------------
    def run(self) -> None:
        from app import people

        self.person = people.check(self.team, "sync_checkin", "sync", self.copy_id)
        for t in SYNCED:
            self.table(t)
        for link in self.links:
            self.relink(link)
        self.store_team_conflicts()
        if self.audit_rows:
            self.team.conn.executemany(
                "INSERT INTO audit (at, user, user_id, action, entity, entity_id, detail) "
                "VALUES (?,?,?,?,?,?,?)",
                self.audit_rows,
            )
        self.team.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (self.idmap_key, json.dumps(self.idmap, ensure_ascii=False, sort_keys=True)),
        )

    def table(self, t: Table) -> None:
        team_cols = set(columns(self.team, t.name))
        cols = [c for c in columns(self.copy, t.name) if c in team_cols]
        names = fields(t, cols)
        base = self.base.get(t.name, {})
        seen: set[str] = set()
        changed = []
        for local_row in all_rows(self.copy, t.name, cols):
            local = key_of(t, local_row)
            seen.add(local)
            mine, pending = self.team_values(t, local_row)
            entry = base.get(local)
            if (
                entry is not None
                and not pending  # a reference to a row made offline is a change
                and all(same(mine.get(f), entry[1].get(f)) for f in names)
            ):
                continue  # untouched offline: nothing to merge (whatever the team did)
            changed.append((local, local_row, mine, pending, entry))
        if self.deleted is not None:
            gone = [k for k in self.deleted.get(t.name, []) if k in base and k not in seen]
        else:
            gone = [k for k in base if k not in seen]
        known = [self.map[t.name][c[0]] for c in changed if c[0] in self.map[t.name]]
        self.prefetch(t, cols, known + [base[k][0] for k in gone])
        for local, local_row, mine, pending, entry in changed:
            self.record(t, cols, names, local, local_row, mine, pending, entry)
        for local in gone:
            team_key, data = base[local]
            self.deleted_offline(t, cols, names, local, team_key, data)

    def record(
        self,
        t: Table,
        cols: list[str],
        names: list[str],
        local: str,
        local_row: dict[str, Any],
        mine: dict[str, Any],
        pending: list[str],
        entry: tuple[str, dict[str, Any]] | None,
    ) -> None:
        team_key = self.map[t.name].get(local)
        base_data = entry[1] if entry is not None else None
        if team_key is None:
            team_key = self.match(t, mine)
            if team_key is not None:
                self.idmap[t.name][local] = team_key
                self.map[t.name][local] = team_key
        theirs = self.team_row(t, cols, team_key) if team_key is not None else None
        if theirs is None or team_key is None:
            if team_key is not None and base_data is not None:
                self.result.notes.append(
                    _(msg.KEPT_EDIT).format(record=self.shown(t, mine, team_key))
                )
            self.insert(t, cols, names, local, local_row, mine, pending, team_key)
            return
        # a reference to a row made offline in a table merged later: linked at the end
        now_names = [f for f in names if f not in pending]
        writes, clashing = merge_fields(now_names, base_data, mine, theirs)
        keep_theirs: dict[str, Any] = {}
        still_open: list[str] = []
        for f in clashing:
            decided = self.decision(t, local, f, theirs.get(f))
            if decided == "mine":
                writes[f] = mine.get(f)
            elif decided == "theirs":
                keep_theirs[f] = theirs.get(f)
            else:
                still_open.append(f)
        if still_open:
            record = self.label(t, mine, team_key)
            for f in still_open:
                base_value = None if base_data is None else base_data.get(f)
                self.conflict(t, local, team_key, record, f, base_value, mine.get(f), theirs.get(f))
            return  # nothing of this record until a person decides
        self.settled.add((t.name, local))
        if writes:
            self.update(t, team_key, writes, theirs, mine, local_row)
        data = {f: mine.get(f) for f in names}
        for f, value in keep_theirs.items():
            data[f] = value
            self.copy_fix.append((t.name, local, f, value))
        for col in pending:
            # until linked, the base keeps what the team had (the next check-in tries again);
            # a row matched without a base links only where the team has no link of its own
            base_value = None if base_data is None else base_data.get(col)
            data[col] = theirs.get(col) if base_data is None else base_value
            self.links.append(
                _Link(t, local, team_key, col, local_row[col], base_value, False, local_row)
            )
        self.base_put[(t.name, local)] = (team_key, data)

    def update(
        self,
        t: Table,
        team_key: str,
        writes: dict[str, Any],
        theirs: dict[str, Any],
        mine: dict[str, Any],
        local_row: dict[str, Any],
    ) -> None:
        sets = dict(writes)
        if t.name == "firms":
            sets.update(_firm_derived(self.team, json.loads(team_key)[0], writes))
        where = " AND ".join(f"{q(c)} = ?" for c in t.key)
        self.team.execute(
            f"UPDATE {q(t.name)} SET {', '.join(f'{q(c)} = ?' for c in sets)} WHERE {where}",
            (*sets.values(), *json.loads(team_key)),
        )
        if t.name == "corrections":
            self.apply_correction(mine)
        changes = {f: {"old": theirs.get(f), "new": v} for f, v in writes.items()}
        self.audit("sync_edit", t, team_key, mine, local_row, changes)
        self._counted.add((t.name, key_of(t, local_row)))
        self.result.updated += 1

    def insert(
        self,
        t: Table,
        cols: list[str],
        names: list[str],
        local: str,
        local_row: dict[str, Any],
        mine: dict[str, Any],
        pending: list[str],
        team_key: str | None,
    ) -> None:
        row = dict(mine)
        if t.name == "firms":
            row.update(_new_firm(row))
        write_cols = [c for c in cols if c != "version" and not (t.has_id and c == "id")]
        if t.has_id and team_key is not None:
            write_cols.append("id")  # a row the team deleted meanwhile: back under its id
            row["id"] = json.loads(team_key)[0]
        if t.name == "firms":
            write_cols += [c for c in ("name_norm", "text_hash") if c not in write_cols]
        # the table's name unquoted: on a server, app.pg adds ``RETURNING id`` (for
        # ``lastrowid``) to an INSERT into a table it recognises by its plain name
        cur = self.team.execute(
            f"INSERT INTO {t.name} ({', '.join(q(c) for c in write_cols)}) "
            f"VALUES ({', '.join('?' for _ in write_cols)})",
            tuple(row.get(c) for c in write_cols),
        )
        if team_key is None:
            if t.has_id and cur.lastrowid is None:
                raise RuntimeError(f"no id for the new row of {t.name}")  # never a [null] key
            team_key = key_text([cur.lastrowid]) if t.has_id else key_of(t, row)
            self.idmap[t.name][local] = team_key
            self.map[t.name][local] = team_key
        for col in pending:
            self.links.append(_Link(t, local, team_key, col, local_row[col], None, True, local_row))
        if t.name == "corrections":
            self.apply_correction(mine)
        changes = {f: row.get(f) for f in names if row.get(f) is not None}
        self.audit("sync_add", t, team_key, mine, local_row, changes)
        self.settled.add((t.name, local))
        self.base_put[(t.name, local)] = (team_key, {f: mine.get(f) for f in names})
        self.result.added += 1

    def relink(self, link: _Link) -> None:
        """Point a row at a row made offline in a table merged after it (a team project at an
        offline deal …), now that the latter has its team key; three-way against the base for
        a row that existed, so a colleague's own change of the link is not overwritten."""
        t, col = link.t, link.col
        value = self.remap(t.refs[col], link.local_value)
        if value is _MISSING:
            return  # its target was not merged (held by a conflict): the next check-in
        where = " AND ".join(f"{q(c)} = ?" for c in t.key)
        key_values = json.loads(link.team_key)
        current = self.team.scalar(f"SELECT {q(col)} FROM {q(t.name)} WHERE {where}", key_values)
        entry = self.base_put.get((t.name, link.local))
        if not link.inserted and not same(current, value) and not same(current, link.base):
            decided = self.decision(t, link.local, col, current)
            if decided != "mine":
                if decided == "theirs":
                    self.copy_fix.append((t.name, link.local, col, current))
                    if entry is not None:
                        entry[1][col] = current
                    return
                # the record's other fields are merged; this link waits for a person
                self.settled.discard((t.name, link.local))
                record = self.label(t, link.local_row, link.team_key)
                self.conflict(t, link.local, link.team_key, record, col, link.base, value, current)
                return
        if not same(current, value):
            self.team.execute(
                f"UPDATE {q(t.name)} SET {q(col)} = ? WHERE {where}", (value, *key_values)
            )
            if not link.inserted:
                changes = {col: {"old": current, "new": value}}
                row = {col: value}
                if "firm_id" in t.refs:
                    row["firm_id"] = self.team.scalar(
                        f"SELECT firm_id FROM {q(t.name)} WHERE {where}", key_values
                    )
                self.audit("sync_edit", t, link.team_key, row, link.local_row, changes)
                if (t.name, link.local) not in self._counted:
                    self._counted.add((t.name, link.local))
                    self.result.updated += 1
        if entry is not None:
            entry[1][col] = value

    def apply_correction(self, mine: dict[str, Any]) -> None:
        """A direction confirmed or corrected offline is the firm's direction in the team's
        database too (as ``confirm`` does), and a code the team's catalog no longer has is
        reported, not lost."""
        missing = [
            str(c)
            for c in (mine.get("direction"), mine.get("segment"))
            if c and not _in_catalog(self.team, str(c))
        ]
        if missing:
            # kept as the correction row, but the firm is never pointed at a code the
            # catalog no longer has (as catalog_store.remove_segment guarantees)
            self.result.notes.append(
                _(msg.ORPHAN_CORRECTION).format(
                    record=self.shown(BY_NAME["corrections"], mine, None), code=missing[0]
                )
            )
            return
        self.team.execute(
            "UPDATE firms SET direction = ?, segment = ?, direction_confirmed = 1 WHERE id = ?",
            (mine.get("direction"), mine.get("segment"), mine.get("firm_id")),
        )

    def deleted_offline(
        self,
        t: Table,
        cols: list[str],
        names: list[str],
        local: str,
        team_key: str,
        data: dict[str, Any],
    ) -> None:
        """A row deleted offline: deleted in the team database when the team left it as it
        was at checkout; changed by a colleague meanwhile, a conflict about the whole record
        (mine: deleted, theirs: the fields they changed) for a person to decide."""
        theirs = self.team_row(t, cols, team_key)
        if theirs is None:
            self.base_drop.append((t.name, local))
            self.settled.add((t.name, local))
            return  # deleted on both sides
        record = self.label(t, theirs, team_key)
        if not t.deletable:
            self.base_drop.append((t.name, local))
            self.result.notes.append(
                _(msg.NOT_DELETED).format(
                    record=shown_record(t.name, record), what=_(msg.TABLE_ZH.get(t.name, t.name))
                )
            )
            return
        # a stamp moved with an edit is no edit of its own
        changed = [
            f for f in names if f not in STAMP_COLUMNS and not same(theirs.get(f), data.get(f))
        ]
        if changed:
            seen = {f: theirs.get(f) for f in changed}
            decided = self.decision(t, local, WHOLE, seen)
            if decided is None:
                base = {f: data.get(f) for f in changed}
                self.conflict(t, local, team_key, record, WHOLE, base, None, seen)
                return  # the team's row stays, and so does the base: asked again next time
            if decided == "theirs":
                # the team's record stays, and comes back into the copy under its key (unless
                # a new row of the copy took that key meanwhile)
                self.settled.add((t.name, local))
                back = local.removeprefix(GONE)
                if back != local:
                    self.base_drop.append((t.name, local))
                if (t.name, back) not in self.base_put and back not in self.base.get(t.name, {}):
                    self.copy_restore.append((t.name, back, team_key, theirs))
                    self.base_put[(t.name, back)] = (team_key, {f: theirs.get(f) for f in names})
                elif back == local:
                    self.base_drop.append((t.name, local))
                return
        where = " AND ".join(f"{q(c)} = ?" for c in t.key)
        self.team.execute(f"DELETE FROM {q(t.name)} WHERE {where}", json.loads(team_key))
        local_row = self.local_row(t, local, data)
        self.audit("sync_delete", t, team_key, theirs, local_row, {f: theirs.get(f) for f in names})
        self.base_drop.append((t.name, local))
        self.settled.add((t.name, local))
        self.result.deleted += 1

    def local_row(self, t: Table, local: str, data: dict[str, Any]) -> dict[str, Any]:
        """A row deleted from the copy as the copy had it (its base, references in the copy's
        keys): whose audit entries say who deleted it, and when."""
        row = {c: self._local_value(t.refs[c], v) if c in t.refs else v for c, v in data.items()}
        row.update(zip(t.key, json.loads(local.removeprefix(GONE)), strict=True))
        return row

    def store_team_conflicts(self) -> None:
        """In the team database: forget the conflicts of records now merged, and — for a
        change file — keep those that wait, to be listed and decided there (``chainfill
        --db TEAM conflicts list|resolve``) and written when the file is applied again.
        A decision for the team's value stays on record: a later file from the same copy
        carries the same change and is answered by it."""
        if self.dry_run or not self.team.has_table("sync_conflicts"):
            return
        for tbl, local in sorted(self.settled):
            self.team.execute(
                "DELETE FROM sync_conflicts WHERE tbl = ? AND local_key = ? "
                "AND (resolution IS NULL OR resolution = 'mine')",
                (tbl, store_key(self.copy_id, local)),
            )
        if not self.conflicts_on_team:
            return
        stamp = now()
        for k in self.open:
            key = (k.table, store_key(self.copy_id, k.local_key), k.field)
            values = (
                k.team_key,
                k.record,
                dumps(k.base),
                dumps(k.mine),
                dumps(k.theirs),
                stamp,
            )
            found = self.team.scalar(
                "SELECT conflict_id FROM sync_conflicts WHERE tbl = ? AND local_key = ? "
                "AND field = ?",
                key,
            )
            if found is not None:
                self.team.execute(
                    "UPDATE sync_conflicts SET team_key = ?, record = ?, base = ?, mine = ?, "
                    "theirs = ?, found_at = ?, resolution = NULL, resolved_by = NULL, "
                    "resolved_at = NULL WHERE conflict_id = ?",
                    (*values, found),
                )
                k.id = int(found)
                continue
            # ids counted here (the table has no identity column on a server); a second
            # check-in at the same moment waits for this one's lock, or fails and rolls back
            if self.team.is_postgres:
                self.team.execute("LOCK TABLE sync_conflicts IN SHARE ROW EXCLUSIVE MODE")
            k.id = int(
                self.team.scalar("SELECT coalesce(max(conflict_id), 0) + 1 FROM sync_conflicts")
            )
            self.team.execute(
                "INSERT INTO sync_conflicts (conflict_id, tbl, local_key, field, team_key, "
                "record, base, mine, theirs, found_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (k.id, *key, *values),
            )

    # -- the copy, after the team committed ----------------------------------------------------
    def write_copy(self) -> None:
        c = self.copy
        stamp = now()
        with c.write():
            for tbl, local, _team_key, theirs in self.copy_restore:
                if not self._restore(tbl, local, theirs):
                    self.base_put.pop((tbl, local), None)
                    self.base_drop.append((tbl, local))
            c.conn.executemany(
                "INSERT INTO sync_base (tbl, local_key, team_key, data) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (tbl, local_key) DO UPDATE SET team_key = excluded.team_key, "
                "data = excluded.data",
                [(tbl, local, k, dumps(d)) for (tbl, local), (k, d) in self.base_put.items()],
            )
            c.conn.executemany(
                "DELETE FROM sync_base WHERE tbl = ? AND local_key = ?", self.base_drop
            )
            for tbl, local, f, value in self.copy_fix:
                t = BY_NAME[tbl]
                if f in t.refs:
                    value = self._local_value(t.refs[f], value)
                where = " AND ".join(f"{q(k)} = ?" for k in t.key)
                c.conn.execute(
                    f"UPDATE {q(tbl)} SET {q(f)} = ? WHERE {where}", (value, *json.loads(local))
                )
            c.conn.executemany(
                "DELETE FROM sync_conflicts WHERE tbl = ? AND local_key = ?", list(self.settled)
            )
            for k in [] if self.conflicts_on_team else self.open:
                row = c.execute(
                    "INSERT INTO sync_conflicts (tbl, local_key, team_key, record, field, base, "
                    "mine, theirs, found_at) VALUES (?,?,?,?,?,?,?,?,?) "
                    "ON CONFLICT (tbl, local_key, field) DO UPDATE SET "
                    "team_key = excluded.team_key, record = excluded.record, "
                    "base = excluded.base, mine = excluded.mine, theirs = excluded.theirs, "
                    "found_at = excluded.found_at, resolution = NULL, resolved_by = NULL, "
                    "resolved_at = NULL RETURNING conflict_id",
                    (
                        k.table,
                        k.local_key,
                        k.team_key,
                        k.record,
                        k.field,
                        dumps(k.base),
                        dumps(k.mine),
                        dumps(k.theirs),
                        stamp,
                    ),
                ).fetchone()
                k.id = int(row[0])
            c.conn.execute(
                "UPDATE sync_origin SET last_checkin_at = ?, last_checkin_by = ?",
                (stamp, self.person.name if self.person else None),
            )

    def _restore(self, tbl: str, local: str, theirs: dict[str, Any]) -> bool:
        """Put a row deleted offline back into the copy with the team's values (the person
        chose theirs); False when it cannot come back (its parent is gone from the copy)."""
        t = BY_NAME[tbl]
        row = {c: self._local_value(t.refs[c], v) if c in t.refs else v for c, v in theirs.items()}
        row.update(zip(t.key, json.loads(local), strict=True))
        names = [c for c in row if c in set(columns(self.copy, tbl))]
        try:
            self.copy.conn.execute(
                f"INSERT INTO {q(tbl)} ({', '.join(q(c) for c in names)}) "
                f"VALUES ({', '.join('?' for _ in names)})",
                tuple(row[c] for c in names),
            )
        except sqlite3.IntegrityError:
            return False
        return True

    def _local_value(self, ref: str, team_value: Any) -> Any:
        wanted = key_text([team_value])
        for local, team in self.map[ref].items():
            if team == wanted and not local.startswith(GONE):
                return json.loads(local)[0]
        return team_value


def _made_index(copy: Any) -> dict[tuple[str, str], tuple[str, str]]:
    """(entity, id) -> the last (person, time) the copy's audit log has for it."""
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for r in copy.execute(
        "SELECT entity, entity_id, user, at FROM audit WHERE entity_id IS NOT NULL ORDER BY id"
    ):
        out[(r[0], str(r[1]))] = (r[2] or "", r[3])
    return out


def _firm_derived(team: Any, firm_id: int, writes: dict[str, Any]) -> dict[str, Any]:
    """What a firm edit also changes (as app.firm_edit does): the matching key, the text
    hash, and a pending reclassification unless a person confirmed the direction."""
    out: dict[str, Any] = {}
    if "name" in writes:
        out["name_norm"] = normalise_name(writes["name"] or "")
    if any(f in writes for f in TEXT_HASH_FIELDS):
        cols = ", ".join(("direction_confirmed", *TEXT_HASH_FIELDS))
        row = team.execute(f"SELECT {cols} FROM firms WHERE id = ?", (firm_id,)).fetchone()
        merged = {f: writes.get(f, row[i + 1]) for i, f in enumerate(TEXT_HASH_FIELDS)}
        out["text_hash"] = text_hash([merged[f] for f in TEXT_HASH_FIELDS])
        if not row[0]:
            out["classified_at"] = None
    return out


def _new_firm(row: dict[str, Any]) -> dict[str, Any]:
    """A firm made offline enters the team's database pending classification by the team's
    model (a direction a person confirmed comes along as its ``corrections`` row)."""
    return {
        "name_norm": normalise_name(row.get("name") or ""),
        "text_hash": text_hash([row.get(f) for f in TEXT_HASH_FIELDS]),
        "classified_at": None,
    }


def _in_catalog(team: Any, code: str) -> bool:
    from app import catalog_store

    cat = catalog_store.current(team)
    codes = {d.code for d in cat.directions}
    for d in cat.directions:
        codes |= {s.code for s in d.segments}
    return code in codes


def checkin(
    copy: Any,
    team: Any,
    *,
    dry_run: bool = False,
    deleted: dict[str, list[str]] | None = None,
    when_complete: Callable[[Any], None] | None = None,
    conflicts_on_team: bool = False,
) -> Result:
    """Merge the working copy ``copy`` into ``team`` (both opened). Conflicts are stored in
    the copy (not on a dry run); returns what was merged and what waits.

    For a change file (app.sync.changes): ``deleted`` lists the rows deleted offline,
    ``when_complete`` runs inside the team's transaction when nothing waits, and
    ``conflicts_on_team`` keeps the conflicts in the team database (decided there)."""
    o = origin(copy)
    if o is None:
        raise UserError(_(msg.NOT_A_COPY).format(path=copy.name))
    if not team.is_postgres and team.path.resolve() == copy.path.resolve():
        raise UserError(_(msg.SAME_FILE))
    team_id = migrations.ensure_identity(team)
    if not team_id:
        raise UserError(_(msg.NO_IDENTITY))
    if team_id != o["source_db_id"]:
        raise UserError(_(msg.OTHER_DATABASE).format(copy_db=o["source_db_id"], team_db=team_id))
    job = _Checkin(copy, team, o, deleted, conflicts_on_team=conflicts_on_team, dry_run=dry_run)
    try:
        with team.write():
            job.run()
            if when_complete is not None and not job.open:
                when_complete(team)
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    res = job.result
    res.dry_run = dry_run
    res.merged = res.added + res.updated + res.deleted
    if not dry_run:
        job.write_copy()
    res.conflicts = job.open
    return res
