"""Finding the firm a list means: by USCC, then by the one normalised name form
(:func:`app.parsing.normalise_name`), then by its short forms (short name, or the name without
its place and legal form: ``深圳汇川技术`` / ``汇川技术股份有限公司`` → 深圳市汇川技术股份有限公司).

A short form is only taken when it names exactly one firm (and, when it names a place, one
registered there); otherwise the row is reported unmatched with the reason.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app import uscc as usccmod
from app.parsing import PLACES, name_parts, normalise_name, place_key

if TYPE_CHECKING:
    from app.db import Database

BY_USCC = "uscc"
BY_NAME = "name"
BY_SHORT = "short"
HOW_ZH = {BY_USCC: "统一社会信用代码", BY_NAME: "企业名称", BY_SHORT: "简称或省略写法"}


def parts(name: str) -> tuple[list[str], str]:
    """(places, core) as :func:`app.parsing.name_parts`, with a leading place written without
    its 市/省 (``深圳汇川技术``) taken as a place too."""
    places, core = name_parts(name)
    for n in (3, 2):  # 黑龙江, 内蒙古 … before 深圳
        if len(core) > n + 1 and core[:n] in PLACES:
            return [*places, core[:n]], core[n:]
    return places, core


class FirmMatcher:
    """Matches many rows against the firms table (indexed look-ups; the short-form index is
    built once, on the first name that needs it)."""

    def __init__(self, db: Database):
        self.db = db
        self._short: dict[str, list[tuple[int, str, tuple[str, ...]]]] | None = None

    def match(self, name: str, code: str = "") -> tuple[int | None, str]:
        """(firm id, how) or (None, the reason in Chinese)."""
        code = usccmod.normalise(code) if code else ""
        if code and len(code) == 18:
            row = self.db.execute("SELECT id FROM firms WHERE uscc = ?", (code,)).fetchone()
            if row is not None:
                return int(row[0]), BY_USCC
        name = name.strip()
        if not name:
            return None, "库中没有该统一社会信用代码的企业" if code else "没有企业名称"
        rows = self.db.execute(
            "SELECT id FROM firms WHERE name_norm = ? LIMIT 2", (normalise_name(name),)
        ).fetchall()
        if len(rows) == 1:
            return int(rows[0][0]), BY_NAME
        if len(rows) > 1:
            return None, "库中有多家同名企业，请提供统一社会信用代码"
        return self._by_short(name)

    def _index(self) -> dict[str, list[tuple[int, str, tuple[str, ...]]]]:
        if self._short is None:
            idx: dict[str, list[tuple[int, str, tuple[str, ...]]]] = {}
            for fid, name, short, city in self.db.execute(
                "SELECT id, name, short_name, city FROM firms"
            ):
                places, core = parts(name)
                where = tuple({place_key(city)} | set(places)) if city else tuple(places)
                entry = (int(fid), name, where)
                for key in {core, normalise_name(short) if short else ""} - {""}:
                    idx.setdefault(key, []).append(entry)
            self._short = idx
        return self._short

    def _by_short(self, name: str) -> tuple[int | None, str]:
        places, core = parts(name)
        keys = {core, normalise_name(name)}
        found: dict[int, tuple[str, ...]] = {}
        for k in keys:
            for fid, _n, where in self._index().get(k, ()):
                found[fid] = where
        if places:
            found = {f: w for f, w in found.items() if set(places) & set(w)}
        if len(found) == 1:
            return next(iter(found)), BY_SHORT
        if len(found) > 1:
            return None, f"简称“{name}”对应库中 {len(found)} 家企业，请写全称或统一社会信用代码"
        return None, "库中没有这家企业"
