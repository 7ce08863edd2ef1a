"""Staff revise the catalog's directions for the next plan: add, rename, retire (issue #17)."""

from __future__ import annotations

import json

import pytest

from app import catalog_store as cs
from app import classification, pipeline, review
from app.db import Database
from app.errors import UserError
from app.jobs import run_to_end
from catalog import codes
from tests.conftest import run_cli
from tests.test_catalog_edit import SMALL, add_firm, firm


@pytest.fixture(autouse=True)
def small_training(monkeypatch):
    monkeypatch.setattr(classification, "TRAINING_CONFIG", SMALL)


def test_add_rename_retire_a_direction_audited(db):
    code = cs.add_direction(db, "it.quantum", "量子信息", "it", keywords=["量子通信", "量子计算"])
    cat = cs.current(db)
    d = cat.direction(code)
    assert d is not None and d.domain == "it" and not d.key
    assert [s.code for s in d.segments] == ["it.quantum.general"]
    assert "量子通信" in d.segments[0].keywords
    cs.rename_direction(db, code, "量子科技")
    assert cs.current(db).direction(code).name == "量子科技"
    cs.rename_direction(db, "bio.health", "大健康产业")  # a plan direction keeps its code
    assert cs.current(db).direction("bio.health").name == "大健康产业"
    cs.retire_direction(db, code)
    assert cs.current(db).direction(code) is None
    rows = db.query("SELECT entity_id FROM audit WHERE entity = 'direction'")
    assert [r[0] for r in rows].count(code) == 3  # added, renamed, retired
    # the plan's codes are fixed and a retired code is never reused
    with pytest.raises(UserError, match="已被使用过"):
        cs.add_direction(db, "it.quantum", "量子信息", "it")
    with pytest.raises(UserError, match="已被使用过"):
        cs.add_direction(db, "it.ai", "人工智能", "it")
    with pytest.raises(UserError, match="方向代码应为"):
        cs.add_direction(db, "bio.Quantum", "量子", "bio")
    with pytest.raises(UserError, match="已有名为"):
        cs.add_direction(db, "it.other", "智能终端", "it")


def test_retiring_a_direction_sends_its_firms_to_review(db):
    confirmed = add_firm(db, "东莞市某保健食品有限公司", "保健食品", "bio.health_food",
                         "bio.health_food.functional", confirmed=True)  # fmt: skip
    guessed = add_firm(db, "东莞市某营养品有限公司", "营养补充剂", "bio.health_food")
    other = add_firm(db, "东莞市某电池有限公司", "锂电池", "energy.battery", confirmed=True)
    result = cs.retire_direction(db, "bio.health_food")
    assert result["firms"] == 2 and result["unconfirmed"] == 1
    for fid in (confirmed, guessed):
        f = firm(db, fid)
        assert f["direction_confirmed"] == 0 and f["classified_at"] is None
    assert firm(db, other)["direction_confirmed"] == 1
    cat = cs.current(db)
    assert cat.direction("bio.health_food") is None
    assert "bio.health_food" not in {c for b in cat.belts for c in b.directions}
    # the classes follow the catalog in force: the firms land in the directions left, unconfirmed
    run_to_end(pipeline.refresh(db))
    for fid in (confirmed, guessed):
        f = firm(db, fid)
        assert f["direction"] != "bio.health_food" and f["classified_at"] is not None
        assert f["direction_confirmed"] == 0
    # all of them reach the review queue, however sure the model is, and say why
    queued = {item.firm_id: item for item in review.queue(db, limit=1000)}
    assert {confirmed, guessed} <= set(queued) and other not in queued
    for fid in (confirmed, guessed):
        item = queued[fid]
        assert "retired" in item.reasons and item.retired_direction == "bio.health_food"
        # the retired code keeps the name it had, for the queue's reason
        assert item.names["bio.health_food"] == result["name"]
        assert item.to_json()["retired_direction"] == "bio.health_food"
    # confirming a direction for the firm clears the flag; the other stays queued
    review.confirm(db, confirmed, "bio.pharma")
    queued = {item.firm_id for item in review.queue(db, limit=1000)}
    assert confirmed not in queued and guessed in queued
    assert db.scalar("SELECT COUNT(*) FROM review_flags WHERE firm_id = ?", (confirmed,)) == 0


def test_retired_firms_are_queued_even_when_the_model_is_sure(db, monkeypatch, capsys):
    from scoring import confidence

    fid = add_firm(db, "东莞市某营养品有限公司", "营养补充剂", "bio.health_food")
    cs.retire_direction(db, "bio.health_food")
    run_to_end(pipeline.refresh(db))
    # the model's new call counts as sure: only the retirement can queue the firm
    db.execute("UPDATE firms SET confidence = 0.999 WHERE id = ?", (fid,))
    monkeypatch.setattr(confidence, "HIGH", 0.99)
    items = {it.firm_id: it for it in review.queue(db, limit=1000)}
    assert fid in items and "unsure" not in items[fid].reasons
    assert items[fid].reasons[-1] == "retired" and items[fid].p_wrong >= review.LABEL_DOUBT
    # in this process, whose small training setup the model above was trained with (a
    # subprocess would train the full model for the edited catalog first: half a minute)
    from cli.main import main

    capsys.readouterr()
    assert main(["--db", str(db.target), "review", "--limit", "1000"]) == 0
    assert "方向已停用（原为" in capsys.readouterr().out


def test_cli_direction_commands_and_show_json(tmp_path):
    db = str(tmp_path / "c.sqlite")
    Database(db).close()  # an existing database: a missing --db file is refused

    def cli(*args: str):
        r = run_cli("--db", db, "catalog", *args)
        return r.returncode, r.stdout.decode("utf-8"), r.stderr.decode("utf-8")

    code, out, err = cli("direction", "add", "energy.hydrogen", "氢能", "--domain", "energy",
                         "--keywords", "氢燃料,制氢", "--no-refresh", "--json")  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["segments"] == ["energy.hydrogen.general"]
    code, out, _ = cli("direction", "rename", "energy.hydrogen", "氢能源")
    assert code == 0
    code, out, _ = cli("show", "--json")
    data = json.loads(out)
    names = {d["code"]: d["name"] for d in data["directions"]}
    assert names["energy.hydrogen"] == "氢能源" and len(names) == len(codes.DIRECTIONS) + 1
    code, out, _ = cli("direction", "retire", "energy.hydrogen", "--no-refresh", "--json")
    assert code == 0 and json.loads(out)["direction"] == "energy.hydrogen"
    code, _, err = cli("direction", "add", "energy.hydrogen", "氢", "--domain", "energy",
                       "--no-refresh")  # fmt: skip
    assert code != 0 and "已被使用过" in err
