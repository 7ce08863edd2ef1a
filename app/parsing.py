"""Pure parsers for the values found in firm spreadsheets.

Every parser takes what a CSV or openpyxl cell gives (``str``, ``int``, ``float``,
``datetime``/``date`` or ``None``) and returns a normalised value, ``None`` for an empty cell,
or raises :class:`ValueError` whose message is the reason in Chinese (without the column name:
the importer adds it). Nothing else is raised. The functions are hot in the importer (millions
of calls), so the common cases take a fast path before any regular expression.

Units stored in ``firms``: amounts in 万 of their currency (registered capital may be foreign,
``currency`` says which; revenue is always 人民币 万元), dates as ``YYYY-MM-DD``, ratios as
fractions (0.052 = 5.2 %), headcounts as integers.
"""

from __future__ import annotations

import functools
import hashlib
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta

from resources.i18n import _

# -- text ------------------------------------------------------------------------------------

# C0/C1 control characters except TAB and LF, plus zero-width and BOM characters.
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff]")

# What registry exports and colleagues write for "unknown".
EMPTY_MARKERS = frozenset(
    {
        "-",
        "--",
        "---",
        "—",
        "——",
        "/",
        "\\",
        "n/a",
        "N/A",
        "NA",
        "na",
        "null",
        "NULL",
        "None",
        "none",
        "nan",
        "NaN",
        "暂无",
        "无",
        "未公开",
        "未披露",
        "不详",
        "未知",
        "空",
    }
)


def clean_text(value: object) -> str | None:
    """Text of a cell without NULs, control characters and edge whitespace; None if empty.

    Line breaks are kept (as ``\\n``); formula-like text (``=…``, ``+…``) is kept verbatim — it
    is data, never evaluated. Empty markers such as ``-`` or ``暂无`` become None.
    """
    if value is None:
        return None
    if isinstance(value, str):
        s = value
    elif isinstance(value, bool):
        s = "是" if value else "否"
    elif isinstance(value, float):
        if not math.isfinite(value):
            return None
        s = str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    elif isinstance(value, datetime):
        s = value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    elif isinstance(value, date):
        s = value.isoformat()
    else:
        s = str(value)
    if not s.isprintable():
        if "\r" in s:
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        s = _CONTROL_RE.sub("", s)
    s = s.strip()
    if not s or s in EMPTY_MARKERS:
        return None
    return s


# After NFKC (which already turns （）［］ into ()[]), the other brackets seen in names.
_OPEN_RE = re.compile("[【〔\\[〈《]")
_CLOSE_RE = re.compile("[】〕\\]〉》]")
_NAME_DROP_RE = re.compile("[\u200b-\u200d\ufeff·•]+")


def label_key(text: str | None, labels: Mapping[str, str]) -> str | None:
    """The key of ``text`` (stripped) given either as a key of ``labels`` or as its label
    (阶段 线索 or lead); None when it is neither."""
    value = (text or "").strip()
    if value in labels:
        return value
    return next((key for key, label in labels.items() if value == label), None)


def normalise_name(name: str) -> str:
    """The matching key of a firm name: NFKC, brackets unified, no spaces, Latin upper-case.

    ``深圳市某某科技（集团）有限公司`` and ``深圳市某某科技(集团) 有限公司`` give the same key.
    """
    s = unicodedata.normalize("NFKC", name)
    if not s.isalnum():  # the common case has letters and digits only, nothing to unify
        s = "".join(_NAME_DROP_RE.sub("", _CLOSE_RE.sub(")", _OPEN_RE.sub("(", s))).split())
    # Upper-casing can leave a decomposed sequence: normalise again (cheap when already NFKC).
    return unicodedata.normalize("NFKC", s.upper())


# The legal form at the end of a name, longest first (after normalise_name: brackets are ASCII).
LEGAL_FORMS = (
    "股份有限公司",
    "有限责任公司",
    "集团有限公司",
    "(集团)有限公司",
    "(集团)股份有限公司",
    "(中国)有限公司",
    "有限合伙企业",
    "(有限合伙)",
    "股份公司",
    "有限公司",
    "(集团)",
    "集团公司",
    "集团",
    "公司",
)
# A place at the start of a name: 广东省, 深圳市, 南山区, 宝安县 … (2–4 characters and its suffix).
_PLACE_PREFIX_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}?(?:省|市|自治区|特别行政区|区|县)")
_PLACE_SUFFIX_RE = re.compile(r"(?:省|市|自治区|特别行政区|区|县)$")


# Places staff put in front of a name without their 省/市 (``深圳汇川``): the provinces, the
# cities of Guangdong and the other large cities. Any ``…市/省/区/县`` is recognised as well.
_PLACE_WORDS = """北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南
    广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门
    广州 深圳 珠海 汕头 佛山 韶关 湛江 肇庆 江门 茂名 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山
    潮州 揭阳 云浮 苏州 杭州 宁波 南京 无锡 常州 武汉 成都 西安 厦门 福州 青岛 济南 长沙 合肥
    郑州 大连 沈阳 昆明 南昌 南宁 贵阳 石家庄 太原 哈尔滨 长春 温州 绍兴 嘉兴 台州 金华 泉州
    烟台 潍坊 珠三角 大湾区"""
PLACES = frozenset(_PLACE_WORDS.split())


def strip_legal_form(key: str) -> str:
    """A normalised name without its legal form: ``汇川技术股份有限公司`` → ``汇川技术``."""
    for _pass in range(2):  # 某某(集团)股份有限公司
        for form in LEGAL_FORMS:
            if key.endswith(form) and len(key) > len(form) + 1:
                key = key[: -len(form)]
                break
        else:
            break
    return key


def name_parts(name: str) -> tuple[list[str], str]:
    """(places, core) of a firm name, the way staff say it: the places at its start without
    their 省/市/区/县 and the rest without the legal form.

    ``深圳市汇川技术股份有限公司`` → (['深圳'], '汇川技术');
    ``广东省东莞市某某精密(集团)有限公司`` → (['广东', '东莞'], '某某精密');
    ``美的集团股份有限公司`` → ([], '美的').
    """
    key = normalise_name(name)
    places: list[str] = []
    while True:
        m = _PLACE_PREFIX_RE.match(key)
        if m is None or len(key) - m.end() < 2:
            break
        places.append(_PLACE_SUFFIX_RE.sub("", m.group(0)))
        key = key[m.end() :]
    return places, strip_legal_form(key)


def place_key(place: str) -> str:
    """``深圳市`` / ``深圳`` → ``深圳``: a city, province or district without its suffix."""
    p = normalise_name(place)
    stripped = _PLACE_SUFFIX_RE.sub("", p)
    return stripped if len(stripped) >= 2 else p


TEXT_HASH_FIELDS = (
    "name",
    "short_name",
    "main_business",
    "business_scope",
    "introduction",
    "industry",
)


def text_hash(values: Iterable[str | None]) -> str:
    """A stable hash of a firm's classifiable text, given in the order of ``TEXT_HASH_FIELDS``.

    The classifier re-classifies a firm when this changes.
    """
    joined = "\x1f".join("" if v is None else v for v in values)
    return hashlib.blake2b(joined.encode("utf-8"), digest_size=12).hexdigest()


# -- numbers ---------------------------------------------------------------------------------

_NUM_RE = re.compile(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?")
_THOUSANDS_RE = re.compile(r"(?<=\d)[,，'](?=\d{3}(?!\d))")
_SPACE_RE = re.compile(r"\s+")


def _as_text(value: object) -> str:
    s = value if isinstance(value, str) else str(value)
    if not s.isascii():
        s = unicodedata.normalize("NFKC", s)
    return s.strip()


def _finite(x: float, raw: object) -> float:
    if not math.isfinite(x):
        raise ValueError(_("不是有效的数字：{raw}").format(raw=_show(raw)))
    return x


def _show(raw: object, limit: int = 30) -> str:
    s = str(raw)
    return s if len(s) <= limit else s[:limit] + "…"


def parse_number(value: object) -> float | None:
    """A plain number: ``1,234.5``, full-width digits, ``(1,234)`` (negative), ``1.2E+08``."""
    if value is None or isinstance(value, bool):
        if isinstance(value, bool):
            raise ValueError(_("不是数字：{value}").format(value=value))
        return None
    if isinstance(value, int):
        return float(value)
    if isinstance(value, float):
        if math.isnan(value):
            return None
        return _finite(value, value)
    if isinstance(value, (datetime, date)):
        raise ValueError(_("应为数字，实际是日期：{value}").format(value=value))
    s = value if isinstance(value, str) else str(value)
    try:
        x = float(s)
    except ValueError:
        pass
    else:
        return None if math.isnan(x) else _finite(x, s)
    t = clean_text(s)
    if t is None:
        return None
    t = _as_text(t)
    negative = t.startswith("(") and t.endswith(")")
    if negative:
        t = t[1:-1]
    t = _SPACE_RE.sub("", _THOUSANDS_RE.sub("", t))
    try:
        x = float(t)
    except ValueError:
        raise ValueError(_("不是数字：{value}").format(value=_show(value))) from None
    return -_finite(x, value) if negative else _finite(x, value)


# -- amounts ---------------------------------------------------------------------------------

# Multiplier of each unit relative to 万 (ten thousand).
UNITS: dict[str, float] = {
    "元": 1e-4,
    "千元": 1e-1,
    "万元": 1.0,
    "万": 1.0,
    "十万元": 10.0,
    "十万": 10.0,
    "百万元": 100.0,
    "百万": 100.0,
    "千万元": 1000.0,
    "千万": 1000.0,
    "亿元": 1e4,
    "亿": 1e4,
    "十亿元": 1e5,
    "十亿": 1e5,
    "百亿元": 1e6,
    "百亿": 1e6,
    "千亿元": 1e7,
    "千亿": 1e7,
    "万亿元": 1e8,
    "万亿": 1e8,
}

# Currency words (after NFKC, upper-cased Latin) -> ISO code.
CURRENCIES: dict[str, str] = {
    "人民币": "CNY",
    "RMB": "CNY",
    "CNY": "CNY",
    "¥": "CNY",
    "￥": "CNY",
    "美元": "USD",
    "美金": "USD",
    "USD": "USD",
    "US$": "USD",
    "$": "USD",
    "港元": "HKD",
    "港币": "HKD",
    "HKD": "HKD",
    "HK$": "HKD",
    "欧元": "EUR",
    "EUR": "EUR",
    "€": "EUR",
    "日元": "JPY",
    "JPY": "JPY",
    "英镑": "GBP",
    "GBP": "GBP",
    "£": "GBP",
    "新台币": "TWD",
    "台币": "TWD",
    "TWD": "TWD",
    "澳元": "AUD",
    "澳大利亚元": "AUD",
    "AUD": "AUD",
    "加元": "CAD",
    "加拿大元": "CAD",
    "CAD": "CAD",
    "新加坡元": "SGD",
    "新元": "SGD",
    "SGD": "SGD",
    "瑞士法郎": "CHF",
    "CHF": "CHF",
    "韩元": "KRW",
    "KRW": "KRW",
    "澳门元": "MOP",
    "澳门币": "MOP",
    "MOP": "MOP",
}
_CURRENCY_RE = re.compile(
    "|".join(re.escape(k) for k in sorted(CURRENCIES, key=len, reverse=True)), re.IGNORECASE
)
# "万美元" = 万 + 美元: strip the currency first, then the remaining unit is one of UNITS.
_UNIT_RE = re.compile(
    "(" + "|".join(re.escape(k) for k in sorted(UNITS, key=len, reverse=True)) + ")$"
)
_AMOUNT_NOISE_RE = re.compile(r"[\s()（）:：约计共]|左右|以上|以下|注册资本|资本")


def currency_code(value: object) -> str | None:
    """An ISO currency code from ``人民币``, ``美元``, ``USD`` …; ValueError if unknown."""
    s = clean_text(value)
    if s is None:
        return None
    t = _as_text(s).upper().replace(" ", "")
    code = CURRENCIES.get(t) or CURRENCIES.get(t.removesuffix("币"))
    if code:
        return code
    if len(t) == 3 and t.isalpha() and t.isascii():
        return t
    raise ValueError(_("无法识别的币种：{value}").format(value=_show(value)))


def unit_factor(unit: str) -> tuple[float | None, str | None]:
    """(multiplier to 万, currency code) for a unit text such as ``万美元``, ``亿元`` or ``美元``.

    The multiplier is None when the text names only a currency (``美元``, ``人民币``).
    """
    t = _as_text(unit).upper().replace(" ", "")
    currency = None
    m = _CURRENCY_RE.search(t)
    if m:
        currency = CURRENCIES[m.group(0).upper()]
        t = t[: m.start()] + t[m.end() :]
    if not t:
        if currency is None:
            raise ValueError(_("无法识别的金额单位：{unit}").format(unit=_show(unit)))
        return None, currency
    if t in UNITS:
        return UNITS[t], currency
    if currency and t + "元" in UNITS:
        return UNITS[t + "元"], currency
    raise ValueError(_("无法识别的金额单位：{unit}").format(unit=_show(unit)))


def _round(x: float) -> float:
    # 万 with 6 decimals is 0.01 元: drop the binary noise of unit conversions (48955.533219).
    if not math.isfinite(x):
        raise ValueError(_("数值过大"))
    return round(x, 6) if abs(x) < 1e15 else x


@functools.lru_cache(maxsize=64)
def _default_factor(default_unit: str) -> tuple[float, str | None]:
    factor, currency = unit_factor(default_unit)
    return (1e-4 if factor is None else factor), currency


_QUICK_UNIT = {"万": 1.0, "亿": 1e4, "千": 0.1}
_UNIT_ENDINGS = frozenset("元万亿币")
_PLAIN_NUMBER = frozenset("0123456789.")


def _quick_amount(s: str) -> tuple[float, str | None] | None:
    """The common registry forms without regular expressions: ``5000万元``, ``1.2亿``,
    ``人民币5000万元``, ``5000万元人民币``; None for anything else (the full parser decides)."""
    currency = None
    if s.endswith("人民币"):
        s, currency = s[:-3], "CNY"
    elif s.startswith("人民币"):
        s, currency = s[3:], "CNY"
    last = s[-1:]
    if last == "元":
        factor = _QUICK_UNIT.get(s[-2:-1])
        if factor is None:
            s, factor = s[:-1], 1e-4
        else:
            s = s[:-2]
    elif last == "万" or last == "亿":
        factor = _QUICK_UNIT[last]
        s = s[:-1]
    else:
        return None
    if not (s.isascii() and s.replace(".", "", 1).isdigit()):
        return None
    x = float(s)
    return (x if factor == 1.0 else _round(x * factor)), currency


def parse_amount(value: object, default_unit: str = "万元") -> tuple[float | None, str | None]:
    """An amount as (number in 万 of its currency, currency code or None if not stated).

    ``5000万元`` → (5000.0, None); ``人民币5000万元`` → (5000.0, 'CNY'); ``1.2亿`` → (12000.0, None);
    ``100万美元`` → (100.0, 'USD'); ``489,555,332.19`` with default_unit ``元`` → (48955.533219, None).
    A bare number is in ``default_unit``.
    """
    if value is None:
        return None, None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        x = parse_number(value)
        if x is None:
            return None, None
        factor, cur = _default_factor(default_unit)
        return _round(x * factor), cur
    s = value if isinstance(value, str) else str(value)
    if s[-1:] in _UNIT_ENDINGS:  # before float(): a raised ValueError costs more than this
        quick = _quick_amount(s)
        if quick is not None:
            return quick
    try:
        x = float(s)
    except ValueError:
        pass
    else:
        if math.isnan(x):
            return None, None
        factor, cur = _default_factor(default_unit)
        return _round(_finite(x, s) * factor), cur
    t = clean_text(s)
    if t is None:
        return None, None
    t = _THOUSANDS_RE.sub("", _as_text(t))
    m = _NUM_RE.search(t)
    if m is None:
        raise ValueError(_("不是金额：{value}").format(value=_show(value)))
    number = _finite(float(m.group(0)), value)
    rest = _AMOUNT_NOISE_RE.sub("", t[: m.start()] + t[m.end() :])
    if _NUM_RE.search(rest):
        raise ValueError(_("含有多个数字，无法确定金额：{value}").format(value=_show(value)))
    default_factor, default_cur = _default_factor(default_unit)
    if not rest:
        return _round(number * default_factor), default_cur
    unit, cur = unit_factor(rest)
    # "人民币5000" names the currency but not the magnitude: that is the default unit's.
    return _round(number * (default_factor if unit is None else unit)), cur or default_cur


# -- percentages -----------------------------------------------------------------------------


def parse_percent(value: object, *, percent_points: bool = False) -> float | None:
    """A ratio as a fraction: ``5.2%`` → 0.052.

    A bare number is read as percentage points when ``percent_points`` (a ``(%)`` header) or
    when its magnitude is above 1 (``5.2`` → 0.052); otherwise as a fraction (``0.052``).
    """
    if isinstance(value, str):
        t = clean_text(value)
        if t is None:
            return None
        t = _as_text(t)
        if t.endswith(("%", "％")):
            x = parse_number(t[:-1])
            return None if x is None else round(x / 100.0, 12)
        if t.endswith("‰"):
            x = parse_number(t[:-1])
            return None if x is None else round(x / 1000.0, 12)
        value = t
    x = parse_number(value)
    if x is None:
        return None
    if percent_points or abs(x) > 1.0:
        return round(x / 100.0, 12)
    return x


# -- integers, headcounts, flags -------------------------------------------------------------


def parse_int(value: object) -> int | None:
    """A non-fractional count such as a number of patents (``1,234`` or ``1234.0``)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    x = parse_number(value)
    if x is None:
        return None
    if not x.is_integer():
        raise ValueError(_("应为整数：{value}").format(value=_show(value)))
    return int(x)


_RANGE_RE = re.compile(r"^(\d+(?:\.\d+)?)(?:人)?(?:-|~|至|到|—|–)(\d+(?:\.\d+)?)人?$")
_LESS_RE = re.compile(
    r"^(?:少于|小于|不足|低于|<|<=|≤)(\d+(?:\.\d+)?)人?$|^(\d+(?:\.\d+)?)人?(?:以下|以内|之内)$"
)
_MORE_RE = re.compile(
    r"^(?:多于|大于|超过|不少于|>|>=|≥)(\d+(?:\.\d+)?)人?$|^(\d+(?:\.\d+)?)人?(?:及?以上|\+)$"
)
_HEAD_NOISE_RE = re.compile(r"[\s,，约共计]|左右")


def parse_headcount(value: object) -> int | None:
    """A headcount as an integer, also from ranges as registry exports give them.

    ``100-499人`` → 299 (midpoint); ``少于50人`` → 25 (half the bound); ``500人以上`` → 500
    (the bound: a conservative, plausible figure).
    """
    if isinstance(value, int) and not isinstance(value, bool):
        if value < 0:
            raise ValueError(_("人数不能为负数：{value}").format(value=value))
        return value
    if isinstance(value, float):
        x = parse_number(value)
        if x is None:
            return None
        if x < 0:
            raise ValueError(_("人数不能为负数：{value}").format(value=_show(value)))
        return round(x)
    if isinstance(value, str):
        try:
            n = int(value)
        except ValueError:
            pass
        else:
            if n < 0:
                raise ValueError(_("人数不能为负数：{value}").format(value=_show(value)))
            return n
    t = clean_text(value)
    if t is None:
        return None
    return _headcount_text(t)


@functools.lru_cache(maxsize=1024)
def _headcount_text(text: str) -> int:
    # Registry exports repeat a few size bands ("100-499人") millions of times: cached.
    value = text
    t = _HEAD_NOISE_RE.sub("", _as_text(text))
    if t.endswith("人"):
        bare = t[:-1]
        try:
            x = float(bare)
        except ValueError:
            pass
        else:
            t = bare
    try:
        x = float(t)
    except ValueError:
        pass
    else:
        if not math.isfinite(x):
            raise ValueError(_("不是有效的人数：{value}").format(value=_show(value)))
        if x < 0:
            raise ValueError(_("人数不能为负数：{value}").format(value=_show(value)))
        return round(x)
    m = _RANGE_RE.match(t)
    if m:
        lo, hi = float(m.group(1)), float(m.group(2))
        if hi < lo:
            raise ValueError(_("人数范围上下限颠倒：{value}").format(value=_show(value)))
        return round((lo + hi) / 2)
    m = _LESS_RE.match(t)
    if m:
        bound = float(m.group(1) or m.group(2))
        return round(bound / 2)
    m = _MORE_RE.match(t)
    if m:
        return round(float(m.group(1) or m.group(2)))
    raise ValueError(_("无法识别的人数：{value}").format(value=_show(value)))


_TRUE = frozenset({"是", "有", "y", "yes", "true", "1", "√", "✓", "✔", "高新", "高新技术企业"})
_FALSE = frozenset({"否", "不是", "非", "n", "no", "false", "0", "×", "✗", "✘"})


def parse_bool(value: object) -> int | None:
    """A yes/no flag as 1/0: ``是``, ``否``, ``Y``, ``N``, ``1``, ``0``, ``√``, ``国家高新技术企业``."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)):
        if value in (0, 1):
            return int(value)
        raise ValueError(_("应为“是”或“否”：{value}").format(value=_show(value)))
    t = clean_text(value)
    if t is None:
        return None
    k = _as_text(t).lower()
    if k in _TRUE or (k.endswith("高新技术企业") and not k.startswith(("非", "不是"))):
        return 1
    if k in _FALSE or k.startswith(("非", "不是")):
        return 0
    raise ValueError(_("应为“是”或“否”：{value}").format(value=_show(value)))


# -- stock codes -----------------------------------------------------------------------------

_STOCK_RE = re.compile(r"^(?:(SZ|SH|BJ)\.?)?(\d{6})(?:\.?(SZ|SH|BJ|SS))?$")


def exchange_of(code6: str) -> str | None:
    """The exchange suffix of a 6-digit mainland code by its prefix, or None if unknown."""
    if code6.startswith(("000", "001", "002", "003", "004", "300", "301", "302", "200", "201")):
        return "SZ"
    if code6.startswith(("600", "601", "603", "605", "688", "689", "900")):
        return "SH"
    if code6.startswith(("43", "83", "87", "88", "92")):
        return "BJ"
    return None


def normalise_stock_code(value: object) -> str | None:
    """``000001`` / ``1`` (an Excel number) / ``sz000001`` / ``000001.SZ`` → ``000001.SZ``.

    Codes that are not 6-digit mainland codes (e.g. Hong Kong ``00700.HK``) are kept as written.
    """
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if isinstance(value, float) and not value.is_integer():
            raise ValueError(_("不是有效的股票代码：{value}").format(value=_show(value)))
        value = f"{int(value):06d}"
    t = clean_text(value)
    if t is None:
        return None
    t = _as_text(t).upper().replace(" ", "")
    m = _STOCK_RE.match(t)
    if not m:
        return t
    prefix, digits, suffix = m.groups()
    exchange = suffix or prefix
    if exchange == "SS":
        exchange = "SH"
    if exchange is None:
        exchange = exchange_of(digits)
        if exchange is None:
            return digits
    return f"{digits}.{exchange}"


# -- dates -----------------------------------------------------------------------------------

EXCEL_EPOCH = date(1899, 12, 30)
_MAX_SERIAL = 2958465  # 9999-12-31
_ISO_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_YMD_RE = re.compile(
    r"^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?"
    r"(?:(?:\s+|T)\d{1,2}[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$"
)
_COMPACT_RE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_SERIAL_RE = re.compile(r"^\d{1,7}(?:\.\d+)?$")
_YEAR_MONTH_RE = re.compile(r"^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*月?$")


def _make_date(y: int, m: int, d: int, raw: object) -> date:
    if not 1 <= m <= 12:
        raise ValueError(_("月份 {m} 不存在：{raw}").format(m=m, raw=_show(raw)))
    try:
        return date(y, m, d)
    except ValueError:
        raise ValueError(
            _("日期不存在：{y}年{m}月没有{d}日（{raw}）").format(y=y, m=m, d=d, raw=_show(raw))
        ) from None


def _from_serial(x: float, raw: object) -> date:
    n = math.floor(x)  # a fraction is the time of day
    if n < 1 or n > _MAX_SERIAL:
        raise ValueError(_("不是有效的日期：{raw}").format(raw=_show(raw)))
    if n == 60:
        raise ValueError(_("Excel 日期序号 60 对应不存在的 1900年2月29日"))
    if n < 60:
        return date(1899, 12, 31) + timedelta(days=n)
    return EXCEL_EPOCH + timedelta(days=n)


def parse_date(
    value: object, *, earliest: date | None = None, latest: date | None = None
) -> str | None:
    """A date as ``YYYY-MM-DD``.

    Accepts ``2019-03-05``, ``2019/3/5``, ``2019.3.5``, ``2019年3月5日``, ``20190305``,
    date-times (the time is dropped), Excel serial numbers (as numbers or digit strings) and
    ``datetime``/``date`` objects. Impossible dates (2019-02-30), year-only or day-first forms are
    rejected with the reason; so are dates outside ``earliest`` … ``latest`` when given.
    """
    if (
        value.__class__ is str
        and len(value) == 10
        and value[4] == "-"
        and value[7] == "-"
        and value.isascii()
        and value[5:7].isdigit()
        and value[8:].isdigit()
    ):
        # Fast path for what most files hold: an ISO date, valid, within the bounds.
        try:
            d = date.fromisoformat(value)
        except ValueError:
            pass
        else:
            if (earliest is None or d >= earliest) and (latest is None or d <= latest):
                return value
    parsed = _to_date(value)
    if parsed is None:
        return None
    if earliest is not None and parsed < earliest:
        raise ValueError(
            _("日期 {date} 早于 {limit}，不可信").format(
                date=parsed.isoformat(), limit=earliest.isoformat()
            )
        )
    if latest is not None and parsed > latest:
        raise ValueError(
            _("日期 {date} 晚于 {limit}，不可信").format(
                date=parsed.isoformat(), limit=latest.isoformat()
            )
        )
    return parsed.isoformat()


def _to_date(value: object) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise ValueError(_("不是日期：{value}").format(value=value))
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not math.isfinite(value):
            raise ValueError(_("不是日期：{value}").format(value=value))
        if isinstance(value, int) or value.is_integer():
            n = int(value)
            if 19000101 <= n <= 21001231:
                return _from_compact(str(n), value)
            if 1000 <= n <= 2100:
                raise ValueError(_("日期不完整（只有年份）：{value}").format(value=n))
        return _from_serial(float(value), value)
    s = value if isinstance(value, str) else str(value)
    if len(s) == 10 and s[4] == "-" and s[7] == "-" and s.isascii():
        try:
            return date.fromisoformat(s)
        except ValueError:
            pass  # the slow path below gives the reason
    m = _ISO_RE.match(s)
    if m:
        return _make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)), s)
    t = clean_text(s)
    if t is None:
        return None
    t = _as_text(t)
    m = _YMD_RE.match(t)
    if m:
        return _make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)), value)
    m = _COMPACT_RE.match(t)
    if m:
        return _from_compact(t, value)
    if _SERIAL_RE.match(t):
        x = float(t)
        if 1000 <= x <= 2100 and x.is_integer() and len(t) == 4:
            raise ValueError(_("日期不完整（只有年份）：{value}").format(value=t))
        return _from_serial(x, value)
    if _YEAR_MONTH_RE.match(t):
        raise ValueError(_("日期不完整（缺少日）：{value}").format(value=_show(value)))
    raise ValueError(
        _("无法识别的日期：{value}（请用 2019-03-05 或 2019年3月5日 的形式）").format(
            value=_show(value)
        )
    )


def _from_compact(t: str, raw: object) -> date:
    return _make_date(int(t[:4]), int(t[4:6]), int(t[6:8]), raw)
