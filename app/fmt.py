"""Figures and amounts in the plain Chinese text of dossiers, sheets and explanations.

The desktop app formats for the screen in the chosen language with :mod:`ui.fmt`; this module
is the Chinese written form used in documents and messages the app builds (no Qt), or the
English form (``CNY 35.0 m``, as ui.fmt writes it) when the interface set English
(resources.i18n); printed documents are built in Chinese whatever the interface speaks.
"""

from __future__ import annotations

from resources import i18n

DASH = "—"


def figure(x: float | None, digits: int = 2) -> str:
    """A figure: thousands separated, fewer decimals for large values (``1,234``, ``123.4``)."""
    if x is None:
        return DASH
    if abs(x) >= 1000 or x == int(x):
        return f"{x:,.0f}"
    if abs(x) >= 100:
        return f"{x:,.1f}"
    return f"{x:,.{digits}f}"


def money(wan: float | None, currency: str | None = None) -> str | None:
    """An amount in 万元 as a Chinese officer writes it: 亿元 from 1 亿 up (None for none)."""
    if wan is None:
        return None
    foreign = (currency or "CNY").upper() not in ("CNY", "RMB", "人民币")
    if not i18n.is_source():
        yuan = wan * 10000
        code = currency if foreign else "CNY"
        if abs(yuan) >= 1e9:
            return f"{code} {yuan / 1e9:,.2f} bn"
        if abs(yuan) >= 1e6:
            return f"{code} {yuan / 1e6:,.1f} m"
        return f"{code} {yuan:,.0f}"
    cur = f"（{currency}）" if foreign else ""
    if abs(wan) >= 10000:
        return f"{wan / 10000:,.2f} 亿元{cur}"
    if abs(wan) >= 100:
        return f"{wan:,.0f} 万元{cur}"
    return f"{wan:,.2f} 万元{cur}"


def percent(x: float | None, signed: bool = False) -> str | None:
    """A share (0.052) as a percentage (``5.2%``; ``+5.2%`` when ``signed``)."""
    if x is None:
        return None
    return f"{x * 100:+.1f}%" if signed else f"{x * 100:.1f}%"
