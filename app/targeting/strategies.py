"""Strategies: which idea of a good target the ranking follows this year.

Each strategy is a rule for a segment's *chain value* (what ``gap_fit`` measures: the value of
the firm's segment, times how sure its classification is) and a set of weights, saved by name:

| strategy | segment value                                                       | default weights (契合/实力/落地) |
|----------|---------------------------------------------------------------------|------------------------------|
| 补链      | the gap (scoring.gaps: key industry × missing local strength)        | 0.50 / 0.30 / 0.20           |
| 强链      | priority × STRONG[strength]: segments where Dongguan is already strong | 0.35 / 0.45 / 0.20           |
| 延链      | priority × best STRONG of the neighbouring positions in the chain × ROOM[own strength] | 0.45 / 0.35 / 0.20 |

``STRONG`` = strong 1.0, present 0.7, weak 0.3, missing 0.1; ``ROOM`` (how much room the segment
itself leaves) = missing 1.0, weak 0.9, present 0.5, strong 0.2; neighbouring positions are
upstream–midstream and midstream–downstream of the same direction; priority is the gaps'
(1.0 for the ten key industries, 0.75 for the others). 强链 weighs capability most because it
wants the leading firms (scale, flags, R&D) of the strong segments.

Choosing a strategy puts its saved weights in force (``ranking.weights``); changing the weights
afterwards saves them under the strategy in force (``ranking.strategies``). A shortlist
remembers the strategy in force when it was created.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from resources.i18n import N_, _
from scoring import gaps as gapmod
from scoring import ranking as rk

if TYPE_CHECKING:
    from app.db import Database
    from catalog.model import Catalog
    from scoring.gaps import Gap

CURRENT_KEY = "ranking.strategy"
SAVED_KEY = "ranking.strategies"
FILL, STRENGTHEN, EXTEND = N_("补链"), N_("强链"), N_("延链")
STRONG = {"strong": 1.0, "present": 0.7, "weak": 0.3, "missing": 0.1}
ROOM = {"missing": 1.0, "weak": 0.9, "present": 0.5, "strong": 0.2}
NEIGHBOURS = {
    "upstream": ("midstream",),
    "midstream": ("upstream", "downstream"),
    "downstream": ("midstream",),
}


@dataclass(frozen=True)
class Strategy:
    name: str
    weights: dict[str, float]
    rule: str
    meaning: str


def label(name: str) -> str:
    """A strategy's name (a code stored and typed in Chinese) in the language in force."""
    return _(name)


def summary(name: str) -> str:
    """``补链（补齐…）：按缺口…`` in the language in force: what the strategy is for and its rule."""
    st = STRATEGIES[name]
    return _("{name}（{meaning}）：{rule}").format(
        name=_(st.name), meaning=_(st.meaning), rule=_(st.rule)
    )


STRATEGIES: dict[str, Strategy] = {
    FILL: Strategy(
        FILL,
        {"gap_fit": 0.5, "capability": 0.3, "propensity": 0.2},
        N_("按缺口：东莞缺失、薄弱的环节优先（重点产业优先）"),
        N_("补齐产业链缺失、薄弱环节"),
    ),
    STRENGTHEN: Strategy(
        STRENGTHEN,
        {"gap_fit": 0.35, "capability": 0.45, "propensity": 0.2},
        N_("按优势：东莞已具备、有优势的环节优先，实力权重最大（龙头、名录企业、研发）"),
        N_("做强已有优势环节，引进龙头"),
    ),
    EXTEND: Strategy(
        EXTEND,
        {"gap_fit": 0.45, "capability": 0.35, "propensity": 0.2},
        N_("按延伸：紧邻东莞优势环节的上下游、本身尚未成势的环节优先"),
        N_("沿优势环节向上下游延伸"),
    ),
}


def check(name: str) -> str:
    from app.errors import UserError

    n = (name or "").strip()
    if n not in STRATEGIES:
        raise UserError(
            _("未知的招商策略“{name}”（可选：{STRATEGIES}）").format(
                name=name, STRATEGIES=" / ".join(STRATEGIES)
            )
        )
    return n


def current(db: Database) -> str:
    name = db.get_setting(CURRENT_KEY)
    return name if name in STRATEGIES else FILL


def saved_weights(db: Database, name: str) -> dict[str, float]:
    saved = db.get_setting(SAVED_KEY) or {}
    w = saved.get(name) if isinstance(saved, dict) else None
    try:
        return rk.Weights.from_mapping(w or STRATEGIES[name].weights).to_json()
    except rk.WeightsError:
        return dict(STRATEGIES[name].weights)


def use(db: Database, name: str) -> rk.Weights:
    """Put a strategy in force (audited) and return its saved weights, which the caller puts
    in force with ``app.ranking.set_weights`` (the ranking owns its weights); scores are then
    stale until rescored."""
    name = check(name)
    if current(db) != name:
        db.set_setting(CURRENT_KEY, name)
    return rk.Weights.from_mapping(saved_weights(db, name))


def remember(db: Database, weights: rk.Weights) -> None:
    """Save weights just set under the strategy in force (so choosing it again restores them)."""
    saved = db.get_setting(SAVED_KEY) or {}
    if not isinstance(saved, dict):
        saved = {}
    name = current(db)
    if saved.get(name) != weights.to_json():
        db.set_setting(SAVED_KEY, saved | {name: weights.to_json()})


def segment_values(strategy: str, gaps: list[Gap], cat: Catalog) -> dict[str, float]:
    """Each segment's chain value under ``strategy`` (the table of the module docstring)."""
    if strategy == FILL:
        return {g.segment: g.gap for g in gaps}
    by_seg = {g.segment: g for g in gaps}

    def priority(g: Gap) -> float:
        return gapmod.KEY_PRIORITY if g.key else gapmod.NON_KEY_PRIORITY

    if strategy == STRENGTHEN:
        return {g.segment: priority(g) * STRONG.get(g.strength, 0.0) for g in gaps}
    out: dict[str, float] = {}
    for d in cat.directions:
        segs = [by_seg[s.code] for s in d.segments if s.code in by_seg]
        for g in segs:
            near = [
                STRONG.get(n.strength, 0.0)
                for n in segs
                if n.position in NEIGHBOURS.get(g.position, ())
            ]
            out[g.segment] = priority(g) * max(near, default=0.0) * ROOM.get(g.strength, 0.0)
    return out


def apply(strategy: str, gaps: list[Gap], cat: Catalog) -> list[Gap]:
    """The gaps with ``gap`` replaced by the strategy's chain value (补链: unchanged)."""
    if strategy == FILL:
        return gaps
    values = segment_values(strategy, gaps, cat)
    return [dataclasses.replace(g, gap=values.get(g.segment, 0.0)) for g in gaps]


def describe(name: str) -> dict[str, Any]:
    s = STRATEGIES[name]
    return {"name": s.name, "rule": s.rule, "meaning": s.meaning, "weights": s.weights}


def of_shortlist(db: Database, shortlist: str) -> str | None:
    """The strategy a shortlist was built with (None for lists from before strategies)."""
    return db.scalar("SELECT strategy FROM shortlists WHERE name = ?", (shortlist,))


def shortlist_label(db: Database, shortlist: str | None) -> str | None:
    """``名单（按强链策略选取）`` for the dossier's cover."""
    if not shortlist:
        return shortlist
    s = of_shortlist(db, shortlist)
    return f"{shortlist}（按{s}策略选取）" if s else shortlist
