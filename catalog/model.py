"""Catalog data types. Immutable; staff edits produce a new :class:`Catalog`."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from resources.i18n import N_

POSITIONS = ("upstream", "midstream", "downstream")
POSITION_ZH = {"upstream": N_("上游"), "midstream": N_("中游"), "downstream": N_("下游")}
STRENGTHS = ("missing", "weak", "present", "strong")
STRENGTH_ZH = {
    "missing": N_("缺失"),
    "weak": N_("薄弱"),
    "present": N_("具备"),
    "strong": N_("优势"),
}


@dataclass(frozen=True)
class Quote:
    """Words of the plan, verbatim (“……” marks words left out), and the chapter they are from."""

    text: str
    chapter: str = ""


# What the app calls the team's own words, so they are never taken for the plan's.
NOTE_LABEL = "目录说明"


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
    gap_note: str = ""  # the catalog's judgement (目录说明) of Dongguan's gap here, not the plan's

    @property
    def direction(self) -> str:
        return self.code.rsplit(".", 1)[0]


@dataclass(frozen=True)
class Direction:
    code: str
    name: str
    domain: str
    key: bool  # one of the ten key industries (重点发展)
    wording: str = (
        ""  # the plan's opening verb, verbatim: 重点发展 / 发展 / 加快培育发展 / 积极布局 …
    )
    description: str = ""  # the catalog's summary (目录说明), not the plan's words
    keywords: tuple[str, ...] = ()
    segments: tuple[Segment, ...] = ()
    policy: tuple[Quote, ...] = ()  # the plan's lines relevant to this direction, verbatim
    plan_words: tuple[Quote, ...] = ()  # the plan's own paragraph on this direction, verbatim

    def segment(self, code: str) -> Segment | None:
        for seg in self.segments:
            if seg.code == code:
                return seg
        return None


@dataclass(frozen=True)
class Zone:
    code: str
    name: str
    directions: tuple[str, ...]  # the first is the zone's key industry
    places: tuple[str, ...]
    layout: str = ""  # the catalog's summary of where what goes (目录说明)
    notes: tuple[str, ...] = ()  # the plan's instructions for this zone, verbatim

    @property
    def direction(self) -> str:
        return self.directions[0]


@dataclass(frozen=True)
class Belt:
    code: str
    name: str
    places: tuple[str, ...]
    industries: str  # the plan's words
    directions: tuple[str, ...] = ()  # the directions those industries cover


@dataclass(frozen=True)
class Department:
    name: str
    role: str
    domains: tuple[str, ...] = ()  # domains this department leads (附件2)
    # directions it leads outside its own domains (e.g. 市科技局 leads it.ai inside `it`)
    directions: tuple[str, ...] = ()
    supports_projects: bool = False  # listed in a dossier as helping a project land (目录说明)


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
    text: str  # the plan's own words, verbatim (“……” marks words left out)
    summary: str = ""  # the catalog's reading (目录说明)
    chapter: str = ""


@dataclass(frozen=True)
class Catalog:
    version: str
    title: str
    domains: tuple[Domain, ...]
    directions: tuple[Direction, ...]
    zones: tuple[Zone, ...] = ()
    core: str = ""  # the plan's words on the core (一核), verbatim
    core_chapter: str = ""
    belts: tuple[Belt, ...] = ()
    departments: tuple[Department, ...] = ()
    targets: tuple[Target, ...] = ()
    rules: tuple[Rule, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    appraisal_min_mu: float = 5.0
    # The region of the plan ([region] in the TOML): the city whose chain gaps are filled (its
    # firms are the local base, never candidates) and the shipped candidate cities (a database
    # may widen them: app.targeting.regions).
    local_city: str = ""
    candidate_cities: tuple[str, ...] = ()
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
        """The zones that carry a direction, by the codes the catalog lists (never by names)."""
        return [z for z in self.zones if direction in z.directions]

    def belts_for(self, direction: str) -> list[Belt]:
        return [b for b in self.belts if direction in b.directions]

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

    def with_new_direction(self, d: Direction) -> Catalog:
        """A copy with a staff-added direction (it brings at least one segment)."""
        if d.code in self._index:
            raise KeyError(d.code)
        if self.domain(d.domain) is None or not d.segments:
            raise ValueError(d.code)
        return replace(self, directions=(*self.directions, d))

    def with_direction(self, code: str, **changes: Any) -> Catalog:
        """A copy with one direction changed (its name)."""
        if self.direction(code) is None:
            raise KeyError(code)
        dirs = tuple(replace(d, **changes) if d.code == code else d for d in self.directions)
        return replace(self, directions=dirs)

    def without_direction(self, code: str) -> Catalog:
        """A copy without a retired direction: gone from the zones, belts and departments too
        (a zone left with no direction goes)."""
        if self.direction(code) is None:
            raise KeyError(code)
        zones = tuple(
            replace(z, directions=tuple(c for c in z.directions if c != code))
            for z in self.zones
            if any(c != code for c in z.directions)
        )
        belts = tuple(
            replace(b, directions=tuple(c for c in b.directions if c != code)) for b in self.belts
        )
        deps = tuple(
            replace(dep, directions=tuple(c for c in dep.directions if c != code))
            for dep in self.departments
        )
        return replace(
            self,
            directions=tuple(d for d in self.directions if d.code != code),
            zones=zones,
            belts=belts,
            departments=deps,
        )

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
                    "plan_words": [_quote(q) for q in d.plan_words],
                    "zones": [z.code for z in self.zones_for(d.code)],
                    "belts": [b.code for b in self.belts_for(d.code)],
                    "notes": [{"label": NOTE_LABEL, "text": d.description}]
                    if d.description
                    else [],
                    "description": d.description,
                    "keywords": list(d.keywords),
                    "policy": [_quote(q) for q in d.policy],
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
                            "notes": [
                                {"label": NOTE_LABEL, "text": t}
                                for t in (s.description, s.gap_note)
                                if t
                            ],
                        }
                        for s in d.segments
                    ],
                }
                for d in self.directions
            ],
            "zones": [
                {
                    "code": z.code,
                    "name": z.name,
                    "directions": list(z.directions),
                    "places": list(z.places),
                    "notes": list(z.notes),
                    "layout": z.layout,
                }
                for z in self.zones
            ],
            "core": self.core,
            "core_chapter": self.core_chapter,
            "belts": [
                {
                    "code": b.code,
                    "name": b.name,
                    "directions": list(b.directions),
                    "places": list(b.places),
                    "industries": b.industries,
                }
                for b in self.belts
            ],
            "departments": [
                {
                    "name": d.name,
                    "role": d.role,
                    "domains": list(d.domains),
                    "directions": list(d.directions),
                    "supports_projects": d.supports_projects,
                }
                for d in self.departments
            ],
            "member_units": [d.name for d in self.departments],
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
            "rules": [
                {"code": r.code, "text": r.text, "chapter": r.chapter, "summary": r.summary}
                for r in self.rules
            ],
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


def _quote(q: Quote) -> dict[str, str]:
    return {"text": q.text, "chapter": q.chapter}
