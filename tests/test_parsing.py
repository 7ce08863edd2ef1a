"""app.parsing: the value parsers of the importer (unit tests and property tests)."""

from __future__ import annotations

import math
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import parsing as P

# -- text ------------------------------------------------------------------------------------


def test_clean_text_strips_nul_controls_and_edges():
    assert P.clean_text("  深圳\x00市\x07科技\r\n公司\u3000") == "深圳市科技\n公司"
    assert P.clean_text("\ufeff名称") == "名称"
    assert P.clean_text("a\tb") == "a\tb"


@pytest.mark.parametrize("empty", [None, "", "   ", "-", "--", "—", "暂无", "N/A", "null", "\x00"])
def test_clean_text_empty_markers(empty):
    assert P.clean_text(empty) is None


def test_formula_like_text_is_kept_verbatim():
    for text in ['=HYPERLINK("http://x","点我")', "+86 755 1234", "-abc", "@SUM(A1)"]:
        assert P.clean_text(text) == text


def test_clean_text_of_cell_types():
    assert P.clean_text(12345.0) == "12345"
    assert P.clean_text(1.5) == "1.5"
    assert P.clean_text(datetime(2019, 3, 5)) == "2019-03-05"
    assert P.clean_text(True) == "是"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("深圳市某某科技（集团）有限公司", "深圳市某某科技(集团) 有限公司"),
        ("深圳市某某科技【集团】有限公司", "深圳市某某科技(集团)有限公司"),
        ("ＴＣＬ科技集团股份有限公司", "tcl科技集团股份有限公司"),
        ("华为 技术\u3000有限公司", "华为技术有限公司"),
    ],
)
def test_normalise_name_unifies_brackets_spaces_and_case(a, b):
    assert P.normalise_name(a) == P.normalise_name(b)


def test_normalise_name_keeps_different_names_apart():
    assert P.normalise_name("深圳市甲科技有限公司") != P.normalise_name("深圳市乙科技有限公司")


@given(st.text())
def test_normalise_name_is_idempotent(s):
    once = P.normalise_name(s)
    assert P.normalise_name(once) == once


def test_text_hash_is_stable_and_sensitive():
    a = P.text_hash(["甲公司", None, "锂电池", None, None, "制造业"])
    assert a == P.text_hash(["甲公司", None, "锂电池", None, None, "制造业"])
    assert a != P.text_hash(["甲公司", None, "锂电池材料", None, None, "制造业"])
    # A field boundary cannot be faked by moving text between fields.
    assert P.text_hash(["ab", "c"]) != P.text_hash(["a", "bc"])


# -- amounts ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "unit", "expected"),
    [
        ("5000万元", "万元", (5000.0, None)),
        ("5000万", "万元", (5000.0, None)),
        ("人民币5000万元", "万元", (5000.0, "CNY")),
        ("5000万元人民币", "万元", (5000.0, "CNY")),
        ("5,000 万元", "万元", (5000.0, None)),
        ("５，０００万元", "万元", (5000.0, None)),
        ("1.2亿元", "万元", (12000.0, None)),
        ("1.2亿", "万元", (12000.0, None)),
        ("300千元", "万元", (30.0, None)),
        ("100万美元", "万元", (100.0, "USD")),
        ("100万(美元)", "万元", (100.0, "USD")),
        ("50万港元", "万元", (50.0, "HKD")),
        ("20万欧元", "万元", (20.0, "EUR")),
        ("489555332.19", "元", (48955.533219, None)),
        (489555332.19, "元", (48955.533219, None)),
        ("3", "亿元", (30000.0, None)),
        (63828.0604, "万元", (63828.0604, None)),
        ("", "万元", (None, None)),
        ("-", "万元", (None, None)),
        (None, "万元", (None, None)),
    ],
)
def test_parse_amount(raw, unit, expected):
    assert P.parse_amount(raw, unit) == expected


@pytest.mark.parametrize("raw", ["abc", "5000万元-8000万元", "12 34万", "万元", "inf", "5000斤"])
def test_parse_amount_rejects_with_reason(raw):
    with pytest.raises(ValueError) as err:
        P.parse_amount(raw)
    assert str(err.value)  # a Chinese reason
    assert any("\u4e00" <= ch <= "\u9fff" for ch in str(err.value))


def test_negative_amounts_are_parsed_for_the_caller_to_judge():
    assert P.parse_amount("-500万元") == (-500.0, None)


def test_currency_code():
    assert P.currency_code("人民币") == "CNY"
    assert P.currency_code("美元") == "USD"
    assert P.currency_code("usd") == "USD"
    assert P.currency_code("港币") == "HKD"
    assert P.currency_code("") is None
    with pytest.raises(ValueError):
        P.currency_code("贝壳")


# -- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "2019-03-05",
        "2019/3/5",
        "2019.3.5",
        "2019年3月5日",
        "2019 年 3 月 5 日",
        "20190305",
        20190305,
        "2019-03-05 00:00:00",
        "2019/3/5 9:30",
        "２０１９年３月５日",
        43529,
        43529.0,
        "43529",
        43529.75,  # a time of day
        datetime(2019, 3, 5, 10, 30),
        date(2019, 3, 5),
    ],
)
def test_parse_date_forms(raw):
    assert P.parse_date(raw) == "2019-03-05"


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("2019-02-30", "2019年2月没有30日"),
        ("2019/2/29", "没有29日"),
        ("20190230", "没有30日"),
        ("2019-13-01", "月份 13"),
        ("2019", "只有年份"),
        (2019, "只有年份"),
        ("2019年3月", "缺少日"),
        ("3/5/2019", "无法识别"),
        ("明年", "无法识别"),
        (60, "1900年2月29日"),
    ],
)
def test_parse_date_rejects_with_reason(raw, fragment):
    with pytest.raises(ValueError, match=fragment):
        P.parse_date(raw)


def test_parse_date_bounds():
    with pytest.raises(ValueError, match="早于"):
        P.parse_date("1899-12-31", earliest=date(1900, 1, 1))
    with pytest.raises(ValueError, match="晚于"):
        P.parse_date("2999-01-01", latest=date(2100, 1, 1))
    assert P.parse_date("2000-01-01", earliest=date(1900, 1, 1), latest=date(2100, 1, 1))


def test_leap_day_is_a_real_date():
    assert P.parse_date("2020-02-29") == "2020-02-29"


# -- headcounts, percentages, flags, stock codes ---------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (1234, 1234),
        ("1234", 1234),
        ("1,234人", 1234),
        (1234.0, 1234),
        ("1234.0", 1234),
        ("100-499人", 300),
        ("1000-4999人", 3000),
        ("少于50人", 25),
        ("50人以下", 25),
        ("500人以上", 500),
        ("10000人及以上", 10000),
        ("约300人", 300),
        ("0", 0),
        ("-", None),
        ("", None),
    ],
)
def test_parse_headcount(raw, expected):
    assert P.parse_headcount(raw) == expected


@pytest.mark.parametrize("raw", ["-5", -5, "很多", "499-100人", "nan人"])
def test_parse_headcount_rejects(raw):
    with pytest.raises(ValueError):
        P.parse_headcount(raw)


@pytest.mark.parametrize(
    ("raw", "points", "expected"),
    [
        ("5.2%", False, 0.052),
        ("5.2％", False, 0.052),
        ("5.2", False, 0.052),
        ("0.052", False, 0.052),
        ("0.5", True, 0.005),
        (12, False, 0.12),
        ("-3%", False, -0.03),
        ("12‰", False, 0.012),
        ("", False, None),
    ],
)
def test_parse_percent(raw, points, expected):
    got = P.parse_percent(raw, percent_points=points)
    assert (got is None and expected is None) or math.isclose(got, expected)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("是", 1), ("否", 0), ("Y", 1), ("n", 0), (1, 1), (0, 0), ("√", 1), ("国家高新技术企业", 1)],
)
def test_parse_bool(raw, expected):
    assert P.parse_bool(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("000001", "000001.SZ"),
        (1, "000001.SZ"),
        (300750.0, "300750.SZ"),
        ("sz000001", "000001.SZ"),
        ("000001.sz", "000001.SZ"),
        ("600000", "600000.SH"),
        ("688981.SS", "688981.SH"),
        ("430047", "430047.BJ"),
        ("00700.HK", "00700.HK"),
        ("", None),
    ],
)
def test_normalise_stock_code(raw, expected):
    assert P.normalise_stock_code(raw) == expected


# -- properties: parsers return a value or raise ValueError, nothing else --------------------

cells = st.one_of(
    st.none(),
    st.text(),
    st.text(alphabet="0123456789.,-+%万亿元人民币美年月日/ 人以上少于~Ee"),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.datetimes(),
    st.dates(),
)


@pytest.mark.parametrize(
    "parser",
    [
        P.clean_text,
        P.parse_number,
        P.parse_amount,
        P.parse_date,
        P.parse_headcount,
        P.parse_percent,
        P.parse_int,
        P.parse_bool,
        P.normalise_stock_code,
        P.currency_code,
    ],
)
@settings(max_examples=300, deadline=None)
@given(value=cells)
def test_parsers_raise_only_value_error(parser, value):
    try:
        parser(value)
    except ValueError as exc:
        assert str(exc)


@settings(max_examples=300, deadline=None)
@given(
    st.dates(min_value=date(1906, 1, 1), max_value=date(2100, 12, 31)), st.sampled_from(range(7))
)
def test_dates_round_trip_in_every_form(d, form):
    # From 1906 on: Excel serials 1000–2100 (1902–1905) are read as a bare year, by design.
    text = [
        d.isoformat(),
        f"{d.year}/{d.month}/{d.day}",
        f"{d.year}.{d.month}.{d.day}",
        f"{d.year}年{d.month}月{d.day}日",
        d.strftime("%Y%m%d"),
        (d - date(1899, 12, 30)).days,
        datetime(d.year, d.month, d.day, 12, 0),
    ][form]
    assert P.parse_date(text) == d.isoformat()


@settings(max_examples=300, deadline=None)
@given(st.decimals(min_value=0, max_value=10**9, places=4, allow_nan=False))
def test_amount_units_are_consistent(x):
    yuan = P.parse_amount(f"{x}元")[0]
    wan = P.parse_amount(f"{x}万元")[0]
    yi = P.parse_amount(f"{x}亿元")[0]
    assert math.isclose(yuan * 1e4, float(x), rel_tol=1e-6, abs_tol=1e-2)
    assert math.isclose(wan, float(x), rel_tol=1e-9)
    assert math.isclose(yi, float(x) * 1e4, rel_tol=1e-9)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**7))
def test_headcount_of_plain_numbers(n):
    assert P.parse_headcount(str(n)) == n
    assert P.parse_headcount(f"{n:,}人") == n
