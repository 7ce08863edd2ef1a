"""Backup and restore of a team database on PostgreSQL, through the SQLite backup format.

A backup of a server database is the same file a backup of a laptop's database is: a SQLite
database with the program's own schema at the server's schema version, every program table's
rows, and the server's identity (``meta.db_id``). So the checks a restore makes of a file
(:func:`app.backup.check_file`: integrity, the schema by name and column, no foreign
triggers, views or indexes, not from a newer version) are the same on both engines, and a
server's backup can be opened, searched or restored on a laptop.

A restore into a server database treats the file as hostile, as on SQLite: it is checked,
its rows are copied into a fresh SQLite database built with the program's schema and brought
to the current version (:func:`app.backup._build_verified_copy`), and only that verified copy
is loaded — rows only, into the program's own tables, in one transaction: nothing of the
file's schema (triggers, functions, views) is ever run on the server. The server keeps its
identity; a backup of another database is refused unless ``force`` (moving a laptop's data
onto the team server is the legitimate case). Only a 管理员 restores.

Why not ``pg_dump``: a dump replays whatever DDL it holds, needs the server's tools on the
laptop, and could not be checked by the same rules; this format can.
"""

from __future__ import annotations

import contextlib
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from app import backup, filesafety, migrations, pg, pg_schema
from app.connection import Connection
from app.errors import UserError

FETCH_ROWS = 5000  # rows per round trip when reading a server table
# meta rows that belong to one database, not to its data: a restore never takes them over
_OWN_META = (
    "schema_version",
    migrations.IDENTITY_KEY,
    migrations.PATH_KEY,
    migrations.COPIED_FROM_KEY,
)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _columns(ref: dict[str, Any], table: str) -> list[str]:
    """The stored (not generated) columns of ``table`` in the program's schema."""
    return [c[0] for c in ref["columns"][table] if c[4] == 0]


@contextlib.contextmanager
def _snapshot(db: Connection) -> Iterator[None]:
    """One consistent read-only view of every table while others go on writing."""
    if db.conn.in_transaction:
        raise RuntimeError("a server backup needs its own transaction")
    db.conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
    try:
        yield
    finally:
        with contextlib.suppress(Exception):
            db.conn.execute("COMMIT")


def _server_rows(db: Connection, table: str, columns: list[str]) -> Iterator[Any]:
    """The rows of a server table, streamed (a server-side cursor: no million rows in memory)."""
    cols = ", ".join(_q(c) for c in columns)
    raw = db.conn.raw
    name = _q(f"chainfill_backup_{table}")
    raw.execute(f"DECLARE {name} NO SCROLL CURSOR FOR SELECT {cols} FROM {_q(table)}")
    try:
        while True:
            rows = raw.execute(f"FETCH FORWARD {FETCH_ROWS} FROM {name}").fetchall()
            if not rows:
                return
            yield from rows
    finally:
        raw.execute(f"CLOSE {name}")


def backup_to(db: Connection, dest: str | Path) -> Path:
    """Write every program table of the server database ``db`` to ``dest`` as a ChainFill
    SQLite backup (replaced atomically, owner-only); returns ``dest``."""
    dest = Path(dest)
    if dest.exists() and dest.is_dir():
        raise UserError(f"备份目标是一个文件夹：{dest}")
    version = db.version
    ref = backup.reference_schema(version)
    tables = backup._copy_order(ref)
    missing = [t for t in tables if not db.has_table(t)]
    if missing:
        raise UserError(f"服务器数据库缺少表“{missing[0]}”，不是完整的 ChainFill 数据库，未备份。")
    tmp = dest.with_name(dest.name + ".part")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        filesafety.create_private(tmp)
        out = Connection(tmp)
        try:
            migrations.migrate_to(out, version)
            out.conn.execute("PRAGMA foreign_keys = OFF")
            with _snapshot(db), out.write():
                for table in tables:
                    cols = _columns(ref, table)
                    # rows the file's triggers made (a firm's scores row) are replaced
                    out.execute(f"DELETE FROM {_q(table)}")
                    out.conn.executemany(
                        f"INSERT INTO {_q(table)} ({', '.join(_q(c) for c in cols)}) "
                        f"VALUES ({', '.join('?' for _ in cols)})",
                        _server_rows(db, table, cols),
                    )
                out.execute(
                    "DELETE FROM meta WHERE key IN (?, ?, ?)",
                    ("schema_version", migrations.PATH_KEY, migrations.COPIED_FROM_KEY),
                )
            out.conn.execute("PRAGMA foreign_keys = ON")
            wrong = backup._type_problems(out.conn, ref, tables)
            if wrong:
                raise UserError(f"服务器数据的类型与 ChainFill 的不符（{wrong[0]}），未备份。")
            if out.query("PRAGMA foreign_key_check"):
                raise UserError("服务器数据中有指向不存在记录的行，未备份。")
            out.conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            out.close()
        backup.check_file(tmp)
        tmp.replace(dest)
    except BaseException as exc:
        backup._unlink_quietly(tmp)
        backup._unlink_quietly(Path(str(tmp) + "-journal"))
        if isinstance(exc, (OSError, sqlite3.Error)):
            problem = filesafety.environment_problem(exc)
            detail = problem or getattr(exc, "strerror", None) or str(exc)
            raise UserError(f"无法写入备份文件 {dest}：{detail}") from exc
        raise
    return dest


def _fk_order(db: Connection, tables: list[str]) -> tuple[list[str], dict[str, list[str]]]:
    """``tables`` with every table after the ones its foreign keys reference, and the foreign
    key columns to load as NULL first and fill in at the end because they close a cycle
    (``deals.project_id`` ↔ ``projects.deal_id``): a nullable column of a table with an
    ``id``."""
    edges = db.query(
        "SELECT c.conrelid::regclass::text, c.confrelid::regclass::text, "
        "array_agg(a.attname::text ORDER BY a.attnum), bool_or(a.attnotnull) "
        "FROM pg_constraint c JOIN pg_attribute a "
        "ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey) "
        "WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace "
        "GROUP BY c.oid, c.conrelid, c.confrelid"
    )
    graph: dict[str, set[str]] = {t: set() for t in tables}
    soft: list[tuple[str, str, list[str]]] = []
    for child, parent, cols, notnull in edges:
        child, parent = child.strip('"'), parent.strip('"')
        if child not in graph or parent not in graph or child == parent:
            continue
        graph[child].add(parent)
        if not notnull and _has_id(db, child):
            soft.append((child, parent, list(cols)))

    def reaches(start: str, goal: str) -> bool:
        seen, todo = set(), [start]
        while todo:
            name = todo.pop()
            if name == goal:
                return True
            if name not in seen:
                seen.add(name)
                todo.extend(graph[name])
        return False

    later: dict[str, list[str]] = {}
    for child, parent, cols in sorted(soft):
        if reaches(parent, child):  # the edge closes a cycle: load it last
            graph[child].discard(parent)
            later.setdefault(child, []).extend(cols)
    done: list[str] = []

    def visit(name: str, path: tuple[str, ...] = ()) -> None:
        if name in done:
            return
        if name in path:
            raise UserError(f"表“{name}”的外键成环，无法按顺序恢复。")
        for parent in sorted(graph[name]):
            visit(parent, (*path, name))
        done.append(name)

    for table in tables:
        visit(table)
    return done, later


def _has_id(db: Connection, table: str) -> bool:
    return bool(
        db.scalar(
            "SELECT count(*) FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = ? AND column_name = 'id'",
            (table,),
        )
    )


def safety_backup(db: Connection) -> Path:
    """The server's content before a restore, in its own backup series on this computer."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    folder = backup.series_dir(db)
    dest = backup_to(db, folder / f"{stamp}-before-restore-server.sqlite")
    backup._rotate(folder, backup.keep_count(db), spare=dest)
    return dest


def restore(db: Connection, source: str | Path, *, force: bool = False) -> Path:
    """Replace the rows of the server database ``db`` with the checked backup ``source``, in
    one transaction; returns the safety backup of what was there."""
    from app import people

    source = Path(source)
    if db.readonly:
        raise UserError("数据库以只读方式打开，不能恢复。")
    version = backup.check_file(source)  # a newer schema or a foreign one is refused here
    people.require_admin(db, "恢复数据库")
    if db.version != migrations.SCHEMA_VERSION:
        raise UserError(
            f"服务器数据库的结构版本是 {db.version}，本程序是 {migrations.SCHEMA_VERSION}："
            "请先由数据库所有者升级它，再恢复。"
        )
    here = migrations.ensure_identity(db)
    theirs = migrations.file_identity(source)
    if here and theirs and theirs != here and not force:
        raise UserError(
            f"{source} 是另一个数据库的备份（标识 {theirs}，本数据库是 {here}）。"
            "恢复会用它的全部数据替换团队数据库；确认要这样做，请加 --force。未作任何修改。"
        )
    ref = backup.reference_schema(migrations.SCHEMA_VERSION)
    tables = backup._copy_order(ref)
    missing = [t for t in tables if not db.has_table(t)]
    if missing:
        raise UserError(f"服务器数据库缺少表“{missing[0]}”，无法恢复。")
    with tempfile.TemporaryDirectory(prefix="chainfill-restore-") as folder:
        work = Path(folder) / "verified.sqlite"
        try:
            backup._build_verified_copy(source, version, work, 4096, {})
        except sqlite3.Error as exc:
            problem = filesafety.environment_problem(exc)
            raise UserError(problem or f"{source} 无法恢复（{exc}），当前数据库未改动。") from exc
        safety = safety_backup(db)
        verified = sqlite3.connect(work)
        try:
            _load(db, verified, ref, tables, source, theirs, safety)
        finally:
            verified.close()
    return safety


def _load(
    db: Connection,
    verified: sqlite3.Connection,
    ref: dict[str, Any],
    tables: list[str],
    source: Path,
    source_id: str | None,
    safety: Path,
) -> None:
    order, later = _fk_order(db, tables)
    fill_in: list[tuple[str, list[str], list[tuple[Any, ...]]]] = []
    with db.write():
        for table in reversed(order):
            if table == "meta":
                keep = ", ".join("?" for _ in _OWN_META)
                db.execute(f"DELETE FROM meta WHERE key NOT IN ({keep})", _OWN_META)
            else:
                db.execute(f"DELETE FROM {_q(table)}")
        for table in order:
            cols = _columns(ref, table)
            select = f"SELECT {', '.join(_q(c) for c in cols)} FROM {_q(table)}"
            rows: Iterable[Any]
            if table == "meta":
                rows = verified.execute(
                    f"{select} WHERE key NOT IN ({', '.join('?' for _ in _OWN_META)})", _OWN_META
                )
            else:
                # rows the server's triggers made while earlier tables were loaded (a
                # firm's scores row) are replaced by the backup's
                db.execute(f"DELETE FROM {_q(table)}")
                rows = verified.execute(select)
            if table in later:
                rows = _without(rows, cols, table, later[table], fill_in)
            db.conn.copy(table, cols, rows)
            if table in pg.ID_TABLES:
                pg_schema.reset_sequences(db, table)
        for table, sets, values in fill_in:
            assignments = ", ".join(f"{_q(c)} = ?" for c in sets)
            db.conn.executemany(f"UPDATE {_q(table)} SET {assignments} WHERE id = ?", values)
        db.audit(
            "restore",
            "database",
            None,
            {"source": str(source), "source_identity": source_id, "safety_backup": str(safety)},
        )


def _without(
    rows: Iterable[Any],
    cols: list[str],
    table: str,
    nulled: list[str],
    fill_in: list[tuple[str, list[str], list[tuple[Any, ...]]]],
) -> Iterator[tuple[Any, ...]]:
    """``rows`` with the ``nulled`` columns NULL; their values go to ``fill_in`` for an UPDATE
    at the end. A versioned row needing one is loaded one version up and the UPDATE sets its
    own version back: the version trigger bumps only an UPDATE that leaves the version as it
    was, so the fill-in does not count as an edit."""
    id_at = cols.index("id")
    at = [cols.index(c) for c in nulled]
    version_at = cols.index("version") if "version" in cols else None
    sets = [*nulled, *(["version"] if version_at is not None else [])]
    values: list[tuple[Any, ...]] = []
    fill_in.append((table, sets, values))
    for original in rows:
        row = list(original)
        kept = [row[i] for i in at]
        if any(v is not None for v in kept):
            if version_at is not None:
                kept.append(row[version_at])
                row[version_at] = int(row[version_at]) + 1
            values.append((*kept, row[id_at]))
            for i in at:
                row[i] = None
        yield tuple(row)
