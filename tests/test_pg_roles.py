"""Roles enforced by the server (app.pg_roles): real logins on the throwaway server, writing
with plain SQL past ChainFill's own checks — the server itself must refuse."""

from __future__ import annotations

import json

import psycopg
import pytest

from tests.conftest import run_cli

pytestmark = pytest.mark.postgresql("database roles and GRANTs")

PASSWORD = "pw-roles"


@pytest.fixture
def team(pg_server, pg_url):
    """A demo database registered by its owner: 张三 管理员 (the owner's login), 李四 招商专员
    (login li), 王五 只读 (login wang)."""
    for login in ("li", "wang"):
        pg_server.admin(f"CREATE ROLE {login} LOGIN PASSWORD '{PASSWORD}'")
    for args in (
        ("users", "add", "张三", "--login", "chainfill", "--role", "admin"),
        ("users", "add", "李四", "--login", "li", "--role", "staff"),
        ("users", "add", "王五", "--login", "wang", "--role", "viewer"),
        ("demo", "--firms", "60"),
    ):
        proc = run_cli("--db", pg_url, *args)
        assert proc.returncode == 0, proc.stderr.decode()
    yield pg_url
    name = pg_url.rsplit("/", 1)[1]
    for login in ("li", "wang"):
        pg_server.admin(f"DROP ROLE {login}")
    for role in ("admin", "staff", "viewer"):
        pg_server.admin(f'DROP OWNED BY "{name}_{role}"', dbname=name)
        pg_server.admin(f'DROP ROLE "{name}_{role}"')


def _as(url, login):
    return psycopg.connect(
        url.replace("chainfill@", f"{login}@"), password=PASSWORD, autocommit=True
    )


def _refused(conn, sql, params=()):
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(sql, params)


def test_a_viewer_login_reads_and_cannot_write(team):
    with _as(team, "wang") as conn:
        assert conn.execute("SELECT count(*) FROM firms").fetchone()[0] == 60
        _refused(conn, "UPDATE firms SET employees = 1")
        _refused(conn, "DELETE FROM visits")
        _refused(conn, "INSERT INTO audit (at, action, entity) VALUES ('x', 'x', 'x')")
        _refused(conn, "INSERT INTO settings (key, value) VALUES ('cache.x', '1')")


def test_staff_write_the_work_but_not_the_admins_tables(team):
    weights = json.dumps({"gap_fit": 1})
    with _as(team, "li") as conn:
        conn.execute("UPDATE firms SET employees = 7 WHERE id = 1")
        conn.execute("INSERT INTO audit (at, action, entity) VALUES ('x', 'x', 'x')")
        _refused(conn, "UPDATE users SET role = 'admin'")
        _refused(conn, "DELETE FROM meta")
        _refused(
            conn,
            'INSERT INTO catalog_edits (direction, segment, field, value, "user", at) '
            "VALUES ('d', '', 'name', 'x', 'li', 'x')",
        )
        # settings: the database-wide keys are the 管理员's (row-level security) …
        _refused(
            conn,
            "INSERT INTO settings (key, value) VALUES ('ranking.weights', %s) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (weights,),
        )
        # … the program's own bookkeeping stays writable
        conn.execute("INSERT INTO settings (key, value) VALUES ('cache.test', '1')")
    with _as(team, "wang") as conn:
        assert conn.execute("SELECT employees FROM firms WHERE id = 1").fetchone()[0] == 7


def test_users_set_moves_the_login_between_groups(team):
    proc = run_cli("--db", team, "users", "set", "王五", "--role", "staff")
    assert proc.returncode == 0, proc.stderr.decode()
    with _as(team, "wang") as conn:
        conn.execute("UPDATE firms SET employees = 9 WHERE id = 2")
    proc = run_cli("--db", team, "users", "set", "王五", "--inactive")
    assert proc.returncode == 0, proc.stderr.decode()
    with _as(team, "wang") as conn:
        _refused(conn, "SELECT count(*) FROM firms")  # no group: no rights at all
    proc = run_cli("--db", team, "users", "set", "李四", "--role", "viewer")
    assert proc.returncode == 0, proc.stderr.decode()
    with _as(team, "li") as conn:
        _refused(conn, "UPDATE firms SET employees = 1")


def test_a_viewer_login_may_take_a_backup(team, tmp_path):
    from app import backup

    out = tmp_path / "copy.sqlite"
    env = {"PGPASSWORD": PASSWORD}
    proc = run_cli(
        "--db", team.replace("chainfill@", "wang@"), "backup", "--out", str(out), env=env
    )
    assert proc.returncode == 0, proc.stderr.decode()
    assert backup.check_file(out) > 0
    proc = run_cli("--db", team.replace("chainfill@", "wang@"), "restore", str(out), env=env)
    assert proc.returncode == 2 and "没有权限" in proc.stderr.decode()


def test_a_login_the_server_does_not_know_is_registered_with_a_note(team):
    proc = run_cli("--db", team, "users", "add", "赵六", "--login", "zhao", "--role", "staff")
    err = proc.stderr.decode() + proc.stdout.decode()
    assert proc.returncode == 0 and "服务器上没有登录名" in err, err
