"""Landing propensity: the prior, training on outcomes, the blend, and its effect on ranking."""

from __future__ import annotations

import numpy as np
import pytest

from app.jobs import run_to_end
from scoring import propensity as prop
from tests.test_ranking import add_firm, first_segment, rescore, stored


def _row(**kw) -> np.ndarray:
    x = dict.fromkeys(prop.FEATURES, 0.0) | kw
    return np.array([[x[f] for f in prop.FEATURES]])


def test_prior_follows_the_plan():
    leader = _row(
        size=0.7, high_tech=1, manufacturing=1, land=1.0, proximity=0.75, key=1, gap_fit=0.8, rd=0.6
    )
    small = _row(size=0.2, growth=0.33, rd=0.3, land=0.35, proximity=0.6)
    assert prop.prior_proba(leader)[0] > 0.6
    assert prop.prior_proba(small)[0] < 0.1
    # Each of the plan's factors raises the prior on its own.
    base = dict(size=0.4, land=0.6, proximity=0.6)
    for f in ("size", "manufacturing", "high_tech", "land", "proximity", "key", "gap_fit"):
        up = base | {f: min(base.get(f, 0.0) + 0.4, 1.0)}
        assert prop.prior_proba(_row(**up))[0] > prop.prior_proba(_row(**base))[0], f


def test_land_pressure_and_proximity_by_district():
    assert prop.place_value(prop.LAND_PRESSURE, "深圳市", "南山区", 0) == 1.0
    assert prop.place_value(prop.LAND_PRESSURE, "深圳市", "光明新区", 0) == 0.65
    assert prop.place_value(prop.LAND_PRESSURE, "深圳市", None, 0) == 0.80
    assert prop.place_value(prop.LAND_PRESSURE, "广州市", "南沙区", 0) < prop.place_value(
        prop.LAND_PRESSURE, "广州市", "天河区", 0
    )
    assert prop.place_value(prop.PROXIMITY, "深圳市", "宝安区", 0) > prop.place_value(
        prop.PROXIMITY, "深圳市", "大鹏新区", 0
    )
    assert prop.place_value(prop.LAND_PRESSURE, "东莞市", "长安镇", 0.3) == 0.0
    assert prop.place_value(prop.LAND_PRESSURE, "佛山市", "", 0.3) == 0.3
    land, prox = prop.place_arrays(
        np.array(["深圳市", "广州市", None, "深圳市"], dtype=object),
        np.array(["南山区", "增城区", None, "南山区"], dtype=object),
    )
    assert land.tolist() == [1.0, 0.4, 0.3, 1.0]
    assert prox.tolist() == [0.75, 0.9, 0.2, 0.75]


def test_k_of_the_cross_validation_adapts_to_the_sample():
    assert prop.folds_for(40, 60) == 5
    assert prop.folds_for(3, 60) == 3
    assert prop.folds_for(1, 60) == 2
    assert not prop.enough(4, 30)
    assert not prop.enough(8, 8)
    assert prop.enough(5, 15)


def _outcomes(n: int, seed: int, signal: float = 0.9) -> tuple[np.ndarray, np.ndarray]:
    """Outcomes where listed firms mostly landed (``signal`` = share following the rule)."""
    rng = np.random.default_rng(seed)
    X = rng.uniform(0, 1, size=(n, len(prop.FEATURES)))
    li = prop.FEATURES.index("listed")
    X[:, li] = rng.integers(0, 2, n)
    follow = rng.uniform(size=n) < signal
    y = np.where(follow, X[:, li], 1 - X[:, li]).astype(int)
    return X, y


def test_fit_reports_cross_validated_metrics_and_blends_by_evidence():
    X, y = _outcomes(60, seed=1)
    m = prop.fit(X, y, trained_at="t")
    assert m.metrics["folds"] == 5
    for k in ("roc_auc", "accuracy", "brier", "prior_roc_auc", "blended_roc_auc"):
        assert 0 <= m.metrics[k] <= 1, k
    assert m.metrics["roc_auc"] > 0.75
    assert m.coef[prop.FEATURES.index("listed")] > 1.0
    assert 0 < m.blend < 1
    X2, y2 = _outcomes(300, seed=2)
    assert prop.fit(X2, y2).blend > m.blend  # more evidence, more say
    # Round trip through the JSON kept in the settings table.
    back = prop.PropensityModel.from_json(m.to_json())
    assert back == m
    np.testing.assert_allclose(prop.predict(back, X), prop.predict(m, X))


def test_a_model_no_better_than_chance_is_not_trusted():
    X, y = _outcomes(80, seed=3, signal=0.5)
    m = prop.fit(X, y)
    assert m.metrics["roc_auc"] < 0.65
    assert m.blend < 0.35


def test_fit_refuses_too_few_outcomes():
    X, y = _outcomes(60, seed=4)
    keep = np.concatenate([np.where(y == 1)[0][:4], np.where(y == 0)[0][:30]])
    with pytest.raises(ValueError, match="结果太少"):
        prop.fit(X[keep], y[keep])


def test_predict_without_model_is_the_prior():
    X, _ = _outcomes(10, seed=5)
    np.testing.assert_allclose(prop.predict(None, X), prop.prior_proba(X))


def test_explanation_reasons_skip_imputed_features():
    x = _row(size=0.9, high_tech=0.0, land=1.0, proximity=0.9, gap_fit=0.9, key=1)[0]
    names = [r[0] for r in prop.reasons(None, x, top=10, min_push=0.0)]
    assert "high_tech" in names
    names = [r[0] for r in prop.reasons(None, x, top=10, min_push=0.0, known={"high_tech": False})]
    assert "high_tech" not in names


# -- with the database ----------------------------------------------------------------------
def _set_outcome(db, fid: int, stage: str) -> None:
    from app.db import now

    with db.write():
        db.execute(
            "INSERT INTO pipeline (firm_id, stage, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT(firm_id) DO UPDATE SET stage = excluded.stage, updated_at = excluded.updated_at",
            (fid, stage, now()),
        )


def _history(db, n: int, seed: int = 7) -> None:
    """Past outreach: listed firms mostly landed, unlisted ones mostly dropped."""
    rng = np.random.default_rng(seed)
    seg = first_segment("equip.robot")
    for i in range(n):
        listed = i % 2 == 0
        fid = add_firm(
            db,
            segment=seg if rng.uniform() < 0.5 else None,
            stock_code=f"{300000 + i}.SZ" if listed else None,
            listing=None if listed else "未上市",
            revenue=float(10 ** rng.uniform(3, 6)),
            employees=int(10 ** rng.uniform(1.5, 4)),
            district=str(rng.choice(["南山区", "宝安区", "龙岗区"])),
        )
        landed = listed if rng.uniform() < 0.9 else not listed
        _set_outcome(db, fid, "landed" if landed else "dropped")


def test_few_outcomes_keep_the_prior(db):
    from app import ranking

    _history(db, 12)
    result = ranking.train_propensity(db)
    assert result["status"] == "prior"
    assert "先验" in result["message"]
    assert ranking.load_propensity(db) is None


def test_ranking_changes_once_outcomes_exist(db):
    from app import pipeline, ranking

    # Two candidates: B is bigger (the prior favours it), A is listed.
    a = add_firm(db, name="甲公司", stock_code="300999.SZ", revenue=3_000, employees=80)
    b = add_firm(db, name="乙公司", listing="未上市", revenue=300_000, employees=3_000)
    ranking.set_weights(db, gap_fit=0, capability=0, propensity=1)
    rescore(db)
    assert stored(db, b)["propensity"] > stored(db, a)["propensity"]
    before = [r["id"] for r in ranking.top(db, 2)]
    assert before == [b, a]

    # The bureau's own outcomes say listed firms land. Training picks that up.
    _history(db, 80)
    assert ranking.propensity_needs_training(db)
    summary = run_to_end(pipeline.refresh(db))
    trained = summary["propensity"]
    assert trained["status"] == "trained"
    assert trained["metrics"]["folds"] == 5
    assert trained["metrics"]["roc_auc"] > 0.7
    assert trained["coefficients"]["listed"] > 1
    assert not ranking.propensity_needs_training(db)
    assert stored(db, a)["propensity"] > stored(db, b)["propensity"]
    after = [r["id"] for r in ranking.top(db, 1000) if r["id"] in (a, b)]
    assert after == [a, b]
    e = ranking.explain_firm(db, a)
    assert "模型" in e["detail"]


def test_moving_an_outcome_marks_propensity_stale(db):
    from app import ranking

    _history(db, 40)
    ranking.train_propensity(db)
    assert not ranking.propensity_needs_training(db)
    fid = db.scalar("SELECT firm_id FROM pipeline WHERE stage = 'landed' LIMIT 1")
    with db.write():
        db.execute("UPDATE pipeline SET stage = 'dropped' WHERE firm_id = ?", (fid,))
        ranking.outcomes_changed(db)
    assert ranking.propensity_needs_training(db)
    ranking.train_propensity(db)
    assert not ranking.propensity_needs_training(db)
