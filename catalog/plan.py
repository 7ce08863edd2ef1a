"""The plan's own text, and the check that the catalog quotes it word for word.

The text is 《东莞市重点新兴产业发展规划（2018-2025年）》, a public government document, kept
unchanged in ``resources/plan/`` (its source is noted in the file's header). Whatever the catalog
shows as the plan's words (规划原文) must be found in it: the comparison ignores only white space
(the document's line and page breaks fall mid-sentence) and “……”, which marks words left out.
"""

from __future__ import annotations

import re
from functools import cache

from catalog.model import Catalog

ELLIPSIS = "……"
_SPACE_RE = re.compile(r"\s+|\*\*")  # white space, and the bold marks of the received text


def normalize(text: str) -> str:
    return _SPACE_RE.sub("", text)


@cache
def text() -> str:
    """The plan's text without the header lines (those starting with ``#``) of the file."""
    import resources

    raw = resources.path("plan", "plan-2018-2025.txt").read_text(encoding="utf-8")
    lines = raw.splitlines()
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    return "\n".join(lines)


def quotes(cat: Catalog) -> list[tuple[str, str]]:
    """Every ``(where, words)`` the catalog presents as the plan's words."""
    out: list[tuple[str, str]] = []
    if cat.core:
        out.append(("core", cat.core))
    for d in cat.directions:
        if d.wording:
            out.append((f"{d.code}.wording", d.wording + d.name))
        for i, q in enumerate(d.plan_words):
            out.append((f"{d.code}.plan_words[{i}]", q.text))
        for i, q in enumerate(d.policy):
            out.append((f"{d.code}.policy[{i}]", q.text))
    for z in cat.zones:
        out.append((f"zones.{z.code}.name", z.name))
        for i, n in enumerate(z.notes):
            out.append((f"zones.{z.code}.notes[{i}]", n))
    for b in cat.belts:
        out.append((f"belts.{b.code}.name", b.name))
        out.append((f"belts.{b.code}.industries", b.industries))
    for dep in cat.departments:
        out.append((f"departments.{dep.name}", f"{dep.name}：{dep.role}"))
    for r in cat.rules:
        out.append((f"rules.{r.code}", r.text))
    return out


def misquoted(cat: Catalog) -> list[tuple[str, str]]:
    """The quotes (``where, words``) not found word for word in the plan; empty when all are."""
    plan = normalize(text())
    # The document writes a unit's heading with either full- or half-width colons.
    plan_colons = plan.replace(":", "：")
    bad = []
    for where, words in quotes(cat):
        pieces = [normalize(p) for p in words.split(ELLIPSIS)]
        found = all(p in plan for p in pieces if p) or (
            where.startswith("departments.") and all(p in plan_colons for p in pieces if p)
        )
        if not found:
            bad.append((where, words))
    return bad
