"""The investment pipeline (issue #15): deals, stages, signing, hand-offs, sites and reports."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

import openpyxl
import pytest

from app.deals import assess, report, sites
from app.deals import model as m
from app.errors import UserError
from app.projects.model import add_firm, get_project
from catalog import plan


@pytest.fixture
def firm(db) -> int:
    return add_firm(db, "深圳市示例智能装备有限公司", source="测试")


def _deal(db, firm_id: int, **kw) -> int:
    base = {"name": "示例项目", "type": "new", "amount": 5000.0, "land_mu": 20.0}
    at = kw.pop("at", None)
    base.update(kw)
    return m.add_deal(db, m.Deal(id=None, firm_id=firm_id, **base), at=at)


# -- parsing ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wan"),
    [("3.5亿", 35000.0), ("5000万元", 5000.0), ("5000", 5000.0), ("1.2亿元", 12000.0)],
)
def test_amounts_in_yi_and_wan(text, wan):
    assert m.parse_wan(text, "计划投资") == pytest.approx(wan)


@pytest.mark.parametrize("text", ["abc", "三千万左右吧", "-5", "100万美元", "5000万 3000万"])
def test_nonsense_amount_is_refused_with_the_field_named(text):
    with pytest.raises(UserError) as e:
        m.parse_wan(text, "计划投资（--amount）")
    assert "计划投资（--amount）" in e.value.message


def test_labels_and_keys_both_accepted():
    assert m.stage_key("洽谈") == m.stage_key("negotiate") == "negotiate"
    assert m.type_key("增资扩产") == "expansion"
    assert m.town_name("长安") == "长安镇" and m.town_name("南城") == "南城街道"
    for bad in (lambda: m.stage_key("谈恋爱"), lambda: m.town_name("火星镇")):
        with pytest.raises(UserError):
            bad()


# -- stages and history --------------------------------------------------------------------------


def test_stage_rules_and_history(db, firm):
    did = _deal(db, firm)
    m.set_stage(db, did, "洽谈")  # forward, skipping two: fine
    with pytest.raises(UserError, match="须写明原因"):
        m.set_stage(db, did, "接洽")
    d = m.set_stage(db, did, "接洽", note="对方更换决策人")
    assert d.stage == "contact"
    with pytest.raises(UserError, match="原因"):
        m.set_stage(db, did, "放弃")
    d = m.set_stage(db, did, "放弃", note="选址广州")
    assert d.drop_reason == "选址广州"
    with pytest.raises(UserError):
        m.set_stage(db, did, "洽谈")  # reviving a dropped deal needs a reason too
    hist = [h.to_json() for h in m.get_deal(db, did).history]
    assert [h["stage"] for h in hist] == ["线索", "洽谈", "接洽", "放弃"]
    assert hist[2]["note"] == "对方更换决策人"
    assert all(set(h) == {"stage", "at", "by", "note"} for h in hist)


def test_signed_and_landed_dates_follow_the_stage(db, firm):
    did = _deal(db, firm)
    d = m.set_stage(db, did, "注册", at="2026-03-05T10:00:00")
    assert d.signed_on == "2026-03-05" and d.landed_on is None
    d = m.set_stage(db, did, "投产", at="2026-09-01T10:00:00")
    assert d.landed_on == "2026-09-01" and d.signed_on == "2026-03-05"
    d = m.set_stage(db, did, "洽谈", note="协议解除", at="2026-10-01T10:00:00")
    assert d.signed_on is None and d.landed_on is None


# -- the JSON contract ---------------------------------------------------------------------------


def test_show_json_contract(db, firm):
    sid = sites.add_site(db, "长安智造园", "长安镇", land=30, directions="equip.robot")
    did = _deal(db, firm, town="长安", direction="equip.robot", owner="李科长")
    m.offer_site(db, did, sid, chosen=True)
    m.handoff(db, did, "长安镇", "请镇招商办对接")
    j = m.get_deal(db, did).to_json()
    for key in [
        "id",
        "name",
        "firm",
        "type",
        "amount",
        "land_mu",
        "floor_m2",
        "town",
        "site",
        "sites_offered",
        "direction",
        "stage",
        "owner",
        "history",
        "handoffs",
        "project_id",
    ]:
        assert key in j
    assert j["firm"] == {"id": firm, "name": "深圳市示例智能装备有限公司"}
    assert j["type"] == "新设" and j["stage"] == "线索" and j["owner"] == "李科长"
    assert j["site"] == {"id": sid, "name": "长安智造园"}
    assert [s["id"] for s in j["sites_offered"]] == [sid]
    assert j["handoffs"][0]["town"] == "长安镇" and j["handoffs"][0]["status"] == "待反馈"
    assert j["project_id"] is None
    json.dumps(j)


def test_handoff_feedback_recorded(db, firm):
    did = _deal(db, firm)
    hid = m.handoff(db, did, "塘厦")
    with pytest.raises(UserError, match="尚待反馈"):
        m.handoff(db, did, "塘厦镇")
    m.town_feedback(db, hid, "已落实", "已对接平山工业区厂房")
    h = m.get_deal(db, did).handoffs[0].to_json()
    assert h["status"] == "已落实" and h["feedback"] == "已对接平山工业区厂房"


# -- signing -------------------------------------------------------------------------------------


def test_sign_makes_a_linked_project_with_commitments(db, firm):
    did = _deal(
        db,
        firm,
        amount=35000.0,
        land_mu=50.0,
        expected_output=80000.0,
        expected_tax=3000.0,
        expected_jobs=400,
        planned_production="2028-06-30",
        direction="equip.robot",
        town="松山湖",
    )
    m.set_stage(db, did, "洽谈")
    pid = m.sign(db, did, "DG-2026-001", "2026-11-20")
    p = get_project(db, pid)
    assert p.agreement_no == "DG-2026-001" and p.agreement_date == date(2026, 11, 20)
    got = {c.item: c.committed for c in p.commitments}
    assert got == {
        "investment": 35000.0,
        "investment_per_mu": 700.0,
        "output": 80000.0,
        "tax": 3000.0,
        "jobs": 400.0,
    }
    assert p.milestone("production_start").due == date(2028, 6, 30)
    assert p.land_mu == 50.0 and p.town == "松山湖" and p.direction == "equip.robot"
    d = m.get_deal(db, did)
    assert d.project_id == pid and d.stage == "signed" and d.signed_on == "2026-11-20"
    assert m.deal_of_project(db, pid) == did
    with pytest.raises(UserError, match="不能重复签约"):
        m.sign(db, did, "DG-2026-002", "2026-11-21")
    with pytest.raises(UserError, match="不能退回到签约之前"):
        m.set_stage(db, did, "洽谈", note="x")
    assert db.scalar("SELECT COUNT(*) FROM projects") == 1


def test_sign_refuses_a_used_agreement_and_writes_nothing(db, firm):
    a, b = _deal(db, firm), _deal(db, firm, name="二期")
    m.sign(db, a, "X-1", "2026-01-02")
    with pytest.raises(UserError, match="已被另一个项目使用"):
        m.sign(db, b, "X-1", "2026-01-02")
    assert m.get_deal(db, b).project_id is None and m.get_deal(db, b).stage == "lead"


# -- sites ---------------------------------------------------------------------------------------


def test_site_match_best_first_with_reasons(db, firm):
    good = sites.add_site(db, "长安A", "长安镇", land=60, directions="equip.robot")
    near = sites.add_site(db, "塘厦B", "塘厦镇", land=45, directions="equip")
    sites.add_site(db, "小地块", "长安镇", land=10)  # far too small
    sites.add_site(db, "写字楼", "南城街道", floor=5000)  # no land
    did = _deal(db, firm, land_mu=50.0, town="长安镇", direction="equip.robot")
    found = sites.match(db, did)
    assert [x.site.id for x in found] == [good, near]
    assert any("长安镇" in r for r in found[0].reasons)
    assert found[0].score > found[1].score
    # directions are named as staff read them, the code only after the name
    robot = next(r for r in found[0].reasons if "equip.robot" in r)
    assert robot.index("（equip.robot）") > robot.index("适合方向含") + len("适合方向含")


def test_site_add_refuses_bad_input(db):
    with pytest.raises(UserError, match="--land"):
        sites.add_site(db, "x", "长安镇", land="很多")
    with pytest.raises(UserError, match="镇街"):
        sites.add_site(db, "x", "火星", land=3)
    with pytest.raises(UserError, match="--directions"):
        sites.add_site(db, "x", "长安镇", land=3, directions="nope.nope")
    assert db.scalar("SELECT COUNT(*) FROM sites") == 0


# -- the report ----------------------------------------------------------------------------------


def _random_pipeline(db, firm_id: int, seed: int) -> list[int]:
    """Deals with random histories over 2025–2026, each step dated."""
    rnd = random.Random(seed)
    dirs = ["equip.robot", "it.components", "mat.frontier", ""]
    towns = ["长安镇", "松山湖", "塘厦镇", ""]
    ids = []
    for i in range(40):
        start = date(2025, 1, 1) + timedelta(days=rnd.randrange(600))
        did = _deal(
            db,
            firm_id,
            name=f"项目{i}",
            amount=None if i % 7 == 0 else float(rnd.randrange(500, 90000)),
            direction=rnd.choice(dirs),
            town=rnd.choice(towns),
            owner=rnd.choice(["张三", "李四"]),
            at=f"{start.isoformat()}T09:00:00",
        )
        day = start
        for stage in m.LADDER[1 : rnd.randrange(1, len(m.LADDER) + 1)]:
            day += timedelta(days=rnd.randrange(1, 90))
            m.set_stage(db, did, stage, at=f"{day.isoformat()}T10:00:00")
        if rnd.random() < 0.2:
            day += timedelta(days=rnd.randrange(1, 60))
            m.set_stage(
                db, did, "放弃", note=rnd.choice(["选址外地", "资金不到位"]), at=f"{day}T11:00:00"
            )
        ids.append(did)
    return ids


@pytest.mark.parametrize("period", ["2026", "2026-03", "2025-W20", "2025-11"])
def test_report_totals_agree_with_the_deals(db, firm, period):
    ids = _random_pipeline(db, firm, seed=len(period))
    p = report.parse_period(period)
    rep = report.build(db, p, by="town")
    lo, hi = p.start.isoformat(), p.end.isoformat()
    deals = [m.get_deal(db, i) for i in ids]

    def inside(day):
        return day is not None and lo <= day <= hi

    signed = [d for d in deals if inside(d.signed_on)]
    landed = [d for d in deals if inside(d.landed_on)]
    assert rep["signed"]["count"] == len(signed)
    assert rep["signed"]["amount"] == pytest.approx(sum(d.amount or 0 for d in signed))
    assert rep["landed"]["count"] == len(landed)
    assert rep["landed"]["amount"] == pytest.approx(sum(d.amount or 0 for d in landed))
    assert rep["new_leads"] == sum(inside(d.created_on) for d in deals)
    # the breakdown adds up to the totals
    assert sum(r["signed_count"] for r in rep["breakdown"]) == rep["signed"]["count"]
    assert sum(r["signed_amount"] for r in rep["breakdown"]) == pytest.approx(
        rep["signed"]["amount"]
    )
    assert sum(r["landed_amount"] for r in rep["breakdown"]) == pytest.approx(
        rep["landed"]["amount"]
    )
    # stages at the period's end: every deal created by then, once
    assert sum(rep["deals_by_stage"].values()) == sum(d.created_on <= hi for d in deals)
    drops = sum(
        1 for d in deals for h in d.history if h.stage == "dropped" and lo <= h.at[:10] <= hi
    )
    assert sum(x["count"] for x in rep["dropped"]) == drops


def test_report_targets_progress(db, firm):
    a = _deal(db, firm, amount=30000.0)
    b = _deal(db, firm, amount=10000.0, name="b")
    m.set_stage(db, a, "签约", at="2026-02-10T09:00:00")
    m.set_stage(db, b, "签约", at="2026-11-10T09:00:00")
    report.set_targets(db, 2026, {"signed_amount": 80000.0, "signed_count": 4})
    t = report.build(db, "2026-03")["targets"]
    assert t["year_to_date"]["signed_amount"] == 30000.0  # 1 January to the end of March
    assert t["progress"] == {"signed_amount": 0.375, "signed_count": 0.25}
    t = report.build(db, "2026-11")["targets"]
    assert t["progress"]["signed_amount"] == 0.5


def test_empty_period_is_an_empty_well_formed_report(db):
    rep = report.build(db, "2019-W01", by="owner")
    assert rep["from"] == "2018-12-31" and rep["to"] == "2019-01-06"
    assert rep["signed"] == {"count": 0, "amount": 0.0} and rep["breakdown"] == []
    assert set(rep["deals_by_stage"]) == set(m.STAGES.values())
    assert rep["targets"]["progress"] == {}


def test_xlsx_workbook(db, firm, tmp_path):
    a = _deal(db, firm, amount=35000.0, direction="equip.robot", town="长安镇")
    m.set_stage(db, a, "签约", at="2026-05-10T09:00:00")
    out = tmp_path / "报表.xlsx"
    report.write_xlsx(db, "2026", out)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["汇总", "按领域", "按产业方向", "按镇街", "按负责人"]
    ws = wb["按产业方向"]
    assert "2026-01-01" in ws["A2"].value and "编制人" in ws["A3"].value
    row = [c.value for c in ws[6]]
    assert row[0] == "equip.robot" and row[4] == 35000.0 and row[5] == pytest.approx(3.5)
    assert "万元" in ws.cell(6, 5).number_format and "亿元" in ws.cell(6, 6).number_format
    # the plan's 表1 closes the summary sheet, for context, with the plan's own figures
    summary = [[c.value for c in r] for r in wb["汇总"].iter_rows()]
    start = next(i for i, r in enumerate(summary) if r[0] == "规划表1（参照）")
    rows = summary[start + 1 :]
    expected = report.build(db, "2026")["plan_targets"]
    assert expected
    assert [r[:5] for r in rows] == [
        [t["name"], t["unit"], t["y2017"], t["y2020"], t["y2025"]] for t in expected
    ]
    from app.deals import report_html

    html = report_html.to_html(report.build(db, "2026"))
    assert "规划表1" in html and expected[0]["name"] in html


# -- assessment ----------------------------------------------------------------------------------


def test_assessment_items_have_sources_and_staff_set_the_recommendation(db, firm):
    did = _deal(db, firm, amount=3000.0, land_mu=20.0, expected_output=12000.0)
    a = assess.build(db, did)
    titles = [i.title for i in a.items]
    assert titles[0] == "投资强度" and a.items[0].verdict == assess.FAIL  # 150 < 300 万元/亩
    assert all(i.source for i in a.items)
    assert a.recommendation is None
    m.update(db, did, {"recommendation": "有条件引进", "recommendation_note": "补环评"})
    j = assess.build(db, did).to_json()
    assert j["recommendation"] == "有条件引进"
    assert "企业库缺" in " ".join(j["risks"])


def test_plan_quote_is_verbatim():
    assert assess.plan_quote_ok()
    assert plan.normalize(assess.PLAN_QUOTE) in plan.normalize(plan.text())


# -- backup and restore carry the new tables -----------------------------------------------------


def test_restore_keeps_deals_and_links(db, firm, tmp_path):
    from app import backup

    did = _deal(db, firm)
    sid = sites.add_site(db, "园区", "长安镇", land=30)
    m.offer_site(db, did, sid, chosen=True)
    pid = m.sign(db, did, "R-1", "2026-01-05")
    copy = backup.backup_to(db, tmp_path / "copy.sqlite")
    m.set_stage(db, did, "投产")
    backup.restore(db, copy)
    d = m.get_deal(db, did)
    assert d.project_id == pid and d.stage == "signed" and d.site_id == sid
    assert m.deal_of_project(db, pid) == did


# -- backup and restore carry the pipeline ----------------------------------------------------------


def test_backup_and_restore_carry_deals_sites_targets_and_links(db, tmp_path):
    from app import backup
    from app.deals.demo import generate_deals

    for i in range(8):
        add_firm(db, f"深圳市备份{i}号科技有限公司", source="测试")
    summary = generate_deals(db, seed=5, today=date(2026, 11, 27))
    tables = ("deals", "deal_history", "deal_handoffs", "deal_sites", "sites", "deal_targets")
    before = {t: db.scalar(f"SELECT COUNT(*) FROM {t}") for t in tables}
    linked = db.query("SELECT id, project_id FROM deals WHERE project_id IS NOT NULL ORDER BY id")
    assert before["deals"] == summary["deals"] and len(linked) == summary["signed_projects"] > 0
    copy = backup.backup_to(db, tmp_path / "copy.sqlite")
    with db.write():  # what the restore must undo
        db.execute("DELETE FROM deal_sites")
        db.execute("UPDATE deals SET stage = 'lead'")
    backup.restore(db, copy)
    assert {t: db.scalar(f"SELECT COUNT(*) FROM {t}") for t in tables} == before
    assert [tuple(r) for r in db.query(
        "SELECT id, project_id FROM deals WHERE project_id IS NOT NULL ORDER BY id"
    )] == [tuple(r) for r in linked]  # fmt: skip
    for r in linked:  # and the other way round
        assert db.scalar("SELECT deal_id FROM projects WHERE id = ?", (r["project_id"],)) == r["id"]


# -- who may change what (app.people) -----------------------------------------------------------


def test_roles_targets_and_thresholds_are_the_admins_deals_are_staffs(db, firm):
    from app import people
    from app import settings as app_settings

    people.choose(db, "张三")  # the first person: 管理员
    app_settings.set_user("user.name", "张三")
    people.add(db, "李四", "staff")
    people.add(db, "王五", "只读")
    app_settings.set_user("user.name", "李四")
    did = _deal(db, firm)  # a 招商专员 records and moves deals
    m.set_stage(db, did, "contact")
    with pytest.raises(UserError, match=r"只有管理员.*年度招商目标"):
        report.set_targets(db, 2026, {"signed_count": 5})
    with pytest.raises(UserError, match=r"只有管理员.*投资强度门槛"):
        assess.set_thresholds(db, 500)
    assert report.get_targets(db, 2026).get("signed_count") is None
    assert assess.thresholds(db)[0] == assess.DEFAULT_INTENSITY
    app_settings.set_user("user.name", "王五")
    with pytest.raises(UserError, match="没有权限"):
        m.set_stage(db, did, "visit")
    assert m.get_deal(db, did).stage == "contact"
    app_settings.set_user("user.name", "张三")
    report.set_targets(db, 2026, {"signed_count": 5})
    assess.set_thresholds(db, 500)
    assert report.get_targets(db, 2026)["signed_count"] == 5
    assert assess.thresholds(db)[0] == 500.0


# -- versions: two people, one deal ---------------------------------------------------------------


def test_every_write_makes_a_new_version_and_a_stale_one_is_refused(db, firm):
    deal_id = _deal(db, firm)
    seen = m.get_deal(db, deal_id)
    assert seen.version == 1 and m.get_deal(db, deal_id).to_json()["version"] == 1
    m.update(db, deal_id, {"amount": 6000.0}, if_version=1)  # the colleague saves first
    assert m.get_deal(db, deal_id).version == 2
    with pytest.raises(m.DealConflict) as err:
        m.update(db, deal_id, {"town": "松山湖"}, if_version=seen.version)
    assert "版本 1 → 2" in err.value.message and err.value.theirs.amount == 6000.0
    assert m.get_deal(db, deal_id).town == ""  # nothing written
    with pytest.raises(m.DealConflict):
        m.set_stage(db, deal_id, "contact", if_version=seen.version)
    assert m.get_deal(db, deal_id).stage == "lead"
    moved = m.set_stage(db, deal_id, "contact", if_version=2)
    assert (moved.stage, moved.version) == ("contact", 3)


def test_rebase_keeps_their_fields_and_names_the_clashes(db, firm):
    deal_id = _deal(db, firm, town="松山湖")
    base = m.get_deal(db, deal_id)
    theirs = m.update(db, deal_id, {"amount": 8000.0, "owner": "李四"})
    mine = {"amount": 9000.0, "owner": "", "town": "松山湖", "next_step": "约见董事长"}
    mine["owner"] = base.owner  # untouched by me
    changes, clashes = m.rebase_edit(base, theirs, mine)
    assert changes == {"amount": 9000.0, "next_step": "约见董事长"}
    assert clashes == {"amount": (8000.0, 9000.0)}
    # the same change on both sides is no clash
    assert m.rebase_edit(base, theirs, {"amount": 8000.0})[1] == {}
