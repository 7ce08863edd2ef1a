"""Gap severity of each value-chain segment: how badly Dongguan needs firms there.

Pure: takes the catalog in force (shipped file plus staff revisions) and the evidence of the
Dongguan firms in the database, already aggregated per segment; imports nothing but
``catalog``.

The formula (every constant is a module constant, so a colleague can check a figure by hand):

    gap = priority(key) × base(strength) × (1 − EVIDENCE_WEIGHT × evidence)

- ``base(strength)``: the catalog's local strength, as revised by staff:
  missing 1.00, weak 0.70, present 0.40, strong 0.15.
- ``priority(key)``: 1.00 for the plan's ten key industries (重点发展), 0.75 for the other
  catalog directions.
- ``evidence`` in [0, 1): what the database shows of Dongguan firms in the segment.
  Each counted firm adds 1 to an evidence mass, a sizeable one (≥ 300 employees, or revenue
  ≥ 2 亿元, or registered capital ≥ 1 亿元) adds 3 in all, and
  ``evidence = 1 − exp(−mass / EVIDENCE_SCALE)`` with ``EVIDENCE_SCALE = 12``: 4 sizeable
  firms give 0.63, 12 small ones 0.63, none 0. A firm counts when its segment was confirmed
  by staff or the classifier is at least ``MIN_EVIDENCE_CONFIDENCE`` sure of it.
- ``EVIDENCE_WEIGHT = 0.5``: the database holds a sample of Dongguan's firms, not all of them,
  so its evidence can at most halve the gap the catalog states; it never overrules staff.

Hence, for equal evidence, missing > weak > present > strong and key > non-key, and more
local evidence always gives a smaller gap. The range is 0.056 … 1.0.

The evidence is also compared with the catalog, in both directions, so neither is trusted
silently: a segment marked missing or weak that shows several sizeable local firms, and a
segment marked strong that shows none although the database holds enough classified Dongguan
firms to expect some, get ``review = True`` and a Chinese ``note`` asking staff to re-check the
strength. ``estimated`` is the strength the evidence alone would suggest.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from catalog.model import POSITION_ZH, STRENGTH_ZH, Catalog

STRENGTH_BASE = {"missing": 1.0, "weak": 0.7, "present": 0.4, "strong": 0.15}
KEY_PRIORITY = 1.0
NON_KEY_PRIORITY = 0.75
EVIDENCE_WEIGHT = 0.5
EVIDENCE_SCALE = 12.0
LARGE_FIRM_EXTRA = 2.0  # a sizeable firm counts 1 + 2 = 3 towards the evidence mass
MIN_EVIDENCE_CONFIDENCE = 0.5

# What makes a local firm "sizeable" (units of the firms table: 万元, persons).
LARGE_EMPLOYEES = 300
LARGE_REVENUE = 20_000.0  # 万元 = 2 亿元
LARGE_CAPITAL = 10_000.0  # 万元 = 1 亿元

# Review thresholds: "several sizeable firms" contradict missing/weak; a strong segment with
# no local firm is suspicious only when the database holds enough classified Dongguan firms.
REVIEW_LARGE_FIRMS = 3
REVIEW_MIN_LOCAL_TOTAL = 200

# The strength the evidence alone suggests, by evidence value.
_ESTIMATE_BOUNDS = ((0.15, "missing"), (0.45, "weak"), (0.8, "present"))


@dataclass(frozen=True)
class Evidence:
    """What the database holds about Dongguan firms in one segment."""

    firms: int = 0
    large_firms: int = 0
    employees: float = 0.0  # total headcount of the counted firms with a known headcount
    revenue: float = 0.0  # total revenue, 万元
    examples: tuple[str, ...] = ()  # names of the largest counted firms, for explanations


@dataclass(frozen=True)
class Gap:
    """One segment's gap severity and the facts it was computed from."""

    direction: str
    segment: str
    direction_name: str
    segment_name: str
    position: str
    key: bool
    strength: str
    local_firms: int
    large_firms: int
    local_employees: float
    local_revenue: float
    evidence: float
    gap: float
    estimated: str
    review: bool
    note: str
    gap_note: str = ""
    examples: tuple[str, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        """The ``chainfill gaps --json`` record (fixed fields first, extra fields after)."""
        d = asdict(self)
        head = {k: d.pop(k) for k in ("direction", "segment", "strength", "local_firms", "gap")}
        d["examples"] = list(d["examples"])
        d["position_zh"] = POSITION_ZH.get(self.position, self.position)
        d["strength_zh"] = STRENGTH_ZH.get(self.strength, self.strength)
        return head | d


def is_large(employees: float | None, revenue: float | None, capital: float | None) -> bool:
    """Whether a local firm counts as sizeable (units of the firms table: persons, 万元)."""
    return (
        (employees or 0) >= LARGE_EMPLOYEES
        or (revenue or 0) >= LARGE_REVENUE
        or (capital or 0) >= LARGE_CAPITAL
    )


def evidence_value(firms: int, large_firms: int) -> float:
    """Evidence in [0, 1) from counted local firms and how many of them are sizeable."""
    mass = max(firms, 0) + LARGE_FIRM_EXTRA * max(min(large_firms, firms), 0)
    return 1.0 - math.exp(-mass / EVIDENCE_SCALE)


def severity(strength: str, key: bool, evidence: float = 0.0) -> float:
    """The gap formula of the module docstring."""
    if strength not in STRENGTH_BASE:
        raise ValueError(f"unknown strength {strength!r}")
    priority = KEY_PRIORITY if key else NON_KEY_PRIORITY
    e = min(max(evidence, 0.0), 1.0)
    return priority * STRENGTH_BASE[strength] * (1.0 - EVIDENCE_WEIGHT * e)


def estimate_strength(evidence: float) -> str:
    """The local strength the database evidence alone would suggest."""
    for bound, name in _ESTIMATE_BOUNDS:
        if evidence < bound:
            return name
    return "strong"


def _review(strength: str, ev: Evidence, local_total: int) -> tuple[bool, str]:
    label = STRENGTH_ZH[strength]
    if strength in ("missing", "weak") and ev.large_firms >= REVIEW_LARGE_FIRMS:
        return True, (
            f"目录标为“{label}”，但库中已有 {ev.firms} 家东莞企业（其中 {ev.large_firms} 家规模较大），"
            "本地基础可能已过时，请复核"
        )
    if strength == "strong" and ev.firms == 0 and local_total >= REVIEW_MIN_LOCAL_TOTAL:
        return True, (
            f"目录标为“{label}”，但库中 {local_total} 家已分类的东莞企业无一在此环节，请复核"
        )
    return False, ""


def compute(
    cat: Catalog, evidence: Mapping[str, Evidence], local_total: int | None = None
) -> list[Gap]:
    """Gap of every catalog segment, sorted by gap (largest first), then catalog order.

    ``evidence`` maps segment codes to :class:`Evidence` (absent = no local firm);
    ``local_total`` is the number of classified Dongguan firms in the database (defaults to
    the sum over segments), used only to judge whether an empty strong segment is suspicious.
    """
    if local_total is None:
        local_total = sum(e.firms for e in evidence.values())
    out: list[tuple[int, Gap]] = []
    order = 0
    for d in cat.directions:
        for s in d.segments:
            ev = evidence.get(s.code, Evidence())
            e = evidence_value(ev.firms, ev.large_firms)
            review, note = _review(s.strength, ev, local_total)
            out.append(
                (
                    order,
                    Gap(
                        direction=d.code,
                        segment=s.code,
                        direction_name=d.name,
                        segment_name=s.name,
                        position=s.position,
                        key=d.key,
                        strength=s.strength,
                        local_firms=ev.firms,
                        large_firms=ev.large_firms,
                        local_employees=float(ev.employees),
                        local_revenue=float(ev.revenue),
                        evidence=round(e, 4),
                        gap=round(severity(s.strength, d.key, e), 4),
                        estimated=estimate_strength(e),
                        review=review,
                        note=note,
                        gap_note=s.gap_note,
                        examples=tuple(ev.examples),
                    ),
                )
            )
            order += 1
    out.sort(key=lambda t: (-t[1].gap, t[0]))
    return [g for _, g in out]


def by_segment(gaps: list[Gap]) -> dict[str, Gap]:
    """Index gaps by segment code."""
    return {g.segment: g for g in gaps}


def direction_gap(gaps: list[Gap], direction: str) -> float:
    """Mean gap of a direction's segments: the gap fit of a firm whose segment is unknown."""
    vals = [g.gap for g in gaps if g.direction == direction]
    return sum(vals) / len(vals) if vals else 0.0


def describe(g: Gap) -> str:
    """One Chinese sentence a colleague can check: which gap, how severe, on what grounds."""
    key = "十大重点产业" if g.key else "非重点方向"
    local = f"库中东莞企业 {g.local_firms} 家" + (
        f"（{g.large_firms} 家规模较大）" if g.large_firms else ""
    )
    return (
        f"{g.direction_name}·{g.segment_name}（{POSITION_ZH.get(g.position, g.position)}），"
        f"本地基础“{STRENGTH_ZH[g.strength]}”，{key}，{local}，缺口 {g.gap:.2f}"
    )
