"""The review queue (app.review): membership, ordering, confirming; and its CLI commands."""

from __future__ import annotations

import json
from types import SimpleNamespace

import numpy as np
import pytest

from app import catalog_store, classification, ranking, review
from app.db import now
from app.errors import UserError
from scoring import concordance, confidence
from scoring import gaps as gapmod
from scoring.training import TrainingConfig

SMALL = TrainingConfig(docs_per_direction=80, docs_none=1600)


# What the industry labels of these tests suggest, fixed here so that the tests do not depend
# on the concordance table (scoring/concordance.py), which is revised on its own.
LABELS = {
    "银行": frozenset(),
    "电子元器件": frozenset({"it.components"}),
    "集成电路设计": frozenset({"it.components"}),
    "软件和芯片": frozenset({"it.components", "it.ai", "it.iot"}),
}


@pytest.fixture(autouse=True)
def small_training(monkeypatch):
    monkeypatch.setattr(classification, "TRAINING_CONFIG", SMALL)
    monkeypatch.setattr(review, "expected_directions", LABELS.get)


class FakeModel:
    """Every class equally likely: the runner-up is the first class that is not the call."""

    dir_layer = SimpleNamespace(classes=["", "it.ai", "it.components", "energy.battery"])

    def raw_scores(self, texts):
        return np.zeros((len(texts), len(self.dir_layer.classes)))

    def probabilities(self, scores):
        return np.full(scores.shape, 1.0 / scores.shape[1])


def add(db, name, *, city="深圳市", industry=None, direction="it.ai", segment=None,
        conf=0.5, confirmed=0, score=50.0, gap_fit=0.1):  # fmt: skip
    with db.write():
        fid = db.execute(
            "INSERT INTO firms (name, name_norm, city, industry, main_business, direction, "
            "segment, confidence, direction_confirmed, classified_at, text_hash, imported_at, "
            "updated_at) VALUES (?, ?, ?, ?, '主营业务', ?, ?, ?, ?, ?, ?, ?, ?)",
            (name, name, city, industry, direction, segment, conf, confirmed, now(), name,
             now(), now()),
        ).lastrowid  # fmt: skip
        if city in ("深圳市", "广州市"):
            db.execute(
                "UPDATE scores SET score = ?, gap_fit = ? WHERE firm_id = ?",
                (score, gap_fit, fid),
            )
    return fid


# -- the pure parts ------------------------------------------------------------------------------
def test_confidence_bands():
    assert confidence.band(confidence.HIGH) == "high"
    assert confidence.band(0.99) == "high"
    assert confidence.band(confidence.LOW) == "medium"
    assert confidence.band((confidence.LOW + confidence.HIGH) / 2) == "medium"
    assert confidence.band(confidence.LOW - 0.01) == "low"
    assert confidence.band(float("nan")) == "low"


def test_concordance_signature():
    assert concordance.expected_directions("") is None
    assert concordance.expected_directions("银行") == frozenset()
    components = concordance.expected_directions("元器件")
    assert isinstance(components, frozenset) and "it.components" in components


# -- membership and order ------------------------------------------------------------------------
def test_queue_members_and_order_by_expected_ranking_impact(db):
    a = add(db, "甲", conf=0.55, gap_fit=0.1)  # unsure, small move: 0.45 × 0.1 × 50
    b = add(db, "乙", conf=0.7, gap_fit=0.6)  # unsure, larger move: 0.3 × 0.6 × 50
    c = add(db, "丙", conf=0.95, industry="银行", gap_fit=0.5)  # label: 0.5 × 0.5 × 50
    d = add(db, "丁", city="东莞市", conf=0.3)  # not a candidate: impact 0, P(wrong) 0.7
    e = add(db, "戊", city="东莞市", conf=0.6)  # not a candidate: impact 0, P(wrong) 0.4
    add(db, "已确认", conf=0.3, confirmed=1)
    add(db, "很有把握", conf=0.99)
    add(db, "标签一致", conf=0.99, industry="电子元器件", direction="it.components")
    add(db, "银行且不属于", conf=0.99, industry="银行", direction="")
    i = add(db, "标签说是芯片", conf=0.9, industry="集成电路设计", direction="", gap_fit=0.0)

    items = review.queue(db, model=FakeModel())
    by_id = {it.firm_id: it for it in items}
    gap_ic = gapmod.direction_gap(ranking.compute_gaps(db), "it.components")
    assert by_id[i].alternative == "it.components"
    assert by_id[i].impact == pytest.approx(0.5 * gap_ic * 50)
    assert by_id[i].reasons == ["label"] and by_id[i].label_directions == ["it.components"]
    assert by_id[c].reasons == ["label"] and by_id[c].alternative == ""
    assert by_id[c].label_directions == [] and by_id[c].band == "high"
    assert by_id[a].reasons == ["unsure"] and by_id[a].alternative == ""
    assert by_id[a].band == "medium" and by_id[d].band == "low"
    assert by_id[a].impact == pytest.approx(0.45 * 0.1 * 50)
    assert by_id[b].impact == pytest.approx(0.3 * 0.6 * 50)
    assert by_id[c].impact == pytest.approx(0.5 * 0.5 * 50)
    assert [it.firm_id for it in items if it.firm_id != i] == [c, b, a, d, e]
    assert [it.impact for it in items] == sorted((it.impact for it in items), reverse=True)
    assert review.queue(db, 2, model=FakeModel())[0].firm_id == items[0].firm_id
    assert len(review.queue(db, 2, model=FakeModel())) == 2


def test_runner_up_is_the_models_second_choice(db):
    fid = add(db, "甲", conf=0.6, direction="")

    class Prefers(FakeModel):
        def probabilities(self, scores):
            p = np.zeros(scores.shape)
            p[:, 0], p[:, 3], p[:, 1] = 0.6, 0.3, 0.1  # none, then energy.battery
            return p

    (item,) = review.queue(db, model=Prefers())
    assert item.firm_id == fid and item.alternative == "energy.battery"


def test_ties_go_to_the_first_code(db):
    fid = add(db, "甲", conf=0.95, industry="软件和芯片", direction="energy.battery")
    (item,) = review.queue(db, model=FakeModel())  # every class equally likely
    assert item.firm_id == fid and item.alternative == "it.ai"
    assert item.label_directions == ["it.ai", "it.components", "it.iot"]


def test_candidate_set_is_bounded(db):
    ids = [add(db, f"企业{n}", conf=0.3 + n / 100) for n in range(5)]
    label = add(db, "银行标签", conf=0.95, industry="银行")
    got = {it.firm_id for it in review.queue(db, model=FakeModel(), candidates=2)}
    assert got == {ids[0], ids[1], label}


def test_queue_rejects_a_bad_limit(db):
    with pytest.raises(UserError):
        review.queue(db, 0, model=FakeModel())


# -- confirming ----------------------------------------------------------------------------------
def test_parse_code(db):
    assert review.parse_code(db, "none") == ("", None)
    assert review.parse_code(db, "it.components") == ("it.components", None)
    assert review.parse_code(db, "it.components.ic_design") == (
        "it.components",
        "it.components.ic_design",
    )
    assert review.parse_code(db, "不属于目录") == ("", None)
    assert review.parse_code(db, "关键电子元器件") == ("it.components", None)
    seg = catalog_store.current(db).segment("it.components.ic_design")
    assert review.parse_code(db, seg.name) == ("it.components", seg.code)
    with pytest.raises(UserError, match="未知"):
        review.parse_code(db, "it.nothing")


def test_confirm_keeps_the_call_and_correct_changes_it(db):
    fid = add(db, "甲", conf=0.55, direction="it.ai", segment="it.ai.foundation")
    rec = review.confirm(db, fid)
    assert rec["kind"] == "confirm" and rec["segment"] == "it.ai.foundation"
    row = db.execute("SELECT * FROM firms WHERE id = ?", (fid,)).fetchone()
    assert row["direction_confirmed"] == 1 and row["direction"] == "it.ai"
    assert review.queue(db, model=FakeModel()) == []  # confirmed firms leave the queue
    rec = review.confirm(db, "甲", "energy.battery.materials")
    assert rec["kind"] == "correct" and rec["previous_direction"] == "it.ai"
    assert db.scalar("SELECT direction FROM corrections WHERE firm_id = ?", (fid,)) == (
        "energy.battery"
    )


# -- CLI -----------------------------------------------------------------------------------------
def cli(db, *args):
    from cli.main import main

    return main(["--db", str(db.target), *args])


def state(db):
    return (
        db.scalar("SELECT COUNT(*) FROM corrections"),
        db.scalar("SELECT COUNT(*) FROM audit"),
        [tuple(r) for r in db.query("SELECT direction, segment, direction_confirmed FROM firms")],
    )


def test_review_cli_table_and_json(db, capsys):
    a = add(db, "深圳市甲科技有限公司", conf=0.55, gap_fit=0.1)
    c = add(db, "深圳市丙银行", conf=0.95, industry="银行", gap_fit=0.5)
    assert cli(db, "review") == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert "把握" in lines[0] and "排名影响" in lines[0]
    assert lines[1].startswith(f"{c}\t深圳市丙银行") and "与所属行业不符" in lines[1]
    assert "高" in lines[1] and "不属于目录" in lines[1]
    assert lines[2].startswith(f"{a}\t") and "把握不足" in lines[2] and "中" in lines[2]
    assert cli(db, "review", "--limit", "1", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data) == 1
    assert set(data[0]) == {
        "firm_id", "name", "city", "industry", "direction", "segment", "confidence", "band",
        "label_directions", "reasons", "alternative", "p_wrong", "score", "impact",
        "retired_direction",
    }  # fmt: skip
    assert data[0]["firm_id"] == c and data[0]["reasons"] == ["label"]
    assert data[0]["band"] == "high" and data[0]["label_directions"] == []


@pytest.mark.parametrize("limit", ["0", "-3", "abc"])
def test_review_cli_bad_limit(db, capsys, limit):
    assert cli(db, "review", "--limit", limit) == 2
    assert "正整数" in capsys.readouterr().err


def test_confirm_cli_confirm_correct_segment_and_none(db, capsys):
    fid = add(db, "深圳市甲科技有限公司", conf=0.55, direction="it.ai", segment="it.ai.foundation")
    assert cli(db, "confirm", str(fid)) == 0
    assert "已确认" in capsys.readouterr().err
    row = db.execute("SELECT * FROM firms WHERE id = ?", (fid,)).fetchone()
    assert (row["direction"], row["segment"], row["direction_confirmed"]) == (
        "it.ai",
        "it.ai.foundation",
        1,
    )
    assert cli(db, "confirm", "深圳市甲科技有限公司", "it.components.ic_design", "--json") == 0
    captured = capsys.readouterr()
    assert "已修正" in captured.err
    rec = json.loads(captured.out)
    assert rec["kind"] == "correct" and rec["segment"] == "it.components.ic_design"
    assert rec["score"] is not None  # refreshed: a candidate gets its score
    assert cli(db, "confirm", str(fid), "none", "--no-refresh") == 0
    row = db.execute("SELECT direction, segment FROM firms WHERE id = ?", (fid,)).fetchone()
    assert tuple(row) == ("", None)
    assert db.scalar("SELECT COUNT(*) FROM audit WHERE entity = 'firm' AND entity_id = ?", (fid,))
    assert db.scalar("SELECT direction FROM corrections WHERE firm_id = ?", (fid,)) == ""


@pytest.mark.parametrize(
    ("args", "word"),
    [
        (["99999"], "找不到企业"),
        (["不存在的企业"], "找不到企业"),
        (["{fid}", "it.nothing"], "未知的方向"),
        (["{fid}", "it.components.nothing"], "未知的方向"),
        (["{fid}", "bogus"], "未知的方向"),
    ],
)
def test_confirm_cli_unknown_firm_or_code_writes_nothing(db, capsys, args, word):
    fid = add(db, "深圳市甲科技有限公司", conf=0.55)
    before = state(db)
    assert cli(db, "confirm", *[a.format(fid=fid) for a in args]) == 2
    assert word in capsys.readouterr().err
    assert state(db) == before


def test_confirm_many_checks_every_code_first(db):
    from app.jobs import run_to_end

    a = add(db, "甲", conf=0.55)
    b = add(db, "乙", conf=0.6)
    before = state(db)
    with pytest.raises(UserError):
        run_to_end(review.confirm_many(db, [(a, None), (b, "it.nothing")]))
    assert state(db) == before
    recs = run_to_end(review.confirm_many(db, [(a, None), (b, "none")]))
    assert [r["kind"] for r in recs] == ["confirm", "correct"]


def test_retrain_job_reports_the_gain_and_the_firms_that_moved(db):
    from app.jobs import run_to_end
    from tests.test_classification import add_firms

    ids = add_firms(db)
    run_to_end(classification.classify_pending(db))
    before = dict(db.query("SELECT id, COALESCE(direction, '') FROM firms"))
    review.confirm(db, ids[5], "bio.services")  # a logistics firm, wrongly
    review.confirm(db, ids[0])
    res = run_to_end(review.retrain(db))
    assert res["corrections"]["count"] == 2
    assert 0 <= res["corrections"]["before"] <= res["corrections"]["after"] <= 1
    after = dict(db.query("SELECT id, COALESCE(direction, '') FROM firms"))
    moved = [i for i in ids if i not in (ids[0], ids[5]) and after[i] != before[i]]
    assert res["moved"] == len(moved)
    assert sum(n for _, n in res["moved_to"]) <= res["moved"]
    assert db.get_setting(classification.SETTING)["version"] == res["version"]
    if db.is_postgres:  # the temporary table of the comparison is gone
        assert db.scalar("SELECT to_regclass('pg_temp.review_before')") is None
    else:
        assert (
            db.scalar("SELECT COUNT(*) FROM sqlite_temp_master WHERE name = 'review_before'") == 0
        )


def test_a_none_call_contradicts_only_a_label_naming_one_direction():
    from app.review import _disagrees

    assert _disagrees(frozenset({"energy.battery"}), "")  # 锂离子电池制造, called none
    broad = frozenset({"mat.advanced", "mat.frontier", "energy.battery"})  # 化学原料…制造业
    assert not _disagrees(broad, "")
    assert _disagrees(broad, "it.terminal")
    assert _disagrees(frozenset(), "it.ai")  # a bank called AI
    assert not _disagrees(None, "it.ai")
