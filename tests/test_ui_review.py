"""待确认 (ui/views/review.py): keys confirm and correct several rows; retraining is offered."""

from __future__ import annotations

import pytest

from app import classification, review
from tests.test_review import LABELS, SMALL, add

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def view(qtbot, db, monkeypatch):
    from tests.ui_data import app_context
    from ui import workers
    from ui.views.review import ReviewView

    monkeypatch.setattr(classification, "TRAINING_CONFIG", SMALL)
    monkeypatch.setattr(review, "expected_directions", LABELS.get)
    ids = [
        add(db, "深圳市甲科技有限公司", conf=0.45, gap_fit=0.5),
        add(db, "深圳市乙科技有限公司", conf=0.55, gap_fit=0.4),
        add(db, "深圳市丙科技有限公司", conf=0.6, gap_fit=0.3),
        add(db, "深圳市丁银行", conf=0.95, industry="银行", gap_fit=0.05),
    ]
    with app_context(db.target) as ctx:
        v = ReviewView(ctx)
        v.ids = ids
        qtbot.addWidget(v)
        v.resize(1024 - 200, 700 - 60)
        v.show()
        v.activate()
        wait(qtbot, v)
        yield v
        workers.wait_idle(20000)
        v.close()


def wait(qtbot, v) -> None:
    from ui import workers

    qtbot.waitUntil(lambda: workers.wait_idle(100) and not v.busy(), timeout=60000)


def firm(db, fid):
    return db.execute(
        "SELECT direction, segment, direction_confirmed FROM firms WHERE id = ?", (fid,)
    ).fetchone()


def select(v, firms) -> None:
    """Select the rows of these firm ids (the order of the rows depends on the model)."""
    from PySide6.QtCore import QItemSelectionModel

    sm = v.table.selectionModel()
    sm.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    rows = {v.model.item(r).firm_id: r for r in range(v.model.rowCount())}
    for fid in firms:
        sm.select(v.model.index(rows[fid], 0), flags)


def test_keys_confirm_and_correct_several_rows_then_retrain(qtbot, view, db):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    v = view
    assert v.model.rowCount() == 4
    impacts = [v.model.item(r).impact for r in range(4)]
    assert impacts == sorted(impacts, reverse=True)  # by expected ranking impact
    assert not v.retrain_bar.isVisible()

    select(v, v.ids[:2])
    QTest.keyClick(v.table, Qt.Key.Key_Space)
    wait(qtbot, v)
    for fid in v.ids[:2]:
        assert tuple(firm(db, fid)) == ("it.ai", None, 1)
        assert v.model.done[fid]
    assert v.retrain_bar.isVisible() and v.retrain_btn.isVisible()
    assert "2" in v.retrain_text.text()

    select(v, [v.ids[2]])
    QTest.keyClick(v.table, Qt.Key.Key_N)
    wait(qtbot, v)
    assert tuple(firm(db, v.ids[2])) == ("", None, 1)

    select(v, [v.ids[3]])  # the bank: its suggestion is "outside the catalog"
    QTest.keyClick(v.table, Qt.Key.Key_A)
    wait(qtbot, v)
    assert tuple(firm(db, v.ids[3])) == ("", None, 1)

    select(v, [v.ids[0]])  # pick another direction from the menu
    v._fill_directions(v.other_menu)
    (act,) = [a for a in v.other_menu.actions() if "energy.battery" in a.text()]
    act.trigger()
    wait(qtbot, v)
    assert tuple(firm(db, v.ids[0])) == ("energy.battery", None, 1)
    assert db.scalar("SELECT COUNT(*) FROM corrections") == 4

    qtbot.mouseClick(v.retrain_btn, Qt.MouseButton.LeftButton)
    wait(qtbot, v)
    assert not v.retrain_btn.isVisible()
    assert "%" in v.retrain_text.text()  # the measured agreement before/after
    assert db.get_setting(classification.SETTING)
    assert v.model.rowCount() == 0 or all(
        v.model.item(r).firm_id not in v.ids for r in range(v.model.rowCount())
    )


def test_fits_a_small_window(view):
    hint = view.minimumSizeHint()
    assert hint.width() <= 1024 - 200 and hint.height() <= 700 - 60
    # nothing scrolls sideways at that size
    assert not view.table.horizontalScrollBar().isVisible()


def test_wide_window_shows_the_firm_panel(qtbot, view):
    assert not view.detail.isVisible()  # 1024-pixel window: the table has the width
    view.resize(2560 - 200, 1440 - 60)
    qtbot.waitUntil(view.detail.isVisible, timeout=5000)
    wait(qtbot, view)
    current = view.model.item(view.table.currentIndex().row())
    assert view.detail.firm_id == current.firm_id
    view.table.selectRow(1)
    assert view.detail.firm_id == view.model.item(1).firm_id
    wait(qtbot, view)
