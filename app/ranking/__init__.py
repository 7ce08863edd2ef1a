"""Gaps, scores and explanations for the firms in the database (the glue around ``scoring``).

The pure formulas live in :mod:`scoring.gaps`, :mod:`scoring.capability`,
:mod:`scoring.propensity`, :mod:`scoring.ranking` and :mod:`scoring.explain`; this package
reads their inputs from SQLite, writes their results back and keeps them current:

- ``firms``: a firm from what staff type (id, USCC, name);
- ``weights``: the ranking weights in force;
- ``gaps``: the catalog's gaps from the Dongguan firms on record;
- ``frame``: many firms' inputs as numpy arrays, and their scores computed in one pass;
- ``propensity``: the landing-propensity model, trained on the bureau's outcomes;
- ``staleness``: what the stored scores were computed from, and the plan to update them;
- ``rescoring``: the job that brings every stored score up to date;
- ``explanations``: the best candidates and one firm's score, each with its reasons.

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

Callers use the names below (``from app import ranking``; ``ranking.rescore(db)``).
"""

from app.ranking.explanations import explain_firm, top
from app.ranking.firms import resolve_firm
from app.ranking.gaps import compute_gaps, local_evidence
from app.ranking.propensity import (
    load_propensity,
    outcomes_changed,
    propensity_needs_training,
    train_propensity,
)
from app.ranking.rescoring import rescore
from app.ranking.staleness import current_state, is_stale
from app.ranking.weights import get_weights, set_weights
from scoring.gaps import Gap

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
