"""Catalog data types. Immutable; staff edits produce a new :class:`Catalog`."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

POSITIONS = ("upstream", "midstream", "downstream")
POSITION_ZH = {"upstream": "上游", "midstream": "中游", "downstream": "下游"}
STRENGTHS = ("missing", "weak", "present", "strong")
STRENGTH_ZH = {"missing": "缺失", "weak": "薄弱", "present": "具备", "strong": "优势"}


@dataclass(frozen=True)
class Domain:
    code: str
    name: str
    lead: str = ""  # lead department (附件2)


@dataclass(frozen=True)
class Segment:
    code: str  # globally unique, "<direction code>.<short>", e.g. "equip.robot.parts"
    name: str
    position: str  # one of POSITIONS
    strength: str  # one of STRENGTHS: Dongguan's local strength in this segment
    keywords: tuple[str, ...] = ()
    products: tuple[str, ...] = ()
    description: str = ""
    gap_note: str = ""  # what the plan says about Dongguan here

    @property
    def direction(self) -> str:
        return self.code.rsplit(".", 1)[0]


@dataclass(frozen=True)
class Direction:
    code: str
    name: str
    domain: str
    key: bool  # one of the ten key industries (重点发展)
    wording: str = ""  # the plan's verb: 重点发展 / 发展 / 加快培育 / 积极布局 / 推动布局
    description: str = ""
    keywords: tuple[str, ...] = ()
    segments: tuple[Segment, ...] = ()
    policy: tuple[str, ...] = ()  # the plan's policy lines relevant to this direction

    def segment(self, code: str) -> Segment | None:
        for seg in self.segments:
            if seg.code == code:
                return seg
        return None


@dataclass(frozen=True)
class Zone:
    name: str
    direction: str
    places: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True)
class Belt:
    name: str
    places: tuple[str, ...]
    industries: str


@dataclass(frozen=True)
class Department:
    name: str
    role: str
    domains: tuple[str, ...] = ()  # domains this department leads (附件2)
    # directions it leads outside its own domains (e.g. 市科技局 leads it.ai inside `it`)
    directions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Target:
    name: str
    unit: str
    y2017: float
    y2020: float
    y2025: float
    cagr: float | None = None  # percent, 2017–2025
    qualifier2017: str = ""  # "≈" where the plan says about
    qualifier2020: str = ""  # ">" where the plan says more than
    qualifier2025: str = ""
    domain: str = ""  # the domain whose output this counts, if any


@dataclass(frozen=True)
class Indicator:
    """One of the six 亩产效益 indicators with its default weight and benchmark."""

    key: str
    name: str
    unit: str
    weight: float
    benchmark: float
    higher_is_better: bool = True


@dataclass(frozen=True)
class Rule:
    code: str
    text: str  # the plan's own words
    summary: str = ""


@dataclass(frozen=True)
class Catalog:
    version: str
    title: str
    domains: tuple[Domain, ...]
    directions: tuple[Direction, ...]
    zones: tuple[Zone, ...] = ()
    core: str = ""
    belts: tuple[Belt, ...] = ()
    departments: tuple[Department, ...] = ()
    targets: tuple[Target, ...] = ()
    rules: tuple[Rule, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    appraisal_min_mu: float = 5.0
    _index: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        idx: dict[str, Any] = {}
        for d in self.directions:
            idx[d.code] = d
            for s in d.segments:
                idx[s.code] = s
        object.__setattr__(self, "_index", idx)

    # -- look-ups -------------------------------------------------------------------------
    def direction(self, code: str) -> Direction | None:
        obj = self._index.get(code)
        return obj if isinstance(obj, Direction) else None

    def segment(self, code: str) -> Segment | None:
        obj = self._index.get(code)
        return obj if isinstance(obj, Segment) else None

    def domain(self, code: str) -> Domain | None:
        return next((d for d in self.domains if d.code == code), None)

    @property
    def direction_codes(self) -> tuple[str, ...]:
        return tuple(d.code for d in self.directions)

    @property
    def key_directions(self) -> tuple[Direction, ...]:
        return tuple(d for d in self.directions if d.key)

    def segments(self) -> list[Segment]:
        return [s for d in self.directions for s in d.segments]

    def zones_for(self, direction: str) -> list[Zone]:
        return [z for z in self.zones if z.direction == direction]

    def lead_department(self, direction: str) -> Department | None:
        """The department that leads a direction: a direction-level lead wins over the domain's."""
        d = self.direction(direction)
        if d is None:
            return None
        for dep in self.departments:
            if direction in dep.directions:
                return dep
        return next((dep for dep in self.departments if d.domain in dep.domains), None)

    # -- staff revisions --------------------------------------------------------------------
    def with_segment(self, code: str, **changes: Any) -> Catalog:
        """A copy with one segment changed (strength, keywords, …)."""
        seg = self.segment(code)
        if seg is None:
            raise KeyError(code)
        new_seg = replace(seg, **changes)
        dirs = []
        for d in self.directions:
            if d.code == seg.direction:
                d = replace(d, segments=tuple(new_seg if s.code == code else s for s in d.segments))
            dirs.append(d)
        return replace(self, directions=tuple(dirs))

    def with_new_segment(self, seg: Segment) -> Catalog:
        """A copy with ``seg`` appended to its direction (staff-added segments)."""
        if seg.code in self._index:
            raise KeyError(seg.code)
        if self.direction(seg.direction) is None:
            raise KeyError(seg.direction)
        dirs = tuple(
            replace(d, segments=(*d.segments, seg)) if d.code == seg.direction else d
            for d in self.directions
        )
        return replace(self, directions=dirs)

    def without_segment(self, code: str) -> Catalog:
        """A copy without one segment (staff removals; a direction keeps at least one)."""
        seg = self.segment(code)
        if seg is None:
            raise KeyError(code)
        dirs = []
        for d in self.directions:
            if d.code == seg.direction:
                if len(d.segments) <= 1:
                    raise ValueError(f"{code} is the last segment of {d.code}")
                d = replace(d, segments=tuple(s for s in d.segments if s.code != code))
            dirs.append(d)
        return replace(self, directions=tuple(dirs))

    # -- the CLI's JSON shape (design.md §5) --------------------------------------------
    def to_json(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "title": self.title,
            "domains": [{"code": d.code, "name": d.name, "lead": d.lead} for d in self.domains],
            "directions": [
                {
                    "code": d.code,
                    "name": d.name,
                    "domain": d.domain,
                    "key": d.key,
                    "wording": d.wording,
                    "description": d.description,
                    "keywords": list(d.keywords),
                    "policy": list(d.policy),
                    "segments": [
                        {
                            "code": s.code,
                            "name": s.name,
                            "position": s.position,
                            "strength": s.strength,
                            "keywords": list(s.keywords),
                            "products": list(s.products),
                            "description": s.description,
                            "gap_note": s.gap_note,
                        }
                        for s in d.segments
                    ],
                }
                for d in self.directions
            ],
            "zones": [
                {"name": z.name, "direction": z.direction, "places": list(z.places), "note": z.note}
                for z in self.zones
            ],
            "core": self.core,
            "belts": [
                {"name": b.name, "places": list(b.places), "industries": b.industries}
                for b in self.belts
            ],
            "departments": [
                {
                    "name": d.name,
                    "role": d.role,
                    "domains": list(d.domains),
                    "directions": list(d.directions),
                }
                for d in self.departments
            ],
            "targets": [
                {
                    "name": t.name,
                    "unit": t.unit,
                    "y2017": t.y2017,
                    "y2020": t.y2020,
                    "y2025": t.y2025,
                    "cagr": t.cagr,
                    "qualifier2017": t.qualifier2017,
                    "qualifier2020": t.qualifier2020,
                    "qualifier2025": t.qualifier2025,
                    "domain": t.domain,
                }
                for t in self.targets
            ],
            "rules": [{"code": r.code, "text": r.text, "summary": r.summary} for r in self.rules],
            "indicators": [
                {
                    "key": i.key,
                    "name": i.name,
                    "unit": i.unit,
                    "weight": i.weight,
                    "benchmark": i.benchmark,
                    "higher_is_better": i.higher_is_better,
                }
                for i in self.indicators
            ],
            "appraisal": {"min_mu": self.appraisal_min_mu},
        }
