"""Rescoring every firm: load, compute, write back only what changed, in one transaction."""

from __future__ import annotations

import contextlib
import json
import time
from typing import TYPE_CHECKING, Any

import numpy as np

from app import catalog_store
from app.jobs import CancelToken, Job, Progress
from app.ranking.frame import OUTPUTS, compute, load
from app.ranking.gaps import compute_gaps
from app.ranking.propensity import load_propensity
from app.ranking.staleness import STATE_KEY, current_state, plan
from app.ranking.weights import get_weights
from resources.i18n import _
from scoring import ranking as rk

if TYPE_CHECKING:
    from app.db import Database

WRITE_CHUNK = 100_000


def _changed(new: np.ndarray, old: np.ndarray) -> np.ndarray:
    both_nan = np.isnan(new) & np.isnan(old)
    with np.errstate(invalid="ignore"):
        same = both_nan | (np.abs(new - old) <= 1e-12)
    return ~same


def _score_index_dropped(db: Database, drop: bool) -> contextlib.AbstractContextManager[None]:
    """The score index dropped around a write of most rows and rebuilt after (much faster
    than maintaining it row by row); a no-op for small writes. Never on PostgreSQL: dropping
    an index locks the table against every colleague's reads until the commit."""
    if not drop or db.is_postgres:
        return contextlib.nullcontext()
    return db.schema_objects_dropped("index", "scores", sql_like="%(score%")


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
    yield Progress(0, steps, _("计算补链缺口"))
    cat = catalog_store.current(db)
    gaps = compute_gaps(db, cat)
    weights = get_weights(db)
    model = load_propensity(db)
    state = current_state(db, gaps, weights)
    old_state = db.get_setting(STATE_KEY) or {}
    mode, where, params = ("full", "", []) if full else plan(old_state, state)
    total = int(state["facts"]["count"] or 0)
    timing: dict[str, float] = {}
    recomputed = written = 0
    cancel.check()
    if db.scalar("PRAGMA temp_store") != 2:
        # Keep the temporary tables of a million-row write in memory (a few tens of MB).
        db.execute("PRAGMA temp_store = MEMORY")
    with db.write():
        if mode in ("full", "changed", "partial"):
            yield Progress(1, steps, _("读取企业数据"))
            t = time.perf_counter()
            frame = load(db, cat, where, params)
            recomputed = len(frame.ids)
            timing["load"] = time.perf_counter() - t
            cancel.check()
            yield Progress(2, steps, _("计算得分"))
            t = time.perf_counter()
            res = compute(frame, gaps, cat, model, weights)
            cand = res.candidate
            new = {
                "score": res.score,
                "gap_fit": np.where(cand, res.gap_fit, np.nan),
                "capability": res.cap_eff,
                "propensity": np.where(cand, res.propensity, np.nan),
            }
            changed = np.zeros(len(res.ids), dtype=bool)
            for k in OUTPUTS:
                changed |= _changed(new[k], frame.old[k])
            rows = np.flatnonzero(changed)
            del frame
            timing["compute"] = time.perf_counter() - t
            cancel.check()
            yield Progress(3, steps, _("写入数据库"))
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
            yield Progress(3, steps, _("按新权重重新排名"))
            t = time.perf_counter()
            written = _reweight(db, weights)
            timing["write"] = time.perf_counter() - t
        cancel.check()
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (STATE_KEY, json.dumps(state, ensure_ascii=False)),
        )
    yield Progress(steps, steps, _("评分完成"))
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
                *(values[k][start:end].tolist() for k in OUTPUTS),
                strict=True,
            ),
        )
        yield Progress(3, 4, _("写入数据库 {end:,}/{n:,}").format(end=end, n=n))
    cancel.check()
    with _score_index_dropped(db, n > total // 10):
        db.execute(
            "UPDATE scores SET score = r.score, gap_fit = r.gap_fit, capability = r.capability, "
            "propensity = r.propensity FROM temp.rank_new AS r WHERE scores.firm_id = r.id"
        )
    db.execute("DELETE FROM temp.rank_new")
