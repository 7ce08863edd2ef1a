"""Issue #20: backups belong to their database, and a restore cannot be turned against it.

Each test reproduces one finding of the adversarial review (items 1, 2, 3, 6, 9, 11).
"""

from __future__ import annotations

import io
import os
import sqlite3
import threading
import time
import uuid
from contextlib import redirect_stderr, redirect_stdout, suppress
from pathlib import Path

import pytest

from app import backup, migrations
from app.db import Database
from app.errors import UserError
from cli import main as cli
from tests.db_helpers import contents, firm_names, text_search_names
from tests.outreach_helpers import add_firm, add_firms_at

NO_AUTO_BACKUP = "automatic backups copy the database file; a server's are pg_dump's"


def run(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = cli.main(list(argv))
    return code, err.getvalue()


def tampered_copy(db, tmp_path, *statements: str, name="tampered.sqlite") -> Path:
    """A real backup of ``db`` with extra SQL run in it (a hostile backup)."""
    copy = backup.backup_to(db, tmp_path / name)
    conn = sqlite3.connect(copy)
    for sql in statements:
        conn.executescript(sql)
    conn.commit()
    conn.close()
    return copy


# -- item 1: identity and one series per database -----------------------------------------------


def test_each_database_has_a_uuid_identity(db, new_db_target):
    ident = migrations.identity(db)
    assert ident is not None and uuid.UUID(ident)
    other = Database(new_db_target())
    assert migrations.identity(other) != ident
    other.close()


@pytest.mark.sqlite_only(NO_AUTO_BACKUP)
def test_rotation_of_one_database_never_deletes_anothers_backups(tmp_path):
    main = Database(tmp_path / "chainfill.sqlite")
    old = Database(tmp_path / "chainfill-old.sqlite")
    add_firm(main, "甲")
    add_firm(old, "乙")
    mine = backup.auto_backup(main, reason="before-restore", keep=3)
    for _ in range(3):
        backup.auto_backup(old, reason="test", keep=3)
    backup.auto_backup(old, reason="test", keep=3)
    assert mine.exists()
    assert backup.list_backups(main) == [mine]
    assert len(backup.list_backups(old)) == 3
    main.close()
    old.close()


@pytest.mark.sqlite_only(NO_AUTO_BACKUP)
def test_a_same_named_database_has_its_own_series(tmp_path):
    (tmp_path / "mine").mkdir()
    (tmp_path / "colleague").mkdir()
    mine = Database(tmp_path / "mine" / "chainfill.sqlite")
    theirs = Database(tmp_path / "colleague" / "chainfill.sqlite")
    add_firm(mine, "甲")
    backup.auto_backup(mine, reason="daily")
    assert backup.list_backups(theirs) == []
    # a damaged-database prompt never offers the other database's backup
    assert backup.newest_sound_backup(theirs) is None
    assert backup.newest_sound_backup(mine) is not None
    mine.close()
    theirs.close()


def test_restore_keeps_the_live_identity(db, tmp_path, new_db_target):
    other = Database(new_db_target())
    add_firm(other, "乙")
    copy = backup.backup_to(other, tmp_path / "other-copy.sqlite")
    ident = migrations.identity(db)
    # the team database asks for --force to take another database's backup (test_pg_backup.py)
    backup.restore(db, copy, force=db.is_postgres)
    assert firm_names(db) == ["乙"]
    assert migrations.identity(db) == ident
    other.close()


# -- items 2 and 3: restore checks the candidate and copies into the program's own schema -------


def test_restore_refuses_a_bare_firms_table(db, tmp_path):
    add_firm(db, "甲")
    fake = tmp_path / "fake.sqlite"
    conn = sqlite3.connect(fake)
    conn.executescript("create table firms(x); pragma user_version=2;")
    conn.close()
    before = contents(db.target)
    with pytest.raises(UserError, match="结构"):
        backup.restore(db, fake)
    assert contents(db.target) == before
    # the database keeps working
    code, err = run("--db", str(db.target), "search", "甲", "--json")
    assert code == 0, err


def test_cli_restore_of_a_bare_firms_table_exits_2_and_later_commands_work(tmp_path, db_target):
    dbfile = add_firms_at(db_target, "甲")
    fake = tmp_path / "fake.sqlite"
    conn = sqlite3.connect(fake)
    conn.executescript("create table firms(x); pragma user_version=2;")
    conn.close()
    before = contents(dbfile)
    code, err = run("--db", str(dbfile), "restore", str(fake))
    assert code == 2 and "错误：" in err and "Traceback" not in err
    assert contents(dbfile) == before
    code, err = run("--db", str(dbfile), "backup", "--out", str(tmp_path / "after.sqlite"))
    assert code == 0, err


@pytest.mark.parametrize(
    "sql",
    [
        # a trigger calling load_extension
        "CREATE TRIGGER evil AFTER INSERT ON audit BEGIN SELECT load_extension('/tmp/x'); END;",
        # deletes the older audit rows on every insert
        "CREATE TRIGGER wipe AFTER INSERT ON audit BEGIN DELETE FROM audit WHERE id < new.id; END;",
        # copies a new contact's phone and e-mail into firms.short_name
        "CREATE TRIGGER leak AFTER INSERT ON contacts BEGIN UPDATE firms "
        "SET short_name = new.phone || ' ' || new.email WHERE id = new.firm_id; END;",
        # every score 100
        "DROP VIEW ranked; CREATE VIEW ranked AS SELECT firms.*, scores.firm_id, 100 AS score, "
        "scores.gap_fit, scores.capability, scores.propensity FROM firms "
        "JOIN scores ON scores.firm_id = firms.id;",
        # same name, different definition: a firms_fts trigger that also empties contacts
        "DROP TRIGGER firms_fts_ai; CREATE TRIGGER firms_fts_ai AFTER INSERT ON firms BEGIN "
        "DELETE FROM contacts; END;",
        # an extra index and an extra table
        "CREATE INDEX spy ON firms(name, uscc);",
        "CREATE TABLE extra (a);",
        # a column added to a known table
        "ALTER TABLE contacts ADD COLUMN secret TEXT;",
    ],
)
def test_restore_refuses_foreign_schema_objects(db, tmp_path, sql):
    add_firm(db, "甲")
    hostile = tampered_copy(db, tmp_path, sql)
    add_firm(db, "乙")
    before = contents(db.target)
    with pytest.raises(UserError, match="结构"):
        backup.restore(db, hostile)
    assert contents(db.target) == before


@pytest.mark.sqlite_only(
    "reads the file's sqlite_master; a server's restore only loads rows into its own schema "
    "(test_pg_backup.py)"
)
def test_restored_database_has_exactly_the_program_schema(db, tmp_path):
    add_firm(db, "甲")
    copy = backup.backup_to(db, tmp_path / "copy.sqlite")
    backup.restore(db, copy)
    assert backup.schema_problems(db.conn, migrations.SCHEMA_VERSION) == []
    assert firm_names(db) == ["甲"]


def test_restore_rebuilds_the_search_index_and_scores(db, tmp_path):
    add_firm(db, "深圳市甲乙科技有限公司")
    with db.write():
        db.execute("UPDATE scores SET score = 42")
    copy = backup.backup_to(db, tmp_path / "copy.sqlite")
    add_firm(db, "丙")
    backup.restore(db, copy)
    assert text_search_names(db, "甲乙科技") == ["深圳市甲乙科技有限公司"]
    assert db.scalar("SELECT score FROM scores") == 42
    assert db.scalar("SELECT count(*) FROM scores") == 1


# -- item 6: restore respects the busy limit ----------------------------------------------------


@pytest.mark.slow  # waits out the 5 s busy limit
@pytest.mark.sqlite_only("SQLite's one-writer file lock")
def test_restore_gives_up_while_another_process_holds_the_write_lock(db, tmp_path):
    add_firm(db, "甲")
    copy = backup.backup_to(db, tmp_path / "copy.sqlite")
    add_firm(db, "乙")
    holder = sqlite3.connect(db.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO settings (key, value) VALUES ('x', '1')")
    outcome: dict[str, object] = {}

    def attempt() -> None:
        try:
            backup.restore(db, copy)
            outcome["result"] = "restored"
        except Exception as exc:
            outcome["result"] = exc

    started = time.monotonic()
    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(timeout=30)
    holder.execute("ROLLBACK")
    holder.close()
    assert not worker.is_alive(), "restore waited for ever on the lock"
    assert isinstance(outcome["result"], UserError)
    assert "另一个" in outcome["result"].message
    assert time.monotonic() - started < 25
    assert firm_names(db) == ["甲", "乙"]


# -- item 11: the smaller holes -------------------------------------------------------------


def test_restore_and_its_audit_entry_are_one_transaction(db, tmp_path, monkeypatch):
    add_firm(db, "甲")
    copy = backup.backup_to(db, tmp_path / "copy.sqlite")
    add_firm(db, "乙")

    def no_audit(*a, **k):  # a kill between the data and the audit entry
        raise KeyboardInterrupt

    monkeypatch.setattr(db, "audit", no_audit)
    with suppress(KeyboardInterrupt):
        backup.restore(db, copy)
    restored = firm_names(db) == ["甲"]
    recorded = db.scalar("SELECT count(*) FROM audit WHERE action = 'restore'")
    assert (restored and recorded == 1) or (firm_names(db) == ["甲", "乙"] and recorded == 0)


@pytest.mark.sqlite_only("the SQLite file's -wal and -shm companions")
def test_backup_out_onto_the_wal_file_is_refused(tmp_path):
    dbfile = add_firms_at(tmp_path / "live.sqlite", "甲")
    for target in ("-wal", "-shm"):
        code, err = run("--db", str(dbfile), "backup", "--out", str(dbfile) + target)
        assert code == 2, err
        assert "数据库" in err
    check = Database(dbfile)
    assert firm_names(check) == ["甲"]
    check.close()


def test_restore_of_a_backup_with_8192_byte_pages(db, tmp_path):
    add_firm(db, "甲")
    copy = backup.backup_to(db, tmp_path / "copy.sqlite")
    conn = sqlite3.connect(copy)
    conn.execute("PRAGMA page_size = 8192")
    conn.execute("VACUUM")
    conn.close()
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA page_size").fetchone()[0] == 8192
    conn.close()
    add_firm(db, "乙")
    backup.restore(db, copy)
    assert firm_names(db) == ["甲"]


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
@pytest.mark.sqlite_only("the database file's permission bits and its automatic backups")
def test_backups_and_the_database_are_private(tmp_path):
    live = Database(tmp_path / "live.sqlite")
    add_firm(live, "甲")
    assert (live.path.stat().st_mode & 0o077) == 0
    auto = backup.auto_backup(live, reason="test")
    out = backup.backup_to(live, tmp_path / "out.sqlite")
    for f in (auto, out):
        assert (f.stat().st_mode & 0o077) == 0, oct(f.stat().st_mode)
    live.close()


# -- item 9: the environment's failures ----------------------------------------------------------


class _FullDisk:
    """A connection whose backup fails as on a full disk."""

    def __init__(self, conn):
        self._conn = conn

    def backup(self, *a, **k):
        raise sqlite3.OperationalError("database or disk is full")

    def __getattr__(self, name):
        return getattr(self._conn, name)


@pytest.mark.sqlite_only("sqlite3's online backup API (a server is read row by row)")
def test_backup_onto_a_full_disk_leaves_no_part_file(db, tmp_path, monkeypatch):
    add_firm(db, "甲")
    real = db.conn
    monkeypatch.setattr(db, "conn", _FullDisk(real))
    with pytest.raises(UserError, match="磁盘"):
        backup.backup_to(db, tmp_path / "out.sqlite")
    monkeypatch.setattr(db, "conn", real)
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.sqlite_only(NO_AUTO_BACKUP)
def test_rotation_removes_stale_part_files(db):
    add_firm(db, "甲")
    folder = backup.series_dir(db)
    folder.mkdir(parents=True, exist_ok=True)
    stale = folder / "20200101-000000-000000-before-import-test.sqlite.part"
    stale.write_bytes(b"half")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    backup.auto_backup(db, reason="test")
    assert not stale.exists()


@pytest.mark.parametrize(
    ("message", "words"),
    [
        ("database or disk is full", "磁盘空间已满"),
        ("attempt to write a readonly database", "只读"),
        ("database is locked", "另一个"),
    ],
)
def test_environment_failures_are_chinese_and_exit_2(
    tmp_path, monkeypatch, db_target, message, words
):
    dbfile = db_target
    Database(dbfile).close()
    csv = tmp_path / "firms.csv"
    csv.write_text("企业名称,统一社会信用代码\n甲科技有限公司,\n", encoding="utf-8")
    import app.importing

    def failing(*a, **k):
        raise sqlite3.OperationalError(message)

    monkeypatch.setattr(app.importing, "import_firms", failing)
    code, err = run("--db", str(dbfile), "import", str(csv), "--no-classify")
    assert code == 2, err
    assert words in err and "意外错误" not in err


def test_a_full_log_folder_prints_no_traceback(monkeypatch, capsys):
    import cli.commands.uscc as uscc_cmd
    from app import paths

    def no_log_folder():
        raise OSError(28, "No space left on device")

    def crash(args):
        raise RuntimeError("bug")

    monkeypatch.setattr(paths, "logs_dir", no_log_folder)
    monkeypatch.setattr(uscc_cmd, "run", crash)
    code = cli.main(["check-uscc", "x"])
    assert code == 1
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.sqlite_only("a read-only database file")
def test_backup_of_a_read_only_database_is_refused_before_writing(tmp_path, monkeypatch):
    dbfile = add_firms_at(tmp_path / "live.sqlite", "甲")
    real_access = os.access

    def access(path, mode, *a, **k):
        if Path(path) in (dbfile, dbfile.parent) and mode & os.W_OK:
            return False
        return real_access(path, mode, *a, **k)

    monkeypatch.setattr(os, "access", access)
    out = tmp_path / "out" / "b.sqlite"
    out.parent.mkdir()
    code, err = run("--db", str(dbfile), "backup", "--out", str(out))
    assert code == 2, err
    assert "只读" in err
    assert not out.exists()


def test_the_window_reports_a_full_disk_as_an_expected_condition():
    from ui.messages import JobError

    err = JobError(sqlite3.OperationalError("database or disk is full"))
    assert err.is_user_error
    assert "磁盘空间已满" in err.message
    assert not JobError(RuntimeError("bug")).is_user_error


# Restores in a subprocess and SIGKILLs itself right after the k-th online-backup copy
# returns (1: the safety backup, 2: the swap into the live database).
RESTORE_KILLER = """
import os, signal, sys
from app import backup
from app.db import Database
k = int(sys.argv[3])
real = backup.copy_database
calls = 0
def copy_then_die(src, dst):
    global calls
    real(src, dst)
    calls += 1
    if calls == k:
        os.kill(os.getpid(), signal.SIGKILL)
backup.copy_database = copy_then_die
db = Database(sys.argv[1])
backup.restore(db, sys.argv[2])
sys.exit(3)
"""


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL")
@pytest.mark.parametrize("k", [1, 2])
@pytest.mark.sqlite_only(
    "kills a restore between sqlite3's file copies (a server's is one transaction)"
)
def test_a_kill_during_restore_leaves_data_and_record_together(tmp_path, k):
    import signal
    import subprocess
    import sys

    from tests.conftest import ROOT

    live = Database(tmp_path / "live.sqlite")
    add_firm(live, "甲")
    copy = backup.backup_to(live, tmp_path / "copy.sqlite")
    add_firm(live, "乙")
    live.close()
    proc = subprocess.run(
        [sys.executable, "-c", RESTORE_KILLER, str(tmp_path / "live.sqlite"), str(copy), str(k)],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()
    db = Database(tmp_path / "live.sqlite")
    try:
        assert db.scalar("PRAGMA integrity_check") == "ok"
        recorded = db.scalar("SELECT count(*) FROM audit WHERE action = 'restore'")
        if k == 1:
            assert (firm_names(db), recorded) == (["甲", "乙"], 0)
        else:
            assert (firm_names(db), recorded) == (["甲"], 1)
    finally:
        db.close()
    # what the kill left behind is removed by the next restore once it is stale
    leftovers = list(tmp_path.glob(".live.sqlite.restore-*"))
    assert leftovers
    old = time.time() - 3600
    for f in leftovers:
        os.utime(f, (old, old))
    db = Database(tmp_path / "live.sqlite")
    backup.restore(db, copy)
    db.close()
    assert not list(tmp_path.glob(".live.sqlite.restore-*"))


@pytest.mark.sqlite_only("a copied database file")
def test_a_file_copy_opened_as_a_database_gets_its_own_series(tmp_path):
    import shutil

    original = Database(tmp_path / "chainfill.sqlite")
    add_firm(original, "甲")
    ident = migrations.identity(original)
    backup.auto_backup(original, reason="daily")
    original.close()
    shutil.copy(tmp_path / "chainfill.sqlite", tmp_path / "colleague.sqlite")
    copy = Database(tmp_path / "colleague.sqlite")
    assert migrations.identity(copy) != ident
    assert copy.scalar("SELECT value FROM meta WHERE key = 'copied_from'") == ident
    assert backup.list_backups(copy) == []
    copy.close()
    again = Database(tmp_path / "chainfill.sqlite")
    assert migrations.identity(again) == ident
    assert len(backup.list_backups(again)) == 1
    again.close()


@pytest.mark.sqlite_only("a moved database file")
def test_a_moved_database_keeps_its_identity(tmp_path):
    db = Database(tmp_path / "a.sqlite")
    ident = migrations.identity(db)
    db.close()
    (tmp_path / "a.sqlite").rename(tmp_path / "b.sqlite")
    moved = Database(tmp_path / "b.sqlite")
    assert migrations.identity(moved) == ident
    moved.close()


@pytest.mark.sqlite_only("damaged pages of a SQLite file")
def test_restore_over_a_damaged_database_keeps_the_series(tmp_path):
    path = tmp_path / "live.sqlite"
    live = Database(path)
    for i in range(300):
        add_firm(live, f"企业{i}", short_name="x" * 200)
    ident = migrations.identity(live)
    good = backup.auto_backup(live, reason="daily")
    live.close()
    # Damage the firms' leaf pages, not the schema: found by name, since with every new table
    # the schema's pages reach further into the file.
    conn = sqlite3.connect(path)
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    leaves = [
        r[0]
        for r in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'firms' AND pagetype = 'leaf' ORDER BY pageno"
        )
    ]
    conn.close()
    assert len(leaves) > 4
    data = bytearray(path.read_bytes())
    for p in leaves[len(leaves) // 2 :]:
        data[(p - 1) * page : (p - 1) * page + 64] = b"\xff" * 64  # pages count from 1
    path.write_bytes(bytes(data))
    damaged = Database(path, migrate=False)
    try:
        assert not backup.integrity_ok(damaged)
        backup.restore(damaged, good)
        assert backup.integrity_ok(damaged)
        assert len(firm_names(damaged)) == 300
        assert migrations.identity(damaged) == ident
    finally:
        damaged.close()


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE scores SET score = 'abc';",
        "UPDATE firms SET name = x'00ff';",
        "UPDATE contacts SET firm_id = 'one';",
    ],
)
def test_restore_refuses_values_of_a_foreign_type(db, tmp_path, sql):
    add_firm(db, "甲")
    with db.write():
        db.execute("INSERT INTO contacts (firm_id, name, updated_at) VALUES (1, '张三', 'x')")
    hostile = tampered_copy(db, tmp_path, sql)
    before = contents(db.target)
    with pytest.raises(UserError, match="类型"):
        backup.restore(db, hostile)
    assert contents(db.target) == before


def test_a_hostile_table_name_is_a_refusal_not_a_crash(db, tmp_path):
    hostile = tampered_copy(db, tmp_path, 'CREATE TABLE "x""); SELECT 1; --" (a);')
    code, err = run("--db", str(db.target), "restore", str(hostile))
    assert code == 2, err
    assert "意外错误" not in err
