"""Keep derived data current after firms change: classify what is pending, then re-rank.

The importer, the demo generator and the UI call :func:`refresh` after they write. (The
outreach pipeline of stages and visits is :mod:`app.outreach`; "pipeline" here is the
processing chain import → classification → propensity → ranking.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app import classification, ranking
from app.jobs import CancelToken, Job, Progress
from resources.i18n import _

if TYPE_CHECKING:
    from app.db import Database


def refresh(db: Database, cancel: CancelToken | None = None) -> Job[dict[str, Any]]:
    """Classify pending firms, retrain propensity if outcomes changed, then rescore (a job)."""
    cancel = cancel or CancelToken()
    summary: dict[str, Any] = {}
    # Pending = never classified or text changed since (the importer clears classified_at).
    # Checked here so that a refresh with nothing pending does not load the model.
    pending = db.scalar("SELECT EXISTS (SELECT 1 FROM firms WHERE classified_at IS NULL)")
    if pending:
        yield Progress(0, None, _("分类待处理的企业"))
        summary["classified"] = yield from classification.classify_pending(db, cancel=cancel)
    cancel.check()
    if ranking.propensity_needs_training(db):
        yield Progress(0, None, _("训练落地可能性模型"))
        summary["propensity"] = ranking.train_propensity(db)
    cancel.check()
    summary["rescore"] = yield from ranking.rescore(db, cancel=cancel)
    return summary


def refresh_if_stale(db: Database, cancel: CancelToken | None = None) -> Job[dict[str, Any] | None]:
    """:func:`refresh` only when something the scores depend on has changed (a job)."""
    if not ranking.is_stale(db) and not ranking.propensity_needs_training(db):
        return None
    return (yield from refresh(db, cancel=cancel))
