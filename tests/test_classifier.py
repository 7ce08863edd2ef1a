"""The direction classifier: training, quality floors, persistence without pickle, corrections."""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

import catalog
from scoring import classifier as clf_mod
from scoring import training
from scoring.classifier import DirectionClassifier, ModelError
from scoring.text import firm_text
from scoring.training import (
    TrainingConfig,
    calibration_firms,
    calibration_text,
    macro_f1,
    train,
)

ROOT = Path(__file__).resolve().parent.parent
SMALL = TrainingConfig(docs_per_direction=80, docs_none=1600)


@pytest.fixture(scope="module")
def cat():
    return catalog.load_default()


@pytest.fixture(scope="module")
def small_model(cat):
    """A quickly trained model for mechanics (not quality)."""
    return train(cat, seed=0, config=SMALL)


@pytest.fixture(scope="session")
def default_model(tmp_path_factory):
    """The built-in model, trained once per test session (in a temporary data folder: a
    session fixture runs before the per-test folder redirection)."""
    from app import paths
    from app.classification import builtin_model

    paths.override(home=tmp_path_factory.mktemp("classifier-home"))
    try:
        return builtin_model()
    finally:
        paths.override(home=None)


def _eval(path: str) -> tuple[list[str], list[str], list[str], list[str]]:
    with (ROOT / "bench" / "data" / path).open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    texts = [
        firm_text(
            {
                "name": r["name"],
                "main_business": r["text"],
                # the real-style set also has the registry's other fields
                "industry": r.get("industry", ""),
                "business_scope": r.get("business_scope", ""),
                "introduction": r.get("introduction", ""),
            }
        )
        for r in rows
    ]
    industries = [r.get("industry", "") for r in rows]
    return texts, [r["direction"] for r in rows], [r["segment"] for r in rows], industries


def _in_out_f1(truth: list[str], pred: list[str]) -> float:
    tp = sum(1 for t, p in zip(truth, pred, strict=True) if t and p)
    fp = sum(1 for t, p in zip(truth, pred, strict=True) if not t and p)
    fn = sum(1 for t, p in zip(truth, pred, strict=True) if t and not p)
    return 2 * tp / (2 * tp + fp + fn)


# -- quality ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("path", "macro_floor", "inout_floor"),
    # The team's own fictional sets, secondary to the real dev set (tests/test_real_dev.py).
    # Measured with the real-firm layer deciding (Dec 2026, seed 0, with each set's industry
    # labels; macro-F1 / in-out F1): dev 0.977 / 0.992, holdout 0.971 / 0.982, real-style
    # 0.876 / 0.918 (0.932 / 0.960 with the old none rule: the layer, fitted on real listed
    # firms, calls more of these long-registry-scope texts none), short 0.975 / 1.000 (was
    # 0.946 / 0.966), products 1.000 / 1.000 (was 0.987 / 0.992). With the real firms' n-grams
    # in the layer (scoring.calibration.RealNgrams; +0.026 cross-validated macro-F1 on the real
    # dev set): dev 0.974 / 0.990, holdout 0.966 / 0.988, short 0.990 / 0.988, products
    # 0.997 / 0.996, real-style 0.834 / 0.898 (from 0.918 / 0.935: the real firms' texts have no
    # registry scope, and its n-grams pulled these long-scope texts towards none); with that
    # model reading the text without its scope line (scoring.text.SCOPE_MARK): real-style
    # 0.873 / 0.923, the other sets (no scope) unchanged.
    [
        ("eval_firms.csv", 0.92, 0.96),
        ("eval_firms_holdout.csv", 0.90, 0.95),
        ("eval_firms_realstyle.csv", 0.85, 0.90),
        ("eval_firms_short.csv", 0.93, 0.97),
        ("eval_firms_products.csv", 0.97, 0.98),
    ],
)
def test_quality_on_eval_sets(default_model, cat, path, macro_floor, inout_floor):
    texts, truth, segs, industries = _eval(path)
    pred = default_model.predict(texts, industries=industries)
    assert macro_f1(truth, pred.directions, cat.direction_codes) >= macro_floor
    assert _in_out_f1(truth, pred.directions) >= inout_floor
    right = [
        p == s
        for p, s, t, d in zip(pred.segments, segs, truth, pred.directions, strict=True)
        if s and d == t
    ]
    assert sum(right) / len(right) >= 0.7  # segment, where the direction is right (measured 0.8+)


@pytest.mark.parametrize(
    "fields",
    [
        {
            "name": "深圳南山农村商业银行股份有限公司",
            "main_business": "吸收公众存款；发放短期、中期和长期贷款；办理国内外结算",
        },
        {"name": "东莞市金地置业有限公司", "business_scope": "房地产开发经营；物业管理；房屋租赁"},
        {
            "name": "东莞市华美制衣有限公司",
            "main_business": "女装、童装的设计、生产与销售，主要为品牌客户代工",
        },
        {
            "name": "广州速达物流有限公司",
            "business_scope": "道路普通货物运输；仓储服务；国际货运代理；装卸搬运",
        },
    ],
)
def test_none_sanity(default_model, fields):
    pred = default_model.predict([firm_text(fields)])
    assert pred.directions == [""]
    assert pred.segments == [""]


@pytest.mark.parametrize(
    ("fields", "direction"),
    [
        (  # a car group with fuel and electric lines: the electric part decides
            {
                "name": "东莞市远行汽车工业集团有限公司",
                "industry": "汽车制造业",
                "main_business": "公司主要从事传统燃油汽车、插电式混合动力汽车和纯电动汽车的研发、"
                "生产和销售，同时经营汽车零部件、汽车销售和二手车业务。",
            },
            "energy.nev",
        ),
        (  # a chemical group with a lithium-battery materials arm
            {
                "name": "惠州市合顺化学集团有限公司",
                "industry": "化学原料和化学制品制造业",
                "main_business": "公司主营基础化工原料、涂料和胶粘剂，另有锂电池负极材料和电解液业务。",
            },
            "energy.battery",
        ),
    ],
)
def test_diversified_firms_go_to_their_catalog_business(default_model, fields, direction):
    pred = default_model.predict([firm_text(fields)])
    assert pred.directions == [direction]


def test_mixed_firm_is_never_surely_none(default_model):
    """An appliance maker whose main products are now smart devices sits on the boundary
    (the decision moves with the calibration of each catalog); what must not come back is
    the old failure: "none" with near certainty."""
    fields = {
        "name": "佛山市家悦电器有限公司",
        "industry": "家用电力器具制造",
        "main_business": "主要产品为智能门锁、智能音箱和智能摄像机，兼营电风扇和电饭煲代工。",
    }
    e = default_model.explain(firm_text(fields))
    probs = {e.direction: e.direction_prob, **dict(e.alternatives)}
    # Whether "none" or it.terminal wins, the best catalog direction is it.terminal and
    # "none" is far from certain.
    assert max((d for d in probs if d), key=probs.__getitem__) == "it.terminal"
    assert probs.get("", 0.0) < 0.8


def test_unsure_texts_are_none_with_low_confidence(default_model):
    texts = [
        "",
        firm_text({"main_business": "Software development, trading and consulting services"}),
        firm_text(
            {
                "business_scope": "技术开发；技术咨询；货物进出口；技术进出口（依法须经批准的项目除外）"
            }
        ),
        "😀😀😀",
    ]
    pred = default_model.predict(texts)
    assert pred.directions == [""] * 4
    assert (pred.direction_prob < 0.5).all()


def test_explain_points_at_the_text(default_model):
    text = firm_text(
        {"name": "东莞市谐动传动有限公司", "main_business": "谐波减速器、RV减速器和关节模组"}
    )
    e = default_model.explain(text)
    assert e.direction == "equip.robot"
    assert e.segment.startswith("equip.robot.")
    assert any("减速器" in phrase and phrase in text for phrase, _ in e.evidence)
    probs = [p for _, p in e.alternatives]
    assert probs == sorted(probs, reverse=True)
    assert all(d != e.direction for d, _ in e.alternatives)
    assert 0.5 < e.direction_prob <= 1.0


def test_evidence_counts_the_real_firms_ngrams_outside_the_scope(default_model, monkeypatch):
    """The real firms' n-gram model's share of the margin shows as 判断依据 too, as whole
    words, and never from the business-scope line, which that model does not read."""
    fields = {
        "name": "东莞市谐动传动有限公司",
        "main_business": "谐波减速器和关节模组",
        "introduction": "公司另有冷链物流车队",
        "business_scope": "连接器销售",
    }
    text = firm_text(fields)
    hasher = default_model.hasher
    boosted = {b for w in ("冷链", "连接器") for _, _, b in hasher.spans(w)[1]}
    ngrams = default_model.real.ngrams
    real_margin = ngrams.margin

    def margin(x, chosen, rival):
        out = real_margin(x, chosen, rival)
        out.update({b: 500.0 for b in x.indices.tolist() if b in boosted})
        return out

    before = [p for p, _ in default_model.explain(text).evidence]
    monkeypatch.setattr(ngrams, "margin", margin)
    e = default_model.explain(text)
    phrases = [p for p, _ in e.evidence]
    # whole words of the introduction (冷链物流 is one in the vocabularies), not before
    assert not any("冷链" in p for p in before) and any("冷链" in p for p in phrases)
    assert not any("连接" in p for p in phrases)  # the scope line is not the n-grams' to show
    assert all(p in text for p in phrases)


# -- mechanics --------------------------------------------------------------------------------
def test_training_is_reproducible(cat, small_model):
    again = train(cat, seed=0, config=SMALL)
    assert again.meta["id"] == small_model.meta["id"]
    other = train(cat, seed=1, config=SMALL)
    assert other.meta["id"] != small_model.meta["id"]
    for key in ("version", "catalog_version", "trained_at", "seed", "training", "metrics"):
        assert key in small_model.meta
    assert small_model.meta["catalog_version"] == cat.version


def test_save_load_round_trip(small_model, tmp_path):
    texts, _, _, _ = _eval("eval_firms_holdout.csv")
    small_model.save(tmp_path / "m")
    loaded = DirectionClassifier.load(tmp_path / "m")
    a, b = small_model.predict(texts), loaded.predict(texts)
    assert a.directions == b.directions and a.segments == b.segments
    assert np.array_equal(a.direction_prob, b.direction_prob)
    assert loaded.version_id == small_model.version_id
    assert loaded.meta["training"] == small_model.meta["training"]
    with np.load(tmp_path / "m" / "model.npz", allow_pickle=False) as z:
        assert all(z[k].dtype != object for k in z.files)  # nothing that needs pickle


def _rewrite_npz(folder: Path, arrays: dict) -> None:
    np.savez(folder / "model.npz", **arrays)
    doc = json.loads((folder / "model.json").read_text(encoding="utf-8"))
    doc["npz_sha256"] = hashlib.sha256((folder / "model.npz").read_bytes()).hexdigest()
    (folder / "model.json").write_text(json.dumps(doc), encoding="utf-8")


def test_broken_model_files_raise_model_error(small_model, tmp_path):
    good = tmp_path / "good"
    small_model.save(good)

    def broken(name: str) -> Path:
        folder = tmp_path / name
        shutil.copytree(good, folder)
        return folder

    f = broken("flipped")
    raw = bytearray((f / "model.npz").read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    (f / "model.npz").write_bytes(bytes(raw))
    f2 = broken("json")
    (f2 / "model.json").write_text("{not json", encoding="utf-8")
    f3 = broken("version")
    doc = json.loads((f3 / "model.json").read_text(encoding="utf-8"))
    doc["model_version"] = clf_mod.MODEL_VERSION + 1
    (f3 / "model.json").write_text(json.dumps(doc), encoding="utf-8")
    f4 = broken("missing")
    (f4 / "model.npz").unlink()
    f5 = broken("shapes")
    with np.load(good / "model.npz", allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files}
    arrays["dir_weights"] = arrays["dir_weights"][:, :3]
    _rewrite_npz(f5, arrays)
    f6 = broken("pickle")
    arrays["dir_weights"] = np.array([{"evil": 1}], dtype=object)
    _rewrite_npz(f6, arrays)
    f7 = broken("truncated")
    (f7 / "model.npz").write_bytes((good / "model.npz").read_bytes()[:100])
    for folder, word in [
        (f, "损坏"),
        (f2, "损坏"),
        (f3, "版本"),
        (f4, "不完整"),
        (f5, "形状"),
        (f6, "无效"),
        (f7, "损坏"),
    ]:
        with pytest.raises(ModelError) as info:
            DirectionClassifier.load(folder)
        assert word in info.value.message, folder.name
    DirectionClassifier.load(good)  # the original is still fine


def test_corrections_change_similar_texts(cat, small_model):
    # E-cigarette atomisers are in no direction; pretend staff file them under health food:
    # the base model never says so, the retrained one does for a text it has not seen.
    fed = [
        "电子烟雾化器的研发与生产",
        "主营电子雾化器、雾化芯及烟弹",
        "一次性电子烟和换弹式电子烟雾化设备制造",
        "电子雾化设备及雾化芯组件的设计与生产",
        "公司主要产品为电子烟雾化器和陶瓷雾化芯",
        "雾化电子烟整机及配件生产销售",
        "电子雾化器研发、制造，产品销往欧美",
        "主营电子烟及雾化芯，为海外品牌代工",
    ]
    probe = firm_text(
        {"name": "深圳市云雾科技有限公司", "main_business": "陶瓷雾化芯及电子烟雾化器的生产销售"}
    )
    assert small_model.predict([probe]).directions[0] != "bio.health_food"
    data = [
        (firm_text({"main_business": t}), "bio.health_food", "bio.health_food.products")
        for t in fed
    ]
    retrained = train(cat, data, seed=0, config=SMALL)
    pred = retrained.predict([probe])
    assert pred.directions[0] == "bio.health_food"
    assert pred.segments[0] == "bio.health_food.products"
    assert retrained.meta["training"]["corrections"] == len(fed)


def test_unknown_segment_codes_in_corrections(cat):
    data = [
        (firm_text({"main_business": "谐波减速器"}), "equip.robot", "equip.robot.removed_by_staff"),
        (firm_text({"main_business": "伺服电机"}), "equip.robot", "equip.robot.servo"),
        (firm_text({"main_business": "某种东西"}), "no.such.direction", ""),
        ("", "it.ai", ""),
    ]
    model = train(cat, data, seed=0, config=SMALL)
    skipped = model.meta["training"]["corrections_skipped"]
    assert skipped == {"unknown_segment": 1, "unknown_direction": 1, "empty_text": 1}
    assert model.meta["training"]["corrections"] == 2
    known = {s.code for s in cat.segments()} | {""}
    assert set(model.predict([t for t, _, _ in data]).segments) <= known


def test_large_inputs_go_through_the_thread_pool(small_model, monkeypatch):
    texts, _, _, _ = _eval("eval_firms.csv")
    whole = small_model._predict_batch(texts)
    monkeypatch.setattr(clf_mod, "BATCH", 37)
    parts = small_model.predict(texts)
    assert parts.directions == whole.directions
    assert parts.segments == whole.segments
    assert np.allclose(parts.direction_prob, whole.direction_prob)


# -- the business scope kept apart for the real firms' n-grams ----------------------------------
_SCOPE_FIRM = {
    "name": "深圳市远景光电科技有限公司",
    "industry": "电子元件",
    "main_business": "MiniLED 背光模组和车载显示屏的研发、生产和销售",
    "business_scope": "电子产品销售；五金交电批发；日用百货销售；物业管理；停车场服务",
    "introduction": "公司成立于 2012 年，总部位于深圳",
}


def test_the_scope_line_is_marked_and_invisible_to_the_text_model(small_model):
    from scoring.text import SCOPE_MARK, has_scope, without_scope

    text = firm_text(_SCOPE_FIRM)
    assert has_scope(text) and text.count(SCOPE_MARK) == 1
    bare = without_scope(text)
    assert "物业管理" not in bare and "背光模组" in bare and "总部位于深圳" in bare
    assert bare == firm_text({**_SCOPE_FIRM, "business_scope": ""})
    assert without_scope(bare) == bare and not has_scope(bare)
    # the mark is a boundary: the text model's n-grams are those of the text without it
    h = small_model.hasher
    assert (h.transform([text]) != h.transform([text.replace(SCOPE_MARK, "")])).nnz == 0
    assert np.allclose(
        small_model.clause_logp([text]), small_model.clause_logp([text.replace(SCOPE_MARK, "")])
    )


def test_the_real_ngram_model_reads_the_text_without_its_scope(default_model):
    """Rows with a scope line are hashed again without it; the others are left as they are."""
    from scoring.text import without_scope

    texts = [
        firm_text({"name": "华南物流有限公司", "main_business": "公路货运和仓储"}),
        firm_text(_SCOPE_FIRM),
        firm_text({"name": "东莞某某实业有限公司", "business_scope": "塑料制品制造；模具加工"}),
    ]
    x = default_model.hasher.transform(texts)
    xn = default_model.ngram_features(texts, x)
    expected = default_model.hasher.transform([without_scope(t) for t in texts])
    assert xn.shape == x.shape and abs(xn - expected).max() < 1e-6
    assert abs(xn[0] - x[0]).max() == 0 and abs(xn[1] - x[1]).max() > 0
    # so the layer's n-gram evidence is the same with or without the scope
    ng = default_model.real.ngrams
    assert np.allclose(
        ng.logp(xn[1]), ng.logp(default_model.hasher.transform([without_scope(texts[1])]))
    )
    pred = default_model.predict(texts[1:2], industries=[_SCOPE_FIRM["industry"]])
    assert pred.directions == ["it.terminal"]


# -- the none rule and the calibration firms ----------------------------------------------------
def test_calibration_firms_file_is_sound(cat):
    """resources/training/calibration.toml: real-style firms for the none rule, ~60 % ordinary,
    every direction present, valid segments, and none of them taken from the eval sets."""
    firms = calibration_firms()
    assert len(firms) >= 250
    assert len({f["id"] for f in firms}) == len(firms)
    nones = [f for f in firms if not f["direction"]]
    assert 0.5 <= len(nones) / len(firms) <= 0.7
    assert {f["direction"] for f in firms if f["direction"]} == set(cat.direction_codes)
    for f in firms:
        assert f["name"] and f["text"]
        if f["direction"]:
            seg = cat.segment(f["segment"])
            assert seg is not None and seg.direction == f["direction"], f["id"]
        else:
            assert not f["segment"], f["id"]
    eval_names, eval_texts = set(), set()
    for path in sorted((ROOT / "bench" / "data").glob("*.csv")):
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                eval_names.add(row["name"])
                eval_texts.add(row["text"])
    assert not {f["name"] for f in firms} & eval_names
    assert not {f["text"] for f in firms} & eval_texts


def test_none_rule_fit_weighs_each_set_once():
    """Ordinary firms whose best direction has a low probability (0.3-0.45) push the threshold
    above them even when the generated set is ten times larger; without them it stays low."""
    classes = ["", "a", "b"]

    def model() -> DirectionClassifier:
        layer = clf_mod.LinearLayer(
            np.zeros(0, np.int32), np.zeros((0, 3), np.float32), np.zeros(3, np.float32), classes
        )
        return DirectionClassifier(hasher=TrainingConfig().hasher, dir_layer=layer, seg_layers={})

    # generated: catalog texts at 0.35-0.95, nones sure of themselves (none column high)
    gen_p = [[0.05, 0.35 + 0.6 * i / 199, 0.6 - 0.6 * i / 199] for i in range(200)]
    gen_p += [[0.9, 0.05, 0.05]] * 200
    gen_truth = ["a"] * 200 + [""] * 200
    # real-style: catalog firms sure (0.9), ordinary firms with a weak direction (0.3-0.45)
    cal_p = [[0.05, 0.9, 0.05]] * 20 + [
        [0.3, 0.3 + 0.15 * i / 19, 0.4 - 0.15 * i / 19] for i in range(20)
    ]
    cal_truth = ["a"] * 20 + [""] * 20

    def alone_on_cal(rule: dict[str, float]) -> float:
        m = model()
        m.none_threshold, m.none_ratio = rule["none_threshold"], rule["none_ratio"]
        return training.in_out_f1(cal_truth, m.decide(np.array(cal_p))[0])

    gen = training._RuleSet("holdout", model(), np.array(gen_p), gen_truth)
    alone = training._fit_none_rule([gen])
    cal = training._RuleSet("calibration", model(), np.array(cal_p), cal_truth)
    both = training._fit_none_rule([gen, cal])
    assert alone["none_threshold"] <= 0.35
    assert 0.4 <= both["none_threshold"] <= 0.8
    assert both["calibration_in_out_f1"] > alone_on_cal(alone) + 0.2
    assert gen.model.none_threshold == both["none_threshold"]  # set on the models too


def test_training_uses_the_calibration_firms(cat, small_model):
    """The shipped training chooses its none rule with the calibration firms: a higher
    threshold than the generated text alone gives, recorded in the metadata."""
    metrics = small_model.meta["metrics"]
    assert metrics["calibration_firms"] == len(calibration_firms(cat))
    assert {"calibration_macro_f1", "calibration_in_out_f1", "holdout_in_out_f1"} <= set(metrics)
    without = train(cat, seed=0, config=replace(SMALL, use_calibration_firms=False))
    assert without.meta["metrics"]["calibration_firms"] == 0
    assert small_model.none_threshold > without.none_threshold
    # on the calibration firms themselves, fewer ordinary firms get a direction
    firms = calibration_firms(cat)
    texts = [calibration_text(f) for f in firms]
    ordinary = [i for i, f in enumerate(firms) if not f["direction"]]

    def called(model: DirectionClassifier) -> int:
        pred = model.predict(texts).directions
        return sum(1 for i in ordinary if pred[i])

    assert called(small_model) < called(without)
