"""Staff edits of a firm's fields (app.firm_edit) and ``chainfill firm``."""

from __future__ import annotations

import json

import pytest

from app import firm_edit, ranking, search, uscc
from app.errors import UserError
from app.firm_edit import FieldErrors, editable_fields, update_firm
from app.importing import FIELDS, field_provenance, import_firms, undo_import
from app.jobs import run_to_end
from tests.conftest import run_cli


def code(n: int) -> str:
    body = f"91440300MA{n:07d}"
    return body + uscc.check_char(body)


HEADER = [
    "企业名称",
    "企业简称",
    "统一社会信用代码",
    "所属城市",
    "所属区县",
    "注册资本",
    "参保人数",
    "营业收入(万元)",
    "研发投入占比(%)",
    "成立日期",
    "主营业务",
]
ROWS = [
    ["深圳市甲乙机器人有限公司", "甲乙机器人", code(1), "深圳市", "南山区", "5000万元", "120",
     "8000", "6.5", "2015-06-01", "工业机器人减速器和伺服电机的研发、生产"],
    ["广州丙丁电池科技有限公司", "丙丁电池", code(2), "广州市", "黄埔区", "3000", "80", "5000",
     "4", "2018-03-05", "动力电池电芯及电池管理系统"],
    ["深圳市戊己咨询有限公司", "", "", "深圳市", "福田区", "", "", "", "", "",
     "企业管理咨询"],
]  # fmt: skip


@pytest.fixture
def fdb(db, tmp_path):
    """A database with three firms brought in by the importer (provenance, text_hash, FTS)."""
    import csv

    path = tmp_path / "firms.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([HEADER, *ROWS])
    run_to_end(import_firms(db, path, source="测试名单"))
    return db


def fid(db, name: str) -> int:
    return db.scalar("SELECT id FROM firms WHERE name = ?", (name,))


ROBOT, BATTERY, CONSULT = (r[0] for r in ROWS)


def row(db, firm_id: int) -> tuple:
    return tuple(db.execute("SELECT * FROM firms WHERE id = ?", (firm_id,)).fetchone())


def fts_ids(db, text: str) -> set[int]:
    """The firms the text index finds (FTS5 on SQLite, the trigram expression on PostgreSQL)."""
    if db.is_postgres:
        clause = search.firm_clause(text, engine="postgresql")
        return {r[0] for r in db.execute(f"SELECT id FROM firms WHERE {clause.sql}", clause.params)}
    return {
        r[0] for r in db.execute("SELECT rowid FROM firms_fts WHERE firms_fts MATCH ?", (text,))
    }


# -- the field list --------------------------------------------------------------------------
def test_every_import_field_is_editable_once_with_the_importers_label():
    fields = editable_fields()
    assert [f.name for f in fields] == [f for _, _, names in firm_edit.GROUPS for f in names]
    assert sorted(f.name for f in fields) == sorted(FIELDS)
    assert all(f.label == FIELDS[f.name] for f in fields)
    assert {f.group for f in fields} == {"basic", "text", "facts"}
    by = {f.name: f for f in fields}
    assert by["registered_capital"].short_label == "注册资本"
    assert by["business_scope"].kind == "longtext"
    assert by["high_tech"].kind == "bool"


def test_field_names_labels_and_aliases():
    assert firm_edit.field_key("employees") == "employees"
    assert firm_edit.field_key("员工人数") == "employees"
    assert firm_edit.field_key("参保人数") == "employees"  # an importer alias
    assert firm_edit.field_key("注册资本(万元)") == "registered_capital"
    with pytest.raises(UserError, match="没有可修改的字段“评分”"):
        firm_edit.field_key("评分")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("registered_capital", 48955.533219),
        ("registered_capital", 5000.0),
        ("rd_ratio", 0.052),
        ("revenue_growth", -0.0312345),
        ("rd_ratio", 0.07),
        ("employees", 350),
        ("high_tech", 1),
        ("high_tech", 0),
        ("founded", "2019-03-05"),
        ("stock_code", "000001.SZ"),
        ("currency", "USD"),
    ],
)
def test_edit_text_reads_back_as_the_stored_value(field, value):
    text = firm_edit.edit_text(field, value)
    parsed = firm_edit.parse_value(field, text)
    if field == "registered_capital":
        parsed = parsed[0]
    assert parsed == pytest.approx(value) if isinstance(value, float) else parsed == value


# -- good edits --------------------------------------------------------------------------------
def test_edit_of_each_kind_is_parsed_like_an_import_cell(fdb):
    f = fid(fdb, ROBOT)
    rec = update_firm(
        fdb,
        f,
        {
            "short_name": "  甲乙  ",
            "uscc": code(7).lower(),
            "stock_code": "300001",
            "registered_capital": "1.2亿",
            "employees": "100-499人",
            "revenue": "3.5亿",
            "rd_ratio": "5.2%",
            "revenue_growth": "-3",
            "patents": "1,234",
            "high_tech": "是",
            "founded": "2015年6月2日",
            "listing_date": "20200110",
            "website": "https://example.cn",
        },
    )
    assert rec["short_name"] == "甲乙"
    assert rec["uscc"] == code(7)
    assert rec["stock_code"] == "300001.SZ"
    assert rec["registered_capital"] == 12000.0 and rec["currency"] == "CNY"
    assert rec["employees"] == 300
    assert rec["revenue"] == 35000.0
    assert rec["rd_ratio"] == pytest.approx(0.052)
    assert rec["revenue_growth"] == pytest.approx(-0.03)
    assert rec["patents"] == 1234
    assert rec["high_tech"] == 1
    assert rec["founded"] == "2015-06-02"
    assert rec["listing_date"] == "2020-01-10"
    assert rec["website"] == "https://example.cn"
    assert set(rec["changed"]) == {
        "short_name",
        "uscc",
        "stock_code",
        "registered_capital",
        "employees",
        "revenue",
        "rd_ratio",
        "revenue_growth",
        "patents",
        "high_tech",
        "founded",
        "listing_date",
        "website",
    }
    assert rec["reclassify"] is True  # the short name is classified text


def test_only_changed_fields_are_written_provenance_and_updated_at(fdb):
    f = fid(fdb, ROBOT)
    fdb.execute("UPDATE firms SET updated_at = '2020-01-01T00:00:00' WHERE id = ?", (f,))
    before = dict(fdb.execute("SELECT * FROM firms WHERE id = ?", (f,)).fetchone())
    rec = update_firm(fdb, f, {"员工人数": "150", "注册资本": "5000万", "研发投入占比": "6.5%"})
    assert rec["changed"] == ["employees"]  # the other two equal the stored values
    after = dict(fdb.execute("SELECT * FROM firms WHERE id = ?", (f,)).fetchone())
    assert after["employees"] == 150
    assert after["updated_at"] > before["updated_at"]
    differ = {k for k in before if before[k] != after[k]}
    # version: the row's new version (trigger firms_version_au), so a stale edit is refused
    assert differ == {"employees", "updated_at", "provenance", "version"}
    assert after["version"] == before["version"] + 1
    prov = json.loads(after["provenance"])
    assert prov["*"]["source"] == "测试名单"  # what the import brought is still credited
    assert prov["employees"]["source"] == firm_edit.MANUAL_SOURCE
    assert prov["employees"]["at"] == after["updated_at"]
    assert field_provenance(after["provenance"], "employees")["source"] == "人工修改"
    assert field_provenance(after["provenance"], "revenue")["source"] == "测试名单"


def test_nothing_to_change_writes_nothing(fdb):
    f = fid(fdb, ROBOT)
    before = row(fdb, f)
    audits = fdb.scalar("SELECT COUNT(*) FROM audit")
    rec = update_firm(fdb, f, {"name": ROBOT, "employees": "120", "营业收入": "8000"})
    assert rec["changed"] == [] and rec["reclassify"] is False
    assert row(fdb, f) == before
    assert fdb.scalar("SELECT COUNT(*) FROM audit") == audits


def test_clearing_a_field(fdb):
    f = fid(fdb, ROBOT)
    rec = update_firm(fdb, f, {"revenue": "", "rd_ratio": None, "注册资本": " "})
    assert rec["revenue"] is None and rec["rd_ratio"] is None
    assert rec["registered_capital"] is None and rec["currency"] is None  # goes with it
    assert set(rec["changed"]) == {"revenue", "rd_ratio", "registered_capital", "currency"}


def test_capital_currency_follows_the_amount(fdb):
    f = fid(fdb, BATTERY)
    rec = update_firm(fdb, f, {"registered_capital": "500万美元"})
    assert (rec["registered_capital"], rec["currency"]) == (500.0, "USD")
    rec = update_firm(fdb, f, {"registered_capital": "800"})  # a bare number keeps it
    assert (rec["registered_capital"], rec["currency"]) == (800.0, "USD")
    rec = update_firm(fdb, f, {"currency": "人民币"})
    assert rec["currency"] == "CNY"


def test_name_change_updates_the_key_the_search_index_and_reclassifies(fdb):
    f = fid(fdb, CONSULT)
    assert f in fts_ids(fdb, "戊己咨询")
    rec = update_firm(fdb, f, {"name": "深圳市戊己半导体（集团）有限公司"})
    assert rec["reclassify"] is True
    r = fdb.execute("SELECT name_norm, classified_at FROM firms WHERE id = ?", (f,)).fetchone()
    from app.parsing import normalise_name

    assert r["name_norm"] == normalise_name("深圳市戊己半导体(集团)有限公司")
    assert r["classified_at"] is None
    assert f in fts_ids(fdb, "戊己半导体")
    assert f not in fts_ids(fdb, "戊己咨询")
    assert [h["id"] for h in search.search(fdb, "戊己半导体")] == [f]
    assert [h["id"] for h in search.search(fdb, "戊己")] == [f]  # the short-query path too
    if not fdb.is_postgres:  # (an expression index there: nothing to fall out of step)
        fdb.execute("INSERT INTO firms_fts(firms_fts) VALUES ('integrity-check')")
    # found by the importer's name matching: a re-import merges instead of duplicating
    assert ranking.resolve_firm(fdb, "深圳市戊己半导体(集团)有限公司") == f


def test_business_text_change_marks_reclassification_with_the_importers_hash(fdb):
    from app.parsing import TEXT_HASH_FIELDS, text_hash

    f = fid(fdb, BATTERY)
    fdb.execute("UPDATE firms SET classified_at = '2026-01-01T00:00:00' WHERE id = ?", (f,))
    update_firm(fdb, f, {"main_business": "固态电池电解质材料", "industry": "电气机械和器材制造业"})
    r = dict(fdb.execute("SELECT * FROM firms WHERE id = ?", (f,)).fetchone())
    assert r["classified_at"] is None
    assert r["text_hash"] == text_hash([r[c] for c in TEXT_HASH_FIELDS])
    assert f in fts_ids(fdb, "固态电池电解质")
    # a non-text field leaves the classification alone
    fdb.execute("UPDATE firms SET classified_at = '2026-01-01T00:00:00' WHERE id = ?", (f,))
    rec = update_firm(fdb, f, {"employees": "99"})
    assert rec["reclassify"] is False
    assert fdb.scalar("SELECT classified_at FROM firms WHERE id = ?", (f,)) is not None


def test_a_confirmed_direction_stays(fdb):
    from app import classification

    f = fid(fdb, ROBOT)
    classification.record_correction(fdb, f, "equip.robot")
    fdb.execute("UPDATE firms SET classified_at = '2026-01-01T00:00:00' WHERE id = ?", (f,))
    rec = update_firm(fdb, f, {"main_business": "餐饮服务"})
    assert rec["reclassify"] is False
    r = fdb.execute(
        "SELECT direction, direction_confirmed, classified_at, main_business FROM firms "
        "WHERE id = ?",
        (f,),
    ).fetchone()
    assert tuple(r) == ("equip.robot", 1, "2026-01-01T00:00:00", "餐饮服务")


def test_audit_row_with_old_and_new_values(fdb):
    f = fid(fdb, ROBOT)
    update_firm(fdb, f, {"employees": "200", "short_name": "甲乙"})
    a = fdb.execute("SELECT * FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    assert (a["action"], a["entity"], a["entity_id"]) == ("edit", "firm", str(f))
    assert json.loads(a["detail"]) == {
        "employees": {"old": 120, "new": 200},
        "short_name": {"old": "甲乙机器人", "new": "甲乙"},
    }
    assert a["user"]


def test_an_edit_stops_the_import_being_undone_over_it(fdb):
    import_id = fdb.scalar("SELECT max(id) FROM imports")
    update_firm(fdb, fid(fdb, ROBOT), {"employees": "200"})
    # the edited firm was added by that import: undoing it would delete the edit
    with pytest.raises(UserError):
        undo_import(fdb, import_id)


def test_scores_become_stale_and_rescore_uses_the_new_facts(fdb):
    f = fid(fdb, ROBOT)
    fdb.execute("UPDATE firms SET updated_at = '2020-01-01T00:00:00'")
    run_to_end(ranking.rescore(fdb))
    cap = fdb.scalar("SELECT capability FROM scores WHERE firm_id = ?", (f,))
    assert not ranking.is_stale(fdb)
    update_firm(fdb, f, {"employees": "20000", "营业收入": "500亿", "专利数量": "3000"})
    assert ranking.is_stale(fdb)
    run_to_end(ranking.rescore(fdb))
    assert fdb.scalar("SELECT capability FROM scores WHERE firm_id = ?", (f,)) > cap


# -- bad edits: nothing written ----------------------------------------------------------------
BAD = [
    ({"uscc": code(3)[:-1] + ("0" if code(3)[-1] != "0" else "1")}, "uscc", "校验位错误"),
    ({"uscc": "12345"}, "uscc", "长度应为 18 位"),
    ({"uscc": code(2)}, "uscc", "已属于另一家企业：广州丙丁电池科技有限公司"),
    ({"employees": "-5"}, "employees", "不能为负数"),
    ({"员工人数": "很多"}, "employees", "无法识别的人数"),
    ({"registered_capital": "abc"}, "registered_capital", "不是金额"),
    ({"revenue": "-100"}, "revenue", "不能为负数"),
    ({"founded": "2019-02-30"}, "founded", "日期不存在"),
    ({"founded": "明年"}, "founded", "无法识别的日期"),
    ({"rd_ratio": "2000%"}, "rd_ratio", "比例不合理"),
    ({"patents": "1.5"}, "patents", "应为整数"),
    ({"high_tech": "也许"}, "high_tech", "应为“是”或“否”"),
    ({"name": ""}, "name", "不能为空"),
    ({"name": "   "}, "name", "不能为空"),
    ({"name": "合计"}, "name", "不像是一家企业的名称"),
    ({"currency": "贝壳"}, "currency", "无法识别的币种"),
    ({"registered_capital": "100万美元", "currency": "人民币"}, "currency", "不一致"),
    ({"main_business": "字" * 50_001}, "main_business", "内容过长"),
    # a good value with a bad one: neither is written
    ({"short_name": "新简称", "employees": "-1"}, "employees", "不能为负数"),
]


@pytest.mark.parametrize(("changes", "field", "reason"), BAD)
def test_bad_input_names_the_field_and_leaves_the_row_byte_identical(fdb, changes, field, reason):
    f = fid(fdb, ROBOT)
    before = row(fdb, f)
    audits = fdb.scalar("SELECT COUNT(*) FROM audit")
    with pytest.raises(FieldErrors) as info:
        update_firm(fdb, f, changes)
    assert field in info.value.errors
    assert reason in info.value.errors[field]
    assert FIELDS[field] in info.value.message  # the Chinese label names the field
    assert row(fdb, f) == before
    assert fdb.scalar("SELECT COUNT(*) FROM audit") == audits
    assert not fdb.conn.in_transaction


def test_currency_without_capital_is_refused(fdb):
    f = fid(fdb, CONSULT)
    with pytest.raises(FieldErrors, match="没有注册资本时不能填写币种"):
        update_firm(fdb, f, {"currency": "美元"})


def test_every_bad_field_is_reported_at_once(fdb):
    with pytest.raises(FieldErrors) as info:
        update_firm(fdb, fid(fdb, ROBOT), {"employees": "-5", "founded": "x", "uscc": "1"})
    assert set(info.value.errors) == {"employees", "founded", "uscc"}
    assert info.value.message.count("\n") == 3


def test_unknown_firm_or_field(fdb):
    with pytest.raises(UserError, match="找不到编号为 999 的企业"):
        update_firm(fdb, 999, {"employees": "5"})
    with pytest.raises(UserError, match="没有可修改的字段“score”"):
        update_firm(fdb, fid(fdb, ROBOT), {"score": "99"})
    with pytest.raises(UserError, match="给了两次"):
        update_firm(fdb, fid(fdb, ROBOT), {"employees": "5", "员工人数": "6"})


def test_own_uscc_again_is_not_a_duplicate(fdb):
    f = fid(fdb, ROBOT)
    assert update_firm(fdb, f, {"uscc": code(1)})["changed"] == []


# -- CLI --------------------------------------------------------------------------------------
def test_cli_edit_show_and_fields(fdb):
    path = str(fdb.target)
    fdb.close()
    r = run_cli(
        "--db", path, "firm", "edit", code(1), "--set", "员工人数=450", "--set",
        "主营业务=协作机器人整机", "--no-refresh", "--json",
    )  # fmt: skip
    assert r.returncode == 0, r.stderr.decode()
    rec = json.loads(r.stdout)
    assert rec["employees"] == 450 and rec["main_business"] == "协作机器人整机"
    assert rec["changed"] == ["employees", "main_business"]
    assert "已修改" in r.stderr.decode()
    r = run_cli("--db", path, "firm", "show", ROBOT, "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["employees"] == 450
    r = run_cli("--db", path, "firm", "fields", "--json")
    assert r.returncode == 0
    assert [f["field"] for f in json.loads(r.stdout)] == [f.name for f in editable_fields()]


def test_cli_show_finds_a_firm_by_its_name_in_any_case(db, tmp_path):
    """`chainfill firm show tcl科技集团股份有限公司` finds the imported TCL科技集团股份有限公司."""
    import csv

    path = tmp_path / "firms.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(
            [HEADER, ["TCL科技集团股份有限公司", "TCL科技", code(9), "惠州市", "惠城区",
                      "", "", "", "", "", "显示面板"]]
        )  # fmt: skip
    run_to_end(import_firms(db, path, source="测试名单"))
    dbpath = str(db.target)
    db.close()
    r = run_cli("--db", dbpath, "firm", "show", "tcl科技集团股份有限公司", "--json")
    assert r.returncode == 0, r.stderr.decode()
    assert json.loads(r.stdout)["name"] == "TCL科技集团股份有限公司"


def test_cli_bad_input_exits_2_and_writes_nothing(fdb):
    path = str(fdb.target)
    f = fid(fdb, ROBOT)
    before = row(fdb, f)
    fdb.close()
    cases = [
        ["firm", "edit", str(f), "--set", "员工人数=-5"],
        ["firm", "edit", str(f), "--set", f"uscc={code(2)}"],
        ["firm", "edit", str(f), "--set", "员工人数"],  # no '='
        ["firm", "edit", str(f), "--set", "评分=5"],
        ["firm", "edit", "不存在的企业", "--set", "员工人数=5"],
        ["firm", "edit", str(f)],  # --set is required
    ]
    for args in cases:
        r = run_cli("--db", path, *args)
        assert r.returncode == 2, (args, r.stderr.decode())
        assert r.stdout == b""
        err = r.stderr.decode()
        assert any("\u4e00" <= ch <= "\u9fff" for ch in err), err
    from app.db import Database

    with Database(path) as again:
        assert row(again, f) == before


def test_cli_edit_brings_classification_and_scores_up_to_date(fdb, monkeypatch, capsys):
    """Without --no-refresh the edited text is classified and the firm rescored."""
    from app import classification
    from cli import main as cli
    from scoring.training import TrainingConfig

    monkeypatch.setattr(
        classification, "TRAINING_CONFIG", TrainingConfig(docs_per_direction=80, docs_none=1600)
    )
    f = fid(fdb, CONSULT)
    path = str(fdb.target)
    fdb.close()
    argv = ["--db", path, "firm", "edit", str(f), "--json"]
    argv += ["--set", "主营业务=工业机器人谐波减速器、RV减速器和伺服电机的研发与生产"]
    assert cli.main(argv) == 0
    rec = json.loads(capsys.readouterr().out)
    assert rec["reclassify"] is True
    assert rec["direction"] == "equip.robot"
    assert rec["score"] is not None
    from app.db import Database

    with Database(path) as again:
        assert not ranking.is_stale(again)
        assert again.scalar("SELECT classified_at FROM firms WHERE id = ?", (f,)) is not None
