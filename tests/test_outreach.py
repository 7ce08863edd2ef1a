"""Pipeline stages with history, contacts, visits and reminders (app.outreach)."""

from __future__ import annotations

from datetime import date

import pytest

from app import outreach
from app.errors import UserError
from tests.outreach_helpers import add_firm


@pytest.fixture
def firm(db):
    return add_firm(db, "甲科技股份有限公司", city="深圳市")


def test_stage_transitions_and_history(db, firm):
    assert outreach.stage_of(db, firm) is None
    outreach.set_stage(db, firm, "lead", note="推荐榜第 3")
    outreach.set_stage(db, firm, "已接洽")  # the Chinese name works too
    rec = outreach.set_stage(db, firm, "negotiating", note="谈用地", user="wang")
    assert rec["previous"] == "contacted" and rec["user"] == "wang"
    assert outreach.stage_of(db, firm) == "negotiating"
    hist = outreach.history(db, firm)
    assert [h["stage"] for h in hist] == ["lead", "contacted", "negotiating"]
    assert [h["previous"] for h in hist] == [None, "lead", "contacted"]
    assert hist[0]["note"] == "推荐榜第 3" and hist[2]["stage_zh"] == "洽谈中"
    assert all(h["user"] and h["at"] for h in hist)
    assert outreach.pipeline_counts(db)["negotiating"] == 1


def test_invalid_stage_and_same_stage(db, firm):
    with pytest.raises(UserError, match="无效的阶段"):
        outreach.set_stage(db, firm, "won")
    outreach.set_stage(db, firm, "lead")
    with pytest.raises(UserError, match="已处于"):
        outreach.set_stage(db, firm, "线索")
    with pytest.raises(UserError, match="没有编号"):
        outreach.set_stage(db, 424242, "lead")
    assert len(outreach.history(db, firm)) == 1


def test_dropped_needs_a_reason(db, firm):
    with pytest.raises(UserError, match="原因"):
        outreach.set_stage(db, firm, "dropped")
    with pytest.raises(UserError, match="原因"):
        outreach.set_stage(db, firm, "dropped", reason="   ")
    assert outreach.stage_of(db, firm) is None
    outreach.set_stage(db, firm, "dropped", reason="已在惠州拿地")
    row = db.execute("SELECT stage, reason FROM pipeline WHERE firm_id = ?", (firm,)).fetchone()
    assert tuple(row) == ("dropped", "已在惠州拿地")
    # Reopening clears the reason from the current state, the history keeps it.
    outreach.set_stage(db, firm, "contacted", note="对方重新联系")
    assert db.scalar("SELECT reason FROM pipeline WHERE firm_id = ?", (firm,)) is None
    assert outreach.history(db, firm)[0]["reason"] == "已在惠州拿地"
    assert outreach.outcomes(db) == []


def test_outcomes(db, firm):
    other = add_firm(db, "乙公司")
    outreach.set_stage(db, firm, "landed")
    outreach.set_stage(db, other, "dropped", reason="不考虑外迁")
    assert outreach.outcomes(db) == [(firm, True), (other, False)]


def test_contacts_validation_and_masking(db, firm):
    cid = outreach.add_contact(
        db, firm, name="张三", title="副总裁", phone="138 1234 5678", email="zs@example.com"
    )
    with pytest.raises(UserError, match="姓名"):
        outreach.add_contact(db, firm, name=" ")
    with pytest.raises(UserError, match="邮箱"):
        outreach.add_contact(db, firm, name="李四", email="not-an-email")
    with pytest.raises(UserError, match="电话"):
        outreach.add_contact(db, firm, name="李四", phone="call me")
    [full] = outreach.contacts(db, firm)
    assert full["phone"] == "138 1234 5678"
    [masked] = outreach.contacts(db, firm, masked=True)
    assert (masked["name"], masked["phone"], masked["email"]) == (
        "张*",
        "138 **** 5678",
        "z***@example.com",
    )
    outreach.update_contact(db, cid, title="总经理")
    assert outreach.contacts(db, firm)[0]["title"] == "总经理"
    assert outreach.contacts(db, firm)[0]["phone"] == "138 1234 5678"
    # The audit log says a contact changed without copying the personal data.
    details = " ".join(r[0] or "" for r in db.query("SELECT detail FROM audit"))
    assert "1234" not in details
    outreach.delete_contact(db, cid)
    assert outreach.contacts(db, firm) == []


def test_visit_moves_a_lead_to_visited(db, firm):
    outreach.set_stage(db, firm, "lead")
    vid = outreach.add_visit(
        db,
        firm,
        date="2025年3月5日",
        place="南山总部",
        summary="介绍松山湖政策",
        expansion_plans="计划新建华南制造基地",
        pressure="深圳厂房租金上涨",
        next_step="寄送用地资料",
        next_date="2025/3/12",
    )
    [v] = outreach.visits(db, firm)
    assert v["id"] == vid and v["date"] == "2025-03-05" and v["next_date"] == "2025-03-12"
    assert outreach.stage_of(db, firm) == "visited"
    # A firm already further along is not moved back.
    outreach.set_stage(db, firm, "negotiating")
    outreach.add_visit(db, firm, date="2025-04-01")
    assert outreach.stage_of(db, firm) == "negotiating"
    with pytest.raises(UserError, match="走访日期"):
        outreach.add_visit(db, firm, date="")
    with pytest.raises(UserError, match="不是有效日期"):
        outreach.add_visit(db, firm, date="2025-02-30")
    with pytest.raises(UserError, match="下一步"):
        outreach.add_visit(db, firm, date="2025-04-02", next_date="2025-04-09")


def test_reminders(db, firm):
    other = add_firm(db, "乙公司")
    v1 = outreach.add_visit(db, firm, date="2025-03-01", next_step="回访", next_date="2025-03-10")
    outreach.add_visit(db, other, date="2025-03-02", next_step="寄资料", next_date="2025-03-20")
    outreach.add_visit(db, other, date="2025-03-03")  # no next step: never a reminder
    today = date(2025, 3, 15)
    due = outreach.due_reminders(db, today=today)
    assert [(r["firm"], r["overdue"]) for r in due] == [("甲科技股份有限公司", 5)]
    soon = outreach.due_reminders(db, today=today, within_days=7)
    assert [(r["firm"], r["overdue"]) for r in soon] == [
        ("甲科技股份有限公司", 5),
        ("乙公司", -5),
    ]
    outreach.set_next_done(db, v1)
    assert outreach.due_reminders(db, today=today) == []
    assert outreach.open_next_steps(db, firm) == []
    assert [s["next_step"] for s in outreach.open_next_steps(db, other)] == ["寄资料"]


def test_outcomes_feed_the_propensity_model(db):
    """Landed / dropped stages mark propensity stale; once enough exist, ranking changes."""
    from app import ranking

    probe = add_firm(
        db,
        "深圳探针智能制造有限公司",
        city="深圳市",
        district="宝安区",
        employees=900,
        revenue=60000.0,
        main_business="工业机器人减速器的研发、生产制造",
    )
    before = ranking.explain_firm(db, probe)["propensity"]
    assert not ranking.propensity_needs_training(db)

    for i in range(12):
        # Landed: large manufacturers next to Dongguan; dropped: small service firms downtown.
        big = add_firm(
            db,
            f"深圳落地制造{i}有限公司",
            city="深圳市",
            district="宝安区",
            employees=2000 + 100 * i,
            revenue=200000.0 + 1000 * i,
            registered_capital=50000.0,
            high_tech=1,
            main_business="精密零部件生产制造",
        )
        small = add_firm(
            db,
            f"深圳放弃咨询{i}有限公司",
            city="深圳市",
            district="福田区",
            employees=10 + i,
            revenue=300.0 + i,
            main_business="管理咨询服务",
        )
        outreach.set_stage(db, big, "landed")
        outreach.set_stage(db, small, "dropped", reason="无扩产需求")
        if i == 0:
            assert ranking.propensity_needs_training(db)  # the outcome marked it stale

    summary = ranking.train_propensity(db)
    assert summary["status"] == "trained", summary
    after = ranking.explain_firm(db, probe)["propensity"]
    assert after != pytest.approx(before, abs=1e-3)
    assert after > before  # it looks like the firms that came
