"""Backup and restore of a team database on PostgreSQL (app.pg_backup): the same checked
SQLite format as a laptop's backup, restored row by row into the program's own tables."""

from __future__ import annotations

import sqlite3

import pytest

from app import backup, migrations
from tests.conftest import run_cli

pytestmark = pytest.mark.postgresql("pg_dump and restore from a server")


def _tables():
    return backup._copy_order(backup.reference_schema(migrations.SCHEMA_VERSION))


def _content(db, skip=("audit", "meta")):
    """Every program table's rows (order-free), the database's own rows left out."""
    ref = backup.reference_schema(migrations.SCHEMA_VERSION)
    out = {}
    for table in _tables():
        if table in skip:
            continue
        cols = ", ".join(f'"{c}"' for c in backup._columns(ref, table))
        rows = [tuple(r) for r in db.query(f'SELECT {cols} FROM "{table}"')]
        out[table] = sorted(rows, key=repr)
    return out


def _cli(url, *args):
    proc = run_cli("--db", url, *args)
    return proc.returncode, proc.stdout.decode(), proc.stderr.decode()


@pytest.fixture
def server_demo(pg_url):
    from app import demo
    from app.db import Database
    from app.jobs import run_to_end

    db = Database(pg_url)
    run_to_end(demo.build(db, 150, 1))
    yield db
    db.close()


def test_backup_change_restore_gives_back_every_row(server_demo, pg_url, tmp_path):
    db = server_demo
    # deals and projects name each other (a cycle of foreign keys): an edited deal that
    # names a project must come back with its version, not one more
    with db.write():
        db.execute("UPDATE deals SET name = name || '（改）' WHERE project_id IS NOT NULL")
    assert db.scalar("SELECT count(*) FROM deals WHERE project_id IS NOT NULL AND version > 1")
    before = _content(db)
    assert before["firms"] and before["scores"] and before["visits"] and before["shortlists"]
    out = tmp_path / "server.sqlite"
    rc, _o, err = _cli(pg_url, "backup", "--out", str(out))
    assert rc == 0, err
    # the laptop's format, checked by the laptop's rules, under the server's identity
    assert backup.check_file(out) == migrations.SCHEMA_VERSION
    assert migrations.file_identity(out) == migrations.identity(db)
    with sqlite3.connect(out) as lite:
        assert lite.execute("SELECT count(*) FROM firms").fetchone()[0] == len(before["firms"])
        # the search index of the file was built as the rows went in
        word = "有限公司"
        found = lite.execute(
            "SELECT count(*) FROM firms_fts WHERE firms_fts MATCH ?", (f'"{word}"',)
        ).fetchone()[0]
        audit_in_file = lite.execute("SELECT count(*) FROM audit").fetchone()[0]
    columns = " || ".join(
        f"coalesce({c}, '')"
        for c in ("name", "short_name", "main_business", "business_scope", "introduction")
    )
    assert found > 0 and found == db.scalar(
        f"SELECT count(*) FROM firms WHERE instr({columns}, ?) > 0", (word,)
    )

    # change things: an edit, a deletion, a new firm
    fid = before["firms"][0][0]
    with db.write():
        db.execute("UPDATE firms SET employees = 4321 WHERE id = ?", (fid,))
        db.execute("DELETE FROM visits")
        db.execute(
            "INSERT INTO firms (name, name_norm, imported_at, updated_at) "
            "VALUES ('新公司', '新公司', '2026-01-01', '2026-01-01')"
        )
    assert _content(db) != before

    rc, out_text, err = _cli(pg_url, "restore", str(out))
    assert rc == 0, err
    assert _content(db) == before
    # the server kept its identity; the restore is in the audit log with its safety copy
    assert migrations.identity(db) == migrations.file_identity(out)
    last = db.query("SELECT action, detail FROM audit ORDER BY id DESC LIMIT 1")[0]
    assert last["action"] == "restore"
    assert db.scalar("SELECT count(*) FROM audit") == audit_in_file + 1
    safety = out_text + err
    assert "before-restore-server" in safety
    # new rows get new ids above the restored ones
    with db.write():
        new_id = db.execute(
            "INSERT INTO firms (name, name_norm, imported_at, updated_at) "
            "VALUES ('又一家', '又一家', '2026-01-01', '2026-01-01')"
        ).lastrowid
    assert new_id > max(r[0] for r in before["firms"])


def test_the_server_backup_restores_on_a_laptop(server_demo, pg_url, tmp_path):
    from app.db import Database

    out = tmp_path / "server.sqlite"
    rc, _o, err = _cli(pg_url, "backup", "--out", str(out))
    assert rc == 0, err
    laptop = tmp_path / "laptop.sqlite"
    Database(laptop).close()
    rc, _o, err = _cli(str(laptop), "restore", str(out))
    assert rc == 0, err
    with Database(laptop) as lite:
        assert _content(lite) == _content(server_demo)


def test_another_databases_backup_is_refused_unless_forced(server_demo, pg_url, tmp_path):
    from app import demo
    from app.db import Database
    from app.jobs import run_to_end

    laptop = tmp_path / "laptop.sqlite"
    with Database(laptop) as lite:
        run_to_end(demo.build(lite, 60, 2))
        laptop_rows = _content(lite)
    before = _content(server_demo)
    rc, _o, err = _cli(pg_url, "restore", str(laptop))
    assert rc == 2 and "另一个数据库" in err and "--force" in err and "Traceback" not in err
    assert _content(server_demo) == before
    rc, _o, err = _cli(pg_url, "restore", str(laptop), "--force")
    assert rc == 0, err
    assert _content(server_demo) == laptop_rows


def test_a_newer_or_foreign_schema_and_a_viewer_are_refused(server_demo, pg_url, tmp_path):
    db = server_demo
    out = tmp_path / "server.sqlite"
    rc, _o, err = _cli(pg_url, "backup", "--out", str(out))
    assert rc == 0, err
    before = _content(db)
    newer = tmp_path / "newer.sqlite"
    newer.write_bytes(out.read_bytes())
    with sqlite3.connect(newer) as conn:
        conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    rc, _o, err = _cli(pg_url, "restore", str(newer))
    assert rc == 2 and "更新版本" in err
    hostile = tmp_path / "hostile.sqlite"
    hostile.write_bytes(out.read_bytes())
    with sqlite3.connect(hostile) as conn:
        conn.execute("CREATE TRIGGER evil AFTER INSERT ON firms BEGIN DELETE FROM firms; END")
    rc, _o, err = _cli(pg_url, "restore", str(hostile))
    assert rc == 2 and "不一致" in err and "evil" in err
    # only a 管理员 restores: the login is registered as 只读
    with db.write():  # written directly: the roles' own rules are tested elsewhere
        db.execute("UPDATE users SET role = 'viewer' WHERE login = 'chainfill'")
        db.execute(
            "INSERT INTO users (login, display_name, role, created_at, active) "
            "VALUES ('someone', '管理员甲', 'admin', '2026-01-01', 1)"
        )
    assert db.scalar("SELECT role FROM users WHERE login = 'chainfill'") == "viewer"
    assert _content(db, skip=("audit", "meta", "users")) == {
        t: rows for t, rows in before.items() if t != "users"
    }  # nothing restored by the refused files
    before = _content(db)
    rc, _o, err = _cli(pg_url, "restore", str(out))
    assert rc == 2 and "没有权限" in err
    assert _content(db) == before


def test_a_server_path_is_never_reopened_as_a_file(server_demo, tmp_path, monkeypatch):
    from app.db import Database
    from app.errors import UserError

    monkeypatch.chdir(tmp_path)
    with pytest.raises(UserError):
        Database(server_demo.path)
    with pytest.raises(UserError):
        Database(str(server_demo.path))
    assert list(tmp_path.iterdir()) == []
    with Database(server_demo.target) as again:  # by its address: the same database
        assert again.scalar("SELECT count(*) FROM firms") == 150
