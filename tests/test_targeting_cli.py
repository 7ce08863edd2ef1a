"""The flags, links, signals, regions commands and score --anchor / --strategy (issue #16)."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from tests.test_ranking import add_firm
from tests.test_targeting import twin, write_csv


@pytest.fixture
def dbpath(db_target):
    from app.db import Database

    path = db_target
    db = Database(path)
    anchor = add_firm(db, name="东莞市锚点整车有限公司", city="东莞市")
    twin(db, "深圳市甲供应有限公司")
    twin(db, "广州市乙客户有限公司", city="广州市", district="黄埔区", revenue=500000.0)
    db.close()
    assert anchor
    return path


def cli(dbpath, *args, capsys):
    from cli.main import main

    code = main(["--db", str(dbpath), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_flags_import_and_list(dbpath, tmp_path, capsys):
    sheet = write_csv(tmp_path / "g.csv", ["name", "uscc"], [["深圳甲供应", ""], ["无此企业", ""]])
    code, out, err = cli(
        dbpath,
        "flags",
        "import",
        str(sheet),
        "--flag",
        "专精特新小巨人",
        "--year",
        "2024",
        "--json",
        capsys=capsys,
    )
    assert code == 0, err
    report = json.loads(out)
    assert report["matched"] == 1 and report["unmatched_count"] == 1
    assert report["flag"] == "专精特新小巨人"
    code, out, _ = cli(dbpath, "flags", "list", capsys=capsys)
    assert code == 0 and "专精特新小巨人：1 家（2024" in out
    code, _, err = cli(dbpath, "flags", "import", str(sheet), "--flag", " ", capsys=capsys)
    assert code == 2 and "名单名称" in err
    png = tmp_path / "x.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    code, _, err = cli(dbpath, "flags", "import", str(png), "--flag", "瞪羚企业", capsys=capsys)
    assert code == 2 and "PNG" in err


def test_links_signals_explain_and_anchor(dbpath, tmp_path, capsys):
    links = write_csv(
        tmp_path / "l.csv",
        ["企业名称", "关联企业", "关系", "来源", "日期"],
        [
            ["广州市乙客户有限公司", "东莞市锚点整车有限公司", "客户", "年报", "2025-01-02"],
            ["深圳市甲供应有限公司", "东莞市锚点整车有限公司", "供应商", "走访", "2025-01-03"],
            ["东莞市锚点整车有限公司", "深圳市库外零件有限公司", "客户", "走访", ""],
        ],
    )
    code, out, err = cli(dbpath, "links", "import", str(links), capsys=capsys)
    assert code == 0, err
    assert "不在库中 1 条" in out
    code, out, _ = cli(dbpath, "links", "show", "东莞市锚点整车有限公司", capsys=capsys)
    assert "深圳市库外零件有限公司（库外企业） 的客户" in out

    def add_expansion(day: str, *more: str):
        """``signals add``: 深圳市甲供应有限公司 expands (扩产) on ``day``."""
        args = ("signals", "add", "深圳市甲供应有限公司", "--kind", "扩产", "--date", day, *more)
        return cli(dbpath, *args, capsys=capsys)

    day = (date.today() - timedelta(days=5)).strftime("%Y/%m/%d")
    code, out, err = add_expansion(day, "--note", "新厂")
    assert code == 0, err
    code, _, err = add_expansion((date.today() + timedelta(days=5)).isoformat())
    assert code == 2 and "今天之后" in err
    code, out, _ = cli(dbpath, "explain", "深圳市甲供应有限公司", "--json", capsys=capsys)
    rec = json.loads(out)
    assert rec["signals"][0]["kind"] == "扩产" and rec["signals"][0]["note"] == "新厂"
    assert rec["links"] == [
        {
            "partner": "东莞市锚点整车有限公司",
            "partner_id": 1,
            "matched": True,
            "relation": "供应商",
            "relation_code": "supplier",
            "source": "走访",
            "date": "2025-01-03",
        }
    ]
    assert rec["flags"] == []
    code, out, err = cli(
        dbpath, "score", "--anchor", "东莞市锚点整车有限公司", "--json", capsys=capsys
    )
    assert code == 0, err
    rows = json.loads(out)
    assert [r["relation"] for r in rows] == ["供应商", "客户"]
    assert rows[0]["name"] == "深圳市甲供应有限公司"
    code, out, _ = cli(dbpath, "score", "--anchor", "东莞市锚点整车有限公司", capsys=capsys)
    assert "以商引商" in out and out.index("深圳市甲供应") < out.index("广州市乙客户")
    code, _, err = cli(dbpath, "score", "--anchor", "没有这家", capsys=capsys)
    assert code == 2 and "找不到" in err


def test_signals_import_reports_future_rows(dbpath, tmp_path, capsys):
    future = (date.today() + timedelta(days=1)).isoformat()
    sheet = write_csv(
        tmp_path / "s.csv",
        ["firm", "kind", "date", "note"],
        [
            ["深圳市甲供应有限公司", "融资", "2024年3月1日", "B轮"],
            ["深圳市甲供应有限公司", "土地竞买", future, ""],
        ],
    )
    code, out, err = cli(dbpath, "signals", "import", str(sheet), "--json", capsys=capsys)
    assert code == 0, err
    report = json.loads(out)
    assert report["imported"] == 1 and report["future"] == 1
    assert "今天之后" in report["rejected"][0]["reason"]


def test_strategy_and_regions(dbpath, capsys):
    from app.db import Database

    code, _, err = cli(dbpath, "score", "--strategy", "强链", "--json", capsys=capsys)
    assert code == 0, err
    assert "强链" in err
    code, out, _ = cli(dbpath, "weights", "--json", capsys=capsys)
    assert json.loads(out)["strategy"] == "强链" and json.loads(out)["capability"] == 0.45
    code, _, err = cli(dbpath, "score", "--strategy", "乱链", capsys=capsys)
    assert code == 2 and "补链 / 强链 / 延链" in err
    code, _, err = cli(
        dbpath, "score", "--strategy", "延链", "--direction", "no.such", capsys=capsys
    )
    assert code == 2
    db = Database(dbpath)
    try:
        assert db.get_setting("ranking.strategy") == "强链"  # nothing written by bad input
    finally:
        db.close()
    code, out, _ = cli(dbpath, "regions", "add", "港澳", "--json", capsys=capsys)
    assert json.loads(out) == {"regions": ["深圳市", "广州市", "港澳"], "local_city": "东莞市"}
    code, _, err = cli(dbpath, "regions", "add", "东莞市", capsys=capsys)
    assert code == 2 and "本地城市" in err
    code, out, _ = cli(dbpath, "regions", capsys=capsys)
    assert "深圳市、广州市、港澳" in out
