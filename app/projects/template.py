"""The Excel template for agreements and yearly reports, and reading it (or a colleague's
version of it) back.

Two data sheets — 项目协议 (one row per agreement) and 年度报表 (one row per project and year) —
and a 填写说明 sheet. Reading does not trust sheet names or column order: each sheet's header
row is found among its first rows, headers are matched through a table of aliases (after
NFKC, with brackets, spaces and ``*`` removed), and a unit in a header (``实缴税收（元）``,
``用地面积（平方米）``) is kept so the importer can convert. A sheet is a report sheet when it
has a 年度 column, an agreement sheet when it has the agreement's key columns.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import UserError
from app.projects.model import ITEMS, MILESTONES
from resources.i18n import _


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # the template's header (with its unit)
    kind: str  # text | date | amount | number | count | percent | land | floor | energy | emission | bool | year
    required: bool = False
    hint: str = ""
    aliases: tuple[str, ...] = ()
    width: int = 14


PROJECT = "projects"
REPORT = "reports"
SHEET_TITLES = {PROJECT: "项目协议", REPORT: "年度报表"}
INSTRUCTIONS_TITLE = "填写说明"

_MS_ALIASES = {
    "land_delivery": ("交地",),
    "construction_start": ("开工",),
    "completion": ("竣工",),
    "production_start": ("投产",),
    "full_production": ("达产",),
}


def _milestone_columns() -> list[Column]:
    cols = []
    for kind, name in MILESTONES.items():
        words = _MS_ALIASES[kind]
        due_alias = tuple(
            a
            for w in words
            for a in (f"{w}日期约定", f"计划{w}日期", f"{w}期限", f"约定{w}时间", f"{w}计划日期")
        )
        done_alias = tuple(
            a
            for w in words
            for a in (f"{w}日期实际", f"{w}完成日期", f"实际{w}时间", f"{w}实际日期", f"实际{w}")
        )
        cols.append(
            Column(
                f"due_{kind}",
                f"约定{name}日期",
                "date",
                hint=f"协议约定的{name}期限",
                aliases=due_alias,
            )
        )
        cols.append(
            Column(
                f"done_{kind}",
                f"实际{name}日期",
                "date",
                hint=f"已{name}的填实际日期，未{name}留空",
                aliases=done_alias,
            )
        )
    return cols


_COMMIT_ALIASES = {
    "investment": (
        "承诺投资",
        "承诺投资额",
        "承诺固定资产投资额",
        "协议投资额",
        "计划固定资产投资",
        "固定资产投资承诺",
        "承诺总投资",
    ),
    "investment_per_mu": (
        "承诺亩均投资",
        "承诺投资强度",
        "亩均投资强度",
        "投资强度",
        "亩均投资承诺",
    ),
    "output": ("达产年产值", "承诺年产值", "承诺产值", "承诺达产产值", "达产产值"),
    "tax": (
        "承诺年税收",
        "承诺纳税",
        "承诺税收",
        "达产年税收",
        "承诺年纳税",
        "承诺纳税额",
        "年纳税额承诺",
    ),
    "jobs": ("承诺就业", "承诺用工", "承诺用工人数", "就业人数承诺"),
    "rd_ratio": ("承诺研发占比", "承诺研发投入比例", "研发投入占比承诺", "承诺研发投入强度"),
}
_COMMIT_HEADERS = {
    "investment": ("承诺固定资产投资(万元)", "amount"),
    "investment_per_mu": ("承诺亩均投资(万元/亩)", "amount"),
    "output": ("承诺达产年产值(万元)", "amount"),
    "tax": ("承诺年纳税额(万元)", "amount"),
    "jobs": ("承诺就业人数(人)", "count"),
    "rd_ratio": ("承诺研发投入占比(%)", "percent"),
}

PROJECT_COLUMNS: tuple[Column, ...] = (
    Column(
        "agreement_no",
        "协议编号",
        "text",
        True,
        "每个项目唯一；年度报表按它对应项目",
        ("合同编号", "协议号", "投资协议编号", "项目协议编号", "项目编号"),
        16,
    ),
    Column("name", "项目名称", "text", True, "", ("项目", "项目名"), 24),
    Column(
        "firm",
        "企业名称",
        "text",
        True,
        "签约企业全称；库中没有的企业会自动登记",
        ("公司名称", "签约企业", "投资企业", "投资方", "项目单位", "企业", "企业全称", "公司全称"),
        28,
    ),
    Column(
        "uscc",
        "统一社会信用代码",
        "text",
        False,
        "18 位；有则按它匹配企业",
        ("信用代码", "社会信用代码", "uscc"),
        22,
    ),
    Column(
        "agreement_date",
        "签约日期",
        "date",
        True,
        "如 2021-03-05",
        ("签订日期", "协议签订日期", "签约时间", "协议日期", "签署日期"),
        12,
    ),
    Column(
        "zone",
        "所在集聚区",
        "text",
        False,
        "如 智能终端产业集聚区",
        ("集聚区", "产业集聚区", "所在园区", "园区", "所属园区"),
        20,
    ),
    Column(
        "town",
        "所在镇街",
        "text",
        False,
        "如 长安镇、松山湖",
        ("镇街", "所属镇街", "镇(街)", "所在镇", "镇街园区"),
        12,
    ),
    Column(
        "direction",
        "产业方向",
        "text",
        False,
        "目录方向代码或名称，如 it.terminal 或 智能终端",
        ("方向", "所属方向", "所属产业方向", "产业类别"),
        16,
    ),
    Column(
        "segment",
        "产业链环节",
        "text",
        False,
        "目录环节代码或名称",
        ("环节", "细分环节", "所属环节"),
        16,
    ),
    Column(
        "land_mu",
        "用地面积(亩)",
        "land",
        True,
        "没有用地（如租赁厂房）填 0；不足 5 亩的项目不参与亩均评价",
        ("用地", "土地面积", "占地面积", "用地规模", "供地面积", "出让面积"),
        12,
    ),
    Column(
        "below_scale",
        "规下企业(是/否)",
        "bool",
        False,
        "规模以下工业企业填“是”：按较少的指标评价（见评价方法）；留空按规上",
        ("规下企业", "规模以下", "是否规下"),
        10,
    ),
    Column(
        "floor_m2",
        "租赁厂房面积(平方米)",
        "floor",
        False,
        "租赁厂房、没有自有用地的项目填建筑面积；亩均评价按容积率折算用地（见评价方法）",
        ("租赁厂房面积", "厂房面积", "租赁面积", "建筑面积", "租用厂房面积"),
        12,
    ),
    *(
        Column(
            f"c_{item}",
            header,
            kind,
            False,
            f"协议承诺的{ITEMS[item][0]}",
            _COMMIT_ALIASES[item],
            14,
        )
        for item, (header, kind) in _COMMIT_HEADERS.items()
    ),
    *_milestone_columns(),
    Column(
        "reward_share_pct",
        "奖励比例(%)",
        "percent",
        False,
        "按项目地方留成税收的此比例奖励",
        ("奖励比例", "奖励返还比例", "税收奖励比例"),
        12,
    ),
    Column(
        "reward_local_pct",
        "地方留成比例(%)",
        "percent",
        False,
        "留空按评价方法默认值",
        ("地方留成", "留成比例"),
        12,
    ),
    Column(
        "reward_years",
        "奖励年限(年)",
        "count",
        False,
        "自投产年度起计",
        ("奖励期限", "奖励年数"),
        10,
    ),
    Column(
        "reward_cap", "年度奖励上限(万元)", "amount", False, "", ("奖励上限", "每年奖励上限"), 12
    ),
    Column("reward_text", "奖励条款", "text", False, "协议原文", ("奖励条款说明", "奖励约定"), 30),
    Column(
        "penalty_deposit",
        "履约保证金(万元)",
        "amount",
        False,
        "未达标时没收",
        ("保证金", "履约保证金额"),
        12,
    ),
    Column(
        "penalty_suspend_rewards", "未达标暂停奖励", "bool", False, "是 / 否", ("暂停奖励",), 10
    ),
    Column(
        "penalty_land_price",
        "补缴地价(万元/亩)",
        "amount",
        False,
        "未达标时每亩补缴的地价差",
        ("补缴地价", "调整地价", "地价调整"),
        12,
    ),
    Column(
        "penalty_clawback", "追回已兑现奖励", "bool", False, "是 / 否", ("追回奖励", "收回奖励"), 10
    ),
    Column(
        "penalty_land_recovery", "收回土地", "bool", False, "是 / 否", ("收回用地", "土地收回"), 10
    ),
    Column(
        "penalty_text",
        "违约条款",
        "text",
        False,
        "协议原文",
        ("违约条款说明", "违约责任", "违约约定"),
        30,
    ),
    Column("note", "备注", "text", False, "", ("说明",), 20),
)

REPORT_COLUMNS: tuple[Column, ...] = (
    Column(
        "agreement_no",
        "协议编号",
        "text",
        False,
        "与“项目协议”表或库中项目的协议编号一致",
        ("合同编号", "协议号", "投资协议编号", "项目协议编号", "项目编号"),
        16,
    ),
    Column(
        "project_name",
        "项目名称",
        "text",
        False,
        "没有协议编号时按项目名称对应",
        ("项目", "项目名"),
        24,
    ),
    Column(
        "year",
        "年度",
        "year",
        True,
        "如 2024；同一项目同一年度只填一行，再次导入会更新",
        ("年份", "报告年度", "统计年度", "填报年度", "year"),
        8,
    ),
    Column(
        "investment_to_date",
        "累计固定资产投资(万元)",
        "amount",
        False,
        "签约以来累计",
        ("累计投资", "累计完成投资", "累计完成固定资产投资", "固定资产投资累计", "累计投资额"),
        14,
    ),
    Column(
        "output_value",
        "工业总产值(万元)",
        "amount",
        False,
        "",
        ("总产值", "产值", "年产值", "工业产值"),
        14,
    ),
    Column(
        "revenue",
        "主营业务收入(万元)",
        "amount",
        False,
        "研发投入占比的分母；留空用工业总产值",
        ("营业收入", "主营收入", "营收", "销售收入"),
        14,
    ),
    Column("value_added", "工业增加值(万元)", "amount", False, "", ("增加值",), 14),
    Column(
        "tax_paid",
        "实缴税收(万元)",
        "amount",
        False,
        "当年实际入库税收，不能为负",
        (
            "税收",
            "纳税额",
            "实缴税金",
            "纳税总额",
            "税收总额",
            "入库税收",
            "年纳税额",
            "实缴税额",
            "缴税",
            "纳税",
        ),
        12,
    ),
    Column(
        "jobs",
        "从业人数(人)",
        "count",
        False,
        "年末",
        ("就业人数", "员工人数", "职工人数", "用工人数", "年末从业人数", "人数"),
        10,
    ),
    Column(
        "energy_tce",
        "综合能耗(吨标准煤)",
        "energy",
        False,
        "缺失时该项不参与评分",
        ("能耗", "综合能源消费量", "能源消费量", "用能总量", "能耗总量"),
        14,
    ),
    Column(
        "emissions_t",
        "主要污染物排放量(吨)",
        "emission",
        False,
        "",
        ("排放量", "污染物排放量", "排放总量", "主要污染物排放当量", "排污量"),
        14,
    ),
    Column(
        "rd_spending",
        "研发经费支出(万元)",
        "amount",
        False,
        "",
        ("研发费用", "研发投入", "r&d经费支出", "研发经费", "r&d支出"),
        14,
    ),
    Column(
        "land_in_use",
        "实际用地(亩)",
        "land",
        False,
        "留空按协议用地面积",
        ("实际用地面积", "用地面积", "占地面积", "用地"),
        12,
    ),
    Column(
        "reward_paid",
        "已兑现奖励(万元)",
        "amount",
        False,
        "该年度已拨付的奖励",
        ("兑现奖励", "已拨付奖励", "奖励金额", "已兑现奖励金额"),
        12,
    ),
    Column("note", "备注", "text", False, "", ("说明",), 20),
)

COLUMNS = {PROJECT: PROJECT_COLUMNS, REPORT: REPORT_COLUMNS}

# Units a header may carry, per kind of column: unit text -> factor to the stored unit.
LAND_UNITS = {
    "亩": 1.0,
    "平方米": 1 / 666.6667,
    "m2": 1 / 666.6667,
    "㎡": 1 / 666.6667,
    "公顷": 15.0,
    "ha": 15.0,
    "万平方米": 15.0,
}
FLOOR_UNITS = {"平方米": 1.0, "m2": 1.0, "㎡": 1.0, "万平方米": 1e4}
ENERGY_UNITS = {
    "吨标准煤": 1.0,
    "吨标煤": 1.0,
    "tce": 1.0,
    "万吨标准煤": 1e4,
    "万吨标煤": 1e4,
    "千克标准煤": 1e-3,
    "kgce": 1e-3,
}
EMISSION_UNITS = {"吨": 1.0, "t": 1.0, "千克": 1e-3, "公斤": 1e-3, "kg": 1e-3, "万吨": 1e4}
COUNT_UNITS = {"人": 1.0, "个": 1.0, "年": 1.0}
PERCENT_UNITS = {"%": 1.0, "％": 1.0, "百分比": 1.0}

_BRACKET_RE = re.compile(r"[(（\[【]([^()（）\[\]【】]*)[)）\]】]")
_NOISE_RE = re.compile(r"[\s*＊:：_\-/、]+")


def _key(text: str) -> str:
    return _NOISE_RE.sub("", unicodedata.normalize("NFKC", text)).lower()


AMOUNT_UNITS = ("元", "千元", "万元", "万", "十万元", "百万元", "千万元", "亿元", "亿")


def _known_unit(text: str) -> bool:
    t = _key(text).removeprefix("单位")
    if t in AMOUNT_UNITS:
        return True
    tables = (LAND_UNITS, ENERGY_UNITS, EMISSION_UNITS, COUNT_UNITS, PERCENT_UNITS)
    # _key has already dropped "/": 万元/亩 arrives as 万元亩
    return any(t in table for table in tables) or t in ("万元亩", "元亩", "是否")


def normalise_header(text: Any) -> tuple[str, str | None]:
    """(matching key, unit or None): ``实缴税收（元）`` → ('实缴税收', '元');
    ``交地日期（实际）`` → ('交地日期实际', None)."""
    if text is None:
        return "", None
    s = unicodedata.normalize("NFKC", str(text)).strip()
    unit = None
    for content in _BRACKET_RE.findall(s):
        if _known_unit(content):
            unit = _key(content).removeprefix("单位")
    # Brackets holding a unit are dropped; other bracketed words stay part of the name.
    s = _BRACKET_RE.sub(lambda m: "" if _known_unit(m.group(1)) else m.group(1), s)
    return _key(s), unit


def _alias_table(columns: tuple[Column, ...]) -> dict[str, str]:
    table: dict[str, str] = {}
    for col in columns:
        for text in (col.header, *col.aliases):
            table.setdefault(normalise_header(text)[0], col.key)
    return table


ALIASES = {kind: _alias_table(cols) for kind, cols in COLUMNS.items()}


def column(kind: str, key: str) -> Column:
    return next(c for c in COLUMNS[kind] if c.key == key)


# -- writing ------------------------------------------------------------------------------

INSTRUCTIONS = [
    ("ChainFill 补链招商助手 · 引进项目履约导入模板", ""),
    ("", ""),
    (
        "工作表",
        "“项目协议”每行一个签约项目；“年度报表”每行一个项目一个年度的实绩。两张表可只填其一。",
    ),
    (
        "必填列",
        "带 * 的列必须有（项目协议：协议编号、项目名称、企业名称、签约日期、用地面积；年度报表：年度，以及协议编号或项目名称之一）。",
    ),
    (
        "列名与顺序",
        "可以调整列的顺序、删去不用的列，也可以改用常见的叫法（如“税收”“纳税额”“实缴税金”）：导入时按列名识别。列名里写明单位（如“实缴税收（元）”“用地面积（平方米）”）会自动换算。",
    ),
    ("金额", "默认单位万元；单元格里写“1.2亿元”“3500万”也可以。"),
    ("日期", "2021-03-05、2021/3/5、2021年3月5日 或 Excel 日期均可。"),
    (
        "用地面积",
        "单位亩。没有用地（如租赁厂房）填 0：亩均指标无法计算，不参与亩均评价。用地不足 5 亩的项目按规定不参与亩均评价。",
    ),
    ("年度报表", "年度不能早于签约年度，也不能晚于今年；金额、人数、能耗、排放不能为负数。"),
    (
        "重复",
        "同一项目同一年度在文件里出现多次，以最后一行为准（合并为一条）；库里已有的年度会被更新（空白单元格保留原值），不会重复累计。同一协议编号的项目同理。",
    ),
    (
        "缺失指标",
        "能耗、排放、研发等缺失时该年度照常导入并给出提示：缺失的指标不参与评分，其权重按比例分摊到其余指标，绝不按 0 计。",
    ),
    ("承诺考核", "投资类承诺在约定投产日期考核，产值、税收、就业、研发承诺在约定达产日期考核。"),
    (
        "奖励与违约",
        "奖励 = 当年实缴税收 × 地方留成比例 × 奖励比例（不超过年度上限），在奖励期内且无未达标承诺时兑现。",
    ),
    (
        "导入",
        "命令行：chainfill projects import 文件.xlsx；也可在“项目履约”页面导入。整个文件一次导入：出现文件级错误时不写入任何数据；有问题的行列入拒收清单（行号、列名、原因）。",
    ),
]


def write_template(path: str | Path) -> Path:
    """Write the import template (项目协议, 年度报表, 填写说明) to ``path``."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    from app import filesafety

    path = Path(path)
    filesafety.refuse_open_database(path)
    if path.suffix.lower() != ".xlsx":
        raise UserError(_("模板文件应以 .xlsx 结尾：{name}").format(name=path.name))
    wb = Workbook()
    bold = Font(bold=True)
    required_fill = PatternFill("solid", fgColor="FDE9D9")
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    first = True
    for kind, title in SHEET_TITLES.items():
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        yes_no = DataValidation(type="list", formula1='"是,否"', allow_blank=True)
        ws.add_data_validation(yes_no)
        for i, col in enumerate(COLUMNS[kind], start=1):
            cell = ws.cell(row=1, column=i, value=col.header + (" *" if col.required else ""))
            cell.font = bold
            cell.fill = required_fill if col.required else header_fill
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            if col.hint:
                cell.comment = Comment(col.hint, "ChainFill")
            letter = get_column_letter(i)
            ws.column_dimensions[letter].width = col.width
            if col.kind == "bool":
                yes_no.add(f"{letter}2:{letter}1000")
            elif col.kind == "date":
                for r in range(2, 201):
                    ws.cell(row=r, column=i).number_format = "yyyy-mm-dd"
        ws.freeze_panes = "A2"
        ws.row_dimensions[1].height = 32
    ws = wb.create_sheet(INSTRUCTIONS_TITLE)
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 110
    for r, (a, b) in enumerate(INSTRUCTIONS, start=1):
        ws.cell(row=r, column=1, value=a).font = bold
        ws.cell(row=r, column=2, value=b).alignment = Alignment(wrap_text=True, vertical="top")
    r = len(INSTRUCTIONS) + 2
    ws.cell(row=r, column=1, value="列说明").font = bold
    for kind, title in SHEET_TITLES.items():
        for col in COLUMNS[kind]:
            r += 1
            ws.cell(row=r, column=1, value=title)
            text = col.header + ("（必填）" if col.required else "")
            if col.hint:
                text += "：" + col.hint
            if col.aliases:
                text += "。也可写作：" + "、".join(col.aliases[:6])
            ws.cell(row=r, column=2, value=text).alignment = Alignment(wrap_text=True)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        wb.save(path)
    except OSError as exc:
        raise UserError(
            _("无法写入模板文件 {path}：{strerror}").format(path=path, strerror=exc.strerror)
        ) from exc
    return path


# -- reading ------------------------------------------------------------------------------


@dataclass
class Sheet:
    """One data sheet of an import file, its columns mapped to fields."""

    kind: str  # PROJECT or REPORT
    title: str
    header_row: int  # 1-based, as Excel shows it
    fields: dict[int, str]  # column index (0-based) -> field key
    headers: dict[str, str]  # field key -> the header as written in the file
    units: dict[str, str]  # field key -> unit found in its header
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # (Excel row, values)
    ignored: list[str] = field(default_factory=list)  # headers we did not recognise


HEADER_SCAN_ROWS = 10


def _match_headers(cells: list[Any], kind: str) -> dict[int, str]:
    table = ALIASES[kind]
    out = {}
    for i, cell in enumerate(cells):
        key, _token = normalise_header(cell)
        if key and key in table:
            out[i] = table[key]
    return out


def _sheet_kind(cells: list[Any]) -> tuple[str | None, dict[int, str]]:
    report = _match_headers(cells, REPORT)
    if "year" in report.values() and len(set(report.values())) >= 2:
        return REPORT, report
    project = _match_headers(cells, PROJECT)
    keys = set(project.values())
    if len(keys & {"agreement_no", "name", "firm", "agreement_date"}) >= 2:
        return PROJECT, project
    return None, {}


def read_workbook(path: str | Path) -> list[Sheet]:
    """The data sheets of an import file with their rows; file-level problems raise UserError.

    File-level problems: the file is missing or not an .xlsx workbook; no sheet looks like
    项目协议 or 年度报表; a sheet lacks a required column; two columns mean the same field.
    """
    from app.importing.readers import check_file, open_workbook, xlsx_rows

    path = Path(path)
    if not path.exists():
        raise UserError(_("找不到文件：{path}").format(path=path))
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise UserError(
            _(
                "{name} 不是 Excel 工作簿（.xlsx）：项目导入请使用 chainfill projects template 生成的模板"
            ).format(name=path.name)
        )
    if check_file(path) != "xlsx":
        raise UserError(
            _(
                "无法读取 {name}：文件已损坏或不是 Excel 工作簿（.xlsx）。项目导入请使用 chainfill projects template 生成的模板"
            ).format(name=path.name)
        )
    # damaged archives, forged row numbers and shared-strings bombs: UserError, in Chinese
    wb, fh = open_workbook(path)
    sheets: list[Sheet] = []
    try:
        for ws in wb.worksheets:
            if normalise_header(ws.title)[0] in (_key(INSTRUCTIONS_TITLE), "说明"):
                continue
            rows = xlsx_rows(ws, path.name)
            head: list[list[Any]] = []
            found = None
            for n, row in rows:
                cells = list(row)
                head.append(cells)
                kind, mapping = _sheet_kind(cells)
                if kind is not None:
                    found = (n, kind, mapping, cells)
                    break
                if n >= HEADER_SCAN_ROWS:
                    break
            if found is None:
                continue
            n, kind, mapping, cells = found
            sheet = _build_sheet(ws.title, kind, n, mapping, cells)
            for r, row in rows:
                values = {}
                for i, key in sheet.fields.items():
                    if i < len(row):
                        v = row[i]
                        if isinstance(v, str):
                            v = v.strip() or None
                        values[key] = v
                if any(v is not None for v in values.values()):
                    sheet.rows.append((r, values))
            sheets.append(sheet)
    finally:
        wb.close()
        fh.close()
    if not sheets:
        raise UserError(
            _(
                "{name} 中没有可识别的“项目协议”或“年度报表”工作表（前 {HEADER_SCAN_ROWS} 行内找不到表头）。请使用 chainfill projects template 生成的模板。"
            ).format(name=path.name, HEADER_SCAN_ROWS=HEADER_SCAN_ROWS)
        )
    return sheets


def _build_sheet(
    title: str, kind: str, header_row: int, mapping: dict[int, str], cells: list[Any]
) -> Sheet:
    where = f"工作表“{title}”"
    seen: dict[str, int] = {}
    for i, key in sorted(mapping.items()):
        if key in seen:
            from openpyxl.utils import get_column_letter

            raise UserError(
                _(
                    "{where}第 {header_row} 行：第 {get_column_letter} 列“{value}”和第 {get_column_letter2} 列“{value2}”都对应“{header}”，请删去或改名其中一列"
                ).format(
                    where=where,
                    header_row=header_row,
                    get_column_letter=get_column_letter(seen[key] + 1),
                    value=cells[seen[key]],
                    get_column_letter2=get_column_letter(i + 1),
                    value2=cells[i],
                    header=column(kind, key).header,
                )
            )
        seen[key] = i
    keys = set(mapping.values())
    missing = [c.header for c in COLUMNS[kind] if c.required and c.key not in keys]
    if kind == REPORT and not keys & {"agreement_no", "project_name"}:
        missing.append("协议编号 或 项目名称")
    if missing:
        raise UserError(
            _("{where}缺少必需的列：{value}（表头在第 {header_row} 行）").format(
                where=where, value="、".join(missing), header_row=header_row
            )
        )
    headers = {key: str(cells[i]).strip() for i, key in mapping.items()}
    units = {}
    for i, key in mapping.items():
        unit = normalise_header(cells[i])[1]
        if unit:
            units[key] = unit
    ignored = [
        str(c).strip() for i, c in enumerate(cells) if i not in mapping and c not in (None, "")
    ]
    return Sheet(kind, title, header_row, dict(mapping), headers, units, ignored=ignored)
