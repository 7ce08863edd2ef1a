"""The CLI contract of score, gaps, explain, weights and propensity (design.md §5)."""

from __future__ import annotations

import json

import pytest

from tests import conftest
from tests.test_ranking import SCORE_FIELDS, add_firm, first_segment, uscc_for


@pytest.fixture
def run_cli(_isolated_paths):
    """The CLI in this test's home, where the built-in model is already (conftest)."""

    def run(*args: str):
        return conftest.run_cli(*args, env={"CHAINFILL_HOME": str(_isolated_paths)})

    return run


@pytest.fixture
def small_db(tmp_path):
    """A few candidates in Shenzhen and Guangzhou, local firms in Dongguan, one other city."""
    from app.db import Database

    path = tmp_path / "small.sqlite"
    db = Database(path)
    segs = [first_segment(d) for d in ("equip.robot", "energy.battery", "bio.device")]
    for i in range(12):
        add_firm(
            db,
            name=f"候选企业{i}有限公司",
            uscc=uscc_for(1000 + i),
            city="深圳市" if i % 2 else "广州市",
            district="宝安区" if i % 2 else "黄埔区",
            segment=segs[i % 3] if i % 4 else None,
            revenue=1000.0 * (i + 1),
            employees=20 * (i + 1),
        )
    for i in range(4):
        add_firm(db, name=f"东莞企业{i}有限公司", city="东莞市", segment=segs[0], employees=500)
    add_firm(db, name="佛山企业有限公司", city="佛山市", segment=segs[1])
    db.close()
    return path


def _json(proc):
    assert proc.returncode == 0, proc.stderr.decode()
    return json.loads(proc.stdout)


def test_score_json_shape_and_refresh(small_db, run_cli):
    rows = _json(run_cli("--db", str(small_db), "score", "--top", "5", "--json"))
    assert len(rows) == 5
    for r in rows:
        assert set(r) >= SCORE_FIELDS
        assert r["city"] in ("深圳市", "广州市")
        assert 0 <= r["score"] <= 100
        assert isinstance(r["why"], str) and r["why"]
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)
    everything = _json(run_cli("--db", str(small_db), "score", "--top", "100", "--json"))
    assert len(everything) == 12  # every candidate, no Dongguan or Foshan firm


def test_score_human_table_is_chinese(small_db, run_cli):
    proc = run_cli("--db", str(small_db), "score", "--top", "3")
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode()
    assert "得分" in out and "理由" in out and "候选企业" in out
    assert len(out.strip().splitlines()) == 5  # header, rule, three firms


def test_gaps_json_sorted_with_local_evidence(small_db, run_cli):
    gaps = _json(run_cli("--db", str(small_db), "gaps", "--json"))
    assert gaps and all(
        {"direction", "segment", "strength", "local_firms", "gap"} <= set(g) for g in gaps
    )
    assert [g["gap"] for g in gaps] == sorted((g["gap"] for g in gaps), reverse=True)
    robot = next(g for g in gaps if g["segment"] == first_segment("equip.robot"))
    assert robot["local_firms"] == 4 and robot["large_firms"] == 4
    assert {g["strength"] for g in gaps} <= {"missing", "weak", "present", "strong"}


def test_explain_by_uscc_and_unknown_firm(small_db, run_cli):
    proc = run_cli("--db", str(small_db), "explain", uscc_for(1001))
    assert proc.returncode == 0, proc.stderr.decode()
    text = proc.stdout.decode()
    assert "候选企业1有限公司" in text and "综合评分" in text and "企业实力" in text
    # Policy language first; the arithmetic is one flag away.
    assert "权重" not in text and "编号 400" not in text.split("\n", 1)[1]
    detail = run_cli("--db", str(small_db), "explain", uscc_for(1001), "--detail")
    assert "计算明细" in detail.stdout.decode() and "权重" in detail.stdout.decode()
    data = _json(run_cli("--db", str(small_db), "explain", "候选企业1有限公司", "--json"))
    assert data["name"] == "候选企业1有限公司" and data["text"] and data["why"]
    assert data["summary"] == data["text"] and "补链契合度" in data["detail"]
    bad = run_cli("--db", str(small_db), "explain", "不存在的企业")
    assert bad.returncode == 2
    assert "找不到企业" in bad.stderr.decode()


def test_weights_show_set_and_refuse(small_db, run_cli):
    shown = _json(run_cli("--db", str(small_db), "weights", "--json"))
    assert shown["gap_fit"] == 0.5 and shown["capability"] == 0.3 and shown["propensity"] == 0.2
    bad = run_cli("--db", str(small_db), "weights", "--capability", "-1")
    assert bad.returncode == 2 and "不能为负数" in bad.stderr.decode()
    zero = run_cli(
        "--db", str(small_db), "weights", "--gap-fit", "0", "--capability", "0", "--propensity", "0"
    )
    assert zero.returncode == 2 and "全为 0" in zero.stderr.decode()
    assert _json(run_cli("--db", str(small_db), "weights", "--json"))["capability"] == 0.3
    new = _json(run_cli("--db", str(small_db), "weights", "--capability", "1", "--json"))
    assert new["capability"] == 1.0 and new["normalised"]["capability"] == pytest.approx(1 / 1.7)


def test_propensity_train_with_no_outcomes_keeps_the_prior(small_db, run_cli):
    data = _json(run_cli("--db", str(small_db), "propensity", "train", "--json"))
    assert data["status"] == "prior" and data["landed"] == 0
    assert data["rescore"]["candidates"] == 12


def test_score_on_a_demo_database(tmp_path, run_cli):
    db = str(tmp_path / "demo.sqlite")
    made = run_cli("--db", db, "demo", "--firms", "300")
    assert made.returncode == 0, made.stderr.decode()
    rows = _json(run_cli("--db", db, "score", "--top", "30", "--json"))
    assert 0 < len(rows) <= 30
    assert all(set(r) >= SCORE_FIELDS and r["city"] in ("深圳市", "广州市") for r in rows)
    gaps = _json(run_cli("--db", db, "gaps", "--json"))
    import catalog

    assert len(gaps) == len(catalog.load_default().segments())
    # The best candidates fill a catalog gap.
    assert all(r["direction"] for r in rows[:10])
    assert sum(g["local_firms"] for g in gaps) > 0
