"""Landing propensity: how likely a candidate is to actually set up in Dongguan.

The bureau's own outcomes (firms whose pipeline stage ended ``landed`` or ``dropped``) train a
logistic regression. Until there are enough of them, a hand-set logistic *prior* encodes the
plan's reasoning (《规划》: 对深圳、广州重点产业优质企业进行定向招商，特别是引进龙头企业的研发
制造环节，破解深广两地土地资源稀缺、要素成本高等瓶颈): larger firms, manufacturers, high-tech
firms, firms in land-scarce districts and close to Dongguan, in key industries and in the
segments Dongguan lacks, are more likely to come.

Features (all in [0, 1]; unknown facts are imputed with the neutral value given):

| feature       | meaning                                                            | if unknown |
|---------------|--------------------------------------------------------------------|------------|
| size          | mean of the known log-scaled revenue/employees/capital (capability) | 0.30       |
| growth        | capability's growth factor                                          | 0.33 (0 %) |
| rd            | capability's R&D factor                                             | 0.30 (3 %) |
| high_tech     | national high-tech enterprise                                       | 0          |
| listed        | listed on an exchange                                               | 0          |
| manufacturing | makes things (industry or business text says 制造/生产/加工)        | 0          |
| land          | land pressure of the firm's district (:data:`LAND_PRESSURE`)        | city value |
| proximity     | closeness of the district to Dongguan (:data:`PROXIMITY`)           | city value |
| key           | the firm's direction is one of the ten key industries               | 0          |
| gap_fit       | how much of a Dongguan gap the firm fills (see ``ranking``)         | 0          |

The district tables are the project's own rough estimates from public knowledge of land
scarcity and distance (Shenzhen's central districts are the most land-scarce; 宝安, 光明,
龙华, 龙岗 and Guangzhou's 黄埔, 增城 border Dongguan or are nearest to it); they are not
measured data and only feed the prior and the model's features.

Trained model and blend. With ``n`` outcomes, at least :data:`MIN_OUTCOMES` of them and
:data:`MIN_PER_CLASS` of each class, a logistic regression is fitted on the features and
checked by stratified k-fold cross-validation (k = min(5, size of the smaller class)). The
propensity is then ``λ × model + (1 − λ) × prior`` with
``λ = n / (n + BLEND_N0) × skill`` and ``skill = clip((cv_auc − 0.5) / 0.2, 0, 1)``: the model's
say grows with the evidence and with how well it predicted held-out outcomes, and a model no
better than chance is not used. Below the minimum, the prior alone is used.

The model is stored as plain numbers (:meth:`PropensityModel.to_json`), never pickled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from catalog.codes import LOCAL_CITY
from resources.i18n import N_

FEATURES = (
    "size",
    "growth",
    "rd",
    "high_tech",
    "listed",
    "manufacturing",
    "land",
    "proximity",
    "key",
    "gap_fit",
)
LABELS_ZH = {
    "size": (N_("规模较大"), N_("规模较小")),
    "growth": (N_("增长较快"), N_("增长较慢")),
    "rd": (N_("研发投入高"), N_("研发投入低")),
    "high_tech": (N_("高新技术企业"), N_("非高新技术企业")),
    "listed": (N_("上市公司"), N_("非上市公司")),
    "manufacturing": (N_("有制造环节"), N_("未见制造环节")),
    "land": (N_("所在区土地紧张"), N_("所在区用地不紧张")),
    "proximity": (N_("距东莞近"), N_("距东莞较远")),
    "key": (N_("属十大重点产业"), N_("非重点产业")),
    "gap_fit": (N_("正补东莞缺口"), N_("补链作用小")),
}

# The prior: a hand-set logistic model (see the module docstring). A mid-sized high-tech
# manufacturer in 南山 filling a key gap scores ≈ 0.74; a firm about which nothing is known
# but its city (深圳) ≈ 0.15; a small, non-manufacturing firm in 南沙 outside the catalog
# ≈ 0.07.
PRIOR_INTERCEPT = -3.8
PRIOR_COEF = {
    "size": 1.4,
    "growth": 0.3,
    "rd": 0.4,
    "high_tech": 0.5,
    "listed": 0.2,
    "manufacturing": 0.6,
    "land": 1.2,
    "proximity": 0.6,
    "key": 0.4,
    "gap_fit": 0.8,
}

MIN_OUTCOMES = 20
MIN_PER_CLASS = 5
BLEND_N0 = 50.0
MAX_FOLDS = 5

IMPUTE = {"size": 0.30, "growth": 1.0 / 3.0, "rd": 0.30}

# Land pressure and proximity to Dongguan, by city and district (estimates, see docstring).
LAND_PRESSURE: dict[str, dict[str, float]] = {
    "深圳市": {
        "": 0.80,
        "福田": 1.00,
        "南山": 1.00,
        "罗湖": 0.95,
        "宝安": 0.85,
        "龙华": 0.85,
        "盐田": 0.80,
        "龙岗": 0.75,
        "光明": 0.65,
        "坪山": 0.60,
        "大鹏": 0.40,
    },
    "广州市": {
        "": 0.60,
        "越秀": 0.90,
        "天河": 0.90,
        "海珠": 0.80,
        "荔湾": 0.80,
        "白云": 0.60,
        "黄埔": 0.60,
        "萝岗": 0.60,
        "番禺": 0.60,
        "花都": 0.40,
        "增城": 0.40,
        "南沙": 0.35,
        "从化": 0.25,
    },
}
PROXIMITY: dict[str, dict[str, float]] = {
    "深圳市": {
        "": 0.75,
        "光明": 1.00,
        "宝安": 0.90,
        "龙华": 0.90,
        "龙岗": 0.85,
        "南山": 0.75,
        "坪山": 0.70,
        "福田": 0.70,
        "罗湖": 0.65,
        "盐田": 0.60,
        "大鹏": 0.50,
    },
    "广州市": {
        "": 0.55,
        "增城": 0.90,
        "黄埔": 0.80,
        "萝岗": 0.80,
        "番禺": 0.60,
        "南沙": 0.60,
        "天河": 0.60,
        "海珠": 0.55,
        "越秀": 0.50,
        "白云": 0.50,
        "荔湾": 0.45,
        "花都": 0.35,
        "从化": 0.35,
    },
}
OTHER_CITY_LAND = 0.30
OTHER_CITY_PROXIMITY = 0.20

_DISTRICT_SUFFIX = re.compile(r"(新区|区)$")


def district_key(district: str | None) -> str:
    """'南山区' / '光明新区' / '南山' → '南山'; None → ''."""
    return _DISTRICT_SUFFIX.sub("", (district or "").strip())


def place_value(
    table: dict[str, dict[str, float]], city: str | None, district: str | None, other: float
) -> float:
    """Look up a district value, falling back to the city's value, then to ``other``."""
    if city == LOCAL_CITY:
        return 0.0
    t = table.get(city or "")
    if t is None:
        return other
    return t.get(district_key(district), t[""])


def place_arrays(cities: np.ndarray, districts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Land pressure and proximity for arrays of city / district names (None allowed)."""
    import pandas as pd

    c_codes, c_uniq = pd.factorize(pd.Series(cities, dtype=object).fillna(""), sort=False)
    d_codes, d_uniq = pd.factorize(pd.Series(districts, dtype=object).fillna(""), sort=False)
    combo = c_codes.astype(np.int64) * (len(d_uniq) + 1) + d_codes
    uniq, inv = np.unique(combo, return_inverse=True)
    land = np.empty(len(uniq))
    prox = np.empty(len(uniq))
    for i, k in enumerate(uniq):
        c = c_uniq[k // (len(d_uniq) + 1)]
        d = d_uniq[k % (len(d_uniq) + 1)]
        land[i] = place_value(LAND_PRESSURE, c, d, OTHER_CITY_LAND)
        prox[i] = place_value(PROXIMITY, c, d, OTHER_CITY_PROXIMITY)
    return land[inv], prox[inv]


def features(
    *,
    factors: dict[str, np.ndarray],
    manufacturing: np.ndarray,
    land: np.ndarray,
    proximity: np.ndarray,
    key: np.ndarray,
    gap_fit: np.ndarray,
) -> np.ndarray:
    """The (n, len(FEATURES)) feature matrix from capability factors and place/catalog facts."""
    size_parts = np.vstack([factors["revenue"], factors["employees"], factors["capital"]])
    known = ~np.isnan(size_parts)
    cnt = known.sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        size = np.where(cnt > 0, np.nansum(size_parts, axis=0) / np.maximum(cnt, 1), np.nan)

    def fill(a: np.ndarray, v: float) -> np.ndarray:
        a = np.asarray(a, dtype=float)
        return np.where(np.isnan(a), v, a)

    cols = {
        "size": fill(size, IMPUTE["size"]),
        "growth": fill(factors["growth"], IMPUTE["growth"]),
        "rd": fill(factors["rd"], IMPUTE["rd"]),
        "high_tech": fill(factors["high_tech"], 0.0),
        "listed": fill(factors["listed"], 0.0),
        "manufacturing": fill(manufacturing, 0.0),
        "land": fill(land, OTHER_CITY_LAND),
        "proximity": fill(proximity, OTHER_CITY_PROXIMITY),
        "key": fill(key, 0.0),
        "gap_fit": fill(gap_fit, 0.0),
    }
    return np.column_stack([cols[f] for f in FEATURES])


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))


def prior_logit(X: np.ndarray) -> np.ndarray:
    return PRIOR_INTERCEPT + X @ np.array([PRIOR_COEF[f] for f in FEATURES])


def prior_proba(X: np.ndarray) -> np.ndarray:
    """The documented prior propensity for each row of ``X``."""
    return _sigmoid(prior_logit(X))


@dataclass(frozen=True)
class PropensityModel:
    """A trained model as plain numbers (what the settings table stores)."""

    intercept: float
    coef: tuple[float, ...]
    blend: float  # λ: the model's share against the prior
    n: int
    landed: int
    dropped: int
    metrics: dict[str, Any] = field(default_factory=dict)
    features: tuple[str, ...] = FEATURES
    trained_at: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": "logistic",
            "features": list(self.features),
            "intercept": self.intercept,
            "coef": list(self.coef),
            "blend": self.blend,
            "n": self.n,
            "landed": self.landed,
            "dropped": self.dropped,
            "metrics": self.metrics,
            "trained_at": self.trained_at,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any] | None) -> PropensityModel | None:
        """Rebuild a stored model; None for anything that is not a usable stored model."""
        if not d or d.get("kind") != "logistic" or tuple(d.get("features", ())) != FEATURES:
            return None
        return cls(
            intercept=float(d["intercept"]),
            coef=tuple(float(c) for c in d["coef"]),
            blend=float(d["blend"]),
            n=int(d["n"]),
            landed=int(d["landed"]),
            dropped=int(d["dropped"]),
            metrics=dict(d.get("metrics", {})),
            trained_at=str(d.get("trained_at", "")),
        )

    def model_proba(self, X: np.ndarray) -> np.ndarray:
        return _sigmoid(self.intercept + X @ np.asarray(self.coef))


def predict(model: PropensityModel | None, X: np.ndarray) -> np.ndarray:
    """Propensity in [0, 1]: the prior blended with the trained model by its ``blend``."""
    prior = prior_proba(X)
    if model is None or model.blend <= 0:
        return prior
    return model.blend * model.model_proba(X) + (1.0 - model.blend) * prior


def enough(landed: int, dropped: int) -> bool:
    """Whether there are enough outcomes to train (otherwise the prior is used)."""
    return landed + dropped >= MIN_OUTCOMES and min(landed, dropped) >= MIN_PER_CLASS


def folds_for(landed: int, dropped: int) -> int:
    """k of the stratified k-fold: at most 5, at most the size of the smaller class."""
    return max(2, min(MAX_FOLDS, landed, dropped))


def fit(X: np.ndarray, y: np.ndarray, *, trained_at: str = "", seed: int = 0) -> PropensityModel:
    """Train on outcomes (``y`` = 1 landed, 0 dropped), cross-validate, and set the blend.

    Raises ``ValueError`` (Chinese message) when there are too few outcomes.
    """
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import accuracy_score, brier_score_loss, roc_auc_score
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=int)
    landed, dropped = int(y.sum()), int((1 - y).sum())
    if not enough(landed, dropped):
        raise ValueError(
            f"结果太少，无法训练落地可能性模型：落地 {landed} 家、放弃 {dropped} 家"
            f"（至少需要共 {MIN_OUTCOMES} 家且每类至少 {MIN_PER_CLASS} 家），继续使用先验规则"
        )
    k = folds_for(landed, dropped)
    clf = LogisticRegression(C=1.0, max_iter=2000)
    cv = StratifiedKFold(n_splits=k, shuffle=True, random_state=seed)
    held_out = cross_val_predict(clf, X, y, cv=cv, method="predict_proba")[:, 1]
    prior = prior_proba(X)
    auc = float(roc_auc_score(y, held_out))
    n = len(y)
    skill = min(max((auc - 0.5) / 0.2, 0.0), 1.0)
    blend = n / (n + BLEND_N0) * skill
    blended = blend * held_out + (1 - blend) * prior
    metrics = {
        "folds": k,
        "roc_auc": round(auc, 4),
        "accuracy": round(float(accuracy_score(y, held_out >= 0.5)), 4),
        "brier": round(float(brier_score_loss(y, held_out)), 4),
        "prior_roc_auc": round(float(roc_auc_score(y, prior)), 4),
        "prior_accuracy": round(float(accuracy_score(y, prior >= 0.5)), 4),
        "blended_roc_auc": round(float(roc_auc_score(y, blended)), 4),
        "base_rate": round(landed / n, 4),
    }
    clf.fit(X, y)
    return PropensityModel(
        intercept=float(clf.intercept_[0]),
        coef=tuple(float(c) for c in clf.coef_[0]),
        blend=round(blend, 4),
        n=n,
        landed=landed,
        dropped=dropped,
        metrics=metrics,
        trained_at=trained_at,
    )


def contributions(model: PropensityModel | None, x: np.ndarray) -> list[tuple[str, float]]:
    """Per-feature push on the logit for one firm, against an average firm (0.5 on each).

    The push is the effective coefficient (prior and model blended by λ) times the
    feature's distance from 0.5; sorted by absolute size, largest first.
    """
    coef = np.array([PRIOR_COEF[f] for f in FEATURES])
    if model is not None and model.blend > 0:
        coef = model.blend * np.asarray(model.coef) + (1 - model.blend) * coef
    push = coef * (np.asarray(x, dtype=float) - 0.5)
    out = [(f, float(p)) for f, p in zip(FEATURES, push, strict=True)]
    out.sort(key=lambda t: -abs(t[1]))
    return out


def reasons(
    model: PropensityModel | None,
    x: np.ndarray,
    top: int = 3,
    min_push: float = 0.15,
    known: dict[str, bool] | None = None,
) -> list[tuple[str, str, str]]:
    """The few features that raised or lowered this firm's propensity most:
    (feature, '+' or '−', Chinese label). Features marked unknown in ``known`` (imputed
    values) are skipped: they are not facts about the firm."""
    out: list[tuple[str, str, str]] = []
    for f, p in contributions(model, x):
        if abs(p) < min_push or len(out) >= top or (known is not None and not known.get(f, True)):
            continue
        up, down = LABELS_ZH[f]
        out.append((f, "+" if p > 0 else "−", up if p > 0 else down))
    return out
