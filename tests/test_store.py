"""app.store: what the desktop app asks of the database, as plain values; and the store's own
knowledge of indexes (which sort keys have one, which filters let it be walked) checked
against SQLite's plans."""

from __future__ import annotations

import dataclasses
import itertools

import pytest

from app import search
from app.store import firms as store_firms
from app.store import meta as store_meta
from app.store import outreach as store_outreach
from app.store import scores as store_scores
from app.store.firms import SORT_KEYS, FirmFilter, FirmQuery

N = 3000


@pytest.fixture(scope="module")
def fdb(tmp_path_factory):
    """3,000 mechanical firms (tests/ui_data.py): a third each in 深圳, 广州, 东莞."""
    from app.db import Database
    from tests.ui_data import make_firms

    db = Database(tmp_path_factory.mktemp("store") / "store.sqlite")
    make_firms(db, N, text=True)
    yield db
    db.close()


# Every kind of condition a firm list sets, alone and as the views combine them.
FILTERS = {
    "all": FirmFilter(),
    "short text": FirmFilter(text="测试"),
    "text": FirmFilter(text="科技有限"),
    "city": FirmFilter(city="深圳市"),
    "city and district": FirmFilter(city="东莞市", district="松山湖"),
    "direction": FirmFilter(direction="equip.robot"),
    "no direction": FirmFilter(direction=""),
    "segment candidates": FirmFilter(
        direction="equip.robot", segment="equip.robot.reducer", scored_only=True
    ),
    "min score": FirmFilter(min_score=50),
    "confirmed": FirmFilter(confirmed=True),
    "min confidence": FirmFilter(min_confidence=0.5),
    "scored": FirmFilter(scored_only=True),
    "candidates": FirmFilter(scored_only=True, catalog_only=True),
    "candidates in a city": FirmFilter(scored_only=True, catalog_only=True, city="深圳市"),
    "candidates searched": FirmFilter(scored_only=True, catalog_only=True, text="科技有限"),
    "catalog only": FirmFilter(catalog_only=True),
}


def _plan_walks(db, q: FirmQuery) -> bool:
    c = q.clause(db)
    rel = search.relation(c.columns | q.sort.columns | {"id"})
    plan = db.query(
        f"EXPLAIN QUERY PLAN SELECT id FROM {rel} WHERE {c.sql} ORDER BY {q.order} "
        "LIMIT 1 OFFSET 1",
        c.params,
    )
    details = " / ".join(str(r[-1]) for r in plan)
    return q.sort.index is not None and q.sort.index in details and "TEMP B-TREE" not in details


@pytest.mark.parametrize("name", FILTERS)
def test_walks_index_is_what_sqlite_plans(fdb, name):
    """The store's tables (SORT_KEYS, WALKABLE_WITH) say an index is walked exactly when
    SQLite's plan walks it: never a page query that sorts the whole set for every page, and
    never a full id list where a page would do."""
    wrong = []
    for key, desc in itertools.product(SORT_KEYS, (False, True)):
        q = FirmQuery(FILTERS[name], key, desc)
        if q.walks_index() != _plan_walks(fdb, q):
            wrong.append(f"{key} {'desc' if desc else 'asc'}: store says {q.walks_index()}")
    assert wrong == []


def test_sort_key_indexes_are_in_the_schema(fdb):
    """Each sort key's index exists and holds the sort's terms first, in that order."""
    for key, sk in SORT_KEYS.items():
        if sk.index is None:
            continue
        cols = [r["name"] for r in fdb.query(f"PRAGMA index_info({sk.index})")]
        assert cols[: len(sk.terms)] == list(sk.terms), key
    unfiltered = [k for k in SORT_KEYS if FirmQuery(FirmFilter(), k, False).walks_index()]
    assert set(unfiltered) == {"name", "city", "direction", "segment", "score", "stock_code"}


def test_queries_page_and_sort_like_sql(fdb):
    flt = FirmFilter(city="深圳市")
    q = FirmQuery(flt, "score", True)
    assert q.count(fdb) == N // 3
    ids = q.all_ids(fdb)
    assert len(ids) == N // 3
    assert list(q.id_page(fdb, 10, 5)) == list(ids[10:15])
    scores = {r["id"]: r["score"] for r in store_firms.rows(fdb, ["score"], list(ids))}
    ordered = [scores[i] for i in ids]
    assert ordered == sorted(ordered, reverse=True)
    names = FirmQuery(flt, "name", False).all_ids(fdb)
    rows = {r["id"]: r["name"] for r in store_firms.rows(fdb, ["name", "city"], list(names))}
    assert [rows[i] for i in names] == sorted(rows.values(), key=search.normalise_name)
    empty = FirmQuery(None, "name", False)
    assert empty.count(fdb) == 0 and len(empty.all_ids(fdb)) == 0
    assert len(empty.id_page(fdb, 0, 10)) == 0


def test_rows_are_plain_values_and_refuse_unknown_columns(fdb):
    first = FirmQuery(FirmFilter(), "name", False).id_page(fdb, 0, 3)
    rows = store_firms.rows(fdb, ["name", "score", "city"], list(first))
    assert {type(r) for r in rows} == {dict} and {r["id"] for r in rows} == set(first)
    with pytest.raises(ValueError, match="unknown"):
        store_firms.rows(fdb, ["name; DROP TABLE firms"], [1])
    assert store_firms.rows(fdb, ["name"], []) == []


def test_counts_places_and_one_firm(fdb):
    assert store_firms.count(fdb) == N
    assert dict(store_firms.cities(fdb)) == {c: N // 3 for c in ("深圳市", "广州市", "东莞市")}
    assert store_firms.count_by_city(fdb)["东莞市"] == N // 3
    assert store_firms.districts(fdb, "东莞市") == sorted(
        {r[0] for r in fdb.query("SELECT district FROM firms WHERE city = '东莞市'")}
    )
    assert store_firms.districts(fdb, "没有的城市") == []
    fid = int(fdb.scalar("SELECT MIN(id) FROM firms"))
    head = store_firms.header(fdb, fid)
    assert head is not None and head.id == fid and head.name.startswith("测试")
    row = store_firms.ranked_row(fdb, fid)
    assert row is not None and row["name"] == head.name and "score" in row
    assert store_firms.header(fdb, 10**9) is None and store_firms.ranked_row(fdb, 10**9) is None
    classified = fdb.scalar("SELECT COUNT(*) FROM firms WHERE COALESCE(direction, '') != ''")
    assert store_firms.classified_count(fdb) == classified > 0


def test_candidate_count_is_what_recommendations_lists(fdb):
    """The dashboard's 候选企业 tile and 推荐's default list are the same firms."""
    scored_in_catalog = fdb.scalar(
        "SELECT COUNT(*) FROM ranked WHERE score IS NOT NULL AND COALESCE(direction, '') != ''"
    )
    assert store_scores.candidate_count(fdb) == scored_in_catalog > 0
    assert store_scores.scored_count(fdb) > store_scores.candidate_count(fdb)
    assert FirmFilter(scored_only=True, catalog_only=True) == store_scores.CANDIDATES


def test_global_ranks_are_ranks_in_the_whole_list(fdb):
    base = store_scores.CANDIDATES
    whole = FirmQuery(base, "score", True).all_ids(fdb)
    searched = FirmQuery(dataclasses.replace(base, city="广州市"), "score", True).all_ids(fdb)
    pick = list(searched[:5])
    ranks = store_firms.global_ranks(fdb, base, pick)
    scores = {r["id"]: r["score"] for r in store_firms.rows(fdb, ["score"], list(whole))}
    for fid in pick:
        assert ranks[fid] == 1 + sum(1 for s in scores.values() if s > scores[fid])
    assert store_firms.global_ranks(fdb, base, []) == {}


def test_segments_confirmations_shortlists_and_meta(db):
    from app import review, shortlists
    from app.db import now

    with db.write():
        for i, (city, score) in enumerate((("东莞市", None), ("深圳市", 70.0), ("深圳市", 40))):
            fid = db.execute(
                "INSERT INTO firms (name, name_norm, city, direction, segment, imported_at, "
                "updated_at) VALUES (?, ?, ?, 'equip.robot', 'equip.robot.reducer', ?, ?)",
                (f"企业{i}", f"企业{i}", city, now(), now()),
            ).lastrowid
            db.execute("UPDATE scores SET score = ? WHERE firm_id = ?", (score, fid))
    assert store_scores.segment_counts(db, "equip.robot", "东莞市") == {
        "equip.robot.reducer": (1, 2)
    }
    assert store_scores.candidates_by_segment(db) == {"equip.robot.reducer": 2}
    fid = int(db.scalar("SELECT MIN(id) FROM firms"))
    assert store_scores.confirmation(db, fid) is None
    review.confirm(db, fid, "equip.robot.reducer")
    who = store_scores.confirmation(db, fid)
    assert who is not None and who.user and who.at
    assert store_outreach.shortlist_count(db) == 0
    shortlists.create(db, "松山湖走访", note="三月")
    assert store_outreach.shortlist_count(db) == 1
    assert store_outreach.shortlist_note(db, "松山湖走访") == "三月"
    assert store_outreach.shortlist_note(db, "没有") is None
    assert (store_meta.created_at(db) or "").startswith("20")


def test_directions_follow_the_catalog_in_force(db):
    """#17: a direction staff added is a filter value; a retired one is refused."""
    from app import catalog_store
    from app.errors import UserError

    code = catalog_store.add_direction(db, "equip.hydrogen", "氢能装备", "equip")
    cat = catalog_store.current(db)
    assert search.direction_value(code, cat) == code
    assert search.direction_value("氢能装备", cat) == code
    assert FirmQuery(FirmFilter(direction=code), "name", False).count(db) == 0
    with pytest.raises(UserError):
        search.direction_value(code)  # not in the shipped catalog
    catalog_store.retire_direction(db, "equip.robot")
    with pytest.raises(UserError, match="未知的产业方向"):
        search.direction_value("equip.robot", catalog_store.current(db))
    with pytest.raises(UserError, match="未知的产业方向"):
        FirmQuery(FirmFilter(direction="equip.robot"), "name", False).count(db)
    with pytest.raises(UserError, match="未知的产业方向"):
        search.search(db, "测试", direction="equip.robot")
    assert search.search(db, "测试", direction=code) == []
