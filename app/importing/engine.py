"""The firm importer: validate rows, match them to existing firms, merge, all in one transaction.

Matching: by USCC first; then by normalised name, but only with a firm that has no USCC or
(when the row has none) any USCC. Merging: empty fields are filled; a different value is
replaced by the file's (the file being imported is the newer source) and listed as a conflict.
Empty cells never erase a value.

Inside one file, a later row for the same firm merges into the earlier one (``unchanged``
when identical), except that two rows with the same USCC and different names are a mistake in
the file: the later row is rejected and the first one wins.

Provenance: ``firms.provenance`` is JSON ``{"*": entry, field: entry, …}`` where an entry is
``{"source", "at", "import"}``: ``*`` covers the values the firm was created with, a field key
the fields a later import filled or changed (see :func:`field_provenance`).

Speed (a million rows must cost little more than SQLite's own CSV import plus an FTS build):
rows are converted one by one (:mod:`app.importing.convert`) and matched per batch; new firms
go through the bulk loader (:mod:`app.importing.bulk`). Existing firms are looked up per
batch through the ``firms_uscc`` / ``firms_name_norm`` indexes; into an empty table the ids
of the keys written are kept by hash instead (the loader then builds the indexes at the end).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import time
from collections.abc import Iterator
from typing import Any

from app.db import Database, now, os_user
from app.firm_record import BOOKKEEPING, FIELDS, STAMPS
from app.importing.bulk import BATCH, BulkLoader
from app.importing.convert import CREATED, Column, RowConverter, same_value
from app.importing.readers import Sheet
from app.importing.report import Conflict, ImportReport, Reject, RejectsWriter
from app.jobs import CancelToken, Progress
from app.parsing import TEXT_HASH_FIELDS, text_hash
from resources.i18n import _

# Columns the importer reads back to merge into, and what an update writes.
FIRM_COLUMNS: tuple[str, ...] = ("id", *FIELDS, *BOOKKEEPING)
UPDATE_COLUMNS: tuple[str, ...] = (*FIELDS, *BOOKKEEPING)


class _Firm:
    """A firm row being merged: current values, and what this import changed."""

    __slots__ = ("before", "changed", "existing", "id", "is_new", "values")

    def __init__(self, values: dict[str, Any], is_new: bool, existing: bool):
        self.values = values
        self.id: int = values["id"]
        self.is_new = is_new  # inserted by this batch (not yet in the table)
        self.existing = existing  # existed before this import started
        self.changed: set[str] = set()
        self.before: dict[str, Any] = {}


class Importer:
    """One import run inside the caller's write transaction."""

    def __init__(
        self,
        db: Database,
        sheet: Sheet,
        columns: list[Column],
        report: ImportReport,
        source: str,
        rejects: RejectsWriter | None,
    ):
        self.db = db
        self.conn: sqlite3.Connection = db.conn
        self.sheet = sheet
        self.columns = columns
        self.report = report
        self.source = source
        self.rejects = rejects
        self.at = now()
        self.import_id = 0
        self.first_new_id = 0
        self.next_id = 0
        self.touched: set[int] = set()  # pre-existing firms matched by a row of this file
        self.fts_dirty: set[int] = set()  # indexed firms whose FTS entry was deleted
        self._created_provenance = ""
        # Insert only the columns this file can fill (fewer bound parameters per row).
        mapped = {col.field for col in columns}
        if "registered_capital" in mapped:
            mapped.add("currency")
        self.bulk = BulkLoader(
            db,
            ("id", *(f for f in FIELDS if f in mapped), "name_norm", "provenance", "text_hash"),
            STAMPS,
            (source, self.at, self.at),
        )
        self.key_ids: tuple[dict[int, int], dict[int, Any]] | None = None  # see _lookup

    # -- setup and teardown -------------------------------------------------------------------
    def begin(self) -> None:
        c = self.conn
        cur = c.execute(
            "INSERT INTO imports (file, source, kind, started_at, user, status) "
            "VALUES (?, ?, 'firms', ?, ?, 'running')",
            (str(self.sheet.path), self.source, self.at, os_user()),
        )
        self.import_id = int(cur.lastrowid or 0)
        self._created_provenance = json.dumps(
            {CREATED: {"source": self.source, "at": self.at, "import": self.import_id}},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        max_id = c.execute("SELECT max(id) FROM firms").fetchone()[0]
        self.first_new_id = self.next_id = (max_id or 0) + 1
        if max_id is None:
            # An empty table: matching needs no index (the ids of the keys written are kept
            # by hash), so the loader builds the table's indexes once at the end.
            self.key_ids = ({}, {})
        self.bulk.begin(self.first_new_id, defer_indexes=max_id is None)

    def close(self) -> None:
        """Stop the loader's thread and restore the connection's settings (always)."""
        self.bulk.close()

    def finish(self) -> None:
        c = self.conn
        self.bulk.flush()
        fts = self.bulk.fts_columns
        if fts and self.fts_dirty:
            cols = ", ".join(fts)
            c.executemany(
                f"INSERT INTO firms_fts(rowid, {cols}) SELECT id, {cols} FROM firms WHERE id = ?",
                ((i,) for i in sorted(self.fts_dirty)),
            )
        deferred = self.bulk.deferred_indexes
        self.bulk.finish()
        # Into an empty table (which the import holds alone already), the foreign keys of the
        # change log are checked once at the end, not row by row (PostgreSQL; 2.6 s -> 1 s
        # for 200,000 firms).
        with contextlib.ExitStack() as stack:
            if deferred:
                stack.enter_context(self.db.schema_objects_dropped("foreign key", "import_changes"))
            c.execute(
                "INSERT INTO import_changes (import_id, firm_id, action) "
                "SELECT ?, id, 'added' FROM firms WHERE id >= ?",
                (self.import_id, self.first_new_id),
            )
        r = self.report
        stored = r.to_json()
        stored.pop("mapping", None)
        c.execute(
            "UPDATE imports SET finished_at = ?, read = ?, added = ?, updated = ?, unchanged = ?, "
            "rejected = ?, status = 'done', report = ? WHERE id = ?",
            (
                now(),
                r.read,
                r.added,
                r.updated,
                r.unchanged,
                r.rejected,
                json.dumps(stored, ensure_ascii=False, default=str),
                self.import_id,
            ),
        )
        self.db.audit(
            "import",
            "imports",
            self.import_id,
            {
                "file": r.file,
                "source": r.source,
                "read": r.read,
                "added": r.added,
                "updated": r.updated,
                "unchanged": r.unchanged,
                "rejected": r.rejected,
                "conflicts": r.conflicts_total,
            },
        )

    # -- rows ---------------------------------------------------------------------------------
    def run(self, cancel: CancelToken | None) -> Iterator[Progress]:
        """Convert, match and write every row; yields progress after each batch."""
        report = self.report
        columns = self.columns
        convert = RowConverter(columns)
        header = self.sheet.headers
        name_index = next(c.position for c in columns if c.field == "name")
        name_header = header[name_index] if name_index < len(header) else None
        batch: list[tuple[int, dict[str, Any]]] = []
        scanned = 0
        for rownum, cells in self.sheet.data_rows():
            scanned += 1
            # before any skip: a file of empty rows must still be cancellable
            if cancel is not None and not scanned & 4095:
                cancel.check()
            if not any(cells):
                continue
            if (
                name_header
                and len(cells) > name_index
                and cells[name_index] == name_header
                and ["" if c is None else str(c).strip() for c in cells] == header[: len(cells)]
            ):
                continue  # the header repeated (files pasted together)
            report.read += 1
            record, problems = convert(cells, rownum)
            if record is None:
                self._reject_row(problems)
                continue
            batch.append((rownum, record))
            if len(batch) >= BATCH:
                self._flush(batch)
                batch = []
                if cancel is not None:
                    cancel.check()
                yield self._progress()
        if batch:
            self._flush(batch)
        if cancel is not None:
            cancel.check()
        yield self._progress()

    def _progress(self) -> Progress:
        done, total = self.sheet.progress()
        r = self.report
        return Progress(
            done,
            total,
            _("已处理 {read:,} 行：新增 {added:,}，更新 {updated:,}，拒收 {rejected:,}").format(
                read=r.read, added=r.added, updated=r.updated, rejected=r.rejected
            ),
        )

    def _reject_row(self, problems: list[Reject]) -> None:
        self.report.rejected += 1
        for p in problems:
            self.report.add_reject(p)
            if self.rejects is not None:
                self.rejects.write(p)

    def _lookup(self, batch: list[tuple[int, dict[str, Any]]]) -> list[dict[str, Any]]:
        """The firms in the table that rows of this batch may match."""
        cols = ", ".join(FIRM_COLUMNS)
        rows: dict[int, tuple] = {}
        if self.key_ids is not None:
            # The table was empty: only firms this import wrote can match, and their ids are
            # known by the hashes of their keys (a collision only fetches a row too many).
            uscc_ids, name_ids = self.key_ids
            ids: set[int] = set()
            for _, r in batch:
                code = r.get("uscc")
                if code:
                    found = uscc_ids.get(hash(code))
                    if found is not None:
                        ids.add(found)
                found = name_ids.get(hash(r["name_norm"]))
                if found is not None:
                    if isinstance(found, list):
                        ids.update(found)
                    else:
                        ids.add(found)
            if not ids:
                return []  # nothing to read: the loader's thread keeps the connection
            self.bulk.wait()  # (the firms of earlier batches are in the table then)
            among, values = self.db.dialect.in_values(sorted(ids))
            for row in self.conn.execute(f"SELECT {cols} FROM firms WHERE id{among}", (values,)):
                rows[row[0]] = row
        else:
            self.bulk.wait()
            usccs = sorted({r["uscc"] for _, r in batch if "uscc" in r})
            names = sorted({r["name_norm"] for _, r in batch})
            in_values = self.db.dialect.in_values
            if usccs:
                among, values = in_values(usccs)
                for row in self.conn.execute(
                    f"SELECT {cols} FROM firms WHERE uscc IS NOT NULL AND uscc{among}", (values,)
                ):
                    rows[row[0]] = row
            among, values = in_values(names)
            for row in self.conn.execute(
                f"SELECT {cols} FROM firms WHERE name_norm{among}", (values,)
            ):
                rows[row[0]] = row
        return [dict(zip(FIRM_COLUMNS, rows[i], strict=True)) for i in sorted(rows)]

    def _flush(self, batch: list[tuple[int, dict[str, Any]]]) -> None:
        # Matching keys -> the firm: a _Firm for rows read from the table, the plain record
        # dict for a firm this batch creates (the common case, kept cheap).
        by_uscc: dict[str, Any] = {}
        by_name: dict[str, list[Any]] = {}
        for values in self._lookup(batch):
            firm = _Firm(values, is_new=False, existing=values["id"] < self.first_new_id)
            if values["uscc"]:
                by_uscc[values["uscc"]] = firm
            by_name.setdefault(values["name_norm"], []).append(firm)

        inserts: list[dict[str, Any]] = []
        updates: dict[int, _Firm] = {}
        report = self.report
        first_new = self.first_new_id
        touched = self.touched
        created = self._created_provenance
        for rownum, record in batch:
            code = record.get("uscc")
            norm = record["name_norm"]
            target = by_uscc.get(code) if code else None
            if target is not None:
                tv = target if type(target) is dict else target.values
                if tv["name_norm"] != norm and (tv["id"] >= first_new or tv["id"] in touched):
                    self._reject_row(
                        [
                            Reject(
                                rownum,
                                FIELDS["uscc"],
                                code or "",
                                _(
                                    "统一社会信用代码 {code} 与本文件前面一行相同，但企业名称不同"
                                    "（前一行为“{earlier}”，本行为“{this}”）："
                                    "同一代码只能对应一家企业，已保留先出现的一行"
                                ).format(code=code, earlier=tv["name"], this=record["name"]),
                            )
                        ]
                    )
                    continue
            else:
                for candidate in by_name.get(norm, ()):
                    cv = candidate if type(candidate) is dict else candidate.values
                    if not code or not cv.get("uscc"):
                        target = candidate
                        break
            if target is None:
                # A new firm: the record itself becomes the row (it is not used again).
                record["id"] = self.next_id
                self.next_id += 1
                record["provenance"] = created
                record["text_hash"] = text_hash([record.get(f) for f in TEXT_HASH_FIELDS])
                inserts.append(record)
                if code:
                    by_uscc[code] = record
                same = by_name.get(norm)
                if same is None:
                    by_name[norm] = [record]
                else:
                    same.append(record)
                report.added += 1
                continue
            if type(target) is dict:
                firm = _Firm(target, is_new=True, existing=False)
            else:
                firm = target
                if firm.existing:
                    touched.add(firm.id)
            old_norm = firm.values["name_norm"]
            if self._merge(firm, record, rownum):
                report.updated += 1
                if not firm.is_new:
                    updates[firm.id] = firm
                if code and firm.values.get("uscc") == code:
                    by_uscc[code] = target
                if firm.values["name_norm"] != old_norm:
                    by_name.setdefault(firm.values["name_norm"], []).append(target)
            else:
                report.unchanged += 1
        self._write(inserts, list(updates.values()))

    def _merge(self, firm: _Firm, record: dict[str, Any], rownum: int) -> bool:
        """Apply a row to a firm; True when something changed."""
        values = firm.values
        changed: list[str] = []
        for field, new in record.items():
            if field == "name_norm":
                continue
            old = values.get(field)
            if old is None or old == "":
                pass
            elif field == "name":
                if record["name_norm"] == values["name_norm"]:
                    continue  # the same name written with other brackets or spaces
            elif same_value(old, new):
                continue
            if old is not None and old != "":
                self.report.add_conflict(Conflict(firm.id, values["name"], field, old, new, rownum))
            changed.append(field)
            self._set(firm, field, new)
        if not changed:
            return False
        if "name" in changed:
            self._set(firm, "name_norm", record["name_norm"])
        if any(f in TEXT_HASH_FIELDS for f in changed):
            new_hash = text_hash([values.get(f) for f in TEXT_HASH_FIELDS])
            if new_hash != values.get("text_hash"):
                indexed = firm.existing or firm.id < self.bulk.fts_indexed_upto
                if not firm.is_new and indexed and firm.id not in self.fts_dirty:
                    self._fts_delete(firm)
                self._set(firm, "text_hash", new_hash)
                self._set(firm, "classified_at", None)
        if firm.id < self.first_new_id:  # firms created by this import keep {"*": …}
            try:
                prov = json.loads(values.get("provenance") or "{}")
                if not isinstance(prov, dict):
                    prov = {}
            except ValueError:
                prov = {}
            entry = {"source": self.source, "at": self.at, "import": self.import_id}
            for f in changed:
                prov[f] = entry
            self._set(
                firm, "provenance", json.dumps(prov, ensure_ascii=False, separators=(",", ":"))
            )
            self._set(firm, "updated_at", self.at)
        return True

    def _set(self, firm: _Firm, column: str, value: Any) -> None:
        if not firm.is_new and column not in firm.before:
            firm.before[column] = firm.values.get(column)
        firm.values[column] = value
        firm.changed.add(column)

    def _fts_delete(self, firm: _Firm) -> None:
        """Remove the FTS entry of an indexed firm before its text changes (once); finish()
        indexes it again with its final text."""
        fts = self.bulk.fts_columns
        if not fts:
            return
        cols = ", ".join(fts)
        marks = ", ".join("?" * len(fts))
        # The entry holds the values from before this import: the firm's values in `before`
        # where this import already changed them, else its current ones.
        old = [firm.before[c] if c in firm.before else firm.values.get(c) for c in fts]
        self.conn.execute(
            f"INSERT INTO firms_fts(firms_fts, rowid, {cols}) VALUES ('delete', ?, {marks})",
            (firm.id, *old),
        )
        self.fts_dirty.add(firm.id)

    def _write(self, inserts: list[dict[str, Any]], updates: list[_Firm]) -> None:
        c = self.conn
        if self.key_ids is not None:
            uscc_ids, name_ids = self.key_ids
            for values in (*inserts, *(f.values for f in updates)):
                firm_id = values["id"]
                code = values.get("uscc")
                if code:
                    uscc_ids[hash(code)] = firm_id
                key = hash(values["name_norm"])
                known = name_ids.get(key)
                if known is None:
                    name_ids[key] = firm_id
                elif isinstance(known, list):
                    if firm_id not in known:
                        known.append(firm_id)
                elif known != firm_id:
                    name_ids[key] = [known, firm_id]
        if updates:
            self.bulk.wait()  # (it already has: updates come from rows read by _lookup)
            assignments = ", ".join(f"{k} = ?" for k in UPDATE_COLUMNS)
            c.executemany(
                f"UPDATE firms SET {assignments} WHERE id = ?",
                [(*map(f.values.get, UPDATE_COLUMNS), f.id) for f in updates],
            )
            self._record_changes([f for f in updates if f.existing])
        self.bulk.add(inserts)

    def _record_changes(self, firms: list[_Firm]) -> None:
        """import_changes rows for pre-existing firms; the first values seen are kept."""
        if not firms:
            return
        c = self.conn
        among, values = self.db.dialect.in_values([f.id for f in firms])
        known = {
            r[0]: r[1]
            for r in c.execute(
                f"SELECT firm_id, before FROM import_changes WHERE import_id = ? AND firm_id{among}",
                (self.import_id, values),
            )
        }
        rows = []
        for f in firms:
            before = dict(f.before)
            if f.id in known:
                earlier = json.loads(known[f.id] or "{}")
                before.update(earlier)  # values from before the import win
            rows.append((self.import_id, f.id, json.dumps(before, ensure_ascii=False, default=str)))
        c.executemany(
            "INSERT INTO import_changes (import_id, firm_id, action, before) VALUES (?, ?, 'updated', ?) "
            "ON CONFLICT (import_id, firm_id) DO UPDATE SET before = excluded.before",
            rows,
        )


def run_import(
    db: Database,
    sheet: Sheet,
    columns: list[Column],
    report: ImportReport,
    source: str,
    rejects: RejectsWriter | None,
    cancel: CancelToken | None,
) -> Iterator[Progress]:
    """Run the import inside the caller's transaction (begin, rows, finish)."""
    started = time.monotonic()
    importer = Importer(db, sheet, columns, report, source, rejects)
    try:
        importer.begin()
        report.import_id = importer.import_id
        yield from importer.run(cancel)
        report.elapsed = time.monotonic() - started
        importer.finish()
        report.elapsed = time.monotonic() - started
    finally:
        importer.close()
