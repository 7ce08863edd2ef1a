"""The PostgreSQL engine (issue #13): translation, schema, login, and the commands that work
on a server database, against a throwaway server (tests/pgserver.py).

Tests marked ``postgresql`` run with ``--engine=postgresql`` (``.ci/run`` does); the
translation tests need no server and always run.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app import pg, pg_schema
from app.errors import UserError
from tests.conftest import run_cli
from tests.db_helpers import login_role

DATA = Path(__file__).parent / "data"


# -- translation (no server) --------------------------------------------------------------------
def test_translate_spells_sqlite_for_postgresql():
    t = pg.translate
    assert t("SELECT a FROM t WHERE b = ? AND c LIKE '50%'") == (
        "SELECT a FROM t WHERE b = %s AND c ILIKE '50%%'"
    )
    # the reserved column name, but not user_id, "user" already quoted, or a string
    assert t("INSERT INTO audit (at, user, user_id) VALUES (?, 'user', ?)") == (
        "INSERT INTO audit (at, \"user\", user_id) VALUES (%s, 'user', %s)"
    )
    assert t('SELECT "user" FROM audit') == 'SELECT "user" FROM audit'
    # SQLite's null-safe IS, but IS NULL / IS NOT NULL stay
    assert t("WHERE a IS ? AND b IS NOT f.b AND c IS NULL AND d IS NOT NULL") == (
        "WHERE a IS NOT DISTINCT FROM %s AND b IS DISTINCT FROM f.b AND c IS NULL AND d IS NOT NULL"
    )
    assert t("INSERT OR IGNORE INTO t (a) VALUES (?);") == (
        "INSERT INTO t (a) VALUES (%s) ON CONFLICT DO NOTHING"
    )
    assert t("CREATE TEMP TABLE x (a REAL) WITHOUT ROWID").strip() == (
        "CREATE TEMP TABLE x (a DOUBLE PRECISION)"
    )
    assert t("DELETE FROM temp.x") == "DELETE FROM pg_temp.x"
    # an INSERT into a table with an id returns it (cursor.lastrowid)
    assert t("INSERT INTO users (login) VALUES (?)", True).endswith("RETURNING id")
    assert not t("INSERT INTO settings (key) VALUES (?)", True).endswith("RETURNING id")
    with pytest.raises(NotImplementedError):
        t("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")


def test_id_tables_are_every_table_with_an_integer_id(tmp_path):
    """An INSERT returns the new id (cursor.lastrowid) for exactly these tables."""
    from app.db import Database

    with Database(tmp_path / "x.sqlite") as db:
        tables = [
            r[0]
            for r in db.query("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not r[0].startswith("firms_fts")  # FTS5's own tables: none on PostgreSQL
        ]
        with_id = {
            t
            for t in tables
            if any(
                r[1] == "id" and r[2].upper() == "INTEGER" and r[5]
                for r in db.query(f"PRAGMA table_info({t})")
            )
        }
    assert with_id == set(pg.ID_TABLES)


def test_url_detection_and_redaction():
    assert pg.is_url("postgresql://u@h/db") and pg.is_url("postgres://u@h/db")
    assert not pg.is_url("/tmp/postgresql.sqlite") and not pg.is_url(Path("x"))
    assert pg.redact("postgresql://zhang:secret@h:5432/db") == "postgresql://zhang:***@h:5432/db"


def test_a_path_made_from_a_server_url_is_never_opened_as_a_file(tmp_path, monkeypatch):
    """A server connection's ``path`` is its redacted URL: opening that (or any Path of a
    URL) must refuse, not create a local SQLite file named like the server."""
    from app.db import Database

    monkeypatch.chdir(tmp_path)
    url = "postgresql://zhang:***@db.bureau.local:5432/chainfill"
    for target in (
        Path(url),  # postgresql:/zhang:***@… : the slashes collapse
        Path("postgresql://zhang@db.bureau.local/chainfill").resolve(),
        str(Path("postgres://zhang@h/db")),
        url,  # the redacted URL as text: its password is gone
    ):
        with pytest.raises(UserError) as err:
            Database(target)
        assert "postgresql://" in err.value.message, target
    assert list(tmp_path.iterdir()) == []  # nothing created
    assert pg.looks_like_url(Path("postgresql://u@h/db"))
    assert not pg.looks_like_url(tmp_path / "postgresql.sqlite")
    assert not pg.looks_like_url(tmp_path / "postgres" / "x.sqlite")


def test_the_app_keeps_a_server_url_a_string(monkeypatch):
    """ui.main.choose_db: --db or CHAINFILL_DB naming a server stays the URL (a Path of it
    would open a local file), and the app's worker jobs open ``db.target``."""
    from app import settings as app_settings
    from ui.main import choose_db

    url = "postgresql://zhang@db.bureau.local/chainfill"
    settings = app_settings.Settings()
    assert choose_db(url, False, settings) == url
    monkeypatch.setenv("CHAINFILL_DB", url)
    assert choose_db(None, False, settings) == url


def test_every_migration_after_the_baseline_has_a_postgresql_body():
    from app.migrations import SCHEMA_VERSION

    for version in range(pg_schema.BASELINE + 1, SCHEMA_VERSION + 1):
        assert version in pg_schema.PG_MIGRATIONS, f"migration v{version} has no PostgreSQL body"


def test_connect_messages_are_chinese():
    shown = "postgresql://u@h/db"
    cases = {
        'password authentication failed for user "u"': "用户名或密码不正确",
        'connection to server at "h", port 5 failed: Connection refused': "无法连接数据库服务器",
        'database "db" does not exist': "没有这个数据库",
        "timeout expired": "超时",
    }
    for text, expected in cases.items():
        assert expected in pg.connect_message(Exception(text), shown)


# -- on a server --------------------------------------------------------------------------------
pytestmark_pg = pytest.mark.postgresql("a server: connecting, roles, the schema there")


def _open(url):
    from app.db import Database

    return Database(url)


@pytestmark_pg
def test_schema_matches_sqlite(pg_url, tmp_path):
    """Every table and view of the SQLite schema, with the same columns in the same order."""
    from app.db import Database

    lite = Database(tmp_path / "x.sqlite")
    server = _open(pg_url)
    try:
        assert server.version == lite.version
        names = [
            r[0]
            for r in lite.query(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'firms_fts%'"
            )
        ]
        assert "firms" in names and "ranked" in names and "users" in names
        for name in names:
            want = [r[1] for r in lite.query(f"PRAGMA table_xinfo({name})")]
            got = [
                r[0]
                for r in server.query(
                    "SELECT attname FROM pg_attribute WHERE attrelid = ?::regclass "
                    "AND attnum > 0 AND NOT attisdropped ORDER BY attnum",
                    (name,),
                )
            ]
            assert got == want, name
    finally:
        lite.close()
        server.close()


@pytestmark_pg
def test_newer_server_schema_is_refused(pg_url):
    db = _open(pg_url)
    with db.write():
        db.set_version(99)
    db.close()
    with pytest.raises(UserError, match="更新版本"):
        _open(pg_url)
    proc = run_cli("--db", pg_url, "search", "汇川")
    assert proc.returncode == 2
    assert "更新版本" in proc.stderr.decode() and "Traceback" not in proc.stderr.decode()


@pytestmark_pg
def test_triggers_keep_scores_and_versions(pg_url):
    db = _open(pg_url)
    with db.write():
        cur = db.execute(
            "INSERT INTO firms (name, name_norm, imported_at, updated_at) VALUES (?, ?, ?, ?)",
            ("甲公司", "甲公司", "2026-01-01", "2026-01-01"),
        )
        fid = cur.lastrowid
    assert fid is not None
    assert db.scalar("SELECT count(*) FROM scores WHERE firm_id = ?", (fid,)) == 1
    with db.write():
        db.execute("UPDATE firms SET employees = 5 WHERE id = ?", (fid,))
        db.execute("UPDATE firms SET classified_at = 'x' WHERE id = ?", (fid,))  # not an edit
    assert db.scalar("SELECT version FROM firms WHERE id = ?", (fid,)) == 2
    with db.write():
        db.execute("DELETE FROM firms WHERE id = ?", (fid,))
    assert db.scalar("SELECT count(*) FROM scores") == 0
    db.close()


@pytestmark_pg
def test_a_failed_write_rolls_back_whole(pg_url):
    db = _open(pg_url)
    with pytest.raises(Exception), db.write():  # noqa: B017 - any driver error
        db.execute("INSERT INTO settings (key, value) VALUES ('a', '1')")
        db.execute("INSERT INTO nonexistent VALUES (1)")
    assert db.scalar("SELECT count(*) FROM settings WHERE key = 'a'") == 0
    db.execute("SELECT 1")  # the connection is usable again
    db.close()


@pytest.fixture
def demo_pair(pg_url, tmp_path):
    """The same demo (300 firms, seed 1) on PostgreSQL and on SQLite."""
    from app import demo
    from app.db import Database
    from app.jobs import run_to_end

    server = _open(pg_url)
    lite = Database(tmp_path / "demo.sqlite")
    run_to_end(demo.build(server, 300, 1))
    run_to_end(demo.build(lite, 300, 1))
    yield server, lite
    server.close()
    lite.close()


@pytestmark_pg
def test_demo_is_the_same_on_both_engines(demo_pair):
    server, lite = demo_pair
    for table in ("firms", "scores", "pipeline", "visits", "contacts", "shortlist_items"):
        n = lite.scalar(f"SELECT count(*) FROM {table}")
        assert n > 0 and server.scalar(f"SELECT count(*) FROM {table}") == n, table

    def rounded(rows):  # the engines' round() differ in the last bit: compare in Python
        return [tuple(round(v, 6) if isinstance(v, float) else v for v in r) for r in rows]

    for sql in (
        "SELECT id, direction, segment FROM firms ORDER BY id",
        "SELECT firm_id, score, gap_fit, capability, propensity FROM scores ORDER BY firm_id",
        "SELECT firm_id, stage FROM pipeline ORDER BY firm_id",
    ):
        assert rounded(server.query(sql)) == rounded(lite.query(sql)), sql
    # NaN is stored as NULL, as sqlite3 does: non-candidates have no gap_fit
    assert server.scalar("SELECT count(*) FROM scores WHERE gap_fit = 'NaN'") == 0


@pytestmark_pg
def test_search_on_postgresql(demo_pair):
    from app import search

    server, lite = demo_pair
    name, short = lite.query("SELECT name, short_name FROM firms WHERE id = 5")[0]
    for query in (name, short, name[-6:], "电子", "电", "智能 装备", "科技有限"):
        got = search.search(server, query, limit=50)
        want = search.search(lite, query, limit=50)
        assert got, query
        assert len(got) == len(want), query
        for hit in got:  # every result holds every word (names, or text for 3+ characters)
            for word in query.split():
                row = server.query(
                    "SELECT name_norm, name, short_name, main_business, business_scope, "
                    "introduction FROM firms WHERE id = ?",
                    (hit["id"],),
                )[0]
                assert any(word in (v or "") for v in row), (query, hit["name"])
    # an exact name and a code come first, as on SQLite
    assert search.search(server, name)[0]["id"] == 5
    code = lite.scalar("SELECT uscc FROM firms WHERE id = 5")
    assert search.search(server, code)[0]["match"] == "uscc"
    # the firm list's filter (store) counts the same
    clause_pg = search.firm_clause("电子", engine="postgresql")
    clause_lite = search.firm_clause("电子")
    assert search.count(server, clause_pg) == search.count(lite, clause_lite)
    clause_pg = search.firm_clause("智能装备", engine="postgresql")
    assert search.count(server, clause_pg) == search.count(lite, search.firm_clause("智能装备"))


@pytestmark_pg
def test_search_uses_the_indexes(pg_url):
    """The trigram and gram indexes can serve 3+ and 1–2 character queries (the planner
    prefers a scan on a tiny table, so scans are switched off to ask whether it can)."""
    from app import search

    db = _open(pg_url)
    db.execute("SET enable_seqscan = off")
    cases = [
        (search.firm_clause("精密机械", engine="postgresql"), "firms_search_trgm"),
        (search.firm_clause("电", engine="postgresql"), "firms_name_grams"),
        (search.firm_clause("电子", engine="postgresql"), "firms_name_grams"),
    ]
    for clause, index in cases:
        plan = "\n".join(
            r[0]
            for r in db.query(f"EXPLAIN SELECT id FROM firms WHERE {clause.sql}", clause.params)
        )
        assert index in plan, plan
    sql, params = search._spoken_sql(["深圳"], "汇川", pg=True)
    plan = "\n".join(r[0] for r in db.query(f"EXPLAIN SELECT id FROM firms WHERE {sql}", params))
    assert "firms_name_grams" in plan, plan
    db.close()


def _cli(url, *args, env=None):
    proc = run_cli("--db", url, *args, env=env)
    return proc.returncode, proc.stdout.decode(), proc.stderr.decode()


@pytestmark_pg
def test_cli_demo_search_show_edit_audit(pg_url):
    rc, _out, err = _cli(pg_url, "demo", "--firms", "200")
    assert rc == 0, err
    rc, out, err = _cli(pg_url, "search", "科技", "--json", "--limit", "5")
    assert rc == 0, err
    hits = json.loads(out)
    assert len(hits) == 5 and all("科技" in h["name"] for h in hits)
    fid = str(hits[0]["id"])
    rc, out, err = _cli(pg_url, "firm", "show", fid, "--json")
    assert rc == 0, err
    version = json.loads(out)["version"]
    rc, _out, err = _cli(
        pg_url, "firm", "edit", fid, "--set", "员工人数=321", "--if-version", str(version)
    )
    assert rc == 0, err
    # a second edit against the version the first person saw: refused, naming the change
    rc, _out, err = _cli(
        pg_url, "firm", "edit", fid, "--set", "员工人数=999", "--if-version", str(version)
    )
    assert rc == 2 and "未作修改" in err and "Traceback" not in err
    rc, out, _err = _cli(pg_url, "firm", "show", fid, "--json")
    shown = json.loads(out)
    assert shown["employees"] == 321 and shown["version"] == version + 1
    rc, out, err = _cli(pg_url, "audit", "--firm", fid, "--json")
    assert rc == 0, err
    entries = json.loads(out)
    assert entries[0]["action"] == "edit" and entries[0]["user"] == "chainfill"
    assert entries[0]["detail"]["employees"]["new"] == 321


@pytestmark_pg
def test_cli_import_by_copy_and_undo(pg_url, tmp_path):
    lite = str(tmp_path / "x.sqlite")
    for target in (pg_url, lite):
        rc, out, err = _cli(target, "import", str(DATA / "qcc_export_gbk.csv"), "--json")
        assert rc == 0, err
        first = json.loads(out)
        rc, out, err = _cli(target, "import", str(DATA / "qcc_export_gbk.csv"), "--json")
        second = json.loads(out)
        assert first["added"] == 3 and second["unchanged"] == 3 and second["added"] == 0
    db = _open(pg_url)
    rows = db.query("SELECT name, uscc, registered_capital, employees FROM firms ORDER BY id")
    assert db.scalar("SELECT count(*) FROM scores") == 3
    # new ids continue above the ones the import gave
    with db.write():
        cur = db.execute(
            "INSERT INTO firms (name, name_norm, imported_at, updated_at) VALUES ('乙', '乙', ?, ?)",
            ("2026-01-01", "2026-01-01"),
        )
    assert cur.lastrowid == 4
    db.close()
    from app.db import Database

    with Database(lite) as other:
        want = other.query(
            "SELECT name, uscc, registered_capital, employees FROM firms ORDER BY id"
        )
    assert [tuple(r) for r in rows] == [tuple(r) for r in want]
    rc, out, err = _cli(pg_url, "import", "--undo", "1")
    assert rc == 0 and "删除新增的企业 3 家" in out + err


@pytestmark_pg
def test_cli_classify_score_users(pg_url):
    rc, _out, err = _cli(pg_url, "import", str(DATA / "qcc_export_gbk.csv"), "--no-classify")
    assert rc == 0, err
    db = _open(pg_url)
    assert db.scalar("SELECT count(*) FROM firms WHERE classified_at IS NULL") == 3
    db.close()
    rc, out, err = _cli(pg_url, "classify-db")
    assert rc == 0 and "3" in out + err, err
    rc, out, err = _cli(pg_url, "score", "--json")
    assert rc == 0, err
    db = _open(pg_url)
    assert db.scalar("SELECT count(*) FROM firms WHERE classified_at IS NULL") == 0
    db.close()
    rc, _out, err = _cli(
        pg_url, "users", "add", "李四", "--role", "viewer", "--section", "招商一科"
    )
    assert rc == 0, err
    rc, out, err = _cli(pg_url, "users", "list", "--json")
    people = json.loads(out)
    assert any(p["name"] == "李四" and p["role"] == "viewer" for p in people)


# -- logging in ---------------------------------------------------------------------------------
@pytest.fixture
def zhang(pg_server, pg_url):
    """A role with a password (the test server asks every role but the superuser for one)."""
    with login_role(pg_server, pg_url, "zhang", "pw-zhang") as url:
        yield url


def _clean_env(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env["HOME"] = str(tmp_path)  # no ~/.pgpass of the machine's
    return env


@pytestmark_pg
def test_login_by_pgpassword_and_pgpass(zhang, tmp_path):
    env = _clean_env(tmp_path)
    # no password, no terminal (run_cli has no stdin): exit 2 with the conventions named
    proc = run_cli("--db", zhang, "search", "科技", env=env)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and "PGPASSWORD" in err and "Traceback" not in err
    proc = run_cli("--db", zhang, "search", "科技", env={**env, "PGPASSWORD": "wrong"})
    err = proc.stderr.decode()
    assert proc.returncode == 2 and "密码不正确" in err and "wrong" not in err
    proc = run_cli("--db", zhang, "search", "科技", env={**env, "PGPASSWORD": "pw-zhang"})
    assert proc.returncode == 0, proc.stderr.decode()
    pgpass = tmp_path / ".pgpass"
    pgpass.write_text("127.0.0.1:*:*:zhang:pw-zhang\n")
    pgpass.chmod(0o600)
    proc = run_cli("--db", zhang, "users", "list", env=env)
    assert proc.returncode == 0, proc.stderr.decode()
    # CHAINFILL_DB names the server like --db
    proc = run_cli("search", "科技", env={**env, "CHAINFILL_DB": zhang})
    assert proc.returncode == 0, proc.stderr.decode()


@pytestmark_pg
def test_unreachable_or_wrong_server_exits_2(pg_server, tmp_path):
    env = _clean_env(tmp_path)
    closed = pg_server.url("postgres").replace(str(pg_server.port), "1")
    cases = [
        (closed, "无法连接数据库服务器"),
        (pg_server.url("no_such_db"), "没有这个数据库"),
        ("postgresql://chainfill@127.0.0.1:notaport/x", "格式不正确"),
    ]
    for url, expected in cases:
        proc = run_cli("--db", url, "search", "科技", env=env)
        err = proc.stderr.decode()
        assert proc.returncode == 2, (url, err)
        assert expected in err and "Traceback" not in err, (url, err)


@pytestmark_pg
def test_team_roles_are_the_servers_grants(pg_server, zhang, tmp_path):
    """docs/team-database.md: the owner registers the people; `users add|set` makes each
    login a member of its role's group on the server (app.pg_roles), so a 只读 login reads
    but cannot write, and the audit log names the person, not the OS login."""
    owner = zhang.replace("zhang@", "chainfill@")
    rc, _out, err = _cli(owner, "users", "add", "张三", "--login", "chainfill", "--role", "admin")
    assert rc == 0, err
    rc, _out, err = _cli(owner, "import", str(DATA / "qcc_export_gbk.csv"))
    assert rc == 0, err
    env = {**_clean_env(tmp_path), "PGPASSWORD": "pw-zhang"}
    # a login not on the list has no rights on the server: refused with a Chinese message
    rc, _out, err = _cli(zhang, "search", "科技", env=env)
    assert rc == 2 and "没有权限" in err and "Traceback" not in err, err
    rc, _out, err = _cli(owner, "users", "add", "王五", "--login", "zhang", "--role", "viewer")
    assert rc == 0, err
    rc, out, err = _cli(zhang, "search", "有限公司", "--json", env=env)
    assert rc == 0 and json.loads(out), err
    rc, _out, err = _cli(zhang, "firm", "edit", "1", "--set", "员工人数=5", env=env)
    assert rc == 2 and "没有权限" in err, err
    rc, _out, err = _cli(owner, "users", "set", "王五", "--role", "staff")
    assert rc == 0, err
    rc, _out, err = _cli(zhang, "firm", "edit", "1", "--set", "员工人数=5", env=env)
    assert rc == 0, err
    rc, _out, err = _cli(owner, "users", "set", "王五", "--role", "viewer")
    assert rc == 0, err
    rc, _out, err = _cli(zhang, "firm", "edit", "1", "--set", "员工人数=6", env=env)
    assert rc == 2 and "没有权限" in err and "Traceback" not in err, err  # the server says no
    rc, _out, err = _cli(owner, "users", "set", "王五", "--role", "staff")
    assert rc == 0, err
    rc, out, _err = _cli(owner, "audit", "--json", "--limit", "3")
    who = [e["user"] for e in json.loads(out)]
    assert who == ["张三", "张三", "王五"]  # set staff, set viewer, the edit
