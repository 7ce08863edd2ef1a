"""chainfill deal / site / targets / report: the JSON contract, exit codes, nothing written on errors."""

from __future__ import annotations

import json

import pytest

from cli.main import main


@pytest.fixture
def dbfile(db_target):
    from app.db import Database
    from app.projects.model import add_firm

    with Database(db_target) as db:
        add_firm(db, "深圳市示例科技有限公司", source="测试")
    return db_target


def run(capsys, dbfile, *args):
    code = main(["--db", dbfile, *args])
    out, err = capsys.readouterr()
    return code, out, err


def add_deal(capsys, dbfile, name: str, kind: str, amount: str, *more: str):
    """``deal add --json`` of a deal with firm 1: the exit code and what it printed."""
    args = ("--firm", "1", "--name", name, "--type", kind, "--amount", amount, *more, "--json")
    code, out, _ = run(capsys, dbfile, "deal", "add", *args)
    return code, out


def test_deal_flow_and_json(capsys, dbfile):
    more = ("--land", "50", "--town", "长安", "--direction", "equip.robot", "--owner", "王科长")
    code, out = add_deal(capsys, dbfile, "智能装备基地", "总部", "3.5亿", *more)
    assert code == 0
    d = json.loads(out)
    assert d["amount"] == 35000.0 and d["type"] == "总部" and d["town"] == "长安镇"
    assert d["stage"] == "线索" and d["owner"] == "王科长" and d["firm"]["id"] == 1
    assert run(capsys, dbfile, "deal", "stage", "1", "洽谈")[0] == 0
    code, _, err = run(capsys, dbfile, "deal", "stage", "1", "接洽")
    assert code == 2 and "原因" in err
    code, out, _ = run(
        capsys,
        dbfile,
        "deal",
        "sign",
        "1",
        "--agreement-no",
        "A1",
        "--date",
        "2026-11-02",
        "--json",
    )
    assert code == 0 and json.loads(out)["project_id"] == 1
    code, _, err = run(
        capsys, dbfile, "deal", "sign", "1", "--agreement-no", "A2", "--date", "2026-11-03"
    )
    assert code == 2 and "重复签约" in err
    code, out, _ = run(capsys, dbfile, "deal", "show", "1", "--json")
    shown = json.loads(out)
    assert [h["stage"] for h in shown["history"]] == ["线索", "洽谈", "签约"]
    code, out, _ = run(capsys, dbfile, "deal", "list", "--stage", "签约", "--json")
    assert [x["id"] for x in json.loads(out)] == [1]
    code, out, _ = run(capsys, dbfile, "report", "--period", "2026-11", "--json")
    rep = json.loads(out)
    assert rep["signed"] == {"count": 1, "amount": 35000.0}
    assert rep["breakdown"][0]["key"] == "equip.robot"


@pytest.mark.parametrize(
    ("args", "word"),
    [
        (["deal", "add", "--firm", "99", "--name", "x", "--type", "新设", "--amount", "1"], "企业"),
        (
            ["deal", "add", "--firm", "1", "--name", "x", "--type", "新设", "--amount", "很多钱"],
            "--amount",
        ),
        (
            [
                "deal",
                "add",
                "--firm",
                "1",
                "--name",
                "x",
                "--type",
                "新设",
                "--amount",
                "1",
                "--town",
                "火星",
            ],
            "镇街",
        ),
        (["deal", "stage", "7", "洽谈"], "招商项目"),
        (["deal", "list", "--stage", "发呆"], "阶段"),
        (["site", "add", "--name", "x", "--town", "长安镇", "--land", "abc"], "--land"),
        (["site", "match", "5"], "招商项目"),
        (["targets", "set", "2026", "--signed-amount", "不知道"], "--signed-amount"),
        (["report", "--period", "2026-13"], "统计期间"),
    ],
)
def test_bad_input_exits_2_and_writes_nothing(capsys, dbfile, args, word):
    code, _, err = run(capsys, dbfile, *args)
    assert code == 2 and word in err and "Traceback" not in err
    from app.db import Database

    with Database(dbfile) as db:
        assert db.scalar("SELECT COUNT(*) FROM deals") == 0
        assert db.scalar("SELECT COUNT(*) FROM sites") == 0
        assert db.scalar("SELECT COUNT(*) FROM deal_targets") == 0


def test_sites_targets_and_empty_report(capsys, dbfile, tmp_path):
    code, out, _ = run(
        capsys,
        dbfile,
        "site",
        "add",
        "--name",
        "园区A",
        "--town",
        "松山湖",
        "--land",
        "40",
        "--contact",
        "陈工 13912345678",
        "--json",
    )
    assert code == 0 and json.loads(out)["contact"] == "陈工 139****5678"
    code, out, _ = run(capsys, dbfile, "site", "list")
    assert "13912345678" not in out
    code, out, _ = run(
        capsys,
        dbfile,
        "targets",
        "set",
        "2026",
        "--signed-amount",
        "20亿",
        "--signed-count",
        "12",
        "--json",
    )
    assert json.loads(out)["signed_amount"] == 200000.0
    code, out, _ = run(
        capsys,
        dbfile,
        "report",
        "--period",
        "2026-W48",
        "--by",
        "owner",
        "--json",
        "--out",
        str(tmp_path / "r.xlsx"),
    )
    rep = json.loads(out)
    assert code == 0 and rep["new_leads"] == 0 and rep["breakdown"] == []
    assert rep["targets"]["signed_amount"] == 200000.0 and rep["targets"]["progress"] == {
        "signed_amount": 0.0,
        "signed_count": 0.0,
    }
    assert (tmp_path / "r.xlsx").stat().st_size > 0


def test_intensity_thresholds_set_shown_and_used_by_the_assessment(capsys, dbfile):
    code, out, _ = run(capsys, dbfile, "targets", "intensity", "--json")
    assert code == 0 and json.loads(out) == {"city": 300.0, "towns": {}}
    code, _, err = run(capsys, dbfile, "targets", "intensity", "--town", "火星=3")
    assert code == 2 and "火星" in err
    code, _, err = run(capsys, dbfile, "targets", "intensity", "--city", "很多")
    assert code == 2 and "全市投资强度门槛" in err
    code, out, _ = run(capsys, dbfile, "targets", "intensity", "--json")
    assert json.loads(out) == {"city": 300.0, "towns": {}}  # refused input wrote nothing
    code, out, _ = run(
        capsys, dbfile, "targets", "intensity", "--city", "350", "--town", "长安=900", "--json"
    )
    assert code == 0 and json.loads(out) == {"city": 350.0, "towns": {"长安镇": 900.0}}
    run(capsys, dbfile, "deal", "add", "--firm", "1", "--name", "基地", "--type", "新设",
        "--amount", "40000", "--land", "50", "--town", "长安镇")  # fmt: skip
    code, out, _ = run(capsys, dbfile, "deal", "assess", "1", "--json")
    item = next(i for i in json.loads(out)["items"] if i["title"] == "投资强度")
    assert "900" in item["benchmark"] and item["verdict"] == "不足"  # 800 万元/亩 < 900
    code, out, _ = run(capsys, dbfile, "targets", "intensity", "--town", "长安镇=", "--json")
    assert json.loads(out)["towns"] == {}
    code, out, _ = run(capsys, dbfile, "deal", "assess", "1", "--json")
    item = next(i for i in json.loads(out)["items"] if i["title"] == "投资强度")
    assert "350" in item["benchmark"] and item["verdict"] == "符合"


def test_deal_edit_against_a_stale_version_is_refused(capsys, dbfile):
    code, out = add_deal(capsys, dbfile, "扩产", "新设", "2000")
    assert code == 0 and json.loads(out)["version"] == 1
    assert run(capsys, dbfile, "deal", "edit", "1", "--amount", "3000", "--if-version", "1")[0] == 0
    code, out, err = run(
        capsys, dbfile, "deal", "edit", "1", "--town", "松山湖", "--if-version", "1"
    )
    assert code == 2 and "版本 1 → 2" in err and "Traceback" not in err
    code, out, err = run(capsys, dbfile, "deal", "stage", "1", "接洽", "--if-version", "1")
    assert code == 2 and "未作修改" in err
    code, out, _ = run(capsys, dbfile, "deal", "show", "1", "--json")
    shown = json.loads(out)
    assert (shown["town"], shown["stage"], shown["version"]) == (None, "线索", 2)
