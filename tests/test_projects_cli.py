"""chainfill projects …: the JSON shapes of design.md §5, exit codes, nothing written on errors."""

from __future__ import annotations

import json
from datetime import date

import openpyxl

from app.db import Database
from tests.conftest import run_cli
from tests.test_projects_evaluation import EVALUATION_FIELDS
from tests.test_projects_import import AGREEMENT, fill_template, report_row

STATUSES = {"met", "at_risk", "missed", "pending"}
INDICATORS = {
    "output_per_mu",  # 亩均产值 (issue #17): computed and shown, weight 0 by default
    "tax_per_mu",
    "value_added_per_mu",
    "labour_productivity",
    "value_added_per_energy",
    "value_added_per_emission",
    "rd_ratio",
}


def cli(*args: str):
    proc = run_cli(*args)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


def test_template_import_status_round_trip(tmp_path):
    db = str(tmp_path / "p.sqlite")
    code, _, err = cli("--db", db, "projects", "template", "--out", str(tmp_path / "模板.xlsx"))
    assert code == 0 and "已生成导入模板" in err
    assert openpyxl.load_workbook(tmp_path / "模板.xlsx").sheetnames == [
        "项目协议",
        "年度报表",
        "填写说明",
    ]

    path = fill_template(
        tmp_path / "t.xlsx",
        [AGREEMENT],
        [report_row(2023, **{"实缴税收(万元)": 700}), report_row(2024), report_row(2019)],
    )
    code, out, err = cli(
        "--db", db, "projects", "import", str(path), "--json", "--rejects", str(tmp_path / "r.csv")
    )
    assert code == 0, err
    result = json.loads(out)
    assert {k: result[k] for k in ("read", "added", "updated", "unchanged", "rejected")} == {
        "read": 4,
        "added": 3,
        "updated": 0,
        "unchanged": 0,
        "rejected": 1,
    }
    assert result["rejects"][0]["row"] == 4 and "早于项目签约年度" in result["rejects"][0]["reason"]
    assert "拒收 年度报表 第 4 行" in err
    assert (tmp_path / "r.csv").exists()

    code, out, _ = cli("--db", db, "projects", "status", "--json", "--today", "2026-06-01")
    assert code == 0
    (entry,) = json.loads(out)
    assert set(entry) >= EVALUATION_FIELDS
    assert entry["firm"] == "东莞市华澜新材料有限公司" and entry["year"] == 2024
    assert set(entry["indicators"]) == INDICATORS
    assert entry["indicators"]["tax_per_mu"] == 24.0  # 1200 万元 / 50 亩
    assert entry["grade"] == "A" and entry["score"] == 103.33
    assert {c["item"]: c["status"] for c in entry["commitments"]} == {
        "investment": "met",
        "tax": "met",
        "jobs": "met",
    }
    for c in entry["commitments"]:
        assert set(c) >= {"item", "committed", "actual", "status"}
    for m in entry["milestones"]:
        assert set(m) >= {"name", "due", "done", "status"}
    assert {m["key"]: m["status"] for m in entry["milestones"]} == {
        "production_start": "done",
        "full_production": "overdue",  # due 2024-12-31, not recorded as reached
    }

    code, out, _ = cli(
        "--db", db, "projects", "status", "--json", "--year", "2023", "--today", "2026-06-01"
    )
    (entry,) = json.loads(out)
    assert entry["year"] == 2023 and entry["indicators"]["tax_per_mu"] == 14.0

    code, out, _ = cli("--db", db, "projects", "status", "--json", "--year", "2020")
    assert code == 0 and json.loads(out) == []  # signed in 2021


def test_file_level_error_exits_2_and_writes_nothing(tmp_path):
    db = str(tmp_path / "p.sqlite")
    wb = openpyxl.Workbook()
    wb.active.append(["协议编号", "项目名称", "企业名称"])  # no 签约日期, no 用地面积
    wb.active.append(["X-1", "甲项目", "甲公司"])
    wb.save(tmp_path / "bad.xlsx")
    code, out, err = cli("--db", db, "projects", "import", str(tmp_path / "bad.xlsx"))
    assert code == 2 and out == ""
    assert err.startswith("错误：") and "缺少必需的列" in err and "签约日期" in err
    assert not (tmp_path / "p.sqlite").exists()  # a failed import starts no database
    from app.db import Database

    Database(db).close()
    code, out, _ = cli("--db", db, "projects", "import", str(tmp_path / "bad.xlsx"))
    assert code == 2 and out == ""
    code, out, _ = cli("--db", db, "projects", "status", "--json")
    assert json.loads(out) == []
    code, _, err = cli("--db", db, "projects", "import", str(tmp_path / "nothing.xlsx"))
    assert code == 2 and "找不到文件" in err


def test_demo_projects_through_the_cli(tmp_path):
    from app.db import Database
    from app.projects.demo import generate_projects

    path = tmp_path / "demo.sqlite"
    db = Database(path)
    generate_projects(db, seed=1, today=date(2026, 11, 27))
    db.close()
    code, out, _ = cli("--db", str(path), "projects", "status", "--json", "--today", "2026-11-27")
    assert code == 0
    data = json.loads(out)
    assert len(data) == 24
    assert {c["status"] for e in data for c in e["commitments"]} == STATUSES
    assert {e["grade"] for e in data} - {None} == {"A", "B", "C", "D"}
    assert all(e["grade"] in {"A", "B", "C", "D", None} for e in data)
    assert all(set(e["indicators"]) == INDICATORS for e in data)

    code, out, _ = cli("--db", str(path), "projects", "alerts", "--json", "--today", "2026-11-27")
    kinds = {a["kind"] for a in json.loads(out)}
    assert {"milestone_due", "milestone_overdue", "report_overdue", "new_miss"} <= kinds

    graded_b = next(e for e in data if e["grade"] == "B")
    code, out, _ = cli(
        "--db",
        str(path),
        "projects",
        "show",
        str(graded_b["id"]),
        "--json",
        "--today",
        "2026-11-27",
    )
    shown = json.loads(out)
    assert shown["grade"] == "B"
    assert any(t["target"] == "A" and t["needed"] for t in shown["what_it_takes"])

    code, _, err = cli(
        "--db",
        str(path),
        "projects",
        "print",
        "--project",
        str(graded_b["id"]),
        "--out",
        str(tmp_path / "sheet.pdf"),
        "--today",
        "2026-11-27",
    )
    assert code == 0, err
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")


def test_method_settings_validated_and_stored(tmp_path):
    db = str(tmp_path / "p.sqlite")
    Database(db).close()  # an existing database: a missing --db file is refused
    code, out, _ = cli("--db", db, "projects", "method", "--json")
    method = json.loads(out)
    assert [i["weight"] for i in method["indicators"]] == [30, 20, 20, 10, 10, 10, 0]
    assert method["cap"] == 1.5 and method["cutoffs"] == {"A": 90, "B": 70, "C": 50}
    code, out, _ = cli(
        "--db", db, "projects", "method", "--weight", "tax_per_mu=40", "--cutoff", "A=95", "--json"
    )
    assert code == 0
    method = json.loads(out)
    assert method["indicators"][0]["weight"] == 40 and method["cutoffs"]["A"] == 95
    code, _, err = cli("--db", db, "projects", "method", "--benchmark", "rd_ratio=0")
    assert code == 2 and "基准值应大于 0" in err
    code, out, _ = cli("--db", db, "projects", "method", "--json")
    assert json.loads(out)["indicators"][0]["weight"] == 40  # the bad calls changed nothing
