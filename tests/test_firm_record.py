"""The one definition of the firm record's columns matches the schema the migrations build."""

from app import firm_record
from app.db import Database


def _columns(db: Database, table: str) -> list[str]:
    return [r[1] for r in db.execute(f"PRAGMA table_info({table})")]


def test_every_listed_column_is_a_column_of_firms(tmp_path):
    db = Database(tmp_path / "t.sqlite")
    firms = set(_columns(db, "firms"))
    for group in (
        firm_record.FIELDS,
        firm_record.BOOKKEEPING,
        firm_record.STAMPS,
        firm_record.CLASSIFICATION,
    ):
        assert set(group) <= firms, set(group) - firms
    db.close()


def test_search_text_is_the_search_index_in_its_order(tmp_path):
    db = Database(tmp_path / "t.sqlite")
    assert tuple(_columns(db, "firms_fts")) == firm_record.SEARCH_TEXT
    db.close()


def test_the_demo_and_the_importer_write_the_same_fields():
    from app import demo
    from app.importing import engine

    assert set(firm_record.FIELDS) <= set(demo._ROW_COLUMNS)
    assert engine.UPDATE_COLUMNS[: len(firm_record.FIELDS)] == tuple(firm_record.FIELDS)
