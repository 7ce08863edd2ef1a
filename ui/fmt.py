"""Numbers, money and dates the way a Chinese office writes them (and English when chosen).

Money in the database is in 万元 (ten thousand yuan). In Chinese: below 1 亿 it is shown in 万元,
from 1 亿 in 亿元; in English it is converted to yuan (CNY 35.0 m, CNY 1.23 bn).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui import i18n

DASH = "—"
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def integer(n: float | int | None) -> str:
    """12,345 (thousands separated); a dash for no value."""
    if n is None:
        return DASH
    return f"{round(n):,}"


def money_wan(value: float | None, *, short: bool = False) -> str:
    """An amount given in 万元, e.g. ``3,500万元``, ``1.25亿元`` / ``CNY 35.0 m``."""
    if value is None:
        return DASH
    if i18n.is_chinese():
        if abs(value) >= 10000:
            return f"{value / 10000:,.2f}亿元" if not short else f"{value / 10000:,.1f}亿"
        if abs(value) >= 100 or value == int(value):
            return f"{value:,.0f}万元" if not short else f"{value:,.0f}万"
        return f"{value:,.2f}万元" if not short else f"{value:,.2f}万"
    yuan = value * 10000
    if abs(yuan) >= 1e9:
        return f"CNY {yuan / 1e9:,.2f} bn"
    if abs(yuan) >= 1e6:
        return f"CNY {yuan / 1e6:,.1f} m"
    return f"CNY {yuan:,.0f}"


def yi(value: float | None) -> str:
    """An amount already in 亿元 (the plan's targets)."""
    if value is None:
        return DASH
    if i18n.is_chinese():
        text = f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"
        return f"{text}亿元"
    return f"CNY {value / 10:,.1f} bn"


def parse_date(value: str | date | datetime | None) -> date | None:
    """A date from ISO text (``2019-03-05`` or a timestamp); None when it is not one."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return datetime.fromisoformat(str(value).strip()[:19]).date()
    except ValueError:
        try:
            return date.fromisoformat(str(value).strip()[:10])
        except ValueError:
            return None


def day(value: str | date | datetime | None) -> str:
    """``2026年11月27日`` / ``27 Nov 2026``; unparseable text is shown as it is."""
    d = parse_date(value)
    if d is None:
        return DASH if not value else str(value)
    if i18n.is_chinese():
        return f"{d.year}年{d.month}月{d.day}日"
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def timestamp(value: str | datetime | None) -> str:
    """``2026年11月27日 14:05`` / ``27 Nov 2026 14:05``."""
    if not value:
        return DASH
    try:
        dt = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    return f"{day(dt)} {dt:%H:%M}"


def percent(fraction: float | None, digits: int = 0) -> str:
    """A fraction 0–1 as ``87%``."""
    if fraction is None:
        return DASH
    return f"{fraction * 100:.{digits}f}%"


_BANDS = {
    "high": QT_TRANSLATE_NOOP("fmt", "High"),
    "medium": QT_TRANSLATE_NOOP("fmt", "Medium"),
    "low": QT_TRANSLATE_NOOP("fmt", "Low"),
}


def band(probability: float) -> str:
    """The classifier's certainty band, 高/中/低 (scoring.confidence)."""
    from scoring.confidence import band as band_of

    return QCoreApplication.translate("fmt", _BANDS[band_of(probability)])


def certainty(probability: float | None) -> str:
    """A classifier probability with its band: ``高 87%``."""
    if probability is None:
        return DASH
    return f"{band(probability)} {percent(probability)}"


def score(value: float | None) -> str:
    """A 0–100 score with one decimal."""
    if value is None:
        return DASH
    return f"{value:.1f}"


def firms(n: int | None) -> str:
    """``12,345 家`` / ``12,345 firms``."""
    if n is None:
        return DASH
    return QCoreApplication.translate("fmt", "%1 firms").replace("%1", integer(n))


def file_size(n: int) -> str:
    """Bytes as KB/MB/GB."""
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:,.0f} {unit}" if unit == "B" else f"{size:,.1f} {unit}"
        size /= 1024
    return f"{n} B"
