"""Confidence bands (把握 高/中/低) of the direction classifier's probability.

One place for the thresholds, so that the review queue, the CLI and the firm panel band a
probability the same way. The probabilities are the real-firm layer's (scoring.calibration),
calibrated on analysts' labels of real listed firms, so a band says how often such a call is
right. Cross-validated on the 581 labelled Shenzhen/Guangzhou firms (3 seeds, Dec 2026):
高 (p >= 0.85) 41 % of firms, 95.5 % of them right; 中 (0.5–0.85) 40 %, 79 % right;
低 (< 0.5) 19 %, 49 % right. bench/bench_classifier.py prints the table again.
"""

from __future__ import annotations

__all__ = ["BANDS", "BAND_ZH", "HIGH", "LOW", "band"]

HIGH = 0.85  # p >= HIGH: high
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
