"""The 招商项目 view: the stage strip and list, moving deals, the detail with its history,
hand-offs and assessment, the form, signing and the report tab."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

TODAY = date(2026, 11, 27)


@pytest.fixture(scope="module")
def demo_path(target_factory):
    from app.db import Database
    from app.deals.demo import generate_deals
    from app.projects.model import add_firm

    path = target_factory("deals")  # a file, or on the server
    db = Database(path)
    for i in range(12):
        add_firm(db, f"深圳市示例{i}号科技有限公司", source="测试")
    summary = generate_deals(db, seed=3, today=TODAY)
    assert summary["deals"] >= 30 and summary["signed_projects"] >= 3
    db.close()
    return path


@pytest.fixture
def view(qapp, qtbot, demo_path, tmp_path, monkeypatch):
    from tests.db_helpers import copy_target
    from ui import messages, workers
    from ui.context import AppContext
    from ui.views.deals.view import DealsView

    monkeypatch.setattr(messages, "headless", True)  # no dialog may block a test
    ctx = AppContext(copy_target(demo_path, tmp_path / "copy.sqlite"))
    v = DealsView(ctx)
    qtbot.addWidget(v)
    v.resize(1024 - 150, 640)  # a laptop screen less the sidebar
    v.show()
    v.activate()
    yield v
    workers.wait_idle(10000)
    ctx.close()


def _listed(v) -> list[int]:
    from ui.views.deals.board import ID_ROLE

    lst = v.board
    return [int(lst.topLevelItem(i).data(0, ID_ROLE)) for i in range(lst.topLevelItemCount())]


def _select(v, deal_id: int) -> None:
    from ui.views.deals.board import ID_ROLE

    lst = v.board
    for i in range(lst.topLevelItemCount()):
        if int(lst.topLevelItem(i).data(0, ID_ROLE)) == deal_id:
            lst.setCurrentItem(lst.topLevelItem(i))
            return
    raise AssertionError(f"deal {deal_id} not listed")


def test_strip_counts_every_stage_and_the_list_holds_every_deal(view):
    from app.deals import model as m

    deals = m.list_deals(view.ctx.db)
    assert sorted(_listed(view)) == sorted(d.id for d in deals)
    for key, tile in view.strip.tiles.items():
        n = sum(d.stage == key for d in deals)
        assert tile.head.text().endswith(f"  {n}"), (key, tile.head.text())
    # the list runs in ladder order, dropped last
    order = list(m.STAGES)
    stages = [next(d.stage for d in deals if d.id == i) for i in _listed(view)]
    assert stages == sorted(stages, key=order.index)
    assert str(len(deals)) in view.describe()


def test_a_tile_shows_one_stage_and_a_second_click_all(view):
    view.strip.tiles["negotiate"].clicked.emit("negotiate")
    shown = _listed(view)
    assert shown and all(
        next(d for d in view.deals if d.id == i).stage == "negotiate" for i in shown
    )
    view.strip.tiles["negotiate"].clicked.emit("negotiate")
    assert len(_listed(view)) == len(view.deals)


def test_filters_narrow_the_board(view):
    owner = view.owner_box.itemData(1)
    view.owner_box.setCurrentIndex(1)
    shown = view.visible_deals()
    assert shown and all(d.owner == owner for d in shown)
    assert len(_listed(view)) == len(shown)
    counted = sum(int(t.head.text().rsplit(" ", 1)[1]) for t in view.strip.tiles.values())
    assert counted == len(shown)


def test_dragging_a_row_onto_a_tile_moves_the_deal(view):
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QDropEvent

    from app.deals import model as m

    lead = next(d for d in view.deals if d.stage == "lead")
    _select(view, lead.id)
    mime = view.board.mimeData(view.board.selectedItems())
    drop = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.strip.tiles["visit"].dropEvent(drop)
    assert m.get_deal(view.ctx.db, lead.id).stage == "visit"
    assert (
        view.strip.tiles["visit"]
        .head.text()
        .endswith(f"  {sum(d.stage == 'visit' for d in view.deals)}")
    )
    view.move_deal(lead.id, "lead")  # backward: headless cannot give the note, nothing moves
    assert m.get_deal(view.ctx.db, lead.id).stage == "visit"


def test_detail_shows_history_handoffs_sites_and_amount(view):
    from app import fmt
    from app.deals import model as m

    deal = next(d for d in m.list_deals(view.ctx.db) if m.get_deal(view.ctx.db, d.id).handoffs)
    full = m.get_deal(view.ctx.db, deal.id)
    _select(view, deal.id)
    det = view.detail
    assert det.deal is not None and det.deal.id == deal.id
    assert det.title.text() == deal.name
    assert det.fact["amount"].text() == fmt.money(deal.amount)
    assert det.fact["town"].text() == (deal.town or "—")
    history = det.history.text()
    assert history.count("<tr>") == len(full.history)
    assert full.history[0].at[:10] in history
    assert full.handoffs[0].town in det.handoffs.text()
    for s in full.sites_offered:
        assert s["name"] in det.fact["offered"].text()
    assert "投资强度" in det.findings.text()


def test_assessment_is_edited_in_the_detail(view):
    from app.deals import model as m

    deal = next(d for d in view.deals if d.stage == "negotiate")
    _select(view, deal.id)
    det = view.detail
    det.recommendation.setCurrentIndex(det.recommendation.findData("defer"))
    det.energy.setCurrentIndex(det.energy.findData("high"))
    det.reason.setText("能评未过")
    det.save_assess.click()
    saved = m.get_deal(view.ctx.db, deal.id)
    assert (saved.recommendation, saved.energy_class, saved.recommendation_note) == (
        "defer",
        "high",
        "能评未过",
    )
    # the view reloaded and still shows the same deal, with what was saved
    assert view.detail.deal is not None and view.detail.deal.id == deal.id
    assert view.detail.recommendation.currentData() == "defer"


def test_signing_from_the_view_makes_a_linked_project(view):
    from app.deals import model as m

    deal = next(d for d in view.deals if d.stage == "negotiate")
    pid = view.sign(deal.id, "DGZS-TEST-001", "2026-11-20")
    assert pid is not None
    assert m.get_deal(view.ctx.db, deal.id).project_id == pid
    assert m.deal_of_project(view.ctx.db, pid) == deal.id
    assert view.sign(deal.id, "DGZS-TEST-002", "2026-11-21") is None  # twice: refused
    _select(view, deal.id)
    assert str(pid) in view.detail.fact["signed"].text()


def test_sign_and_hand_off_through_their_dialogs(view, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from app.deals import model as m
    from ui.views.deals.form import HandoffDialog, SignDialog

    deal = next(d for d in view.deals if d.stage == "negotiate")
    _select(view, deal.id)
    monkeypatch.setattr(SignDialog, "exec", lambda dlg: QDialog.DialogCode.Rejected)
    view.sign_deal()  # cancelled: nothing signed
    assert m.get_deal(view.ctx.db, deal.id).project_id is None

    def sign(dlg):
        dlg.number.setText("DGZS-TEST-003")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SignDialog, "exec", sign)
    view.sign_deal()
    assert m.get_deal(view.ctx.db, deal.id).project_id is not None

    def hand_off(dlg):
        dlg.town.setCurrentIndex(dlg.town.findData("长安镇"))
        dlg.note.setText("请跟进")
        return QDialog.DialogCode.Accepted

    before = [(h.town, h.note) for h in m.get_deal(view.ctx.db, deal.id).handoffs]
    _select(view, deal.id)
    monkeypatch.setattr(HandoffDialog, "exec", hand_off)
    view.handoff_deal()
    after = [(h.town, h.note) for h in m.get_deal(view.ctx.db, deal.id).handoffs]
    assert sorted(after) == sorted([*before, ("长安镇", "请跟进")])


def test_sites_dialog_lists_matches_and_records_the_chosen_one(view):
    from app.deals import model as m
    from app.deals import sites
    from ui.views.deals.form import SitesDialog

    deal = next(d for d in view.deals if d.land_mu and sites.match(view.ctx.db, d.id))
    dlg = SitesDialog(view.ctx, m.get_deal(view.ctx.db, deal.id), view)
    expected = [hit.site.id for hit in sites.match(view.ctx.db, deal.id, limit=20)]
    assert [
        dlg.list.topLevelItem(i).data(0, 0x0100) for i in range(dlg.list.topLevelItemCount())
    ] == expected
    dlg.list.setCurrentItem(dlg.list.topLevelItem(len(expected) - 1))
    dlg.record(True)
    saved = m.get_deal(view.ctx.db, deal.id)
    assert saved.site_id == expected[-1]
    assert expected[-1] in {s["id"] for s in saved.sites_offered}


def test_form_saves_and_names_a_bad_field(view):
    from PySide6.QtCore import QDate

    from app.deals import model as m
    from ui.views.deals.form import DealDialog

    deal = next(d for d in view.deals if d.stage == "negotiate")
    dlg = DealDialog(view.ctx, m.get_deal(view.ctx.db, deal.id), view)
    dlg.amount.setText("一大笔钱")
    dlg.save()
    assert "计划投资" in dlg.error.text() or "investment" in dlg.error.text().lower()
    assert m.get_deal(view.ctx.db, deal.id).amount == deal.amount
    dlg.amount.setText("3.5亿")
    dlg.start.setDate(QDate(2027, 3, 1))
    dlg.production.setDate(dlg.production.minimumDate())  # cleared: “not set”
    dlg.save()
    saved = m.get_deal(view.ctx.db, deal.id)
    assert saved.amount == 35000.0
    assert (saved.planned_start, saved.planned_production) == ("2027-03-01", None)
    # reopened, the form shows what was saved
    again = DealDialog(view.ctx, saved, view)
    assert again.start.date() == QDate(2027, 3, 1)
    assert again.production.date() == again.production.minimumDate()


def test_a_colleagues_save_in_between_is_merged_not_lost(view):
    from app.deals import model as m
    from ui.views.deals.form import DealDialog

    db = view.ctx.db
    deal = next(d for d in view.deals if d.stage == "negotiate" and d.project_id is None)
    dlg = DealDialog(view.ctx, m.get_deal(db, deal.id), view)
    m.update(db, deal.id, {"next_step": "同事写的下一步", "amount": 1234.0})  # saved meanwhile
    dlg.land.setText("")
    dlg.floor.setText("")
    dlg.land.setText("33")
    dlg.save()  # a different field: merged by itself
    saved = m.get_deal(db, deal.id)
    assert (saved.land_mu, saved.next_step, saved.amount) == (33.0, "同事写的下一步", 1234.0)
    dlg = DealDialog(view.ctx, saved, view)
    m.update(db, deal.id, {"amount": 2000.0})
    dlg.amount.setText("3000")
    dlg.save()  # the same field: asked (headless answers "keep mine")
    assert m.get_deal(db, deal.id).amount == 3000.0


def test_fits_a_laptop_without_sideways_scrolling(view, qapp):
    view.resize(1024 - 150, 640)
    qapp.processEvents()
    assert view.minimumSizeHint().width() <= 1024 - 150
    assert view.board.horizontalScrollBar().maximum() == 0
    assert view.detail.horizontalScrollBar().maximum() == 0


def test_assessment_sheet_and_report_tab(view):
    from app.deals import report
    from ui.views.deals.form import AssessmentDialog

    deal = next(d for d in view.deals if d.stage == "negotiate")
    dlg = AssessmentDialog(view.ctx, deal.id, view)
    assert "投资强度" in dlg.html and deal.name in dlg.html
    view.period_box.setCurrentText("2026")
    rep = report.build(view.ctx.db, "2026", "direction")
    assert view.kpi_signed.value.text() == str(rep["signed"]["count"])
    assert view.kpi_leads.value.text() == str(rep["new_leads"])
    assert len(view.stage_chart.items) == len(rep["deals_by_stage"])
    # the plan's 表1 for context, figure by figure
    assert rep["plan_targets"]
    first = rep["plan_targets"][0]
    assert first["name"] in view.plan_text.text()
    assert view.plan_text.text().count("\n") == len(rep["plan_targets"]) - 1


def test_dashboard_card_shows_the_year_against_targets(view):
    from app.deals import report
    from ui.views.deals.summary import DealsCard, load_year

    card = DealsCard()
    rep = load_year(view.ctx.db, TODAY)
    assert rep is not None and rep == report.build(view.ctx.db, "2026", "direction")
    card.show_report(rep)
    head = card.headline.text()
    assert str(rep["signed"]["count"]) in head and str(rep["new_leads"]) in head
    t = rep["targets"]
    assert t.get("signed_count")  # the demo sets this year's targets
    assert f"{rep['targets']['year_to_date']['signed_count']:g} / {t['signed_count']:g}" in (
        card.targets.text()
    )
    assert len(card.chart.items) == len(rep["deals_by_stage"])
    card.show_report(None)
    assert not card.chart.isVisibleTo(card)


def test_sites_tab_lists_the_register_masked_and_adds_a_site(view):
    from app.deals import sites
    from ui.views.deals.sites_tab import SiteDialog

    tab = view.sites_tab
    registered = sites.list_sites(view.ctx.db)
    assert tab.list.topLevelItemCount() == len(registered)
    contacts = [tab.list.topLevelItem(i).text(6) for i in range(tab.list.topLevelItemCount())]
    raw = [s.contact for s in registered]
    assert any(raw) and all(c != r for c, r in zip(contacts, raw, strict=True) if r)  # masked
    dlg = SiteDialog(view.ctx, view)
    dlg.name.setText("谢岗银瓶标准厂房")
    dlg.town.setCurrentIndex(dlg.town.findData("谢岗镇"))
    dlg.floor.setText("很多")
    dlg.save()
    assert "可用面积" in dlg.error.text()
    assert len(sites.list_sites(view.ctx.db)) == len(registered)  # nothing saved
    dlg.floor.setText("8000")
    dlg.directions.setText("equip.robot，it")
    dlg.save()
    assert dlg.saved_id is not None
    site = sites.get_site(view.ctx.db, dlg.saved_id)
    assert (site.town, site.floor_m2, site.directions) == ("谢岗镇", 8000.0, ("equip.robot", "it"))
    dlg.accept()
    view.sites_tab.changed.emit()
    assert tab.list.topLevelItemCount() == len(registered) + 1
