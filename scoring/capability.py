"""Capability: how strong a firm is, from its facts, vectorised over numpy arrays.

Eight factors, each mapped to [0, 1] by a fixed, checkable rule:

| factor     | fact (unit)                    | rule                                              | weight |
|------------|--------------------------------|---------------------------------------------------|--------|
| revenue    | 营业收入 (万元)                 | log scale, 500 万 → 0, 500 亿 → 1                 | 0.20   |
| employees  | 员工/参保人数                   | log scale, 10 → 0, 20,000 → 1                     | 0.12   |
| capital    | 注册资本 (万元)                 | log scale, 100 万 → 0, 100 亿 → 1                 | 0.10   |
| growth     | 营收增长率 (fraction, 0.1=10%)  | linear, −20 % → 0, 0 → 0.33, +40 % → 1            | 0.15   |
| rd         | 研发投入占营收比 (fraction)     | linear, 0 → 0, 10 % → 1                           | 0.15   |
| patents    | 专利数                          | log10(1 + n) / log10(1001): 10 → 0.35, 100 → 0.67 | 0.10   |
| listed     | 上市                            | 1 listed, 0 not                                   | 0.08   |
| high_tech  | 国家高新技术企业                | 1 yes, 0 no                                       | 0.10   |

A missing fact (NaN) is NOT read as zero. The score is the weighted mean over the factors
that are known (the weights re-normalised over them), and ``confidence`` — the share of
the total weight that was known — says how much of the picture the score rests on.

For ranking, :func:`effective` shrinks a thinly supported score toward ``NEUTRAL`` (0.30,
a typical unlisted candidate) in proportion to the missing weight, so a firm whose only
known fact is a flattering one cannot outrank a well-documented strong firm:
``effective = confidence × score + (1 − confidence) × NEUTRAL``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from resources.i18n import N_

FACTORS: tuple[tuple[str, float], ...] = (
    ("revenue", 0.20),
    ("employees", 0.12),
    ("capital", 0.10),
    ("growth", 0.15),
    ("rd", 0.15),
    ("patents", 0.10),
    ("listed", 0.08),
    ("high_tech", 0.10),
)
WEIGHTS = dict(FACTORS)
NEUTRAL = 0.30

# Log-scale bounds (lo → 0, hi → 1), in the units of the firms table.
REVENUE_BOUNDS = (500.0, 5_000_000.0)  # 万元: 500 万元 … 500 亿元
EMPLOYEE_BOUNDS = (10.0, 20_000.0)
CAPITAL_BOUNDS = (100.0, 1_000_000.0)  # 万元: 100 万元 … 100 亿元
GROWTH_BOUNDS = (-0.20, 0.40)
RD_FULL = 0.10
PATENTS_FULL = 1000.0

# Chinese labels for explanations: (raises, lowers, missing); marked for the message catalog.
LABELS: dict[str, tuple[str, str, str]] = {
    "revenue": (N_("营收规模大"), N_("营收规模小"), N_("缺少营收数据")),
    "employees": (N_("员工多"), N_("员工少"), N_("缺少员工数据")),
    "capital": (N_("注册资本雄厚"), N_("注册资本少"), N_("缺少注册资本数据")),
    "growth": (N_("营收增长快"), N_("营收增长慢或下滑"), N_("缺少增长数据")),
    "rd": (N_("研发投入高"), N_("研发投入低"), N_("缺少研发投入数据")),
    "patents": (N_("专利多"), N_("专利少"), N_("缺少专利数据")),
    "listed": (N_("已上市"), N_("未上市"), N_("上市情况不明")),
    "high_tech": (N_("国家高新技术企业"), N_("非高新技术企业"), N_("高新资质不明")),
}
HIGH = 0.6  # a factor at or above this raises the score in explanations
LOW = 0.25  # at or below this lowers it


def _arr(x: object, n: int | None = None) -> np.ndarray:
    a = np.asarray(x, dtype=float)
    if a.ndim == 0 and n is not None:
        a = np.full(n, float(a))
    return a


def logscale(x: np.ndarray, lo: float, hi: float) -> np.ndarray:
    """log10 position of ``x`` between ``lo`` (0) and ``hi`` (1), clipped; NaN stays NaN."""
    x = _arr(x)
    with np.errstate(divide="ignore", invalid="ignore"):
        v = (np.log10(np.maximum(x, lo)) - np.log10(lo)) / (np.log10(hi) - np.log10(lo))
    return np.where(np.isnan(x), np.nan, np.clip(v, 0.0, 1.0))


def linear(x: np.ndarray, lo: float, hi: float) -> np.ndarray:
    """Linear position of ``x`` between ``lo`` (0) and ``hi`` (1), clipped; NaN stays NaN."""
    x = _arr(x)
    return np.clip((x - lo) / (hi - lo), 0.0, 1.0)


def factor_values(
    *,
    revenue: np.ndarray,
    employees: np.ndarray,
    capital: np.ndarray,
    growth: np.ndarray,
    rd: np.ndarray,
    patents: np.ndarray,
    listed: np.ndarray,
    high_tech: np.ndarray,
) -> dict[str, np.ndarray]:
    """Each factor in [0, 1] per firm (NaN where the fact is unknown)."""
    p = _arr(patents)
    with np.errstate(invalid="ignore"):
        pat = np.log10(1.0 + np.maximum(p, 0.0)) / np.log10(1.0 + PATENTS_FULL)
    return {
        "revenue": logscale(revenue, *REVENUE_BOUNDS),
        "employees": logscale(employees, *EMPLOYEE_BOUNDS),
        "capital": logscale(capital, *CAPITAL_BOUNDS),
        "growth": linear(growth, *GROWTH_BOUNDS),
        "rd": linear(rd, 0.0, RD_FULL),
        "patents": np.where(np.isnan(p), np.nan, np.clip(pat, 0.0, 1.0)),
        "listed": np.where(np.isnan(_arr(listed)), np.nan, (_arr(listed) > 0).astype(float)),
        "high_tech": np.where(
            np.isnan(_arr(high_tech)), np.nan, (_arr(high_tech) > 0).astype(float)
        ),
    }


@dataclass(frozen=True)
class Capability:
    """Per-firm arrays: ``score`` (NaN when nothing is known) and ``confidence``, in [0, 1]."""

    score: np.ndarray
    confidence: np.ndarray
    factors: dict[str, np.ndarray]

    @property
    def effective(self) -> np.ndarray:
        return effective(self.score, self.confidence)


def combine(factors: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Weighted mean over known factors and the known share of weight (the confidence)."""
    n = len(next(iter(factors.values())))
    num = np.zeros(n)
    known_w = np.zeros(n)
    for name, w in FACTORS:
        v = factors[name]
        known = ~np.isnan(v)
        num += np.where(known, v * w, 0.0)
        known_w += np.where(known, w, 0.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        score = np.where(known_w > 0, num / np.where(known_w > 0, known_w, 1.0), np.nan)
    return score, known_w / sum(WEIGHTS.values())


def compute(**facts: np.ndarray) -> Capability:
    """Capability of every firm from the fact arrays of :func:`factor_values`."""
    f = factor_values(**facts)
    score, conf = combine(f)
    return Capability(score=score, confidence=conf, factors=f)


def effective(score: np.ndarray, confidence: np.ndarray) -> np.ndarray:
    """The score shrunk toward NEUTRAL by the missing share (what ranking uses)."""
    s = np.where(np.isnan(score), NEUTRAL, score)
    c = np.clip(confidence, 0.0, 1.0)
    return c * s + (1.0 - c) * NEUTRAL


def reasons(factors: dict[str, float]) -> list[tuple[str, str, str]]:
    """For one firm: (factor, sign, Chinese label) with sign '+', '−' or '?' (missing).

    Raising factors come first, sorted by their weighted lift; then lowering ones; then
    missing facts (they lower the confidence, not the score).
    """
    ups, downs, missing = [], [], []
    for name, w in FACTORS:
        v = factors.get(name)
        hi, lo, miss = LABELS[name]
        if v is None or np.isnan(v):
            missing.append((w, (name, "?", miss)))
        elif v >= HIGH:
            ups.append((w * (v - NEUTRAL), (name, "+", hi)))
        elif v <= LOW:
            downs.append((w * (NEUTRAL - v), (name, "−", lo)))
    ups.sort(key=lambda t: -t[0])
    downs.sort(key=lambda t: -t[0])
    missing.sort(key=lambda t: -t[0])
    return [r for _, r in ups] + [r for _, r in downs] + [r for _, r in missing]
