"""Demo data: deterministic, valid, realistic in shape, and only into an empty database."""

from __future__ import annotations

import csv
import itertools
import re
from collections import Counter
from datetime import date

import pytest

import catalog
from app import demo, uscc
from app.db import Database
from app.errors import Cancelled, UserError
from app.jobs import CancelToken, run_to_end
from tests.conftest import run_cli

TODAY = date(2026, 6, 15)


@pytest.fixture(scope="module")
def cat():
    return catalog.load_default()


@pytest.fixture(scope="module")
def rows2000():
    return list(demo.generate_rows(2000, seed=3))


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    database = Database(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    summary = run_to_end(demo.generate(database, 2000, seed=1, today=TODAY))
    yield database, summary
    database.close()


def _public(row):
    return {k: v for k, v in row.items() if not k.startswith("_")}


def test_rows_are_deterministic_for_a_seed():
    a = [_public(r) for r in demo.generate_rows(300, seed=7)]
    b = [_public(r) for r in demo.generate_rows(300, seed=7)]
    c = [_public(r) for r in demo.generate_rows(300, seed=8)]
    assert a == b
    assert a != c


def test_database_is_deterministic_for_a_seed(tmp_path):
    def dump(path):
        database = Database(path)
        run_to_end(demo.generate(database, 150, seed=4, today=TODAY))
        firms = database.query(
            "SELECT name, uscc, city, district, main_business, employees FROM firms ORDER BY id"
        )
        stages = database.query("SELECT firm_id, stage, reason FROM pipeline ORDER BY firm_id")
        visits = database.query("SELECT firm_id, date, next_date FROM visits ORDER BY id")
        database.close()
        return [tuple(r) for r in firms], [tuple(r) for r in stages], [tuple(r) for r in visits]

    assert dump(tmp_path / "a.sqlite") == dump(tmp_path / "b.sqlite")


def test_usccs_are_valid_unique_and_regional(rows2000):
    codes = [r["uscc"] for r in rows2000]
    assert len(set(codes)) == len(codes)
    for r in rows2000:
        code = r["uscc"]
        assert uscc.is_valid(code), code
        assert code.startswith("9144")
        region = code[2:8]
        if r["city"] == "深圳市":
            assert region.startswith("4403")
        elif r["city"] == "广州市":
            assert region.startswith("4401")
        else:
            assert region == "441900"


def test_names_unique_and_shaped_like_registered_names(rows2000):
    names = [r["name"] for r in rows2000]
    assert len(set(names)) == len(names)
    for r in rows2000:
        assert r["name"].endswith("公司")
        assert r["name"].startswith(r["city"].removesuffix("市"))
        assert r["short_name"] and r["short_name"] in r["name"]


def test_cities_shares_and_districts(rows2000, cat):
    by_city = Counter(r["city"] for r in rows2000)
    n = len(rows2000)
    assert 0.55 < by_city["深圳市"] / n < 0.75
    assert 0.18 < by_city["广州市"] / n < 0.32
    assert 0.06 < by_city["东莞市"] / n < 0.14
    sz = {"南山区", "福田区", "宝安区", "龙岗区", "龙华区", "光明区", "坪山区", "罗湖区", "盐田区"}
    gz = {"天河区", "黄埔区", "番禺区", "南沙区", "海珠区", "白云区", "越秀区", "花都区", "增城区"}
    for r in rows2000:
        if r["city"] == "深圳市":
            assert r["district"] in sz
            assert r["address"].startswith(f"广东省深圳市{r['district']}")
        elif r["city"] == "广州市":
            assert r["district"] in gz
        else:
            assert r["district"] == ""
            assert r["address"].startswith("广东省东莞市")


def test_every_direction_among_candidates_and_outside_firms_present(cat):
    rows = list(demo.generate_rows(400, seed=11))
    candidates = [r for r in rows if r["city"] != "东莞市"]
    assert {r["_direction"] for r in candidates if r["_direction"]} == set(cat.direction_codes)
    outside = [r for r in rows if not r["_direction"]]
    assert 0.2 < len(outside) / len(rows) < 0.42
    assert len({r["_sector"] for r in outside}) >= 10
    for r in outside:
        assert r["_sector"] and r["_segment"] == ""


def test_dongguan_firms_follow_segment_strength(rows2000, cat):
    local = Counter(r["_segment"] for r in rows2000 if r["city"] == "东莞市" and r["_segment"])
    for seg in cat.segments():
        if seg.strength == "missing":
            assert local[seg.code] == 0, seg.code
        if seg.strength == "strong":
            assert local[seg.code] >= 3, seg.code
    strong = [s.code for s in cat.segments() if s.strength == "strong"]
    weak = [s.code for s in cat.segments() if s.strength == "weak"]
    assert min(local[c] for c in strong) > max(local[c] for c in weak)


def test_business_text_comes_from_the_segment(rows2000, cat):
    for r in rows2000:
        if r["_segment"]:
            seg = cat.segment(r["_segment"])
            words = set(seg.products) | set(seg.keywords)
            text = r["main_business"] + r["business_scope"] + r["introduction"]
            assert any(w in text for w in words), r["name"]
        assert "经营" in r["business_scope"] or "一般项目" in r["business_scope"]
    # Templates and product choices vary the wording: firms rarely share their texts.
    tech = [r["main_business"] + r["business_scope"] for r in rows2000 if r["_segment"]]
    assert len(set(tech)) > 0.95 * len(tech)
    everything = [r["business_scope"] + r["introduction"] for r in rows2000]
    assert len(set(everything)) > 0.95 * len(everything)


def test_figures_are_plausible(rows2000):
    for r in rows2000:
        assert r["employees"] >= 3
        assert r["registered_capital"] > 0
        assert r["revenue"] > 0
        assert r["rd_ratio"] is None or 0 <= r["rd_ratio"] < 0.5  # a fraction, not percent
        assert -1 < r["revenue_growth"] < 3
        assert r["high_tech"] in (0, 1)
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["founded"])
        if r["listing"]:
            assert re.fullmatch(r"\d{6}\.(SZ|SH|BJ)", r["stock_code"])
            assert r["listing_date"] > r["founded"]
    listed = [r for r in rows2000 if r["listing"]]
    assert 5 < len(listed) < 300
    assert len({r["stock_code"] for r in listed}) == len(listed)


def test_generate_fills_firms_and_pipeline(demo_db):
    database, summary = demo_db
    assert database.scalar("SELECT count(*) FROM firms") == 2000 == summary["firms"]
    assert database.scalar("SELECT count(*) FROM firms WHERE source = '演示数据'") == 2000
    classified = database.scalar(
        "SELECT count(*) FROM ranked WHERE direction IS NOT NULL OR segment IS NOT NULL "
        "OR score IS NOT NULL OR confidence IS NOT NULL"
    )
    assert classified == 0
    stages = dict(database.query("SELECT stage, count(*) FROM pipeline GROUP BY stage"))
    assert set(stages) == {
        "lead",
        "contacted",
        "visited",
        "negotiating",
        "signed",
        "landed",
        "dropped",
    }
    assert stages["landed"] >= 15 and stages["dropped"] >= 15
    assert 50 <= sum(stages.values()) <= 70
    reasons = [r[0] for r in database.query("SELECT reason FROM pipeline WHERE stage='dropped'")]
    assert all(reasons)
    assert any("土地" in x for x in reasons)
    # Every pipeline firm has a history that ends in its current stage.
    for fid, stage in database.query("SELECT firm_id, stage FROM pipeline"):
        hist = database.query(
            "SELECT stage, previous FROM stage_history WHERE firm_id = ? ORDER BY at, id", (fid,)
        )
        assert hist[0]["stage"] == "lead" and hist[0]["previous"] is None
        assert hist[-1]["stage"] == stage
        assert all(b["previous"] == a["stage"] for a, b in itertools.pairwise(hist))


def test_visits_and_contacts(demo_db):
    database, summary = demo_db
    visits = database.query("SELECT * FROM visits")
    assert 35 <= len(visits) <= 50
    assert all(v["summary"] and v["requests"] and v["pressure"] and v["next_step"] for v in visits)
    open_next = [v for v in visits if not v["next_done"]]
    assert any(v["next_date"] < TODAY.isoformat() for v in open_next)  # overdue
    assert any(v["next_date"] > TODAY.isoformat() for v in open_next)  # upcoming
    assert all(v["date"] < TODAY.isoformat() for v in visits)
    contacts = database.query("SELECT * FROM contacts")
    assert 55 <= len(contacts) <= 80
    for c in contacts:
        assert re.fullmatch(r"1\d\d-0000-\d{4}", c["phone"]), c["phone"]
        assert re.fullmatch(r"[a-z]+\.[a-z]+\d+@example\.(com|org|net)", c["email"]), c["email"]
    assert summary["visits"] == len(visits) and summary["contacts"] == len(contacts)


def test_landed_skew_towards_larger_high_tech_firms(tmp_path):
    """A propensity model must find signal: landed firms are larger and more often high-tech."""
    larger = high_tech = 0
    for seed in (1, 2, 3):
        database = Database(tmp_path / f"p{seed}.sqlite")
        run_to_end(demo.generate(database, 900, seed=seed, today=TODAY))
        q = (
            "SELECT avg(ln(f.employees)), avg(f.high_tech) FROM pipeline p "
            "JOIN firms f ON f.id = p.firm_id WHERE p.stage = ?"
        )
        try:
            landed = database.execute(q, ("landed",)).fetchone()
            dropped = database.execute(q, ("dropped",)).fetchone()
        except Exception:  # SQLite without math functions
            pytest.skip("SQLite built without ln()")
        larger += landed[0] > dropped[0]
        high_tech += landed[1] >= dropped[1]
        database.close()
    assert larger >= 2 and high_tech >= 2


def test_fts_index_and_trigger_intact_after_bulk_load(demo_db, tmp_path):
    database, _ = demo_db
    # The loader builds the table's indexes at the end: the same set as a fresh database.
    fresh = Database(tmp_path / "fresh.sqlite")
    schema = "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'firms' ORDER BY name"
    assert [tuple(r) for r in database.query(schema)] == [tuple(r) for r in fresh.query(schema)]
    fresh.close()
    database.execute("INSERT INTO firms_fts(firms_fts) VALUES ('integrity-check')")
    assert (
        database.scalar(
            "SELECT count(*) FROM sqlite_master WHERE type='trigger' AND name LIKE 'firms_fts_%'"
        )
        == 3
    )
    word = database.scalar("SELECT substr(name, 4, 4) FROM firms WHERE id = 17")
    hits = database.scalar("SELECT count(*) FROM firms_fts WHERE firms_fts MATCH ?", (f'"{word}"',))
    assert hits >= 1
    assert database.scalar("SELECT v FROM firms_fts_config WHERE k = 'hashsize'") in (
        None,
        1024 * 1024,
    )


def test_refuses_a_database_with_firms(demo_db):
    database, _ = demo_db
    with pytest.raises(UserError, match="已有 2000 家企业"):
        run_to_end(demo.generate(database, 10))
    assert database.scalar("SELECT count(*) FROM firms") == 2000


def test_bad_counts_are_user_errors(db):
    for bad in (0, -5, demo.MAX_FIRMS + 1):
        with pytest.raises(UserError):
            run_to_end(demo.generate(db, bad))


def test_cancel_leaves_the_database_empty(db, monkeypatch):
    monkeypatch.setattr(demo, "_CHUNK", 100)
    token = CancelToken()
    job = demo.generate(db, 1000, seed=2, cancel=token)
    next(job)
    next(job)  # first batch written
    token.cancel()
    with pytest.raises(Cancelled):
        run_to_end(job)
    assert db.scalar("SELECT count(*) FROM firms") == 0
    assert db.scalar("SELECT count(*) FROM pipeline") == 0
    if db.is_postgres:
        triggers = db.scalar("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal")
    else:
        triggers = db.scalar("SELECT count(*) FROM sqlite_master WHERE type='trigger'")
    assert triggers >= 3  # the ones dropped for the bulk load are back
    run_to_end(demo.generate(db, 30, seed=2))  # and it still works afterwards
    assert db.scalar("SELECT count(*) FROM firms") == 30


def test_write_csv_registry_style(tmp_path):
    path = tmp_path / "firms.csv"
    size = demo.write_csv(path, 300, seed=5)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == list(demo.CSV_HEADERS)
    assert len(rows) == 301
    assert 300 < size / 300 < 800  # about 500 bytes a row, like a registry export
    first = dict(zip(rows[0], rows[1], strict=True))
    assert uscc.is_valid(first["统一社会信用代码"])
    assert re.fullmatch(r"[\d.]+(万元人民币|万美元|亿元人民币)", first["注册资本"])


def test_write_csv_reads_back_through_the_importer(tmp_path, db):
    from app import importing

    path = tmp_path / "firms.csv"
    demo.write_csv(path, 200, seed=6)
    report = run_to_end(importing.import_firms(db, path, source="测试"))
    assert report.read == 200 and report.added == 200 and report.rejected == 0
    row = db.execute("SELECT * FROM firms ORDER BY id LIMIT 1").fetchone()
    expected = next(demo.generate_rows(1, seed=6))
    assert row["name"] == expected["name"] and row["uscc"] == expected["uscc"]
    assert row["employees"] == expected["employees"]


def test_cli_demo_then_refuses(tmp_path):
    path = tmp_path / "cli.sqlite"
    first = run_cli("--db", str(path), "demo", "--firms", "60", "--seed", "2")
    assert first.returncode == 0, first.stderr.decode()
    assert "已生成演示数据" in first.stderr.decode()
    second = run_cli("--db", str(path), "demo", "--firms", "60")
    assert second.returncode == 2
    assert "空数据库" in second.stderr.decode()
    bad = run_cli("--db", str(tmp_path / "other.sqlite"), "demo", "--firms", "0")
    assert bad.returncode == 2
