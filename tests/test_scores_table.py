"""Scores in their own narrow table: the v2 migration, the one-row-per-firm invariant, and the
relation a firm query runs on."""

import pytest

from app import migrations, search
from app.db import Database, now


def _v1_file(path) -> None:
    """A database as version 1 left it, with one scored and one unscored firm."""
    db = Database(path, migrate=False)
    with db.write():
        migrations.MIGRATIONS[0](db)
        db.execute("PRAGMA user_version = 1")
        db.execute(
            "INSERT INTO firms (name, name_norm, city, score, gap_fit, capability, propensity, "
            "imported_at, updated_at) VALUES ('甲科技', '甲科技', '深圳市', 71.5, 0.8, 0.6, 0.4, ?, ?)",
            (now(), now()),
        )
        db.execute(
            "INSERT INTO firms (name, name_norm, city, capability, imported_at, updated_at) "
            "VALUES ('乙制造', '乙制造', '东莞市', 0.3, ?, ?)",
            (now(), now()),
        )
    db.close()


def test_v2_moves_scores_out_of_firms(tmp_path):
    path = tmp_path / "v1.sqlite"
    _v1_file(path)
    db = Database(path)
    assert db.version == migrations.SCHEMA_VERSION >= 2
    cols = {r[1] for r in db.query("PRAGMA table_info(firms)")}
    assert not cols & {"score", "gap_fit", "capability", "propensity"}
    rows = db.query("SELECT name, score, gap_fit, capability, propensity FROM ranked ORDER BY id")
    assert [tuple(r) for r in rows] == [
        ("甲科技", 71.5, 0.8, 0.6, 0.4),
        ("乙制造", None, None, 0.3, None),
    ]
    assert db.scalar("PRAGMA integrity_check") == "ok"
    assert db.scalar("PRAGMA foreign_key_check") is None
    db.close()


def test_every_firm_has_exactly_one_scores_row(db):
    with db.write():
        for i in range(3):
            db.execute(
                "INSERT INTO firms (name, name_norm, imported_at, updated_at) VALUES (?, ?, ?, ?)",
                (f"企业{i}", f"企业{i}", now(), now()),
            )
    assert db.scalar("SELECT COUNT(*) FROM scores") == 3
    assert db.scalar("SELECT COUNT(*) FROM ranked") == 3
    first = db.scalar("SELECT MIN(id) FROM firms")
    with db.write():
        db.execute("DELETE FROM firms WHERE id = ?", (first,))
    assert db.scalar("SELECT COUNT(*) FROM scores") == 2
    assert db.scalar("SELECT COUNT(*) FROM scores WHERE firm_id = ?", (first,)) == 0


def test_relation_is_the_narrowest_that_has_the_columns():
    assert search.relation({"id", "score", "firm_id"}) == "scored"
    assert search.relation({"id", "city", "name_norm"}) == "firms"
    assert search.relation({"id", "city", "score"}) == "ranked"
    assert search.relation(set()) == "scored"
    clause = search.firm_clause(city="深圳市", min_score=60)
    assert clause.relation == "ranked"
    assert search.firm_clause(min_score=60).relation == "scored"
    assert search.firm_clause("汇川技术").relation == "scored"  # text: a subquery on the id
    assert search.firm_clause(city="深圳", confirmed=True).relation == "firms"
    with pytest.raises(ValueError, match="no_such"):
        search.relation({"id", "no_such"})


def _columns(db, relation: str) -> set[str]:
    if db.is_postgres:
        return {
            r[0]
            for r in db.query(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND table_name = ?",
                (relation,),
            )
        }
    return {r[1] for r in db.query(f"PRAGMA table_info({relation})")}


def test_relation_columns_are_the_schema(db):
    """The lists search.relation decides by are the relations' real columns."""
    for rel, listed in search.RELATION_COLUMNS.items():
        actual = _columns(db, rel)
        # Other migrations may add firm columns; every listed column must exist, and the
        # score columns are exactly those of the scores table.
        assert listed <= actual, (rel, listed - actual)
    scores = _columns(db, "scored")
    assert scores == search.SCORED_COLUMNS
    assert not (search.FIRMS_COLUMNS & search.SCORED_COLUMNS) - {"id"}


@pytest.mark.sqlite_only("SQLite's query plan")
def test_score_sort_walks_the_score_index(db):
    from app import search as s

    rel = s.relation({"id", "score", "firm_id"})
    plan = " ".join(
        str(r[-1])
        for r in db.query(
            f"EXPLAIN QUERY PLAN SELECT id FROM {rel} ORDER BY score DESC, firm_id ASC LIMIT 5"
        )
    )
    assert "scores_score" in plan and "TEMP B-TREE" not in plan and "firms" not in plan


def test_min_confidence_filter_keeps_sure_and_confirmed_calls(db):
    with db.write():
        for name, conf, confirmed in (("甲", 0.3, 0), ("乙", 0.8, 0), ("丙", 0.2, 1)):
            db.execute(
                "INSERT INTO firms (name, name_norm, confidence, direction_confirmed, "
                "imported_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                (name, name, conf, confirmed, now(), now()),
            )
    where, params = search.firm_filter(min_confidence=0.5)
    names = {r[0] for r in db.query(f"SELECT name FROM firms WHERE {where}", params)}
    assert names == {"乙", "丙"}
    assert search.count(db, where, params) == 2
