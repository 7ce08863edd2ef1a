"""A connection to one SQLite file: transactions, the audit log, stored settings.

Foreign keys on; transactions are explicit (``with db.write():``) so that an import or a
restore is applied whole or not at all. This is the bare connection that migrations and
backups work with; :class:`app.db.Database` is the one the program opens (it refuses a newer
schema, switches to WAL, backs up and migrates).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, Self

from app.dialect import POSTGRESQL, SQLITE, PostgresDialect, SqliteDialect
from app.errors import UserError
from resources.i18n import _

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000


def now() -> str:
    """Local time as ISO 8601 to the second: the format of every timestamp we store."""
    return datetime.now().isoformat(timespec="seconds")


def os_user() -> str:
    """Who is at the keyboard: the person set in 设置 → 本人信息 (``user.name``), else the OS
    login. Named as 负责人 / 编制人 on shortlists and dossiers, and in the audit log."""
    from app.people import whoami

    return whoami()


class Connection:
    """A connection to one ChainFill database file, as it is (no schema check, no migration)."""

    def __init__(self, path: str | os.PathLike[str], *, readonly: bool = False):
        from app import pg

        self.readonly = readonly
        self._depth = 0
        # PostgreSQL's change notices (see data_version): None until first asked, False
        # where LISTEN is not to be had
        self._listener: Any = None
        self.conn: Any
        if pg.is_url(path) and ":***@" in str(path):
            # a connection's name (pg.redact) handed back as its address: the password is gone
            raise UserError(
                _(
                    "数据库地址 {address} 中的密码已隐去，不能用它连接；请使用原来的 postgresql://… 地址（密码见 docs/team-database.md）"
                    "。"
                ).format(address=str(path).strip())
            )
        if pg.is_url(path):
            # The team database on a PostgreSQL server (app.pg): same program, other dialect.
            self.url = str(path).strip()
            self.target: str | Path = self.url  # what opens this database again
            self.name = pg.redact(self.url)
            # shown in messages only: no file behind it (opening it as a file is refused)
            self.path = Path(self.name)
            self.dialect: SqliteDialect | PostgresDialect = POSTGRESQL
            self.conn = pg.connect(self.url, readonly=readonly)
            self.login = str(self.conn.execute("SELECT current_user").fetchone()[0])
            return
        if pg.looks_like_url(path):
            # a server's (redacted) URL turned into a Path: never create a local file named
            # like the server — reopen a database by its ``target``, not its ``path``
            raise UserError(
                _(
                    "{path} 是由数据库服务器地址变来的路径，不是本机的数据库文件；ChainFill 不会在本机创建这样的文件。"
                    "请使用完整的 postgresql://… 地址。"
                ).format(path=path)
            )
        self.login = ""  # no server login: the person is chosen in 本人信息 (app.people)
        self.url = ""
        self.dialect = SQLITE
        self.path = Path(path)
        self.target = self.path
        self.name = str(self.path)
        if readonly and not self.path.exists():
            raise UserError(_("数据库文件不存在：{path}").format(path=self.path))
        if not readonly:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                if not self.path.exists():
                    from app import filesafety

                    # personal data: a new database is readable by its owner only
                    filesafety.create_private(self.path)
            except OSError as exc:
                raise UserError(
                    _("无法创建数据库文件 {path}：{strerror}").format(
                        path=self.path, strerror=exc.strerror or exc
                    )
                ) from exc
        _check_is_sqlite(self.path)
        uri = sqlite_uri(self.path, readonly=readonly)
        try:
            self.conn = sqlite3.connect(
                uri,
                uri=True,
                isolation_level=None,
                check_same_thread=False,
                timeout=BUSY_TIMEOUT_MS / 1000,
            )
        except sqlite3.Error as exc:
            raise UserError(
                _("无法打开数据库 {path}：{exc}").format(path=self.path, exc=exc)
            ) from exc
        from app import filesafety

        filesafety.register_database(self.path)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self.conn.execute("PRAGMA foreign_keys = ON")

    @property
    def is_postgres(self) -> bool:
        return self.dialect is POSTGRESQL

    def use_wal(self) -> None:
        """Write-ahead logging: readers go on while one writer writes."""
        if self.is_postgres:
            return  # the server's own concern
        try:
            self.conn.execute("PRAGMA journal_mode = WAL")
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise UserError(
                _("{path} 不是有效的 ChainFill 数据库：{exc}").format(path=self.path, exc=exc)
            ) from exc
        self.conn.execute("PRAGMA synchronous = NORMAL")

    # -- basics -----------------------------------------------------------------------------
    @property
    def version(self) -> int:
        return self.dialect.version(self.conn)

    def set_version(self, version: int) -> None:
        """Record the schema version (inside the migration's transaction)."""
        self.dialect.set_version(self.conn, version)

    def has_table(self, name: str) -> bool:
        return self.dialect.has_table(self.conn, name)

    def close(self) -> None:
        self._closed = True
        self._close_listener()
        with contextlib.suppress(Exception):  # sqlite3 or psycopg: closing must not fail
            self.conn.close()

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called (late signals in the UI check it)."""
        return getattr(self, "_closed", False)

    def data_version(self, tables: Iterable[str] | None = None, *, exact: bool = False) -> int:
        """A number that changes when another connection (another window, a CLI command, a
        colleague) commits; the app polls it to reload. SQLite: ``PRAGMA data_version``.
        PostgreSQL: the count of the change notices other sessions sent (app.pg's
        ChangeListener), only those touching ``tables`` when given; ``exact``: a round trip
        so that every commit finished before the call is counted. Where LISTEN is not to be
        had, the server's next transaction id (moves with any write on the server)."""
        if self.is_postgres:
            listener = self._listener
            if listener is None:
                from app import pg

                listener = self._listener = pg.listen_for_changes(self.conn, self.url) or False
            if listener:
                try:
                    return listener.version(tables, sync=exact)
                except Exception as exc:  # the listening connection broke: poll from now on
                    log.info("change notices lost (%s): polling instead", exc)
                    self._close_listener()
                    self._listener = False
        return self.dialect.data_version(self.conn)

    def _close_listener(self) -> None:
        listener, self._listener = self._listener, None
        if listener:
            with contextlib.suppress(Exception):
                listener.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def execute(self, sql: str, params: Any = ()) -> Any:
        return self.conn.execute(sql, params)

    def script(self, sql: str) -> None:
        """Run several statements inside the current transaction.

        ``sqlite3.executescript`` would COMMIT the open transaction first, which breaks
        all-or-nothing migrations; this splits the script into complete statements instead.
        """
        if self.is_postgres:
            from app.pg import split_statements

            for statement in split_statements(sql):
                self.conn.execute(statement)
            return
        statement = ""
        for line in sql.splitlines(keepends=True):
            statement += line
            if sqlite3.complete_statement(statement):
                self.conn.execute(statement)
                statement = ""
        if statement.strip():
            raise ValueError(f"incomplete SQL statement: {statement[:80]}")

    def query(self, sql: str, params: Any = ()) -> list[Any]:
        return self.conn.execute(sql, params).fetchall()

    def scalar(self, sql: str, params: Any = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    # -- transactions -----------------------------------------------------------------------
    @contextlib.contextmanager
    def write(self) -> Iterator[Any]:
        """One write transaction (BEGIN IMMEDIATE … COMMIT); nested calls join the outer one.

        Any exception rolls the whole transaction back. If another program holds the write
        lock for longer than the busy timeout, a clear message is raised instead.
        """
        if self.readonly:
            raise UserError(_("数据库以只读方式打开，不能修改。"))
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        try:
            self.conn.execute(self.dialect.begin_sql)
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise UserError(
                    _("数据库正被另一个 ChainFill 窗口或命令写入，请稍后再试。")
                ) from exc
            raise
        self._depth = 1
        try:
            yield self.conn
        except BaseException:
            self._depth = 0
            with contextlib.suppress(Exception):  # a lost server connection rolls back itself
                self.conn.execute("ROLLBACK")
            raise
        self._depth = 0
        self.conn.execute("COMMIT")

    # -- schema objects around bulk writes --------------------------------------------------
    def drop_schema_objects(
        self, kind: str, table: str, *, name_like: str = "%", sql_like: str = "%"
    ) -> list[str]:
        """Drop ``table``'s indexes, triggers or foreign keys (``kind``; the last on
        PostgreSQL only) whose name and SQL match; return the SQL that re-creates them.

        A bulk write is much faster without maintaining them row by row. Call inside the
        write transaction and run the returned SQL in it again: a rollback restores them.
        """
        assert kind in ("index", "trigger", "foreign key"), kind
        found = self.dialect.schema_objects(self.conn, kind, table, name_like, sql_like)
        for _name, _sql, drop in found:
            self.conn.execute(drop)
        return [sql for _name, sql, _drop in found]

    @contextlib.contextmanager
    def schema_objects_dropped(
        self, kind: str, table: str, *, name_like: str = "%", sql_like: str = "%"
    ) -> Iterator[None]:
        """:meth:`drop_schema_objects` around a block; re-created when it ends without error."""
        recreate = self.drop_schema_objects(kind, table, name_like=name_like, sql_like=sql_like)
        yield
        for sql in recreate:
            self.conn.execute(sql)

    # -- audit ------------------------------------------------------------------------------
    def audit(
        self,
        action: str,
        entity: str,
        entity_id: Any = None,
        detail: Any = None,
        *,
        person: Any = None,
    ) -> None:
        """Record who changed what; call inside the write transaction of the change.

        The person is asked first whether they may (:func:`app.people.check`): a refusal
        raises UserError inside the transaction, so the change is rolled back. ``person``
        (an :class:`app.people.Person`) is for :mod:`app.people` itself, which has checked."""
        from app import people

        who = person if person is not None else people.check(self, action, entity, entity_id)
        self.conn.execute(
            "INSERT INTO audit (at, user, user_id, action, entity, entity_id, detail) "
            "VALUES (?,?,?,?,?,?,?)",
            (
                now(),
                who.name,
                who.id,
                action,
                entity,
                None if entity_id is None else str(entity_id),
                None if detail is None else json.dumps(detail, ensure_ascii=False, default=str),
            ),
        )

    # -- settings stored with the data (ranking weights, benchmarks) -------------------------
    def get_setting(self, key: str, default: Any = None) -> Any:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def set_setting(self, key: str, value: Any) -> None:
        with self.write():
            old = self.get_setting(key)
            self.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )
            self.audit("setting", "settings", key, {"old": old, "new": value})


SQLITE_MAGIC = b"SQLite format 3\x00"


def sqlite_uri(path: str | os.PathLike[str], *, readonly: bool = False) -> str:
    """A SQLite URI for ``path``; ``?``, ``#`` and ``%`` in folder names are escaped."""
    uri = Path(path).resolve().as_uri()
    return uri + "?mode=ro" if readonly else uri


def _check_is_sqlite(path: Path) -> None:
    """Refuse a file that exists but is not SQLite, before SQLite touches it."""
    try:
        if not path.exists() or path.stat().st_size == 0:
            return
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise UserError(
            _("无法读取数据库文件 {path}：{strerror}").format(path=path, strerror=exc.strerror)
        ) from exc
    if head != SQLITE_MAGIC:
        raise UserError(
            _("{path} 不是 SQLite 数据库文件，ChainFill 不会修改它。").format(path=path)
        )
