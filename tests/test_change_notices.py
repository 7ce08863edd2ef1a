"""Other people's changes reach a running app (issue #13): ``Database.data_version`` moves
when another connection commits, on both engines — SQLite's ``PRAGMA data_version``, and on
PostgreSQL the change triggers' NOTIFY heard by a LISTEN connection (a poll of the server's
transaction counter where LISTEN is not to be had)."""

from __future__ import annotations

import pytest

from app import pg_schema, search
from app.db import Database


def _add_firm(db: Database, name: str) -> None:
    with db.write():
        db.conn.execute(
            "INSERT INTO firms (name, name_norm, imported_at, updated_at) VALUES (?, ?, ?, ?)",
            (name, name, "2026-01-01T00:00:00", "2026-01-01T00:00:00"),
        )


def _set(db: Database, key: str, value: str) -> None:
    with db.write():
        db.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


@pytest.fixture
def pair(db_target):
    a, b = Database(db_target), Database(db_target)
    yield a, b
    b.close()
    a.close()


def test_another_connections_commit_moves_the_version_and_ones_own_does_not(pair):
    a, b = pair
    seen = a.data_version(exact=True)
    _add_firm(a, "自己写的有限公司")
    assert a.data_version(exact=True) == seen  # as SQLite: one's own commits are not news
    _add_firm(b, "别人写的有限公司")
    moved = a.data_version(exact=True)
    assert moved != seen
    assert a.data_version(exact=True) == moved  # no change, no news


def test_a_rolled_back_write_is_no_news(pair):
    a, b = pair
    seen = a.data_version(exact=True)
    with pytest.raises(RuntimeError), b.write():
        b.conn.execute(
            "INSERT INTO firms (name, name_norm, imported_at, updated_at) VALUES (?, ?, ?, ?)",
            ("撤销的有限公司", "撤销的有限公司", "2026-01-01", "2026-01-01"),
        )
        raise RuntimeError("undo")
    if a.is_postgres:  # (SQLite's data_version too stays put; asserted where it is exact)
        assert a.data_version(exact=True) == seen


def test_the_warm_name_index_is_dropped_when_another_connection_adds_a_firm(pair):
    a, b = pair
    _add_firm(a, "甲乙丙有限公司")
    search.warm(a)
    assert search.current_name_index(a) is not None
    _add_firm(b, "丁戊己有限公司")
    assert search.current_name_index(a) is None  # stale: the SQL path answers until re-warmed
    assert [r["name"] for r in search.search(a, "丁戊", limit=5)] == ["丁戊己有限公司"]


@pytest.mark.postgresql("LISTEN/NOTIFY and the server's triggers")
def test_postgresql_listens_and_counts_per_table(pair):
    a, b = pair
    firms = a.data_version(("firms",), exact=True)
    everything = a.data_version(exact=True)
    assert a._listener, "LISTEN should be available on the test server"
    _set(b, "some.key", "1")
    assert a.data_version(("firms",), exact=True) == firms  # settings are not firms
    assert a.data_version(exact=True) == everything + 1
    _add_firm(b, "新来的有限公司")
    assert a.data_version(("firms",), exact=True) == firms + 1


@pytest.mark.postgresql("LISTEN/NOTIFY and the server's triggers")
def test_every_table_but_meta_announces_its_changes(db):
    """A migration that adds a table adds its notify trigger (pg_schema.notify_trigger)."""
    tables = {
        r[0]
        for r in db.conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        ).fetchall()
    }
    with_trigger = {
        r[0]
        for r in db.conn.execute(
            "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE t.tgname = c.relname || '_notify'"
        ).fetchall()
    }
    assert tables - with_trigger == {"meta"}
    assert pg_schema.notify_trigger("x").startswith("CREATE TRIGGER x_notify")


@pytest.mark.postgresql("LISTEN/NOTIFY and the server's triggers")
def test_without_the_triggers_the_server_counter_is_polled(pair):
    a, b = pair
    with b.write():
        b.conn.execute("DROP FUNCTION chainfill_notify() CASCADE")
    seen = a.data_version()
    assert a._listener is False  # no LISTEN: nothing would ever be heard
    _set(b, "other.key", "2")
    assert a.data_version() != seen
