"""The classifier in the app: classifying firms, staff corrections, retraining, fallbacks, CLI."""

from __future__ import annotations

import codecs
import csv
import json
import shutil

import pytest

import catalog
from app import classification, paths
from app.db import now
from app.errors import Cancelled, UserError
from app.jobs import CancelToken, run_to_end
from scoring.training import TrainingConfig
from tests.conftest import run_cli

SMALL = TrainingConfig(docs_per_direction=80, docs_none=1600)

FIRMS = [
    ("东莞市谐动传动有限公司", "谐波减速器、RV减速器和机器人关节模组的研发、生产和销售"),
    ("深圳南山农村商业银行股份有限公司", "吸收公众存款；发放短期、中期和长期贷款；办理国内外结算"),
    ("深圳市锂源电池有限公司", "聚合物锂离子电池、动力电池电芯和电池管理系统"),
    ("东莞市金地置业有限公司", "房地产开发经营；物业管理；房屋租赁"),
    ("广州康检诊断技术有限公司", "化学发光免疫分析仪、全自动生化分析仪及体外诊断试剂"),
    ("广州速达物流有限公司", "道路普通货物运输；仓储服务；国际货运代理"),
]


@pytest.fixture(autouse=True)
def small_training(monkeypatch):
    """Train the small configuration in-process (the CLI subprocess uses the real one)."""
    monkeypatch.setattr(classification, "TRAINING_CONFIG", SMALL)


@pytest.fixture(scope="session")
def default_model_folder(tmp_path_factory):
    """The built-in model with the shipped configuration, trained once, as saved files."""
    saved = classification.TRAINING_CONFIG
    classification.TRAINING_CONFIG = None
    paths.override(home=tmp_path_factory.mktemp("cli-home"))
    try:
        model = classification.builtin_model()
        key = classification._builtin_key(catalog.load_default(), classification.BUILTIN_SEED)
        folder = paths.models_dir() / f"builtin-{key}"
        if not (folder / "model.json").exists():
            model.save(folder)
        return folder
    finally:
        paths.override(home=None)
        classification.TRAINING_CONFIG = saved


def _install(folder) -> None:
    """Copy the trained built-in model into this test's data folder (for a subprocess)."""
    shutil.copytree(folder, paths.models_dir() / folder.name, dirs_exist_ok=True)


def add_firms(db, firms=FIRMS) -> list[int]:
    ids = []
    with db.write():
        for i, (name, main) in enumerate(firms):
            cur = db.execute(
                "INSERT INTO firms (name, name_norm, main_business, text_hash, imported_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                (name, name, main, f"h{i}", now(), now()),
            )
            ids.append(cur.lastrowid)
    return ids


def firm(db, fid: int) -> dict:
    return dict(db.execute("SELECT * FROM firms WHERE id = ?", (fid,)).fetchone())


# -- classifying ----------------------------------------------------------------------------------
def test_classify_pending_writes_results_and_keeps_confirmed(db):
    ids = add_firms(db)
    with db.write():  # staff confirmed the lithium firm as pharma earlier (odd, but theirs)
        db.execute(
            "UPDATE firms SET direction = 'bio.pharma', segment = NULL, direction_confirmed = 1, "
            "confidence = 1.0 WHERE id = ?",
            (ids[2],),
        )
    progress = []
    n = run_to_end(classification.classify_pending(db, batch=4), progress.append)
    assert n == len(FIRMS)
    assert progress[-1].done == progress[-1].total == len(FIRMS)
    rows = {fid: firm(db, fid) for fid in ids}
    assert all(r["classified_at"] and r["model_version"] for r in rows.values())
    assert rows[ids[0]]["direction"] == "equip.robot"
    assert rows[ids[0]]["segment"].startswith("equip.robot.")
    assert rows[ids[1]]["direction"] == "" and rows[ids[1]]["segment"] is None
    assert rows[ids[2]]["direction"] == "bio.pharma"  # confirmed: untouched
    assert rows[ids[2]]["confidence"] == 1.0
    assert rows[ids[4]]["direction"] == "bio.device"
    for r in rows.values():
        assert 0.0 <= r["confidence"] <= 1.0
    assert run_to_end(classification.classify_pending(db)) == 0  # nothing pending any more


def test_cancel_leaves_each_firm_classified_or_pending(db):
    add_firms(db)
    token = CancelToken()
    job = classification.classify_pending(db, batch=2, cancel=token)
    first = next(job)  # "正在分类 6 家企业"
    assert first.total == len(FIRMS)
    after_batch = next(job)
    assert after_batch.done == 2
    token.cancel()
    with pytest.raises(Cancelled):
        next(job)
    assert db.scalar("SELECT COUNT(*) FROM firms WHERE classified_at IS NOT NULL") == 2
    assert db.scalar("SELECT COUNT(*) FROM firms WHERE classified_at IS NULL") == 4


def test_reclassify_all_keeps_confirmed(db):
    ids = add_firms(db)
    run_to_end(classification.classify_pending(db))
    classification.record_correction(db, ids[5], "it.iot", "it.iot.applications")
    n = run_to_end(classification.reclassify_all(db))
    assert n == len(FIRMS)
    assert firm(db, ids[5])["direction"] == "it.iot"
    assert firm(db, ids[5])["direction_confirmed"] == 1


# -- corrections ----------------------------------------------------------------------------------
def test_record_correction_confirm_and_correct(db):
    ids = add_firms(db)
    run_to_end(classification.classify_pending(db))
    ok = classification.record_correction(db, ids[0], "equip.robot", "equip.robot.reducer")
    assert ok["kind"] == "confirm"
    fix = classification.record_correction(db, ids[3], "energy.renewable", None)
    assert fix["kind"] == "correct"
    none = classification.record_correction(db, ids[1], "", None)
    assert none["kind"] == "confirm"
    rows = {r["firm_id"]: dict(r) for r in db.query("SELECT * FROM corrections")}
    assert rows[ids[0]]["segment"] == "equip.robot.reducer"
    assert (
        rows[ids[3]]["previous_direction"] == "" and rows[ids[3]]["direction"] == "energy.renewable"
    )
    f = firm(db, ids[3])
    assert (f["direction"], f["direction_confirmed"], f["confidence"]) == (
        "energy.renewable",
        1,
        1.0,
    )
    actions = [r["action"] for r in db.query("SELECT action FROM audit WHERE entity = 'firm'")]
    assert actions.count("confirm") == 2 and actions.count("correct") == 1
    # correcting again replaces the earlier correction
    classification.record_correction(db, ids[3], "", None)
    assert db.scalar("SELECT COUNT(*) FROM corrections WHERE firm_id = ?", (ids[3],)) == 1


@pytest.mark.parametrize(
    ("direction", "segment", "word"),
    [
        ("no.such", None, "不在产业目录"),
        ("equip.robot", "it.ai.perception", "不属于"),
        ("equip.robot", "equip.robot.nothing", "不在产业目录"),
        ("", "equip.robot.reducer", "不能指定"),
    ],
)
def test_record_correction_rejects_bad_codes(db, direction, segment, word):
    ids = add_firms(db)
    with pytest.raises(UserError) as info:
        classification.record_correction(db, ids[0], direction, segment)
    assert word in info.value.message
    assert db.scalar("SELECT COUNT(*) FROM corrections") == 0
    assert firm(db, ids[0])["direction_confirmed"] == 0


def test_record_correction_unknown_firm(db):
    with pytest.raises(UserError, match="找不到"):
        classification.record_correction(db, 999, "equip.robot", None)


# -- retraining -----------------------------------------------------------------------------------
ECIG = [
    ("深圳市雾源科技有限公司", "电子烟雾化器的研发与生产"),
    ("深圳市芯雾电子有限公司", "主营电子雾化器、雾化芯及烟弹"),
    ("东莞市云烟实业有限公司", "一次性电子烟和换弹式电子烟雾化设备制造"),
    ("深圳市雾芯技术有限公司", "电子雾化设备及雾化芯组件的设计与生产"),
    ("深圳市陶芯科技有限公司", "公司主要产品为电子烟雾化器和陶瓷雾化芯"),
    ("东莞市烟雨电子有限公司", "雾化电子烟整机及配件生产销售"),
    ("深圳市远雾科技有限公司", "电子雾化器研发、制造，产品销往欧美"),
    ("深圳市雾联科技有限公司", "主营电子烟及雾化芯，为海外品牌代工"),
]


def test_retrain_learns_from_corrections(db):
    ids = add_firms(db, ECIG)
    probe_id = add_firms(db, [("深圳市云雾科技有限公司", "陶瓷雾化芯及电子烟雾化器的生产销售")])[0]
    run_to_end(classification.classify_pending(db))
    assert firm(db, probe_id)["direction"] != "bio.health_food"
    for fid in ids:
        classification.record_correction(db, fid, "bio.health_food", "bio.health_food.products")
    model = classification.retrain(db)
    ref = db.get_setting(classification.SETTING)
    assert (paths.models_dir() / ref["folder"] / "model.json").exists()
    assert ref["version"] == model.version_id
    assert model.meta["training"]["corrections"] == len(ECIG)
    assert (
        model.meta["metrics"]["corrections"]["after"]
        >= model.meta["metrics"]["corrections"]["before"]
    )
    # unconfirmed firms are pending again, confirmed ones keep their classification
    assert firm(db, probe_id)["classified_at"] is None
    assert firm(db, ids[0])["direction"] == "bio.health_food"
    run_to_end(classification.classify_pending(db))
    assert firm(db, probe_id)["direction"] == "bio.health_food"
    loaded, warning = classification.load_model(db)
    assert warning is None and loaded.version_id == model.version_id
    assert db.scalar("SELECT COUNT(*) FROM audit WHERE action = 'retrain'") == 1


def test_retrain_with_a_segment_the_catalog_lost(db):
    ids = add_firms(db)
    with db.write():
        db.execute(
            "INSERT INTO corrections (firm_id, direction, segment, user, at) VALUES (?, ?, ?, ?, ?)",
            (ids[0], "equip.robot", "equip.robot.removed_by_staff", "t", now()),
        )
    model = classification.retrain(db)
    assert model.meta["training"]["corrections_skipped"] == {"unknown_segment": 1}
    run_to_end(classification.classify_pending(db))
    known = {s.code for s in catalog.load_default().segments()}
    segs = {r[0] for r in db.query("SELECT segment FROM firms WHERE segment IS NOT NULL")}
    assert segs <= known


def test_load_model_falls_back_with_a_chinese_warning(db):
    add_firms(db)
    classification.retrain(db)
    folder = paths.models_dir() / db.get_setting(classification.SETTING)["folder"]
    (folder / "model.npz").write_bytes(b"not a model")
    loaded = classification.load_model(db)
    model, warning = loaded
    assert warning is not None and "内置模型" in warning
    assert model.meta["kind"] == "builtin"
    assert hasattr(loaded, "explain")  # the pair also behaves as the model itself
    # classifying still works, with the built-in model
    progress = []
    run_to_end(classification.classify_pending(db), progress.append)
    assert any("内置模型" in p.message for p in progress)


def test_catalog_edit_after_retrain_falls_back(db):
    from app import catalog_store

    add_firms(db)
    classification.retrain(db)
    catalog_store.add_keywords(db, "equip.robot.reducer", ["摆线减速机"])
    model, warning = classification.load_model(db)
    assert warning is not None and "目录" in warning
    assert model.meta["kind"] == "builtin"


def test_retrain_and_classify_db_commands(db, capsys):
    from cli.main import main

    add_firms(db)
    db.close()
    assert main(["--db", str(db.target), "classify-db", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["classified"] == len(FIRMS)
    assert sum(out["by_direction"].values()) == len(FIRMS)
    assert main(["--db", str(db.target), "retrain", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {"version", "catalog_version", "trained_at", "seed", "training", "metrics"} <= set(out)
    assert main(["--db", str(db.target), "retrain"]) == 0
    assert "macro-F1" in capsys.readouterr().out


# -- chainfill classify IN --out OUT ----------------------------------------------------------------
def _write(path, rows, encoding="utf-8"):
    with path.open("w", encoding=encoding, newline="") as fh:
        csv.writer(fh).writerows(rows)


def test_classify_cli_round_trip(tmp_path, default_model_folder):
    _install(default_model_folder)
    src = tmp_path / "firms.csv"
    rows = [
        ["编号", "企业名称", "主营业务", "备注", "城市"],
        ["1", "东莞市谐动传动有限公司", "谐波减速器、RV减速器", "重点", "东莞"],
        ["2", "深圳南山农村商业银行股份有限公司", "吸收公众存款、发放贷款", "", "深圳"],
        ["3", "深圳市某某有限公司", "", "没有文字", "深圳"],
        ["4", "ABC Ltd", "Software development and consulting", "英文", ""],
        ["5", "广州某某有限公司", "技术开发；技术咨询；货物进出口", "套话", "广州"],
    ]
    _write(src, rows, encoding="gbk")  # the importer's readers detect GBK
    out = tmp_path / "out.csv"
    r = run_cli("classify", str(src), "--out", str(out))
    assert r.returncode == 0, r.stderr.decode("utf-8", "replace")
    raw = out.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    got = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert got[0] == [*rows[0], "direction", "segment", "confidence"]
    assert [g[:5] for g in got[1:]] == rows[1:]  # every input column copied unchanged
    result = {g[0]: (g[5], g[6], float(g[7])) for g in got[1:]}
    assert result["1"][0] == "equip.robot" and result["1"][1].startswith("equip.robot.")
    assert result["2"][0] == ""
    for key in ("3", "4", "5"):
        assert result[key][0] == "" and result[key][2] < 0.5
    assert "已分类 5 家企业" in r.stderr.decode("utf-8")


@pytest.mark.parametrize("case", ["no_text_columns", "empty", "missing"])
def test_classify_cli_bad_input(tmp_path, case):
    src = tmp_path / "in.csv"
    if case == "no_text_columns":
        _write(src, [["统一社会信用代码", "注册资本"], ["91440300MA5XXXXX1X", "100"]])
    elif case == "empty":
        src.write_bytes(b"")
    out = tmp_path / "out.csv"
    r = run_cli("classify", str(src), "--out", str(out))
    assert r.returncode == 2
    err = r.stderr.decode("utf-8")
    assert err.startswith("错误：")
    assert not out.exists()
    assert not list(tmp_path.glob("out.csv*"))  # no temporary file left behind


def test_old_builtin_models_are_pruned(tmp_path):
    import os

    for i in range(5):
        d = tmp_path / f"builtin-{i}"
        d.mkdir()
        os.utime(d, (1_000_000 + i, 1_000_000 + i))
    (tmp_path / "retrained-x").mkdir()
    classification._prune(tmp_path, "builtin-", keep=3)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == ["builtin-2", "builtin-3", "builtin-4", "retrained-x"]
