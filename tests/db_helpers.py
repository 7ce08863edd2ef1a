"""Engine-neutral looks into a test's database (SQLite file or PostgreSQL database).

The tests compare a database before and after an operation, list its tables, search its
text and read its query plans; these helpers do each on both engines, so that the same
test runs with ``--engine=sqlite`` and ``--engine=postgresql`` (tests/conftest.py).
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def is_pg(db: Any) -> bool:
    return bool(getattr(db, "is_postgres", False))


def table_names(db: Any) -> list[str]:
    """Every table of the program's schema (SQLite: FTS shadow tables included)."""
    if is_pg(db):
        sql = (
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' "
            "ORDER BY table_name"
        )
    else:
        sql = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    return [r[0] for r in db.conn.execute(sql).fetchall()]


# (kind, query of its (name, definition) rows) in the current schema, as sqlite_master lists them
_PG_OBJECTS = (
    (
        "table",
        "SELECT table_name, string_agg(column_name || ' ' || data_type || ' ' "
        "|| coalesce(column_default, ''), ', ' ORDER BY ordinal_position) "
        "FROM information_schema.columns WHERE table_schema = current_schema() "
        "GROUP BY table_name ORDER BY table_name",
    ),
    (
        "index",
        "SELECT indexname, indexdef FROM pg_indexes "
        "WHERE schemaname = current_schema() ORDER BY indexname",
    ),
    (
        "trigger",
        "SELECT t.tgname, pg_get_triggerdef(t.oid) FROM pg_trigger t "
        "JOIN pg_class k ON k.oid = t.tgrelid "
        "WHERE NOT t.tgisinternal AND k.relnamespace = current_schema()::regnamespace "
        "ORDER BY t.tgname",
    ),
    (
        "view",
        "SELECT viewname, definition FROM pg_views "
        "WHERE schemaname = current_schema() ORDER BY viewname",
    ),
)


def schema_objects(db: Any, kind: str | None = None) -> list[tuple[str, str, str]]:
    """(kind, name, definition) of the schema's tables, indexes, triggers and views."""
    if not is_pg(db):
        rows = db.conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name")
        found = [(r[0], r[1], r[2] or "") for r in rows]
    else:
        found = [(what, r[0], r[1]) for what, sql in _PG_OBJECTS for r in db.conn.execute(sql)]
    return [o for o in found if kind is None or o[0] == kind]


def count_objects(db: Any, kind: str) -> int:
    """How many indexes, triggers, tables or views the schema has."""
    return len(schema_objects(db, kind))


def rows_of(db: Any, table: str) -> list[tuple[Any, ...]]:
    """A table's rows in a fixed order (PostgreSQL returns updated rows in any order)."""
    rows = [tuple(r) for r in db.conn.execute(f'SELECT * FROM "{table}"').fetchall()]
    return sorted(rows, key=repr)


def firm_names(db: Any) -> list[str]:
    """The firms' names in the order they were added."""
    return [r[0] for r in db.query("SELECT name FROM firms ORDER BY id")]


def snapshot(db: Any) -> dict[str, str]:
    """A digest of every table (SQLite's FTS shadow tables included) and of the schema."""
    digests = {}
    for table in table_names(db):
        h = hashlib.sha256()
        for row in rows_of(db, table):
            h.update(repr(row).encode())
        digests[table] = h.hexdigest()
    digests["schema"] = hashlib.sha256(repr(schema_objects(db)).encode()).hexdigest()
    return digests


def contents(target: str | Path) -> dict[str, list[str]]:
    """Every row of every table of the closed database at ``target`` (a file, or a server's
    URL) as sorted reprs by table: what "unchanged" means to a test of a refused command.
    Left out are the search index's shadow tables and SQLite's own (``sqlite_%``: the
    program makes none; a hostile file may bring them). A file is read with sqlite3 itself,
    which neither migrates nor repairs what the test looks at."""
    import sqlite3

    from app.db import Database
    from app.pg import is_url

    if is_url(str(target)):  # the team database on the server
        with Database(target, migrate=False) as db:
            return {t: sorted(map(repr, rows_of(db, t))) for t in table_names(db)}
    conn = sqlite3.connect(target)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'firms_fts%' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: sorted(map(repr, conn.execute(f'SELECT * FROM "{t}"'))) for t in tables}
    finally:
        conn.close()


def dump_text(db: Any) -> str:
    """Every value of every table, as text (what ``sqlite3.Connection.iterdump`` shows of the
    data), to check that something was never stored."""
    return "\n".join(repr(row) for table in table_names(db) for row in rows_of(db, table))


def text_search_names(db: Any, text: str) -> list[str]:
    """The names of the firms whose indexed text holds ``text`` (3+ characters), by id:
    SQLite's FTS5 index (``firms_fts``) read directly, PostgreSQL's trigram-indexed columns."""
    if is_pg(db):
        from app import search

        clause = search.firm_clause(text, engine="postgresql")
        ids = search.ids(db, clause, limit=10_000)
        return [db.scalar("SELECT name FROM firms WHERE id = ?", (i,)) for i in ids]
    return [
        r[0]
        for r in db.conn.execute(
            "SELECT f.name FROM firms_fts JOIN firms f ON f.id = firms_fts.rowid "
            "WHERE firms_fts MATCH ? ORDER BY f.id",
            (f'"{text}"',),
        )
    ]


def text_index_ok(db: Any) -> None:
    """The text index is consistent: FTS5's integrity check; on PostgreSQL every index of
    ``firms`` is valid and ready (a failed build leaves one invalid)."""
    if is_pg(db):
        bad = db.conn.execute(
            "SELECT count(*) FROM pg_index WHERE indrelid = 'firms'::regclass "
            "AND NOT (indisvalid AND indisready)"
        ).fetchone()[0]
        assert bad == 0
        return
    db.conn.execute("INSERT INTO firms_fts(firms_fts) VALUES ('integrity-check')")


@contextlib.contextmanager
def _plans_prefer_indexes(db: Any) -> Iterator[None]:
    # A test table of a few rows is scanned whole by PostgreSQL's planner; forbidding the
    # sequential scan shows which index the query can use.
    db.conn.execute("SET enable_seqscan = off")
    try:
        yield
    finally:
        db.conn.execute("RESET enable_seqscan")


def query_plan(db: Any, sql: str, params: Any = ()) -> str:
    """The engine's plan of ``sql`` as one string (index names appear in it)."""
    if is_pg(db):
        with _plans_prefer_indexes(db):
            return " ".join(r[0] for r in db.conn.execute("EXPLAIN " + sql, params))
    return " ".join(str(tuple(r)) for r in db.conn.execute("EXPLAIN QUERY PLAN " + sql, params))


@contextlib.contextmanager
def login_role(server: Any, url: str, role: str, password: str) -> Iterator[str]:
    """A login ``role`` with ``password`` (the test server asks every role but the superuser
    for one) that may do anything in the database at ``url``: yields that database's URL
    for the role, then drops the role and what it owns."""
    from tests.pgserver import SUPERUSER

    name = url.rsplit("/", 1)[1]
    server.admin(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")
    server.admin(f'GRANT ALL ON DATABASE "{name}" TO {role}')
    server.admin(f"GRANT ALL ON SCHEMA public TO {role}", dbname=name)
    try:
        yield url.replace(f"{SUPERUSER}@", f"{role}@")
    finally:
        server.admin(f"DROP OWNED BY {role}", dbname=name)
        server.admin(f"DROP ROLE {role}")


def never_created(target: str) -> bool:
    """Nothing was created at ``target``: no file, or a server database without the schema."""
    from app.db import Database
    from app.pg import is_url

    if not is_url(target):
        from pathlib import Path

        return not Path(target).exists()
    with Database(target, migrate=False, readonly=True) as db:
        return db.version == 0 and not db.has_table("firms")


def copy_target(source: str | Path, dest: str | Path) -> str | Path:
    """A copy of the closed database ``source`` for a test that edits it: the file copied to
    ``dest``, or on a server a new database made from ``source`` as its template (``dest``
    then only lends its name's stem)."""
    import itertools
    import shutil

    from app.pg import is_url

    if not is_url(str(source)):
        return Path(shutil.copyfile(source, dest))
    import psycopg

    base, name = str(source).rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        for n in itertools.count(1):
            copy = f"{name}_{Path(dest).stem}_{n}"
            if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (copy,)).fetchone():
                continue
            conn.execute(f'CREATE DATABASE "{copy}" TEMPLATE "{name}"')  # type: ignore[arg-type]
            return f"{base}/{copy}"
    raise AssertionError("unreachable")
