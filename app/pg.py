"""PostgreSQL as the team engine: connecting (libpq's conventions), and a connection that
looks like ``sqlite3.Connection`` to the code above :class:`app.connection.Connection`.

The program's SQL is written once, in SQLite's spelling; :func:`translate` rewrites the few
things PostgreSQL spells differently (``?`` placeholders, a literal ``%``, the column named
``user`` — a reserved word there —, ``INSERT OR IGNORE``, ``LIKE``'s case rule) and caches
the result, so a statement is translated once per process. An ``INSERT`` into a table with
an ``id`` gets ``RETURNING id`` so that ``cursor.lastrowid`` works as on SQLite.

Why our own thin layer rather than SQLAlchemy: docs/db-engines.md (measured).
psycopg is imported only when a ``postgresql://`` database is opened: the SQLite path does
not pay for it.
"""

from __future__ import annotations

import functools
import getpass
import logging
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from app.errors import UserError
from resources.i18n import N_, _

log = logging.getLogger(__name__)

BAD_URL = N_("数据库地址格式不正确：{shown}。应为 postgresql://用户名@服务器[:端口]/数据库名")

URL_PREFIXES = ("postgresql://", "postgres://")
CONNECT_TIMEOUT_S = 10

# Tables whose rows get their id from the database (INTEGER PRIMARY KEY on SQLite, an
# identity column here): an INSERT into them returns the new id.
ID_TABLES = frozenset(
    {
        "firms",
        "imports",
        "audit",
        "stage_history",
        "shortlists",
        "contacts",
        "visits",
        "projects",
        "project_adjustments",
        "users",
        "sites",
        "deals",
        "deal_history",
        "deal_handoffs",
        "firm_flags",
        "firm_links",
        "firm_signals",
    }
)


def is_url(target: object) -> bool:
    """Whether a ``--db`` value names a PostgreSQL database rather than a file."""
    return isinstance(target, str) and target.strip().lower().startswith(URL_PREFIXES)


_URL_PART = re.compile(r"^postgres(?:ql)?:$", re.IGNORECASE)


def looks_like_url(path: object) -> bool:
    """Whether a file path was made from a server URL (``Path("postgresql://u@h/db")`` is
    ``postgresql:/u@h/db``, and a connection's ``path`` is the redacted URL): opening it as
    a file would silently create a local SQLite database named like the server."""
    if is_url(path):
        return True
    try:
        text = os.fspath(path)  # type: ignore[call-overload]
    except TypeError:
        return False
    parts = re.split(r"[/\\]+", str(text))
    return any(_URL_PART.match(part) for part in parts)


def redact(url: str) -> str:
    """The URL without a password, for messages and logs."""
    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", url)


# -- SQL translation ----------------------------------------------------------------------------
_TOKENS = re.compile(
    r"""('(?:[^']|'')*')"""  # a string literal: left alone
    r"""|(?:\b(?:ORDER|GROUP|PARTITION|GENERATED)\s+BY\b)"""  # the keyword BY: left alone
    r"""|("(?:[^"]|"")*")"""  # a quoted identifier: left alone
    r"""|(\?)"""  # a placeholder
    r"""|(%)"""  # a literal percent sign (psycopg reads %s)
    r"""|(?<![\w.])(user|(?-i:by))\b(?!\s*\()"""  # columns named user and by (lower case)
    r"""|\b(LIKE)\b"""  # SQLite's LIKE ignores ASCII case; PostgreSQL's ILIKE does too
    r"""|\b(INSERT\s+OR\s+IGNORE)\b"""
    r"""|\b(IS(?:\s+NOT)?)\s+(?!(?:NULL|TRUE|FALSE|DISTINCT|UNKNOWN|NOT|OF|JSON)\b)(?=[\w?(])"""
    r"""|\b(REAL)\b"""  # a 4-byte float on PostgreSQL: SQLite's REAL is 8 bytes
    r"""|\b(WITHOUT\s+ROWID)\b"""
    r"""|(?<![\w.])(temp\.)""",  # SQLite's schema of temporary tables
    re.IGNORECASE,
)
_INSERT_TABLE = re.compile(r"^\s*INSERT\s+(?:OR\s+\w+\s+)?INTO\s+(\w+)", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def translate(sql: str, returning: bool = False) -> str:
    """``sql`` as PostgreSQL reads it (see the module docstring)."""
    ignore = False

    def sub(m: re.Match[str]) -> str:
        nonlocal ignore
        if m.group(1) is not None or m.group(2) is not None:
            return m.group(0).replace("%", "%%")  # psycopg reads % even inside quotes
        if m.lastindex is None:
            return m.group(0)  # ORDER BY and the like
        if m.group(3) is not None:
            return "%s"
        if m.group(4) is not None:
            return "%%"
        if m.group(5) is not None:
            return f'"{m.group(5)}"'
        if m.group(6) is not None:
            return "ILIKE"
        if m.group(9) is not None:
            return "DOUBLE PRECISION"
        if m.group(10) is not None:
            return ""
        if m.group(11) is not None:
            return "pg_temp."
        if m.group(8) is not None:
            # SQLite's IS compares with NULL as a value
            negated = m.group(8).upper().replace(" ", "") != "IS"
            return "IS DISTINCT FROM " if negated else "IS NOT DISTINCT FROM "
        ignore = True
        return "INSERT"

    if re.match(r"\s*INSERT\s+OR\s+REPLACE", sql, re.IGNORECASE):
        # no conflict target to guess: spell it ON CONFLICT (key) DO UPDATE (both engines)
        raise NotImplementedError(f"INSERT OR REPLACE on PostgreSQL: {sql[:80]}")
    out = _TOKENS.sub(sub, sql).rstrip().rstrip(";")
    if ignore:
        out += " ON CONFLICT DO NOTHING"
    if returning and "RETURNING" not in out.upper():
        m = _INSERT_TABLE.match(out)
        if m and m.group(1).lower() in ID_TABLES:
            out += " RETURNING id"
    return out


# -- rows and cursors ---------------------------------------------------------------------------
class Row(tuple):
    """A row read by index or by column name, like ``sqlite3.Row``."""

    _index: dict[str, int]

    def __new__(cls, values: Sequence[Any], index: dict[str, int]) -> Row:
        row = super().__new__(cls, values)
        row._index = index
        return row

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


def _row_factory(cursor: Any) -> Any:
    desc = cursor.description
    if desc is None:
        return tuple
    index = {d.name: i for i, d in enumerate(desc)}
    return lambda values: Row(values, index)


class Cursor:
    """A psycopg cursor behind the few ``sqlite3.Cursor`` members the program uses."""

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor
        self.lastrowid: int | None = None

    @property
    def rowcount(self) -> int:
        return int(self._cursor.rowcount)

    @property
    def description(self) -> Any:
        return self._cursor.description

    def fetchone(self) -> Any:
        return self._cursor.fetchone() if self._cursor.description is not None else None

    def fetchall(self) -> list[Any]:
        return self._cursor.fetchall() if self._cursor.description is not None else []

    def fetchmany(self, size: int = 1) -> list[Any]:
        return self._cursor.fetchmany(size) if self._cursor.description is not None else []

    def __iter__(self) -> Iterator[Any]:
        if self._cursor.description is None:
            return iter(())
        return iter(self._cursor)

    def close(self) -> None:
        self._cursor.close()


_PRAGMA = re.compile(r"^\s*PRAGMA\b", re.IGNORECASE)


class PgConnection:
    """A psycopg connection with the ``sqlite3.Connection`` members the program uses
    (``execute``, ``executemany``, ``total_changes``, ``close``). Autocommit: transactions
    are the explicit ``BEGIN … COMMIT`` of :meth:`app.connection.Connection.write`."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw
        self.total_changes = 0  # rows written by this connection (the name index's marker)

    def execute(self, sql: str, params: Any = ()) -> Cursor:
        cur = Cursor(self.raw.cursor())
        if _PRAGMA.match(sql):
            # SQLite's tuning knobs (cache size, temp store) mean nothing here
            log.debug("ignored on PostgreSQL: %s", sql)
            return cur
        is_insert = sql.lstrip()[:6].upper() == "INSERT"
        cur._cursor.execute(translate(sql, is_insert), _params(params))
        if is_insert:
            self.total_changes += max(cur.rowcount, 0)
            if cur._cursor.description is not None:
                last = None
                for row in cur._cursor.fetchall():
                    last = row[0]
                cur.lastrowid = last
        elif sql.lstrip()[:6].upper() in ("UPDATE", "DELETE"):
            self.total_changes += max(cur.rowcount, 0)
        return cur

    @property
    def in_transaction(self) -> bool:
        """As ``sqlite3.Connection.in_transaction``: inside BEGIN … COMMIT."""
        from psycopg import pq

        return bool(self.raw.info.transaction_status != pq.TransactionStatus.IDLE)

    def executemany(self, sql: str, seq: Iterable[Any]) -> Cursor:
        cur = Cursor(self.raw.cursor())
        cur._cursor.executemany(translate(sql), [_params(p) for p in seq])
        self.total_changes += max(cur.rowcount, 0)
        return cur

    def copy(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """``COPY table (columns) FROM STDIN``: the bulk load (several times executemany's
        speed)."""
        cols = ", ".join(f'"{c}"' for c in columns)
        with self.raw.cursor().copy(f"COPY {table} ({cols}) FROM STDIN") as copy:
            n = 0
            for row in rows:
                copy.write_row(row)
                n += 1
        self.total_changes += n

    def close(self) -> None:
        self.raw.close()


# The channel the change triggers of app.pg_schema (schema v11) NOTIFY on.
CHANGES_CHANNEL = "chainfill_changes"


class ChangeListener:
    """Commits of other sessions, heard on a connection of its own that LISTENs to the
    notices of the tables' change triggers (app.pg_schema, schema v11): a count per table.

    Polling it costs no round trip (the notices wait in the socket); ``sync`` makes one, after
    which every commit that ended before the call is counted (the server hands a listening
    session its pending notices before the answer to a query). The owning connection's own
    commits are left out, as SQLite's ``data_version`` leaves them out.
    """

    def __init__(self, main: PgConnection, url: str) -> None:
        import psycopg

        kwargs: dict[str, Any] = {"autocommit": True, "connect_timeout": CONNECT_TIMEOUT_S}
        password = main.raw.info.password  # the one the main connection logged in with
        if password:
            kwargs["password"] = password
        self._own_pid = main.raw.info.backend_pid
        self._raw = psycopg.connect(url, **kwargs)
        try:
            self._raw.execute(f"LISTEN {CHANGES_CHANNEL}")
        except BaseException:
            self._raw.close()
            raise
        self.counts: dict[str, int] = {}

    def version(self, tables: Iterable[str] | None = None, *, sync: bool = False) -> int:
        """How many commits of others touched ``tables`` (all tables: None) so far."""
        if sync:
            self._raw.execute("SELECT 1")
        counts = self.counts
        for notice in self._raw.notifies(timeout=0):
            if notice.pid != self._own_pid:
                counts[notice.payload] = counts.get(notice.payload, 0) + 1
        if tables is None:
            return sum(counts.values())
        return sum(counts.get(t, 0) for t in tables)

    def close(self) -> None:
        self._raw.close()


def listen_for_changes(main: PgConnection, url: str) -> ChangeListener | None:
    """A :class:`ChangeListener` for ``main``'s database, or None where LISTEN is not to be
    had (a schema without the change triggers, a pooler that does not pass LISTEN on, no
    second connection allowed): the caller then polls the server's transaction counter."""
    try:
        has_triggers = main.execute(
            "SELECT to_regprocedure('chainfill_notify()') IS NOT NULL"
        ).fetchone()[0]
        if not has_triggers:
            return None
        return ChangeListener(main, url)
    except Exception as exc:  # any failure: the poll still works
        log.info("no LISTEN connection for change notices (%s): polling instead", exc)
        return None


def _params(params: Any) -> Any:
    if params is None:
        return ()
    if isinstance(params, dict):
        return params
    return tuple(params)


# -- connecting ---------------------------------------------------------------------------------
def _configure(raw: Any) -> None:
    """Parameters sent as untyped literals, as SQLite takes them: PostgreSQL infers the type
    from where the value goes (an int compared with a TEXT id, a bool into an INTEGER flag).
    Sums of integers (numeric) come back as int, not Decimal."""
    from psycopg import adapt, postgres

    class _Untyped(adapt.Dumper):
        oid = 0

        def dump(self, obj: Any) -> bytes:
            return str(obj).encode()

    class _Float(adapt.Dumper):
        oid = 0

        def dump(self, obj: Any) -> bytes | None:
            if obj != obj:
                return None  # NaN is NULL, as sqlite3 binds it (scores use NaN for none)
            # 30.0 into an INTEGER column is 30 on SQLite (its affinity); the same here
            if obj.is_integer() and abs(obj) < 2**63:
                return str(int(obj)).encode()
            return repr(obj).encode()

    class _BoolAsInt(adapt.Dumper):
        oid = 0

        def dump(self, obj: Any) -> bytes:
            return b"1" if obj else b"0"

    class _Number(adapt.Loader):
        def load(self, data: Any) -> Any:
            text = bytes(data).decode()
            if text in ("NaN", "Infinity", "-Infinity"):
                return float(text)
            return float(text) if ("." in text or "e" in text.lower()) else int(text)

    adapters = raw.adapters
    adapters.register_dumper(int, _Untyped)
    adapters.register_dumper(float, _Float)
    adapters.register_dumper(bool, _BoolAsInt)
    adapters.register_loader(postgres.types["numeric"].oid, _Number)


def connect(url: str, *, readonly: bool = False) -> PgConnection:
    """Open ``url``; every failure becomes a Chinese :class:`UserError` (exit 2).

    The password follows libpq: ``PGPASSWORD``, a ``~/.pgpass`` readable by its owner only,
    else it is asked on a terminal; with no terminal the command stops with a message."""
    try:
        import psycopg
    except ImportError as exc:  # a build without it
        log.warning("psycopg cannot be imported: %s", exc)
        raise UserError(
            _(
                "本程序未包含 PostgreSQL 支持（psycopg 无法加载：{detail}），无法打开团队数据库。"
            ).format(detail=exc)
        ) from exc
    shown = redact(url)
    kwargs: dict[str, Any] = {"autocommit": True, "connect_timeout": CONNECT_TIMEOUT_S}
    if readonly:
        kwargs["options"] = "-c default_transaction_read_only=on"
    given = _passwords.get(without_password(url))  # typed in the app's connect dialog
    if given is not None and without_password(url) == url.strip():
        kwargs["password"] = given
    try:
        raw = psycopg.connect(url, **kwargs)
    except psycopg.ProgrammingError as exc:
        raise UserError(_(BAD_URL).format(shown=shown)) from exc
    except psycopg.OperationalError as exc:
        if _needs_password(exc):
            from app import credentials

            password = credentials.lookup(without_password(url)) or _ask_password(shown, url)
            try:
                raw = psycopg.connect(url, password=password, **kwargs)
            except psycopg.Error as exc2:
                if _wrong_password(exc2):
                    raise PasswordNeeded(connect_message(exc2, shown), url, wrong=True) from exc2
                raise UserError(connect_message(exc2, shown)) from exc2
        elif _wrong_password(exc):
            raise PasswordNeeded(connect_message(exc, shown), url, wrong=True) from exc
        else:
            raise UserError(connect_message(exc, shown)) from exc
    _configure(raw)
    raw.row_factory = _row_factory
    return PgConnection(raw)


def _needs_password(exc: BaseException) -> bool:
    return "no password supplied" in str(exc)


def _wrong_password(exc: BaseException) -> bool:
    return "password authentication failed" in str(exc).lower()


class PasswordNeeded(UserError):
    """The server wants a password that is not at hand (``wrong``: the one given was
    refused). The CLI reports it (exit 2); the app asks in its connect dialog."""

    def __init__(self, message: str, url: str, *, wrong: bool = False):
        super().__init__(message)
        self.url = without_password(url)
        self.wrong = wrong


def without_password(url: str) -> str:
    """``url`` with any password taken out: what may be remembered, shown or stored."""
    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1@", url.strip())


# Passwords typed in the app's connect dialog, kept in this process's memory only (never in
# a file): the worker threads that open the database again find them here.
_passwords: dict[str, str] = {}


def remember_password(url: str, password: str) -> None:
    _passwords[without_password(url)] = password


def forget_password(url: str) -> None:
    _passwords.pop(without_password(url), None)


def _ask_password(shown: str, url: str) -> str:
    if not (sys.stdin is not None and sys.stdin.isatty()):
        raise PasswordNeeded(
            _(
                "连接 {shown} 需要密码，但没有可用的密码："
                "请设置环境变量 PGPASSWORD，或在 ~/.pgpass 中登记（该文件仅本人可读，权限 600），"
                "或在终端中运行以便输入密码。"
            ).format(shown=shown),
            url,
        )
    try:
        return getpass.getpass(_("{shown} 的密码：").format(shown=shown))
    except (EOFError, KeyboardInterrupt) as exc:
        raise UserError(_("未输入密码，未连接数据库。")) from exc


def connect_message(exc: BaseException, shown: str) -> str:
    """A Chinese message for a failed connection (never the driver's traceback)."""
    text = str(exc)
    low = text.lower()
    if (
        "invalid integer value" in low
        or "invalid connection option" in low
        or "invalid uri" in low
        or "invalid percent-encoded" in low
        or 'missing "="' in low
    ):
        return _(BAD_URL).format(shown=shown)
    if "password authentication failed" in low or "authentication failed" in low:
        return _("无法登录 {shown}：用户名或密码不正确。").format(shown=shown)
    if "no password supplied" in low:
        return _("无法登录 {shown}：服务器要求密码，但没有提供。").format(shown=shown)
    if "does not exist" in low and "database" in low:
        return _("服务器上没有这个数据库：{shown}。请检查地址中的数据库名。").format(shown=shown)
    if "role" in low and "does not exist" in low:
        return _("服务器上没有这个用户：{shown}。请向管理员确认用户名。").format(shown=shown)
    if "no pg_hba.conf entry" in low:
        return _(
            "服务器拒绝了本机的连接（pg_hba.conf 未允许）：{shown}。请联系数据库管理员。"
        ).format(shown=shown)
    if "timeout" in low or "timed out" in low:
        return _("连接数据库服务器超时：{shown}。请检查网络，或改用本机数据库。").format(
            shown=shown
        )
    if (
        "connection refused" in low
        or "could not connect" in low
        or "could not translate host name" in low
        or "name or service not known" in low
        or "no route to host" in low
        or "network is unreachable" in low
        or "connection to server" in low
    ):
        return _(
            "无法连接数据库服务器：{shown}。请检查服务器地址、端口和网络，或改用本机数据库。"
        ).format(shown=shown)
    first = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    return _("无法连接数据库 {shown}：{first}").format(shown=shown, first=first)


def error_message(exc: BaseException) -> str | None:
    """A Chinese message for a PostgreSQL error met while a command runs; None when ``exc``
    is not one (the CLI then treats it as an accident)."""
    module = type(exc).__module__ or ""
    if not module.startswith("psycopg"):
        return None
    import psycopg

    if isinstance(exc, psycopg.errors.InsufficientPrivilege):
        return _(
            "没有权限：数据库服务器拒绝了本账号的这项操作，未写入任何内容。"
            "请管理员为本人的数据库账号授权（见 docs/team-database.md）。"
        )
    if isinstance(exc, psycopg.errors.ReadOnlySqlTransaction):
        return _("数据库以只读方式打开，不能修改。")
    if isinstance(exc, psycopg.OperationalError):
        return _("与数据库服务器的连接中断，本次操作已整体撤销（未写入一半的数据），可重新运行。")
    return None


# The pieces of a script that a ``;`` inside them does not end: quoted strings (with '' and,
# in E'…', backslash escapes), quoted identifiers, line and (nested) block comments, and
# dollar-quoted bodies ($$ … $$, $tag$ … $tag$). Whatever else is one character at a time.
_SCRIPT_TOKEN = re.compile(
    r"""(?P<semicolon>;)
      | (?P<estring>[eE]'(?:[^'\\]|\\.|'')*'?)
      | (?P<string>'(?:[^']|'')*'?)
      | (?P<ident>"(?:[^"]|"")*"?)
      | (?P<line>--[^\n]*)
      | (?P<block>/\*)
      | (?P<dollar>\$(?:[A-Za-z_\x80-\U0010ffff][A-Za-z0-9_\x80-\U0010ffff]*)?\$)
      | (?P<word>[A-Za-z0-9_\x80-\U0010ffff][A-Za-z0-9_$\x80-\U0010ffff]*)
      | (?P<other>.)""",
    re.VERBOSE | re.DOTALL,
)
_BLOCK_COMMENT_PART = re.compile(r"/\*|\*/")


def split_statements(sql: str) -> Iterator[str]:
    """The statements of a script: split at each ``;`` outside quotes, comments and
    dollar-quoted bodies. A piece that holds only comments and space is no statement."""
    start = 0
    pos = 0
    content = False  # the current statement has more than comments and space
    n = len(sql)
    while pos < n:
        m = _SCRIPT_TOKEN.match(sql, pos)
        assert m is not None  # (?P<other>.) matches any character
        kind = m.lastgroup
        end = m.end()
        if kind == "semicolon":
            if content:
                yield sql[start:pos].strip()
            start, content = end, False
        elif kind == "block":
            depth = 1  # PostgreSQL's block comments nest
            while depth and end < n:
                b = _BLOCK_COMMENT_PART.search(sql, end)
                if b is None:
                    end = n
                    break
                depth += 1 if b.group() == "/*" else -1
                end = b.end()
        elif kind == "dollar":
            close = sql.find(m.group(), end)
            end = n if close < 0 else close + len(m.group())
            content = True
        elif kind != "line" and not (kind == "other" and m.group().isspace()):
            content = True
        pos = end
    if content:
        yield sql[start:].strip()
