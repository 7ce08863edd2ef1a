"""Reading firm files: kinds, encodings, header rows, broken files, the header alias table."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.errors import UserError
from app.importing import FIELDS, preview, template_headers
from app.importing import headers as hd
from app.importing.headers import default_unit, detect_mapping, field_of, normalise_header
from app.importing.readers import open_sheet

DATA = Path(__file__).parent / "data"
HEADER = ["企业名称", "统一社会信用代码", "所属城市", "经营范围"]
ROW = ["深圳市测试科技有限公司", "", "深圳市", "电子产品研发"]


def write_csv(path: Path, rows: list[list], encoding: str = "utf-8") -> Path:
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def rows_of(path: Path) -> list[list]:
    with open_sheet(path) as sheet:
        return [cells for _, cells in sheet.data_rows()]


# -- encodings -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "label"),
    [
        ("utf-8", "UTF-8"),
        ("utf-8-sig", "BOM"),
        ("gbk", "GBK"),
        ("gb18030", "GB"),
        ("utf-16", "UTF-16"),
    ],
)
def test_csv_encodings_are_detected(tmp_path, encoding, label):
    rows = [HEADER, ROW, ["广州市另一家企业（集团）有限公司", "", "广州市", "锂电池材料"]]
    path = write_csv(tmp_path / "f.csv", rows, encoding)
    with open_sheet(path) as sheet:
        assert label in sheet.encoding_label
        assert sheet.headers == HEADER
        data = [cells for _, cells in sheet.data_rows()]
    assert data == rows[1:]


def test_gb18030_only_characters(tmp_path):
    # 𠮷 is outside GBK: only GB18030 encodes it.
    rows = [HEADER, ["𠮷野家餐饮管理（深圳）有限公司", "", "深圳市", "餐饮服务"]] + [ROW] * 5
    path = write_csv(tmp_path / "f.csv", rows, "gb18030")
    with open_sheet(path) as sheet:
        assert "GB18030" in sheet.encoding_label
        assert next(sheet.data_rows())[1][0].startswith("𠮷野家")


def test_undecodable_bytes_give_a_clear_error(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes("企业名称,所属城市\n".encode() + b"\xff\xfe\xfa\x80 bad\n")
    with pytest.raises(UserError, match="编码") as err:
        open_sheet(path)
    assert "UTF-8" in err.value.message and "GBK" in err.value.message


def test_mixed_utf8_and_gbk_is_refused_not_misread(tmp_path):
    good = "\n".join(["企业名称,所属城市"] + ["深圳市某某电子科技有限公司,深圳市"] * 20) + "\n"
    path = tmp_path / "mixed.csv"
    path.write_bytes(good.encode("utf-8") + "东莞市某某有限公司,东莞市\n".encode("gbk"))
    with pytest.raises(UserError, match=r"混用|损坏"):
        open_sheet(path)


def test_big5_is_not_read_as_gbk(tmp_path):
    rows = [["企業名稱", "所屬城市"], ["台灣積體電路製造股份有限公司", "新竹市"]] * 3
    path = write_csv(tmp_path / "big5.csv", rows, "big5")
    with pytest.raises(UserError, match="编码"):
        open_sheet(path)


def test_fixture_registry_export_gbk_with_title_rows():
    with open_sheet(DATA / "qcc_export_gbk.csv") as sheet:
        assert sheet.header_row == 3
        assert "GBK" in sheet.encoding_label
        assert sheet.headers[1] == "企业名称"
        data = list(sheet.data_rows())
    assert [n for n, _ in data] == [4, 5, 6]


# -- file kinds ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "PNG"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 64, "JPEG"),
        (b"%PDF-1.7\n" + b"x" * 64, "PDF"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, ".xls / .doc"),
        (b"", "空文件"),
        (b"\xef\xbb\xbf\r\n\r\n", "空文件"),
        (b"\x00\x01\x02\x03" * 200, "0 字节"),
    ],
)
def test_not_a_spreadsheet(tmp_path, content, fragment):
    path = tmp_path / "input.csv"
    path.write_bytes(content)
    with pytest.raises(UserError) as err:
        open_sheet(path)
    assert fragment in err.value.message


def test_zip_that_is_not_xlsx(tmp_path):
    path = tmp_path / "list.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "hello")
    with pytest.raises(UserError, match="ZIP 压缩包"):
        open_sheet(path)
    docx = tmp_path / "list.docx"
    with zipfile.ZipFile(docx, "w") as zf:
        zf.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(UserError, match="Word"):
        open_sheet(docx)


def test_damaged_xlsx(tmp_path):
    path = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("xl/workbook.xml", "<not really")
    with pytest.raises(UserError, match="Excel"):
        open_sheet(path)


def test_zip_needing_an_unknown_version_is_refused_in_chinese(tmp_path):
    # Found by the hostile-workbook property test: zipfile raises NotImplementedError (not
    # BadZipFile) for an entry whose "version needed to extract" it does not know.
    path = tmp_path / "future.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
    data = bytearray(path.read_bytes())
    central = data.rindex(b"PK\x01\x02")
    data[central + 6 : central + 8] = (110).to_bytes(2, "little")  # version needed: 11.0
    path.write_bytes(bytes(data))
    with pytest.raises(NotImplementedError):
        zipfile.ZipFile(path)  # the premise: the standard library does refuse it this way
    with pytest.raises(UserError, match="损坏的压缩文件"):
        open_sheet(path)


def test_missing_path_and_directory(tmp_path):
    with pytest.raises(UserError, match="不存在"):
        open_sheet(tmp_path / "nope.csv")
    with pytest.raises(UserError, match="文件夹"):
        open_sheet(tmp_path)


def test_kind_is_decided_by_content_not_name(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(HEADER)
    wb.active.append(ROW)
    path = tmp_path / "really-xlsx.csv"
    wb.save(path)
    with open_sheet(path) as sheet:
        assert sheet.format == "xlsx"


# -- header rows -----------------------------------------------------------------------------


def test_preview_reports_missing_name_column_as_problem(tmp_path):
    path = write_csv(
        tmp_path / "f.csv", [["统一社会信用代码", "所属城市", "注册资本"], ["", "深圳市", "5"]]
    )
    p = preview(path)
    assert any("企业名称" in problem for problem in p.problems)
    fixed = preview(path, mapping={0: None, 1: "name", 2: None})
    assert fixed.mapping[1] == "name"


def test_no_header_at_all(tmp_path):
    path = write_csv(tmp_path / "f.csv", [["甲", "乙"], ["1", "2"]])
    with pytest.raises(UserError, match="表头"):
        open_sheet(path)
    # A person mapping the columns by hand can still use the file.
    with open_sheet(path, assume_header=True) as sheet:
        assert sheet.header_row == 1


def test_xlsx_with_title_row_and_cell_types():
    with open_sheet(DATA / "szse_list_title.xlsx") as sheet:
        assert sheet.format == "xlsx"
        assert sheet.header_row == 2
        rows = [cells for _, cells in sheet.data_rows()]
    assert rows[0][0] == "示例智造股份有限公司"
    assert rows[0][1] == 1  # a number in Excel
    assert isinstance(rows[0][3], datetime)


def test_xlsx_header_on_second_sheet(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "说明"
    wb.active.append(["本文件由某部门整理"])
    ws = wb.create_sheet("名单")
    ws.append(HEADER)
    ws.append(ROW)
    path = tmp_path / "two.xlsx"
    wb.save(path)
    with open_sheet(path) as sheet:
        assert sheet.sheet_name == "名单"


def test_empty_xlsx(tmp_path):
    path = tmp_path / "empty.xlsx"
    openpyxl.Workbook().save(path)
    with pytest.raises(UserError, match="空"):
        open_sheet(path)


def test_semicolon_and_tab_delimiters(tmp_path):
    for delimiter in (";", "\t"):
        path = tmp_path / "d.csv"
        path.write_text(
            "\n".join(delimiter.join(r) for r in (HEADER, ROW)) + "\n", encoding="utf-8"
        )
        with open_sheet(path) as sheet:
            assert sheet.delimiter == delimiter
            assert next(sheet.data_rows())[1] == ROW


# -- broken CSV ------------------------------------------------------------------------------


def test_broken_quoting_unclosed(tmp_path):
    path = tmp_path / "q.csv"
    path.write_text(
        '企业名称,所属城市,经营范围\n甲有限公司,深圳市,"电子产品\n乙有限公司,广州市,锂电池\n',
        encoding="utf-8",
    )
    with pytest.raises(UserError, match="引号"):
        rows_of(path)


def test_broken_quoting_text_after_quote(tmp_path):
    path = tmp_path / "q.csv"
    path.write_text('企业名称,所属城市\n"甲有限"公司,深圳市\n', encoding="utf-8")
    with pytest.raises(UserError, match=r"第 2 行.*引号"):
        rows_of(path)


def test_nul_bytes_are_tolerated_in_cells(tmp_path):
    path = tmp_path / "nul.csv"
    path.write_bytes("企业名称,所属城市\n甲\x00有限公司,深圳市\n".encode())
    assert rows_of(path)[0][0] == "甲\x00有限公司"  # the importer's text cleaning drops NULs


def test_a_10_mb_cell_is_read(tmp_path):
    path = tmp_path / "big.csv"
    big = "研发" * (5 * 1024 * 1024)  # 10 Mi characters
    path.write_text(f'企业名称,经营范围\n甲有限公司,"{big}"\n乙有限公司,短\n', encoding="utf-8")
    rows = rows_of(path)
    assert len(rows[0][1]) == len(big) and rows[1] == ["乙有限公司", "短"]


def test_a_runaway_cell_is_bounded(tmp_path):
    path = tmp_path / "runaway.csv"
    with path.open("w", encoding="utf-8") as fh:
        fh.write('企业名称,经营范围\n甲有限公司,"开始\n')
        line = "乙有限公司,没有结束的引号让这一格吞掉后面所有的行\n"
        for _ in range(17 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    with pytest.raises(UserError, match="引号不配对"):
        rows_of(path)


# -- header alias table ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "field", "unit"),
    [
        ("企业名称", "name", None),
        ("公司全称", "name", None),
        ("name", "name", None),
        ("A股简称", "short_name", None),
        ("证券简称", "short_name", None),
        ("A股代码", "stock_code", None),
        ("统一社会信用代码", "uscc", None),
        ("企业（机构）类型", "firm_type", None),
        ("注册资本（万元）", "registered_capital", "万元"),
        ("营业收入(元)", "revenue", "元"),
        ("营业收入（亿元）", "revenue", "亿元"),
        ("研发投入占比 (%)", "rd_ratio", "%"),
        ("参保人数", "employees", None),
        ("注册地址", "address", None),
        ("企业地址", "address", None),
        ("industry_src", "industry", None),
        ("A股上市日期", "listing_date", None),
        ("主营产品", "main_business", None),
        (" 企业名称* ", "name", None),
    ],
)
def test_header_aliases(header, field, unit):
    assert field_of(header) == field
    assert normalise_header(header)[1] == unit


def test_shared_data_units():
    assert default_unit("revenue", "revenue") == "元"
    assert default_unit("registered_capital", "registered_capital") == "万元"
    assert default_unit("revenue", "营业收入") == "万元"
    assert default_unit("revenue", "营业收入（亿元）") == "亿元"


def test_template_headers_map_back_to_every_field():
    headers = template_headers()
    assert len(headers) == len(FIELDS)
    mapping, reasons = detect_mapping(headers)
    assert sorted(v for v in mapping.values() if v) == sorted(FIELDS)
    assert not reasons


def test_ignored_columns_are_reported_with_reasons():
    mapping, reasons = detect_mapping(
        ["企业名称", "电话", "邮箱", "登记状态", "不知道是什么", "公司名称"]
    )
    assert mapping == {0: "name", 1: None, 2: None, 3: None, 4: None, 5: None}
    codes = {i: r.code for i, r in reasons.items()}
    assert codes == {
        1: hd.PERSONAL,
        2: hd.PERSONAL,
        3: hd.NOT_STORED,
        4: hd.UNKNOWN,
        5: hd.DUPLICATE,
    }
    assert "个人信息" in reasons[1].text() and "不保存" in reasons[3].text()
    assert "未识别" in reasons[4].text()
    assert reasons[5].text() == "与第 1 列重复（企业名称）"


def test_ignored_columns_are_worded_in_the_language_in_force(tmp_path):
    from resources import i18n

    path = tmp_path / "list.csv"
    path.write_text(
        "企业名称,电话,登记状态,不知道是什么,公司名称,\n甲公司,1,2,3,4,5\n", encoding="utf-8"
    )
    assert preview(path).ignored[0] == "电话（联系方式属于个人信息，不导入企业库）"
    i18n.set_language("en")
    try:
        pv = preview(path)
    finally:
        i18n.set_language(i18n.SOURCE)
    assert pv.ignored_reasons[1].code == hd.PERSONAL  # the code stays whatever the language
    assert pv.ignored == [  # the blank last column is not worth a line
        "电话 (contact details are personal data and stay out of the firm database)",
        "登记状态 (ChainFill does not keep this)",
        "不知道是什么 (unknown header)",
        "公司名称 (duplicate of column 1, Firm name)",
    ]


def test_a_hand_made_mapping_keeps_the_reason_of_a_contact_column(tmp_path):
    """A column left out of --map (or set to 不导入 in the wizard) is "no field chosen", but a
    phone column still says it is personal data."""
    from app.importing.convert import resolve_mapping

    headers = ["单位名称", "联系电话", "登记状态", "备用", "所在地区"]
    _mapping, reasons = resolve_mapping(headers, {0: "name", 4: "city"})
    assert {i: r.code for i, r in reasons.items()} == {
        1: hd.PERSONAL,
        2: hd.NOT_STORED,
        3: hd.UNMAPPED,
    }
    assert reasons[3].text() == "未指定字段"
