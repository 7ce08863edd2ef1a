"""The firm table model at 100,000 rows: counted in SQL, fetched lazily, sorted and filtered in SQL."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui

N = 100_000


@pytest.fixture(scope="module")
def big_db_path(target_factory):
    from app.db import Database
    from tests.ui_data import make_firms

    path = target_factory("big")  # a file, or on the server
    db = Database(path)
    make_firms(db, N, text=False)
    db.close()
    return path


@pytest.fixture
def ctx(qapp, big_db_path):
    from ui.context import AppContext

    c = AppContext(big_db_path)
    yield c
    from ui import workers

    workers.wait_idle(10000)
    c.close()


def loaded(qtbot, model, action):
    with qtbot.waitSignal(model.loaded, timeout=20000):
        action()


def test_counts_and_fetches_lazily(qtbot, ctx):
    from PySide6.QtWidgets import QTableView

    from ui.models.firm_table import ID_PAGE, ROW_BLOCK, FirmTableModel
    from ui.views.firms import setup_table

    model = FirmTableModel(ctx)
    loaded(qtbot, model, model.reload)
    assert model.rowCount() == N
    assert model._all_ids is None, "an index-backed sort must not load every id"
    view = QTableView()
    setup_table(view)
    view.setModel(model)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    for row in (0, 500, 20_000, 55_555, N - 1):
        view.scrollTo(model.index(row, 0))
        qtbot.wait(5)
        assert model.data(model.index(row, 0)) == ctx.db.scalar(
            "SELECT name FROM firms WHERE id = ?", (model.firm_id(row),)
        )
    # Five places visited: a couple of blocks each, nowhere near the 100,000 rows.
    assert model.rows_fetched <= 5 * 3 * ROW_BLOCK
    assert model.id_queries <= 5 * 2
    assert len(model._id_pages) * ID_PAGE < N


def test_sorting_happens_in_sql(qtbot, ctx):
    from PySide6.QtCore import Qt

    from ui.models.firm_table import FirmTableModel

    model = FirmTableModel(ctx)
    loaded(qtbot, model, model.reload)
    cols = [c.key for c in model.columns]
    best = ctx.db.scalar("SELECT MAX(score) FROM scores")
    assert model.row_data(0)["score"] == best

    loaded(qtbot, model, lambda: model.sort(cols.index("name"), Qt.SortOrder.AscendingOrder))
    first = ctx.db.scalar("SELECT name FROM firms ORDER BY name_norm, id LIMIT 1")
    assert model.data(model.index(0, cols.index("name"))) == first

    # No index on capital: the whole id list is built once, in a worker.
    loaded(
        qtbot,
        model,
        lambda: model.sort(cols.index("registered_capital"), Qt.SortOrder.DescendingOrder),
    )
    assert model._all_ids is not None and len(model._all_ids) == N
    top = ctx.db.scalar("SELECT MAX(registered_capital) FROM firms")
    assert model.row_data(0)["registered_capital"] == top
    last = ctx.db.scalar("SELECT MIN(registered_capital) FROM firms")
    assert model.row_data(N - 1)["registered_capital"] == last


def test_filtering_happens_in_sql(qtbot, ctx):
    from app.store.firms import FirmFilter
    from ui.models.firm_table import FirmTableModel

    model = FirmTableModel(ctx)
    loaded(qtbot, model, lambda: model.set_filter(FirmFilter(city="深圳市")))
    assert model.rowCount() == N // 3
    assert {model.row_data(r)["city"] for r in range(0, 50)} == {"深圳市"}
    loaded(qtbot, model, lambda: model.set_filter(FirmFilter(city="东莞市", district="松山湖")))
    expected = ctx.db.scalar(
        "SELECT COUNT(*) FROM firms WHERE city = '东莞市' AND district = '松山湖'"
    )
    assert model.rowCount() == expected > 0
    loaded(qtbot, model, lambda: model.set_filter(None))
    assert model.rowCount() == 0
    assert model.firm_id(0) is None


def test_a_newer_filter_wins(qtbot, ctx):
    """Typing fast: only the last filter's rows are shown, whatever order the workers finish."""
    from app.store.firms import FirmFilter
    from ui import workers
    from ui.models.firm_table import FirmTableModel

    model = FirmTableModel(ctx)
    model.set_filter(FirmFilter(city="深圳市"))
    model.set_filter(FirmFilter(city="广州市"))
    loaded(qtbot, model, lambda: model.set_filter(FirmFilter(city="东莞市")))
    workers.wait_idle(10000)
    assert model.rowCount() == N // 3
    assert model.row_data(0)["city"] == "东莞市"
