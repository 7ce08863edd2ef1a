"""Capability, weights, ranking, rescore, explanations and firm references."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from app.errors import Cancelled, UserError
from app.jobs import CancelToken, run_to_end
from app.parsing import normalise_name
from scoring import capability as cap
from scoring import ranking as rk

_seq = itertools.count(1)


# What a ranked row carries (ranking.top, `chainfill score top --json`).
SCORE_FIELDS = {
    "id",
    "name",
    "city",
    "direction",
    "segment",
    "score",
    "gap_fit",
    "capability",
    "propensity",
    "why",
}


def first_segment(direction: str) -> str:
    import catalog

    return catalog.load_default().direction(direction).segments[0].code


def uscc_for(n: int) -> str:
    from app import uscc

    body = f"91440300{n:09d}"
    return body + uscc.check_char(body)


def add_firm(db, *, segment: str | None = None, confirmed: bool = False, **facts) -> int:
    """Insert one firm; ``segment`` also sets its direction. Facts are firms columns."""
    from app.db import now

    i = next(_seq)
    row = {
        "name": facts.pop("name", f"企业{i}有限公司"),
        "city": "深圳市",
        "district": "南山区",
        "direction": segment.rsplit(".", 1)[0] if segment else "",
        "segment": segment,
        "confidence": 0.9 if segment else None,
        "segment_confidence": None,
        "direction_confirmed": int(confirmed),
        "imported_at": now(),
        "updated_at": now(),
        "classified_at": now(),
    } | facts
    row["name_norm"] = normalise_name(row["name"])  # as the importer writes it
    cols = ", ".join(row)
    with db.write():
        cur = db.execute(
            f"INSERT INTO firms ({cols}) VALUES ({', '.join('?' * len(row))})", list(row.values())
        )
    return int(cur.lastrowid)


def rescore(db):
    from app import ranking

    return run_to_end(ranking.rescore(db))


def stored(db, fid):
    return dict(
        db.execute(
            "SELECT score, gap_fit, capability, propensity FROM scores WHERE firm_id = ?", (fid,)
        ).fetchone()
    )


# -- capability -----------------------------------------------------------------------------
def _facts(**kw):
    base = dict.fromkeys(
        ("revenue", "employees", "capital", "growth", "rd", "patents", "listed", "high_tech"),
        math.nan,
    )
    base.update(kw)
    return {k: np.array([v], dtype=float) for k, v in base.items()}


def test_missing_facts_do_not_count_as_zero():
    full = cap.compute(
        **_facts(
            revenue=50_000,
            employees=500,
            capital=5_000,
            growth=0.1,
            rd=0.05,
            patents=50,
            listed=0,
            high_tech=1,
        )
    )
    sparse = cap.compute(**_facts(revenue=50_000, high_tech=1))
    # Re-weighted over known facts: the sparse firm's score is the mean of what is known …
    f = sparse.factors
    expected = (0.20 * f["revenue"][0] + 0.10 * f["high_tech"][0]) / 0.30
    assert sparse.score[0] == pytest.approx(expected)
    # … not dragged down as if the other six facts were zero …
    zeros = cap.compute(
        **_facts(
            revenue=50_000,
            high_tech=1,
            employees=0,
            capital=0,
            growth=-1,
            rd=0,
            patents=0,
            listed=0,
        )
    )
    assert sparse.score[0] > zeros.score[0] + 0.2
    # … and the missing facts lower the confidence instead.
    assert sparse.confidence[0] == pytest.approx(0.30)
    assert full.confidence[0] == pytest.approx(1.0)


def test_nothing_known_gives_no_score_and_zero_confidence():
    c = cap.compute(**_facts())
    assert math.isnan(c.score[0])
    assert c.confidence[0] == 0
    assert c.effective[0] == pytest.approx(cap.NEUTRAL)


def test_effective_capability_shrinks_thin_evidence():
    one_fact = cap.compute(**_facts(high_tech=1))
    documented = cap.compute(
        **_facts(
            revenue=500_000,
            employees=3_000,
            capital=50_000,
            growth=0.2,
            rd=0.06,
            patents=300,
            listed=1,
            high_tech=1,
        )
    )
    assert one_fact.score[0] == pytest.approx(1.0)
    assert documented.score[0] < 1.0
    assert documented.effective[0] > one_fact.effective[0]


def test_capability_monotone_in_size_and_rd():
    small = cap.compute(**_facts(revenue=1_000, rd=0.01))
    large = cap.compute(**_facts(revenue=1_000_000, rd=0.08))
    assert large.score[0] > small.score[0]


def test_capability_reasons_name_missing_and_strong_facts():
    c = cap.compute(**_facts(revenue=2_000_000, rd=0.001))
    reasons = cap.reasons({k: float(v[0]) for k, v in c.factors.items()})
    labels = [r[2] for r in reasons]
    assert labels[0] == "营收规模大"
    assert "研发投入低" in labels
    assert "缺少员工数据" in labels
    assert [r[1] for r in reasons if r[2] == "缺少员工数据"] == ["?"]


# -- weights --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "bad",
    [
        {"gap_fit": -0.1},
        {"gap_fit": 0, "capability": 0, "propensity": 0},
        {"capability": float("nan")},
        {"capability": "abc"},
        {"size": 1},
    ],
)
def test_invalid_weights_are_refused(bad):
    with pytest.raises(rk.WeightsError) as exc:
        rk.Weights.from_mapping(bad)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in str(exc.value))


def test_weights_are_stored_validated_and_default(db):
    from app import ranking

    assert ranking.get_weights(db) == rk.Weights(0.5, 0.3, 0.2)
    w = ranking.set_weights(db, capability=0.6)
    assert w == rk.Weights(0.5, 0.6, 0.2)
    assert ranking.get_weights(db) == w
    with pytest.raises(UserError):
        ranking.set_weights(db, gap_fit=0, capability=0, propensity=0)
    assert ranking.get_weights(db) == w  # nothing written
    assert db.scalar("SELECT COUNT(*) FROM audit WHERE entity = 'settings'") == 1


def test_score_is_weighted_mean_on_0_100():
    s = rk.score(np.array([1.0, 0.0]), np.array([1.0, 0.0]), np.array([1.0, 0.0]), rk.Weights())
    assert s.tolist() == [100.0, 0.0]
    s = rk.score(np.array([1.0]), np.array([0.0]), np.array([0.0]), rk.Weights(2, 1, 1))
    assert s[0] == pytest.approx(50.0)
    p = rk.parts(0.8, 0.5, 0.4, rk.Weights())
    assert sum(p.values()) == pytest.approx(
        rk.score(np.array([0.8]), np.array([0.5]), np.array([0.4]), rk.Weights())[0]
    )


def test_gap_fit_uses_classifier_probability():
    prob = rk.segment_probability(
        np.array([0.8, 0.8, 0.3, np.nan]),
        np.array([0.5, np.nan, 0.5, np.nan]),
        np.array([0, 0, 1, 0]),
    )
    assert prob.tolist() == pytest.approx([0.4, 0.8, 1.0, 0.0])
    g = rk.lookup_gaps(
        np.array(["a", "a", "b", ""], dtype=object),
        np.array(["a.x", None, None, None], dtype=object),
        {"a.x": 0.9},
        {"a": 0.5},
    )
    assert g.tolist() == pytest.approx([0.9, 0.5, 0.0, 0.0])


# -- rescore --------------------------------------------------------------------------------
def test_rescore_writes_candidates_and_excludes_dongguan(db):
    seg = first_segment("equip.robot")
    sz = add_firm(db, segment=seg, revenue=80_000, employees=900, high_tech=1)
    gz = add_firm(db, city="广州市", district="黄埔区", segment=seg, revenue=5_000)
    none = add_firm(db, city="深圳市", revenue=5_000)  # no direction: ranked, no gap fit
    dg = add_firm(db, city="东莞市", segment=seg, revenue=90_000)
    fs = add_firm(db, city="佛山市", segment=seg, revenue=90_000)
    result = rescore(db)
    assert result["firms"] == 5 and result["candidates"] == 3
    for fid in (sz, gz, none):
        row = stored(db, fid)
        assert 0 <= row["score"] <= 100
        assert row["gap_fit"] is not None and row["propensity"] is not None
    assert stored(db, none)["gap_fit"] == 0
    assert stored(db, sz)["score"] > stored(db, none)["score"]
    for fid in (dg, fs):
        row = stored(db, fid)
        assert row["score"] is None and row["gap_fit"] is None and row["propensity"] is None
        assert row["capability"] is not None  # a fact summary, kept for every firm


@pytest.mark.parametrize(
    ("full", "at"), [(True, "写入数据库 "), (False, "按新权重")], ids=["recompute", "reweight"]
)
def test_rescore_cancelled_mid_write_rolls_back(db, full, at):
    from app import ranking

    fid = add_firm(db, segment=first_segment("equip.robot"), revenue=5_000)
    rescore(db)
    before = stored(db, fid)
    ranking.set_weights(db, gap_fit=0, capability=1, propensity=0)
    token = CancelToken()
    job = ranking.rescore(db, cancel=token, full=full)
    for progress in job:
        if progress.message.startswith(at):  # inside the write transaction
            token.cancel()
            break
    else:
        pytest.fail(f"no progress message {at!r}")
    with pytest.raises(Cancelled):
        run_to_end(job)
    assert stored(db, fid) == before
    assert ranking.is_stale(db)
    rescore(db)
    assert stored(db, fid)["score"] != before["score"]


def test_weights_change_the_order(db):
    from app import ranking

    seg = first_segment("energy.nev")
    fits_gap = add_firm(db, segment=seg, confirmed=True, revenue=600, employees=12)
    strong = add_firm(
        db,
        revenue=3_000_000,
        employees=20_000,
        registered_capital=500_000,
        high_tech=1,
        rd_ratio=0.09,
    )
    rescore(db)
    assert stored(db, fits_gap)["score"] > stored(db, strong)["score"]
    ranking.set_weights(db, gap_fit=0, capability=1, propensity=0)
    assert ranking.is_stale(db)
    rescore(db)
    assert not ranking.is_stale(db)
    assert stored(db, strong)["score"] > stored(db, fits_gap)["score"]
    order = [r["id"] for r in ranking.top(db, 10)]
    assert order == [strong, fits_gap]


def test_staleness_tracks_firms_and_catalog_edits(db):
    from app import catalog_store, ranking

    seg = first_segment("equip.robot")
    add_firm(db, segment=seg)
    assert ranking.is_stale(db)
    rescore(db)
    assert not ranking.is_stale(db)
    add_firm(db, segment=seg)
    assert ranking.is_stale(db)
    rescore(db)
    catalog_store.set_strength(db, seg, "strong")
    assert ranking.is_stale(db)


def test_top_records_have_the_fixed_fields(db):
    from app import ranking

    seg = first_segment("bio.device")
    for i in range(5):
        add_firm(db, segment=seg, revenue=1000 * (i + 1))
    add_firm(db, city="东莞市", segment=seg)
    rescore(db)
    rows = ranking.top(db, 3)
    assert len(rows) == 3
    for r in rows:
        assert set(r) >= SCORE_FIELDS
        assert r["city"] == "深圳市"
        assert 0 < len(r["why"]) <= 80
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)
    assert ranking.top(db, 10, city="广州市") == []
    assert len(ranking.top(db, 10, direction="bio.device")) == 5


# -- explanations ---------------------------------------------------------------------------
def test_explain_mentions_segment_strength_and_factors(db):
    import catalog
    from app import ranking
    from catalog.model import STRENGTH_ZH

    seg_code = first_segment("equip.robot")
    seg = catalog.load_default().segment(seg_code)
    fid = add_firm(
        db,
        name="深圳测试机器人有限公司",
        segment=seg_code,
        revenue=800_000,
        rd_ratio=0.09,
        main_business="减速器研发制造",
    )
    rescore(db)
    e = ranking.explain_firm(db, "深圳测试机器人有限公司")
    assert e["id"] == fid
    assert seg.name in e["detail"] and seg.name in e["why"]
    assert f"“{STRENGTH_ZH[seg.strength]}”" in e["detail"]
    assert "营收规模大" in e["detail"] and "研发投入高" in e["detail"]
    assert "缺少员工数据" in e["detail"] and "置信度降低" in e["detail"]
    assert "土地紧张" in e["detail"]  # 南山区
    assert e["score"] == pytest.approx(e["stored_score"], abs=0.05)
    assert e["gap"]["segment"] == seg_code
    assert len(e["why"]) <= 80


def test_explain_a_dongguan_firm_says_it_is_not_ranked(db):
    from app import ranking

    fid = add_firm(db, city="东莞市", segment=first_segment("equip.robot"))
    rescore(db)
    e = ranking.explain_firm(db, fid)
    assert e["score"] is None and not e["candidate"]
    assert "不参与排名" in e["text"]


def test_explain_firm_without_direction(db):
    from app import ranking

    fid = add_firm(db, employees=50)
    unsure = add_firm(db, employees=50, confidence=0.25)  # the classifier barely said "none"
    rescore(db)
    e = ranking.explain_firm(db, str(fid))
    assert "不属于" in e["text"] and e["gap_fit"] == 0
    assert "无补链作用" in e["why"]
    u = ranking.explain_firm(db, unsure)
    assert "分类把握：25%" in u["detail"]
    assert u["confidence"] == pytest.approx((0.25 * e["capability_coverage"]) ** 0.5, abs=1e-3)


# -- firm references ------------------------------------------------------------------------
def test_resolve_firm_by_id_uscc_and_name(db):
    from app import ranking

    code = uscc_for(42)
    fid = add_firm(db, name="广州某某科技股份有限公司", uscc=code)
    assert ranking.resolve_firm(db, fid) == fid
    assert ranking.resolve_firm(db, str(fid)) == fid
    assert ranking.resolve_firm(db, code) == fid
    assert ranking.resolve_firm(db, code.lower()) == fid
    assert ranking.resolve_firm(db, "广州某某科技股份有限公司") == fid
    for bad in ("999999", "不存在的公司", "", uscc_for(43)):
        with pytest.raises(UserError) as exc:
            ranking.resolve_firm(db, bad)
        assert "企业" in exc.value.message


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        ("TCL科技集团股份有限公司", "tcl科技集团股份有限公司"),
        ("TCL科技集团股份有限公司", "TCL 科技集团股份有限公司"),
        ("深圳市某某科技（集团）有限公司", "深圳市某某科技【集团】有限公司"),
        ("阿里·巴巴（中国）有限公司", "阿里巴巴(中国)有限公司"),
    ],
)
def test_resolve_firm_matches_names_as_the_importer_normalises_them(db, stored, typed):
    """resolve_firm's name key is the one the importer stored (case, brackets, "·", spaces)."""
    from app import ranking

    fid = add_firm(db, name=stored)
    assert ranking.resolve_firm(db, typed) == fid


def test_resolve_firm_refuses_ambiguous_names(db):
    from app import ranking

    add_firm(db, name="同名公司")
    add_firm(db, name="同名公司", city="广州市")
    with pytest.raises(UserError, match="多家"):
        ranking.resolve_firm(db, "同名公司")


def test_top_leaves_out_firms_already_landed(db):
    from app import ranking
    from app.db import now

    seg = first_segment("equip.robot")
    landed = add_firm(db, segment=seg, revenue=900_000)
    other = add_firm(db, segment=seg, revenue=900)
    with db.write():
        db.execute(
            "INSERT INTO pipeline (firm_id, stage, updated_at) VALUES (?, 'landed', ?)",
            (landed, now()),
        )
    rescore(db)
    assert [r["id"] for r in ranking.top(db, 10)] == [other]
    rows = ranking.top(db, 10, include_landed=True)
    assert [r["id"] for r in rows] == [landed, other]
    assert rows[0]["stage"] == "landed"


def _snapshot(db):
    return {
        r[0]: tuple(r[1:])
        for r in db.execute("SELECT firm_id, score, gap_fit, capability, propensity FROM scores")
    }


def _assert_same(a, b):
    assert a.keys() == b.keys()
    for k in a:
        for x, y in zip(a[k], b[k], strict=True):
            assert (x is None and y is None) or x == pytest.approx(y, abs=1e-9), k


@pytest.fixture
def varied(db):
    """Firms of several directions and kinds, scored once."""
    import catalog

    cat = catalog.load_default()
    rnd = np.random.default_rng(3)
    for d in cat.directions[:6]:
        for s in d.segments:
            for city in ("深圳市", "广州市", "东莞市"):
                add_firm(
                    db,
                    city=city,
                    district=str(rnd.choice(["南山区", "黄埔区", "长安镇", ""])),
                    segment=s.code,
                    confidence=float(rnd.uniform(0.3, 1)),
                    segment_confidence=float(rnd.uniform(0.3, 1)),
                    revenue=float(10 ** rnd.uniform(2, 6)),
                    employees=int(10 ** rnd.uniform(1, 4)) if rnd.uniform() < 0.6 else None,
                    high_tech=int(rnd.integers(0, 2)) if rnd.uniform() < 0.5 else None,
                )
        add_firm(db, direction=d.code, confidence=0.7)  # a direction without a segment
    add_firm(db, revenue=1e5)  # no direction
    first = rescore(db)
    assert first["mode"] == "full" and first["written"] == first["firms"]
    return cat


def test_incremental_rescore_equals_full_recompute(db, varied):
    from app import catalog_store, ranking

    cat = varied
    seg = cat.directions[1].segments[0]
    catalog_store.set_strength(db, seg.code, "strong" if seg.strength != "strong" else "missing")
    ranking.set_weights(db, gap_fit=0.2, capability=0.5, propensity=0.3)
    r = rescore(db)
    assert r["mode"] == "partial"
    assert 0 < r["written"] < r["firms"]
    incremental = _snapshot(db)
    assert rescore(db)["mode"] == "none"
    assert run_to_end(ranking.rescore(db, full=True))["written"] == 0
    _assert_same(incremental, _snapshot(db))


def test_weight_change_rescore_equals_full_recompute(db, varied):
    from app import ranking

    ranking.set_weights(db, gap_fit=1, capability=0, propensity=2)
    r = rescore(db)
    assert r["mode"] == "weights"
    reweighted = _snapshot(db)
    run_to_end(ranking.rescore(db, full=True))
    _assert_same(reweighted, _snapshot(db))
    # The stored score is the weighted sum of the stored components, checkable by hand.
    for score, gap_fit, _capability, propensity in reweighted.values():
        if score is not None:
            assert score == pytest.approx(100 * (gap_fit + 2 * propensity) / 3)


def test_edited_and_new_firms_rescore_equals_full_recompute(db, varied):
    from app import firm_edit, ranking

    cat = varied
    seg = cat.directions[2].segments[0].code
    some = db.scalar("SELECT id FROM firms WHERE city = '深圳市' ORDER BY id LIMIT 1")
    revenue = db.scalar("SELECT revenue FROM firms WHERE id = ?", (some,))
    # A hand edit (audited; found by its audit row even within the second of the newest stamp).
    firm_edit.update_firm(db, some, {"revenue": f"{revenue * 50:.0f}万"})
    add_firm(db, city="广州市", segment=seg, revenue=70_000)
    add_firm(db, city="东莞市", segment=seg, employees=5_000)  # more local evidence: gaps move
    r = rescore(db)
    assert r["mode"] == "changed"
    incremental = _snapshot(db)
    assert run_to_end(ranking.rescore(db, full=True))["written"] == 0
    _assert_same(incremental, _snapshot(db))


def test_plan_picks_the_least_work():
    from app.ranking.staleness import plan as _plan

    base = {
        "version": 3,
        "facts": {
            "count": 5,
            "updated": "2026-01-02T00:00:00",
            "classified": "2026-01-02T00:00:00",
            "confirmed": 0,
            "unclassified": 0,
            "max_id": 5,
            "corrections": 0,
            "corrected": None,
        },
        "catalog": "1",
        "model": "",
        "gaps": {"a.x": 0.5, "b.y": 0.4},
        "weights": {"gap_fit": 0.5, "capability": 0.3, "propensity": 0.2},
    }

    def with_(**kw):
        import copy

        new = copy.deepcopy(base)
        for k, v in kw.items():
            if k in base["facts"]:
                new["facts"][k] = v
            else:
                new[k] = v
        return new

    assert _plan(None, base)[0] == "full"
    assert _plan(base, base)[0] == "none"
    assert (
        _plan(base, with_(weights={"gap_fit": 1, "capability": 0, "propensity": 0}))[0] == "weights"
    )
    mode, where, params = _plan(base, with_(gaps={"a.x": 0.6, "b.y": 0.4}))
    assert mode == "partial" and params == ["a"]
    mode, where, params = _plan(base, with_(count=6, max_id=6, updated="2026-01-03T00:00:00"))
    assert mode == "changed" and "f.id > ?" in where and 5 in params
    assert _plan(base, with_(model="abc"))[0] == "full"
    assert _plan(base, with_(catalog="2"))[0] == "full"
    assert _plan(base, with_(updated="2025-01-01T00:00:00"))[0] == "full"  # clock went back


def test_an_edit_in_the_same_second_as_the_newest_stamp_is_still_rescored(db, monkeypatch):
    """Timestamps are to the second; a hand edit within that second must not go unnoticed."""
    from app import db as db_mod
    from app import firm_edit, ranking

    fid = add_firm(db, segment=first_segment("equip.robot"), revenue=1_000, employees=20)
    rescore(db)
    stamp = db.scalar("SELECT MAX(updated_at) FROM firms")
    monkeypatch.setattr(db_mod, "now", lambda: stamp)
    before = stored(db, fid)["capability"]
    firm_edit.update_firm(db, fid, {"revenue": "50亿", "employees": "5000"})
    assert db.scalar("SELECT MAX(updated_at) FROM firms") == stamp  # the stamp did not move
    assert ranking.is_stale(db)
    rescore(db)
    assert stored(db, fid)["capability"] > before
    assert not ranking.is_stale(db)


def test_a_hand_edit_after_an_import_recomputes_that_firm_only(db, tmp_path):
    """The whole import shares one stamp; an edit must not make all of it look changed."""
    import csv

    from app import firm_edit
    from app.importing import import_firms

    path = tmp_path / "firms.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["企业名称", "所在城市", "营业收入(万元)", "主营业务"])
        for i in range(40):
            w.writerow([f"深圳测试{i}号科技有限公司", "深圳市", 1000 + i, "工业机器人减速器"])
    run_to_end(import_firms(db, path, source="测试名单"))
    assert rescore(db)["mode"] == "full"
    fid = db.scalar("SELECT MIN(id) FROM firms")
    firm_edit.update_firm(db, fid, {"revenue": "3亿"})
    r = rescore(db)
    assert r["mode"] == "changed" and r["recomputed"] == 1
    # Undoing an import puts old values and stamps back: only a full recompute is safe.
    from app.importing import undo_import

    with pytest.raises(UserError):
        undo_import(db, 1)  # refused: a firm of it was edited by hand since
    other = tmp_path / "more.csv"
    other.write_text("企业名称,所属城市\n广州另一家科技有限公司,广州市\n", encoding="utf-8")
    run_to_end(import_firms(db, other, source="第二份"))
    rescore(db)
    undo_import(db, 2)
    assert rescore(db)["mode"] == "full"
