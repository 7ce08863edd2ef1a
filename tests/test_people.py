"""People, roles and versions (issue #13, items 3 and 4): who may change what, who did,
and two people editing the same firm get a conflict instead of a lost write."""

from __future__ import annotations

import json

import pytest

from app import backup, fx, outreach, people, shortlists
from app import settings as app_settings
from app.db import Database
from app.errors import UserError
from app.firm_edit import VersionConflict, firm_record, update_firm
from tests.conftest import run_cli
from tests.test_ranking import add_firm


def be(name: str) -> None:
    """The person at the keyboard (设置 → 本人信息) becomes ``name`` ('' for the OS login)."""
    app_settings.set_user("user.name", name)


def audit_count(db: Database) -> int:
    return int(db.scalar("SELECT COUNT(*) FROM audit"))


@pytest.fixture
def team(db):
    """A database whose first person (管理员 by the bootstrap rule) registered two more."""
    person, added = people.choose(db, "张三")
    assert added and person.role == "admin"
    be("张三")
    people.add(db, "李四", "staff", section="招商二科")
    people.add(db, "王五", "只读")
    return db


def test_bootstrap_first_person_is_admin_then_only_admins_register(db):
    # No 管理员 yet: anyone may change database-wide settings (as before roles existed).
    fx.set_rate(db, "USD", 7.0)
    assert not people.has_admin(db)
    zhang, added = people.choose(db, "张三")
    assert added and zhang.role == "admin" and people.has_admin(db)
    # Choosing an existing name picks it; an unknown one now needs the 管理员.
    assert people.choose(db, "张三") == (zhang, False)
    with pytest.raises(UserError, match="请管理员先登记"):
        people.choose(db, "李四")
    be("张三")
    li, added = people.choose(db, "李四")
    assert added and li.role == "staff"
    assert [p.name for p in people.list_people(db)] == ["张三", "李四"]
    # The registrations are recorded under the people who made them.
    rows = db.query("SELECT user, user_id FROM audit WHERE action = 'user_add' ORDER BY id")
    assert [(r["user"], r["user_id"]) for r in rows] == [("张三", zhang.id), ("张三", zhang.id)]


def test_viewer_writes_nothing(team):
    fid = add_firm(team, name="甲科技有限公司", employees=10)
    be("王五")
    before = audit_count(team)
    with pytest.raises(UserError, match=r"没有权限.*只读"):
        update_firm(team, fid, {"employees": "99"})
    with pytest.raises(UserError, match="没有权限"):
        shortlists.create(team, "王五的名单")
    with pytest.raises(UserError, match="没有权限"):
        outreach.add_contact(team, fid, name="赵六", phone="13812345678")
    assert firm_record(team, fid)["employees"] == 10
    assert firm_record(team, fid)["version"] == 1
    assert team.scalar("SELECT COUNT(*) FROM shortlists") == 0
    assert team.scalar("SELECT COUNT(*) FROM contacts") == 0
    assert audit_count(team) == before


def test_only_admin_changes_database_settings_and_people(team):
    be("李四")
    with pytest.raises(UserError, match=r"只有管理员.*汇率"):
        fx.set_rate(team, "USD", 6.0)
    with pytest.raises(UserError, match="只有管理员"):
        people.add(team, "赵六", "staff")
    with pytest.raises(UserError, match="只有管理员"):
        people.update(team, "王五", role="staff")
    assert fx.get_rates(team).rates["USD"] != 6.0
    # A 招商专员 edits firms; the audit names them and points at their row.
    fid = add_firm(team, name="乙科技有限公司")
    update_firm(team, fid, {"employees": "120"})
    row = team.execute("SELECT user, user_id FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    li = people.find(team, "李四")
    assert li is not None and (row["user"], row["user_id"]) == ("李四", li.id)
    be("张三")
    fx.set_rate(team, "USD", 6.0)
    assert fx.get_rates(team).rates["USD"] == 6.0


def test_last_admin_cannot_step_down_and_deactivated_people_write_nothing(team):
    with pytest.raises(UserError, match="最后一名管理员"):
        people.update(team, "张三", role="staff")
    people.update(team, "李四", active=False)
    be("李四")
    with pytest.raises(UserError, match="已停用"):
        shortlists.create(team, "名单")
    be("某某")  # not on the list of a database that has a 管理员
    with pytest.raises(UserError, match="人员名单里没有“某某”"):
        shortlists.create(team, "名单")


def test_named_person_is_put_on_the_list_at_first_change_before_any_admin(db):
    be("赵六")
    shortlists.create(db, "赵六的名单")
    zhao = people.find(db, "赵六")
    assert zhao is not None and zhao.role == "staff"
    assert db.scalar("SELECT owner FROM shortlists") == "赵六"
    assert db.scalar("SELECT user_id FROM audit ORDER BY id DESC LIMIT 1") == zhao.id


def test_database_settings_keys_match_their_modules():
    from app.deals import assess
    from app.projects import model
    from app.ranking import weights as ranking

    assert set(people.DATABASE_SETTINGS) == {
        fx.SETTING,
        ranking.WEIGHTS_KEY,
        model.METHOD_SETTING,
        backup.SETTING_KEEP,
        assess.THRESHOLD_SETTING,
    }


def test_two_connections_editing_one_firm_conflict_instead_of_losing_a_write(team):
    fid = add_firm(team, name="丙科技有限公司", employees=10, revenue=100.0)
    other = Database(team.target)  # a second window or laptop on the same database
    try:
        # Both open the firm at the same version.
        seen_here = firm_record(team, fid)["version"]
        seen_there = firm_record(other, fid)["version"]
        assert seen_here == seen_there
        be("李四")
        update_firm(other, fid, {"employees": "20"}, if_version=seen_there)
        be("张三")
        with pytest.raises(VersionConflict) as caught:
            update_firm(team, fid, {"employees": "30", "revenue": "200"}, if_version=seen_here)
        conflict = caught.value
        assert conflict.who == "李四" and "李四" in conflict.message
        assert conflict.at.replace("T", " ") in conflict.message
        assert conflict.theirs["employees"] == 20 and conflict.version == seen_here + 1
        # Nothing of the refused edit was written: 李四's value stands.
        rec = firm_record(team, fid)
        assert (rec["employees"], rec["revenue"]) == (20, 100.0)
        # Saved again against the version now seen, the edit goes through.
        update_firm(team, fid, {"employees": "30"}, if_version=conflict.version)
        assert firm_record(other, fid)["employees"] == 30
        assert firm_record(other, fid)["version"] == seen_here + 2
    finally:
        other.close()
    rows = team.query(
        "SELECT user, detail FROM audit WHERE entity = 'firm' AND entity_id = ? ORDER BY id",
        (str(fid),),
    )
    assert [r["user"] for r in rows] == ["李四", "张三"]
    assert json.loads(rows[0]["detail"])["employees"] == {"old": 10, "new": 20}


def test_every_editable_table_bumps_its_version(team):
    fid = add_firm(team, name="丁科技有限公司")
    sid = shortlists.create(team, "重点")
    shortlists.add(team, "重点", [fid])
    cid = outreach.add_contact(team, fid, name="赵六")
    with team.write():
        team.execute("UPDATE shortlists SET note = 'x' WHERE id = ?", (sid,))
        team.execute("UPDATE shortlist_items SET note = 'y' WHERE shortlist_id = ?", (sid,))
    outreach.update_contact(team, cid, title="总经理")
    assert team.scalar("SELECT version FROM shortlists WHERE id = ?", (sid,)) >= 2
    assert team.scalar("SELECT version FROM shortlist_items WHERE shortlist_id = ?", (sid,)) == 2
    assert team.scalar("SELECT version FROM contacts WHERE id = ?", (cid,)) == 2
    # Classification is not an edit: it must not cost a version (nor a write per firm).
    with team.write():
        team.execute("UPDATE firms SET confidence = 0.5, classified_at = NULL WHERE id = ?", (fid,))
    assert firm_record(team, fid)["version"] == 1


@pytest.mark.sqlite_only(
    "backup_to copies the database file; a server is backed up by pg_dump (test_pg_backup.py)"
)
def test_users_and_versions_survive_backup_and_restore(team, tmp_path):
    fid = add_firm(team, name="戊科技有限公司")
    update_firm(team, fid, {"employees": "5"})
    copy = backup.backup_to(team, tmp_path / "copy.sqlite")
    people.add(team, "孙七", "staff")
    backup.restore(team, copy)
    assert [p.name for p in people.list_people(team)] == ["张三", "李四", "王五"]
    assert firm_record(team, fid)["version"] == 2
    # A 招商专员 may not restore once the database has a 管理员.
    be("李四")
    with pytest.raises(UserError, match="只有管理员可以恢复"):
        backup.restore(team, copy)


def test_cli_people_versions_and_audit(tmp_path):
    path = str(tmp_path / "cli.sqlite")
    db = Database(path)
    fid = add_firm(db, name="己科技有限公司", employees=10)
    db.close()

    def cli(*args: str):
        r = run_cli("--db", path, *args)
        return r.returncode, r.stdout.decode(), r.stderr.decode()

    code, out, err = cli("settings", "set", "user.name", "张三")
    assert code == 0 and "管理员" in out, err
    assert cli("users", "add", "李四", "--role", "staff", "--section", "招商二科")[0] == 0
    assert cli("users", "add", "王五", "--role", "viewer")[0] == 0
    code, out, _ = cli("users", "list", "--json")
    assert [(u["name"], u["role"]) for u in json.loads(out)] == [
        ("张三", "admin"),
        ("李四", "staff"),
        ("王五", "viewer"),
    ]
    code, out, _ = cli("firm", "show", str(fid), "--json")
    assert json.loads(out)["version"] == 1
    assert cli("settings", "set", "user.name", "李四")[0] == 0
    edit = ("firm", "edit", str(fid), "--no-refresh", "--if-version", "1")
    assert cli(*edit, "--set", "员工人数=20")[0] == 0
    assert cli("settings", "set", "user.name", "张三")[0] == 0
    code, _, err = cli(*edit, "--set", "员工人数=30")
    assert code == 2 and "李四" in err and "版本 1 → 2" in err
    code, out, _ = cli("settings", "show", "--json")
    scopes = {i["key"]: i["scope"] for i in json.loads(out)["items"]}
    assert scopes["user.name"] == "personal" and scopes["fx.USD"] == "database"
    assert scopes["ranking.weights"] == "database"
    assert cli("settings", "set", "user.name", "王五")[0] == 0
    code, _, err = cli("firm", "edit", str(fid), "--no-refresh", "--set", "员工人数=40")
    assert code == 2 and "没有权限" in err
    code, _, err = cli("users", "list")
    assert code == 2 and "没有权限" in err
    code, out, _ = cli("audit", "--firm", str(fid), "--json")
    entries = json.loads(out)
    assert [(e["user"], e["action"]) for e in entries] == [("李四", "edit")]
    code, out, _ = cli("audit", "--user", "张三", "--since", "2000-01-01")
    assert code == 0 and out.count("登记人员") == 3
    assert cli("audit", "--since", "昨天")[0] == 2
