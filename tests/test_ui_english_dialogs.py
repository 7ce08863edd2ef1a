"""The English interface beyond each view's first state (#18 item 12): the tabs of every view,
and the dialogs and wizard pages staff open from them, show no Chinese but data.

The same check as tests/test_ui_english.py (its ``visible_texts``, ``chinese_left`` and
``data_values``: firm, project, deal and place names, the catalog, people are masked), plus each
dialog's window title. Each dialog is opened as staff would open it, on the demo database."""

from __future__ import annotations

import re
from datetime import date

import pytest

import resources
from tests.db_helpers import copy_target
from tests.test_ui_english import chinese_left, data_values, demo_path, visible_texts

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

__all__ = ["demo_path"]  # the module's demo database, shared with tests/test_ui_english.py

SAMPLE = resources.path("samples", "firms_sample.csv")
TODAY = date(2026, 11, 27)
# Chinese the English quotes on purpose because staff type or read it that way: amounts and
# dates as typed (the importer's accepted forms) and column headers a sheet may carry. The
# towns and the lists' names (专精特新, 小巨人 …) are data, taken from their vocabularies below.
QUOTED = (
    "3.5亿",
    "1.2亿",
    "500万美元",
    "80万元/亩",
    "28元/㎡·月",
    "2019年3月5日",
    "企业名称",
    "统一社会信用代码",
    "年份",
)


def _masks(db) -> list[str]:
    from app.deals.model import TOWNS
    from app.targeting.flags import KNOWN_FLAGS, TIERS

    words = [*data_values(db), *QUOTED, *TOWNS, *KNOWN_FLAGS, *(w for w, _ in TIERS)]
    return sorted(set(words), key=len, reverse=True)


@pytest.fixture
def english(qapp, demo_path, tmp_path):
    from ui import i18n, messages, workers
    from ui.context import AppContext
    from ui.main import application

    application()
    i18n.install("en")
    messages.headless = True
    ctx = AppContext(copy_target(demo_path, tmp_path / "demo.sqlite"))
    try:
        yield ctx, _masks(ctx.db)
    finally:
        workers.wait_idle(30000)
        ctx.close()
        messages.headless = False
        i18n.install("zh_CN")


def _settle(qtbot, busy=lambda: False) -> None:
    from ui import workers

    workers.wait_idle(30000)
    qtbot.wait(100)
    while busy():
        workers.wait_idle(200)
    workers.wait_idle(30000)


def _texts(widget) -> list[str]:
    """What ``widget`` shows: the labels, buttons, choices and headers, its title, and the
    lines of its lists (the messages a dialog lists, such as an import's row problems)."""
    from PySide6.QtWidgets import QListWidget

    lines = [
        lst.item(i).text()
        for lst in widget.findChildren(QListWidget)
        if lst.isVisible()
        for i in range(lst.count())
    ]
    return [*visible_texts(widget), widget.windowTitle(), *lines]


def _look(qtbot, widget, masks, busy=lambda: False) -> list[str]:
    """The Chinese left in ``widget`` shown, once its workers are done."""
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    _settle(qtbot, busy)
    return sorted(set(chinese_left(_texts(widget), masks)))


def _report(found: dict[str, list[str]]) -> str:
    return "Chinese left in the English interface:\n" + "\n".join(
        f"{k}: {t!r}" for k, ts in found.items() for t in ts
    )


def test_every_tab_of_every_view_is_english(qtbot, english):
    from PySide6.QtWidgets import QTabWidget

    from tests.ui_data import shown
    from ui.mainwindow import MainWindow

    ctx, masks = english
    w = shown(qtbot, MainWindow(ctx))
    found: dict[str, list[str]] = {}
    seen_tabs = 0
    for spec in w.specs:
        view = w.show_view(spec.key)
        _settle(qtbot, view.busy)
        for tabs in view.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                _settle(qtbot, view.busy)
                seen_tabs += 1
                left = chinese_left(visible_texts(w), masks)
                if left:
                    found[f"{spec.key} / {tabs.tabText(i)}"] = sorted(set(left))
    w.close()
    assert seen_tabs >= 6  # the deals, projects and outreach tabs at least
    assert found == {}, _report(found)


def regions_local(db) -> int:
    """A firm of the local city with links (an anchor for 以商引商), else any local firm."""
    from app.targeting import regions

    city = regions.local_city()
    return int(
        db.scalar(
            "SELECT f.id FROM firms AS f LEFT JOIN firm_links AS l ON l.partner_id = f.id "
            "WHERE f.city = ? ORDER BY l.partner_id IS NULL, f.id LIMIT 1",
            (city,),
        )
    )


def test_the_dialogs_are_english(qtbot, english):
    from app import settings as app_settings
    from app import shortlists
    from app.deals import model as deals
    from app.projects import model as projects
    from ui.about import AboutDialog
    from ui.connect_dialog import ConnectDialog
    from ui.firm_edit_dialog import FirmEditDialog
    from ui.sync_dialogs import CheckoutDialog
    from ui.views.catalog_view import AddDirectionDialog, AddSegmentDialog
    from ui.views.deals.form import (
        AssessmentDialog,
        DealDialog,
        HandoffDialog,
        SignDialog,
        SitesDialog,
    )
    from ui.views.deals.sites_tab import SiteDialog
    from ui.views.projects.dialogs import (
        AdjustmentDialog,
        MilestoneDialog,
        ProjectDialog,
        ReportDialog,
    )
    from ui.views.shortlists.dialogs import ContactDialog, VisitDialog
    from ui.widgets.targeting import AnchorDialog, SignalDialog, TargetingImportDialog

    ctx, masks = english
    db = ctx.db
    fid = int(db.scalar("SELECT id FROM firms ORDER BY id"))
    deal = deals.get_deal(db, int(db.scalar("SELECT id FROM deals ORDER BY id")))
    project = projects.load_projects(db)[0]
    method = projects.load_method(db)
    year = project.agreement_date.year
    cat = ctx.catalog()
    direction = cat.directions[0]
    local = regions_local(db)
    opened = {
        "connect": lambda: ConnectDialog(None, app_settings.Settings()),
        "checkout": lambda: CheckoutDialog([s["name"] for s in shortlists.list_all(db)]),
        "firm edit": lambda: FirmEditDialog(ctx, fid),
        "new deal": lambda: DealDialog(ctx, None),
        "deal": lambda: DealDialog(ctx, deal),
        "sign deal": lambda: SignDialog(deal),
        "hand off deal": lambda: HandoffDialog(deal),
        "deal assessment": lambda: AssessmentDialog(ctx, deal.id),
        "deal sites": lambda: SitesDialog(ctx, deal),
        "site": lambda: SiteDialog(ctx),
        "project": lambda: ProjectDialog(project, method),
        "project report": lambda: ReportDialog(project, year, TODAY),
        "milestone": lambda: MilestoneDialog(project, TODAY),
        "adjustment": lambda: AdjustmentDialog(project, year, TODAY),
        "contact": lambda: ContactDialog(None),
        "visit": lambda: VisitDialog(None),
        "signal": lambda: SignalDialog(None),
        "targeting import": lambda: TargetingImportDialog(ctx),
        "anchor": lambda: AnchorDialog(ctx, local),
        "add segment": lambda: AddSegmentDialog(None, cat, direction.code),
        "add direction": lambda: AddDirectionDialog(None, db, cat, direction.domain),
        "about": lambda: AboutDialog(None),
    }
    found: dict[str, list[str]] = {}
    for name, make in opened.items():
        dlg = make()
        left = _look(qtbot, dlg, masks)
        dlg.hide()  # qtbot closes it at the end (some delete themselves on close)
        if left:
            found[name] = left
    assert found == {}, _report(found)


def test_the_import_wizard_pages_are_english(qtbot, english):
    import csv

    from ui.import_wizard import ImportWizard

    ctx, masks = english
    with open(SAMPLE, encoding="utf-8-sig", newline="") as f:
        headers = next(csv.reader(f))  # the file's own column names: data
    from app.importing.headers import FIELDS

    labels = {re.sub(r"[(（][^)）]*[)）]$", "", v) for v in FIELDS.values()}
    masks = sorted({*masks, *headers, *labels}, key=len, reverse=True)
    wiz = ImportWizard(ctx, None, path=str(SAMPLE))
    qtbot.addWidget(wiz)
    wiz.show()
    qtbot.waitExposed(wiz)
    found: dict[str, list[str]] = {}
    pages = 0
    while True:
        _settle(qtbot, wiz.busy)
        pages += 1
        shown = _texts(wiz)
        left = sorted(set(chinese_left(shown, masks)))
        if left:
            found[f"{pages}. {type(wiz.currentPage()).__name__}"] = left
        # the dry run is the last page that changes nothing
        if wiz.currentPage() is wiz.check_page or pages > 5:
            break
        wiz.next()
    wiz.reject()
    assert pages >= 3  # the file, the mapping and the dry run
    assert found == {}, _report(found)
