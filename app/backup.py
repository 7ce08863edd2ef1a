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
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app import filesafety, migrations, paths, pg, pg_schema
from app.connection import BUSY_TIMEOUT_MS, SQLITE_MAGIC, Connection, sqlite_uri
from app.errors import UserError
from app.migrations import file_identity
from resources.i18n import N_, _

DEFAULT_KEEP = 10
SETTING_KEEP = "backup.keep"
STALE_PART_SECONDS = 600  # an unfinished .part older than this is a leftover of a crash
_BUSY_CODES = (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED
BUSY_MESSAGE = N_("数据库正被另一个 ChainFill 窗口或命令写入，请稍后再试。")


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
        raise UserError(_(BUSY_MESSAGE)) from None


def _unlink_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


@contextlib.contextmanager
def _part_file(dest: Path) -> Iterator[Path]:
    """An owner-only ``dest.part`` to write a backup into, moved onto ``dest`` when the block
    ends; on any failure it is removed (with its journal), and a disk or SQLite problem
    becomes a :class:`UserError` naming ``dest``."""
    tmp = dest.with_name(dest.name + ".part")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        filesafety.create_private(tmp)
        yield tmp
        tmp.replace(dest)
    except BaseException as exc:
        _unlink_quietly(tmp)
        _unlink_quietly(Path(str(tmp) + "-journal"))
        if isinstance(exc, (OSError, sqlite3.Error)):
            problem = filesafety.environment_problem(exc)
            detail = problem or getattr(exc, "strerror", None) or str(exc)
            raise UserError(
                _("无法写入备份文件 {dest}：{detail}").format(dest=dest, detail=detail)
            ) from exc
        raise


def backup_to(db: Connection, dest: str | Path) -> Path:
    """Write a consistent copy of ``db`` to ``dest`` (replaced atomically, owner-only); a
    server database in the same format (:func:`server_backup_to`)."""
    if db.is_postgres:
        return server_backup_to(db, dest)
    dest = Path(dest)
    if dest.exists() and dest.is_dir():
        raise UserError(_("备份目标是一个文件夹：{dest}").format(dest=dest))
    if filesafety.is_database_file(dest, db.path):
        raise UserError(
            _("备份文件不能与当前数据库是同一个文件（也不能是它旁边的 -wal、-shm 文件）。")
        )
    with _part_file(dest) as tmp:
        target = sqlite3.connect(tmp)
        try:
            copy_database(db.conn, target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
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
        for name, declared, *_rest in ref["columns"][table]:
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
            problems.append(
                _("表“{table}”的列“{columns}”中有类型不符的值").format(
                    table=table, columns="、".join(bad[:3])
                )
            )
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


_KIND_ZH = {"table": N_("表"), "index": N_("索引"), "trigger": N_("触发器"), "view": N_("视图")}


def schema_problems(conn: sqlite3.Connection, version: int, schema: str = "main") -> list[str]:
    """How the schema of ``conn`` differs from the program's own at ``version`` (Chinese)."""
    ref = reference_schema(version)
    got = _describe_schema(conn, schema)
    problems: list[str] = []
    for (kind, name), sql in got["objects"].items():
        what = _(_KIND_ZH.get(kind, kind))
        if (kind, name) not in ref["objects"]:
            problems.append(_("含有本程序不认识的{kind}“{name}”").format(kind=what, name=name))
        elif (kind != "table" or sql.upper().startswith("CREATE VIRTUAL")) and sql != ref[
            "objects"
        ][(kind, name)]:
            problems.append(_("{kind}“{name}”的定义与本程序的不同").format(kind=what, name=name))
    for kind, name in ref["objects"]:
        if (kind, name) not in got["objects"]:
            problems.append(
                _("缺少{kind}“{name}”").format(kind=_(_KIND_ZH.get(kind, kind)), name=name)
            )
    for table, cols in ref["columns"].items():
        if table in got["columns"] and got["columns"][table] != cols:
            problems.append(_("表“{table}”的列与本程序的不同").format(table=table))
    return problems


def check_file(path: str | Path) -> int:
    """Check that ``path`` is a sound ChainFill database; returns its schema version.

    Opened read-only: integrity, a known schema version, and exactly the program's schema at
    that version (tables and columns by name, and no trigger, view or index of its own).
    """
    path = Path(path)
    if not path.is_file():
        raise UserError(_("找不到备份文件：{path}").format(path=path))
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise UserError(
            _("无法读取 {path}：{strerror}").format(path=path, strerror=exc.strerror)
        ) from exc
    if head != SQLITE_MAGIC:
        raise UserError(_("{path} 不是 SQLite 数据库文件。").format(path=path))
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
        raise UserError(
            _("{path} 已损坏或不是 ChainFill 数据库：{exc}").format(path=path, exc=exc)
        ) from exc
    if result != "ok":
        raise UserError(_("{path} 未通过完整性检查：{result}").format(path=path, result=result))
    if "firms" not in tables or version == 0:
        raise UserError(_("{path} 不是 ChainFill 数据库。").format(path=path))
    if version > migrations.SCHEMA_VERSION:
        raise UserError(
            _(
                "{path} 由更新版本的 ChainFill 创建（结构版本 {version}），本程序无法恢复它。"
            ).format(path=path, version=version)
        )
    if problems:
        shown = "；".join(problems[:5]) + ("……" if len(problems) > 5 else "")
        raise UserError(
            _("{path} 的数据库结构与 ChainFill 的不一致（{shown}），为保护数据不予恢复。").format(
                path=path, shown=shown
            )
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


def _verified_copy(
    source: Path, version: int, work: Path, page_size: int, identity: dict[str, str | None]
) -> str | None:
    """:func:`_build_verified_copy`, a SQLite failure told as the source that cannot be
    restored (nothing has been changed yet)."""
    try:
        return _build_verified_copy(source, version, work, page_size, identity)
    except sqlite3.Error as exc:
        problem = filesafety.environment_problem(exc)
        raise UserError(
            problem
            or _("{source} 无法恢复（{exc}），当前数据库未改动。").format(source=source, exc=exc)
        ) from exc


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
                raise UserError(_("{source} 在检查后被改动，未恢复。").format(source=source))
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
            raise UserError(
                _("{source} 中的数据不符合 ChainFill 的约束（{exc}），未恢复。").format(
                    source=source, exc=exc
                )
            ) from exc
        finally:
            with contextlib.suppress(sqlite3.Error):
                fresh.conn.execute("DETACH DATABASE candidate")
        fresh.conn.execute("PRAGMA foreign_keys = ON")
        wrong = _type_problems(fresh.conn, ref, _copy_order(ref))
        if wrong:
            raise UserError(
                _("{source} 中的数据类型与 ChainFill 的不符（{wrong}），未恢复。").format(
                    source=source, wrong=wrong[0]
                )
            )
        migrations.migrate_to(fresh, migrations.SCHEMA_VERSION)
        if fresh.scalar("PRAGMA integrity_check") != "ok":
            raise UserError(
                _("由 {source} 重建的数据库未通过完整性检查，未恢复。").format(source=source)
            )
        if fresh.query("PRAGMA foreign_key_check"):
            raise UserError(
                _("{source} 中有指向不存在企业或项目的记录，未恢复。").format(source=source)
            )
        problems = schema_problems(fresh.conn, migrations.SCHEMA_VERSION)
        if problems:
            raise UserError(
                _("由 {source} 重建的数据库结构不正确（{problems}），未恢复。").format(
                    source=source, problems=problems[0]
                )
            )
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
    :func:`server_restore` (which refuses another database's backup unless ``force``).
    """
    if db.is_postgres:
        return server_restore(db, source, force=force)
    source = Path(source)
    if db.readonly:
        raise UserError(_("数据库以只读方式打开，不能恢复。"))
    if filesafety.is_database_file(source, db.path):
        raise UserError(_("不能用数据库自身进行恢复。"))
    version = check_file(source)
    from app import people

    # a live database too damaged to tell who may: restoring it is the way out
    with contextlib.suppress(sqlite3.Error):
        people.require_admin(db, N_("恢复数据库"))
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
        source_id = _verified_copy(source, version, work, page_size, identity)
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
                raise UserError(
                    _("恢复失败，当前数据库未改动：{problem}").format(problem=problem or exc)
                ) from exc
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


# -- a team database on PostgreSQL ---------------------------------------------------------
# Backup and restore of a team database on PostgreSQL, through the SQLite backup format.
#
# A backup of a server database is the same file a backup of a laptop's database is: a SQLite
# database with the program's own schema at the server's schema version, every program table's
# rows, and the server's identity (``meta.db_id``). So the checks a restore makes of a file
# (:func:`app.backup.check_file`: integrity, the schema by name and column, no foreign
# triggers, views or indexes, not from a newer version) are the same on both engines, and a
# server's backup can be opened, searched or restored on a laptop.
#
# A restore into a server database treats the file as hostile, as on SQLite: it is checked,
# its rows are copied into a fresh SQLite database built with the program's schema and brought
# to the current version (:func:`app.backup._build_verified_copy`), and only that verified copy
# is loaded — rows only, into the program's own tables, in one transaction: nothing of the
# file's schema (triggers, functions, views) is ever run on the server. The server keeps its
# identity; a backup of another database is refused unless ``force`` (moving a laptop's data
# onto the team server is the legitimate case). Only a 管理员 restores.
#
# Why not ``pg_dump``: a dump replays whatever DDL it holds, needs the server's tools on the
# laptop, and could not be checked by the same rules; this format can.

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


def server_backup_to(db: Connection, dest: str | Path) -> Path:
    """Write every program table of the server database ``db`` to ``dest`` as a ChainFill
    SQLite backup (replaced atomically, owner-only); returns ``dest``."""
    dest = Path(dest)
    if dest.exists() and dest.is_dir():
        raise UserError(_("备份目标是一个文件夹：{dest}").format(dest=dest))
    version = db.version
    ref = reference_schema(version)
    tables = _copy_order(ref)
    missing = [t for t in tables if not db.has_table(t)]
    if missing:
        raise UserError(
            _("服务器数据库缺少表“{missing}”，不是完整的 ChainFill 数据库，未备份。").format(
                missing=missing[0]
            )
        )
    with _part_file(dest) as tmp:
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
            wrong = _type_problems(out.conn, ref, tables)
            if wrong:
                raise UserError(
                    _("服务器数据的类型与 ChainFill 的不符（{wrong}），未备份。").format(
                        wrong=wrong[0]
                    )
                )
            if out.query("PRAGMA foreign_key_check"):
                raise UserError(_("服务器数据中有指向不存在记录的行，未备份。"))
            out.conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            out.close()
        check_file(tmp)
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
            raise UserError(_("表“{name}”的外键成环，无法按顺序恢复。").format(name=name))
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


def server_safety_backup(db: Connection) -> Path:
    """The server's content before a restore, in its own backup series on this computer."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    folder = series_dir(db)
    dest = server_backup_to(db, folder / f"{stamp}-before-restore-server.sqlite")
    _rotate(folder, keep_count(db), spare=dest)
    return dest


def server_restore(db: Connection, source: str | Path, *, force: bool = False) -> Path:
    """Replace the rows of the server database ``db`` with the checked backup ``source``, in
    one transaction; returns the safety backup of what was there."""
    from app import people

    source = Path(source)
    if db.readonly:
        raise UserError(_("数据库以只读方式打开，不能恢复。"))
    version = check_file(source)  # a newer schema or a foreign one is refused here
    people.require_admin(db, N_("恢复数据库"))
    if db.version != migrations.SCHEMA_VERSION:
        raise UserError(
            _(
                "服务器数据库的结构版本是 {version}，本程序是 {SCHEMA_VERSION}："
                "请先由数据库所有者升级它，再恢复。"
            ).format(version=db.version, SCHEMA_VERSION=migrations.SCHEMA_VERSION)
        )
    here = migrations.ensure_identity(db)
    theirs = migrations.file_identity(source)
    if here and theirs and theirs != here and not force:
        raise UserError(
            _(
                "{source} 是另一个数据库的备份（标识 {theirs}，本数据库是 {here}）"
                "。恢复会用它的全部数据替换团队数据库；确认要这样做，请加 --force。未作任何修改。"
            ).format(source=source, theirs=theirs, here=here)
        )
    ref = reference_schema(migrations.SCHEMA_VERSION)
    tables = _copy_order(ref)
    missing = [t for t in tables if not db.has_table(t)]
    if missing:
        raise UserError(_("服务器数据库缺少表“{missing}”，无法恢复。").format(missing=missing[0]))
    with tempfile.TemporaryDirectory(prefix="chainfill-restore-") as folder:
        work = Path(folder) / "verified.sqlite"
        _verified_copy(source, version, work, 4096, {})
        safety = server_safety_backup(db)
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
