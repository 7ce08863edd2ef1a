"""The database layer: transactions, audit, concurrent writers, migrations."""

import subprocess
import sys
import time

import pytest

from app import migrations
from app.db import Database, now
from app.errors import UserError
from tests.conftest import ROOT
from tests.db_helpers import table_names


def test_fresh_database_has_schema(db):
    assert db.version == migrations.SCHEMA_VERSION
    tables = set(table_names(db))
    assert {"firms", "imports", "audit", "catalog_edits", "corrections", "meta"} <= tables
    assert ("firms_fts" in tables) == (not db.is_postgres)  # PostgreSQL: trigram indexes


@pytest.mark.sqlite_only("the SQLite file's journal mode and foreign-key switch")
def test_fresh_sqlite_file_is_in_wal_mode_with_foreign_keys(db):
    assert db.scalar("PRAGMA journal_mode") == "wal"
    assert db.scalar("PRAGMA foreign_keys") == 1


def test_write_rolls_back_on_error(db):
    with pytest.raises(RuntimeError), db.write():
        db.execute(
            "INSERT INTO firms (name, name_norm, imported_at, updated_at) VALUES ('甲','甲',?,?)",
            (now(), now()),
        )
        raise RuntimeError("boom")
    assert db.scalar("SELECT count(*) FROM firms") == 0


def test_nested_write_joins_outer(db):
    with pytest.raises(RuntimeError), db.write():
        with db.write():
            db.execute(
                "INSERT INTO firms (name, name_norm, imported_at, updated_at) VALUES ('甲','甲',?,?)",
                (now(), now()),
            )
        raise RuntimeError("outer fails")
    assert db.scalar("SELECT count(*) FROM firms") == 0


def test_settings_are_audited(db):
    db.set_setting("ranking.weights", {"gap_fit": 0.5})
    assert db.get_setting("ranking.weights") == {"gap_fit": 0.5}
    row = db.query("SELECT action, entity_id, user FROM audit")[-1]
    assert row["action"] == "setting" and row["entity_id"] == "ranking.weights" and row["user"]


@pytest.mark.sqlite_only("SQLite's one-writer file lock; PostgreSQL writers do not wait")
def test_second_writer_waits_then_gets_a_clear_message(db, monkeypatch):
    import app.db as dbmod

    other = Database(db.path)
    other.conn.execute("PRAGMA busy_timeout = 300")
    with db.write():
        t0 = time.perf_counter()
        with pytest.raises(UserError, match="另一个"), other.write():
            pass
        waited = time.perf_counter() - t0
    assert waited >= 0.25
    # Once the first writer is done, the second gets through.
    with other.write():
        other.execute(
            "INSERT INTO firms (name, name_norm, imported_at, updated_at) VALUES ('乙','乙',?,?)",
            (now(), now()),
        )
    other.close()
    assert db.scalar("SELECT count(*) FROM firms") == 1
    assert dbmod.BUSY_TIMEOUT_MS >= 1000


WRITER = """
import sys
from app.db import Database, now
from app.errors import UserError
db = Database(sys.argv[1])
done = 0
tag = sys.argv[2]
while done < 200:
    try:
        with db.write():
            db.execute("INSERT INTO firms (name, name_norm, imported_at, updated_at) VALUES (?,?,?,?)",
                       (f"{tag}{done}", f"{tag}{done}", now(), now()))
        done += 1
    except UserError:
        pass
db.close()
"""


def test_two_processes_lose_no_writes(db_target):
    Database(db_target).close()
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, db_target, tag], cwd=ROOT) for tag in "AB"
    ]
    assert all(p.wait(timeout=120) == 0 for p in procs)
    with Database(db_target) as db:
        assert db.scalar("SELECT count(*) FROM firms") == 400
        assert db.is_postgres or db.scalar("PRAGMA integrity_check") == "ok"


def _register_migration(monkeypatch, body) -> None:
    """A next migration, on both engines (PostgreSQL's bodies are app.pg_schema's)."""
    from app import pg_schema

    monkeypatch.setitem(pg_schema.PG_MIGRATIONS, migrations.SCHEMA_VERSION + 1, body)
    migrations.MIGRATIONS.append(body)
    migrations.SCHEMA_VERSION += 1


def test_migration_from_older_version_takes_a_backup(db_target, monkeypatch):
    from app import backup

    path = db_target
    db = Database(path)
    db.close()
    # Pretend the database is one version behind by registering a no-op next migration.
    _register_migration(monkeypatch, lambda d: d.execute("CREATE TABLE extra_test (a TEXT)"))
    try:
        db = Database(path)
        assert db.version == migrations.SCHEMA_VERSION
        assert db.has_table("extra_test")
        # A file is copied first; a server is backed up by pg_dump (docs/team-database.md).
        migrated = any("migrate" in p.name for p in backup.list_backups(db))
        assert migrated != db.is_postgres
        db.close()
    finally:
        migrations.MIGRATIONS.pop()
        migrations.SCHEMA_VERSION -= 1


def test_failed_migration_leaves_old_schema(db_target, monkeypatch):
    path = db_target
    Database(path).close()

    def broken(d):
        d.execute("CREATE TABLE half_done (a TEXT)")
        raise RuntimeError("simulated failure")

    _register_migration(monkeypatch, broken)
    try:
        with pytest.raises(RuntimeError, match="simulated"):
            Database(path)
    finally:
        migrations.MIGRATIONS.pop()
        migrations.SCHEMA_VERSION -= 1
    db = Database(path)
    assert not db.has_table("half_done")
    assert db.version == migrations.SCHEMA_VERSION
    db.close()


@pytest.mark.sqlite_only("file and folder names of a SQLite database and its backup")
def test_awkward_folder_names(tmp_path):
    from app import backup

    folder = tmp_path / "招商 数据?#%20"
    folder.mkdir()
    db = Database(folder / "库 1.sqlite")
    with db.write():
        db.execute(
            "INSERT INTO firms (name, name_norm, imported_at, updated_at) VALUES ('甲','甲',?,?)",
            (now(), now()),
        )
    copy = backup.backup_to(db, folder / "备份 #1.sqlite")
    assert backup.check_file(copy)
    db.close()
    ro = Database(folder / "库 1.sqlite", readonly=True)
    assert ro.scalar("SELECT count(*) FROM firms") == 1
    ro.close()
