"""A working copy's changes as a file (``changes export`` / ``changes apply``, issue #14):
the same merge as a check-in, sealed with a checksum, refused when damaged, edited, already
applied or made against another database."""

from __future__ import annotations

import gzip
import json
import sqlite3

import pytest

from app import firm_edit, outreach
from app.db import Database
from app.errors import UserError
from app.sync.changes import apply, export
from app.sync.checkin import checkin
from tests.conftest import run_cli
from tests.sync_helpers import snapshot, team_and_copy, without_noise


@pytest.fixture
def pair(tmp_path, as_person, db_target):
    """The team database (a file, or the server with --engine=postgresql) and a working copy."""
    team, ids, copy = team_and_copy(db_target, tmp_path)
    work = Database(copy)
    yield team, work, ids
    team.close()
    work.close()


def _edit_offline(work, ids):
    firm_edit.update_firm(work, ids["a"], {"员工人数": "120"})
    outreach.add_visit(work, ids["b"], date="2026-12-04", summary="U盘带回的走访")
    outreach.delete_contact(work, ids["contact_b"])


def test_a_change_file_merges_like_a_checkin(pair, tmp_path):
    team, work, ids = pair
    _edit_offline(work, ids)
    firm_edit.update_firm(team, ids["a"], {"营业收入": "3000"})
    done = export(work, tmp_path / "trip.cfsync")
    assert (done.rows, done.deleted) >= (2, 1)
    result = apply(team, done.path)
    assert result.conflicts == [] and result.merged == 3  # the firm, the visit, the contact deleted
    assert team.scalar("SELECT employees FROM firms WHERE id = ?", (ids["a"],)) == 120
    assert team.scalar("SELECT revenue FROM firms WHERE id = ?", (ids["a"],)) == 3000.0
    assert team.scalar("SELECT count(*) FROM contacts WHERE id = ?", (ids["contact_b"],)) == 0
    assert team.scalar("SELECT count(*) FROM visits WHERE summary = 'U盘带回的走访'") == 1
    # already applied: refused, nothing written
    state = snapshot(team)
    with pytest.raises(UserError, match="已经应用过"):
        apply(team, done.path)
    assert snapshot(team) == state


def test_a_change_file_and_a_checkin_give_the_same_database(pair, tmp_path, request):
    team, work, ids = pair
    # the team database twice: one gets the change file, the other the check-in
    if team.is_postgres:  # a server copies a database whole as a template (no one connected)
        server = request.getfixturevalue("pg_server")
        name = team.url.rsplit("/", 1)[1]
        team.close()
        server.admin(f'CREATE DATABASE "{name}_twin" TEMPLATE "{name}"')
        team = Database(server.url(name))
        twin_path = server.url(f"{name}_twin")
    else:
        twin_path = tmp_path / "twin.sqlite"
        team.conn.execute(f"VACUUM INTO '{twin_path}'")
        conn = sqlite3.connect(twin_path)
        with conn:  # the same database moved, not a copy: it keeps its identity
            conn.execute(
                "UPDATE meta SET value = ? WHERE key = 'db_path'", (str(twin_path.resolve()),)
            )
        conn.close()
    _edit_offline(work, ids)
    done = export(work, tmp_path / "trip.cfsync")
    apply(team, done.path)
    with Database(twin_path) as twin:
        checkin(work, twin)
        assert without_noise(snapshot(twin)) == without_noise(snapshot(team))
    team.close()


def test_a_damaged_or_edited_change_file_is_refused(pair, tmp_path):
    team, work, ids = pair
    _edit_offline(work, ids)
    done = export(work, tmp_path / "trip.cfsync")
    raw = done.path.read_bytes()
    state = snapshot(team)
    truncated = tmp_path / "truncated.cfsync"
    truncated.write_bytes(raw[: len(raw) // 2])
    with pytest.raises(UserError, match="已损坏或被改动"):
        apply(team, truncated)
    doc = json.loads(gzip.decompress(raw))
    doc["payload"]["tables"]["firms"]["rows"][0][1] = "被人改过的名称"
    edited = tmp_path / "edited.cfsync"
    edited.write_bytes(gzip.compress(json.dumps(doc, ensure_ascii=False).encode()))
    with pytest.raises(UserError, match="校验值不符"):
        apply(team, edited)
    notjson = tmp_path / "x.cfsync"
    notjson.write_bytes(b"PK\x03\x04 not a change file")
    with pytest.raises(UserError, match="已损坏"):
        apply(team, notjson)
    assert snapshot(team) == state


def test_a_change_file_for_another_database_is_refused(pair, tmp_path):
    _team, work, ids = pair
    _edit_offline(work, ids)
    done = export(work, tmp_path / "trip.cfsync")
    with Database(tmp_path / "other.sqlite") as other, pytest.raises(UserError, match="另一个"):
        apply(other, done.path)


def test_conflicts_in_a_change_file_wait_and_the_rest_merges(pair, tmp_path):
    team, work, ids = pair
    firm_edit.update_firm(work, ids["a"], {"官网": "mine"})
    outreach.add_visit(work, ids["b"], date="2026-12-04", summary="照常合并")
    firm_edit.update_firm(team, ids["a"], {"官网": "theirs"})
    done = export(work, tmp_path / "trip.cfsync")
    result = apply(team, done.path)
    assert [c.field for c in result.conflicts] == ["website"]
    assert team.scalar("SELECT count(*) FROM visits WHERE summary = '照常合并'") == 1
    # not marked applied while something waits; decided on the laptop, exported again
    first = checkin(work, team, dry_run=True).conflicts[0]
    assert first.field == "website"
    checkin(work, team)  # stores the conflict in the copy (what the laptop does)
    from app.sync.conflicts import list_conflicts, resolve

    resolve(work, list_conflicts(work)[0]["id"], "mine")
    # the team meanwhile got the merged visit; the new export carries the decision
    again = export(work, tmp_path / "trip2.cfsync")
    result = apply(team, again.path)
    assert result.conflicts == []
    assert team.scalar("SELECT website FROM firms WHERE id = ?", (ids["a"],)) == "mine"
    assert team.scalar("SELECT count(*) FROM visits WHERE summary = '照常合并'") == 1


def test_cli_changes_export_and_apply(pair, tmp_path):
    team, work, ids = pair
    _edit_offline(work, ids)
    work_path, team_path = str(work.path), str(team.target)
    env = {"CHAINFILL_HOME": str(tmp_path / "home")}
    out = tmp_path / "trip.cfsync"
    r = run_cli("changes", "export", work_path, "--out", str(out), "--json", env=env)
    assert r.returncode == 0, r.stderr.decode()
    assert json.loads(r.stdout)["rows"] >= 2
    r = run_cli("--db", team_path, "changes", "apply", str(out), "--json", env=env)
    assert r.returncode == 0, r.stderr.decode()
    assert json.loads(r.stdout)["merged"] == 3
    r = run_cli("--db", team_path, "changes", "apply", str(out), env=env)
    assert r.returncode == 2 and "已经应用过" in r.stderr.decode()
    out.write_bytes(out.read_bytes()[:-20])
    r = run_cli("--db", team_path, "changes", "apply", str(out), env=env)
    assert r.returncode == 2 and "已损坏" in r.stderr.decode()
    assert "Traceback" not in r.stderr.decode()


def test_a_change_files_conflicts_are_decided_where_it_is_applied(pair, tmp_path):
    """No laptop in the office: the conflicts wait in the database the file was applied to,
    are listed and decided there, and the same file applied again writes the decisions."""
    from app.sync.conflicts import list_conflicts, resolve

    team, work, ids = pair
    firm_edit.update_firm(work, ids["a"], {"官网": "mine", "员工人数": "99"})
    outreach.delete_contact(work, ids["contact_b"])
    outreach.add_visit(work, ids["b"], date="2026-12-04", summary="照常合并")
    firm_edit.update_firm(team, ids["a"], {"官网": "theirs"})
    outreach.update_contact(team, ids["contact_b"], title="总监")
    done = export(work, tmp_path / "trip.cfsync")
    result = apply(team, done.path)
    assert sorted((c.table, c.field) for c in result.conflicts) == [
        ("contacts", "*"),
        ("firms", "website"),
    ]
    assert all(c.id is not None for c in result.conflicts)
    assert team.scalar("SELECT count(*) FROM visits WHERE summary = '照常合并'") == 1
    listed = {c["field"]: c for c in list_conflicts(team)}
    assert [c.id for c in result.conflicts if c.field == "website"] == [listed["website"]["id"]]
    assert (listed["website"]["mine"], listed["website"]["theirs"]) == ("mine", "theirs")
    assert listed["*"]["mine"] is None and listed["*"]["theirs"] == {"title": "总监"}
    # applied again undecided: the same conflicts, the same ids, nothing written twice
    again = apply(team, done.path)
    assert sorted(c.id for c in again.conflicts) == sorted(c["id"] for c in listed.values())
    assert team.scalar("SELECT count(*) FROM visits WHERE summary = '照常合并'") == 1
    assert team.scalar("SELECT employees FROM firms WHERE id = ?", (ids["a"],)) is None
    resolve(team, listed["website"]["id"], "mine")
    resolve(team, listed["*"]["id"], "mine")
    final = apply(team, done.path)
    assert final.conflicts == []
    row = team.execute("SELECT website, employees FROM firms WHERE id = ?", (ids["a"],)).fetchone()
    assert tuple(row) == ("mine", 99)
    assert team.scalar("SELECT count(*) FROM contacts WHERE id = ?", (ids["contact_b"],)) == 0
    assert list_conflicts(team) == []
    with pytest.raises(UserError, match="已经应用过"):
        apply(team, done.path)
    # the laptop's next file carries the same changes: merged already, nothing asked again
    outreach.add_visit(work, ids["c"], date="2026-12-06", summary="第二趟")
    later = apply(team, export(work, tmp_path / "trip2.cfsync").path)
    # only the new visit (and the stage it moved c to, with its history) is new
    assert (later.conflicts, later.updated, later.deleted, later.added) == ([], 0, 0, 3)
    assert team.scalar("SELECT count(*) FROM visits WHERE summary = '照常合并'") == 1


def test_a_decision_for_theirs_where_the_file_was_applied_holds_for_later_files(pair, tmp_path):
    from app.sync.conflicts import list_conflicts, resolve

    team, work, ids = pair
    firm_edit.update_firm(work, ids["b"], {"所属区县": "福田区"})
    firm_edit.update_firm(team, ids["b"], {"所属区县": "南山区"})
    first = export(work, tmp_path / "one.cfsync")
    (conflict,) = apply(team, first.path).conflicts
    resolve(team, conflict.id, "theirs")
    assert apply(team, first.path).conflicts == []
    assert team.scalar("SELECT district FROM firms WHERE id = ?", (ids["b"],)) == "南山区"
    # the laptop never heard of the decision: its next file is answered by it
    second = export(work, tmp_path / "two.cfsync")
    assert apply(team, second.path).conflicts == []
    assert team.scalar("SELECT district FROM firms WHERE id = ?", (ids["b"],)) == "南山区"
    assert [c["resolution"] for c in list_conflicts(team)] == ["theirs"]


def test_cli_conflicts_of_a_change_file_listed_and_resolved_on_the_target(pair, tmp_path):
    team, work, ids = pair
    firm_edit.update_firm(work, ids["a"], {"官网": "mine"})
    firm_edit.update_firm(team, ids["a"], {"官网": "theirs"})
    out = tmp_path / "trip.cfsync"
    export(work, out)
    team_path = str(team.target)
    env = {"CHAINFILL_HOME": str(tmp_path / "home")}
    r = run_cli("--db", team_path, "changes", "apply", str(out), env=env)
    assert r.returncode == 2, r.stderr.decode()
    err = r.stderr.decode()
    # the message says exactly what to run, on this database and with this file
    assert f"chainfill --db {team_path} conflicts list" in err
    assert f"chainfill --db {team_path} changes apply {out}" in err
    r = run_cli("--db", team_path, "conflicts", "list", "--json", env=env)
    assert r.returncode == 0, r.stderr.decode()
    (conflict,) = json.loads(r.stdout)
    r = run_cli("--db", team_path, "conflicts", "resolve", str(conflict["id"]), "mine", env=env)
    assert r.returncode == 0 and "再次应用同一个变更文件" in r.stderr.decode()
    r = run_cli("--db", team_path, "changes", "apply", str(out), "--json", env=env)
    assert r.returncode == 0, r.stderr.decode()
    assert json.loads(r.stdout)["merged"] == 1
    assert team.scalar("SELECT website FROM firms WHERE id = ?", (ids["a"],)) == "mine"
