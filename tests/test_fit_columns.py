"""Tables in the narrow firm panel of 名单与走访 share their width among the columns instead
of scrolling sideways (#18 item 2: the panel scrolled sideways at 1024×700)."""

from __future__ import annotations

import pytest

from ui.widgets.fit_columns import share_width


def test_everything_fits_and_the_last_column_takes_the_rest():
    assert share_width([50, 60, 70], 300, 20) == [50, 60, 190]


def test_wide_columns_share_what_the_narrow_ones_leave():
    widths = share_width([80, 40, 300, 200], 300, 20)
    assert sum(widths) <= 300
    assert widths[:2] == [80, 40]  # narrow columns keep their width
    assert widths[2] == widths[3] == 90  # the wide ones are capped alike


def test_kept_columns_are_cut_last():
    # Without ``keep`` the date (column 0) would be cut to the common cap.
    plain = share_width([120, 200, 200], 240, 20)
    assert plain[0] < 120
    kept = share_width([120, 200, 200], 240, 20, keep=(0,))
    assert kept == [120, 60, 60]
    # When even the kept columns cannot have their width, everything is shared.
    assert sum(share_width([200, 200, 200], 240, 20, keep=(0, 1))) <= 240


def test_never_below_the_minimum():
    assert share_width([100, 100, 100], 30, 20) == [20, 20, 20]


@pytest.mark.gui
def test_panel_tables_never_scroll_sideways(qtbot):
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    from ui.widgets.fit_columns import fit_columns

    t = QTableWidget(3, 4)
    t.setHorizontalHeaderLabels(["时间", "阶段", "经办人", "备注"])
    for r in range(3):
        for c, text in enumerate(("2026年12月7日", "洽谈中", "root", "对方关注用地指标" * 4)):
            t.setItem(r, c, QTableWidgetItem(text))
    fit_columns(t, keep=(0, 1))
    qtbot.addWidget(t)
    t.resize(260, 200)
    t.show()
    qtbot.waitExposed(t)
    qtbot.wait(20)
    hh = t.horizontalHeader()
    total = sum(hh.sectionSize(c) for c in range(4))
    assert total <= t.viewport().width()
    assert t.horizontalScrollBar().maximum() == 0
    date_width = t.fontMetrics().horizontalAdvance("2026年12月7日")
    assert hh.sectionSize(0) >= date_width  # the kept date is whole
    t.resize(900, 200)
    qtbot.wait(20)
    assert sum(hh.sectionSize(c) for c in range(4)) == t.viewport().width()  # no gap either
