"""Field laptops (issue #14): check out part of the team database, edit on both sides, check
in with a three-way merge per field (app.sync, docs/field-sync.md). SQLite team databases
here; tests/test_sync_pg.py runs the same flow against PostgreSQL."""

from __future__ import annotations

import json
import sqlite3

import pytest

from app import firm_edit, migrations, outreach
from app.db import Database
from app.errors import UserError
from app.sync import checkin as checkin_mod
from app.sync.checkin import checkin, merge_fields
from app.sync.checkout import Scope, checkout, origin
from app.sync.conflicts import list_conflicts, resolve
from tests.conftest import run_cli
from tests.sync_helpers import build_team, deep, snapshot, without_noise


@pytest.fixture
def team(db_target, as_person):
    """The team database: a file, or with --engine=postgresql the server (working copies are
    always SQLite files)."""
    db = Database(db_target)
    db.ids = build_team(db)  # type: ignore[attr-defined]
    yield db
    db.close()


def at_team(team, name: str) -> str:
    """Who the team database records for ``name`` at the keyboard: on a server the person is
    the database login, whoever 本人信息 names (app.people)."""
    return team.scalar("SELECT current_user") if team.is_postgres else name


@pytest.fixture
def work(team, tmp_path, as_person):
    """A working copy of the shortlist 深圳走访, made by 李四 for a trip."""
    as_person("李四")
    checkout(team, tmp_path / "copy.sqlite", Scope(shortlists=["深圳走访"]))
    as_person("张三")
    db = Database(tmp_path / "copy.sqlite")
    yield db
    db.close()


def test_three_way_merge_rules():
    names = ["a", "b", "c", "d", "updated_at"]
    base = {"a": 1, "b": "x", "c": None, "d": 5, "updated_at": "2026-12-01T10:00:00"}
    mine = {"a": 2, "b": "x", "c": "new", "d": 6, "updated_at": "2026-12-03T09:00:00"}
    theirs = {"a": 1, "b": "y", "c": "new", "d": 7, "updated_at": "2026-12-02T09:00:00"}
    writes, conflicts = merge_fields(names, base, mine, theirs)
    # a: only mine changed; b: only theirs; c: the same change on both sides; d: both,
    # differently; updated_at: both moved it, the later one wins
    assert writes == {"a": 2, "updated_at": "2026-12-03T09:00:00"}
    assert conflicts == ["d"]
    # no base (a new offline row matched to a team row): empty sides take the other's value
    writes, conflicts = merge_fields(
        ["a", "b", "c"], None, {"a": 1, "b": None, "c": 3}, {"a": None, "b": 2, "c": 4}
    )
    assert writes == {"a": 1} and conflicts == ["c"]
    # 1 and 1.0 are one stored value
    assert merge_fields(["a"], {"a": 1}, {"a": 1.0}, {"a": 1}) == ({}, [])


def test_checkout_writes_a_complete_working_copy(team, work):
    ids = team.ids
    firms = {r[0] for r in work.query("SELECT id FROM firms")}
    assert firms == {ids["a"], ids["b"], ids["c"]}  # the shortlist, not the firm outside it
    assert work.scalar("SELECT count(*) FROM contacts") == 2
    assert work.scalar("SELECT count(*) FROM visits") == 1
    assert work.scalar("SELECT stage FROM pipeline WHERE firm_id = ?", (ids["b"],)) == "visited"
    assert work.scalar("SELECT count(*) FROM shortlist_items") == 3
    assert work.scalar("SELECT count(*) FROM project_reports") == 1
    assert work.scalar("SELECT count(*) FROM scores") == 3
    # every synced row has its base, equal to the team's row
    team_rows = snapshot(team)
    for table, rows in snapshot(work).items():
        for key, row in rows.items():
            assert team_rows[table][key] == row, (table, key)
            base = work.execute(
                "SELECT data FROM sync_base WHERE tbl = ? AND local_key = ?",
                (table, json.dumps(list(key), ensure_ascii=False, separators=(",", ":"))),
            ).fetchone()
            assert base is not None, (table, key)
    o = origin(work)
    assert o is not None
    assert o["source_db_id"] == migrations.identity(team)
    assert migrations.identity(work) != o["source_db_id"]  # a database of its own
    assert o["checked_out_by"] == at_team(team, "李四")
    assert json.loads(o["scope"])["shortlists"] == ["深圳走访"]
    assert json.loads(o["catalog"])["fingerprint"]
    # a normal ChainFill database: the program's schema, sound
    assert work.version == migrations.SCHEMA_VERSION
    assert work.scalar("PRAGMA integrity_check") == "ok"  # the copy is always a SQLite file
    assert work.query("PRAGMA foreign_key_check") == []


def test_checkout_refuses_bad_input(team, tmp_path):
    with pytest.raises(UserError, match="请指定带出范围"):
        checkout(team, tmp_path / "x.sqlite", Scope(shortlists=[]))
    with pytest.raises(UserError, match="没有名为“不存在”的名单"):
        checkout(team, tmp_path / "x.sqlite", Scope(shortlists=["不存在"]))
    (tmp_path / "exists.sqlite").write_bytes(b"")
    with pytest.raises(UserError, match="已存在"):
        checkout(team, tmp_path / "exists.sqlite", Scope(all=True))
    assert not (tmp_path / "x.sqlite").exists()


def test_edits_on_both_sides_merge_field_by_field(team, work, as_person):
    ids = team.ids
    a, b, c = ids["a"], ids["b"], ids["c"]
    # offline, on the laptop (李四)
    as_person("李四")
    firm_edit.update_firm(work, a, {"员工人数": "120", "官网": "www.jia.cn"})
    outreach.update_contact(work, ids["contact_a"], title="董事长")
    new_visit = outreach.add_visit(
        work, b, date="2026-12-04", summary="离线走访", next_step="寄资料"
    )
    new_contact = outreach.add_contact(work, c, name="钱工", title="厂长")
    outreach.set_stage(work, c, "visited")
    outreach.delete_contact(work, ids["contact_b"])
    with work.write():
        work.execute(
            "UPDATE project_reports SET tax_paid = 260.0 WHERE project_id = ? AND year = 2025",
            (ids["project"],),
        )
    # meanwhile in the office (张三): other fields of the same records
    as_person("张三")
    firm_edit.update_firm(team, a, {"营业收入": "3000", "所属区县": "南山区"})
    outreach.update_contact(team, ids["contact_a"], phone="13900002222")
    with team.write():
        team.execute(
            "UPDATE project_reports SET output_value = 5600.0 WHERE project_id = ? AND year = 2025",
            (ids["project"],),
        )
    before = snapshot(team)
    expected = deep(without_noise(before))
    expected["firms"][(a,)].update(employees=120, website="www.jia.cn")
    expected["contacts"][(ids["contact_a"],)]["title"] = "董事长"
    del expected["contacts"][(ids["contact_b"],)]
    expected["project_reports"][(ids["project"], 2025)]["tax_paid"] = 260.0

    result = checkin(work, team)
    assert result.conflicts == []
    after = without_noise(snapshot(team))
    # rows that existed before: every field as expected
    for table, rows in expected.items():
        for key, row in rows.items():
            assert after[table].get(key) == row, (table, key)
    # and the new rows: the offline visit, contact and stage change, nothing else
    new = {t: set(after[t]) - set(expected[t]) for t in after}
    assert {t: len(keys) for t, keys in new.items() if keys} == {
        "visits": 1,
        "contacts": 1,
        "stage_history": 1,
        "pipeline": 1,  # c had no stage before
    }
    assert after["pipeline"][(c,)]["stage"] == "visited"
    (visit_key,) = new["visits"]
    visit = after["visits"][visit_key]
    assert (visit["firm_id"], visit["summary"], visit["next_step"]) == (b, "离线走访", "寄资料")
    (contact_key,) = new["contacts"]
    assert after["contacts"][contact_key]["name"] == "钱工"
    assert after["contacts"][contact_key]["firm_id"] == c
    assert result.added == 4 and result.updated == 3 and result.deleted == 1
    assert result.merged == 8
    # the local ids of new rows were the copy's own; the team gave them its own
    assert work.scalar("SELECT count(*) FROM visits WHERE id = ?", (new_visit,)) == 1
    assert new_contact in {r[0] for r in work.query("SELECT id FROM contacts")}
    # a firm edit merged offline is a new version of the row, and pending reclassification
    assert (
        team.scalar("SELECT version FROM firms WHERE id = ?", (a,))
        > before["firms"][(a,)]["version"]
    )


def test_checkin_is_idempotent(team, work, as_person):
    ids = team.ids
    as_person("李四")
    firm_edit.update_firm(work, ids["b"], {"员工人数": "77"})
    outreach.add_visit(work, ids["a"], date="2026-12-05", summary="第二次")
    as_person("张三")
    first = checkin(work, team)
    # the firm, the visit, and the stage the visit moved a (contacted -> visited) with its history
    assert (first.updated, first.added) == (2, 2)
    state = snapshot(team)
    audit_rows = team.scalar("SELECT count(*) FROM audit")
    again = checkin(work, team)
    assert (again.merged, again.conflicts) == (0, [])
    assert snapshot(team) == state
    assert team.scalar("SELECT count(*) FROM audit") == audit_rows


def test_a_crash_between_the_two_commits_writes_nothing_twice(team, work, as_person, monkeypatch):
    """The team commits first; if the copy's bookkeeping is lost, the team's meta still
    knows the new rows: the next check-in finds them instead of adding them again."""
    ids = team.ids
    as_person("李四")
    outreach.add_visit(work, ids["a"], date="2026-12-05", summary="只写一次")
    work_firm = _add_offline_firm(work, "东莞市戊新能源有限公司", uscc=None)
    outreach.add_contact(work, work_firm, name="孙总")
    as_person("张三")

    def lost(self):
        raise OSError("the laptop's disk went away")

    monkeypatch.setattr(checkin_mod._Checkin, "write_copy", lost)
    with pytest.raises(OSError):
        checkin(work, team)
    monkeypatch.undo()
    as_person("张三")
    state = snapshot(team)
    again = checkin(work, team)
    assert again.merged == 0
    assert snapshot(team) == state
    assert team.scalar("SELECT count(*) FROM visits WHERE summary = '只写一次'") == 1
    assert team.scalar("SELECT count(*) FROM firms WHERE name = '东莞市戊新能源有限公司'") == 1


def _add_offline_firm(db, name, **fields):
    """A firm created on the laptop (as an import or the firm form would)."""
    from app.parsing import normalise_name
    from tests.outreach_helpers import add_firm

    firm_id = add_firm(db, name, **{k: v for k, v in fields.items() if v is not None})
    with db.write():
        db.execute("UPDATE firms SET name_norm = ? WHERE id = ?", (normalise_name(name), firm_id))
    return firm_id


def test_new_offline_firms_are_matched_not_duplicated(team, work, as_person):
    ids = team.ids
    as_person("李四")
    # the team's firm outside the copy, met on the road: the same USCC
    same_code = _add_offline_firm(
        work, "广州丁装备", uscc="91440101MA5F000002", employees=300, website="www.ding.cn"
    )
    outreach.add_contact(work, same_code, name="周总")
    # a firm the team has under the same name (written with its legal-form suffix spelled out)
    with team.write():
        team.execute(
            "UPDATE firms SET name_norm = ? WHERE id = ?",
            (__import__("app.parsing").parsing.normalise_name("深圳市乙电子有限公司"), ids["b"]),
        )
    same_name = _add_offline_firm(work, "深圳市乙电子有限公司 ", employees=None)
    # and one that is new to everybody
    new_firm = _add_offline_firm(work, "东莞市己智能有限公司", uscc="91441900MA5F000003")
    outreach.add_visit(work, new_firm, date="2026-12-06", summary="新企业首访")
    as_person("张三")
    firms_before = team.scalar("SELECT count(*) FROM firms")
    result = checkin(work, team)
    assert result.conflicts == []
    assert team.scalar("SELECT count(*) FROM firms") == firms_before + 1
    ding = team.execute(
        "SELECT id, name, employees, website FROM firms WHERE uscc = '91440101MA5F000002'"
    ).fetchone()
    # merged into the team's row: its name stays, the empty fields are filled
    assert tuple(ding) == (ids["out"], "广州市丁装备有限公司", 300, "www.ding.cn")
    assert (
        team.scalar(
            "SELECT count(*) FROM contacts WHERE firm_id = ? AND name = '周总'", (ids["out"],)
        )
        == 1
    )
    assert same_name  # matched by the normalised name: no second 乙电子
    assert team.scalar("SELECT count(*) FROM firms WHERE name LIKE '深圳市乙电子%'") == 1
    ji = team.execute(
        "SELECT id, classified_at FROM firms WHERE uscc = '91441900MA5F000003'"
    ).fetchone()
    assert ji is not None and ji[1] is None  # pending classification by the team's model
    assert team.scalar("SELECT summary FROM visits WHERE firm_id = ?", (ji[0],)) == "新企业首访"
    assert team.scalar("SELECT count(*) FROM scores WHERE firm_id = ?", (ji[0],)) == 1


def test_a_conflict_holds_the_whole_record_until_decided(team, work, as_person):
    ids = team.ids
    a = ids["a"]
    as_person("李四")
    firm_edit.update_firm(work, a, {"官网": "www.mine.cn", "员工人数": "88"})
    as_person("张三")
    firm_edit.update_firm(team, a, {"官网": "www.theirs.cn"})
    result = checkin(work, team)
    assert [(c.table, c.field, c.base, c.mine, c.theirs) for c in result.conflicts] == [
        ("firms", "website", None, "www.mine.cn", "www.theirs.cn")
    ]
    conflict_id = result.conflicts[0].id
    assert conflict_id is not None
    # nothing of that firm written, not even the field without a conflict
    row = team.execute("SELECT website, employees FROM firms WHERE id = ?", (a,)).fetchone()
    assert tuple(row) == ("www.theirs.cn", None)
    listed = list_conflicts(work)
    assert [(c["id"], c["field"], c["resolution"]) for c in listed] == [
        (conflict_id, "website", None)
    ]
    assert "深圳市甲科技有限公司" in listed[0]["record"]
    # checked in again undecided: still waiting, nothing written
    assert [c.id for c in checkin(work, team).conflicts] == [conflict_id]
    resolve(work, conflict_id, "theirs")
    done = checkin(work, team)
    assert done.conflicts == [] and done.merged == 1
    row = team.execute("SELECT website, employees FROM firms WHERE id = ?", (a,)).fetchone()
    assert tuple(row) == ("www.theirs.cn", 88)
    # the copy now shows the team's value, and nothing is left to check in
    assert work.scalar("SELECT website FROM firms WHERE id = ?", (a,)) == "www.theirs.cn"
    assert list_conflicts(work) == []
    assert checkin(work, team).merged == 0


def test_resolved_mine_is_written_unless_the_team_changed_it_again(team, work, as_person):
    a = team.ids["a"]
    as_person("李四")
    firm_edit.update_firm(work, a, {"所属区县": "福田区"})
    as_person("张三")
    firm_edit.update_firm(team, a, {"所属区县": "南山区"})
    (conflict,) = checkin(work, team).conflicts
    resolve(work, conflict.id, "mine")
    firm_edit.update_firm(team, a, {"所属区县": "宝安区"})  # changed again after the decision
    (again,) = checkin(work, team).conflicts
    assert (again.id, again.theirs) == (conflict.id, "宝安区")
    assert list_conflicts(work)[0]["resolution"] is None  # asked again
    resolve(work, conflict.id, "mine")
    assert checkin(work, team).conflicts == []
    assert team.scalar("SELECT district FROM firms WHERE id = ?", (a,)) == "福田区"


def test_deleted_on_one_side_edited_on_the_other(team, work, as_person):
    ids = team.ids
    as_person("李四")
    outreach.update_visit(work, ids["visit_a"], summary="补记：对方有扩产计划")
    outreach.delete_contact(work, ids["contact_a"])
    as_person("张三")
    outreach.delete_visit(team, ids["visit_a"])
    outreach.update_contact(team, ids["contact_a"], title="副总经理")
    result = checkin(work, team)
    # deleted in the office, edited offline: the edit wins and the case is reported
    assert team.scalar("SELECT summary FROM visits WHERE id = ?", (ids["visit_a"],)) == (
        "补记：对方有扩产计划"
    )
    assert [n for n in result.notes if "团队已删除" in n]
    # deleted offline, edited in the office: the team's row stays until a person decides
    (conflict,) = result.conflicts
    assert (conflict.table, conflict.field, conflict.mine) == ("contacts", "*", None)
    assert (conflict.base, conflict.theirs) == ({"title": "总经理"}, {"title": "副总经理"})
    assert team.scalar("SELECT title FROM contacts WHERE id = ?", (ids["contact_a"],)) == "副总经理"


def _shortlist_item(db, firm_id):
    return db.scalar(
        "SELECT count(*) FROM shortlist_items i JOIN shortlists s ON s.id = i.shortlist_id "
        "WHERE s.name = '深圳走访' AND i.firm_id = ?",
        (firm_id,),
    )


def test_rows_deleted_offline_are_deleted_in_the_team_database(team, work, as_person):
    from app import shortlists

    ids = team.ids
    as_person("李四")
    outreach.delete_contact(work, ids["contact_a"])
    outreach.delete_visit(work, ids["visit_a"])
    shortlists.remove(work, "深圳走访", [ids["c"]])
    with work.write():
        work.execute("DELETE FROM project_reports WHERE project_id = ?", (ids["project"],))
    deleted_at = work.scalar("SELECT max(at) FROM audit WHERE action = 'visit_delete'")
    as_person("张三")
    # a colleague worked on other rows meanwhile: no reason to keep these
    outreach.update_contact(team, ids["contact_b"], title="副总")
    state = without_noise(snapshot(team))
    result = checkin(work, team)
    assert result.conflicts == [] and result.deleted == 4
    assert team.scalar("SELECT count(*) FROM contacts WHERE id = ?", (ids["contact_a"],)) == 0
    assert team.scalar("SELECT count(*) FROM visits WHERE id = ?", (ids["visit_a"],)) == 0
    assert _shortlist_item(team, ids["c"]) == 0
    assert team.scalar("SELECT count(*) FROM project_reports") == 0
    # nothing else moved
    after = without_noise(snapshot(team))
    for table in ("firms", "shortlists", "projects", "pipeline"):
        assert after[table] == state[table], table
    assert after["contacts"][(ids["contact_b"],)] == state["contacts"][(ids["contact_b"],)]
    # audited like every merged change: who deleted it offline, and when
    rows = team.query(
        "SELECT user, entity, entity_id, detail FROM audit WHERE action = 'sync_delete'"
    )
    assert len(rows) == 4
    visit = next(r for r in rows if json.loads(r["detail"])["table"] == "visits")
    detail = json.loads(visit["detail"])
    assert (visit["user"], visit["entity"]) == (at_team(team, "张三"), "firm")
    assert visit["entity_id"] == str(ids["a"])
    assert (detail["made_by"], detail["made_at"]) == ("李四", deleted_at)
    assert detail["key"] == [ids["visit_a"]] and detail["fields"]["summary"] == "初次拜访"
    # idempotent: nothing left to delete, nothing written twice
    audit_rows = team.scalar("SELECT count(*) FROM audit")
    state = snapshot(team)
    again = checkin(work, team)
    assert (again.merged, again.conflicts, again.notes) == (0, [], [])
    assert snapshot(team) == state and team.scalar("SELECT count(*) FROM audit") == audit_rows
    assert work.scalar("SELECT count(*) FROM sync_base WHERE tbl = 'visits'") == 0


def test_a_deletion_against_a_colleagues_edit_waits_for_a_person(team, work, as_person):
    ids = team.ids
    as_person("李四")
    outreach.delete_contact(work, ids["contact_a"])
    outreach.delete_contact(work, ids["contact_b"])
    as_person("张三")
    outreach.update_contact(team, ids["contact_a"], title="副总经理")
    outreach.update_contact(team, ids["contact_b"], phone="13712345678")
    first = checkin(work, team)
    assert first.deleted == 0
    by_contact = {json.loads(c.local_key.removeprefix("gone:"))[0]: c for c in first.conflicts}
    assert set(by_contact) == {ids["contact_a"], ids["contact_b"]}
    assert all(c.field == "*" and c.mine is None for c in first.conflicts)
    # listed as lists show them: masked, the whole record, mine deleted
    shown = by_contact[ids["contact_b"]].to_json()
    assert shown["field"] == "*" and shown["mine"] is None
    assert "13712345678" not in json.dumps(shown) and shown["theirs"]["phone"].startswith("137")
    listed = {c["id"]: c for c in list_conflicts(work)}
    assert listed[by_contact[ids["contact_a"]].id]["label"] == "整条记录"
    # undecided: asked again, nothing written
    again = checkin(work, team)
    assert sorted(c.id for c in again.conflicts) == sorted(listed)
    assert (
        team.scalar("SELECT count(*) FROM contacts WHERE firm_id IN (?, ?)", (ids["a"], ids["b"]))
        == 2
    )
    # a: deleted after all (mine); b: the colleague's record stays (theirs)
    resolve(work, by_contact[ids["contact_a"]].id, "mine")
    resolve(work, by_contact[ids["contact_b"]].id, "theirs")
    done = checkin(work, team)
    assert (done.conflicts, done.deleted, done.merged) == ([], 1, 1)
    assert team.scalar("SELECT count(*) FROM contacts WHERE id = ?", (ids["contact_a"],)) == 0
    assert team.scalar("SELECT phone FROM contacts WHERE id = ?", (ids["contact_b"],)) == (
        "13712345678"
    )
    # the record kept comes back to the laptop, with the team's values
    assert work.scalar("SELECT phone FROM contacts WHERE id = ?", (ids["contact_b"],)) == (
        "13712345678"
    )
    assert list_conflicts(work) == []
    (row,) = team.query("SELECT detail FROM audit WHERE action = 'sync_delete'")
    assert json.loads(row["detail"])["made_by"] == "李四"
    state = snapshot(team)
    assert checkin(work, team).merged == 0
    assert snapshot(team) == state


def test_a_decision_to_delete_is_asked_again_when_the_team_changed_it_again(team, work, as_person):
    ids = team.ids
    outreach.delete_visit(work, ids["visit_a"])
    outreach.update_visit(team, ids["visit_a"], summary="同事补记")
    (conflict,) = checkin(work, team).conflicts
    resolve(work, conflict.id, "mine")
    outreach.update_visit(team, ids["visit_a"], summary="同事又改了")
    (again,) = checkin(work, team).conflicts
    assert (again.id, again.theirs) == (conflict.id, {"summary": "同事又改了"})
    assert team.scalar("SELECT count(*) FROM visits WHERE id = ?", (ids["visit_a"],)) == 1
    resolve(work, conflict.id, "mine")
    assert checkin(work, team).deleted == 1
    assert team.scalar("SELECT count(*) FROM visits WHERE id = ?", (ids["visit_a"],)) == 0


def test_audit_names_the_offline_author_beside_the_person_checking_in(team, work, as_person):
    ids = team.ids
    as_person("李四")
    firm_edit.update_firm(work, ids["b"], {"员工人数": "66"})
    edited_at = work.scalar("SELECT max(at) FROM audit WHERE user = '李四'")
    as_person("张三")
    checkin(work, team)
    row = team.execute(
        "SELECT user, action, entity, entity_id, detail FROM audit WHERE action = 'sync_edit'"
    ).fetchone()
    detail = json.loads(row["detail"])
    assert (row["user"], row["entity"]) == (at_team(team, "张三"), "firm")
    assert row["entity_id"] == str(ids["b"])
    assert (detail["made_by"], detail["made_at"]) == ("李四", edited_at)
    assert detail["fields"]["employees"] == {"old": 50, "new": 66}


def test_checkin_is_one_transaction(team, work, as_person, monkeypatch):
    ids = team.ids
    as_person("李四")
    firm_edit.update_firm(work, ids["a"], {"员工人数": "10"})
    outreach.delete_contact(work, ids["contact_b"])  # the second write: where it fails
    outreach.add_visit(work, ids["b"], date="2026-12-05", summary="中途失败")
    as_person("张三")
    state = snapshot(team)
    calls = {"n": 0}
    real = checkin_mod._Checkin.audit

    def failing(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise sqlite3.OperationalError("disk I/O error")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(checkin_mod._Checkin, "audit", failing)
    with pytest.raises(sqlite3.OperationalError):
        checkin(work, team)
    assert snapshot(team) == state
    monkeypatch.undo()
    as_person("张三")
    done = checkin(work, team)
    assert (done.merged, done.deleted) == (3, 1)
    assert team.scalar("SELECT count(*) FROM contacts WHERE id = ?", (ids["contact_b"],)) == 0


def test_dry_run_writes_nothing_anywhere(team, work, as_person):
    a = team.ids["a"]
    as_person("李四")
    firm_edit.update_firm(work, a, {"员工人数": "5", "官网": "m"})
    as_person("张三")
    firm_edit.update_firm(team, a, {"官网": "t"})
    state = snapshot(team)
    result = checkin(work, team, dry_run=True)
    assert result.dry_run and [c.field for c in result.conflicts] == ["website"]
    assert snapshot(team) == state
    assert list_conflicts(work) == []


def test_refuses_a_copy_of_another_database(work, tmp_path, as_person):
    other = Database(tmp_path / "other.sqlite")
    try:
        with pytest.raises(UserError, match="来自另一个团队数据库"):
            checkin(work, other)
    finally:
        other.close()


def test_refuses_what_is_not_a_copy(team, tmp_path):
    plain = Database(tmp_path / "plain.sqlite")
    try:
        with pytest.raises(UserError, match="不是工作副本"):
            checkin(plain, team)
        with pytest.raises(UserError, match=r"不是工作副本.*没有冲突"):
            list_conflicts(plain)
    finally:
        plain.close()


def test_cli_checkout_checkin_conflicts(tmp_path, db_target, new_db_target, _isolated_paths):
    env = {"CHAINFILL_HOME": str(_isolated_paths)}  # the built-in model is there (conftest)
    team_path = db_target
    copy_path = tmp_path / "copy.sqlite"
    db = Database(team_path)
    ids = build_team(db)
    db.close()
    r = run_cli("checkout", "--from", str(team_path), "--to", str(copy_path), env=env)
    assert r.returncode == 2 and "请指定带出范围" in r.stderr.decode()
    r = run_cli(
        "checkout",
        "--from",
        str(team_path),
        "--to",
        str(copy_path),
        "--shortlist",
        "深圳走访",
        "--json",
        env=env,
    )
    assert r.returncode == 0, r.stderr.decode()
    assert json.loads(r.stdout)["firms"] == 3
    for target, value in ((copy_path, "www.mine.cn"), (team_path, "www.theirs.cn")):
        r = run_cli(
            "--db", str(target), "firm", "edit", str(ids["a"]), "--set", f"官网={value}", env=env
        )
        assert r.returncode == 0, r.stderr.decode()
    r = run_cli("checkin", str(copy_path), "--to", str(team_path), "--json", env=env)
    assert r.returncode == 2, r.stderr.decode()
    out = json.loads(r.stdout)
    assert out["merged"] == 0
    (conflict,) = out["conflicts"]
    assert set(conflict) == {"id", "table", "record", "field", "base", "mine", "theirs"}
    assert (conflict["field"], conflict["mine"], conflict["theirs"]) == (
        "website",
        "www.mine.cn",
        "www.theirs.cn",
    )
    r = run_cli("--db", str(copy_path), "conflicts", "list", "--json", env=env)
    assert [c["id"] for c in json.loads(r.stdout)] == [conflict["id"]]
    r = run_cli(
        "--db", str(copy_path), "conflicts", "resolve", str(conflict["id"]), "mine", env=env
    )
    assert r.returncode == 0 and "已处理" in r.stderr.decode()
    r = run_cli("checkin", str(copy_path), "--to", str(team_path), "--json", env=env)
    assert r.returncode == 0, r.stderr.decode()
    assert json.loads(r.stdout)["merged"] == 1
    r = run_cli("checkin", str(copy_path), "--to", str(team_path), env=env)
    assert r.returncode == 0 and "没有新的改动" in r.stderr.decode()
    # refusals: Chinese, exit 2, no traceback
    other = new_db_target()
    Database(other).close()
    r = run_cli("checkin", str(copy_path), "--to", str(other), env=env)
    assert r.returncode == 2 and "另一个团队数据库" in r.stderr.decode()
    assert "Traceback" not in r.stderr.decode()
    # a mistyped team path is refused, not created as an empty database
    typo = tmp_path / "tema.sqlite"
    r = run_cli("checkin", str(copy_path), "--to", str(typo), env=env)
    assert r.returncode == 2 and "找不到数据库文件" in r.stderr.decode()
    r = run_cli(
        "checkout", "--from", str(typo), "--to", str(tmp_path / "c2.sqlite"), "--all", env=env
    )
    assert r.returncode == 2 and "找不到数据库文件" in r.stderr.decode()
    assert not typo.exists() and not (tmp_path / "c2.sqlite").exists()
    r = run_cli("--db", str(copy_path), "conflicts", "resolve", "999", "mine", env=env)
    assert r.returncode == 2 and "没有编号为 999 的冲突" in r.stderr.decode()
    conn = sqlite3.connect(copy_path)
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    conn.close()
    r = run_cli("checkin", str(copy_path), "--to", str(team_path), env=env)
    assert r.returncode == 2 and "更新版本" in r.stderr.decode()


def test_conflicts_on_personal_data_are_listed_masked(team, work, as_person):
    ids = team.ids
    outreach.update_contact(work, ids["contact_b"], phone="13912345678")
    outreach.update_contact(team, ids["contact_b"], phone="13787654321")
    (conflict,) = checkin(work, team).conflicts
    shown = conflict.to_json()
    assert "13912345678" not in json.dumps(shown) and "13787654321" not in json.dumps(shown)
    (listed,) = list_conflicts(work)
    assert listed["label"] == "电话"
    assert listed["mine"] != "13912345678" and listed["mine"].startswith("139")
    # deciding still writes the real value
    resolve(work, listed["id"], "mine")
    checkin(work, team)
    assert team.scalar("SELECT phone FROM contacts WHERE id = ?", (ids["contact_b"],)) == (
        "13912345678"
    )


def _correct(db, firm_id, direction, segment):
    """A direction confirmed offline (the corrections row and the firm, as ``confirm``)."""
    from app.connection import now

    with db.write():
        db.execute(
            "INSERT INTO corrections (firm_id, direction, segment, user, at) VALUES (?,?,?,?,?)",
            (firm_id, direction, segment, "李四", now()),
        )
        db.execute(
            "UPDATE firms SET direction = ?, segment = ?, direction_confirmed = 1 WHERE id = ?",
            (direction, segment, firm_id),
        )


def test_corrections_travel_and_a_removed_segment_is_reported_not_lost(team, work, as_person):
    from app import catalog_store

    ids = team.ids
    cat = catalog_store.current(team)
    direction = next(d for d in cat.directions if len(d.segments) >= 3)
    kept, removed = direction.segments[0].code, direction.segments[1].code
    _correct(work, ids["a"], direction.code, kept)
    _correct(work, ids["b"], direction.code, removed)
    catalog_store.remove_segment(team, removed)  # revised in the office meanwhile
    result = checkin(work, team)
    row = team.execute(
        "SELECT direction, segment, direction_confirmed FROM firms WHERE id = ?", (ids["a"],)
    ).fetchone()
    assert tuple(row) == (direction.code, kept, 1)
    # the correction to the removed segment: kept, reported, the firm not pointed at nothing
    assert team.scalar("SELECT segment FROM corrections WHERE firm_id = ?", (ids["b"],)) == removed
    assert team.scalar("SELECT segment FROM firms WHERE id = ?", (ids["b"],)) is None
    assert [n for n in result.notes if removed in n and "复核" in n]


def test_a_working_copy_backs_up_and_restores_with_its_sync_tables(team, work, tmp_path):
    from app import backup

    firm_edit.update_firm(work, team.ids["a"], {"官网": "m"})
    firm_edit.update_firm(team, team.ids["a"], {"官网": "t"})
    checkin(work, team)
    saved = backup.backup_to(work, tmp_path / "copy-backup.sqlite")
    assert backup.check_file(saved) == migrations.SCHEMA_VERSION
    with Database(tmp_path / "restored.sqlite") as restored:
        backup.restore(restored, saved)
    with Database(tmp_path / "restored.sqlite") as restored:
        assert origin(restored)["copy_id"] == origin(work)["copy_id"]
        assert len(list_conflicts(restored)) == 1
        assert restored.scalar("SELECT count(*) FROM sync_base") == work.scalar(
            "SELECT count(*) FROM sync_base"
        )


@pytest.mark.sqlite_only(
    "'mine' is the person 本人信息 names; on a server it is the login (test_sync_pg.py)"
)
def test_checkout_mine_takes_the_persons_own_work(team, tmp_path, as_person):
    from app import shortlists

    ids = team.ids
    as_person("李四")
    shortlists.create(team, "广州名单", owner="李四")
    shortlists.add(team, "广州名单", [ids["out"]])
    for person, expected_firms, expected_lists in (
        ("张三", {ids["a"], ids["b"], ids["c"]}, {"深圳走访"}),
        ("李四", {ids["out"]}, {"广州名单"}),
    ):
        as_person(person)
        path = tmp_path / f"{person}.sqlite"
        checkout(team, path, Scope(mine=True))
        with Database(path) as mine:
            assert {r[0] for r in mine.query("SELECT id FROM firms")} == expected_firms
            assert {r[0] for r in mine.query("SELECT name FROM shortlists")} == expected_lists


def test_a_deal_signed_offline_arrives_linked_to_its_project(team, work, as_person):
    from app.connection import now

    c = team.ids["c"]
    at = now()
    with work.write():
        deal = work.execute(
            "INSERT INTO deals (name, firm_id, type, stage, created_on, created_at, updated_at) "
            "VALUES ('丙材料二期', ?, 'new', 'signed', '2026-12-05', ?, ?)",
            (c, at, at),
        ).lastrowid
        project = work.execute(
            "INSERT INTO projects (firm_id, name, agreement_no, agreement_date, direction, "
            "deal_id, created_at, updated_at) VALUES (?, '丙材料二期', 'DG-2026-009', "
            "'2026-12-05', '', ?, ?, ?)",
            (c, deal, at, at),
        ).lastrowid
        work.execute("UPDATE deals SET project_id = ? WHERE id = ?", (project, deal))
    result = checkin(work, team)
    assert result.conflicts == [] and result.added == 2
    row = team.execute(
        "SELECT d.id, d.project_id, p.id, p.deal_id FROM deals d "
        "JOIN projects p ON p.agreement_no = 'DG-2026-009' WHERE d.name = '丙材料二期'"
    ).fetchone()
    assert row is not None
    deal_id, deal_project, project_id, project_deal = tuple(row)
    assert (deal_project, project_deal) == (project_id, deal_id)
    assert checkin(work, team).merged == 0


def test_cli_checkin_defaults_to_where_the_copy_came_from(team, work, tmp_path):
    env = {"CHAINFILL_HOME": str(tmp_path / "home"), "CHAINFILL_DB": ""}
    firm_edit.update_firm(work, team.ids["b"], {"员工人数": "321"})
    missing = tmp_path / "no-such-copy.sqlite"
    r = run_cli("checkin", str(missing), env=env)
    assert r.returncode == 2 and "找不到工作副本文件" in r.stderr.decode()
    assert not missing.exists()  # not created by trying
    r = run_cli("checkin", str(work.path), "--json", env=env)
    assert r.returncode == 0, r.stderr.decode()
    assert json.loads(r.stdout)["merged"] == 1
    assert team.scalar("SELECT employees FROM firms WHERE id = ?", (team.ids["b"],)) == 321


def _offline_deal(db, firm_id, name):
    from app.connection import now

    at = now()
    with db.write():
        return db.execute(
            "INSERT INTO deals (name, firm_id, type, stage, created_on, created_at, updated_at) "
            "VALUES (?, ?, 'new', 'signed', '2026-12-05', ?, ?)",
            (name, firm_id, at, at),
        ).lastrowid


def test_a_team_row_pointing_at_an_offline_row_of_a_later_table_is_relinked(team, work, as_person):
    """projects are merged before deals: the team's project pointed at a deal signed offline
    must point at that deal's new team id, not at the copy's id or at nothing."""
    ids = team.ids
    as_person("李四")
    deal = _offline_deal(work, ids["c"], "丙材料东莞基地（签约）")
    with work.write():
        work.execute("UPDATE projects SET deal_id = ? WHERE id = ?", (deal, ids["project"]))
    # the copy's deal id is taken in the team database by a deal of another firm
    with team.write():
        for n in range(int(deal)):
            _offline_deal(team, ids["out"], f"别的项目{n}")
    as_person("张三")
    result = checkin(work, team)
    assert result.conflicts == []
    team_deal = team.scalar("SELECT id FROM deals WHERE name = '丙材料东莞基地（签约）'")
    assert team_deal is not None and team_deal != deal
    assert team.scalar("SELECT deal_id FROM projects WHERE id = ?", (ids["project"],)) == team_deal
    assert (result.added, result.updated) == (1, 1)
    (row,) = team.query("SELECT detail FROM audit WHERE action = 'sync_edit'")
    detail = json.loads(row["detail"])
    assert detail["fields"] == {"deal_id": {"old": None, "new": team_deal}}
    assert detail["made_by"] == at_team(team, "李四")  # no audit row offline: who checked out
    # idempotent, and the copy's base now knows the link
    state = snapshot(team)
    assert checkin(work, team).merged == 0
    assert snapshot(team) == state


def test_a_link_a_colleague_changed_meanwhile_is_a_conflict(team, work, as_person):
    ids = team.ids
    deal = _offline_deal(work, ids["c"], "离线签约")
    with work.write():
        work.execute(
            "UPDATE projects SET deal_id = ?, land_mu = 35.0 WHERE id = ?", (deal, ids["project"])
        )
    theirs = _offline_deal(team, ids["c"], "同事登记的项目")
    with team.write():
        team.execute("UPDATE projects SET deal_id = ? WHERE id = ?", (theirs, ids["project"]))
    (conflict,) = checkin(work, team).conflicts
    team_deal = team.scalar("SELECT id FROM deals WHERE name = '离线签约'")
    assert (conflict.field, conflict.base, conflict.mine, conflict.theirs) == (
        "deal_id",
        None,
        team_deal,
        theirs,
    )
    # the project's other field is merged; the link waits
    row = team.execute(
        "SELECT deal_id, land_mu FROM projects WHERE id = ?", (ids["project"],)
    ).fetchone()
    assert tuple(row) == (theirs, 35.0)
    resolve(work, conflict.id, "mine")
    done = checkin(work, team)
    assert done.conflicts == []
    assert team.scalar("SELECT deal_id FROM projects WHERE id = ?", (ids["project"],)) == team_deal
    assert checkin(work, team).merged == 0


def test_every_reference_to_a_later_table_can_wait_for_its_row():
    """A row is merged before the rows of later tables exist in the team database; a column
    pointing at one of them is written once they do, so it must allow NULL until then."""
    import tempfile
    from pathlib import Path

    from app.sync.tables import SYNCED

    order = [t.name for t in SYNCED]
    forward = [
        (t.name, col, ref)
        for t in SYNCED
        for col, ref in t.refs.items()
        if order.index(ref) > order.index(t.name)
    ]
    assert ("projects", "deal_id", "deals") in forward
    with tempfile.TemporaryDirectory() as folder, Database(Path(folder) / "x.sqlite") as db:
        for table, col, _ref in forward:
            info = {r["name"]: r for r in db.query(f"PRAGMA table_info({table})")}
            assert not info[col]["notnull"], (table, col)


def test_a_new_row_taking_the_id_of_a_row_deleted_offline_is_not_an_edit_of_it(
    team, work, as_person
):
    """SQLite gives a new row the highest free id: a contact added after the last one was
    deleted gets its id. The check-in must see a deletion and a new contact, not an edit
    that turns the colleague's contact into another firm's."""
    ids = team.ids
    assert ids["contact_b"] > ids["contact_a"]
    as_person("李四")
    outreach.delete_contact(work, ids["contact_b"])
    new = outreach.add_contact(work, ids["c"], name="吴总", title="厂长")
    assert new == ids["contact_b"]  # the same local id
    as_person("张三")
    result = checkin(work, team)
    assert (result.conflicts, result.deleted, result.added, result.updated) == ([], 1, 1, 0)
    assert team.scalar("SELECT count(*) FROM contacts WHERE name = '赵总'") == 0
    wu = team.execute("SELECT id, firm_id FROM contacts WHERE name = '吴总'").fetchone()
    assert wu["firm_id"] == ids["c"] and wu["id"] != ids["contact_b"]
    assert checkin(work, team).merged == 0
    # the new contact edited later goes to its own team row
    outreach.update_contact(work, new, title="总经理")
    assert checkin(work, team).updated == 1
    assert team.scalar("SELECT title FROM contacts WHERE id = ?", (wu["id"],)) == "总经理"


def test_every_table_keyed_by_id_moves_a_deleted_rows_base_aside():
    """The triggers of schema v10 are shipped SQL (never edited): they must cover every synced
    table keyed by ``id``, now and when tables.py grows."""
    from app.sync.schema import GONE_TABLES
    from app.sync.tables import SYNCED

    assert set(GONE_TABLES) == {t.name for t in SYNCED if t.has_id}
