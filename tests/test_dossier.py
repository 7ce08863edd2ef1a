"""The dossier's content (app.dossier): no Qt here."""

from __future__ import annotations

from datetime import date

import pytest

from app import dossier, outreach, shortlists
from app.errors import UserError
from tests.outreach_helpers import add_firm, add_reducer_maker


def test_sparse_firm_says_what_is_unknown(db):
    fid = add_firm(db, "空白信息有限公司")
    d = dossier.build(db, fid, prepared_by="王五", today=date(2025, 3, 5))
    assert d.fit is None and d.contacts == [] and d.visits == []
    assert "员工人数" in d.unknown and "营业收入" in d.unknown
    html = d.html()
    assert "空白信息有限公司" in html and "王五" in html and "2025年3月5日" in html
    assert html.count(dossier.UNKNOWN) >= 5
    # So many unknown facts are named on one line, not as a column of empty rows.
    assert "统一社会信用代码、上市情况、成立日期" in html
    assert "尚未登记联系人" in html and "这是第一次走访" in html
    # The checklist asks the firm for what the dossier lacks.
    assert any("暂无数据" in q and "员工人数" in q for q in d.questions)


def test_fit_offer_and_questions_from_the_catalog(db):
    fid = add_reducer_maker(
        db,
        "深圳精密传动股份有限公司",
        short_name="精密传动",
        employees=1500,
        revenue=120000.0,
        registered_capital=20000.0,
        founded="2006-04-01",
        main_business="工业机器人精密减速器",
        source="上市公司名录",
    )
    add_firm(
        db,
        "东莞本地减速器有限公司",
        city="东莞市",
        district="松山湖",
        direction="equip.robot",
        segment="equip.robot.reducer",
        direction_confirmed=1,
        employees=300,
    )
    d = dossier.build(db, fid)
    fit = d.fit
    assert fit["direction_name"] == "工业机器人" and fit["key"] is True
    assert fit["position"] == "upstream"
    mine = [s for segs in fit["chain"].values() for s in segs if s["mine"]]
    assert [s["code"] for s in mine] == ["equip.robot.reducer"]
    assert fit["local_count"] == 1
    assert fit["local_examples"][0]["name"] == "东莞本地减速器有限公司"
    facts = {f.label: f for f in d.facts}
    assert facts["营业收入"].value == "12.00 亿元"
    assert facts["员工人数"].value == "1,500 人" and facts["员工人数"].source == "上市公司名录"
    offer = d.offer
    assert offer["zones"][0]["name"] == "工业机器人产业集聚区"
    assert offer["lead"]["name"] == "市经信局"
    assert offer["policy"]
    html = d.html()
    for text in (
        "工业机器人产业集聚区",
        "市经信局",
        "精密减速器",
        "本企业所在环节",
        "东莞本地减速器",
    ):
        assert text in html
    assert any("精密减速器" in q for q in d.questions)
    assert any("东莞本地减速器" in q for q in d.questions)


def test_contacts_visits_and_history_appear_in_full(db):
    fid = add_firm(db, "甲公司", city="广州市")
    outreach.add_contact(db, fid, name="张三", phone="13812341234", email="zs@example.com")
    outreach.set_stage(db, fid, "contacted", note="电话联系")
    outreach.add_visit(
        db,
        fid,
        date="2025-03-05",
        summary="介绍政策",
        pressure="黄埔厂房紧张",
        next_step="寄送资料",
        next_date="2025-03-12",
    )
    shortlists.create(db, "广州重点")
    shortlists.add(db, "广州重点", [fid], note="董事长关注松山湖")
    d = dossier.build(db, fid, shortlist="广州重点")
    html = d.html()
    # The dossier goes to the visit: contacts unmasked.
    assert "13812341234" in html and "zs@example.com" in html
    assert "黄埔厂房紧张" in html and "寄送资料" in html and "电话联系" in html
    assert "董事长关注松山湖" in html and "广州重点" in html
    assert any("寄送资料" in q for q in d.questions)


def test_html_escapes_and_keeps_long_text(db):
    long_name = "深圳" + "超长名称" * 40 + "<script>有限公司"
    fid = add_firm(db, long_name, main_business="A&B " * 500)
    html = dossier.build(db, fid).html()
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert html.count("A&amp;B") == 500


def test_money_figures_and_dates():
    from app import fmt

    assert fmt.money(None) is None
    assert fmt.money(5.5) == "5.50 万元"
    assert fmt.money(4500) == "4,500 万元"
    assert fmt.money(1212987.52) == "121.30 亿元"
    assert fmt.money(100, "USD") == "100 万元（USD）"
    assert [fmt.figure(x) for x in (None, 12.345, 123.45, 1234.5, 7.0)] == [
        "—", "12.35", "123.5", "1,234", "7",
    ]  # fmt: skip
    assert fmt.percent(0.052) == "5.2%" and fmt.percent(0.052, signed=True) == "+5.2%"
    assert dossier.cn_date("2025-03-05") == "2025年3月5日"


def test_empty_shortlist_and_unknown_firm(db):
    shortlists.create(db, "空名单")
    with pytest.raises(UserError, match="还没有企业"):
        dossier.shortlist_firms(db, "空名单")
    with pytest.raises(UserError, match="没有编号"):
        dossier.build(db, 12345)


def test_batch_cover_lists_every_firm_with_its_page():
    html = dossier.batch_cover_html(
        "深圳机器人",
        [{"name": "甲公司", "place": "深圳市", "direction": "工业机器人", "page": 3}],
        prepared_by="王五",
        today=date(2025, 1, 2),
    )
    assert "目　录" in html and "甲公司" in html and ">3</td>" in html
