"""Cell texts to firm field values: the importer's converters, mapping and row conversion.

Rows are converted one by one (a million rows, a dozen cells each), so repeated cell texts
are converted once per column (dates, amounts, size bands) and plain text columns are
cleaned inline. ``app.firm_edit`` parses a value typed by hand with the same converters.
"""

from __future__ import annotations

import json
import math
import operator
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any, NamedTuple

from app import uscc as uscc_mod
from app.errors import UserError
from app.importing.headers import (
    AMOUNT_FIELDS,
    EMPTY,
    FIELDS,
    NOT_STORED,
    PERCENT_FIELDS,
    PERSONAL,
    UNMAPPED,
    IgnoredColumn,
    default_unit,
)
from app.importing.report import Reject, show_value
from app.parsing import (
    EMPTY_MARKERS,
    clean_text,
    currency_code,
    normalise_name,
    normalise_stock_code,
    parse_amount,
    parse_bool,
    parse_date,
    parse_headcount,
    parse_int,
    parse_percent,
)
from resources.i18n import _

NAME_MAX = 200
SHORT_TEXT_MAX = 2000
LONG_TEXT_MAX = 50_000
LONG_TEXT_FIELDS = frozenset({"main_business", "business_scope", "introduction", "address"})
CAPITAL_MAX = 1e8  # 万元: 1 万亿元
REVENUE_MAX = 1e9  # 万元: 10 万亿元
EMPLOYEES_MAX = 2_000_000
PATENTS_MAX = 1_000_000
EARLIEST = date(1900, 1, 1)
NOT_NAMES = frozenset({"合计", "总计", "小计", "总数", "合 计", "汇总"})

# firms.provenance: {"*": entry} for the values a firm was created with, plus {field: entry}
# for each field a later import filled or changed; entry = {"source", "at", "import"}.
# (Writing the entry under every field of every new firm doubled the size of the database.)
CREATED = "*"

Converter = Callable[[Any], Any]


class Column(NamedTuple):
    position: int  # 0-based column of the file ("index" would shadow tuple.index)
    field: str
    label: str  # the header as written in the file
    convert: Converter | None  # None: plain text, cleaned inline (the hot path)
    limit: int = 0  # longest text accepted (text columns)
    memo: dict[str, Any] | None = None  # converted values of repeated cell texts


MEMO_MAX = 50_000  # distinct cell texts remembered per column (dates, amounts, size bands)
_MISSING = object()


# -- converters ------------------------------------------------------------------------------


def _text(limit: int) -> Converter:
    def convert(raw: Any) -> str | None:
        s = clean_text(raw)
        if s is not None and len(s) > limit:
            raise ValueError(
                _("内容过长（{length:,} 字，上限 {limit:,} 字）").format(length=len(s), limit=limit)
            )
        return s

    return convert


def _name(raw: Any) -> str | None:
    s = clean_text(raw)
    if s is None:
        return None
    if len(s) > NAME_MAX:
        raise ValueError(
            _("过长（{length:,} 字，上限 {limit} 字）").format(length=len(s), limit=NAME_MAX)
        )
    has_letter = (s.isalnum() and not s.isdigit()) or any(ch.isalpha() for ch in s)
    if len(s) < 2 or not has_letter or s.replace(" ", "") in NOT_NAMES:
        raise ValueError(_("“{value}”不像是一家企业的名称").format(value=show_value(s)))
    return s


_USCC_VALUE = {ch: i for i, ch in enumerate(uscc_mod.ALPHABET)}
_USCC_WEIGHTS = uscc_mod.WEIGHTS
_USCC_ALPHABET = uscc_mod.ALPHABET
_USCC_AUTHORITIES = uscc_mod.AUTHORITIES


# Byte -> value in the USCC alphabet, 255 for a character the alphabet does not have.
_USCC_BYTES = bytes(_USCC_VALUE.get(chr(b), 255) for b in range(256))


def uscc_fast_valid(code: str) -> bool:
    """The same answer as ``app.uscc.is_valid`` for a normalised 18-character code, faster."""
    if len(code) != 18 or code[0] not in _USCC_AUTHORITIES or not code.isascii():
        return False
    values = code.encode("ascii").translate(_USCC_BYTES)
    if 255 in values:
        return False
    total = sum(map(operator.mul, values, _USCC_WEIGHTS))  # map stops after 17
    return _USCC_ALPHABET[(31 - total % 31) % 31] == code[17]


def _uscc(raw: Any) -> str | None:
    if type(raw) is str and len(raw) == 18 and raw.isascii() and raw.isalnum():
        code = raw.upper()
        if uscc_fast_valid(code):
            return code
    s = clean_text(raw)
    if s is None:
        return None
    code = uscc_mod.normalise(s)
    if not code:
        return None
    reason = uscc_mod.problem(code)
    if reason:
        raise ValueError(_("无效（{reason}）").format(reason=reason))
    return code


def _stock(raw: Any) -> str | None:
    code = normalise_stock_code(raw)
    if code is not None and len(code) > 20:
        raise ValueError(_("不是股票代码：{value}").format(value=show_value(code)))
    return code


def _capital(unit: str) -> Converter:
    def convert(raw: Any) -> tuple[float, str | None] | None:
        value, currency = parse_amount(raw, unit)
        if value is None:
            return None
        if value < 0:
            raise ValueError(_("不能为负数：{value}").format(value=show_value(raw)))
        if value > CAPITAL_MAX:
            raise ValueError(
                _("数值过大（{value:,.0f} 万），超过 1 万亿，请检查单位").format(value=value)
            )
        return value, currency

    return convert


def _revenue(unit: str) -> Converter:
    def convert(raw: Any) -> float | None:
        value, currency = parse_amount(raw, unit)
        if value is None:
            return None
        if currency not in (None, "CNY"):
            raise ValueError(_("只接受人民币金额（此处为 {currency}）").format(currency=currency))
        if value < 0:
            raise ValueError(_("不能为负数：{value}").format(value=show_value(raw)))
        if value > REVENUE_MAX:
            raise ValueError(
                _("数值过大（{value:,.0f} 万元），超过 10 万亿元，请检查单位").format(value=value)
            )
        return value

    return convert


def _employees(raw: Any) -> int | None:
    n = parse_headcount(raw)
    if n is not None and n > EMPLOYEES_MAX:
        raise ValueError(
            _("人数过大（{count:,}），超过 {limit:,}").format(count=n, limit=EMPLOYEES_MAX)
        )
    return n


def _patents(raw: Any) -> int | None:
    n = parse_int(raw)
    if n is not None and not 0 <= n <= PATENTS_MAX:
        raise ValueError(_("数量不合理：{count:,}").format(count=n))
    return n


def _percent(points: bool, lo: float, hi: float) -> Converter:
    def convert(raw: Any) -> float | None:
        x = parse_percent(raw, percent_points=points)
        if x is not None and not lo <= x <= hi:
            raise ValueError(
                _("比例不合理：{value}（应在 {lo:.0%} 到 {hi:.0%} 之间）").format(
                    value=show_value(raw), lo=lo, hi=hi
                )
            )
        return x

    return convert


def _date(latest_days: int) -> Converter:
    latest = date.today() + timedelta(days=latest_days)

    def convert(raw: Any) -> str | None:
        return parse_date(raw, earliest=EARLIEST, latest=latest)

    return convert


# The fields parsed into a typed value: field -> (header -> the converter for that column).
# The header matters where it names a unit ("注册资本（万美元）", "增长率(%)").
_CONVERTERS: dict[str, Callable[[str], Converter]] = {
    "name": lambda h: _name,
    "uscc": lambda h: _uscc,
    "stock_code": lambda h: _stock,
    "registered_capital": lambda h: _capital(default_unit("registered_capital", h) or "万元"),
    "revenue": lambda h: _revenue(default_unit("revenue", h) or "万元"),
    "currency": lambda h: currency_code,
    "employees": lambda h: _employees,
    "patents": lambda h: _patents,
    "high_tech": lambda h: parse_bool,
    "founded": lambda h: _date(0),
    "listing_date": lambda h: _date(366),  # an exchange list may announce a listing
    "revenue_growth": lambda h: _percent(default_unit("revenue_growth", h) == "%", -1.0, 100.0),
    "rd_ratio": lambda h: _percent(default_unit("rd_ratio", h) == "%", 0.0, 10.0),
}
_CONVERTED = frozenset(_CONVERTERS)


def converter(field: str, header: str) -> Converter:
    """The function that turns a raw cell of ``field`` (under ``header``) into its stored value."""
    make = _CONVERTERS.get(field)
    if make is not None:
        return make(header)
    assert field in FIELDS and field not in AMOUNT_FIELDS | PERCENT_FIELDS, field
    return _text(text_limit(field))


def text_limit(field: str) -> int:
    return LONG_TEXT_MAX if field in LONG_TEXT_FIELDS else SHORT_TEXT_MAX


def field_provenance(provenance: str | dict | None, field: str) -> dict[str, Any] | None:
    """Where the value of ``field`` came from: ``{"source", "at", "import"}`` or None."""
    if isinstance(provenance, str):
        try:
            provenance = json.loads(provenance)
        except ValueError:
            return None
    if not isinstance(provenance, dict):
        return None
    entry = provenance.get(field, provenance.get(CREATED))
    return entry if isinstance(entry, dict) else None


def resolve_mapping(
    headers: list[str], mapping: dict[int, str | None] | None
) -> tuple[dict[int, str | None], dict[int, IgnoredColumn]]:
    """Check a user-fixed mapping (or detect one); (mapping, reasons for ignored columns)."""
    from app.importing.headers import detect_mapping

    detected, detected_reasons = detect_mapping(headers)
    reasons = detected_reasons
    if mapping is None:
        result = detected
    else:
        result = {i: None for i in range(len(headers))}
        reasons = {}
        used: dict[str, int] = {}
        for key, field in mapping.items():
            try:
                index = int(key)
            except (TypeError, ValueError):
                raise UserError(_("列映射中的列号无效：{key}").format(key=key)) from None
            if not 0 <= index < len(headers):
                raise UserError(
                    _("列映射中的第 {value} 列不存在（表头共 {len} 列）").format(
                        value=index + 1, len=len(headers)
                    )
                )
            if field in (None, ""):
                result[index] = None
                continue
            if field not in FIELDS:
                raise UserError(_("列映射中的字段“{field}”不存在").format(field=field))
            if field in used:
                raise UserError(
                    _(
                        "字段“{value}”同时对应了第 {value2} 列和第 {value3} 列，每个字段只能对应一列"
                    ).format(value=FIELDS[field], value2=used[field] + 1, value3=index + 1)
                )
            used[field] = index
            result[index] = field
        for i, field in result.items():
            if field is None:
                # A contact or a column we never keep says so even in a hand-made mapping.
                known = detected_reasons.get(i)
                if known is not None and known.code in (EMPTY, PERSONAL, NOT_STORED):
                    reasons[i] = known
                else:
                    reasons[i] = IgnoredColumn(UNMAPPED)
    if "name" not in result.values():
        seen = "、".join(h for h in headers if h) or _("（无）")
        raise UserError(
            _(
                "表头中没有企业名称列：需要一列名为“企业名称”“公司名称”“公司全称”或“name”。文件中的列名：{seen}"
            ).format(seen=seen)
        )
    return result, reasons


def compile_columns(headers: list[str], mapping: dict[int, str | None]) -> list[Column]:
    """The mapped columns with their converters, in file order."""
    return [
        Column(
            i,
            f,
            headers[i] or FIELDS[f],
            converter(f, headers[i]) if f in _CONVERTED else None,
            text_limit(f),
            {} if f in _CONVERTED and f not in ("name", "uscc") else None,
        )
        for i, f in sorted(mapping.items())
        if f is not None
    ]


def _column_reason(label: str, exc: ValueError) -> str:
    """A rejected cell's reason: its column, then what is wrong (already worded by _())."""
    return _("{column}：{reason}").format(column=label, reason=exc)


class RowConverter:
    """Turns a row's cells into a record of field values, or into the reasons it is rejected.

    The columns are split once into plain text and converted ones, so the per-row loops (a
    million rows, a dozen cells each) do as little as possible.
    """

    def __init__(self, columns: list[Column]):
        self.texts = [(c.position, c.field, c.label, c.limit) for c in columns if c.convert is None]
        self.converted = [
            (c.position, c.field, c.label, c.convert, c.memo)
            for c in columns
            if c.convert is not None
        ]
        self.width = max((c.position for c in columns), default=-1) + 1
        self.name_label = _name_label(columns)

    def __call__(self, cells: list[Any], rownum: int) -> tuple[dict[str, Any] | None, list[Reject]]:
        """(record, []) for a good row, (None, problems) for a rejected one."""
        if len(cells) < self.width:
            cells = [*cells, *([None] * (self.width - len(cells)))]
        record: dict[str, Any] = {}
        problems: list[Reject] | None = None
        for index, field, label, limit in self.texts:
            raw = cells[index]
            if raw.__class__ is str and raw.isprintable():
                text = raw.strip()
                if not text or text in EMPTY_MARKERS:
                    continue
            else:
                cleaned = clean_text(raw)
                if cleaned is None:
                    continue
                text = cleaned
            if len(text) > limit:
                if problems is None:
                    problems = []
                problems.append(
                    Reject(
                        rownum,
                        label,
                        show_value(raw),
                        _("{column}：内容过长（{n} 字，上限 {limit} 字）").format(
                            column=label, n=f"{len(text):,}", limit=f"{limit:,}"
                        ),
                    )
                )
                continue
            record[field] = text
        for index, field, label, convert, memo in self.converted:
            raw = cells[index]
            if raw.__class__ is str:
                if not raw:
                    continue
            elif raw is None:
                continue
            # Dates, amounts and size bands repeat across a big file: convert each once.
            cache = memo if memo is not None and raw.__class__ is str else None
            value = _MISSING if cache is None else cache.get(raw, _MISSING)
            if value is _MISSING:
                try:
                    value = convert(raw)
                except ValueError as exc:
                    if problems is None:
                        problems = []
                    problems.append(
                        Reject(rownum, label, show_value(raw), _column_reason(label, exc))
                    )
                    continue
                if cache is not None and len(cache) < MEMO_MAX:
                    cache[raw] = value
            if value is not None:
                record[field] = value
        if "name" not in record:
            label = self.name_label
            if problems is None:
                problems = []
            if not any(p.column == label for p in problems):
                problems.append(
                    Reject(
                        rownum,
                        label,
                        "",
                        _("{column}：为空（企业名称必须填写）").format(column=label),
                    )
                )
        if problems:
            return None, problems
        capital = record.get("registered_capital")
        if capital is not None:
            value, currency = capital
            record["registered_capital"] = value
            record["currency"] = currency or record.get("currency") or "CNY"
        elif "currency" in record:
            del record["currency"]  # the currency describes the capital
        record["name_norm"] = normalise_name(record["name"])
        return record, []


def _name_label(columns: list[Column]) -> str:
    for col in columns:
        if col.field == "name":
            return col.label
    return FIELDS["name"]


def same_value(old: Any, new: Any) -> bool:
    if old == new:
        return True
    if isinstance(old, float) or isinstance(new, float):
        try:
            return math.isclose(float(old), float(new), rel_tol=1e-9, abs_tol=1e-9)
        except (TypeError, ValueError):
            return False
    return False
