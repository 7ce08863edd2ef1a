"""Importing firm lists: preview and mapping, the import job, and undoing an import.

Public API (the UI wizard and the CLI use these names)::

    preview(path, mapping=None, sample_rows=200) -> Preview
    mapping_from_pairs(path, ["列名=字段", …]) -> mapping (chainfill import --map)
    import_firms(db, path, *, source=None, mapping=None, dry_run=False, cancel=None,
                 rejects_path=None) -> job yielding Progress, returning ImportReport
    undo_import(db, import_id) -> dict
    FIELDS, template_headers()

``mapping`` is ``{column index (0-based): field name or None}``; columns left out are ignored.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.db import Database
from app.errors import UserError
from app.importing.convert import RowConverter, compile_columns, field_provenance, resolve_mapping
from app.importing.engine import run_import
from app.importing.headers import EMPTY, FIELDS, IgnoredColumn, template_headers
from app.importing.readers import open_sheet
from app.importing.report import Conflict, ImportReport, Reject, RejectsWriter
from app.jobs import CancelToken, Job, Progress
from app.parsing import TEXT_HASH_FIELDS, normalise_name, text_hash
from resources.i18n import _

__all__ = [
    "FIELDS",
    "Conflict",
    "ImportReport",
    "Preview",
    "Reject",
    "field_provenance",
    "import_firms",
    "mapping_from_pairs",
    "preview",
    "template_headers",
    "undo_import",
]

PREVIEW_PROBLEMS_CAP = 50


@dataclass
class Preview:
    """What the import wizard shows before anything is written."""

    path: str
    format: str  # 'csv' | 'xlsx'
    encoding: str | None  # the Python codec of a CSV (None for XLSX)
    encoding_label: str  # for people, e.g. 'GBK（简体中文）'
    header_row: int  # 1-based
    headers: list[str]
    mapping: dict[int, str | None]
    ignored: list[str]  # "header（reason）" for each column that will not be imported, worded
    sample: list[list[str]]
    problems: list[str]
    sheet_name: str | None = None
    delimiter: str | None = None
    ignored_reasons: dict[int, IgnoredColumn] = field(default_factory=dict)

    @property
    def rows(self) -> list[list[str]]:
        return self.sample


def _display(cell: Any) -> str:
    if cell is None:
        return ""
    if isinstance(cell, datetime):
        return cell.date().isoformat() if cell.time() == datetime.min.time() else cell.isoformat()
    if isinstance(cell, date):
        return cell.isoformat()
    if isinstance(cell, float) and cell.is_integer() and abs(cell) < 1e15:
        return str(int(cell))
    return str(cell)


def _ignored(headers: list[str], reasons: dict[int, IgnoredColumn]) -> list[str]:
    """ "header（reason）" for each column left out, in the language in force; a blank column
    with a blank header is not worth a line."""
    return [
        _("{column}（{reason}）").format(
            column=headers[i] or _("第 {n} 列").format(n=i + 1), reason=reason.text()
        )
        for i, reason in sorted(reasons.items())
        if i < len(headers) and (headers[i] or reason.code != EMPTY)
    ]


def preview(
    path: str | os.PathLike[str],
    mapping: dict[int, str | None] | None = None,
    sample_rows: int = 200,
) -> Preview:
    """Read the head of a file: encoding, header row, detected (or given) mapping, sample rows
    and the problems found in them. Raises UserError for a file that cannot be imported at all;
    a missing name column is reported in ``problems`` so the person can fix the mapping."""
    problems: list[str] = []
    try:
        sheet = open_sheet(path, assume_header=mapping is not None)
    except UserError:
        if mapping is not None:
            raise
        # No header we know: show the file anyway, first non-empty row as the header, so that
        # the person can map the columns by hand (an empty or unreadable file still raises).
        sheet = open_sheet(path, assume_header=True)
        problems.append(
            _(
                "没有认出表头：已把第 {row} 行当作表头。"
                "请在上方为每一列选择对应的字段（至少要指定企业名称）。"
            ).format(row=sheet.header_row)
        )
    with sheet:
        try:
            resolved, reasons = resolve_mapping(sheet.headers, mapping)
            columns = compile_columns(sheet.headers, resolved)
        except UserError as exc:
            if mapping is not None:
                raise
            from app.importing.headers import detect_mapping

            resolved, reasons = detect_mapping(sheet.headers)
            columns = None
            problems.append(exc.message)
        convert = RowConverter(columns) if columns is not None else None
        sample: list[list[str]] = []
        for rownum, cells in sheet.data_rows():
            if len(sample) >= sample_rows:
                break
            if not any(cells):
                continue
            sample.append([_display(c) for c in cells])
            if convert is not None and len(problems) < PREVIEW_PROBLEMS_CAP:
                _record, rejects = convert(cells, rownum)
                problems.extend(
                    _("第 {row} 行：{reason}").format(row=r.row, reason=r.reason) for r in rejects
                )
        return Preview(
            path=str(sheet.path),
            format=sheet.format,
            encoding=sheet.encoding,
            encoding_label=_(sheet.encoding_label),
            header_row=sheet.header_row,
            headers=sheet.headers,
            mapping=resolved,
            ignored=_ignored(sheet.headers, reasons),
            sample=sample,
            problems=problems[:PREVIEW_PROBLEMS_CAP],
            sheet_name=sheet.sheet_name,
            delimiter=sheet.delimiter,
            ignored_reasons=reasons,
        )


def mapping_from_pairs(path: str | os.PathLike[str], pairs: list[str]) -> dict[int, str | None]:
    """The mapping ``chainfill import FILE --map 列名=字段 …`` asks for (see
    ``headers.mapping_from_pairs``); the header is the recognised one or else the first
    non-empty row, as in the wizard. UserError for a bad pair; nothing is written."""
    from app.importing import headers as _headers

    with open_sheet(path, assume_header=True) as sheet:
        mapping = _headers.mapping_from_pairs(sheet.headers, pairs)
        resolve_mapping(sheet.headers, mapping)  # no name column, a field twice → UserError
    return mapping


class _DryRun(Exception):
    """Raised inside the transaction of a dry run so that it is rolled back."""


def import_firms(
    db: Database,
    path: str | os.PathLike[str],
    *,
    source: str | None = None,
    mapping: dict[int, str | None] | None = None,
    dry_run: bool = False,
    cancel: CancelToken | None = None,
    rejects_path: str | os.PathLike[str] | None = None,
) -> Job[ImportReport]:
    """Import a firm list as one transaction; a job (generator) yielding Progress.

    File-level problems raise UserError before anything is written; rejected rows are
    counted and reported (first ones in the report, all of them in ``rejects_path``).
    A cancel, an exception or a closed generator rolls everything back. ``dry_run`` does the
    whole import and then rolls it back, so the counts are exact.
    """
    p = Path(path)
    rejects = RejectsWriter(rejects_path) if rejects_path is not None else None
    try:
        with open_sheet(p, assume_header=mapping is not None) as sheet:
            resolved, reasons = resolve_mapping(sheet.headers, mapping)
            columns = compile_columns(sheet.headers, resolved)
            report = ImportReport(
                file=str(p),
                source=(source or "").strip() or p.name,
                format=sheet.format,
                encoding=sheet.encoding_label,
                header_row=sheet.header_row,
                mapping=resolved,
                ignored=_ignored(sheet.headers, reasons),
                dry_run=dry_run,
                rejects_file=str(rejects.path) if rejects else None,
            )
            yield Progress(0, None, _("正在导入 {name}").format(name=p.name))
            try:
                with db.write():
                    # A savepoint as well, so that a dry run or a failure undoes exactly the
                    # import even when the caller already holds a transaction.
                    db.conn.execute("SAVEPOINT chainfill_import")
                    try:
                        yield from run_import(
                            db, sheet, columns, report, report.source, rejects, cancel
                        )
                        if dry_run:
                            raise _DryRun
                    except BaseException:
                        with contextlib.suppress(sqlite3.Error):  # the outer ROLLBACK remains
                            db.conn.execute("ROLLBACK TO chainfill_import")
                            db.conn.execute("RELEASE chainfill_import")
                        raise
                    db.conn.execute("RELEASE chainfill_import")
                    if rejects is not None:
                        rejects.commit()
                        rejects = None
            except _DryRun:
                if rejects is not None:
                    rejects.commit()
                    rejects = None
                report.import_id = None
        return report
    finally:
        if rejects is not None:
            rejects.discard()


def undo_import(db: Database, import_id: int) -> dict[str, Any]:
    """Restore the firms an import added or changed to their state before it.

    Refused (UserError, nothing changed) when a later import that has not been undone touched
    the same firms (undo that one first), when a person edited one of the firms afterwards
    (the audit log says so), or when an added firm has since been put on a shortlist, in the
    pipeline, or given contacts, visits or a confirmed direction.
    """
    with db.write():
        imp = db.conn.execute(
            "SELECT id, kind, status, started_at, file FROM imports WHERE id = ?", (import_id,)
        ).fetchone()
        if imp is None:
            raise UserError(_("没有编号为 {import_id} 的导入记录。").format(import_id=import_id))
        if imp["kind"] != "firms":
            raise UserError(
                _("第 {import_id} 次导入不是企业名单导入，不能在这里撤销。").format(
                    import_id=import_id
                )
            )
        if imp["status"] == "undone":
            raise UserError(_("第 {import_id} 次导入已经撤销过了。").format(import_id=import_id))
        if imp["status"] != "done":
            raise UserError(
                _("第 {import_id} 次导入没有完成（状态：{status}），无需撤销。").format(
                    import_id=import_id, status=imp["status"]
                )
            )
        _refuse_if_unsafe(db, import_id)

        c = db.conn
        restored = 0
        for row in c.execute(
            "SELECT firm_id, before FROM import_changes WHERE import_id = ? AND action = 'updated'",
            (import_id,),
        ).fetchall():
            before = json.loads(row["before"] or "{}")
            columns = [k for k in before if k in _RESTORABLE]
            if not columns:
                continue
            values = [before[k] for k in columns]
            if any(k in TEXT_HASH_FIELDS for k in columns):
                # The text goes back: let the classifier look at the firm again.
                current = dict(
                    c.execute(
                        f"SELECT {', '.join(TEXT_HASH_FIELDS)} FROM firms WHERE id = ?",
                        (row["firm_id"],),
                    ).fetchone()
                )
                current.update({k: before[k] for k in columns if k in TEXT_HASH_FIELDS})
                for k, v in (
                    ("text_hash", text_hash([current[f] for f in TEXT_HASH_FIELDS])),
                    ("classified_at", None),
                    ("name_norm", normalise_name(current["name"])),
                ):
                    if k in columns:
                        values[columns.index(k)] = v
                    else:
                        columns.append(k)
                        values.append(v)
            c.execute(
                f"UPDATE firms SET {', '.join(f'{k} = ?' for k in columns)} WHERE id = ?",
                (*values, row["firm_id"]),
            )
            restored += 1
        deleted = c.execute(
            "DELETE FROM firms WHERE id IN (SELECT firm_id FROM import_changes "
            "WHERE import_id = ? AND action = 'added')",
            (import_id,),
        ).rowcount
        c.execute("UPDATE imports SET status = 'undone' WHERE id = ?", (import_id,))
        result = {"import_id": import_id, "deleted": deleted, "restored": restored}
        db.audit("undo_import", "imports", import_id, {**result, "file": imp["file"]})
    return result


# Audit actions on a firm that do not change the columns an import writes (outreach, pipeline,
# direction confirmation): they do not stand in the way of an undo.
NON_FIELD_ACTIONS = frozenset(
    {
        "stage",
        "contact_add",
        "contact_edit",
        "contact_delete",
        "visit_add",
        "visit_edit",
        "visit_delete",
        "next_step_done",
        "confirm",
        "correct",
        "shortlist_add",
        "shortlist_remove",
    }
)

_RESTORABLE = frozenset(
    {*FIELDS, "name_norm", "provenance", "text_hash", "classified_at", "updated_at"}
)


def _refuse_if_unsafe(db: Database, import_id: int) -> None:
    c = db.conn
    later = [
        r[0]
        for r in c.execute(
            "SELECT DISTINCT later.import_id FROM import_changes mine "
            "JOIN import_changes later ON later.firm_id = mine.firm_id "
            "AND later.import_id > mine.import_id "
            "JOIN imports i ON i.id = later.import_id AND i.status != 'undone' "
            "WHERE mine.import_id = ? ORDER BY later.import_id",
            (import_id,),
        )
    ]
    if later:
        ids = "、".join(str(i) for i in later[:10])
        raise UserError(
            _(
                "第 {ids} 次导入在第 {import_id} 次之后又修改了同一批企业。请先按从新到旧的顺序撤销这些导入，再撤销第 {import_id} 次。"
            ).format(ids=ids, import_id=import_id)
        )
    audit_id = c.execute(
        "SELECT max(id) FROM audit WHERE action = 'import' AND entity = 'imports' AND entity_id = ?",
        (str(import_id),),
    ).fetchone()[0]
    if audit_id is not None:
        marks = ", ".join("?" * len(NON_FIELD_ACTIONS))
        edited = c.execute(
            "SELECT DISTINCT f.name FROM audit a JOIN import_changes ic "
            "ON ic.import_id = ? AND a.entity_id = CAST(ic.firm_id AS TEXT) "
            "JOIN firms f ON f.id = ic.firm_id "
            f"WHERE a.entity IN ('firm', 'firms') AND a.id > ? AND a.action NOT IN ({marks}) "
            "LIMIT 5",
            (import_id, audit_id, *sorted(NON_FIELD_ACTIONS)),
        ).fetchall()
        if edited:
            names = "、".join(r[0] for r in edited)
            raise UserError(
                _(
                    "导入之后有人修改过其中的企业（{names} 等），不能自动撤销第 {import_id} 次导入，以免丢失这些修改。"
                ).format(names=names, import_id=import_id)
            )
    for table, column in _firm_references(db):
        hit = c.execute(
            f'SELECT f.name FROM "{table}" t JOIN import_changes ic ON ic.firm_id = t."{column}" '
            "AND ic.import_id = ? AND ic.action = 'added' JOIN firms f ON f.id = ic.firm_id LIMIT 3",
            (import_id,),
        ).fetchall()
        if hit:
            names = "、".join(r[0] for r in hit)
            raise UserError(
                _(
                    "第 {import_id} 次导入新增的企业（{names} 等）已被用于名单、走访、项目或方向确认等记录，撤销会删除这些记录，因此不能撤销。"
                ).format(import_id=import_id, names=names)
            )


def _firm_references(db: Database) -> list[tuple[str, str]]:
    """(table, column) of every foreign key that points at firms (sqlite-utils reads the schema).

    sqlite-utils loads pandas (~0.6 s): imported here, for the rare undo, not at start-up.
    """
    if db.is_postgres:
        rows = db.query(
            "SELECT c.conrelid::regclass::text, a.attname FROM pg_constraint c "
            "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
            "WHERE c.contype = 'f' AND c.confrelid = 'firms'::regclass "
            "AND c.conrelid::regclass::text != 'import_changes' ORDER BY 1, 2"
        )
        return [(r[0], r[1]) for r in rows]
    import sqlite_utils

    schema = sqlite_utils.Database(db.conn, recursive_triggers=False)  # leave the connection be
    return [
        (fk.table, fk.column)
        for table in schema.tables
        if not table.name.startswith(("sqlite_", "firms_fts")) and table.name != "import_changes"
        for fk in table.foreign_keys
        if fk.other_table == "firms" and fk.column
    ]
