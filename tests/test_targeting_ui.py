"""Targeting in the desktop app (#16): the profile column and line, the list filter, the
strategy beside the weights, the 名录与关联 tab, 以商引商 and recording a signal."""

from __future__ import annotations

import pytest

from tests.ui_data import GUI_MARKS, demo_window_fixtures, settled_view

pytestmark = GUI_MARKS

DEMO_FIRMS = 300


demo_path, window = demo_window_fixtures(DEMO_FIRMS)


def candidates(window):
    return settled_view(window, "candidates")


def select(view, fid: int) -> None:
    from ui import workers

    view.show_filter(firm=fid)
    assert workers.wait_idle(30000)
    view.detail.set_firm(fid)
    assert workers.wait_idle(30000)


def richest_candidate(db) -> int:
    """A ranked firm with the most of: a list, a signal, a link to a Dongguan firm."""
    fid = db.scalar(
        "SELECT r.id FROM ranked AS r WHERE r.score IS NOT NULL AND COALESCE(r.direction, '') != '' "
        # CASE: PostgreSQL does not add booleans
        "ORDER BY (CASE WHEN EXISTS (SELECT 1 FROM firm_flags WHERE firm_id = r.id) THEN 1 ELSE 0 END"
        " + CASE WHEN EXISTS (SELECT 1 FROM firm_signals WHERE firm_id = r.id) THEN 1 ELSE 0 END"
        " + CASE WHEN EXISTS (SELECT 1 FROM firm_links AS l JOIN firms AS p ON p.id = l.partner_id "
        "WHERE l.firm_id = r.id AND p.city = '东莞市') THEN 1 ELSE 0 END) DESC, r.score DESC LIMIT 1"
    )
    assert fid is not None
    return int(fid)


def test_profile_line_tab_and_column_show_lists_signals_and_links(window):
    from app.targeting import flags, links, signals

    db = window.ctx.db
    view = candidates(window)
    fid = richest_candidate(db)
    select(view, fid)
    fl, sg, lk = flags.of_firm(db, fid), signals.of_firm(db, fid), links.of_firm(db, fid)
    assert fl and lk, "the demo gives its firms lists and links"
    panel = view.detail.targeting
    # The line under the name: every list, and the Dongguan firm it can be brought in through.
    line = panel.headline.toolTip()
    assert not panel.headline.isHidden()
    for f in fl:
        assert f["name"] in line
    assert any(x["partner"] in line for x in lk), line
    assert [s for s in sg if s["weight"] >= 0.01][:1] == [] or sg[0]["kind"] in line
    # The tab: one row per signal and link, the lists named.
    assert panel.signals.rowCount() == len(sg)
    assert panel.links.rowCount() == len(lk)
    assert panel.links.item(0, 1).text().startswith(lk[0]["partner"])
    assert all(f["name"] in panel.flags_label.text() for f in fl)
    assert panel.anchor_btn.isEnabled()
    # The 名录·动向 column of the list holds the short form of the firm's list.
    col = [c.key for c in view.model.columns].index("profile")
    row = view.model.row_for_id(fid)
    assert row is not None
    text = view.model.data(view.model.index(row, col))
    assert any(w in text for w, _ in flags.TIERS if w in fl[0]["name"]) or fl[0]["name"] in text


def test_firm_without_targeting_facts_says_so(window):
    db = window.ctx.db
    view = candidates(window)
    fid = db.scalar(
        "SELECT r.id FROM ranked AS r WHERE r.score IS NOT NULL AND COALESCE(r.direction, '') != '' "
        "AND NOT EXISTS (SELECT 1 FROM firm_flags WHERE firm_id = r.id) "
        "AND NOT EXISTS (SELECT 1 FROM firm_signals WHERE firm_id = r.id) "
        "AND NOT EXISTS (SELECT 1 FROM firm_links WHERE firm_id = r.id OR partner_id = r.id) "
        "ORDER BY r.score DESC LIMIT 1"
    )
    select(view, fid)
    panel = view.detail.targeting
    assert panel.headline.isHidden()
    assert panel.signals.isHidden() and panel.links.isHidden()
    assert not panel.anchor_btn.isEnabled()
    col = [c.key for c in view.model.columns].index("profile")
    row = view.model.row_for_id(fid)
    assert row is not None
    assert not any(ch in view.model.data(view.model.index(row, col)) for ch in "小专瞪扩以")


def test_list_filter_keeps_only_firms_on_the_chosen_list(window):
    from ui import workers

    db = window.ctx.db
    view = candidates(window)
    everyone = view.model.rowCount()
    box = view.flag_filter
    names = [box.itemData(i) for i in range(box.count())]
    assert names[0] == "" and len(names) > 3  # all, any list, then each list
    name = box.itemData(3)
    box.setCurrentIndex(3)
    assert workers.wait_idle(30000)
    view = candidates(window)
    expected = db.scalar(
        "SELECT COUNT(*) FROM ranked WHERE score IS NOT NULL AND COALESCE(direction, '') != '' "
        "AND id IN (SELECT firm_id FROM firm_flags WHERE flag = ?)",
        (name,),
    )
    assert 0 < view.model.rowCount() == expected < everyone
    on_list = {r[0] for r in db.query("SELECT firm_id FROM firm_flags WHERE flag = ?", (name,))}
    assert {view.model.firm_id(r) for r in range(view.model.rowCount())} <= on_list
    # 排名 stays the rank in the whole list, not the row number of the filtered one.
    ranks = [int(view.model.data(view.model.index(r, 0))) for r in range(view.model.rowCount())]
    assert ranks == sorted(ranks) and ranks[-1] > len(ranks)
    box.setCurrentIndex(0)
    assert workers.wait_idle(30000)
    assert candidates(window).model.rowCount() == everyone


def test_choosing_a_strategy_puts_its_weights_in_force_and_reranks(window):
    from app import ranking
    from app.targeting import strategies
    from ui import workers

    db = window.ctx.db
    view = candidates(window)
    before = dict(db.query("SELECT id, score FROM ranked WHERE score IS NOT NULL"))
    combo = view.strategy.combo
    assert [combo.itemData(i) for i in range(combo.count())] == list(strategies.STRATEGIES)
    combo.setCurrentIndex(combo.findData(strategies.STRENGTHEN))
    assert workers.wait_idle(60000)
    view = candidates(window)
    assert strategies.current(db) == strategies.STRENGTHEN
    w = ranking.get_weights(db).to_json()
    assert w == pytest.approx(strategies.STRATEGIES[strategies.STRENGTHEN].weights)
    # The sliders show the strategy's weights, and the list was re-ranked by them.
    assert view.weights.spins["capability"].value() == 45
    after = dict(db.query("SELECT id, score FROM ranked WHERE score IS NOT NULL"))
    assert sum(1 for k in after if after[k] != pytest.approx(before[k])) > len(after) // 2
    assert not ranking.is_stale(db)
    assert view.model.row_data(0)["score"] == max(after.values())
    assert strategies.STRENGTHEN in view.strategy.toolTip()
    # Weights changed now are saved under 强链: choosing 补链 and back restores them.
    view.weights.spins["propensity"].setValue(40)
    view.weights.apply()
    assert workers.wait_idle(60000)
    mine = ranking.get_weights(db).to_json()
    assert mine != pytest.approx(w)
    combo.setCurrentIndex(combo.findData(strategies.FILL))
    assert workers.wait_idle(60000)
    assert candidates(window).weights.spins["gap_fit"].value() == 50
    combo.setCurrentIndex(combo.findData(strategies.STRENGTHEN))
    assert workers.wait_idle(60000)
    assert ranking.get_weights(db).to_json() == pytest.approx(mine)


def test_anchor_dialog_lists_the_suppliers_first(window, qtbot):
    from app.targeting import links
    from ui import workers
    from ui.widgets.targeting import AnchorDialog

    db = window.ctx.db
    anchor = db.scalar(
        "SELECT l.partner_id FROM firm_links AS l JOIN firms AS a ON a.id = l.partner_id "
        "WHERE a.city = '东莞市' AND l.relation = 'supplier' GROUP BY l.partner_id "
        "ORDER BY COUNT(*) DESC LIMIT 1"
    )
    dlg = AnchorDialog(window.ctx, anchor, window)
    qtbot.addWidget(dlg)
    assert workers.wait_idle(30000)
    rels = [dlg.table.item(r, 0).text() for r in range(dlg.table.rowCount())]
    suppliers = [x["partner_id"] for x in links.partners(db, anchor, "supplier") if x["partner_id"]]
    assert rels and rels[0] == "供应商"
    assert rels == sorted(rels, key=lambda r: r != "供应商")  # suppliers, then the rest
    names = {db.scalar("SELECT name FROM firms WHERE id = ?", (i,)) for i in suppliers}
    assert {dlg.table.item(r, 2).text() for r, x in enumerate(rels) if x == "供应商"} <= names
    assert db.scalar("SELECT name FROM firms WHERE id = ?", (anchor,)) in dlg.title.text()
    dlg.close()


def test_recording_a_signal_shows_it_and_raises_propensity(window, monkeypatch):
    from datetime import date

    from PySide6.QtWidgets import QDialog

    from ui import workers
    from ui.widgets import targeting

    db = window.ctx.db
    view = candidates(window)
    fid = db.scalar(
        "SELECT r.id FROM ranked AS r WHERE r.score IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM firm_signals WHERE firm_id = r.id) "
        "ORDER BY r.score DESC, r.id LIMIT 1"  # near the top of the list: selectable there
    )
    select(view, fid)
    before = db.scalar("SELECT propensity FROM scores WHERE firm_id = ?", (fid,))
    monkeypatch.setattr(targeting.SignalDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(
        targeting.SignalDialog,
        "values",
        lambda self: ("扩产", date.today().isoformat(), "新建生产基地"),
    )
    view.detail.targeting.record_signal()
    assert workers.wait_idle(60000)
    panel = view.detail.targeting
    assert panel.signals.rowCount() == 1
    assert panel.signals.item(0, 1).text() == "扩产"
    assert "扩产" in panel.headline.toolTip()
    after = db.scalar("SELECT propensity FROM scores WHERE firm_id = ?", (fid,))
    assert after > before


def test_candidates_view_fits_a_laptop_screen(qtbot, demo_path, tmp_path):
    """In the app's language the 推荐 view with a profiled firm needs no more than 1024×700
    (the strategy sits beside the weights' title, the profile line is one line at most)."""
    from tests.db_helpers import copy_target
    from ui import i18n, messages
    from ui.context import AppContext
    from ui.main import application
    from ui.mainwindow import MainWindow

    application()
    messages.headless = True
    previous = i18n.current()
    assert i18n.install("zh_CN")
    path = copy_target(demo_path, tmp_path / "demo.sqlite")
    ctx = AppContext(path)
    try:
        w = MainWindow(ctx)
        qtbot.addWidget(w)
        w.resize(1024, 700)
        w.show()
        view = candidates(w)
        select(view, richest_candidate(ctx.db))
        assert not view.detail.targeting.headline.isHidden()
        hint = w.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 700, hint
        w.close()
    finally:
        ctx.close()
        i18n.install(previous)
        messages.headless = False


def test_signals_join_the_firms_timeline_in_the_outreach_panel(window):
    import re
    from datetime import date, datetime

    from app.targeting import signals
    from ui import workers

    db = window.ctx.db
    fid = db.scalar(
        "SELECT s.firm_id FROM firm_signals AS s JOIN pipeline AS p ON p.firm_id = s.firm_id "
        "LIMIT 1"
    )
    if fid is None:  # the demo's pipeline and signals need not meet: give one a signal
        fid = db.scalar("SELECT firm_id FROM pipeline LIMIT 1")
        signals.add(db, fid, "环评公示", "2025-03-04", "新建厂房环评")
    view = window.show_view("shortlists")
    assert workers.wait_idle(30000)
    view.panel.set_firm(int(fid))
    assert workers.wait_idle(30000)
    table = view.panel.history
    kinds = [x["kind"] for x in signals.of_firm(db, fid)]
    shown = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert [s for s in shown if any(k in s for k in kinds)]
    assert len(shown) == len(kinds) + db.scalar(
        "SELECT COUNT(*) FROM stage_history WHERE firm_id = ?", (fid,)
    )
    days = [table.item(r, 0).text() for r in range(table.rowCount())]

    # Newest first, stages and signals together, every date written the same way.
    def key(text: str) -> date:
        m = re.match(r"(\d{4})年(\d+)月(\d+)日", text)
        if m:
            return date(*map(int, m.groups()))
        return datetime.strptime(" ".join(text.split()[:3]), "%d %b %Y").date()

    keys = [key(d) for d in days]
    assert keys == sorted(keys, reverse=True)


def test_candidate_regions_editor_widens_the_candidates(window, capsys):
    from app.targeting import regions
    from ui import workers

    db = window.ctx.db
    hk = db.scalar("SELECT id FROM firms WHERE city = '深圳市' LIMIT 1")
    db.execute("UPDATE firms SET city = '香港' WHERE id = ?", (hk,))
    view = window.show_view("settings")
    assert workers.wait_idle(30000)
    editor = view.regions
    assert editor.edit.text() == "深圳市、广州市"
    editor.edit.setText("深圳市，广州市、香港")
    editor.apply()
    assert workers.wait_idle(60000)
    assert regions.get(db) == ["深圳市", "广州市", "港澳"]
    assert "港澳" in editor.status.text()
    assert db.scalar("SELECT score FROM scores WHERE firm_id = ?", (hk,)) is not None
    # Dongguan is refused with the reason, and nothing changes.
    editor.edit.setText("东莞市")
    editor.apply()
    assert workers.wait_idle(60000)
    assert regions.get(db) == ["深圳市", "广州市", "港澳"]
    assert "东莞市是本地城市" in capsys.readouterr().err  # the headless message


def test_lists_links_and_signals_import_from_the_file_menu(window, tmp_path):
    from datetime import date, timedelta

    from app.targeting import flags
    from ui import workers

    db = window.ctx.db
    name = db.scalar("SELECT name FROM ranked WHERE score IS NOT NULL ORDER BY id LIMIT 1")
    anchor = db.scalar("SELECT name FROM firms WHERE city = '东莞市' ORDER BY id LIMIT 1")
    dlg = window.open_targeting_import()
    # A list, under a name staff chose, with the year typed in the dialog.
    sheet = tmp_path / "名录.csv"
    sheet.write_text(f"企业名称\n{name}\n不存在的企业有限公司\n", encoding="utf-8")
    dlg.kind.setCurrentIndex(dlg.kind.findData(dlg.FLAGS))
    dlg.path.setText(str(sheet))
    dlg.flag.setEditText("东莞市重点培育企业")
    dlg.year.setText("2025")
    dlg.run()
    assert workers.wait_idle(60000)
    assert "匹配 1 行" in dlg.report.text() and "不存在的企业有限公司" in dlg.report.text()
    assert ("东莞市重点培育企业", 2025) in {
        (f["name"], f["year"])
        for f in flags.of_firm(db, db.scalar("SELECT id FROM firms WHERE name = ?", (name,)))
    }
    # Links: the row's relation is what the firm is to the partner.
    sheet = tmp_path / "关联.csv"
    sheet.write_text(f"企业名称,关联企业,关系\n{name},{anchor},供应商\n", encoding="utf-8")
    dlg.kind.setCurrentIndex(dlg.kind.findData(dlg.LINKS))
    assert dlg.flag.isHidden() and dlg.year.isHidden()
    dlg.path.setText(str(sheet))
    dlg.run()
    assert workers.wait_idle(60000)
    assert "导入 1 条" in dlg.report.text()
    # Signals: the row dated tomorrow is refused and reported, the other imported.
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    sheet = tmp_path / "动向.csv"
    sheet.write_text(
        f"企业名称,类型,日期,说明\n{name},扩产,2026-01-05,新厂\n{name},融资,{tomorrow},\n",
        encoding="utf-8",
    )
    dlg.kind.setCurrentIndex(dlg.kind.findData(dlg.SIGNALS))
    dlg.path.setText(str(sheet))
    dlg.run()
    assert workers.wait_idle(60000)
    text = dlg.report.text()
    assert "导入 1 条" in text and "日期在今天之后 1 行" in text, text
    dlg.close()


def test_firm_library_filters_by_list_too(window):
    from app.targeting import flags
    from ui import workers

    db = window.ctx.db
    view = window.show_view("firms")
    assert workers.wait_idle(30000)
    everyone = view.model.rowCount()
    view.flag_filter.setCurrentIndex(view.flag_filter.findData(flags.ANY))
    assert workers.wait_idle(30000)
    on_any = db.scalar("SELECT COUNT(DISTINCT firm_id) FROM firm_flags")
    assert 0 < view.model.rowCount() == on_any < everyone
    view.flag_filter.setCurrentIndex(0)
    assert workers.wait_idle(30000)
    assert view.model.rowCount() == everyone
