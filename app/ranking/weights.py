"""The ranking weights in force (setting ``ranking.weights``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.errors import UserError
from scoring import ranking as rk

if TYPE_CHECKING:
    from app.db import Database

WEIGHTS_KEY = "ranking.weights"


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
