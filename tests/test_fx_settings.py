"""Foreign-currency capital at the rate table, and 本人信息 (settings show/set)."""

from __future__ import annotations

import json

import pytest

from app import fx
from app import settings as app_settings
from app.db import Database, os_user
from app.errors import UserError
from app.jobs import run_to_end
from tests.conftest import run_cli
from tests.test_ranking import add_firm, first_segment


def _capability(db: Database, fid: int) -> float:
    return db.scalar("SELECT capability FROM scores WHERE firm_id = ?", (fid,))


def test_foreign_capital_is_converted_and_said(tmp_path):
    from app import ranking

    db = Database(tmp_path / "fx.sqlite")
    seg = first_segment("equip.robot")
    rmb = add_firm(db, name="人民币资本有限公司", segment=seg, registered_capital=746.0)
    usd = add_firm(
        db, name="美元资本有限公司", segment=seg, registered_capital=746.0, currency="USD"
    )
    odd = add_firm(
        db, name="未知币种有限公司", segment=seg, registered_capital=746.0, currency="XXX"
    )
    run_to_end(ranking.rescore(db))
    # 746 万美元 is about 5,300 万元: more capital than 746 万元; an unknown currency is no fact.
    assert _capability(db, usd) > _capability(db, rmb)
    res = ranking.explain_firm(db, usd)
    assert "746 万美元" in res["capital_note"] and "万元人民币" in res["capital_note"]
    assert "2026-01-01" in res["text"]
    assert ranking.explain_firm(db, rmb)["capital_note"] == ""
    facts = {f["factor"]: f for f in ranking.explain_firm(db, odd)["factors"]}
    assert facts["capital"]["sign"] == "?"
    # A new rate rescores: the state differs, the capability follows.
    before = _capability(db, usd)
    fx.set_rate(db, "美元", 0.5, on="2026-12-01")
    assert ranking.is_stale(db)
    run_to_end(ranking.rescore(db))
    assert _capability(db, usd) < before
    assert "2026-12-01" in ranking.explain_firm(db, usd)["capital_note"]
    db.close()


def test_rate_table_validation(tmp_path):
    db = Database(tmp_path / "fx.sqlite")
    with pytest.raises(UserError, match="没有外币"):
        fx.set_rate(db, "XYZ", 1)
    with pytest.raises(UserError, match="不是数字"):
        fx.set_rate(db, "USD", "七")
    with pytest.raises(UserError, match="不合理"):
        fx.set_rate(db, "USD", -1)
    with pytest.raises(UserError, match="日期"):
        fx.set_date(db, "2026-13-01")
    assert fx.set_rate(db, "港元", "0.92").rates["HKD"] == 0.92
    assert fx.get_rates(db).rates["HKD"] == 0.92
    assert fx.set_date(db, "2026-11-30").date == "2026-11-30"
    db.close()


def test_person_name_replaces_the_os_login():
    login = os_user()
    app_settings.set_user("user.name", "张三")
    assert os_user() == "张三"
    app_settings.set_user("user.section", "招商一科")
    assert app_settings.load().user_section == "招商一科"
    with pytest.raises(UserError, match="没有设置项"):
        app_settings.set_user("user.age", "3")
    app_settings.set_user("user.name", "")
    assert os_user() == login


def test_cli_settings_set_and_show(tmp_path):
    dbfile = str(tmp_path / "cli.sqlite")
    env = {"CHAINFILL_HOME": str(tmp_path / "home")}
    assert run_cli("--db", dbfile, "settings", "set", "user.name", "李四", env=env).returncode == 0
    assert run_cli("--db", dbfile, "settings", "set", "fx.USD", "7.2", env=env).returncode == 0
    out = run_cli("--db", dbfile, "settings", "show", "--json", env=env)
    assert out.returncode == 0, out.stderr.decode()
    data = json.loads(out.stdout)
    assert data["user"]["user.name"] == "李四" and data["fx"]["rates"]["USD"] == 7.2
    text = run_cli("--db", dbfile, "settings", "show", env=env).stdout.decode()
    assert "李四" in text and "美元" in text
    bad = run_cli("--db", dbfile, "settings", "set", "user.age", "3", env=env)
    assert bad.returncode == 2 and "没有设置项" in bad.stderr.decode()
    # The person is the shortlist's 负责人.
    made = run_cli("--db", dbfile, "shortlist", "create", "重点名单", env=env)
    assert made.returncode == 0, made.stderr.decode()
    shown = run_cli("--db", dbfile, "shortlist", "list", env=env)
    assert "李四" in shown.stdout.decode(), shown.stdout.decode()


def test_briefing_reads_as_policy_language(tmp_path):
    """Two or three sentences: the gap and how sure, the strength, the landing; no arithmetic."""
    from app import ranking

    db = Database(tmp_path / "b.sqlite")
    seg = first_segment("equip.robot")
    fid = add_firm(
        db,
        name="深圳市说明测试有限公司",
        segment=seg,
        revenue=200_000.0,
        revenue_growth=0.3,
        rd_ratio=0.09,
        high_tech=1,
    )
    run_to_end(ranking.rescore(db))
    res = ranking.explain_firm(db, fid)
    text = res["summary"]
    assert text == res["text"]
    assert "可补东莞" in text and "企业实力方面" in text and "来莞" in text
    for log_word in ("权重", "编号", "按 ", "=", "资料完整度"):
        assert log_word not in text, (log_word, text)
    assert "补链契合度" in res["detail"] and "权重" in res["detail"]
    db.close()
