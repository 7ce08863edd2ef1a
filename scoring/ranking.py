"""Ranking: one 0–100 score per candidate from gap fit, capability and propensity.

Pure numpy over arrays, so that re-ranking a million firms after a weight or gap change is
a few vector operations:

    gap_fit    = gap(firm's segment) × P(segment)            (0 without a direction)
    score      = 100 × (w_g·gap_fit + w_c·capability_eff + w_p·propensity) / (w_g + w_c + w_p)

- ``gap(segment)`` comes from :mod:`scoring.gaps`. A firm with a direction but no segment
  takes the mean gap of its direction's segments.
- ``P(segment)`` is how sure the classification is: 1 when staff confirmed it, else the
  classifier's direction probability times its segment probability (given the direction).
- ``capability_eff`` is :func:`scoring.capability.effective` (the re-weighted score shrunk
  toward neutral by the share of missing facts).
- ``propensity`` is :func:`scoring.propensity.predict`.

Only firms registered in Shenzhen or Guangzhou are candidates; Dongguan firms are local
evidence for the gaps and every other firm is left unranked (score NaN).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from catalog.codes import CANDIDATE_CITIES
from resources.i18n import N_, _

DEFAULT_WEIGHTS = {"gap_fit": 0.5, "capability": 0.3, "propensity": 0.2}
WEIGHT_NAMES = ("gap_fit", "capability", "propensity")
WEIGHT_ZH = {
    "gap_fit": N_("补链契合度"),
    "capability": N_("企业实力"),
    "propensity": N_("落地可能性"),
}


class WeightsError(ValueError):
    """Invalid ranking weights; the message is in the user's language (core catalog)."""


@dataclass(frozen=True)
class Weights:
    gap_fit: float = DEFAULT_WEIGHTS["gap_fit"]
    capability: float = DEFAULT_WEIGHTS["capability"]
    propensity: float = DEFAULT_WEIGHTS["propensity"]

    @classmethod
    def from_mapping(cls, d: Mapping[str, object] | None) -> Weights:
        """Validated weights from a mapping; absent names keep their default."""
        d = dict(d or {})
        unknown = sorted(set(d) - set(WEIGHT_NAMES))
        if unknown:
            raise WeightsError(
                _("未知的权重名：{unknown}（可选：{names}）").format(
                    unknown=", ".join(unknown), names=", ".join(WEIGHT_NAMES)
                )
            )
        vals = {}
        for name in WEIGHT_NAMES:
            v = d.get(name, DEFAULT_WEIGHTS[name])
            try:
                f = float(v)  # type: ignore[arg-type]
            except (TypeError, ValueError):
                raise WeightsError(
                    _("权重“{name}”应为数字，实际为 {value!r}").format(
                        name=_(WEIGHT_ZH[name]), value=v
                    )
                ) from None
            vals[name] = f
        w = cls(**vals)
        w.validate()
        return w

    def validate(self) -> None:
        """Non-negative, finite and not all zero; raises :class:`WeightsError` otherwise."""
        for name in WEIGHT_NAMES:
            v = getattr(self, name)
            if not np.isfinite(v):
                raise WeightsError(
                    _("权重“{name}”必须是有限的数字").format(name=_(WEIGHT_ZH[name]))
                )
            if v < 0:
                raise WeightsError(
                    _("权重“{name}”不能为负数（当前 {value:g}）").format(
                        name=_(WEIGHT_ZH[name]), value=v
                    )
                )
        if self.total <= 0:
            raise WeightsError(_("三项权重不能全为 0"))

    @property
    def total(self) -> float:
        return self.gap_fit + self.capability + self.propensity

    def normalised(self) -> Weights:
        t = self.total
        return Weights(self.gap_fit / t, self.capability / t, self.propensity / t)

    def to_json(self) -> dict[str, float]:
        return {n: getattr(self, n) for n in WEIGHT_NAMES}


def segment_probability(
    confidence: np.ndarray, segment_confidence: np.ndarray, confirmed: np.ndarray
) -> np.ndarray:
    """P(the firm is in its segment): 1 if confirmed, else P(direction) × P(segment | direction)."""
    c = np.nan_to_num(np.asarray(confidence, dtype=float), nan=0.0)
    s = np.asarray(segment_confidence, dtype=float)
    p = c * np.where(np.isnan(s), 1.0, s)
    p = np.where(np.asarray(confirmed, dtype=float) > 0, 1.0, p)
    return np.clip(p, 0.0, 1.0)


def lookup_gaps(
    directions: np.ndarray,
    segments: np.ndarray,
    segment_gap: Mapping[str, float],
    direction_gap: Mapping[str, float],
) -> np.ndarray:
    """The gap of each firm's segment (its direction's mean without a segment; 0 without one)."""
    import pandas as pd

    seg = pd.Series(segments, dtype=object)
    dirs = pd.Series(directions, dtype=object)
    by_seg = seg.map(dict(segment_gap)).to_numpy(dtype=float, na_value=np.nan)
    by_dir = dirs.map(dict(direction_gap)).to_numpy(dtype=float, na_value=np.nan)
    return np.where(np.isnan(by_seg), np.nan_to_num(by_dir, nan=0.0), by_seg)


def gap_fit(gap: np.ndarray, probability: np.ndarray) -> np.ndarray:
    """How much of a Dongguan gap a firm fills, in [0, 1]."""
    return np.clip(np.asarray(gap, dtype=float) * np.asarray(probability, dtype=float), 0, 1)


def is_candidate(cities: np.ndarray) -> np.ndarray:
    """Boolean mask of the firms registered in Shenzhen or Guangzhou."""
    import pandas as pd

    return pd.Series(cities, dtype=object).isin(CANDIDATE_CITIES).to_numpy()


def score(
    gap_fit: np.ndarray,
    capability_eff: np.ndarray,
    propensity: np.ndarray,
    weights: Weights,
    candidate: np.ndarray | None = None,
) -> np.ndarray:
    """The 0–100 score; NaN for non-candidates when a ``candidate`` mask is given."""
    w = weights.normalised()
    s = 100.0 * (
        w.gap_fit * np.asarray(gap_fit, dtype=float)
        + w.capability * np.asarray(capability_eff, dtype=float)
        + w.propensity * np.asarray(propensity, dtype=float)
    )
    if candidate is not None:
        s = np.where(candidate, s, np.nan)
    return s


def parts(
    gap_fit: float, capability_eff: float, propensity: float, weights: Weights
) -> dict[str, float]:
    """How many of a firm's score points each component contributed (they sum to the score)."""
    w = weights.normalised()
    return {
        "gap_fit": 100 * w.gap_fit * gap_fit,
        "capability": 100 * w.capability * capability_eff,
        "propensity": 100 * w.propensity * propensity,
    }
