"""Backups and restore: consistent while the database is in use, and never turned against it.

Every database carries its own identity (a UUID in ``meta``, see
:func:`app.migrations.ensure_identity`); its automatic backups rotate in their own series,
``paths.backups_dir()/<identity>/``: once a day on start, and before every import, restore
and migration. Another database's backups — even one with the same file name — are never
listed, offered or rotated away.

``restore`` treats the backup as hostile input, as the importer treats a spreadsheet: the
candidate is opened read-only and checked (integrity, the program's schema by name and
column, no foreign triggers, views or indexes); its rows are copied into a fresh database
built with the program's own schema, which is checked again; only then is the live database
backed up and its content replaced — with the restore's audit entry in the same transaction.
The live database keeps its identity.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app import filesafety, migrations, paths
from app.connection import BUSY_TIMEOUT_MS, SQLITE_MAGIC, Connection, sqlite_uri
from app.errors import UserError
from app.migrations import file_identity

DEFAULT_KEEP = 10
SETTING_KEEP = "backup.keep"
STALE_PART_SECONDS = 600  # an unfinished .part older than this is a leftover of a crash
_BUSY_CODES = (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED
BUSY_MESSAGE = "数据库正被另一个 ChainFill 窗口或命令写入，请稍后再试。"


class _Timeout(Exception):
    pass


def copy_database(src: sqlite3.Connection, dst: sqlite3.Connection) -> None:
    """SQLite's online backup from ``src`` into ``dst``, giving up after the busy limit.

    ``Connection.backup`` retries for ever while another process holds a lock; the progress
    callback ends the wait after :data:`app.connection.BUSY_TIMEOUT_MS` with a clear message.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000

    def progress(status: int, remaining: int, total: int) -> None:
        if status in _BUSY_CODES and time.monotonic() > deadline:
            raise _Timeout

    try:
        src.backup(dst, progress=progress, sleep=0.05)
    except _Timeout:
        raise UserError(BUSY_MESSAGE) from None


def _unlink_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def backup_to(db: Connection, dest: str | Path) -> Path:
    """Write a consistent copy of ``db`` to ``dest`` (replaced atomically, owner-only); a
    server database in the same format (:mod:`app.pg_backup`)."""
    if db.is_postgres:
        from app import pg_backup

        return pg_backup.backup_to(db, dest)
    dest = Path(dest)
    if dest.exists() and dest.is_dir():
        raise UserError(f"备份目标是一个文件夹：{dest}")
    if filesafety.is_database_file(dest, db.path):
        raise UserError(
            "备份文件不能与当前数据库是同一个文件（也不能是它旁边的 -wal、-shm 文件）。"
        )
    tmp = dest.with_name(dest.name + ".part")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        filesafety.create_private(tmp)
        target = sqlite3.connect(tmp)
        try:
            copy_database(db.conn, target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        tmp.replace(dest)
    except BaseException as exc:
        _unlink_quietly(tmp)
        _unlink_quietly(Path(str(tmp) + "-journal"))
        if isinstance(exc, (OSError, sqlite3.Error)):
            problem = filesafety.environment_problem(exc)
            detail = problem or getattr(exc, "strerror", None) or str(exc)
            raise UserError(f"无法写入备份文件 {dest}：{detail}") from exc
        raise
    return dest


def keep_count(db: Connection) -> int:
    """How many automatic backups to keep (a setting)."""
    try:
        value = int(db.get_setting(SETTING_KEEP, DEFAULT_KEEP))
    except (TypeError, ValueError, sqlite3.Error):
        return DEFAULT_KEEP
    return max(1, value)


def series_dir(db: Connection) -> Path:
    """The folder of ``db``'s own backups, named by its identity."""
    ident = migrations.identity(db)
    name = ident if ident else f"unidentified-{db.path.stem}"
    return paths.backups_dir() / name


def auto_backup(db: Connection, reason: str, keep: int | None = None) -> Path | None:
    """A rotating backup in the database's series; returns its path (None for an empty one).

    None on PostgreSQL: a server database is backed up on the server (pg_dump,
    docs/team-database.md); what this protects against there (a failed import or
    migration) is one transaction that rolls back whole."""
    if db.is_postgres or db.version == 0:
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    folder = series_dir(db)
    dest = folder / f"{stamp}-{reason}-{db.path.stem}.sqlite"
    backup_to(db, dest)
    if keep is None:
        try:
            keep = keep_count(db)
        except sqlite3.Error:
            keep = DEFAULT_KEEP
    _rotate(folder, keep, spare=dest)
    return dest


def daily_backup(db: Connection) -> Path | None:
    """Back up once a day, on the first start of the day."""
    today = date.today().strftime("%Y%m%d")
    if any(p.name.startswith(f"{today}-") for p in list_backups(db)):
        return None
    return auto_backup(db, reason="daily")


def list_backups(db: Connection | None = None) -> list[Path]:
    """Automatic backups, newest first (all of them, or those of ``db``'s own series)."""
    found: list[Path]
    if db is None:
        found = list(paths.backups_dir().glob("*/*.sqlite"))
    else:
        folder = series_dir(db)
        found = list(folder.glob("*.sqlite")) if folder.is_dir() else []
    return sorted(found, key=lambda p: p.name, reverse=True)


def _rotate(folder: Path, keep: int, spare: Path | None = None) -> None:
    copies = sorted(folder.glob("*.sqlite"), key=lambda p: p.name)
    for old in copies[: max(0, len(copies) - keep)]:
        if old != spare:
            _unlink_quietly(old)
    _remove_stale(folder, "*.part")


def _remove_stale(folder: Path, pattern: str) -> None:
    """Delete the leftovers of a crashed backup or restore (unfinished for 10 minutes)."""
    now = time.time()
    for part in folder.glob(pattern):
        with contextlib.suppress(OSError):
            if now - part.stat().st_mtime > STALE_PART_SECONDS:
                part.unlink()


# -- checking a candidate ---------------------------------------------------------------------

_reference_cache: dict[int, dict[str, Any]] = {}
_IGNORED_PREFIXES = ("sqlite_autoindex_", "sqlite_stat", "sqlite_sequence")


def _quoted(name: str) -> str:
    """An SQL identifier, quoted (a hostile file chooses its own table names)."""
    return '"' + name.replace('"', '""') + '"'


# Storage classes a column of each declared type may hold after the copy (SQLite converts
# what it can on insert; what is left is foreign data the program would trip over).
_ALLOWED_TYPES = {
    "INTEGER": ("integer", "real", "null"),
    "REAL": ("real", "integer", "null"),
    "TEXT": ("text", "null"),
}


def _type_problems(conn: sqlite3.Connection, ref: dict[str, Any], tables: list[str]) -> list[str]:
    """Columns of the copied tables holding values of a type the program does not expect."""
    problems = []
    for table in tables:
        checks = []
        for name, declared, *_ in ref["columns"][table]:
            allowed = _ALLOWED_TYPES.get(declared)
            if allowed:
                kinds = ", ".join(f"'{k}'" for k in allowed)
                checks.append((name, f"typeof({_quoted(name)}) NOT IN ({kinds})"))
        if not checks:
            continue
        row = conn.execute(
            f"SELECT {', '.join(f'SUM({cond})' for _, cond in checks)} FROM {_quoted(table)}"
        ).fetchone()
        bad = [name for (name, _), n in zip(checks, row, strict=True) if n]
        if bad:
            problems.append(f"表“{table}”的列“{'、'.join(bad[:3])}”中有类型不符的值")
    return problems


def _normal_sql(sql: str | None) -> str:
    return " ".join((sql or "").split())


def _describe_schema(conn: sqlite3.Connection, schema: str = "main") -> dict[str, Any]:
    """Objects (type, name) -> normalised SQL, and every table's columns."""
    objects: dict[tuple[str, str], str] = {}
    for kind, name, sql in conn.execute(f"SELECT type, name, sql FROM {schema}.sqlite_master"):
        if name.startswith(_IGNORED_PREFIXES):
            continue
        objects[(kind, name)] = _normal_sql(sql)
    columns: dict[str, list[tuple]] = {}
    for kind, name in objects:
        if kind == "table":
            columns[name] = [
                (r[1], (r[2] or "").upper(), r[3], r[5], r[6])
                for r in conn.execute(f"PRAGMA {schema}.table_xinfo({_quoted(name)})")
            ]
    return {"objects": objects, "columns": columns}


def reference_schema(version: int) -> dict[str, Any]:
    """The program's own schema at ``version``, built in a scratch database and cached."""
    if version not in _reference_cache:
        with tempfile.TemporaryDirectory(prefix="chainfill-schema-") as folder:
            ref = Connection(Path(folder) / "reference.sqlite")
            try:
                migrations.migrate_to(ref, version)
                _reference_cache[version] = _describe_schema(ref.conn)
            finally:
                ref.close()
    return _reference_cache[version]


_KIND_ZH = {"table": "表", "index": "索引", "trigger": "触发器", "view": "视图"}


def schema_problems(conn: sqlite3.Connection, version: int, schema: str = "main") -> list[str]:
    """How the schema of ``conn`` differs from the program's own at ``version`` (Chinese)."""
    ref = reference_schema(version)
    got = _describe_schema(conn, schema)
    problems: list[str] = []
    for (kind, name), sql in got["objects"].items():
        what = _KIND_ZH.get(kind, kind)
        if (kind, name) not in ref["objects"]:
            problems.append(f"含有本程序不认识的{what}“{name}”")
        elif (kind != "table" or sql.upper().startswith("CREATE VIRTUAL")) and sql != ref[
            "objects"
        ][(kind, name)]:
            problems.append(f"{what}“{name}”的定义与本程序的不同")
    for kind, name in ref["objects"]:
        if (kind, name) not in got["objects"]:
            problems.append(f"缺少{_KIND_ZH.get(kind, kind)}“{name}”")
    for table, cols in ref["columns"].items():
        if table in got["columns"] and got["columns"][table] != cols:
            problems.append(f"表“{table}”的列与本程序的不同")
    return problems


def check_file(path: str | Path) -> int:
    """Check that ``path`` is a sound ChainFill database; returns its schema version.

    Opened read-only: integrity, a known schema version, and exactly the program's schema at
    that version (tables and columns by name, and no trigger, view or index of its own).
    """
    path = Path(path)
    if not path.is_file():
        raise UserError(f"找不到备份文件：{path}")
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise UserError(f"无法读取 {path}：{exc.strerror}") from exc
    if head != SQLITE_MAGIC:
        raise UserError(f"{path} 不是 SQLite 数据库文件。")
    try:
        conn = sqlite3.connect(sqlite_uri(path, readonly=True), uri=True)
        try:
            conn.execute("PRAGMA trusted_schema = OFF")
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            problems: list[str] = []
            if result == "ok" and "firms" in tables and 0 < version <= migrations.SCHEMA_VERSION:
                problems = schema_problems(conn, version)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise UserError(f"{path} 已损坏或不是 ChainFill 数据库：{exc}") from exc
    if result != "ok":
        raise UserError(f"{path} 未通过完整性检查：{result}")
    if "firms" not in tables or version == 0:
        raise UserError(f"{path} 不是 ChainFill 数据库。")
    if version > migrations.SCHEMA_VERSION:
        raise UserError(
            f"{path} 由更新版本的 ChainFill 创建（结构版本 {version}），本程序无法恢复它。"
        )
    if problems:
        shown = "；".join(problems[:5]) + ("……" if len(problems) > 5 else "")
        raise UserError(
            f"{path} 的数据库结构与 ChainFill 的不一致（{shown}），为保护数据不予恢复。"
        )
    return version


# -- restore ------------------------------------------------------------------------------------


def _copy_order(ref: dict[str, Any]) -> list[str]:
    """Tables whose rows a restore copies: every table of the schema but the search index
    (a virtual table and its shadow tables, rebuilt by the triggers), ``firms`` first."""
    virtual = [
        name
        for (kind, name), sql in ref["objects"].items()
        if kind == "table" and sql.upper().startswith("CREATE VIRTUAL")
    ]
    tables = [
        name
        for (kind, name) in ref["objects"]
        if kind == "table"
        and name not in virtual
        and not any(name.startswith(v + "_") for v in virtual)
    ]
    return sorted(tables, key=lambda t: t != "firms")


def _build_verified_copy(
    source: Path, version: int, work: Path, page_size: int, identity: dict[str, str | None]
) -> str | None:
    """Copy the rows of the checked ``source`` into a fresh database at ``work`` built with
    the program's schema, bring it to the current version and check it; returns the
    identity the source carried."""
    raw = sqlite3.connect(work)
    try:
        raw.execute(f"PRAGMA page_size = {int(page_size)}")
        raw.execute("PRAGMA user_version = 0")  # creates the file with that page size
        raw.commit()
    finally:
        raw.close()
    fresh = Connection(work)
    try:
        migrations.migrate_to(fresh, version)
        ref = reference_schema(version)
        fresh.conn.execute("PRAGMA foreign_keys = OFF")
        fresh.conn.execute("ATTACH DATABASE ? AS candidate", (sqlite_uri(source, readonly=True),))
        try:
            if schema_problems(fresh.conn, version, "candidate"):
                raise UserError(f"{source} 在检查后被改动，未恢复。")
            source_id = fresh.scalar(
                "SELECT value FROM candidate.meta WHERE key = ?", (migrations.IDENTITY_KEY,)
            )
            with fresh.write():
                for table in _copy_order(ref):
                    cols = ", ".join(f'"{c[0]}"' for c in ref["columns"][table] if c[4] == 0)
                    # rows the triggers made while ``firms`` was copied are replaced
                    fresh.execute(f'DELETE FROM main."{table}"')
                    fresh.execute(
                        f'INSERT INTO main."{table}" ({cols}) '
                        f'SELECT {cols} FROM candidate."{table}"'
                    )
                # the live database keeps its identity and place, not the backup's (when
                # it is too damaged to tell its identity, the backup's is kept)
                if identity.get(migrations.IDENTITY_KEY):
                    fresh.execute(
                        "DELETE FROM meta WHERE key IN (?, ?, ?)",
                        (migrations.IDENTITY_KEY, migrations.PATH_KEY, migrations.COPIED_FROM_KEY),
                    )
                    fresh.conn.executemany(
                        "INSERT INTO meta (key, value) VALUES (?, ?)",
                        [(k, v) for k, v in identity.items() if v is not None],
                    )
        except sqlite3.IntegrityError as exc:
            raise UserError(f"{source} 中的数据不符合 ChainFill 的约束（{exc}），未恢复。") from exc
        finally:
            with contextlib.suppress(sqlite3.Error):
                fresh.conn.execute("DETACH DATABASE candidate")
        fresh.conn.execute("PRAGMA foreign_keys = ON")
        wrong = _type_problems(fresh.conn, ref, _copy_order(ref))
        if wrong:
            raise UserError(f"{source} 中的数据类型与 ChainFill 的不符（{wrong[0]}），未恢复。")
        migrations.migrate_to(fresh, migrations.SCHEMA_VERSION)
        if fresh.scalar("PRAGMA integrity_check") != "ok":
            raise UserError(f"由 {source} 重建的数据库未通过完整性检查，未恢复。")
        if fresh.query("PRAGMA foreign_key_check"):
            raise UserError(f"{source} 中有指向不存在企业或项目的记录，未恢复。")
        problems = schema_problems(fresh.conn, migrations.SCHEMA_VERSION)
        if problems:
            raise UserError(f"由 {source} 重建的数据库结构不正确（{problems[0]}），未恢复。")
        return source_id
    finally:
        fresh.close()


def _meta_value(db: Connection, key: str) -> str | None:
    try:
        return db.scalar("SELECT value FROM meta WHERE key = ?", (key,))
    except sqlite3.Error:  # a damaged live database is what restore is for
        return None


def restore(db: Connection, source: str | Path, *, force: bool = False) -> Path | None:
    """Replace the content of ``db`` with the checked copy ``source``.

    Nothing of the live database changes until the rebuilt copy has passed every check; the
    replacement and its audit entry are one transaction, so a crash leaves either the old or
    the new content. Returns the path of the safety backup. A server database:
    :func:`app.pg_backup.restore` (which refuses another database's backup unless ``force``).
    """
    if db.is_postgres:
        from app import pg_backup

        return pg_backup.restore(db, source, force=force)
    source = Path(source)
    if db.readonly:
        raise UserError("数据库以只读方式打开，不能恢复。")
    if filesafety.is_database_file(source, db.path):
        raise UserError("不能用数据库自身进行恢复。")
    version = check_file(source)
    from app import people

    # a live database too damaged to tell who may: restoring it is the way out
    with contextlib.suppress(sqlite3.Error):
        people.require_admin(db, "恢复数据库")
    _remove_stale(db.path.parent, f".{db.path.name}.restore-*")
    migrations.ensure_identity(db)
    identity = {
        key: _meta_value(db, key)
        for key in (migrations.IDENTITY_KEY, migrations.PATH_KEY, migrations.COPIED_FROM_KEY)
    }
    page_size = db.scalar("PRAGMA page_size")
    fd, name = tempfile.mkstemp(
        prefix=f".{db.path.name}.restore-", suffix=".tmp", dir=db.path.parent
    )
    os.close(fd)
    work = Path(name)
    try:
        try:
            source_id = _build_verified_copy(source, version, work, page_size, identity)
        except sqlite3.Error as exc:
            problem = filesafety.environment_problem(exc)
            raise UserError(problem or f"{source} 无法恢复（{exc}），当前数据库未改动。") from exc
        safety = auto_backup(db, reason="before-restore")
        fresh = Connection(work)
        try:
            with fresh.write():
                fresh.audit(
                    "restore",
                    "database",
                    None,
                    {
                        "source": str(source),
                        "source_identity": source_id,
                        "safety_backup": str(safety),
                    },
                )
            try:
                copy_database(fresh.conn, db.conn)
            except sqlite3.Error as exc:
                problem = filesafety.environment_problem(exc)
                raise UserError(f"恢复失败，当前数据库未改动：{problem or exc}") from exc
        finally:
            fresh.close()
    finally:
        for f in filesafety.database_files(work):
            _unlink_quietly(f)
    return safety


def integrity_ok(db: Connection) -> bool:
    """Quick check of the open database (used at start)."""
    try:
        return db.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    except sqlite3.DatabaseError:
        return False


def newest_sound_backup(db: Connection) -> Path | None:
    """The newest automatic backup of ``db`` — of this very database — that passes the checks."""
    ident = migrations.identity(db)
    for candidate in list_backups(db):
        if ident is not None and file_identity(candidate) != ident:
            continue
        try:
            check_file(candidate)
        except UserError:
            continue
        return candidate
    return None


def before_import(db: Connection) -> Path | None:
    """The rotating backup taken before an import writes (none for a database without firms)."""
    if not db.scalar("SELECT EXISTS (SELECT 1 FROM firms)"):
        return None
    return auto_backup(db, reason="before-import")
