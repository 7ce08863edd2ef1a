"""The database layer: transactions, audit, concurrent writers, migrations."""

import sqlite3
import subprocess
import sys
import time

import pytest

from app import migrations
from app.db import Database, now
from app.errors import UserError
from tests.conftest import ROOT


def test_fresh_database_has_schema_and_wal(db):
    assert db.version == migrations.SCHEMA_VERSION
    assert db.scalar("PRAGMA journal_mode") == "wal"
    assert db.scalar("PRAGMA foreign_keys") == 1
    tables = {r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"firms", "firms_fts", "imports", "audit", "catalog_edits", "corrections"} <= tables


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


def test_two_processes_lose_no_writes(tmp_path):
    path = tmp_path / "shared.sqlite"
    Database(path).close()
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), tag], cwd=ROOT) for tag in "AB"
    ]
    assert all(p.wait(timeout=120) == 0 for p in procs)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM firms").fetchone()[0] == 400
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_migration_from_older_version_takes_a_backup(tmp_path):
    from app import backup

    path = tmp_path / "old.sqlite"
    db = Database(path)
    db.close()
    # Pretend the file is one version behind by registering a no-op next migration.
    migrations.MIGRATIONS.append(lambda d: d.execute("CREATE TABLE extra_test (a)"))
    migrations.SCHEMA_VERSION += 1
    try:
        db = Database(path)
        assert db.version == migrations.SCHEMA_VERSION
        assert any("migrate" in p.name for p in backup.list_backups(db))
        db.close()
    finally:
        migrations.MIGRATIONS.pop()
        migrations.SCHEMA_VERSION -= 1


def test_failed_migration_leaves_old_schema(tmp_path):
    path = tmp_path / "old.sqlite"
    Database(path).close()

    def broken(d):
        d.execute("CREATE TABLE half_done (a)")
        raise sqlite3.OperationalError("simulated failure")

    migrations.MIGRATIONS.append(broken)
    migrations.SCHEMA_VERSION += 1
    try:
        with pytest.raises(sqlite3.OperationalError):
            Database(path)
    finally:
        migrations.MIGRATIONS.pop()
        migrations.SCHEMA_VERSION -= 1
    db = Database(path)
    assert db.scalar("SELECT count(*) FROM sqlite_master WHERE name='half_done'") == 0
    db.close()


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
