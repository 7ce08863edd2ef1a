"""Industry labels a record carries → the catalog directions they make plausible.

Registry exports and exchange lists come with an industry column: a Tushare ``stock_basic`` label
(元器件, 银行), a CSRC 2012 code and name (C39 计算机、通信和其他电子设备制造业, or the sector alone,
C 制造业), or a GB/T 4754-2017 national-industry class (3982 电子电路制造, C3982, 电子电路制造).
resources/concordance/ maps each scheme's classes to the 21 directions, written as data with its
source noted; see docs/classifier.md, "Industry-label concordance".

``expected_directions`` answers for one cell: a set of plausible directions, an empty set for a
class outside the catalog, or None when the label is unknown or says nothing decisive.
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# The files under resources/concordance/, each with the key that holds its rows.
SCHEME_FILES = {
    "tushare_industry.toml": "labels",
    "csrc_2012.toml": "classes",
    "gbt4754_2017.toml": "classes",
}

Answer = frozenset[str] | None


class ConcordanceError(ValueError):
    """A concordance file that does not fit the schema or names an unknown direction."""


@dataclass(frozen=True)
class Concordance:
    """Lookup tables: a key → (answer, depth). Depth orders matches: 1 门类 … 4 小类."""

    by_code: dict[str, tuple[Answer, int]]
    by_name: dict[str, tuple[Answer, int]]


# --- normalising text --------------------------------------------------------------------------

_SPACE_RE = re.compile(r"\s+")
# A code: an optional 门类 letter and 2–4 digits, not part of a longer number or word.
_CODE_RE = re.compile(r"(?<![A-Za-z0-9])([A-T]?)(\d{2,4})(?![0-9])")
# A 门类 letter alone at the start ("C 制造业", "C制造业"), not the start of a word ("IT设备").
_LETTER_RE = re.compile(r"^([A-T])(?![A-Za-z0-9])")
# What separates the levels of a path-like cell ("制造业/计算机…/电子器件制造", "制造业-集成电路制造").
_SPLIT_RE = re.compile(r"[/|>\\＞→,，;；:：\-—–_]+")


def _nfkc(text: str) -> str:
    """Half-width letters, digits and brackets, upper-case latin letters."""
    return unicodedata.normalize("NFKC", text).upper()


def name_key(name: str) -> str:
    """The form names are compared in: NFKC, no whitespace, 其它 read as 其他, no trailing *."""
    key = _SPACE_RE.sub("", _nfkc(name)).replace("其它", "其他")
    return key.strip("*·・.。 ")


# --- loading -----------------------------------------------------------------------------------


def _answer(row: dict[str, Any], where: str, known: frozenset[str] | None) -> Answer:
    if row.get("undetermined"):
        if row.get("directions"):
            raise ConcordanceError(f"{where}: undetermined and directions both given")
        return None
    dirs = row.get("directions")
    if not isinstance(dirs, list) or not all(isinstance(d, str) for d in dirs):
        raise ConcordanceError(f"{where}: directions must be a list of direction codes")
    if known is not None:
        unknown = sorted(set(dirs) - known)
        if unknown:
            raise ConcordanceError(f"{where}: unknown direction codes {unknown}")
    if len(set(dirs)) != len(dirs):
        raise ConcordanceError(f"{where}: a direction is listed twice")
    return frozenset(dirs)


def _put(table: dict[str, tuple[Answer, int]], key: str, answer: Answer, depth: int) -> None:
    """Add a key; the same key with another answer (two schemes disagree) becomes None."""
    if not key:
        return
    old = table.get(key)
    if old is None:
        table[key] = (answer, depth)
    elif old[0] != answer:
        table[key] = (None, max(old[1], depth))
    else:
        table[key] = (answer, max(old[1], depth))


def _rows(data: dict[str, Any], rows_key: str, fname: str) -> list[dict[str, Any]]:
    rows = data.get(rows_key)
    if not isinstance(rows, list) or not rows:
        raise ConcordanceError(f"{fname}: no [{rows_key}] rows")
    return rows


def build(files: Iterable[tuple[str, dict[str, Any]]], known: Iterable[str] | None) -> Concordance:
    """Index parsed concordance files, checking every direction against ``known`` codes."""
    known_set = frozenset(known) if known is not None else None
    by_code: dict[str, tuple[Answer, int]] = {}
    by_name: dict[str, tuple[Answer, int]] = {}
    for fname, data in files:
        rows_key = SCHEME_FILES.get(fname, "classes")
        rows = _rows(data, rows_key, fname)
        broad = _broad_codes(rows) if rows_key == "classes" else set()
        for i, row in enumerate(rows):
            name = str(row.get("name", "")).strip()
            where = f"{fname} row {i + 1} ({row.get('code', '')} {name})"
            if not name:
                raise ConcordanceError(f"{where}: no name")
            answer = _answer(row, where, known_set)
            if answer == frozenset() and _nfkc(str(row.get("code", ""))).strip() in broad:
                # "outside the catalog" cannot stand for a class with a catalog class inside
                # it (专业技术服务业 holds 检测服务; 非金属矿物制品业 holds special glass): the
                # label alone says nothing decisive
                answer = None
            code = _nfkc(str(row.get("code", ""))).strip()
            if rows_key == "labels":  # Tushare: names only, read as specific as a 大类
                _put(by_name, name_key(name), answer, 2)
                continue
            section = _nfkc(str(row.get("section", ""))).strip()
            if re.fullmatch(r"[A-T]", code):
                depth = 1
                _put(by_code, code, answer, depth)
            elif m := re.fullmatch(r"([A-T]?)(\d{2,4})", code):
                letter, digits = m.group(1) or section, m.group(2)
                depth = len(digits)
                if letter:
                    _put(by_code, letter + digits, answer, depth)
                if fname.startswith("gbt4754"):  # registry exports give bare GB/T codes
                    _put(by_code, digits, answer, depth)
            else:
                raise ConcordanceError(f"{where}: code must be a 门类 letter or 2–4 digits")
            _put(by_name, name_key(name), answer, depth)
    return Concordance(by_code=by_code, by_name=by_name)


def _broad_codes(rows: list[dict[str, Any]]) -> set[str]:
    """Codes of classes (门类 letters, 2- and 3-digit classes) with a descendant mapped to a
    direction: a 门类's descendants share its ``section``, a class's start with its digits."""
    mapped = [
        (_nfkc(str(r.get("code", ""))).strip(), _nfkc(str(r.get("section", ""))).strip())
        for r in rows
        if r.get("directions") and not r.get("undetermined")
    ]
    out: set[str] = set()
    for code, section in mapped:
        m = re.fullmatch(r"([A-T]?)(\d{2,4})", code)
        if not m:
            continue
        letter, digits = m.group(1) or section, m.group(2)
        if letter:
            out.add(letter)
        for k in range(2, len(digits)):
            out.add(digits[:k])
            if letter:
                out.add(letter + digits[:k])
    return out


def _read(path: Path) -> dict[str, Any]:
    with path.open("rb") as fh:
        return tomllib.load(fh)


def load_files() -> list[tuple[str, dict[str, Any]]]:
    """The shipped concordance files, parsed."""
    import resources

    return [(f, _read(resources.path("concordance", f))) for f in SCHEME_FILES]


@functools.cache
def default() -> Concordance:
    """The shipped concordance, validated against the shipped catalog's direction codes."""
    from catalog.loader import load_default

    codes = [d.code for d in load_default().directions]
    return build(load_files(), codes)


# --- lookup ------------------------------------------------------------------------------------


def _match_code(conc: Concordance, text: str) -> tuple[Answer, int] | None:
    m = _CODE_RE.search(text)
    if m:
        letter, digits = m.group(1), m.group(2)
        for n in range(len(digits), 1, -1):
            for key in (letter + digits[:n], digits[:n]) if letter else (digits[:n],):
                hit = conc.by_code.get(key)
                if hit is not None:
                    return hit
        if letter and letter in conc.by_code:
            return conc.by_code[letter]
        return None
    m = _LETTER_RE.match(text)
    if m and (len(text) == 1 or not text[1].isalnum()):  # "C", "C 制造业", "C-制造业"; not "A股"
        return conc.by_code.get(m.group(1))
    return None


def _match_name(conc: Concordance, text: str) -> tuple[Answer, int] | None:
    rest = _CODE_RE.sub(" ", text)
    rest = _LETTER_RE.sub(" ", rest.strip())
    hit = conc.by_name.get(name_key(rest))
    if hit is not None:
        return hit
    best: tuple[Answer, int] | None = None
    for part in _SPLIT_RE.split(rest):
        found = conc.by_name.get(name_key(part))
        if found is not None and (best is None or found[1] >= best[1]):
            best = found  # the later (more specific) part wins a tie
    return best


@functools.lru_cache(maxsize=1 << 16)
def expected_directions(industry_label: str) -> frozenset[str] | None:
    """Plausible directions for a firm whose industry cell reads ``industry_label``.

    frozenset() for a class outside the catalog (银行, 纺织业); None for an unknown label or
    one that says nothing decisive (综合, C 制造业). Codes and names of every scheme are
    accepted, with or without the 门类 letter, in full- or half-width; the most specific match
    wins (a 小类 over its 大类; a code over a name of the same level).
    """
    if not industry_label or not industry_label.strip():
        return None
    conc = default()
    text = _SPACE_RE.sub(" ", _nfkc(industry_label)).strip()
    by_code = _match_code(conc, text)
    by_name = _match_name(conc, text)
    if by_code is None and by_name is None:
        return None
    if by_name is None or (by_code is not None and by_code[1] >= by_name[1]):
        return by_code[0] if by_code is not None else None
    return by_name[0]
