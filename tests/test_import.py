"""The firm importer: validation, matching and merging, transactions, undo, the CLI."""

from __future__ import annotations

import csv
import io
import json
import threading
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import uscc
from app.errors import Cancelled, UserError
from app.importing import (
    FIELDS,
    field_provenance,
    import_firms,
    preview,
    template_headers,
    undo_import,
)
from app.importing import bulk as bulk_mod
from app.importing import engine as engine_mod
from app.importing.convert import uscc_fast_valid
from app.jobs import CancelToken, run_to_end
from tests.db_helpers import count_objects, dump_text, query_plan, snapshot
from tests.db_helpers import text_index_ok as fts_ok
from tests.db_helpers import text_search_names as fts_names

DATA = Path(__file__).parent / "data"


def code(n: int, area: str = "440300") -> str:
    body = f"91{area}MA{n:07d}".replace("I", "1").replace("O", "0")
    return body + uscc.check_char(body)


def write_csv(path: Path, rows: list[list], encoding: str = "utf-8") -> Path:
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def imp(db, path, **kwargs):
    return run_to_end(import_firms(db, path, **kwargs))


def firm(db, name: str):
    row = db.conn.execute("SELECT * FROM firms WHERE name = ?", (name,)).fetchone()
    assert row is not None, name
    return row


H = ["企业名称", "统一社会信用代码", "所属城市", "注册资本", "成立日期", "参保人数", "经营范围"]


# -- basics ----------------------------------------------------------------------------------


def test_import_registry_export_fixture(db):
    report = imp(db, DATA / "qcc_export_gbk.csv")
    assert (report.read, report.added, report.rejected) == (3, 3, 0)
    assert report.read == report.added + report.updated + report.unchanged + report.rejected
    robot = firm(db, "深圳市示例精密机器人有限公司")
    assert robot["registered_capital"] == 5000.0 and robot["currency"] == "CNY"
    assert robot["employees"] == 120 and robot["founded"] == "2015-06-01"
    assert robot["city"] == "深圳市" and robot["district"] == "南山区"
    assert robot["main_business"] == "减速器、伺服电机"
    assert robot["name_norm"] == "深圳市示例精密机器人有限公司"
    battery = firm(db, "广州示例新能源电池（集团）有限公司")
    assert battery["registered_capital"] == 12000.0 and battery["employees"] == 300
    assert battery["founded"] == "2010-03-05" and battery["website"] is None
    assert battery["name_norm"] == "广州示例新能源电池(集团)有限公司"
    optics = firm(db, "东莞示例光电科技有限公司")
    assert optics["registered_capital"] == 800.0 and optics["currency"] == "USD"
    assert optics["employees"] == 25
    # Personal contact data never reaches the firms table.
    dump = dump_text(db)
    assert "demo@example.com" not in dump and "0755-12345678" not in dump
    assert any("电话" in i for i in report.ignored) and any("邮箱" in i for i in report.ignored)
    # Search index, import record, changes and audit.
    assert fts_names(db, "减速器") == ["深圳市示例精密机器人有限公司"]
    fts_ok(db)
    row = db.conn.execute("SELECT * FROM imports WHERE id = ?", (report.import_id,)).fetchone()
    assert (row["read"], row["added"], row["status"]) == (3, 3, "done")
    assert json.loads(row["report"])["added"] == 3
    assert (
        db.scalar("SELECT count(*) FROM import_changes WHERE import_id = ?", (report.import_id,))
        == 3
    )
    assert db.scalar("SELECT count(*) FROM audit WHERE action = 'import'") == 1
    assert robot["classified_at"] is None and robot["text_hash"]
    prov = json.loads(robot["provenance"])
    assert field_provenance(prov, "city") == {
        "source": "qcc_export_gbk.csv",
        "at": robot["imported_at"],
        "import": report.import_id,
    }


def test_import_xlsx_exchange_list_with_title_row(db):
    report = imp(db, DATA / "szse_list_title.xlsx", source="深交所 A股列表")
    assert report.added == 3 and report.header_row == 2
    a = firm(db, "示例智造股份有限公司")
    assert a["stock_code"] == "000001.SZ" and a["listing_date"] == "2001-08-27"
    assert a["short_name"] == "示例智造" and a["source"] == "深交所 A股列表"
    assert firm(db, "示例医疗器械股份有限公司")["listing_date"] == "2021-07-01"
    assert firm(db, "示例医疗器械股份有限公司")["stock_code"] == "688999.SH"


def test_shared_data_english_headers_and_units(db, tmp_path):
    path = write_csv(
        tmp_path / "e.csv",
        [
            ["name", "registered_capital", "revenue", "employees", "listing_date"],
            ["甲股份有限公司", "63828.0604", "489555332.19", "145", "1994-08-15"],
        ],
    )
    imp(db, path)
    row = firm(db, "甲股份有限公司")
    assert row["registered_capital"] == 63828.0604  # 万元 as the README says
    assert row["revenue"] == pytest.approx(48955.533219)  # 元 -> 万元
    assert row["employees"] == 145


def test_header_unit_hints(db, tmp_path):
    path = write_csv(
        tmp_path / "u.csv",
        [
            ["企业名称", "营业收入(元)", "注册资本（亿元）", "研发投入占比(%)", "营收增长率"],
            ["甲有限公司", "12,345,678", "1.5", "0.5", "12%"],
            ["乙有限公司", "100000000", "2", "8", "-3.5%"],
        ],
    )
    imp(db, path)
    a, b = firm(db, "甲有限公司"), firm(db, "乙有限公司")
    assert a["revenue"] == pytest.approx(1234.5678) and a["registered_capital"] == 15000.0
    assert a["rd_ratio"] == pytest.approx(0.005) and a["revenue_growth"] == pytest.approx(0.12)
    assert b["revenue"] == 10000.0 and b["rd_ratio"] == pytest.approx(0.08)
    assert b["revenue_growth"] == pytest.approx(-0.035)


def test_template_round_trip(db, tmp_path):
    values = {
        "name": "模板示例科技有限公司",
        "short_name": "模板示例",
        "uscc": code(42),
        "stock_code": "300001",
        "legal_rep": "张三",
        "firm_type": "有限责任公司",
        "industry": "软件和信息技术服务业",
        "province": "广东省",
        "city": "深圳市",
        "district": "南山区",
        "address": "广东省深圳市南山区某路1号",
        "founded": "2012-01-31",
        "registered_capital": "1000",
        "currency": "人民币",
        "employees": "88",
        "revenue": "5000",
        "revenue_growth": "15",
        "rd_ratio": "6.5",
        "patents": "12",
        "high_tech": "是",
        "listing": "创业板",
        "listing_date": "2009-10-30",
        "main_business": "工业软件",
        "business_scope": "软件开发",
        "introduction": "一家示例企业。",
        "website": "https://example.com",
    }
    path = write_csv(tmp_path / "t.csv", [template_headers(), [values[f] for f in FIELDS]])
    report = imp(db, path)
    assert report.added == 1 and not report.ignored
    row = firm(db, "模板示例科技有限公司")
    assert row["stock_code"] == "300001.SZ" and row["currency"] == "CNY"
    assert row["revenue_growth"] == pytest.approx(0.15) and row["rd_ratio"] == pytest.approx(0.065)
    assert row["high_tech"] == 1 and row["patents"] == 12 and row["employees"] == 88


# -- row-level rejects -----------------------------------------------------------------------


def test_row_rejects_with_reasons(db, tmp_path):
    rows = [
        H,
        ["好企业有限公司", code(1), "深圳市", "100万元", "2019-03-05", "10", "研发"],
        ["坏日期有限公司", "", "深圳市", "100万元", "2019-02-30", "10", ""],
        ["坏代码有限公司", "91440300MA5EXAMP0X", "深圳市", "", "", "", ""],
        ["负资本有限公司", "", "深圳市", "-5万元", "", "", ""],
        ["巨资本有限公司", "", "深圳市", "5000000亿元", "", "", ""],
        ["巨人数有限公司", "", "深圳市", "", "", "3000000", ""],
        ["古老有限公司", "", "深圳市", "", "1850-01-01", "", ""],
        ["未来有限公司", "", "深圳市", "", "2999-01-01", "", ""],
        ["", code(9), "深圳市", "", "", "", "没有名称"],
        ["合计", "", "", "", "", "", ""],
    ]
    path = write_csv(tmp_path / "r.csv", rows)
    rejects_csv = tmp_path / "rejects.csv"
    report = imp(db, path, rejects_path=rejects_csv)
    assert (report.read, report.added, report.rejected) == (10, 1, 9)
    by_row = {r.row: r for r in report.rejects}
    assert by_row[3].column == "成立日期" and "2019年2月没有30日" in by_row[3].reason
    assert by_row[4].column == "统一社会信用代码" and "校验位" in by_row[4].reason
    assert by_row[5].column == "注册资本" and "负数" in by_row[5].reason
    assert "过大" in by_row[6].reason
    assert by_row[7].column == "参保人数" and "人数过大" in by_row[7].reason
    assert "早于" in by_row[8].reason and "晚于" in by_row[9].reason
    assert "为空（企业名称必须填写）" in by_row[10].reason
    assert "不像是一家企业的名称" in by_row[11].reason
    assert all(r.reason.startswith(r.column) for r in report.rejects)
    raw = rejects_csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert lines[0] == ["行号", "列", "值", "原因"]
    assert len(lines) == 10 and lines[1][0] == "3"
    assert db.scalar("SELECT count(*) FROM firms") == 1


def test_an_empty_uscc_is_allowed(db, tmp_path):
    path = write_csv(tmp_path / "e.csv", [H, ["无代码有限公司", "", "深圳市", "", "", "", ""]])
    assert imp(db, path).added == 1
    assert firm(db, "无代码有限公司")["uscc"] is None


def test_a_10_mb_cell_rejects_its_row_only(db, tmp_path):
    path = tmp_path / "big.csv"
    big = "研发" * (5 * 1024 * 1024)
    path.write_text(f'企业名称,经营范围\n甲有限公司,"{big}"\n乙有限公司,短\n', encoding="utf-8")
    report = imp(db, path)
    assert (report.added, report.rejected) == (1, 1)
    assert "内容过长" in report.rejects[0].reason
    assert len(report.rejects[0].value) < 1000  # the report does not carry 10 MB


def test_formula_like_text_is_stored_as_plain_text(db, tmp_path):
    formula = '=HYPERLINK("http://evil.example","点我")'
    rows = [
        ["企业名称", "经营范围", "主营产品", "注册地址"],
        ["公式测试有限公司", formula, "+cmd|' /C calc'!A0", "@SUM(1+1)"],
    ]
    report = imp(db, write_csv(tmp_path / "f.csv", rows))
    assert report.added == 1
    row = firm(db, "公式测试有限公司")
    assert row["business_scope"] == formula
    assert row["main_business"] == "+cmd|' /C calc'!A0" and row["address"] == "@SUM(1+1)"


def test_rejects_csv_escapes_formula_values(db, tmp_path):
    rows = [["企业名称", "成立日期"], ["甲有限公司", "=1+2"]]
    out = tmp_path / "rej.csv"
    imp(db, write_csv(tmp_path / "f.csv", rows), rejects_path=out)
    line = out.read_text(encoding="utf-8-sig").splitlines()[1]
    assert "'=1+2" in line


def test_rejects_csv_escapes_like_every_export(db, tmp_path):
    """The rejects file escapes as privacy.csv_safe_row does: a formula behind a space is
    still a formula to a spreadsheet; a negative number stays a number."""
    import csv

    rows = [["企业名称", "成立日期", "员工人数"], ["甲有限公司", " =1+2", "-3.5"]]
    out = tmp_path / "rej.csv"
    imp(db, write_csv(tmp_path / "f.csv", rows), rejects_path=out)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        values = [r[2] for r in list(csv.reader(fh))[1:]]
    assert "' =1+2" in values and "-3.5" in values


def test_nul_and_control_characters_are_stripped(db, tmp_path):
    path = tmp_path / "c.csv"
    path.write_bytes("企业名称,经营范围\n甲\x00有限公司,电子\x07产品\x1b研发\n".encode())
    imp(db, path)
    assert firm(db, "甲有限公司")["business_scope"] == "电子产品研发"


# -- matching and merging --------------------------------------------------------------------


def test_duplicate_rows_in_one_file(db, tmp_path):
    row = ["重复有限公司", code(5), "深圳市", "100万元", "2019-03-05", "10", "研发"]
    report = imp(db, write_csv(tmp_path / "d.csv", [H, row, row]))
    assert (report.added, report.unchanged, report.updated) == (1, 1, 0)
    assert db.scalar("SELECT count(*) FROM firms") == 1


@pytest.mark.parametrize("fts_chunk", [1, 2, 100_000])
def test_duplicate_rows_across_batches(db, tmp_path, monkeypatch, fts_chunk):
    monkeypatch.setattr(engine_mod, "BATCH", 3)
    monkeypatch.setattr(bulk_mod, "FTS_CHUNK", fts_chunk)  # indexed before the change, or after
    rows = [H] + [[f"企业{i}有限公司", code(i), "深圳市", "", "", "", ""] for i in range(7)]
    rows += [["企业1有限公司", code(1), "深圳市", "", "", "20", "补充的经营范围"]]
    report = imp(db, write_csv(tmp_path / "d.csv", rows))
    assert (report.added, report.updated, report.unchanged) == (7, 1, 0)
    row = firm(db, "企业1有限公司")
    assert row["employees"] == 20 and row["business_scope"] == "补充的经营范围"
    assert fts_names(db, "补充的经营范围") == ["企业1有限公司"]
    fts_ok(db)


def test_schema_and_search_after_imports_into_empty_and_filled_tables(db, tmp_path, monkeypatch):
    schema = snapshot(db)["schema"]
    monkeypatch.setattr(engine_mod, "BATCH", 4)
    monkeypatch.setattr(bulk_mod, "FTS_CHUNK", 6)
    first = [H] + [
        [f"甲{i}有限公司", code(300 + i), "深圳市", "", "", "", f"锂电池{i}"] for i in range(9)
    ]
    imp(db, write_csv(tmp_path / "1.csv", first))  # empty table: indexes deferred
    assert snapshot(db)["schema"] == schema
    second = [H] + [
        [f"乙{i}有限公司", code(400 + i), "广州市", "", "", "", f"储能{i}"] for i in range(9)
    ]
    second += [["甲3有限公司", code(303), "深圳市", "", "", "77", ""]]  # a later batch, old firm
    second += [["乙1有限公司", code(401), "广州市", "", "", "5", ""]]  # a later batch, new firm
    second += [["丙有限公司", code(402), "广州市", "", "", "", ""]]  # same code, other name
    r = imp(db, write_csv(tmp_path / "2.csv", second))
    assert (r.added, r.updated, r.rejected) == (9, 2, 1)
    assert snapshot(db)["schema"] == schema
    assert firm(db, "甲3有限公司")["employees"] == 77 and firm(db, "乙1有限公司")["employees"] == 5
    # The scores trigger was dropped for the load: every new firm still has its scores row.
    assert db.scalar("SELECT count(*) FROM scores") == db.scalar("SELECT count(*) FROM firms") == 18
    assert fts_names(db, "锂电池3") == ["甲3有限公司"] and fts_names(db, "储能8") == ["乙8有限公司"]
    fts_ok(db)
    assert "firms_uscc" in query_plan(db, "SELECT id FROM firms WHERE uscc = 'x'")


def test_same_uscc_different_names_in_one_file(db, tmp_path):
    rows = [
        H,
        ["先出现有限公司", code(7), "深圳市", "", "", "", ""],
        ["后出现有限公司", code(7), "广州市", "", "", "", ""],
    ]
    report = imp(db, write_csv(tmp_path / "s.csv", rows))
    assert (report.added, report.rejected) == (1, 1)
    reject = report.rejects[0]
    assert reject.row == 3 and reject.column == "统一社会信用代码"
    assert "先出现有限公司" in reject.reason and "保留先出现的一行" in reject.reason
    assert firm(db, "先出现有限公司")["city"] == "深圳市"


def test_same_name_different_usccs_are_two_firms(db, tmp_path):
    rows = [H, ["同名有限公司", code(11), "深圳市", "", "", "", ""]]
    rows.append(["同名有限公司", code(12), "广州市", "", "", "", ""])
    assert imp(db, write_csv(tmp_path / "n.csv", rows)).added == 2


def test_merge_fills_empty_fields_and_lists_conflicts(db, tmp_path):
    first = [H, ["合并测试（深圳）有限公司", code(20), "深圳市", "", "2010-01-01", "", "锂电池"]]
    r1 = imp(db, write_csv(tmp_path / "1.csv", first), source="第一份")
    before = firm(db, "合并测试（深圳）有限公司")
    db.conn.execute("UPDATE firms SET classified_at = '2024-01-01T00:00:00'")
    second = [
        H,
        ["合并测试(深圳) 有限公司", code(20), "广州市", "500万元", "2010-01-01", "88", "锂电池"],
    ]
    r2 = imp(db, write_csv(tmp_path / "2.csv", second), source="第二份")
    assert (r2.updated, r2.added) == (1, 0)
    after = firm(db, "合并测试（深圳）有限公司")  # the name's bracket width is not a conflict
    assert after["id"] == before["id"]
    assert after["city"] == "广州市" and after["registered_capital"] == 500.0
    assert after["employees"] == 88
    assert [(c.field, c.old, c.new) for c in r2.conflicts] == [("city", "深圳市", "广州市")]
    assert r2.conflicts[0].firm == "合并测试（深圳）有限公司" and r2.conflicts[0].row == 2
    # Text unchanged: the classification stays valid.
    assert after["classified_at"] == "2024-01-01T00:00:00"
    assert after["text_hash"] == before["text_hash"]
    prov = json.loads(after["provenance"])
    assert field_provenance(prov, "city")["source"] == "第二份"
    assert field_provenance(prov, "employees")["import"] == r2.import_id
    assert field_provenance(prov, "founded")["source"] == "第一份"
    assert after["updated_at"] >= before["updated_at"]
    change = db.conn.execute(
        "SELECT action, before FROM import_changes WHERE import_id = ?", (r2.import_id,)
    ).fetchone()
    assert change["action"] == "updated"
    old = json.loads(change["before"])
    assert old["city"] == "深圳市" and old["employees"] is None
    assert r1.import_id != r2.import_id


def test_text_change_resets_classification_but_not_confirmed_direction(db, tmp_path):
    rows = [H, ["文本变化有限公司", code(30), "深圳市", "", "", "", "锂电池"]]
    imp(db, write_csv(tmp_path / "1.csv", rows))
    db.conn.execute(
        "UPDATE firms SET classified_at = '2024-01-01', direction = 'D1', segment = 'S1', "
        "direction_confirmed = 1"
    )
    old_hash = firm(db, "文本变化有限公司")["text_hash"]
    rows = [H, ["文本变化有限公司", code(30), "深圳市", "", "", "", "储能系统集成"]]
    report = imp(db, write_csv(tmp_path / "2.csv", rows))
    row = firm(db, "文本变化有限公司")
    assert report.updated == 1 and row["business_scope"] == "储能系统集成"
    assert row["classified_at"] is None and row["text_hash"] != old_hash
    assert (row["direction"], row["segment"], row["direction_confirmed"]) == ("D1", "S1", 1)
    assert fts_names(db, "储能系统") == ["文本变化有限公司"]
    assert fts_names(db, "锂电池") == []
    fts_ok(db)


def test_match_by_name_only_when_uscc_allows(db, tmp_path):
    imp(db, write_csv(tmp_path / "1.csv", [H, ["名称匹配有限公司", "", "深圳市", "", "", "", ""]]))
    # A row with a USCC matches the firm without one by name and fills the code in.
    r = imp(
        db, write_csv(tmp_path / "2.csv", [H, ["名称匹配有限公司", code(40), "", "", "", "", ""]])
    )
    assert r.updated == 1 and firm(db, "名称匹配有限公司")["uscc"] == code(40)
    # Same name, a different USCC: another firm.
    r = imp(
        db, write_csv(tmp_path / "3.csv", [H, ["名称匹配有限公司", code(41), "", "", "", "", ""]])
    )
    assert r.added == 1
    # No USCC in the row: matched by name (the first firm of that name).
    r = imp(db, write_csv(tmp_path / "4.csv", [H, ["名称匹配有限公司", "", "", "", "", "9", ""]]))
    assert (r.added, r.updated) == (0, 1)


def test_a_renamed_firm_is_matched_by_uscc(db, tmp_path):
    imp(
        db, write_csv(tmp_path / "1.csv", [H, ["旧名有限公司", code(50), "深圳市", "", "", "", ""]])
    )
    r = imp(
        db, write_csv(tmp_path / "2.csv", [H, ["新名有限公司", code(50), "深圳市", "", "", "", ""]])
    )
    assert r.updated == 1 and r.conflicts[0].field == "name"
    row = firm(db, "新名有限公司")
    assert row["name_norm"] == "新名有限公司"
    assert fts_names(db, "新名有限") == ["新名有限公司"] and fts_names(db, "旧名有限") == []
    fts_ok(db)


def test_reimport_changes_nothing(db, tmp_path):
    path = DATA / "qcc_export_gbk.csv"
    imp(db, path)
    firms_before = [tuple(r) for r in db.conn.execute("SELECT * FROM firms ORDER BY id")]
    fts_before = snapshot(db)
    report = imp(db, path)
    assert (report.added, report.updated, report.unchanged) == (0, 0, 3)
    assert [tuple(r) for r in db.conn.execute("SELECT * FROM firms ORDER BY id")] == firms_before
    after = snapshot(db)
    for table in after:
        if table.startswith("firms"):
            assert after[table] == fts_before[table], table


# -- transactions ----------------------------------------------------------------------------


def _many_rows(tmp_path, n=30, offset=0):
    rows = [H] + [
        [
            f"批量{i}号有限公司",
            code(1000 + i),
            "深圳市",
            "10万元",
            "2015-01-01",
            "5",
            f"产品{i}研发",
        ]
        for i in range(offset, offset + n)
    ]
    return write_csv(tmp_path / f"many{offset}.csv", rows)


def test_cancel_mid_import_leaves_the_database_unchanged(db, tmp_path, monkeypatch):
    imp(db, DATA / "qcc_export_gbk.csv")
    before = snapshot(db)
    monkeypatch.setattr(engine_mod, "BATCH", 5)
    token = CancelToken()
    job = import_firms(db, _many_rows(tmp_path), cancel=token)
    next(job)  # started
    next(job)  # one batch written inside the transaction
    assert db.conn.in_transaction
    token.cancel()
    with pytest.raises(Cancelled):
        run_to_end(job)
    assert not db.conn.in_transaction
    assert snapshot(db) == before
    fts_ok(db)


def test_abandoned_job_and_crash_roll_back(db, tmp_path, monkeypatch):
    before = snapshot(db)
    monkeypatch.setattr(engine_mod, "BATCH", 5)
    job = import_firms(db, _many_rows(tmp_path))
    next(job)
    next(job)
    job.close()  # the UI dropped the job
    assert snapshot(db) == before

    calls = {"n": 0}
    original = engine_mod.Importer._write

    def failing(self, inserts, updates):
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("disk on fire")
        return original(self, inserts, updates)

    monkeypatch.setattr(engine_mod.Importer, "_write", failing)
    with pytest.raises(RuntimeError):
        imp(db, _many_rows(tmp_path))
    assert snapshot(db) == before


def test_a_failure_on_the_writer_thread_rolls_back(db, tmp_path, monkeypatch):
    """The loader's helper thread inserts and FTS-indexes (SQLite) or sends the COPYs
    (PostgreSQL) while the caller converts the next rows: its failure rolls back it all."""
    imp(db, DATA / "qcc_export_gbk.csv")
    before = snapshot(db)
    monkeypatch.setattr(engine_mod, "BATCH", 5)
    monkeypatch.setattr(bulk_mod, "FTS_CHUNK", 5)
    calls = {"n": 0}
    owner, name = (type(db.conn), "copy") if db.is_postgres else (bulk_mod.BulkLoader, "_fts_index")
    original = getattr(owner, name)

    def failing(*args):
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError("database or disk is full")
        return original(*args)

    monkeypatch.setattr(owner, name, failing)
    with pytest.raises(OSError, match="disk is full"):
        imp(db, _many_rows(tmp_path))
    assert snapshot(db) == before
    assert not db.conn.in_transaction
    assert all(t.name != "chainfill-import" for t in threading.enumerate())


@pytest.mark.postgresql("SQLite has no foreign key to drop (it checks them by PRAGMA only)")
def test_an_import_into_an_empty_table_checks_the_change_log_at_the_end(db, tmp_path):
    """The change log's foreign keys are dropped for the import into an empty table and
    re-created (checking every row once): still there after it, and still enforced."""
    fks = "SELECT conname FROM pg_constraint WHERE conrelid = 'import_changes'::regclass AND contype = 'f'"
    before = [r[0] for r in db.query(fks)]
    assert before
    report = imp(db, _many_rows(tmp_path))
    assert report.added == 30
    assert [r[0] for r in db.query(fks)] == before
    assert (
        db.scalar("SELECT count(*) FROM import_changes WHERE import_id = ?", (report.import_id,))
        == 30
    )
    with pytest.raises(Exception, match="foreign key"), db.write():
        db.conn.execute(
            "INSERT INTO import_changes (import_id, firm_id, action) VALUES (999, 1, 'added')"
        )


def test_dry_run_writes_nothing(db, tmp_path):
    imp(db, DATA / "qcc_export_gbk.csv")
    before = snapshot(db)
    rejects = tmp_path / "rej.csv"
    report = imp(db, _many_rows(tmp_path), dry_run=True, rejects_path=rejects)
    assert (report.read, report.added, report.dry_run, report.import_id) == (30, 30, True, None)
    assert snapshot(db) == before
    assert rejects.exists()  # the rejects file is the person's, not the database's


def test_dry_run_inside_an_outer_transaction(db, tmp_path):
    triggers = count_objects(db, "trigger")
    with db.write():
        db.conn.execute("INSERT INTO settings (key, value) VALUES ('k', '1')")
        report = imp(db, _many_rows(tmp_path, n=5), dry_run=True)
        assert report.added == 5
        assert db.scalar("SELECT count(*) FROM firms") == 0
        assert count_objects(db, "trigger") == triggers
    assert db.scalar("SELECT value FROM settings WHERE key = 'k'") == "1"


def test_file_level_error_writes_nothing(db, tmp_path):
    before = snapshot(db)
    path = tmp_path / "q.csv"
    path.write_text('企业名称,所属城市\n甲有限公司,深圳市\n乙有限公司,"广州市\n', encoding="utf-8")
    rejects = tmp_path / "rej.csv"
    with pytest.raises(UserError, match="引号"):
        imp(db, path, rejects_path=rejects)
    assert snapshot(db) == before
    assert not rejects.exists() and not (tmp_path / "rej.csv.part").exists()


def test_header_without_name_column_is_refused(db, tmp_path):
    path = write_csv(tmp_path / "n.csv", [["统一社会信用代码", "所属城市"], [code(1), "深圳市"]])
    before = snapshot(db)
    with pytest.raises(UserError, match="企业名称"):
        imp(db, path)
    assert snapshot(db) == before


def test_user_mapping(db, tmp_path):
    path = write_csv(
        tmp_path / "m.csv", [["名头", "地方", "电话"], ["映射有限公司", "东莞市", "123"]]
    )
    with pytest.raises(UserError):
        imp(db, path)
    p = preview(path, mapping={0: "name", 1: "city"})
    assert p.mapping == {0: "name", 1: "city", 2: None}
    report = imp(db, path, mapping={0: "name", 1: "city"})
    assert report.added == 1 and firm(db, "映射有限公司")["city"] == "东莞市"
    with pytest.raises(UserError, match="同时对应"):
        imp(db, path, mapping={0: "name", 1: "name"})
    with pytest.raises(UserError, match="不存在"):
        imp(db, path, mapping={0: "name", 1: "colour"})


def test_preview(tmp_path):
    rows = [["名单"], H, ["预览有限公司", "bad", "深圳市", "", "2019-02-30", "", ""]]
    p = preview(write_csv(tmp_path / "p.csv", rows, "gbk"))
    assert p.header_row == 2 and p.format == "csv" and "GBK" in p.encoding_label
    assert p.mapping[0] == "name" and p.headers == H
    assert p.sample == [rows[2]]
    assert any("第 3 行" in x and "统一社会信用代码" in x for x in p.problems)
    assert any("2019年2月没有30日" in x for x in p.problems)


# -- undo ------------------------------------------------------------------------------------


def test_undo_restores_the_database(db, tmp_path):
    imp(
        db,
        write_csv(
            tmp_path / "0.csv",
            [H, ["撤销测试有限公司", code(60), "深圳市", "", "", "", "旧经营范围"]],
        ),
    )
    before = snapshot(db)
    version_before = firm(db, "撤销测试有限公司")["version"]
    rows = [
        H,
        ["撤销测试有限公司", code(60), "广州市", "300万元", "", "", "新经营范围"],
        ["新来的有限公司", code(61), "东莞市", "", "", "", "新增企业"],
    ]
    report = imp(db, write_csv(tmp_path / "1.csv", rows))
    assert (report.added, report.updated) == (1, 1)
    result = undo_import(db, report.import_id)
    assert result == {"import_id": report.import_id, "deleted": 1, "restored": 1}
    row = firm(db, "撤销测试有限公司")
    assert (row["city"], row["registered_capital"], row["business_scope"]) == (
        "深圳市",
        None,
        "旧经营范围",
    )
    assert fts_names(db, "旧经营范围") == ["撤销测试有限公司"] and fts_names(db, "新增企业") == []
    fts_ok(db)
    # Every firm column is back but the version: the row did change twice, and an edit made
    # against the imported version must be refused (versions only grow; app.people).
    assert firm(db, "撤销测试有限公司")["version"] > version_before
    db.conn.execute("UPDATE firms SET version = ?", (version_before,))
    assert snapshot(db)["firms"] == before["firms"]
    # The search index is back logically (FTS5 rewrites segments).
    assert (
        db.conn.execute("SELECT status FROM imports WHERE id = ?", (report.import_id,)).fetchone()[
            0
        ]
        == "undone"
    )
    with pytest.raises(UserError, match="已经撤销"):
        undo_import(db, report.import_id)


def test_undo_refuses_when_a_later_import_touched_the_firms(db, tmp_path):
    r1 = imp(
        db, write_csv(tmp_path / "1.csv", [H, ["先后有限公司", code(70), "深圳市", "", "", "", ""]])
    )
    r2 = imp(
        db,
        write_csv(tmp_path / "2.csv", [H, ["先后有限公司", code(70), "深圳市", "", "", "9", ""]]),
    )
    before = snapshot(db)
    with pytest.raises(UserError, match=f"第 {r2.import_id} 次导入"):
        undo_import(db, r1.import_id)
    assert snapshot(db) == before
    undo_import(db, r2.import_id)
    assert undo_import(db, r1.import_id)["deleted"] == 1
    assert db.scalar("SELECT count(*) FROM firms") == 0


def _edited_firm(db, tmp_path):
    imp(
        db, write_csv(tmp_path / "0.csv", [H, ["手工有限公司", code(85), "深圳市", "", "", "", ""]])
    )
    r = imp(
        db, write_csv(tmp_path / "1.csv", [H, ["手工有限公司", code(85), "广州市", "", "", "", ""]])
    )
    return r, firm(db, "手工有限公司")["id"]


def test_undo_is_not_blocked_by_outreach_on_the_firm(db, tmp_path):
    r, firm_id = _edited_firm(db, tmp_path)
    with db.write():
        db.audit("stage", "firm", firm_id, {"to": "lead"})  # not an edit of imported fields
    assert undo_import(db, r.import_id)["restored"] == 1
    assert firm(db, "手工有限公司")["city"] == "深圳市"


def test_undo_refuses_after_a_manual_edit(db, tmp_path):
    r, firm_id = _edited_firm(db, tmp_path)
    with db.write():
        db.conn.execute("UPDATE firms SET city = '佛山市' WHERE id = ?", (firm_id,))
        db.audit("edit", "firm", firm_id, {"city": {"old": "广州市", "new": "佛山市"}})
    with pytest.raises(UserError, match="修改过"):
        undo_import(db, r.import_id)
    assert firm(db, "手工有限公司")["city"] == "佛山市"


def test_undo_refuses_when_an_added_firm_is_in_use(db, tmp_path):
    r = imp(
        db, write_csv(tmp_path / "1.csv", [H, ["在用有限公司", code(80), "深圳市", "", "", "", ""]])
    )
    firm_id = firm(db, "在用有限公司")["id"]
    db.conn.execute(
        "INSERT INTO pipeline (firm_id, stage, updated_at) VALUES (?, 'lead', '2024-01-01')",
        (firm_id,),
    )
    with pytest.raises(UserError, match="不能撤销"):
        undo_import(db, r.import_id)
    with pytest.raises(UserError, match="没有编号"):
        undo_import(db, 999)


# -- real data ---------------------------------------------------------------------------------


@pytest.mark.shared
def test_real_shared_data(db, shared_data):
    first = imp(db, shared_data / "sz_gz_companies.csv")
    assert (first.read, first.added, first.rejected) == (581, 581, 0)
    again = imp(db, shared_data / "sz_gz_companies.csv")
    assert (again.added, again.updated, again.unchanged) == (0, 0, 581)
    dg = imp(db, shared_data / "dg_companies.csv")
    assert (dg.added, dg.rejected) == (64, 0)
    assert db.scalar("SELECT count(*) FROM firms") == 645
    vanke = firm(db, "万科企业股份有限公司")
    assert vanke["stock_code"] == "000002.SZ" and vanke["registered_capital"] == 1193070.9471
    assert vanke["revenue"] == pytest.approx(343176440712.96 / 1e4)
    assert "万科企业股份有限公司" in fts_names(db, "物业服务")
    fts_ok(db)


# -- fuzz ------------------------------------------------------------------------------------


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.one_of(
        st.binary(max_size=600),
        st.builds(
            lambda body: "企业名称,统一社会信用代码,注册资本,成立日期\n".encode() + body,
            st.binary(max_size=300),
        ),
        st.builds(
            lambda text: ("企业名称,注册资本,成立日期,参保人数\n" + text).encode("utf-8"),
            st.text(
                alphabet=st.sampled_from('甲乙丙有限公司,"\n\r-万亿元2019年月日0123456789.%='),
                max_size=200,
            ),
        ),
    )
)
def test_fuzz_random_files(db, tmp_path, content):
    path = tmp_path / "fuzz.csv"
    path.write_bytes(content)
    before = snapshot(db)
    try:
        report = imp(db, path)
    except UserError as exc:
        assert exc.message
        assert snapshot(db) == before
    else:
        assert report.read == report.added + report.updated + report.unchanged + report.rejected
        fts_ok(db)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789ABCDEFGHJKLMNPQRTUWXYIOZSV", min_size=16, max_size=19))
def test_fast_uscc_check_agrees_with_app_uscc(text):
    assert uscc_fast_valid(text) == uscc.is_valid(text)


def test_fast_uscc_check_on_valid_codes():
    for n in range(200):
        assert uscc_fast_valid(code(n))


def test_xlsx_import_rejects_and_numbers(db, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["企业名称", "注册资本(万元)", "成立日期", "统一社会信用代码"])
    ws.append(["数字有限公司", 1500, 43529, code(90)])
    ws.append(["坏日期有限公司", 10, "2019-02-30", None])
    path = tmp_path / "n.xlsx"
    wb.save(path)
    report = imp(db, path)
    assert (report.added, report.rejected) == (1, 1)
    row = firm(db, "数字有限公司")
    assert row["registered_capital"] == 1500.0 and row["founded"] == "2019-03-05"


@pytest.mark.parametrize(
    "header",
    [
        ["单位名称", "所在地区", "经营范围", "注册资本"],
        ["企业名称", "所在城市", "经营范围", "注册资本"],
        ["企业", "城市", "经营范围", "注册资本"],
        ["公司", "城市", "经营范围", "注册资本"],
        ["单位", "地区", "经营范围", "注册资本"],
    ],
)
def test_usual_government_headers_are_recognised(db, tmp_path, header):
    path = write_csv(
        tmp_path / "g.csv", [header, ["东莞市惯用表头有限公司", "东莞市", "模具", "100"]]
    )
    p = preview(path)
    assert p.mapping[0] == "name" and p.mapping[1] == "city" and not p.problems
    report = imp(db, path)
    assert report.added == 1 and firm(db, "东莞市惯用表头有限公司")["city"] == "东莞市"


def test_preview_without_any_known_header_still_shows_every_column(tmp_path):
    path = write_csv(tmp_path / "u.csv", [["名头", "地方"], ["映射有限公司", "东莞市"]])
    p = preview(path)
    assert p.headers == ["名头", "地方"] and p.mapping == {0: None, 1: None}
    assert p.sample == [["映射有限公司", "东莞市"]]
    assert any("没有认出表头" in problem for problem in p.problems)


def test_mapping_from_pairs(tmp_path):
    from app.importing import mapping_from_pairs

    path = write_csv(
        tmp_path / "m.csv", [["名头", "所在城市", "资本"], ["映射有限公司", "东莞市", "5"]]
    )
    assert mapping_from_pairs(path, ["名头=企业名称", "资本=注册资本"]) == {
        0: "name",
        1: "city",
        2: "registered_capital",
    }
    # A field given by hand is taken from the column it was detected in.
    assert mapping_from_pairs(path, ["名头=name", "资本=所属城市"]) == {
        0: "name",
        1: None,
        2: "city",
    }
    assert mapping_from_pairs(path, ["#1=name", "所在城市=不导入"]) == {0: "name", 1: None, 2: None}
