"""Gaps, scores and explanations for the firms in the database (the glue around ``scoring``).

The pure formulas live in :mod:`scoring.gaps`, :mod:`scoring.capability`,
:mod:`scoring.propensity`, :mod:`scoring.ranking` and :mod:`scoring.explain`; this module
reads their inputs from SQLite, writes their results back and keeps them current.

Stored per firm (columns of ``firms``): ``score`` 0–100 (NULL unless the firm is a candidate,
i.e. registered in 深圳市 or 广州市), ``gap_fit`` and ``propensity`` in 0–1 (candidates only)
and ``capability`` in 0–1 (every firm with at least one known fact). Settings (table
``settings``): ``ranking.weights``, ``propensity.model`` (coefficients as JSON, never a
pickle) and ``ranking.state`` (what the stored scores were computed from, so that commands
can tell whether they are stale).
"""

from __future__ import annotations

import time
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from app import catalog_store
from app.errors import UserError
from app.jobs import CancelToken, Job, Progress
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
    "explain_firm",
    "get_weights",
    "outcomes_changed",
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
LOCAL_CITY = "东莞市"
WRITE_CHUNK = 100_000

# A firm "is listed" when it has a stock code, or its listing field says anything but no.
_NOT_LISTED = ("否", "无", "未上市", "非上市", "不上市", "no", "none", "0")
_LISTED_SQL = (
    "CASE WHEN COALESCE(stock_code, '') != '' THEN 1 "
    "WHEN listing IS NULL OR trim(listing) = '' THEN NULL "
    f"WHEN lower(trim(listing)) IN ({', '.join(repr(s) for s in _NOT_LISTED)}) THEN 0 ELSE 1 END"
)
# A firm "makes things" when its industry or main business says so (the plan targets the
# manufacturing arms of Shenzhen and Guangzhou firms).
_MANUFACTURING_SQL = (
    "(instr(COALESCE(industry, ''), '制造') > 0 OR instr(COALESCE(main_business, ''), '制造') > 0 "
    "OR instr(COALESCE(main_business, ''), '生产') > 0 "
    "OR instr(COALESCE(main_business, ''), '加工') > 0)"
)
_COLUMNS = (
    "id",
    "city",
    "district",
    "direction",
    "segment",
    "confidence",
    "segment_confidence",
    "direction_confirmed",
    "registered_capital",
    "employees",
    "revenue",
    "revenue_growth",
    "rd_ratio",
    "patents",
    "high_tech",
    "listed",
    "manufacturing",
)
_NUMERIC = set(_COLUMNS) - {"city", "district", "direction", "segment"}
_SELECT = (
    "SELECT id, city, district, direction, segment, confidence, segment_confidence, "
    "direction_confirmed, registered_capital, employees, revenue, revenue_growth, rd_ratio, "
    f"patents, high_tech, {_LISTED_SQL} AS listed, {_MANUFACTURING_SQL} AS manufacturing "
    "FROM firms"
)


# -- firm references ------------------------------------------------------------------------
def _norm_name(name: str) -> str:
    return "".join(unicodedata.normalize("NFKC", name).split())


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
            (_norm_name(text), text),
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
_LOCAL_WHERE = (
    f"city = '{LOCAL_CITY}' AND COALESCE(segment, '') != '' "
    f"AND (direction_confirmed = 1 OR {_P_SEGMENT_SQL} >= {gapmod.MIN_EVIDENCE_CONFIDENCE})"
)
_LARGE_SQL = (
    f"(COALESCE(employees, 0) >= {gapmod.LARGE_EMPLOYEES} "
    f"OR COALESCE(revenue, 0) >= {gapmod.LARGE_REVENUE} "
    f"OR COALESCE(registered_capital, 0) >= {gapmod.LARGE_CAPITAL})"
)


def local_evidence(db: Database) -> tuple[dict[str, Evidence], int]:
    """Per segment, what the database holds about Dongguan firms; and how many are classified."""
    rows = db.query(
        f"SELECT segment, COUNT(*) AS n, SUM({_LARGE_SQL}) AS large, "
        "TOTAL(employees) AS emp, TOTAL(revenue) AS rev "
        f"FROM firms WHERE {_LOCAL_WHERE} GROUP BY segment"
    )
    examples: dict[str, list[str]] = {}
    for r in db.query(
        "SELECT segment, name FROM (SELECT segment, name, ROW_NUMBER() OVER ("
        "PARTITION BY segment ORDER BY COALESCE(revenue, 0) DESC, COALESCE(employees, 0) DESC, id"
        f") AS rn FROM firms WHERE {_LOCAL_WHERE}) WHERE rn <= 3"
    ):
        examples.setdefault(r["segment"], []).append(r["name"])
    ev = {
        r["segment"]: Evidence(
            firms=int(r["n"]),
            large_firms=int(r["large"] or 0),
            employees=float(r["emp"]),
            revenue=float(r["rev"]),
            examples=tuple(examples.get(r["segment"], ())),
        )
        for r in rows
    }
    total = db.scalar(
        f"SELECT COUNT(*) FROM firms WHERE city = '{LOCAL_CITY}' "
        "AND (direction_confirmed = 1 OR classified_at IS NOT NULL)"
    )
    return ev, int(total or 0)


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
        "WHERE id IN (SELECT firm_id FROM pipeline WHERE stage IN ('landed', 'dropped'))",
    )
    outcome = dict(
        db.query(
            "SELECT firm_id, stage = 'landed' FROM pipeline WHERE stage IN ('landed', 'dropped')"
        )
    )
    y = np.array([outcome[int(i)] for i in frame["id"]], dtype=int)
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
def _load(db: Database, where: str = "", params: Any = ()) -> dict[str, np.ndarray]:
    """The scoring inputs of the selected firms as column arrays (one SELECT)."""
    rows = db.execute(f"{_SELECT} {where}", params).fetchall()
    if not rows:
        return {c: np.array([], dtype=float if c in _NUMERIC else object) for c in _COLUMNS}
    cols = list(zip(*rows, strict=True))
    out: dict[str, np.ndarray] = {}
    for name, col in zip(_COLUMNS, cols, strict=True):
        if name == "id":
            out[name] = np.array(col, dtype=np.int64)
        elif name in _NUMERIC:
            out[name] = np.array(col, dtype=float)  # None → NaN
        else:
            out[name] = np.array(col, dtype=object)
    return out


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
    f: dict[str, np.ndarray],
    gaps: list[Gap],
    cat: Catalog,
    model: prop.PropensityModel | None,
    weights: rk.Weights,
) -> _Result:
    """All scores for the loaded firms, vectorised."""
    import pandas as pd

    seg_gap = {g.segment: g.gap for g in gaps}
    dir_gap = {d.code: gapmod.direction_gap(gaps, d.code) for d in cat.directions}
    key = {d.code: 1.0 for d in cat.directions if d.key}
    probability = rk.segment_probability(
        f["confidence"], f["segment_confidence"], f["direction_confirmed"]
    )
    gap = rk.lookup_gaps(f["direction"], f["segment"], seg_gap, dir_gap)
    fit = rk.gap_fit(gap, probability)
    c = cap.compute(
        revenue=f["revenue"],
        employees=f["employees"],
        capital=f["registered_capital"],
        growth=f["revenue_growth"],
        rd=f["rd_ratio"],
        patents=f["patents"],
        listed=f["listed"],
        high_tech=f["high_tech"],
    )
    land, proximity = prop.place_arrays(f["city"], f["district"])
    is_key = pd.Series(f["direction"], dtype=object).map(key).to_numpy(dtype=float, na_value=0.0)
    X = prop.features(
        factors=c.factors,
        manufacturing=f["manufacturing"],
        land=land,
        proximity=proximity,
        key=is_key,
        gap_fit=fit,
    )
    p = prop.predict(model, X)
    candidate = rk.is_candidate(f["city"])
    eff = c.effective
    s = rk.score(fit, eff, p, weights, candidate)
    return _Result(
        ids=f["id"],
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
def current_state(db: Database) -> dict[str, Any]:
    """What the scores depend on, cheaply summarised; equal states mean equal scores."""
    f = db.execute(
        "SELECT COUNT(*), MAX(updated_at), MAX(classified_at), TOTAL(direction_confirmed), "
        "SUM(classified_at IS NULL) FROM firms"
    ).fetchone()
    e = db.execute("SELECT COUNT(*), MAX(at) FROM catalog_edits").fetchone()
    c = db.execute("SELECT COUNT(*), MAX(at) FROM corrections").fetchone()
    model = db.get_setting(MODEL_KEY) or {}
    import catalog

    return {
        "firms": [f[0], f[1], f[2], f[3], f[4] or 0],
        "catalog": [catalog.load_default().version, e[0], e[1]],
        "corrections": [c[0], c[1]],
        "outcomes": list(_outcome_counts(db)),
        "weights": get_weights(db).to_json(),
        "model": model.get("trained_at", ""),
    }


def is_stale(db: Database) -> bool:
    """Whether the stored scores may differ from what :func:`rescore` would write now."""
    return db.get_setting(STATE_KEY) != current_state(db)


# -- rescoring ------------------------------------------------------------------------------
def rescore(db: Database, cancel: CancelToken | None = None) -> Job[dict[str, Any]]:
    """Recompute and store every firm's score (a job: yields Progress, honours ``cancel``).

    One SELECT loads the inputs, numpy computes, and one transaction writes the results
    through a temporary table and a single ``UPDATE … FROM``; a cancel rolls it all back.
    """
    t0 = time.perf_counter()
    cancel = cancel or CancelToken()
    steps = 5
    yield Progress(0, steps, "计算补链缺口")
    cat = catalog_store.current(db)
    gaps = compute_gaps(db, cat)
    weights = get_weights(db)
    model = load_propensity(db)
    cancel.check()
    yield Progress(1, steps, "读取企业数据")
    frame = _load(db)
    t_load = time.perf_counter()
    cancel.check()
    yield Progress(2, steps, "计算得分")
    res = _compute(frame, gaps, cat, model, weights)
    t_compute = time.perf_counter()
    cancel.check()
    yield Progress(3, steps, "写入数据库")
    n = len(res.ids)
    cand = res.candidate
    gap_fit = np.where(cand, res.gap_fit, np.nan)
    propensity = np.where(cand, res.propensity, np.nan)
    state = None
    with db.write():
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
                    res.ids[start:end].tolist(),
                    res.score[start:end].tolist(),
                    gap_fit[start:end].tolist(),
                    res.capability.score[start:end].tolist(),
                    propensity[start:end].tolist(),
                    strict=True,
                ),
            )
            yield Progress(3, steps, f"写入数据库 {end:,}/{n:,}")
        cancel.check()
        db.execute(
            "UPDATE firms SET score = r.score, gap_fit = r.gap_fit, capability = r.capability, "
            "propensity = r.propensity FROM temp.rank_new AS r WHERE firms.id = r.id"
        )
        db.execute("DELETE FROM temp.rank_new")
        state = current_state(db)
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (STATE_KEY, _dumps(state)),
        )
    t_end = time.perf_counter()
    yield Progress(steps, steps, "评分完成")
    return {
        "firms": n,
        "candidates": int(cand.sum()),
        "gaps": len(gaps),
        "propensity": "model" if model is not None and model.blend > 0 else "prior",
        "seconds": round(t_end - t0, 2),
        "timing": {
            "load": round(t_load - t0, 2),
            "compute": round(t_compute - t_load, 2),
            "write": round(t_end - t_compute, 2),
        },
    }


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
    frame = _load(db, f"WHERE id IN ({marks})", ids)
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
        facts = {
            "revenue": frame["revenue"][i],
            "employees": frame["employees"][i],
            "capital": frame["registered_capital"][i],
            "growth": frame["revenue_growth"][i],
            "rd": frame["rd_ratio"][i],
            "patents": frame["patents"][i],
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
) -> list[dict[str, Any]]:
    """The ``n`` best-scored candidates as ``chainfill score --json`` records, best first.

    Reads the stored scores (run :func:`app.pipeline.refresh` first if they may be stale)
    and explains each in one line. Firms already landed in Dongguan are left out unless
    ``include_landed``: they are no longer prospects.
    """
    if n < 0:
        raise UserError("数量不能为负数")
    where = ["f.score IS NOT NULL"]
    params: list[Any] = []
    if not include_landed:
        where.append("COALESCE(p.stage, '') != 'landed'")
    if city:
        where.append("f.city = ?")
        params.append(city)
    if direction is not None:
        where.append("COALESCE(f.direction, '') = ?")
        params.append(direction)
    rows = db.query(
        "SELECT f.id, f.name, f.city, f.district, f.direction, f.segment, f.score, f.gap_fit, "
        "f.capability, f.propensity, p.stage FROM firms AS f "
        "LEFT JOIN pipeline AS p ON p.firm_id = f.id "
        f"WHERE {' AND '.join(where)} ORDER BY f.score DESC, f.id LIMIT ?",
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
    """The classifier's evidence for the firm's text, when the classifier is available."""
    try:
        from app import classification
    except ImportError:
        return None
    try:
        model = classification.load_model(db)
        if model is None or not hasattr(model, "explain"):
            return None
        row = db.execute(
            "SELECT name, short_name, main_business, business_scope, introduction "
            "FROM firms WHERE id = ?",
            (firm_id,),
        ).fetchone()
        text_of = getattr(classification, "firm_text", None)
        text = text_of(dict(row)) if text_of else " ".join(v for v in row if v)
        return model.explain(text, top=5)
    except UserError:
        return None


def explain_firm(db: Database, firm_ref: str | int) -> dict[str, Any]:
    """One firm's score and why, in Chinese (``chainfill explain FIRM``)."""
    fid = resolve_firm(db, firm_ref)
    fs = _firm_scores(db, [fid])[0]
    clf = _classifier_explanation(db, fid) if fs.direction else None
    stored = db.execute(
        "SELECT score, gap_fit, capability, propensity FROM firms WHERE id = ?", (fid,)
    ).fetchone()
    g = fs.gap
    evidence = [
        {"text": str(s), "weight": round(float(w), 4)}
        for s, w in (getattr(clf, "evidence", None) or [])
    ]
    return {
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
        "capability": _r(fs.capability, 3),
        "capability_coverage": round(fs.coverage, 3),
        "propensity": _r(fs.propensity, 3),
        "confidence": round(fs.confidence, 3),
        "confidence_label": expl.confidence_label(fs.confidence),
        "weights": fs.weights.to_json(),
        "gap": g.to_json() if g is not None else None,
        "factors": expl.factors_json(fs),
        "evidence": evidence,
        "why": expl.why(fs),
        "text": expl.full_text(fs, clf),
        "stored_score": _r(stored["score"], 1),
    }
