"""Confidence bands (把握 高/中/低) of the direction classifier's probability.

One place for the thresholds, so that the review queue, the CLI and the firm panel band a
probability the same way. The values are placeholders until they are fitted on real data;
each is one named constant.
"""

from __future__ import annotations

__all__ = ["BANDS", "BAND_ZH", "HIGH", "LOW", "band"]

HIGH = 0.8  # p >= HIGH: high
LOW = 0.5  # p < LOW: low; in between: medium

BANDS = ("high", "medium", "low")
BAND_ZH = {"high": "高", "medium": "中", "low": "低"}


def band(p: float) -> str:
    """'high' | 'medium' | 'low' for a probability in 0–1 (NaN is low)."""
    if p >= HIGH:
        return "high"
    if p >= LOW:
        return "medium"
    return "low"
