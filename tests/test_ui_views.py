"""Every view of the main window builds and shows the data of a small demo database."""

from __future__ import annotations

import pytest

from tests.ui_data import GUI_MARKS, demo_window_fixtures, settled_view

pytestmark = GUI_MARKS

DEMO_FIRMS = 300


demo_path, window = demo_window_fixtures(DEMO_FIRMS)


def test_navigation_lists_the_registered_views(window):
    from ui import views

    keys = [window.nav.item(i).data(0x0100) for i in range(window.nav.count())]
    assert keys == [s.key for s in views.all_views()]
    assert keys[:4] == ["dashboard", "catalog", "firms", "candidates"]
    assert keys[-1] == "settings"
    assert "Firms" in window.count_label.text() or "企业" in window.count_label.text()
    assert f"{DEMO_FIRMS:,}" in window.count_label.text()


def test_dashboard_shows_targets_pipeline_and_gaps(window):
    import catalog
    from app.db import Database

    view = settled_view(window, "dashboard")
    assert view.targets.rowCount() == len(catalog.load_default().targets) == 11
    assert view.targets.item(0, 0).text() == "新一代信息技术产业产值"
    assert view.k_total.value.text() == f"{DEMO_FIRMS:,}"
    with Database(window.ctx.db.target, migrate=False) as db:
        in_pipeline = db.scalar("SELECT COUNT(*) FROM pipeline")
    assert sum(v for _l, v, _c, _t in view.pipeline_chart.items) == in_pipeline > 0
    assert view.gaps.rowCount() > 0
    assert view.describe()
    projects = window.ctx.db.scalar("SELECT COUNT(*) FROM projects")
    if view.projects_card is not None and projects:
        assert sum(v for _l, v, _c, _t in view.grade_chart.items) == projects


def test_catalog_chain_map_and_segment_candidates(window, qtbot):
    from PySide6.QtCore import Qt

    view = settled_view(window, "catalog")
    cat = window.ctx.catalog()
    directions = [
        view.tree.topLevelItem(i).child(j).data(0, Qt.ItemDataRole.UserRole)
        for i in range(view.tree.topLevelItemCount())
        for j in range(view.tree.topLevelItem(i).childCount())
    ]
    assert directions == [
        d.code for dom in cat.domains for d in cat.directions if d.domain == dom.code
    ]
    assert len(directions) == 21
    robot = cat.direction("equip.robot")
    view.show_direction("equip.robot")
    from ui import workers

    workers.wait_idle(20000)
    assert [b.code for b in view.chain.boxes] == [s.code for s in robot.segments]
    target = robot.segments[-1]
    rect = view.chain.box_rect(target.code)
    assert rect is not None
    qtbot.mouseClick(view.chain, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    workers.wait_idle(20000)
    assert view.segment_code == target.code
    assert view.seg_name.text() == target.name
    assert view.keywords.count() == len(target.keywords)
    # The candidates listed are exactly the scored firms of that segment.
    expected = window.ctx.db.scalar(
        "SELECT COUNT(*) FROM ranked WHERE segment = ? AND score IS NOT NULL", (target.code,)
    )
    assert view.cand_model.rowCount() == expected


def test_catalog_strength_edit_is_saved_and_audited(window):
    from app import catalog_store
    from ui import workers

    view = settled_view(window, "catalog")
    seg = window.ctx.catalog().direction("equip.laser").segments[0]
    view.show_direction("equip.laser")
    view.select_segment(seg.code)
    new = "strong" if seg.strength != "strong" else "weak"
    view.strength.setCurrentIndex(view.strength.findData(new))
    view._save_strength()
    assert workers.wait_idle(60000)
    assert catalog_store.current(window.ctx.db).segment(seg.code).strength == new
    audit = window.ctx.db.scalar(
        "SELECT COUNT(*) FROM audit WHERE action = 'catalog_edit' AND entity_id = ?", (seg.code,)
    )
    assert audit >= 1


def test_firms_view_lists_filters_and_shows_details(window, qtbot):
    view = settled_view(window, "firms")
    assert view.model.rowCount() == DEMO_FIRMS
    assert view.detail.firm_id == view.model.firm_id(0)
    assert view.detail.name.text() == view.model.row_data(0)["name"]
    shenzhen = window.ctx.db.scalar("SELECT COUNT(*) FROM firms WHERE city = '深圳市'")
    with qtbot.waitSignal(view.model.loaded, timeout=20000):
        view.filters.city.setCurrentIndex(view.filters.city.findData("深圳市"))
    assert view.model.rowCount() == shenzhen
    assert "深圳市" in view.filters.count.text() or f"{shenzhen:,}" in view.filters.count.text()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.focus_search()
    assert view.filters.search.hasFocus()


def test_firms_view_hides_low_confidence_calls(window, qtbot):
    view = settled_view(window, "firms")

    def sure(pct):
        return window.ctx.db.scalar(
            "SELECT COUNT(*) FROM firms WHERE confidence >= ? OR direction_confirmed = 1",
            (pct / 100,),
        )

    # A cut that hides some firms but not all (the demo's confidences are mostly high).
    pct = next(p for p in (50, 70, 90, 95, 99, 100) if 0 < sure(p) < DEMO_FIRMS)
    with qtbot.waitSignal(view.model.loaded, timeout=20000):
        view.filters.min_confidence.setValue(pct)
    assert view.model.rowCount() == sure(pct)
    assert view.filters.min_confidence.text().endswith(f" {pct}%")
    with qtbot.waitSignal(view.model.loaded, timeout=20000):
        view.filters.reset()
    assert view.filters.min_confidence.value() == 0
    assert view.model.rowCount() == DEMO_FIRMS


def test_firms_view_search_as_you_type(window, qtbot):
    view = settled_view(window, "firms")
    name = window.ctx.db.scalar("SELECT name FROM firms ORDER BY id LIMIT 1")
    with qtbot.waitSignal(view.model.loaded, timeout=20000):
        # Typed one character at a time (QTest cannot type Chinese): only the debounced
        # last text is searched.
        for ch in name:
            view.filters.search.insert(ch)
    assert 1 <= view.model.rowCount() < DEMO_FIRMS
    names = {view.model.row_data(r)["name"] for r in range(view.model.rowCount())}
    assert name in names


def test_firms_view_confirm_classification(window, qtbot):
    from ui import workers

    view = settled_view(window, "firms")
    fid = view.detail.firm_id
    view.detail._confirm()
    assert workers.wait_idle(30000)
    assert window.ctx.db.scalar("SELECT direction_confirmed FROM firms WHERE id = ?", (fid,)) == 1


def test_candidates_view_ranks_and_explains(window):
    view = settled_view(window, "candidates")
    n = window.ctx.db.scalar(
        "SELECT COUNT(*) FROM ranked WHERE score IS NOT NULL AND COALESCE(direction, '') != ''"
    )
    assert view.catalog_only.isChecked()  # firms outside the catalog are one click away
    assert view.model.rowCount() == n > 0
    scores = [view.model.row_data(r)["score"] for r in range(min(20, n))]
    assert scores == sorted(scores, reverse=True)
    assert view.model.data(view.model.index(0, 0)) == "1"
    assert view.detail.firm_id == view.model.firm_id(0)
    text = view.detail.explain.toPlainText()
    assert view.model.row_data(0)["name"] in text, text
    html = view.list_html(10)
    assert view.model.row_data(0)["name"] in html
    # Within a search, 排名 stays the firm's rank in the whole list, not its row number.
    third = view.model.row_data(2)
    view.filters.search.setText(third["name"])
    view.filters._emit()
    view = settled_view(window, "candidates")
    assert view.model.rowCount() >= 1
    row = next(r for r in range(view.model.rowCount()) if view.model.firm_id(r) == third["id"])
    assert view.model.data(view.model.index(row, 0)) == "3"
    view.filters.search.setText("")
    view.filters._emit()
    view.catalog_only.setChecked(False)
    view = settled_view(window, "candidates")
    everyone = window.ctx.db.scalar("SELECT COUNT(*) FROM ranked WHERE score IS NOT NULL")
    assert view.model.rowCount() == everyone
    view.catalog_only.setChecked(True)


def test_weights_change_reranks_in_a_worker(window):
    from app import ranking
    from ui import workers

    view = settled_view(window, "candidates")
    before = dict(window.ctx.db.query("SELECT id, score FROM ranked WHERE score IS NOT NULL"))
    view.weights.spins["gap_fit"].setValue(0)
    view.weights.spins["capability"].setValue(100)
    view.weights.spins["propensity"].setValue(0)
    view.weights.apply()
    assert workers.wait_idle(60000)
    w = ranking.get_weights(window.ctx.db)
    assert w.capability == pytest.approx(1.0)
    assert w.gap_fit == 0 and w.propensity == 0
    after = dict(window.ctx.db.query("SELECT id, score FROM ranked WHERE score IS NOT NULL"))
    assert after.keys() == before.keys()
    assert sum(1 for k in after if after[k] != pytest.approx(before[k])) > len(after) // 2
    assert not ranking.is_stale(window.ctx.db)
    # The list on screen was reloaded in the new order.
    assert view.model.row_data(0)["score"] == max(after.values())


@pytest.mark.sqlite_only(
    "the settings view lists the file's backup series; a team database's backups are pg_dump's"
)
def test_settings_view_backup_now_lists_the_backup(window):
    from app import backup
    from ui import workers

    view = settled_view(window, "settings")
    assert view.weights.spins["gap_fit"].value() > 0
    before = len(backup.list_backups(window.ctx.db))
    view._backup_now()
    assert workers.wait_idle(30000)
    workers.wait_idle(5000)
    assert len(backup.list_backups(window.ctx.db)) == before + 1
    assert view.backups.rowCount() == before + 1


def test_language_choice_is_remembered(window):
    from app import settings as app_settings

    view = settled_view(window, "settings")
    view.language.setCurrentIndex(view.language.findData("en"))
    assert app_settings.load().language == "en"
    assert view.restart_btn.isVisibleTo(view)
    view.language.setCurrentIndex(view.language.findData("zh_CN"))
    assert app_settings.load().language == "zh_CN"


def test_window_geometry_is_remembered(window):
    from app import settings as app_settings

    window.resize(1200, 800)
    window.save_state()
    saved = app_settings.load()
    assert saved.window_geometry
    assert saved.last_view == window.current_key


def test_shortcuts_switch_views(window, qtbot):
    from PySide6.QtCore import Qt

    from ui import workers

    def press(key) -> None:
        # The offscreen platform drops window activation when views change; a real
        # desktop keeps it. Shortcuts need an active window.
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=5000)
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        workers.wait_idle(20000)

    press(Qt.Key.Key_3)
    assert window.current_key == window.specs[2].key
    press(Qt.Key.Key_1)
    assert window.current_key == "dashboard"
    press(Qt.Key.Key_4)
    assert window.current_key == window.specs[3].key


def test_explanation_waits_for_the_score_tab(window):
    view = settled_view(window, "firms")
    detail = view.detail
    assert detail.tabs.currentIndex() == 0
    assert detail._explained is None, "nothing is worked out for a tab nobody looks at"
    detail.tabs.setCurrentWidget(detail.score_tab)
    view = settled_view(window, "firms")
    assert detail._explained == detail.firm_id
    assert detail.row["name"] in detail.explain.toPlainText()


def test_firm_detail_shows_both_amounts():
    from app import fx
    from ui.widgets.firm_detail import format_field

    row = {"registered_capital": 746.0, "currency": "USD"}
    row["_capital_fx"] = fx.describe(746.0, "USD", fx.Rates())
    text = format_field("registered_capital", 746.0, row)
    assert "746 万美元" in text and "万元人民币" in text
