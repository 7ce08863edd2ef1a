"""Field laptops against a PostgreSQL team database (issue #14): check out to a SQLite copy,
edit on both sides, check in; run with ``--engine=postgresql`` (tests/pgserver.py)."""

from __future__ import annotations

import json

import pytest

from app import firm_edit, migrations, outreach
from app.db import Database
from app.errors import UserError
from app.sync.checkin import checkin
from app.sync.checkout import Scope, checkout, origin
from app.sync.conflicts import resolve
from tests.sync_helpers import build_team, deep, snapshot, without_noise

pytestmark = pytest.mark.postgresql("checking a team database out to a SQLite copy")


def test_checkout_and_checkin_against_postgresql(pg_url, tmp_path, as_person):
    team = Database(pg_url)
    try:
        ids = build_team(team)
        as_person("李四")
        checkout(team, tmp_path / "copy.sqlite", Scope(shortlists=["深圳走访"]))
        work = Database(tmp_path / "copy.sqlite")
        try:
            o = origin(work)
            assert o is not None and o["source_db_id"] == migrations.identity(team)
            assert o["source"] == team.name  # the redacted URL, never a password
            assert work.scalar("SELECT count(*) FROM firms") == 3
            # offline
            firm_edit.update_firm(work, ids["a"], {"员工人数": "120", "官网": "www.mine.cn"})
            new_visit = outreach.add_visit(work, ids["b"], date="2026-12-04", summary="离线走访")
            assert new_visit
            with work.write():
                work.execute(
                    "UPDATE project_reports SET tax_paid = 260.0 WHERE project_id = ?",
                    (ids["project"],),
                )
            # in the office
            as_person("张三")
            firm_edit.update_firm(team, ids["a"], {"营业收入": "3000", "官网": "www.theirs.cn"})
            expected = deep(without_noise(snapshot(team)))
            result = checkin(work, team)
            (conflict,) = result.conflicts
            assert (conflict.field, conflict.mine, conflict.theirs) == (
                "website",
                "www.mine.cn",
                "www.theirs.cn",
            )
            # the firm waits; the report and the visit are merged
            expected["project_reports"][(ids["project"], 2025)]["tax_paid"] = 260.0
            after = without_noise(snapshot(team))
            for table, rows in expected.items():
                for key, row in rows.items():
                    assert after[table].get(key) == row, (table, key)
            assert (
                team.scalar(
                    "SELECT count(*) FROM visits WHERE firm_id = ? AND summary = '离线走访'",
                    (ids["b"],),
                )
                == 1
            )
            resolve(work, conflict.id, "mine")
            done = checkin(work, team)
            assert done.conflicts == [] and done.merged == 1
            row = team.execute(
                "SELECT employees, revenue, website FROM firms WHERE id = ?", (ids["a"],)
            ).fetchone()
            assert tuple(row) == (120, 3000.0, "www.mine.cn")
            state = snapshot(team)
            assert checkin(work, team).merged == 0
            assert snapshot(team) == state
            audit = team.execute(
                "SELECT user, detail FROM audit WHERE action = 'sync_edit' ORDER BY id DESC"
            ).fetchone()
            # on the server the person checking in is the database login (no 本人信息 set);
            # the offline author is the laptop's person
            assert audit[0] == team.login and json.loads(audit[1])["made_by"] == "李四"
        finally:
            work.close()
    finally:
        team.close()


def test_a_copy_of_another_postgresql_database_is_refused(pg_url, pg_server, tmp_path, as_person):
    team = Database(pg_url)
    other = Database(pg_server.new_database())
    try:
        build_team(team)
        checkout(team, tmp_path / "copy.sqlite", Scope(all=True))
        with Database(tmp_path / "copy.sqlite") as work, pytest.raises(UserError, match="另一个"):
            checkin(work, other)
    finally:
        team.close()
        other.close()


def test_deletions_links_and_change_file_conflicts_on_postgresql(pg_url, tmp_path, as_person):
    """On a server team database: a row deleted offline is deleted, or waits as a conflict
    when a colleague changed it; a team project is relinked to a deal signed offline; a
    change file's conflicts wait in the server database and are decided there."""
    from app.connection import now
    from app.sync.changes import apply, export
    from app.sync.conflicts import list_conflicts

    team = Database(pg_url)
    try:
        ids = build_team(team)
        as_person("李四")
        checkout(team, tmp_path / "copy.sqlite", Scope(shortlists=["深圳走访"]))
        with Database(tmp_path / "copy.sqlite") as work:
            outreach.delete_visit(work, ids["visit_a"])
            outreach.delete_contact(work, ids["contact_b"])
            at = now()
            with work.write():
                deal = work.execute(
                    "INSERT INTO deals (name, firm_id, type, stage, created_on, created_at, "
                    "updated_at) VALUES ('离线签约', ?, 'new', 'signed', '2026-12-05', ?, ?)",
                    (ids["c"], at, at),
                ).lastrowid
                work.execute("UPDATE projects SET deal_id = ? WHERE id = ?", (deal, ids["project"]))
            firm_edit.update_firm(work, ids["a"], {"官网": "mine"})
            # a firm met on the road, with its contact: the contact must follow its new id
            from tests.outreach_helpers import add_firm

            new_firm = add_firm(work, "东莞市庚新材料有限公司", uscc="91441900MA5F000009")
            outreach.add_contact(work, new_firm, name="吴总")
            as_person("张三")
            outreach.update_contact(team, ids["contact_b"], title="总监")
            firm_edit.update_firm(team, ids["a"], {"官网": "theirs"})
            # by change file, decided on the server
            done = export(work, tmp_path / "trip.cfsync")
            result = apply(team, done.path)
            assert sorted((c.table, c.field) for c in result.conflicts) == [
                ("contacts", "*"),
                ("firms", "website"),
            ]
            assert team.scalar("SELECT count(*) FROM visits WHERE id = ?", (ids["visit_a"],)) == 0
            team_deal = team.scalar("SELECT id FROM deals WHERE name = '离线签约'")
            assert (
                team.scalar("SELECT deal_id FROM projects WHERE id = ?", (ids["project"],))
                == team_deal
            )
            team_firm = team.scalar("SELECT id FROM firms WHERE uscc = '91441900MA5F000009'")
            assert team_firm is not None
            assert team.scalar("SELECT firm_id FROM contacts WHERE name = '吴总'") == team_firm
            listed = list_conflicts(team)
            assert sorted(c["id"] for c in listed) == sorted(c.id for c in result.conflicts)
            for c in listed:
                resolve(team, c["id"], "mine")
            assert apply(team, done.path).conflicts == []
            assert team.scalar("SELECT website FROM firms WHERE id = ?", (ids["a"],)) == "mine"
            assert (
                team.scalar("SELECT count(*) FROM contacts WHERE id = ?", (ids["contact_b"],)) == 0
            )
            assert list_conflicts(team) == []
            deletes = team.query("SELECT detail FROM audit WHERE action = 'sync_delete'")
            assert len(deletes) == 2
            assert {json.loads(r["detail"])["made_by"] for r in deletes} == {"李四"}
            # the same copy checked in directly afterwards: nothing new
            state = snapshot(team)
            assert checkin(work, team).merged == 0
            assert snapshot(team) == state
    finally:
        team.close()
