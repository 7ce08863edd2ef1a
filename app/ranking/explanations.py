"""One firm's score and why, and the best candidates, each with its reasons."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from app import briefing, catalog_store, fx
from app.errors import UserError
from app.firm_record import CLASSIFICATION
from app.ranking.firms import resolve_firm
from app.ranking.frame import compute, load
from app.ranking.gaps import compute_gaps
from app.ranking.propensity import load_propensity
from app.ranking.weights import get_weights
from app.targeting import explain as targeting_explain
from resources.i18n import _
from scoring import explain as expl
from scoring import gaps as gapmod
from scoring import propensity as prop

if TYPE_CHECKING:
    from app.db import Database


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
    frame = load(db, cat, f"WHERE f.id IN ({marks})", ids)
    res = compute(frame, gaps, cat, model, weights)
    info = {
        r["id"]: r
        for r in db.query(
            f"SELECT id, name, city, district, {', '.join(CLASSIFICATION)} FROM firms "
            f"WHERE id IN ({marks})",
            ids,
        )
    }
    source = _("先验规则")
    if model is not None and model.blend > 0:
        source = _("{n} 个落地/放弃结果训练的模型占 {share}，其余按先验规则").format(
            n=model.n, share=f"{model.blend:.0%}"
        )
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
        raise UserError(_("数量不能为负数"))
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
        where.append(f"f.id IN ({', '.join('?' * len(ids))})" if ids else "1 = 0")
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
        detail += "\n" + _("注册资本为外币：{note}").format(note=capital_note)
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
