"""Unified social credit code (统一社会信用代码) per GB 32100-2015."""

from __future__ import annotations

from resources.i18n import _

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}
WEIGHTS = tuple(pow(3, i, 31) for i in range(17))  # 3^(i-1) mod 31 for positions 1..17
# Registration authority (first character): 1–9 and A, N, Y are all issued in practice.
AUTHORITIES = set("123456789ANY")

_FULLWIDTH = {
    ord(c): ord(c) - 0xFEE0
    for c in "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"
}


def normalise(code: str) -> str:
    """Upper-case, half-width, without spaces and separators."""
    s = str(code).translate(_FULLWIDTH).upper()
    return "".join(ch for ch in s if not ch.isspace() and ch not in "-_")


def check_char(body: str) -> str:
    """The check character for the first 17 characters."""
    total = sum(_VALUE[ch] * w for ch, w in zip(body, WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def problem(code: str) -> str | None:
    """None when ``code`` is a valid USCC, else the reason (in the language in force)."""
    s = normalise(code)
    if not s:
        return _("为空")
    if len(s) != 18:
        return _("长度应为 18 位，实际为 {n} 位").format(n=len(s))
    bad = sorted({ch for ch in s if ch not in _VALUE})
    if bad:
        return _("含有不允许的字符：{chars}（不使用 I、O、Z、S、V）").format(chars="".join(bad))
    if s[0] not in AUTHORITIES:
        return _("第 1 位登记管理部门代码“{first}”无效（应为 1–9、A、N、Y）").format(first=s[0])
    expected = check_char(s[:17])
    if s[17] != expected:
        return _("校验位错误：第 18 位应为“{expected}”，实际为“{got}”").format(
            expected=expected, got=s[17]
        )
    return None


def is_valid(code: str) -> bool:
    return problem(code) is None
