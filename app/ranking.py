"""Gaps, scores and explanations for the firms in the database (the glue around ``scoring``).

The pure formulas live in :mod:`scoring.gaps`, :mod:`scoring.capability`,
:mod:`scoring.propensity`, :mod:`scoring.ranking` and :mod:`scoring.explain`; this module
reads their inputs from SQLite, writes their results back and keeps them current.

Stored per firm (table ``scores``, one row per firm; the view ``ranked`` joins it to
``firms``): ``score`` 0–100 (NULL unless the firm is a candidate,
i.e. registered in 深圳市 or 广州市), ``gap_fit`` and ``propensity`` in 0–1 (candidates only)
and ``capability`` in 0–1 (every firm: the effective capability, i.e. shrunk toward neutral by
the share of missing facts — the value the score uses). So for every candidate
``score = 100 × (w_g·gap_fit + w_c·capability + w_p·propensity) / (w_g + w_c + w_p)``
holds for the stored numbers, and a colleague can check it by hand. Settings (table
``settings``): ``ranking.weights``, ``propensity.model`` (coefficients as JSON, never a
pickle) and ``ranking.state`` (what the stored scores were computed from, so that commands
can tell whether they are stale and :func:`rescore` can redo only what changed).
"""

from __future__ import annotations

import contextlib
import itertools
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from app import briefing, catalog_store, fx
from app.errors import UserError
from app.jobs import CancelToken, Job, Progress
from app.parsing import normalise_name
from app.targeting import explain as targeting_explain
from app.targeting import hooks, regions
from scoring import capability as cap
from scoring import explain as expl
from scoring import gaps as gapmod
from scoring import propensity as prop
from scoring import ranking as rk
from scoring.gaps import Evidence, Gap

if TYPE_CHECKING:
    from app.db import Database
    from catalog.model import Catalog

__all__ = [
    "Gap",
    "compute_gaps",
    "current_state",
    "explain_firm",
    "get_weights",
    "is_stale",
    "load_propensity",
    "local_evidence",
    "outcomes_changed",
    "propensity_needs_training",
    "rescore",
    "resolve_firm",
    "set_weights",
    "top",
    "train_propensity",
]

WEIGHTS_KEY = "ranking.weights"
MODEL_KEY = "propensity.model"
STATE_KEY = "ranking.state"
DIRTY_KEY = "propensity.dirty"
WRITE_CHUNK = 100_000

# A firm "is listed" when it has a stock code, or its listing field says anything but no
# (NULL when neither is known).
_NOT_LISTED = ("否", "无", "未上市", "非上市", "不上市", "no", "none", "0")
_LISTED_SQL = (
    "CASE WHEN COALESCE(f.stock_code, '') != '' THEN 1 "
    "WHEN f.listing IS NULL OR trim(f.listing) = '' THEN NULL "
    f"WHEN lower(trim(f.listing)) IN ({', '.join(repr(s) for s in _NOT_LISTED)}) THEN 0 ELSE 1 END"
)
# A firm "makes things" when its industry or main business says so (the plan targets the
# manufacturing arms of Shenzhen and Guangzhou firms).
_MANUFACTURING_SQL = (
    "(instr(COALESCE(f.industry, ''), '制造') > 0 "
    "OR instr(COALESCE(f.main_business, ''), '制造') > 0 "
    "OR instr(COALESCE(f.main_business, ''), '生产') > 0 "
    "OR instr(COALESCE(f.main_business, ''), '加工') > 0)"
)


# -- firm references ------------------------------------------------------------------------
def resolve_firm(db: Database, ref: str | int) -> int:
    """A firm's id from its id, its USCC or its exact name; Chinese UserError if unknown."""
    text = str(ref).strip()
    if not text:
        raise UserError("请给出企业的编号、统一社会信用代码或完整名称")
    if len(text) == 18:
        row = db.execute("SELECT id FROM firms WHERE uscc = ?", (text.upper(),)).fetchone()
        if row is not None:
            return int(row[0])
    if text.isdigit() and len(text) < 18:
        row = db.execute("SELECT id FROM firms WHERE id = ?", (int(text),)).fetchone()
        if row is not None:
            return int(row[0])
    rows = db.query("SELECT id FROM firms WHERE name = ? LIMIT 5", (text,))
    if not rows:
        rows = db.query(
            "SELECT id FROM firms WHERE name_norm = ? OR short_name = ? LIMIT 5",
            (normalise_name(text), text),
        )
    if len(rows) == 1:
        return int(rows[0][0])
    if len(rows) > 1:
        ids = "、".join(str(r[0]) for r in rows)
        raise UserError(f"有多家企业名为“{text}”（编号 {ids}），请改用编号或统一社会信用代码")
    raise UserError(f"找不到企业“{text}”：请给出企业的编号、统一社会信用代码或完整名称")


# -- weights --------------------------------------------------------------------------------
def get_weights(db: Database) -> rk.Weights:
    """The ranking weights in force (defaults when unset or unreadable)."""
    try:
        return rk.Weights.from_mapping(db.get_setting(WEIGHTS_KEY))
    except (rk.WeightsError, ValueError):
        return rk.Weights()


def set_weights(
    db: Database,
    gap_fit: float | None = None,
    capability: float | None = None,
    propensity: float | None = None,
) -> rk.Weights:
    """Change some or all weights (audited); Chinese UserError for invalid values.

    The stored scores become stale; run :func:`rescore` (the CLI and the UI do) to apply.
    """
    current = get_weights(db).to_json()
    for name, value in (
        ("gap_fit", gap_fit),
        ("capability", capability),
        ("propensity", propensity),
    ):
        if value is not None:
            current[name] = value
    try:
        w = rk.Weights.from_mapping(current)
    except rk.WeightsError as exc:
        raise UserError(str(exc)) from None
    db.set_setting(WEIGHTS_KEY, w.to_json())
    return w


# -- gaps -----------------------------------------------------------------------------------
_P_SEGMENT_SQL = "COALESCE(confidence, 0) * COALESCE(segment_confidence, 1)"


def local_evidence(db: Database) -> tuple[dict[str, Evidence], int]:
    """Per segment, what the database holds about Dongguan firms; and how many are classified.

    One pass over the Dongguan rows (they are spread over the whole table, so every pass
    costs a read of their pages); counting and ranking the examples happen in Python.
    """
    rows = db.execute(
        "SELECT id, segment, name, employees, revenue, registered_capital, currency, "
        f"COALESCE(segment, '') != '' AND (direction_confirmed = 1 OR {_P_SEGMENT_SQL} "
        f">= {gapmod.MIN_EVIDENCE_CONFIDENCE}), "
        "direction_confirmed = 1 OR classified_at IS NOT NULL "
        "FROM firms WHERE city = ?",
        (regions.local_city(),),
    ).fetchall()
    acc: dict[str, list[Any]] = {}  # segment -> [firms, large, employees, revenue, [(key, name)]]
    classified = 0
    rates = fx.get_rates(db)
    for fid, seg, name, emp, rev, capital, currency, counts, is_classified in rows:
        classified += bool(is_classified)
        capital = rates.to_cny(capital, currency)
        if not counts:
            continue
        a = acc.setdefault(seg, [0, 0, 0.0, 0.0, []])
        a[0] += 1
        a[1] += gapmod.is_large(emp, rev, capital)
        a[2] += emp or 0
        a[3] += rev or 0
        a[4].append((-(rev or 0), -(emp or 0), fid, name))
    ev = {
        seg: Evidence(
            firms=a[0],
            large_firms=a[1],
            employees=float(a[2]),
            revenue=float(a[3]),
            examples=tuple(x[3] for x in sorted(a[4])[:3]),
        )
        for seg, a in acc.items()
    }
    return ev, classified


def compute_gaps(db: Database, cat: Catalog | None = None) -> list[Gap]:
    """Every segment's gap (catalog in force + Dongguan evidence), largest first."""
    cat = cat or catalog_store.current(db)
    ev, total = local_evidence(db)
    return gapmod.compute(cat, ev, local_total=total)


# -- propensity model -----------------------------------------------------------------------
def load_propensity(db: Database) -> prop.PropensityModel | None:
    """The trained propensity model, or None (the prior is used)."""
    return prop.PropensityModel.from_json(db.get_setting(MODEL_KEY))


def outcomes_changed(db: Database) -> None:
    """Called (inside its transaction) when a pipeline outcome changes: propensity is stale."""
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, 'true') "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (DIRTY_KEY,),
    )


def _outcome_counts(db: Database) -> tuple[int, int, str]:
    row = db.execute(
        "SELECT SUM(stage = 'landed'), SUM(stage = 'dropped'), MAX(updated_at) "
        "FROM pipeline WHERE stage IN ('landed', 'dropped')"
    ).fetchone()
    return int(row[0] or 0), int(row[1] or 0), str(row[2] or "")


def train_propensity(db: Database) -> dict[str, Any]:
    """Train the propensity model on the bureau's outcomes (landed vs dropped) and store it.

    Returns a summary: ``status`` ``trained`` (with cross-validated ``metrics`` and the
    ``blend`` against the prior) or ``prior`` (too few outcomes: the prior stays in force and
    any older model is removed). The stored scores become stale; :func:`rescore` applies it.
    """
    from app.db import now

    landed, dropped, last = _outcome_counts(db)
    summary: dict[str, Any] = {
        "landed": landed,
        "dropped": dropped,
        "min_outcomes": prop.MIN_OUTCOMES,
        "min_per_class": prop.MIN_PER_CLASS,
    }
    if not prop.enough(landed, dropped):
        with db.write():
            if db.get_setting(MODEL_KEY) is not None:
                db.execute("DELETE FROM settings WHERE key = ?", (MODEL_KEY,))
                db.audit("propensity_reset", "settings", MODEL_KEY, summary)
            db.execute("DELETE FROM settings WHERE key = ?", (DIRTY_KEY,))
        return summary | {
            "status": "prior",
            "message": (
                f"已有结果：落地 {landed} 家、放弃 {dropped} 家；至少需要共 {prop.MIN_OUTCOMES} 家"
                f"且每类至少 {prop.MIN_PER_CLASS} 家才能训练，目前使用先验规则"
            ),
        }
    gaps = compute_gaps(db)
    cat = catalog_store.current(db)
    frame = _load(
        db,
        cat,
        "WHERE f.id IN (SELECT firm_id FROM pipeline WHERE stage IN ('landed', 'dropped'))",
    )
    outcome: dict[int, int] = {
        r[0]: r[1]
        for r in db.query(
            "SELECT firm_id, stage = 'landed' FROM pipeline WHERE stage IN ('landed', 'dropped')"
        )
    }
    y = np.array([outcome[int(i)] for i in frame.ids], dtype=np.int64)
    res = _compute(frame, gaps, cat, None, get_weights(db))
    try:
        model = prop.fit(res.X, y, trained_at=now())
    except ValueError as exc:  # e.g. a class vanished between the count and the load
        raise UserError(str(exc)) from None
    stored = model.to_json() | {"outcomes": [landed, dropped, last]}
    with db.write():
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (MODEL_KEY, _dumps(stored)),
        )
        db.execute("DELETE FROM settings WHERE key = ?", (DIRTY_KEY,))
        db.audit(
            "propensity_train",
            "settings",
            MODEL_KEY,
            {"n": model.n, "blend": model.blend, "metrics": model.metrics},
        )
    return summary | {
        "status": "trained",
        "n": model.n,
        "blend": model.blend,
        "metrics": model.metrics,
        "coefficients": dict(zip(prop.FEATURES, model.coef, strict=True)),
        "intercept": model.intercept,
        "message": (
            f"已用 {model.n} 个结果训练（交叉验证 {model.metrics['folds']} 折：ROC AUC "
            f"{model.metrics['roc_auc']:.2f}，准确率 {model.metrics['accuracy']:.0%}；"
            f"先验规则 AUC {model.metrics['prior_roc_auc']:.2f}），模型占 {model.blend:.0%}，"
            "其余按先验规则"
        ),
    }


def propensity_needs_training(db: Database) -> bool:
    """Whether the outcomes changed since the stored model (or the prior) was decided."""
    if db.get_setting(DIRTY_KEY):
        return True
    landed, dropped, last = _outcome_counts(db)
    stored = db.get_setting(MODEL_KEY)
    if stored is None:
        return prop.enough(landed, dropped)
    return stored.get("outcomes") != [landed, dropped, last]


def _dumps(obj: Any) -> str:
    import json

    return json.dumps(obj, ensure_ascii=False)


# -- loading and computing ------------------------------------------------------------------
# The bulk of a rescore is moving a million rows between SQLite and numpy, so the SELECT
# hands back numbers only: the catalog codes and the places are looked up in small temporary
# tables and arrive as small integers, the yes/no/unknown facts as one bit field.
_FLAGS_SQL = (
    "COALESCE(f.direction_confirmed, 0) + 2 * COALESCE((f.high_tech > 0) + 1, 0) "
    f"+ 8 * COALESCE(({_LISTED_SQL}) + 1, 0) + 32 * {_MANUFACTURING_SQL}"
)
_FACTS = (
    "confidence",
    "segment_confidence",
    "registered_capital",
    "employees",
    "revenue",
    "revenue_growth",
    "rd_ratio",
    "patents",
)
_OUTPUTS = ("score", "gap_fit", "capability", "propensity")
# Foreign-currency capital in 万元人民币 at the database's rate table (app.fx; a currency
# missing from the table is unknown capital, never read as 人民币).
_FACT_SQL = {
    "registered_capital": "f.registered_capital * (CASE WHEN f.currency IS NULL "
    "OR f.currency IN ('CNY', 'RMB') THEN 1.0 "
    "ELSE (SELECT x.rate FROM temp.rank_fx AS x WHERE x.code = f.currency) END)"
}
_NULL = -1e308  # stands for NULL in the frame SELECT (no fact or score takes this value)
_FRAME_COLUMNS = (
    "d.idx",
    "s.idx",
    "p.idx",
    f"({_FLAGS_SQL})",
    *(_FACT_SQL.get(c, f"f.{c}") for c in _FACTS),
    *(f"sc.{c}" for c in _OUTPUTS),
)
_FRAME_SELECT = (
    "SELECT f.id, "
    + ", ".join(f"COALESCE({c}, {_NULL})" for c in _FRAME_COLUMNS)
    + " FROM firms AS f "
    "LEFT JOIN scores AS sc ON sc.firm_id = f.id "
    "LEFT JOIN temp.rank_codes AS d ON d.code = f.direction "
    "LEFT JOIN temp.rank_codes AS s ON s.code = f.segment "
    "LEFT JOIN temp.rank_places AS p ON p.city IS f.city AND p.district IS f.district"
)


@dataclass
class _Frame:
    """The scoring inputs (and the stored outputs) of the selected firms, as arrays."""

    ids: np.ndarray  # int64
    direction: np.ndarray  # index into ``codes`` or -1
    segment: np.ndarray  # index into ``codes`` or -1
    place: np.ndarray  # index into ``places``
    confirmed: np.ndarray  # 0/1
    high_tech: np.ndarray  # 0/1/NaN
    listed: np.ndarray  # 0/1/NaN
    manufacturing: np.ndarray  # 0/1
    facts: dict[str, np.ndarray]
    old: dict[str, np.ndarray]
    codes: list[str]
    places: list[tuple[str | None, str | None]]
    targeting: hooks.Context | None = None  # flags, signals, regions, strategy (app.targeting)


def _lookup_tables(
    db: Database, cat: Catalog, where: str = "", params: Any = ()
) -> tuple[list[str], list[tuple[Any, Any]]]:
    """(Re)fill the temporary code and place tables the frame SELECT joins."""
    codes = [d.code for d in cat.directions] + [s.code for s in cat.segments()]
    places = [
        (r[0], r[1])
        for r in db.execute(f"SELECT DISTINCT f.city, f.district FROM firms AS f {where}", params)
    ]
    db.execute(
        "CREATE TEMP TABLE IF NOT EXISTS rank_codes (code TEXT PRIMARY KEY, idx INTEGER) "
        "WITHOUT ROWID"
    )
    db.execute(
        "CREATE TEMP TABLE IF NOT EXISTS rank_places (city TEXT, district TEXT, idx INTEGER, "
        "PRIMARY KEY (city, district))"
    )
    db.execute(
        "CREATE TEMP TABLE IF NOT EXISTS rank_fx (code TEXT PRIMARY KEY, rate REAL) WITHOUT ROWID"
    )
    db.execute("DELETE FROM temp.rank_codes")
    db.execute("DELETE FROM temp.rank_places")
    db.execute("DELETE FROM temp.rank_fx")
    db.conn.executemany(
        "INSERT INTO temp.rank_fx VALUES (?, ?)", sorted(fx.get_rates(db).rates.items())
    )
    db.conn.executemany(
        "INSERT INTO temp.rank_codes VALUES (?, ?)", [(c, i) for i, c in enumerate(codes)]
    )
    db.conn.executemany(
        "INSERT INTO temp.rank_places VALUES (?, ?, ?)",
        [(c, d, i) for i, (c, d) in enumerate(places)],
    )
    return codes, places


def _load(db: Database, cat: Catalog, where: str = "", params: Any = ()) -> _Frame:
    """One SELECT of the selected firms (``where`` filters on ``f``), as a :class:`_Frame`."""
    codes, places = _lookup_tables(db, cat, where, params)
    rows = db.conn.execute(f"{_FRAME_SELECT} {where}", params).fetchall()
    width = 5 + len(_FACTS) + len(_OUTPUTS)
    # NULLs arrive as the sentinel, so that every value is a number and numpy can take the
    # flat stream in one pass (three times faster than np.array over a list of tuples).
    flat = np.fromiter(itertools.chain.from_iterable(rows), dtype=float, count=len(rows) * width)
    del rows
    a = flat.reshape(-1, width)
    a[a <= _NULL / 10] = np.nan

    def idx(col: np.ndarray) -> np.ndarray:
        return np.where(np.isnan(col), -1, col).astype(np.int64)

    flags = a[:, 4].astype(np.int64)

    def tri(code: np.ndarray) -> np.ndarray:  # 0 unknown, 1 no, 2 yes → NaN / 0 / 1
        return np.where(code == 0, np.nan, code - 1.0)

    frame = _Frame(
        ids=a[:, 0].astype(np.int64),
        direction=idx(a[:, 1]),
        segment=idx(a[:, 2]),
        place=idx(a[:, 3]),
        confirmed=(flags & 1).astype(float),
        high_tech=tri((flags >> 1) & 3),
        listed=tri((flags >> 3) & 3),
        manufacturing=((flags >> 5) & 1).astype(float),
        facts={c: a[:, 5 + i] for i, c in enumerate(_FACTS)},
        old={c: a[:, 5 + len(_FACTS) + i] for i, c in enumerate(_OUTPUTS)},
        codes=codes,
        places=places,
    )
    frame.targeting = hooks.load(db, frame.ids)
    return frame


@dataclass
class _Result:
    ids: np.ndarray
    candidate: np.ndarray
    probability: np.ndarray
    gap: np.ndarray
    gap_fit: np.ndarray
    capability: cap.Capability
    cap_eff: np.ndarray
    X: np.ndarray
    propensity: np.ndarray
    score: np.ndarray


def _compute(
    f: _Frame,
    gaps: list[Gap],
    cat: Catalog,
    model: prop.PropensityModel | None,
    weights: rk.Weights,
) -> _Result:
    """All scores for the loaded firms, vectorised (the formulas are in ``scoring``)."""
    gaps = hooks.strategy_gaps(f.targeting, gaps, cat)
    seg_gap = {g.segment: g.gap for g in gaps}
    # Per code: a segment's gap, or a direction's mean gap (for firms without a segment).
    code_gap = np.array([seg_gap.get(c, gapmod.direction_gap(gaps, c)) for c in f.codes] + [np.nan])
    directions = [cat.direction(c) for c in f.codes]
    code_key = np.array([float(d is not None and d.key) for d in directions] + [0.0])
    probability = rk.segment_probability(
        f.facts["confidence"], f.facts["segment_confidence"], f.confirmed
    )
    seg_gap_arr = code_gap[f.segment]  # index -1 → the trailing NaN
    dir_gap_arr = code_gap[f.direction]
    gap = np.where(np.isnan(seg_gap_arr), np.nan_to_num(dir_gap_arr, nan=0.0), seg_gap_arr)
    fit = rk.gap_fit(gap, probability)
    c = cap.compute(
        revenue=f.facts["revenue"],
        employees=f.facts["employees"],
        capital=f.facts["registered_capital"],
        growth=f.facts["revenue_growth"],
        rd=f.facts["rd_ratio"],
        patents=f.facts["patents"],
        listed=f.listed,
        high_tech=f.high_tech,
    )
    c = hooks.with_flags(c, f.targeting)
    cities = np.array([c_ for c_, _ in f.places] + [None], dtype=object)
    districts = np.array([d_ for _, d_ in f.places] + [None], dtype=object)
    place_land, place_prox = prop.place_arrays(cities, districts)
    place_candidate = hooks.candidate_mask(f.targeting, cities)
    X = prop.features(
        factors=c.factors,
        manufacturing=f.manufacturing,
        land=place_land[f.place],
        proximity=place_prox[f.place],
        key=code_key[f.direction],
        gap_fit=fit,
    )
    p = hooks.with_signals(prop.predict(model, X), f.targeting)
    candidate = place_candidate[f.place]
    eff = c.effective
    s = rk.score(fit, eff, p, weights, candidate)
    return _Result(
        ids=f.ids,
        candidate=candidate,
        probability=probability,
        gap=gap,
        gap_fit=fit,
        capability=c,
        cap_eff=eff,
        X=X,
        propensity=p,
        score=s,
    )


# -- staleness ------------------------------------------------------------------------------
STATE_VERSION = 4


def current_state(
    db: Database,
    gaps: list[Gap] | None = None,
    weights: rk.Weights | None = None,
) -> dict[str, Any]:
    """What the stored scores depend on; equal states mean equal scores.

    ``facts`` summarises the firms and their classifications, ``model`` the propensity
    model, ``gaps`` every segment's gap and ``weights`` the ranking weights. :func:`rescore`
    uses the differences to do no more work than needed.
    """
    import hashlib

    import catalog

    f = db.execute(
        "SELECT COUNT(*), MAX(updated_at), MAX(classified_at), TOTAL(direction_confirmed), "
        "SUM(classified_at IS NULL), MAX(id) FROM firms"
    ).fetchone()
    c = db.execute("SELECT COUNT(*), MAX(at) FROM corrections").fetchone()
    # Timestamps are to the second: an edit in the same second as the newest one recorded
    # would leave MAX(updated_at) unchanged. Every edit of a firm by hand is audited, so the
    # newest such audit row tells that one happened (the plan then includes that second).
    edits = db.scalar("SELECT MAX(id) FROM audit WHERE entity = 'firm'")
    imports, undone = db.execute("SELECT MAX(id), TOTAL(status = 'undone') FROM imports").fetchone()
    model = db.get_setting(MODEL_KEY)
    if gaps is None:
        gaps = compute_gaps(db)
    return {
        "version": STATE_VERSION,
        "facts": {
            "count": f[0],
            "updated": f[1],
            "classified": f[2],
            "confirmed": f[3],
            "unclassified": f[4] or 0,
            "max_id": f[5],
            "corrections": c[0],
            "corrected": c[1],
            "edits": edits,
            "imports": imports,
            "undone": undone,
        },
        "catalog": catalog.load_default().version,
        "model": hashlib.sha1(_dumps(model).encode()).hexdigest()[:16] if model else "",
        "gaps": {g.segment: g.gap for g in gaps},
        "weights": (weights or get_weights(db)).to_json(),
        "fx": fx.get_rates(db).to_json(),
        "targeting": hooks.state(db),
    }


def is_stale(db: Database) -> bool:
    """Whether the stored scores may differ from what :func:`rescore` would write now."""
    return db.get_setting(STATE_KEY) != current_state(db)


def _plan(old: dict[str, Any] | None, new: dict[str, Any]) -> tuple[str, str, list[Any]]:
    """How to bring the scores from ``old`` to ``new``: (mode, WHERE on ``f``, parameters).

    - ``full``: no usable old state, another catalog release or another propensity model:
      every firm is recomputed.
    - ``changed``: firms were added, edited, classified or corrected since: those firms
      (found by id, by the ``import_changes`` of newer imports, by the audit rows of hand
      edits, and by a later ``updated_at`` / ``classified_at`` / correction stamp) plus the
      firms of the directions whose gaps changed. An import undone since, or a stamp that
      went backwards, makes it ``full``.
    - ``partial``: only gaps changed: the firms of the affected directions.
    - ``weights``: only the weights changed: the weighted sum, in SQL.
    - ``none``: nothing to do.
    Any mode but ``full`` and ``none`` also redoes the weighted sum when the weights changed.
    """
    if (
        not old
        or old.get("version") != new["version"]
        or any(old.get(k) != new.get(k) for k in ("catalog", "model", "fx", "targeting"))
    ):
        return "full", "", []
    og, ng = old.get("gaps", {}), new["gaps"]
    dirs = sorted({s.rsplit(".", 1)[0] for s in set(og) | set(ng) if og.get(s) != ng.get(s)})
    conds: list[str] = []
    params: list[Any] = []
    of, nf = old["facts"], new["facts"]
    if of != nf:
        # Timestamps that went backwards (a restored copy, a clock change) cannot be trusted
        # to find the changed firms: recompute everything.
        for k in ("updated", "classified", "corrected"):
            if (of.get(k) or "") > (nf.get(k) or ""):
                return "full", "", []
        if of.get("undone") != nf.get("undone"):
            return "full", "", []  # an undone import puts old values and stamps back
        conds.append("f.id > ?")
        params.append(of.get("max_id") or 0)
        # Firms an import or a hand edit changed are named by their records, so a change
        # within the second of the newest stamp is found without taking every firm that
        # shares that stamp (a million after a big import) for changed.
        conds.append("f.id IN (SELECT firm_id FROM import_changes WHERE import_id > ?)")
        params.append(of.get("imports") or 0)
        conds.append(
            "f.id IN (SELECT CAST(entity_id AS INTEGER) FROM audit "
            "WHERE entity = 'firm' AND id > ?)"
        )
        params.append(of.get("edits") or 0)
        if of.get("updated"):
            conds.append("f.updated_at > ?")  # any other writer, in a later second
            params.append(of["updated"])
        if of.get("classified"):
            conds.append("f.classified_at >= ?")
            params.append(of["classified"])
        else:
            conds.append("f.classified_at IS NOT NULL")
        conds.append(
            "f.id IN (SELECT firm_id FROM corrections WHERE at >= ?)"
            if of.get("corrected")
            else "f.id IN (SELECT firm_id FROM corrections)"
        )
        if of.get("corrected"):
            params.append(of["corrected"])
    if dirs:
        conds.append(f"f.direction IN ({', '.join('?' * len(dirs))})")
        params.extend(dirs)
    if conds:
        return ("changed" if of != nf else "partial"), "WHERE " + " OR ".join(conds), params
    if old.get("weights") != new["weights"]:
        return "weights", "", []
    return "none", "", []


# -- rescoring ------------------------------------------------------------------------------
def _changed(new: np.ndarray, old: np.ndarray) -> np.ndarray:
    both_nan = np.isnan(new) & np.isnan(old)
    with np.errstate(invalid="ignore"):
        same = both_nan | (np.abs(new - old) <= 1e-12)
    return ~same


@contextlib.contextmanager
def _score_index_dropped(db: Database, drop: bool) -> Iterator[None]:
    """Drop the score index around a write of most rows and rebuild it after (much faster
    than maintaining it row by row); a no-op for small writes."""
    rows = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'scores' "
        "AND sql LIKE '%(score%'"
    ).fetchall()
    if not drop or not rows:
        yield
        return
    for name, _sql in rows:
        db.execute(f'DROP INDEX "{name}"')
    yield
    for _name, sql in rows:
        db.execute(sql)


def _reweight(db: Database, weights: rk.Weights) -> int:
    """Redo every candidate's weighted sum from its stored components (after a weight change).

    The same arithmetic, in the same order, as :func:`scoring.ranking.score`.
    """
    w = weights.normalised()
    with _score_index_dropped(db, True):
        cur = db.execute(
            "UPDATE scores SET score = 100.0 * (? * gap_fit + ? * capability + ? * propensity) "
            "WHERE score IS NOT NULL",
            (w.gap_fit, w.capability, w.propensity),
        )
    return cur.rowcount


def rescore(
    db: Database, cancel: CancelToken | None = None, *, full: bool = False
) -> Job[dict[str, Any]]:
    """Bring every firm's stored score up to date (a job: yields Progress, honours ``cancel``).

    Does no more than needed, with the same result as a full recompute (tested; see
    :func:`_plan`): after a weight change only the weighted sum is redone, in one SQL
    UPDATE over the stored components; after a gap change or a few edited firms only the
    affected firms are recomputed; otherwise (or with ``full``) every firm is. A recompute
    is one SELECT, numpy, and a write of the rows whose values changed through a temporary
    table and one ``UPDATE … FROM``, all in one transaction; a cancel rolls it all back.
    """
    t0 = time.perf_counter()
    cancel = cancel or CancelToken()
    steps = 4
    yield Progress(0, steps, "计算补链缺口")
    cat = catalog_store.current(db)
    gaps = compute_gaps(db, cat)
    weights = get_weights(db)
    model = load_propensity(db)
    state = current_state(db, gaps, weights)
    old_state = db.get_setting(STATE_KEY) or {}
    mode, where, params = ("full", "", []) if full else _plan(old_state, state)
    total = int(state["facts"]["count"] or 0)
    timing: dict[str, float] = {}
    recomputed = written = 0
    cancel.check()
    if db.scalar("PRAGMA temp_store") != 2:
        # Keep the temporary tables of a million-row write in memory (a few tens of MB).
        db.execute("PRAGMA temp_store = MEMORY")
    with db.write():
        if mode in ("full", "changed", "partial"):
            yield Progress(1, steps, "读取企业数据")
            t = time.perf_counter()
            frame = _load(db, cat, where, params)
            recomputed = len(frame.ids)
            timing["load"] = time.perf_counter() - t
            cancel.check()
            yield Progress(2, steps, "计算得分")
            t = time.perf_counter()
            res = _compute(frame, gaps, cat, model, weights)
            cand = res.candidate
            new = {
                "score": res.score,
                "gap_fit": np.where(cand, res.gap_fit, np.nan),
                "capability": res.cap_eff,
                "propensity": np.where(cand, res.propensity, np.nan),
            }
            changed = np.zeros(len(res.ids), dtype=bool)
            for k in _OUTPUTS:
                changed |= _changed(new[k], frame.old[k])
            rows = np.flatnonzero(changed)
            del frame
            timing["compute"] = time.perf_counter() - t
            cancel.check()
            yield Progress(3, steps, "写入数据库")
            t = time.perf_counter()
            written = len(rows)
            yield from _write(
                db, res.ids[rows], {k: v[rows] for k, v in new.items()}, total, cancel
            )
            if mode != "full" and state["weights"] != old_state.get("weights"):
                # The recomputed firms already use the new weights; the others need the sum.
                cancel.check()
                written = max(written, _reweight(db, weights))
            timing["write"] = time.perf_counter() - t
        elif mode == "weights":
            yield Progress(3, steps, "按新权重重新排名")
            t = time.perf_counter()
            written = _reweight(db, weights)
            timing["write"] = time.perf_counter() - t
        cancel.check()
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (STATE_KEY, _dumps(state)),
        )
    yield Progress(steps, steps, "评分完成")
    candidates = int(db.scalar("SELECT COUNT(*) FROM scores WHERE score IS NOT NULL") or 0)
    return {
        "mode": mode,
        "firms": total,
        "candidates": candidates,
        "recomputed": recomputed,
        "written": written,
        "gaps": len(gaps),
        "propensity": "model" if model is not None and model.blend > 0 else "prior",
        "seconds": round(time.perf_counter() - t0, 2),
        "timing": {k: round(v, 2) for k, v in timing.items()},
    }


def _write(
    db: Database,
    ids: np.ndarray,
    values: dict[str, np.ndarray],
    total: int,
    cancel: CancelToken,
) -> Job[None]:
    """Write changed rows (inside the caller's transaction) via a temp table + UPDATE FROM."""
    n = len(ids)
    if n == 0:
        return
    db.execute(
        "CREATE TEMP TABLE IF NOT EXISTS rank_new (id INTEGER PRIMARY KEY, score REAL, "
        "gap_fit REAL, capability REAL, propensity REAL)"
    )
    db.execute("DELETE FROM temp.rank_new")
    for start in range(0, n, WRITE_CHUNK):
        cancel.check()
        end = min(start + WRITE_CHUNK, n)
        db.conn.executemany(
            "INSERT INTO temp.rank_new VALUES (?, ?, ?, ?, ?)",
            zip(
                ids[start:end].tolist(),
                *(values[k][start:end].tolist() for k in _OUTPUTS),
                strict=True,
            ),
        )
        yield Progress(3, 4, f"写入数据库 {end:,}/{n:,}")
    cancel.check()
    with _score_index_dropped(db, n > total // 10):
        db.execute(
            "UPDATE scores SET score = r.score, gap_fit = r.gap_fit, capability = r.capability, "
            "propensity = r.propensity FROM temp.rank_new AS r WHERE scores.firm_id = r.id"
        )
    db.execute("DELETE FROM temp.rank_new")


# -- per-firm views -------------------------------------------------------------------------
def _firm_scores(db: Database, ids: list[int]) -> list[expl.FirmScore]:
    """Recompute the scores of a few firms with their full breakdown (same code as rescore)."""
    if not ids:
        return []
    cat = catalog_store.current(db)
    gaps = compute_gaps(db, cat)
    by_seg = gapmod.by_segment(gaps)
    weights = get_weights(db)
    model = load_propensity(db)
    marks = ",".join("?" * len(ids))
    frame = _load(db, cat, f"WHERE f.id IN ({marks})", ids)
    res = _compute(frame, gaps, cat, model, weights)
    info = {
        r["id"]: r
        for r in db.query(
            f"SELECT id, name, city, district, direction, segment, confidence, segment_confidence, "
            f"direction_confirmed FROM firms WHERE id IN ({marks})",
            ids,
        )
    }
    source = "先验规则"
    if model is not None and model.blend > 0:
        source = f"{model.n} 个落地/放弃结果训练的模型占 {model.blend:.0%}，其余按先验规则"
    out: dict[int, expl.FirmScore] = {}
    for i, fid in enumerate(res.ids.tolist()):
        r = info[fid]
        d = cat.direction(r["direction"] or "")
        s = cat.segment(r["segment"] or "")
        ff = frame.facts
        facts = {
            "revenue": ff["revenue"][i],
            "employees": ff["employees"][i],
            "capital": ff["registered_capital"][i],
            "growth": ff["revenue_growth"][i],
            "rd": ff["rd_ratio"][i],
            "patents": ff["patents"][i],
        }
        cap_score = res.capability.score[i]
        out[fid] = expl.FirmScore(
            firm_id=fid,
            name=r["name"],
            city=r["city"] or "",
            district=r["district"] or "",
            direction=d.code if d else "",
            direction_name=d.name if d else "",
            segment=s.code if s else "",
            segment_name=s.name if s else "",
            position=s.position if s else "",
            key=bool(d and d.key),
            p_direction=r["confidence"],
            p_segment=r["segment_confidence"],
            confirmed=bool(r["direction_confirmed"]),
            probability=float(res.probability[i]),
            gap=by_seg.get(s.code) if s else None,
            gap_value=float(res.gap[i]),
            gap_fit=float(res.gap_fit[i]),
            capability=None if np.isnan(cap_score) else float(cap_score),
            coverage=float(res.capability.confidence[i]),
            capability_eff=float(res.cap_eff[i]),
            factors={k: float(v[i]) for k, v in res.capability.factors.items()},
            facts=facts,
            propensity=float(res.propensity[i]) if res.candidate[i] else None,
            propensity_reasons=(
                prop.reasons(model, res.X[i], known=_known_features(res.capability.factors, i))
                if res.candidate[i]
                else []
            ),
            propensity_source=source,
            score=float(res.score[i]) if res.candidate[i] else None,
            weights=weights,
            candidate=bool(res.candidate[i]),
        )
    return [out[i] for i in ids if i in out]


def _known_features(factors: dict[str, np.ndarray], i: int) -> dict[str, bool]:
    """Which propensity features rest on a known fact for firm ``i`` (others are imputed)."""
    size = any(not np.isnan(factors[k][i]) for k in ("revenue", "employees", "capital"))
    return {
        "size": size,
        "growth": not np.isnan(factors["growth"][i]),
        "rd": not np.isnan(factors["rd"][i]),
        "high_tech": not np.isnan(factors["high_tech"][i]),
        "listed": not np.isnan(factors["listed"][i]),
    }


def _r(x: float | None, nd: int) -> float | None:
    if x is None or (isinstance(x, float) and np.isnan(x)):
        return None
    return round(float(x), nd)


def top(
    db: Database,
    n: int = 50,
    city: str | None = None,
    direction: str | None = None,
    *,
    include_landed: bool = False,
    ids: list[int] | None = None,
) -> list[dict[str, Any]]:
    """The ``n`` best-scored candidates as ``chainfill score --json`` records, best first.

    Reads the stored scores (run :func:`app.pipeline.refresh` first if they may be stale)
    and explains each in one line. Firms already landed in Dongguan are left out unless
    ``include_landed``: they are no longer prospects. ``ids`` limits the list to those firms.
    """
    if n < 0:
        raise UserError("数量不能为负数")
    where = ["f.score IS NOT NULL"]  # f: the view ``ranked`` (firms with their scores)
    params: list[Any] = []
    if not include_landed:
        where.append("COALESCE(p.stage, '') != 'landed'")
    if city:
        where.append("f.city = ?")
        params.append(city)
    if direction is not None:
        where.append("COALESCE(f.direction, '') = ?")
        params.append(direction)
    if ids is not None:  # only these firms (以商引商: an anchor's partners)
        where.append(f"f.id IN ({', '.join('?' * len(ids))})" if ids else "0")
        params.extend(ids)
    rows = db.query(
        "SELECT f.id, f.name, f.city, f.district, f.direction, f.segment, f.score, f.gap_fit, "
        "f.capability, f.propensity, p.stage FROM ranked AS f "
        "LEFT JOIN pipeline AS p ON p.firm_id = f.id "
        f"WHERE {' AND '.join(where)} ORDER BY f.score DESC, f.firm_id LIMIT ?",
        [*params, n],
    )
    scores = {fs.firm_id: fs for fs in _firm_scores(db, [r["id"] for r in rows])}
    out = []
    for rank, r in enumerate(rows, start=1):
        fs = scores[r["id"]]
        out.append(
            {
                "id": r["id"],
                "name": r["name"],
                "city": r["city"] or "",
                "direction": r["direction"] or "",
                "segment": r["segment"] or "",
                "score": _r(r["score"], 1),
                "gap_fit": _r(r["gap_fit"], 3),
                "capability": _r(r["capability"], 3),
                "propensity": _r(r["propensity"], 3),
                "why": expl.why(fs),
                "rank": rank,
                "district": r["district"] or "",
                "direction_name": fs.direction_name,
                "segment_name": fs.segment_name,
                "confidence": round(fs.confidence, 3),
                "stage": r["stage"] or "",
            }
        )
    return out


def _classifier_explanation(db: Database, firm_id: int) -> Any:
    """The classifier's evidence for the firm's text."""
    from app import classification  # the scoring stack: loaded only when asked to explain
    from scoring.text import firm_text

    columns = ", ".join(classification.TEXT_COLUMNS)
    try:
        model = classification.load_model(db).model
        row = db.execute(f"SELECT {columns} FROM firms WHERE id = ?", (firm_id,)).fetchone()
        return model.explain(firm_text(dict(row)), top=5, industry=row["industry"])
    except UserError:
        return None


def explain_firm(db: Database, firm_ref: str | int) -> dict[str, Any]:
    """One firm's score and why, in Chinese (``chainfill explain FIRM``)."""
    fid = resolve_firm(db, firm_ref)
    fs = _firm_scores(db, [fid])[0]
    clf = _classifier_explanation(db, fid) if fs.direction else None
    stored = db.execute(
        "SELECT score, gap_fit, capability, propensity FROM scores WHERE firm_id = ?", (fid,)
    ).fetchone()
    g = fs.gap
    evidence = [
        {"text": str(s), "weight": round(float(w), 4)}
        for s, w in (getattr(clf, "evidence", None) or [])
    ]
    raw = db.execute(
        "SELECT registered_capital, currency FROM firms WHERE id = ?", (fid,)
    ).fetchone()
    capital_note = fx.describe(raw["registered_capital"], raw["currency"], fx.get_rates(db))
    detail = expl.full_text(fs, clf, {d.code: d.name for d in catalog_store.current(db).directions})
    if capital_note:
        detail += f"\n注册资本为外币：{capital_note}"
    summary = briefing.summary(fs, [str(e["text"]) for e in evidence], capital_note)
    return targeting_explain.extend(
        db,
        fid,
        {
            "id": fid,
            "name": fs.name,
            "city": fs.city,
            "district": fs.district,
            "direction": fs.direction,
            "direction_name": fs.direction_name,
            "segment": fs.segment,
            "segment_name": fs.segment_name,
            "candidate": fs.candidate,
            "score": _r(fs.score, 1),
            "gap_fit": _r(fs.gap_fit, 3) if fs.candidate else None,
            "capability": _r(fs.capability_eff, 3),
            "capability_raw": _r(fs.capability, 3),
            "capability_coverage": round(fs.coverage, 3),
            "propensity": _r(fs.propensity, 3),
            "confidence": round(fs.confidence, 3),
            "confidence_label": expl.confidence_label(fs.confidence),
            "weights": fs.weights.to_json(),
            "gap": g.to_json() if g is not None else None,
            "factors": expl.factors_json(fs),
            "evidence": evidence,
            "why": expl.why(fs),
            # What a section chief reads (app.briefing); the arithmetic is one click away.
            "summary": summary,
            "detail": detail,
            "text": summary,
            "capital_note": capital_note or "",
            "stored_score": _r(stored["score"], 1),
        },
    )
