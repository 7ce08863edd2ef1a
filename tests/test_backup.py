"""Backup and restore: consistent copies, checked restores, refusal of bad files."""

import sqlite3

import pytest

from app import backup, migrations
from app.db import Database, now
from app.errors import UserError
from tests.conftest import run_cli
from tests.db_helpers import firm_names, text_search_names
from tests.outreach_helpers import add_firm, add_firms_at

# The program copies a SQLite file before migrations and once a day; a server is backed up
# by the bureau's own pg_dump schedule (docs/team-database.md).
NO_AUTO_BACKUP = "automatic backups copy the database file; a server's are pg_dump's"


def test_backup_restore_round_trip(db, tmp_path):
    add_firm(db, "甲科技有限公司")
    copy = backup.backup_to(db, tmp_path / "copy.sqlite")
    assert backup.check_file(copy) == migrations.SCHEMA_VERSION
    add_firm(db, "乙科技有限公司")
    assert firm_names(db) == ["甲科技有限公司", "乙科技有限公司"]
    safety = backup.restore(db, copy)
    assert firm_names(db) == ["甲科技有限公司"]
    # The state before the restore is kept and is itself restorable.
    assert safety is not None and backup.check_file(safety)
    backup.restore(db, safety)
    assert firm_names(db) == ["甲科技有限公司", "乙科技有限公司"]
    assert db.is_postgres or db.scalar("PRAGMA integrity_check") == "ok"
    # Search index follows the restored content.
    assert text_search_names(db, "乙科技") == ["乙科技有限公司"]


def test_backup_while_another_connection_writes(db, tmp_path):
    add_firm(db, "甲")
    other = Database(db.target)
    with other.write():
        other.execute(
            "INSERT INTO firms (name, name_norm, imported_at, updated_at) VALUES ('乙','乙',?,?)",
            (now(), now()),
        )
        # Uncommitted work of another writer is not in the copy.
        copy = backup.backup_to(db, tmp_path / "copy.sqlite")
    other.close()
    conn = sqlite3.connect(copy)
    assert [r[0] for r in conn.execute("SELECT name FROM firms")] == ["甲"]
    conn.close()


@pytest.mark.parametrize(
    "content", [b"", b"not a database at all", b"SQLite format 3\x00" + b"\x00" * 100]
)
def test_restore_refuses_bad_files(db, tmp_path, content):
    add_firm(db, "甲")
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(content)
    with pytest.raises(UserError):
        backup.restore(db, bad)
    assert firm_names(db) == ["甲"]


def test_restore_refuses_foreign_sqlite(db, tmp_path):
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE x (a)")
    conn.commit()
    conn.close()
    with pytest.raises(UserError, match="不是 ChainFill"):
        backup.restore(db, other)


def test_restore_refuses_newer_schema(db, tmp_path):
    copy = backup.backup_to(db, tmp_path / "copy.sqlite")
    conn = sqlite3.connect(copy)
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(UserError, match="更新版本"):
        backup.restore(db, copy)


@pytest.mark.sqlite_only("the file's PRAGMA user_version (a server's: test_pg.py)")
def test_newer_database_is_refused_untouched(tmp_path):
    path = tmp_path / "newer.sqlite"
    Database(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(UserError, match="更新版本"):
        Database(path)
    assert path.read_bytes() == before


@pytest.mark.sqlite_only("a file that is not a database")
def test_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("重要的笔记", encoding="utf-8")
    with pytest.raises(UserError, match="不是 SQLite"):
        Database(path)
    assert path.read_text(encoding="utf-8") == "重要的笔记"


@pytest.mark.sqlite_only(NO_AUTO_BACKUP)
def test_rotation_keeps_last_n(db):
    add_firm(db, "甲")
    for _ in range(5):
        backup.auto_backup(db, reason="test", keep=3)
    assert len(backup.list_backups(db)) == 3
    assert backup.newest_sound_backup(db) == backup.list_backups(db)[0]


@pytest.mark.sqlite_only(NO_AUTO_BACKUP)
def test_daily_backup_once_a_day(db):
    add_firm(db, "甲")
    assert backup.daily_backup(db) is not None
    assert backup.daily_backup(db) is None


def test_cli_backup_and_restore(tmp_path, db_target):
    dbfile = add_firms_at(db_target, "甲")
    out = tmp_path / "b.sqlite"
    r = run_cli("--db", dbfile, "backup", "--out", str(out))
    assert r.returncode == 0, r.stderr.decode()
    add_firms_at(dbfile, "乙")
    r = run_cli("--db", dbfile, "restore", str(out))
    assert r.returncode == 0, r.stderr.decode()
    db = Database(dbfile)
    assert firm_names(db) == ["甲"]
    db.close()
    bad = run_cli("--db", dbfile, "restore", str(tmp_path / "missing.sqlite"))
    assert bad.returncode == 2
    assert "找不到" in bad.stderr.decode()
    unwritable = run_cli("--db", dbfile, "backup", "--out", "/proc/nope/b.sqlite")
    assert unwritable.returncode == 2
