"""The landing-propensity model: trained on the bureau's outcomes, stored as JSON."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import numpy as np

from app import catalog_store
from app.db import now
from app.errors import UserError
from app.ranking.frame import compute, load
from app.ranking.gaps import compute_gaps
from app.ranking.weights import get_weights
from scoring import propensity as prop

if TYPE_CHECKING:
    from app.db import Database

MODEL_KEY = "propensity.model"
DIRTY_KEY = "propensity.dirty"


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
    frame = load(
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
    res = compute(frame, gaps, cat, None, get_weights(db))
    try:
        model = prop.fit(res.X, y, trained_at=now())
    except ValueError as exc:  # e.g. a class vanished between the count and the load
        raise UserError(str(exc)) from None
    stored = model.to_json() | {"outcomes": [landed, dropped, last]}
    with db.write():
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (MODEL_KEY, json.dumps(stored, ensure_ascii=False)),
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
