"""The project template and its import: round trip, renamed columns, every bad-input case."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from app.errors import UserError
from app.projects import evaluation, model
from app.projects.importer import import_file, write_rejects
from app.projects.template import read_workbook, write_template

TODAY = date(2026, 6, 1)

AGREEMENT = {
    "协议编号": "DG-2021-001",
    "项目名称": "华澜新材料生产基地",
    "企业名称": "东莞市华澜新材料有限公司",
    "签约日期": "2021-03-05",
    "所在集聚区": "先进材料产业集聚区",
    "所在镇街": "寮步",
    "产业方向": "先进材料",
    "用地面积(亩)": 50,
    "承诺固定资产投资(万元)": 20000,
    "承诺年纳税额(万元)": 1000,
    "承诺就业人数(人)": 150,
    "约定投产日期": "2023-01-01",
    "实际投产日期": date(2022, 12, 20),
    "约定达产日期": "2024-12-31",
    "奖励比例(%)": 50,
    "奖励年限(年)": 5,
    "履约保证金(万元)": 300,
    "未达标暂停奖励": "是",
}


def report_row(year: int, **kw) -> dict:
    row = {
        "协议编号": "DG-2021-001",
        "年度": year,
        "累计固定资产投资(万元)": 21000,
        "工业总产值(万元)": 21000,
        "主营业务收入(万元)": 20000,
        "工业增加值(万元)": 6000,
        "实缴税收(万元)": 1200,
        "从业人数(人)": 150,
        "综合能耗(吨标准煤)": 1500,
        "主要污染物排放量(吨)": 4,
        "研发经费支出(万元)": 500,
    }
    row.update(kw)
    return {k: v for k, v in row.items() if v is not None}


def fill_template(path: Path, agreements: list[dict], reports: list[dict]) -> Path:
    """The template as staff fill it: values typed under the template's own headers."""
    write_template(path)
    wb = openpyxl.load_workbook(path)
    for title, rows in (("项目协议", agreements), ("年度报表", reports)):
        ws = wb[title]
        cols = {str(c.value).removesuffix(" *"): c.column for c in ws[1]}
        for r, row in enumerate(rows, start=2):
            for header, value in row.items():
                ws.cell(row=r, column=cols[header], value=value)
    wb.save(path)
    return path


def sheet_file(path: Path, sheets: dict[str, list[list]]) -> Path:
    """A workbook written by hand: each sheet as rows of cells (headers included)."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def counts(db) -> tuple[int, int, int]:
    return (
        db.scalar("SELECT COUNT(*) FROM projects"),
        db.scalar("SELECT COUNT(*) FROM project_reports"),
        db.scalar("SELECT COUNT(*) FROM firms"),
    )


# -- the template --------------------------------------------------------------------------


def test_template_has_chinese_headers_and_instructions(tmp_path):
    path = write_template(tmp_path / "模板.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["项目协议", "年度报表", "填写说明"]
    heads = [c.value for c in wb["年度报表"][1]]
    assert "年度 *" in heads and "实缴税收(万元)" in heads and "综合能耗(吨标准煤)" in heads
    text = " ".join(str(c.value) for row in wb["填写说明"].iter_rows() for c in row if c.value)
    assert "不会重复累计" in text and "权重按比例分摊" in text
    sheets = read_workbook(path)  # an empty template reads back as two empty sheets
    assert [(s.kind, len(s.rows)) for s in sheets] == [("projects", 0), ("reports", 0)]


def test_round_trip_template_import_status(db, tmp_path):
    path = fill_template(
        tmp_path / "t.xlsx",
        [AGREEMENT],
        [report_row(2023, **{"实缴税收(万元)": 700}), report_row(2024)],
    )
    result = import_file(db, path, today=TODAY)
    assert result.rejects == []
    assert result.projects.added == 1 and result.reports.added == 2 and result.firms_added == 1
    assert result.to_json()["added"] == 3
    p = model.find_project(db, "DG-2021-001")
    assert p.direction == "mat.advanced" and p.land_mu == 50 and p.town == "寮步"
    assert p.agreement_date == date(2021, 3, 5)
    assert p.milestone("production_start").done == date(2022, 12, 20)
    assert p.penalty_suspend_rewards is True and p.reward_years == 5
    e = evaluation.evaluate(p, 2024, model.load_method(db), TODAY)
    # the hand-checked figures of test_projects_evaluation: 103.33 -> A
    assert e.appraisal.score == pytest.approx(103.333, abs=1e-3) and e.appraisal.grade == "A"
    assert {c.item: c.status for c in e.commitments} == {
        "investment": "met",
        "tax": "met",
        "jobs": "met",
    }
    assert e.reward.eligible and e.reward.amount == pytest.approx(1200 * 0.5 * 0.5)
    # importing the same file again changes nothing and counts nothing twice
    again = import_file(db, path, today=TODAY)
    assert (again.projects.unchanged, again.reports.unchanged, again.total("added")) == (1, 2, 0)
    assert counts(db)[:2] == (1, 2)


def test_reordered_renamed_columns_with_units_and_a_title_row(db, tmp_path):
    path = sheet_file(
        tmp_path / "colleague.xlsx",
        {
            "签约项目": [
                ["2024年引进项目清单"],
                [],
                [
                    "项目",
                    "签订日期",
                    "合同编号",
                    "用地（平方米）",
                    "公司名称",
                    "承诺年税收（亿元）",
                    "交地日期(约定)",
                    "联系人",
                ],
                [
                    "镜湖电池项目",
                    "2022年4月1日",
                    "HT-7",
                    40000,
                    "东莞市镜湖电池有限公司",
                    0.12,
                    "2022/7/1",
                    "张三",
                ],
            ],
            "实绩": [
                [
                    "统计年度",
                    "税收（元）",
                    "合同编号",
                    "增加值",
                    "人数",
                    "能耗",
                    "排放量",
                    "研发费用",
                    "营业收入",
                ],
                ["2024年", 15_000_000, "HT-7", 5000, 120, 1000, 2, 300, 18000],
            ],
        },
    )
    result = import_file(db, path, today=TODAY)
    assert result.rejects == [], result.rejects
    assert (result.projects.added, result.reports.added) == (1, 1)
    assert result.ignored_columns == {"签约项目": ["联系人"]}
    p = model.find_project(db, "HT-7")
    assert p.land_mu == pytest.approx(40000 / 666.6667, rel=1e-6)  # 60 亩
    assert p.commitment("tax").committed == pytest.approx(1200)  # 0.12 亿元
    assert p.milestone("land_delivery").due == date(2022, 7, 1)
    assert p.reports[2024].tax_paid == pytest.approx(1500)  # 15,000,000 元 = 1,500 万元
    assert p.reports[2024].jobs == 120


def test_report_for_a_year_before_the_agreement_is_rejected(db, tmp_path):
    path = fill_template(tmp_path / "t.xlsx", [AGREEMENT], [report_row(2020), report_row(2024)])
    result = import_file(db, path, today=TODAY)
    assert result.reports.rejected == 1 and result.reports.added == 1
    (rej,) = result.rejects
    assert (rej.sheet, rej.row, rej.column) == ("年度报表", 2, "年度 *")
    assert "早于项目签约年度 2021" in rej.reason


def test_negative_tax_is_rejected_with_row_and_column(db, tmp_path):
    path = fill_template(
        tmp_path / "t.xlsx",
        [AGREEMENT],
        [report_row(2023), report_row(2024, **{"实缴税收(万元)": -50})],
    )
    result = import_file(db, path, today=TODAY)
    (rej,) = result.rejects
    assert (rej.row, rej.column) == (3, "实缴税收(万元)")
    assert rej.reason == "实缴税收不能为负数（-50 万元）"
    assert 2024 not in model.find_project(db, "DG-2021-001").reports


def test_zero_land_is_stored_with_a_warning_and_not_graded(db, tmp_path):
    row = dict(AGREEMENT, **{"用地面积(亩)": 0})
    path = fill_template(tmp_path / "t.xlsx", [row], [report_row(2024)])
    result = import_file(db, path, today=TODAY)
    assert result.rejects == []
    assert any(w.column == "用地面积(亩) *" and "用地面积为 0" in w.reason for w in result.warnings)
    p = model.find_project(db, "DG-2021-001")
    e = evaluation.evaluate(p, 2024, model.load_method(db), TODAY)
    assert e.appraisal.values()["tax_per_mu"] is None and e.appraisal.grade is None
    assert e.to_json()["grade"] is None


def test_empty_land_and_missing_required_cells_are_rejected(db, tmp_path):
    rows = [
        {k: v for k, v in AGREEMENT.items() if k != "用地面积(亩)"},
        dict(AGREEMENT, 协议编号="DG-2", 签约日期=None),
        dict(AGREEMENT, 协议编号="DG-3", 签约日期="2021-02-30"),
        dict(AGREEMENT, 协议编号="DG-4", 统一社会信用代码="91441900123456789X"),
        dict(AGREEMENT, 协议编号="DG-5", 产业方向="房地产"),
    ]
    rows[1].pop("签约日期")
    path = fill_template(tmp_path / "t.xlsx", rows, [])
    result = import_file(db, path, today=TODAY)
    assert result.projects.rejected == 5 and counts(db)[0] == 0
    reasons = {r.row: (r.column, r.reason) for r in result.rejects}
    assert reasons[2] == ("用地面积(亩) *", "用地面积不能为空（没有用地如租赁厂房请填 0）")
    assert reasons[3] == ("签约日期 *", "签约日期不能为空")
    assert reasons[4][0] == "签约日期 *" and "2021-02-30" in reasons[4][1]
    assert reasons[5][0] == "统一社会信用代码" and "无效" in reasons[5][1]
    assert reasons[6][0] == "产业方向" and "不在产业招商目录中" in reasons[6][1]


def test_missing_energy_is_imported_with_a_warning_and_excluded(db, tmp_path):
    path = fill_template(
        tmp_path / "t.xlsx", [AGREEMENT], [report_row(2024, **{"综合能耗(吨标准煤)": None})]
    )
    result = import_file(db, path, today=TODAY)
    assert result.rejects == [] and result.reports.added == 1
    (warn,) = [w for w in result.warnings if w.column == "综合能耗(吨标准煤)"]
    assert warn.row == 2 and "不参与评分" in warn.reason
    p = model.find_project(db, "DG-2021-001")
    a = evaluation.appraise(p, p.reports[2024], model.load_method(db))
    assert a.missing == ["value_added_per_energy"] and a.score == pytest.approx(100.0)


def test_duplicate_report_in_the_file_is_merged_once(db, tmp_path):
    path = fill_template(
        tmp_path / "t.xlsx",
        [AGREEMENT],
        [
            report_row(2024, **{"实缴税收(万元)": 900}),
            report_row(2024, **{"实缴税收(万元)": 1100, "工业增加值(万元)": None}),
        ],
    )
    result = import_file(db, path, today=TODAY)
    assert (result.reports.read, result.reports.added, result.reports.updated) == (2, 1, 0)
    assert any(w.row == 3 and "与第 2 行重复" in w.reason for w in result.warnings)
    stored = model.find_project(db, "DG-2021-001").reports[2024]
    assert stored.tax_paid == 1100 and stored.value_added == 6000  # later wins, blanks keep
    assert counts(db)[1] == 1


def test_report_already_in_the_database_is_updated_not_double_counted(db, tmp_path):
    first = fill_template(tmp_path / "a.xlsx", [AGREEMENT], [report_row(2024)])
    import_file(db, first, today=TODAY)
    second = fill_template(
        tmp_path / "b.xlsx", [], [{"协议编号": "DG-2021-001", "年度": 2024, "实缴税收(万元)": 1300}]
    )
    result = import_file(db, second, today=TODAY)
    assert (result.reports.added, result.reports.updated) == (0, 1)
    assert any("库中已有" in w.reason for w in result.warnings)
    stored = model.find_project(db, "DG-2021-001").reports[2024]
    assert stored.tax_paid == 1300 and stored.energy_tce == 1500
    assert counts(db)[1] == 1


def test_report_for_an_unknown_project_is_rejected(db, tmp_path):
    path = fill_template(tmp_path / "t.xlsx", [], [report_row(2024, 协议编号="NOPE")])
    result = import_file(db, path, today=TODAY)
    assert (
        result.reports.rejected == 1 and "找不到协议编号为“NOPE”的项目" in result.rejects[0].reason
    )


def test_firm_is_matched_by_name_before_being_entered(db, tmp_path):
    firm_id = model.add_firm(db, "东莞市华澜新材料有限公司", None, source="测试")
    path = fill_template(
        tmp_path / "t.xlsx", [dict(AGREEMENT, 企业名称="东莞市华澜新材料有限公司 ")], []
    )
    result = import_file(db, path, today=TODAY)
    assert result.firms_added == 0
    assert model.find_project(db, "DG-2021-001").firm_id == firm_id


# -- file-level problems: exit 2, nothing written ---------------------------------------------


def test_missing_required_column_is_a_file_error_and_nothing_is_written(db, tmp_path):
    path = sheet_file(
        tmp_path / "bad.xlsx",
        {
            "项目协议": [
                ["协议编号", "项目名称", "企业名称", "签约日期", "用地面积"],
                ["X-1", "甲", "东莞市甲有限公司", "2022-01-01", 30],
            ],
            "年度报表": [["协议编号", "年度"], ["X-1", 2024]],
            "另一张": [["项目名称", "企业名称"], ["乙", "乙公司"]],
        },
    )
    with pytest.raises(UserError, match="缺少必需的列：协议编号、签约日期、用地面积"):
        import_file(db, path, today=TODAY)
    assert counts(db) == (0, 0, 0)


def test_two_columns_for_one_field_is_a_file_error(db, tmp_path):
    path = sheet_file(
        tmp_path / "bad.xlsx",
        {"年度报表": [["协议编号", "年度", "税收", "实缴税收"], ["X", 2024, 1, 2]]},
    )
    with pytest.raises(UserError, match="都对应“实缴税收"):
        import_file(db, path, today=TODAY)


def test_unreadable_and_unrecognised_files(db, tmp_path):
    bad = tmp_path / "fake.xlsx"
    bad.write_text("not a workbook")
    with pytest.raises(UserError, match="已损坏或不是 Excel"):
        import_file(db, bad, today=TODAY)
    with pytest.raises(UserError, match="找不到文件"):
        import_file(db, tmp_path / "none.xlsx", today=TODAY)
    csv_file = tmp_path / "x.csv"
    csv_file.write_text("协议编号,年度\n")
    with pytest.raises(UserError, match="不是 Excel"):
        import_file(db, csv_file, today=TODAY)
    other = sheet_file(tmp_path / "other.xlsx", {"Sheet": [["姓名", "电话"], ["张三", "1"]]})
    with pytest.raises(UserError, match="没有可识别"):
        import_file(db, other, today=TODAY)
    assert counts(db) == (0, 0, 0)


def test_dry_run_writes_nothing(db, tmp_path):
    path = fill_template(tmp_path / "t.xlsx", [AGREEMENT], [report_row(2024)])
    result = import_file(db, path, dry_run=True, today=TODAY)
    assert result.dry_run and result.projects.added == 1 and result.reports.added == 1
    assert counts(db) == (0, 0, 0)
    assert db.scalar("SELECT COUNT(*) FROM imports") == 0


def test_import_is_recorded_and_audited(db, tmp_path):
    path = fill_template(tmp_path / "t.xlsx", [AGREEMENT], [report_row(2024), report_row(2019)])
    result = import_file(db, path, today=TODAY)
    row = db.query("SELECT kind, read, added, rejected FROM imports")[0]
    assert tuple(row) == ("projects", 3, 2, 1)
    assert db.scalar("SELECT COUNT(*) FROM audit WHERE action='import' AND entity='projects'") == 1
    out = write_rejects(result, tmp_path / "rejects.csv")
    text = out.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "工作表,行号,列,原因,处理"
    assert "已拒收" in text and "2019" in text


def test_cancel_rolls_everything_back(db, tmp_path):
    from app.errors import Cancelled
    from app.jobs import CancelToken
    from app.projects.importer import import_job

    path = fill_template(tmp_path / "t.xlsx", [AGREEMENT], [report_row(2023), report_row(2024)])
    token = CancelToken()
    job = import_job(db, path, today=TODAY, cancel=token)
    next(job)  # file read, nothing written yet
    token.cancel()
    with pytest.raises(Cancelled):
        for _ in job:
            pass
    assert counts(db) == (0, 0, 0)
