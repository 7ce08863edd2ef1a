"""What the stored scores were computed from, and how to bring them up to date."""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Any

import catalog
from app import fx
from app.ranking.gaps import compute_gaps
from app.ranking.propensity import MODEL_KEY
from app.ranking.weights import get_weights
from app.targeting import hooks
from scoring import ranking as rk
from scoring.gaps import Gap

if TYPE_CHECKING:
    from app.db import Database

STATE_KEY = "ranking.state"
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
        "model": hashlib.sha1(json.dumps(model, ensure_ascii=False).encode()).hexdigest()[:16]
        if model
        else "",
        "gaps": {g.segment: g.gap for g in gaps},
        "weights": (weights or get_weights(db)).to_json(),
        "fx": fx.get_rates(db).to_json(),
        "targeting": hooks.state(db),
    }


def is_stale(db: Database) -> bool:
    """Whether the stored scores may differ from what :func:`rescore` would write now."""
    return db.get_setting(STATE_KEY) != current_state(db)


def plan(old: dict[str, Any] | None, new: dict[str, Any]) -> tuple[str, str, list[Any]]:
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
