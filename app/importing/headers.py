"""Column headers: the firm fields, their aliases in the spreadsheets staff receive, units.

Registry exports (企查查 / 天眼查 / 启信宝), exchange lists (A股列表), the shared data files'
English headers and the project's own template all map onto the columns of ``firms``.
Headers are compared after normalisation: NFKC, brackets unified, spaces removed, lower-case,
and a unit in brackets (``注册资本(万元)``, ``营业收入（亿元）``, ``研发投入占比(%)``) taken off and
kept as a unit hint.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from app.firm_record import FIELDS
from app.parsing import CURRENCIES, UNITS, clean_text
from resources.i18n import N_, _


def template_headers() -> list[str]:
    """The headers of ChainFill's own firm import template, in order (one per field)."""
    return list(FIELDS.values())


_ALIAS_LISTS: dict[str, tuple[str, ...]] = {
    "name": (
        "企业名称",
        "公司名称",
        "公司全称",
        "企业全称",
        "名称",
        "企业名",
        "公司名",
        "单位名称",
        "单位全称",
        "单位",
        "企业",
        "公司",
        "企业单位名称",
        "招商对象",
        "目标企业",
        "机构名称",
        "纳税人名称",
        "name",
        "company",
        "company_name",
        "com_name",
        "firm",
    ),
    "short_name": (
        "企业简称",
        "公司简称",
        "简称",
        "a股简称",
        "证券简称",
        "股票简称",
        "short_name",
        "shortname",
    ),
    "uscc": (
        "统一社会信用代码",
        "社会信用代码",
        "信用代码",
        "统一信用代码",
        "统一代码",
        "uscc",
        "credit_code",
    ),
    "stock_code": (
        "股票代码",
        "证券代码",
        "a股代码",
        "公司代码",
        "代码",
        "stock_code",
        "ts_code",
        "symbol",
    ),
    "legal_rep": ("法定代表人", "法人代表", "法人", "法定代表", "负责人", "legal_rep"),
    "firm_type": ("企业类型", "公司类型", "企业性质", "公司性质", "firm_type"),
    "industry": (
        "所属行业",
        "行业",
        "行业分类",
        "国标行业",
        "国标行业大类",
        "国标行业中类",
        "证监会行业",
        "所属行业名称",
        "industry",
        "industry_src",
    ),
    "province": ("所属省份", "所在省份", "省份", "所在省", "省", "province"),
    "city": (
        "所属城市",
        "所在城市",
        "城市",
        "所在市",
        "地市",
        "市",
        "所属地区",
        "所在地区",
        "所在地",
        "地区",
        "city",
    ),
    "district": ("所属区县", "所在区县", "所在区", "区县", "县区", "区", "district"),
    "address": (
        "注册地址",
        "企业地址",
        "公司地址",
        "地址",
        "住所",
        "通信地址",
        "通讯地址",
        "办公地址",
        "address",
    ),
    "founded": ("成立日期", "成立时间", "注册日期", "设立日期", "成立日", "founded"),
    "registered_capital": (
        "注册资本",
        "注册资金",
        "注册资本金",
        "registered_capital",
        "reg_capital",
    ),
    "currency": ("注册资本币种", "币种", "货币", "currency"),
    "employees": (
        "参保人数",
        "员工人数",
        "员工数",
        "职工人数",
        "从业人数",
        "人员规模",
        "公司员工数",
        "员工规模",
        "employees",
    ),
    "revenue": (
        "营业收入",
        "营业总收入",
        "营收",
        "年营业收入",
        "销售收入",
        "年销售额",
        "主营业务收入",
        "revenue",
    ),
    "revenue_growth": (
        "营收增长率",
        "营业收入增长率",
        "营收同比",
        "营业收入同比增长",
        "营收同比增长",
        "revenue_growth",
    ),
    "rd_ratio": (
        "研发投入占比",
        "研发费用占比",
        "研发占比",
        "研发强度",
        "研发投入强度",
        "rd_ratio",
    ),
    "patents": ("专利数量", "专利数", "专利", "专利信息", "有效专利数", "专利总数", "patents"),
    "high_tech": (
        "高新技术企业",
        "是否高新技术企业",
        "是否高新",
        "高新企业",
        "国家高新技术企业",
        "high_tech",
    ),
    "listing": ("上市板块", "板块", "上市状态", "上市情况", "市场类型", "listing", "szse_board"),
    "listing_date": (
        "上市日期",
        "a股上市日期",
        "上市时间",
        "listing_date",
        "list_date",
    ),
    "main_business": (
        "主营业务",
        "主营产品",
        "主要产品",
        "主营",
        "主营业务/产品",
        "产品",
        "main_business",
    ),
    "business_scope": ("经营范围", "business_scope"),
    "introduction": (
        "企业简介",
        "公司简介",
        "简介",
        "企业介绍",
        "公司介绍",
        "introduction",
    ),
    "website": ("官网", "网址", "网站", "企业官网", "官方网站", "公司网址", "website"),
}

# Why a column is not imported: a code, kept and compared as such, and worded (in the
# interface's language) only where it is shown, by IgnoredColumn.text().
EMPTY = "empty"  # the header cell is blank
UNKNOWN = "unknown"  # a header we do not know
PERSONAL = "personal"  # a contact column: personal data stays out of the firm database
NOT_STORED = "not_stored"  # a column we know and deliberately do not keep
DUPLICATE = "duplicate"  # a second column for a field an earlier column already fills
UNMAPPED = "unmapped"  # a hand-made mapping gave the column no field

_REASON_TEXT = {
    EMPTY: N_("空列名"),
    UNKNOWN: N_("未识别的列名"),
    PERSONAL: N_("联系方式属于个人信息，不导入企业库"),
    NOT_STORED: N_("ChainFill 不保存此项"),
    UNMAPPED: N_("未指定字段"),
}


@dataclass(frozen=True)
class IgnoredColumn:
    """Why one column is left out of an import: ``code`` (one of the codes above) and, for a
    DUPLICATE, the 0-based column that already fills ``field``."""

    code: str
    first: int | None = None
    field: str | None = None

    def text(self) -> str:
        """The reason for people, in the language in force."""
        if self.code == DUPLICATE and self.first is not None and self.field is not None:
            return _("与第 {n} 列重复（{field}）").format(
                n=self.first + 1, field=_(FIELDS[self.field])
            )
        return _(_REASON_TEXT[self.code])


_IGNORED_LISTS: dict[str, tuple[str, ...]] = {
    PERSONAL: (
        "电话",
        "联系电话",
        "更多电话",
        "手机",
        "手机号",
        "手机号码",
        "固定电话",
        "邮箱",
        "电子邮箱",
        "更多邮箱",
        "邮件",
        "联系人",
        "联系方式",
        "传真",
        "微信",
        "qq",
        "phone",
        "tel",
        "email",
        "mobile",
    ),
    NOT_STORED: (
        "序号",
        "编号",
        "实缴资本",
        "实缴资金",
        "经营状态",
        "登记状态",
        "企业状态",
        "英文名",
        "英文名称",
        "英文全称",
        "公司英文全称",
        "曾用名",
        "纳税人识别号",
        "注册号",
        "工商注册号",
        "组织机构代码",
        "登记机关",
        "核准日期",
        "营业期限",
        "营业期限自",
        "营业期限至",
        "纳税人资质",
        "进出口企业代码",
        "企业规模",
        "国标行业门类",
        "总股本",
        "流通股本",
        "a股总股本",
        "a股流通股本",
        "b股代码",
        "b股简称",
        "b股上市日期",
        "b股总股本",
        "b股流通股本",
        "szse_industry",
        "tushare_city",
        "city_basis",
        "id",
    ),
}

# The default unit of an amount column whose header names none. The shared data files'
# English ``revenue`` is in 元; everything else (registry exports, the template) is in 万元.
_DEFAULT_UNITS = {"revenue": "元"}
AMOUNT_FIELDS = frozenset({"registered_capital", "revenue"})
PERCENT_FIELDS = frozenset({"revenue_growth", "rd_ratio"})

_BRACKETS = str.maketrans({"【": "(", "】": ")", "[": "(", "]": ")", "〔": "(", "〕": ")"})
_BRACKET_RE = re.compile(r"\(([^()]*)\)")
_SPACES_RE = re.compile(r"\s+")
_UNIT_WORDS = sorted(
    {
        *UNITS,
        *(u + c for u in ("", "万", "亿", "千", "百万") for c in CURRENCIES if not c.isascii()),
    },
    key=len,
    reverse=True,
)
_UNIT_SUFFIX_RE = re.compile(
    r"[/／_]?(?:单位[:：]?)?(" + "|".join(re.escape(u) for u in _UNIT_WORDS) + r"|%)$"
)


def _key(text: str) -> str:
    return _SPACES_RE.sub("", text).lower()


ALIASES: dict[str, str] = {_key(a): f for f, aliases in _ALIAS_LISTS.items() for a in aliases}
IGNORED: dict[str, str] = {_key(a): r for r, aliases in _IGNORED_LISTS.items() for a in aliases}


def _is_unit(text: str) -> bool:
    t = _key(text).removeprefix("单位").lstrip(":：")
    return t in ("%", "人", "个", "件") or t.upper() in CURRENCIES or t in _UNIT_WORDS


def normalise_header(text: object) -> tuple[str, str | None]:
    """(matching key, unit hint or None) of a header cell.

    ``注册资本（万元）`` → ('注册资本', '万元'); ``企业(机构)类型`` → ('企业类型', None);
    ``营业收入(元)`` → ('营业收入', '元'); ``研发投入占比 (%)`` → ('研发投入占比', '%').
    """
    s = clean_text(text)
    if s is None:
        return "", None
    s = unicodedata.normalize("NFKC", s).translate(_BRACKETS)
    s = s.strip().strip("*:：").strip()
    unit = None
    for content in _BRACKET_RE.findall(s):
        if _is_unit(content):
            unit = _key(content).removeprefix("单位").lstrip(":：")
    key = _key(_BRACKET_RE.sub("", s)).strip("*:：")
    if key not in ALIASES and key not in IGNORED:
        m = _UNIT_SUFFIX_RE.search(key)
        if m and m.start() > 0 and key[: m.start()] in ALIASES:
            unit = m.group(1)
            key = key[: m.start()]
    return key, unit


def field_of(text: object) -> str | None:
    """The firm field a header maps to, or None."""
    return ALIASES.get(normalise_header(text)[0])


def is_recognised(text: object) -> bool:
    """True for a header we know: a field alias or a column we deliberately ignore."""
    key = normalise_header(text)[0]
    return key in ALIASES or key in IGNORED


def recognised_count(row: Sequence[object]) -> int:
    """How many cells of a row are known headers (to find the header row under a title)."""
    return sum(1 for cell in row if cell is not None and cell != "" and is_recognised(cell))


def default_unit(field: str, header: object) -> str | None:
    """The unit of an amount or percentage column: the header's hint, else the field default."""
    key, unit = normalise_header(header)
    if field in AMOUNT_FIELDS:
        if unit and unit not in ("%", "人", "个", "件"):
            return unit
        return _DEFAULT_UNITS.get(key, "万元")
    if field in PERCENT_FIELDS:
        return "%" if unit == "%" else None
    return None


def detect_mapping(
    headers: Sequence[object],
) -> tuple[dict[int, str | None], dict[int, IgnoredColumn]]:
    """(column index -> field or None, column index -> why it is ignored) for a header row.

    When several columns map to the same field, the first one is used.
    """
    mapping: dict[int, str | None] = {}
    reasons: dict[int, IgnoredColumn] = {}
    used: dict[str, int] = {}
    for i, cell in enumerate(headers):
        key, _token = normalise_header(cell)
        field = ALIASES.get(key)
        if not key:
            mapping[i] = None
            reasons[i] = IgnoredColumn(EMPTY)
        elif field is None:
            mapping[i] = None
            reasons[i] = IgnoredColumn(IGNORED.get(key, UNKNOWN))
        elif field in used:
            mapping[i] = None
            reasons[i] = IgnoredColumn(DUPLICATE, used[field], field)
        else:
            mapping[i] = field
            used[field] = i
    return mapping, reasons


# Words that mean "do not import this column" in a ``--map 列名=不导入``.
SKIP_WORDS = frozenset({"", "-", "不导入", "忽略", "无", "none", "skip"})


def field_for(text: str) -> str | None:
    """The field named by ``text`` in a hand-made mapping: a field code (``city``), its label
    (``所属城市``, ``注册资本(万元)`` or ``注册资本``) or any header alias; None for 不导入.
    UserError (in Chinese, listing the fields) when there is no such field."""
    from app.errors import UserError

    t = (text or "").strip()
    if t.lower() in SKIP_WORDS:
        return None
    if t in FIELDS:
        return t
    for f, label in FIELDS.items():
        if t == label or normalise_header(t)[0] == normalise_header(label)[0]:
            return f
    found = field_of(t)
    if found is not None:
        return found
    names = "、".join(f"{label}（{f}）" for f, label in FIELDS.items())
    raise UserError(
        _(
            "没有字段“{t}”。可用的字段（中文名或代码均可）：{names}；不导入某列请写“不导入”。"
        ).format(t=t, names=names)
    )


def mapping_from_pairs(headers: Sequence[str], pairs: Sequence[str]) -> dict[int, str | None]:
    """A whole mapping for ``headers`` from ``列名=字段`` pairs (``chainfill import --map``).

    The columns named keep the field given; the others keep the detected field unless that
    field was given to a named column. A column is its header text (compared as headers are)
    or ``#N``, its number from 1. UserError for a malformed pair, an unknown or ambiguous
    column, an unknown field or a field given twice.
    """
    from app.errors import UserError

    keys = [normalise_header(h)[0] for h in headers]
    shown = "、".join(h or f"#{i + 1}" for i, h in enumerate(headers)) or "（无）"
    chosen: dict[int, str | None] = {}
    for pair in pairs:
        column, sep, field_text = pair.partition("=")
        column = column.strip()
        if not sep or not column:
            raise UserError(
                _("--map 的写法是“列名=字段”，例如 --map 单位名称=企业名称；收到：{pair}").format(
                    pair=pair
                )
            )
        if column.startswith("#") and column[1:].isdigit():
            n = int(column[1:])
            if not 1 <= n <= len(headers):
                raise UserError(
                    _("--map 中的 {column} 不存在：表头共 {len} 列。").format(
                        column=column, len=len(headers)
                    )
                )
            index = n - 1
        else:
            hits = [i for i, h in enumerate(headers) if h.strip() == column]
            if not hits:
                key = normalise_header(column)[0]
                hits = [i for i, k in enumerate(keys) if k and k == key]
            if not hits:
                raise UserError(
                    _("--map 中的列“{column}”不在表头中。文件中的列名：{shown}").format(
                        column=column, shown=shown
                    )
                )
            if len(hits) > 1:
                raise UserError(
                    _(
                        "表头中有 {len} 列都叫“{column}”，请用列号指定，例如 --map #{value}=…"
                    ).format(len=len(hits), column=column, value=hits[0] + 1)
                )
            index = hits[0]
        if index in chosen:
            raise UserError(
                _("--map 给第 {value} 列（{value2}）指定了两次。").format(
                    value=index + 1, value2=headers[index]
                )
            )
        chosen[index] = field_for(field_text)
    given: dict[str, int] = {}
    for i, f in sorted(chosen.items()):
        if f is None:
            continue
        if f in given:
            raise UserError(
                _(
                    "字段“{value}”同时对应了第 {value2} 列和第 {value3} 列，每个字段只能对应一列"
                ).format(value=FIELDS[f], value2=given[f] + 1, value3=i + 1)
            )
        given[f] = i
    detected, _unmapped = detect_mapping(headers)
    result: dict[int, str | None] = {}
    for i in range(len(headers)):
        if i in chosen:
            result[i] = chosen[i]
        else:
            f = detected.get(i)
            result[i] = f if f is not None and f not in given else None
    return result
