"""Staff edits of the catalog's segments: add, rename, remove (app.catalog_store) and the CLI."""

from __future__ import annotations

import json

import pytest

import catalog
from app import catalog_store as cs
from app import classification, pipeline
from app.db import Database, now
from app.errors import UserError
from app.jobs import run_to_end
from scoring.training import TrainingConfig
from tests.conftest import run_cli

SMALL = TrainingConfig(docs_per_direction=80, docs_none=1600)
HAND = ("灵巧手", "仿生手指", "触觉手套", "末端执行器")


@pytest.fixture(autouse=True)
def small_training(monkeypatch):
    monkeypatch.setattr(classification, "TRAINING_CONFIG", SMALL)


def add_firm(
    db,
    name: str,
    main: str = "",
    direction: str | None = None,
    segment: str | None = None,
    confirmed: bool = False,
) -> int:
    """A firm as the classifier (or a person, ``confirmed``) left it."""
    with db.write():
        return db.execute(
            "INSERT INTO firms (name, name_norm, main_business, text_hash, imported_at, "
            "updated_at, direction, segment, confidence, direction_confirmed, classified_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (name, name, main, name, now(), now(), direction, segment, 0.9, int(confirmed), now()),
        ).lastrowid


def correct(db, fid: int, direction: str, segment: str) -> None:
    classification.record_correction(db, fid, direction, segment)


def snapshot(db) -> list:
    """Everything a refused edit must leave as it was."""
    out = []
    for table in ("catalog_edits", "audit", "firms", "corrections"):
        # order-free: PostgreSQL has no rowid
        out.append(sorted((tuple(r) for r in db.query(f"SELECT * FROM {table}")), key=repr))
    return out


def firm(db, fid: int) -> dict:
    return dict(db.execute("SELECT * FROM firms WHERE id = ?", (fid,)).fetchone())


# -- add ------------------------------------------------------------------------------------------
def test_add_segment_gets_a_new_code_and_is_audited(db):
    code = cs.add_segment(
        db, "equip.robot", " 灵巧手 ", "upstream", "missing", ["灵巧手", " 仿生手指 ", "灵巧手"]
    )
    assert code == "equip.robot.custom1"
    seg = cs.current(db).segment(code)
    assert (seg.name, seg.position, seg.strength) == ("灵巧手", "upstream", "missing")
    assert seg.keywords == ("灵巧手", "仿生手指")
    assert seg.direction == "equip.robot"
    assert cs.current(db).direction("equip.robot").segments[-1] == seg
    assert db.scalar(
        "SELECT COUNT(*) FROM audit WHERE action = 'catalog_edit' AND entity_id = ?", (code,)
    )
    # Later edits of the new segment work like those of a shipped one.
    cs.set_strength(db, code, "weak")
    cs.add_keywords(db, code, ["触觉手套"])
    seg = cs.current(db).segment(code)
    assert seg.strength == "weak" and "触觉手套" in seg.keywords


def test_codes_are_never_reused(db):
    a = cs.add_segment(db, "equip.robot", "甲", "upstream", "missing", ["甲环节词"])
    b = cs.add_segment(db, "equip.robot", "乙", "upstream", "missing", ["乙环节词"])
    assert (a, b) == ("equip.robot.custom1", "equip.robot.custom2")
    cs.remove_segment(db, b)
    c = cs.add_segment(db, "equip.robot", "乙", "upstream", "missing", ["乙环节词"])
    assert c == "equip.robot.custom3"
    assert cs.current(db).segment(b) is None
    # Per direction.
    assert cs.add_segment(db, "it.ai", "丙", "downstream", "weak", "丙词") == "it.ai.custom1"


@pytest.mark.slow  # retrains the built-in classifier for the changed catalog (~25 s)
def test_a_firm_matching_an_added_segment_lands_there_after_refresh(db):
    hand = add_firm(
        db, "深圳市灵巧智能科技有限公司", "机器人灵巧手、仿生手指和触觉手套的研发、生产和销售"
    )
    reducer = add_firm(
        db, "东莞市谐动传动有限公司", "谐波减速器、RV减速器和机器人关节模组的研发和生产"
    )
    with db.write():
        db.execute("UPDATE firms SET classified_at = NULL")
    run_to_end(pipeline.refresh(db))
    assert firm(db, hand)["segment"] != "equip.robot.custom1"
    confirmed = add_firm(
        db, "东莞市某某灵巧手有限公司", "灵巧手", "equip.robot", "equip.robot.body"
    )
    correct(db, confirmed, "equip.robot", "equip.robot.body")

    code = cs.add_segment(db, "equip.robot", "灵巧手与末端执行器", "upstream", "missing", HAND)
    # Every unconfirmed firm is pending (a new class can take any of them); confirmed ones not.
    assert firm(db, hand)["classified_at"] is None
    assert firm(db, reducer)["classified_at"] is None
    assert firm(db, confirmed)["classified_at"] is not None
    run_to_end(pipeline.refresh(db))
    assert (firm(db, hand)["direction"], firm(db, hand)["segment"]) == ("equip.robot", code)
    assert firm(db, reducer)["segment"] == "equip.robot.reducer"
    assert firm(db, confirmed)["segment"] == "equip.robot.body"  # a person said so
    # The new segment has a gap and the firm a score for it.
    from app import ranking

    assert code in {g.segment for g in ranking.compute_gaps(db)}


@pytest.mark.parametrize(
    "args, message",
    [
        (("equip.nope", "灵巧手", "upstream", "missing", HAND), "没有方向"),
        (("equip.robot", "  ", "upstream", "missing", HAND), "不能为空"),
        (("equip.robot", "谐波减速器", "upstream", "missing", HAND), "已有名为"),
        (("equip.robot", "长" * 31, "upstream", "missing", HAND), "过长"),
        (("equip.robot", "灵巧手", "up", "missing", HAND), "链条位置"),
        (("equip.robot", "灵巧手", "upstream", "good", HAND), "本地基础"),
        (("equip.robot", "灵巧手", "upstream", "missing", [" ", ""]), "关键词"),
        (("equip.robot", "灵巧手", "upstream", "missing", ["词" * 21]), "过长"),
    ],
)
def test_bad_additions_write_nothing(db, args, message):
    add_firm(db, "深圳市某公司", "减速器", "equip.robot", "equip.robot.reducer")
    name = cs.current(db).direction("equip.robot").segments[0].name
    args = (args[0], name if args[1] == "谐波减速器" else args[1], *args[2:])
    before = snapshot(db)
    with pytest.raises(UserError, match=message):
        cs.add_segment(db, *args)
    assert snapshot(db) == before


# -- rename ---------------------------------------------------------------------------------------
def test_rename_keeps_the_code_and_the_firms(db):
    fid = add_firm(db, "深圳市某公司", "减速器", "equip.robot", "equip.robot.reducer")
    cs.rename_segment(db, "equip.robot.reducer", "精密减速器")
    assert cs.current(db).segment("equip.robot.reducer").name == "精密减速器"
    assert firm(db, fid)["segment"] == "equip.robot.reducer"
    assert firm(db, fid)["classified_at"] is not None  # nothing to reclassify
    code = cs.add_segment(db, "equip.robot", "灵巧手", "upstream", "missing", HAND)
    cs.rename_segment(db, code, "灵巧手与夹爪")
    assert cs.current(db).segment(code).name == "灵巧手与夹爪"


def test_bad_renames_write_nothing(db):
    segs = cs.current(db).direction("equip.robot").segments
    before = snapshot(db)
    for code, name, message in [
        ("equip.robot.nope", "某环节", "没有产业链环节"),
        (segs[0].code, "", "不能为空"),
        (segs[0].code, segs[1].name, "已有名为"),
    ]:
        with pytest.raises(UserError, match=message):
            cs.rename_segment(db, code, name)
    cs.rename_segment(db, segs[0].code, segs[0].name)  # unchanged: nothing to record
    assert snapshot(db) == before


# -- remove ---------------------------------------------------------------------------------------
def test_remove_a_segment_without_confirmed_firms(db):
    code = "equip.laser.chip"
    free = add_firm(db, "深圳市某激光芯片公司", "半导体激光芯片", "equip.laser", code)
    other = add_firm(db, "深圳市某激光器公司", "光纤激光器", "equip.laser", "equip.laser.source")
    result = cs.remove_segment(db, code)
    assert result["reclassify"] == 1 and result["moved"] == 0
    assert cs.current(db).segment(code) is None
    assert code not in [s.code for s in cs.current(db).segments()]
    assert firm(db, free)["classified_at"] is None  # pending: the classifier decides again
    assert firm(db, other)["classified_at"] is not None
    assert db.scalar(
        "SELECT COUNT(*) FROM audit WHERE action = 'catalog_edit' AND entity_id = ?", (code,)
    )
    run_to_end(pipeline.refresh(db))
    assert firm(db, free)["segment"] != code
    assert firm(db, free)["classified_at"] is not None
    # A removed segment takes no more edits.
    with pytest.raises(UserError, match="没有产业链环节"):
        cs.set_strength(db, code, "strong")
    with pytest.raises(UserError, match="没有产业链环节"):
        cs.remove_segment(db, code)


def test_removal_with_confirmed_firms_is_refused(db):
    code = "equip.laser.chip"
    for i in range(2):
        fid = add_firm(db, f"深圳市激光芯片{i}号公司", "半导体激光芯片", "equip.laser", code)
        correct(db, fid, "equip.laser", code)
    add_firm(db, "深圳市某公司", "半导体激光芯片", "equip.laser", code)
    before = snapshot(db)
    with pytest.raises(UserError) as err:
        cs.remove_segment(db, code)
    assert "2 家企业" in err.value.message and "--move-to" in err.value.message
    assert snapshot(db) == before
    assert cs.current(db).segment(code) is not None


def test_move_to_moves_confirmed_firms_and_their_corrections(db):
    code, target = "equip.laser.chip", "equip.laser.core"
    confirmed = []
    for i in range(2):
        fid = add_firm(db, f"深圳市激光芯片{i}号公司", "半导体激光芯片", "equip.laser", code)
        correct(db, fid, "equip.laser", code)
        confirmed.append(fid)
    free = add_firm(db, "深圳市某公司", "半导体激光芯片", "equip.laser", code)
    elsewhere = add_firm(
        db, "深圳市激光设备公司", "激光切割机", "equip.laser", "equip.laser.equipment"
    )
    correct(db, elsewhere, "equip.laser", "equip.laser.equipment")
    result = cs.remove_segment(db, code, move_to=target)
    assert result == {
        "segment": code,
        "name": catalog.load_default().segment(code).name,
        "move_to": target,
        "moved": 2,
        "corrections_moved": 2,
        "reclassify": 1,
    }
    for fid in confirmed:
        row = firm(db, fid)
        assert (row["segment"], row["direction_confirmed"]) == (target, 1)
        assert db.scalar("SELECT segment FROM corrections WHERE firm_id = ?", (fid,)) == target
    assert firm(db, free)["classified_at"] is None
    assert firm(db, elsewhere)["segment"] == "equip.laser.equipment"
    assert (
        db.scalar("SELECT segment FROM corrections WHERE firm_id = ?", (elsewhere,))
        == "equip.laser.equipment"
    )
    # Retraining on the moved corrections uses the new segment (none is skipped as unknown).
    assert all(seg != code for _, _, seg in classification.corrections(db))


def test_bad_removals_write_nothing(db):
    code = "equip.laser.chip"
    fid = add_firm(db, "深圳市激光芯片公司", "半导体激光芯片", "equip.laser", code)
    correct(db, fid, "equip.laser", code)
    before = snapshot(db)
    for kwargs, message in [
        ({"move_to": "it.ai.perception"}, "同一方向"),
        ({"move_to": code}, "正在删除"),
        ({"move_to": "equip.laser.nope"}, "不在目录中"),
    ]:
        with pytest.raises(UserError, match=message):
            cs.remove_segment(db, code, **kwargs)
    with pytest.raises(UserError, match="没有产业链环节"):
        cs.remove_segment(db, "equip.laser.nope")
    assert snapshot(db) == before


def test_the_last_segment_of_a_direction_stays(db):
    first, last = (s.code for s in cs.current(db).direction("energy.renewable").segments)
    cs.remove_segment(db, first)
    before = snapshot(db)
    with pytest.raises(UserError, match="仅剩"):
        cs.remove_segment(db, last)
    assert snapshot(db) == before
    assert [s.code for s in cs.current(db).direction("energy.renewable").segments] == [last]


# -- persistence, order, orphans ------------------------------------------------------------------
def test_edits_survive_reopening(tmp_path):
    path = tmp_path / "c.sqlite"
    db = Database(path)
    code = cs.add_segment(db, "bio.device", "手术导航", "midstream", "weak", ["手术导航"])
    cs.rename_segment(db, "bio.device.parts", "核心部件")
    cs.remove_segment(db, "bio.device.home")
    expected = cs.current(db)
    db.close()
    db = Database(path)
    try:
        again = cs.current(db)
        assert again == expected
        assert again.segment(code).name == "手术导航"
        assert again.segment("bio.device.parts").name == "核心部件"
        assert again.segment("bio.device.home") is None
        assert cs.orphan_edits(db) == []
    finally:
        db.close()


def test_the_order_of_the_rows_does_not_matter(db):
    code = cs.add_segment(db, "it.ai", "大模型", "upstream", "missing", ["大模型", "预训练模型"])
    cs.set_strength(db, code, "weak")
    cs.rename_segment(db, code, "通用大模型")
    cs.remove_segment(db, "it.ai.interaction")
    rows = cs.edits(db)
    base = catalog.load_default()
    forward = cs.apply_edits(base, rows)
    assert cs.apply_edits(base, list(reversed(rows))) == forward
    seg = forward.segment(code)
    assert (seg.name, seg.strength) == ("通用大模型", "weak")


def test_orphan_edits_are_still_reported(db):
    code = cs.add_segment(db, "it.ai", "大模型", "upstream", "missing", ["大模型"])
    cs.set_strength(db, code, "weak")  # on an added segment: not an orphan
    with db.write():  # an edit of a segment a catalog upgrade dropped
        db.execute(
            "INSERT INTO catalog_edits (direction, segment, field, value, at) "
            "VALUES ('it.ai', 'it.ai.gone', 'strength', '\"strong\"', ?)",
            (now(),),
        )
    orphans = cs.orphan_edits(db)
    assert [(e["segment"], e["field"]) for e in orphans] == [("it.ai.gone", "strength")]
    assert cs.current(db).segment(code).strength == "weak"


def test_a_damaged_added_row_is_skipped(db):
    with db.write():
        db.execute(
            "INSERT INTO catalog_edits (direction, segment, field, value, at) "
            "VALUES ('it.ai', 'it.ai.custom9', 'added', '{\"name\": \"x\"}', ?)",
            (now(),),
        )
    assert cs.current(db).segment("it.ai.custom9") is None
    # Its number is used all the same.
    assert cs.add_segment(db, "it.ai", "大模型", "upstream", "missing", ["大模型"]) == (
        "it.ai.custom10"
    )


# -- CLI ------------------------------------------------------------------------------------------
def _db_with_confirmed_firm(path) -> None:
    db = Database(path)
    try:
        fid = add_firm(
            db, "深圳市激光芯片公司", "半导体激光芯片", "equip.laser", "equip.laser.chip"
        )
        correct(db, fid, "equip.laser", "equip.laser.chip")
    finally:
        db.close()


def test_cli_segment_add_rename_remove(tmp_path):
    path = str(tmp_path / "cli.sqlite")
    Database(path).close()  # an existing database: a missing --db file is refused
    r = run_cli(
        "--db", path, "catalog", "segment", "add", "equip.robot", "灵巧手",
        "--position", "上游", "--strength", "薄弱", "--keywords", "灵巧手，仿生手指", "--json",
    )  # fmt: skip
    assert r.returncode == 0, r.stderr.decode("utf-8")
    out = json.loads(r.stdout)
    assert out["code"] == "equip.robot.custom1"
    assert (out["position"], out["strength"]) == ("upstream", "weak")
    assert out["keywords"] == ["灵巧手", "仿生手指"]
    assert "已新增环节" in r.stderr.decode("utf-8")

    r = run_cli("--db", path, "catalog", "segment", "rename", out["code"], "灵巧手与夹爪", "--json")
    assert r.returncode == 0, r.stderr.decode("utf-8")
    assert json.loads(r.stdout)["name"] == "灵巧手与夹爪"

    r = run_cli("--db", path, "catalog", "show", "--json")
    segs = {s["code"]: s for d in json.loads(r.stdout)["directions"] for s in d["segments"]}
    assert segs[out["code"]]["name"] == "灵巧手与夹爪"

    r = run_cli("--db", path, "catalog", "segment", "remove", out["code"], "--json")
    assert r.returncode == 0, r.stderr.decode("utf-8")
    assert json.loads(r.stdout)["segment"] == out["code"]
    r = run_cli("--db", path, "catalog", "show", "--json")
    assert out["code"] not in r.stdout.decode("utf-8")


def test_cli_bad_input_exits_2_in_chinese(tmp_path):
    path = tmp_path / "cli.sqlite"
    _db_with_confirmed_firm(path)
    cases = [
        ("add", "equip.nope", "灵巧手", "--position", "upstream", "--keywords", "灵巧手"),
        ("add", "equip.robot", "灵巧手", "--position", "left", "--keywords", "灵巧手"),
        ("add", "equip.robot", "灵巧手", "--position", "upstream", "--keywords", "，"),
        ("rename", "equip.robot.nope", "新名"),
        ("remove", "equip.laser.chip"),
        ("remove", "equip.laser.chip", "--move-to", "it.ai.perception"),
        ("add", "equip.robot", "灵巧手"),  # --position and --keywords missing: argparse
    ]
    for case in cases:
        r = run_cli("--db", str(path), "catalog", "segment", *case)
        err = r.stderr.decode("utf-8")
        assert r.returncode == 2, (case, err)
        assert any("\u4e00" <= ch <= "\u9fff" for ch in err), (case, err)
        assert "Traceback" not in err
    r = run_cli("--db", str(path), "catalog", "segment", "remove", "equip.laser.chip")
    assert "1 家企业" in r.stderr.decode("utf-8")
    db = Database(path)
    try:
        assert db.scalar("SELECT COUNT(*) FROM catalog_edits") == 0
    finally:
        db.close()
    r = run_cli(
        "--db", str(path), "catalog", "segment", "remove", "equip.laser.chip",
        "--move-to", "equip.laser.core", "--json", "--no-refresh",
    )  # fmt: skip
    assert r.returncode == 0, r.stderr.decode("utf-8")
    assert json.loads(r.stdout)["moved"] == 1
