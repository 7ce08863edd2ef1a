"""The import wizard end to end: preview and mapping, dry run with rejects, import, cancel."""

from __future__ import annotations

import pytest

import resources

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

SAMPLE = resources.path("samples", "firms_sample.csv")
SAMPLE_ROWS = 11  # data rows in the sample; one of them is rejected (bad code and date)


@pytest.fixture
def ctx(qapp, tmp_path, db_target):
    from tests.ui_data import app_context

    with app_context(db_target, idle_ms=30000) as c:
        yield c


def wizard_for(qtbot, ctx, path):
    from ui.import_wizard import ImportWizard

    wiz = ImportWizard(ctx, None, path=str(path))
    qtbot.addWidget(wiz)
    wiz.show()
    return wiz


def idle(wiz) -> None:
    from ui import workers

    assert workers.wait_idle(60000)
    # The mapping page re-reads the file a moment after a change (debounced).
    while wiz.busy():
        workers.wait_idle(200)


def firms(ctx) -> int:
    return ctx.db.scalar("SELECT COUNT(*) FROM firms")


def test_sample_file_end_to_end(qtbot, ctx, tmp_path):
    from PySide6.QtWidgets import QWizard

    wiz = wizard_for(qtbot, ctx, SAMPLE)
    assert wiz.currentPage() is wiz.file_page and wiz.file_page.isComplete()
    assert wiz.source() == SAMPLE.stem
    wiz.next()
    idle(wiz)
    page = wiz.mapping_page
    assert wiz.currentPage() is page
    assert wiz.button(QWizard.WizardButton.NextButton).isEnabled()
    pv = page.preview
    assert pv is not None and pv.format == "csv" and "UTF-8" in pv.encoding_label
    assert page.combos[0].currentData() == "name"
    assert page.combos[1].currentData() == "uscc"
    assert page.table.rowCount() == 1 + SAMPLE_ROWS
    assert any("校验位" in page.problems.item(i).text() for i in range(page.problems.count()))
    # The person decides not to import the legal representative.
    page.combos[2].setCurrentIndex(page.combos[2].findData(None))
    idle(wiz)
    assert page.mapping()[2] is None and page.isComplete()

    wiz.next()  # the dry run
    idle(wiz)
    check = wiz.check_page
    assert wiz.button(QWizard.WizardButton.NextButton).isEnabled()
    report = check.report
    assert report is not None and report.dry_run
    assert (report.read, report.added, report.rejected) == (SAMPLE_ROWS, SAMPLE_ROWS - 1, 1)
    assert check.report_view.rejects.rowCount() == report.rejects_total == 2
    row = [check.report_view.rejects.item(0, c).text() for c in range(4)]
    assert row[0] == "12" and row[1] == "统一社会信用代码" and "校验位" in row[3]
    assert firms(ctx) == 0, "a dry run writes nothing"
    out = tmp_path / "rejects.csv"
    check.report_view.save_to(str(out))
    assert "91440300MA5FXXXX01" in out.read_text(encoding="utf-8-sig")

    with qtbot.waitSignal(wiz.imported, timeout=60000) as sig:
        wiz.next()  # the import itself
        idle(wiz)
    final = sig.args[0]
    assert not final.dry_run and final.added == SAMPLE_ROWS - 1
    assert firms(ctx) == SAMPLE_ROWS - 1
    assert ctx.db.scalar("SELECT COUNT(*) FROM firms WHERE legal_rep IS NOT NULL") == 0
    assert ctx.last_import is not None and ctx.last_import[0] is final
    assert wiz.run_page.report_view.counts["added"].text() == str(SAMPLE_ROWS - 1)
    assert wiz.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_cancel_leaves_the_database_as_it_was(qtbot, ctx, tmp_path):
    from app import demo

    big = tmp_path / "big.csv"
    demo.write_csv(big, 3000, seed=3)
    wiz = wizard_for(qtbot, ctx, big)
    wiz.next()
    idle(wiz)
    wiz.next()
    idle(wiz)
    assert wiz.check_page.report.read == 3000
    wiz.next()
    wiz.run_page.cancel()  # before the worker's first check: always in time
    idle(wiz)
    assert wiz.run_page.cancelled
    assert wiz.run_page.report is None
    assert firms(ctx) == 0
    assert ctx.db.scalar("SELECT COUNT(*) FROM imports WHERE status = 'done'") == 0


def test_unreadable_file_is_explained(qtbot, ctx, tmp_path):
    bad = tmp_path / "not-a-list.csv"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    wiz = wizard_for(qtbot, ctx, bad)
    wiz.next()
    idle(wiz)
    page = wiz.mapping_page
    assert page.preview is None or not page.isComplete()
    assert not page.isComplete()
    assert page.info.text()


def test_report_dialog_after_the_wizard(qtbot, ctx):
    from ui.import_wizard import ReportDialog

    wiz = wizard_for(qtbot, ctx, SAMPLE)
    wiz.next()
    idle(wiz)
    wiz.next()
    idle(wiz)
    wiz.next()
    idle(wiz)
    report, rejects = ctx.last_import
    dlg = ReportDialog(report, rejects)
    qtbot.addWidget(dlg)
    view = dlg.findChild(type(wiz.run_page.report_view))
    assert view.counts["read"].text() == str(SAMPLE_ROWS)
    assert view.save_btn.isEnabled()


def test_unknown_headers_are_mapped_by_hand(qtbot, ctx, tmp_path):
    """A sheet whose headers ChainFill does not know still shows every column with a field
    chooser and its values; choosing the name column enables 下一步 and the import."""
    from PySide6.QtWidgets import QWizard

    path = tmp_path / "odd.csv"
    path.write_text("名头,地方,资本\n东莞市手动映射有限公司,东莞市,746万美元\n", encoding="utf-8")
    wiz = wizard_for(qtbot, ctx, path)
    wiz.next()
    idle(wiz)
    page = wiz.mapping_page
    assert page.preview is not None and len(page.combos) == 3
    assert page.table.item(1, 0).text() == "东莞市手动映射有限公司"
    assert not wiz.button(QWizard.WizardButton.NextButton).isEnabled()
    page.combos[0].setCurrentIndex(page.combos[0].findData("name"))
    page.combos[1].setCurrentIndex(page.combos[1].findData("city"))
    page.combos[2].setCurrentIndex(page.combos[2].findData("registered_capital"))
    idle(wiz)
    assert page.isComplete() and wiz.button(QWizard.WizardButton.NextButton).isEnabled()
    wiz.next()  # the dry run
    idle(wiz)
    assert wiz.check_page.report.added == 1


def test_a_government_sheet_with_dollar_capital_through_the_wizard(qtbot, ctx, tmp_path):
    """#18: 单位名称/所在地区/经营范围/注册资本 are recognised without help, and capital in US
    dollars, written either way staff write it, is kept as dollars (converted when scored)."""
    from PySide6.QtWidgets import QWizard

    path = tmp_path / "gov.csv"
    path.write_text(
        "单位名称,所在地区,经营范围,注册资本\n"
        "东莞市美元精密有限公司,东莞市,精密模具制造,746万美元\n"
        "深圳市美元电子有限公司,深圳市,电子元器件,746万元（USD）\n"
        "广州市人民币材料有限公司,广州市,新材料,500万元\n",
        encoding="utf-8",
    )
    wiz = wizard_for(qtbot, ctx, path)
    wiz.next()
    idle(wiz)
    page = wiz.mapping_page
    assert [c.currentData() for c in page.combos] == [
        "name",
        "city",
        "business_scope",
        "registered_capital",
    ]
    assert wiz.button(QWizard.WizardButton.NextButton).isEnabled()
    wiz.next()  # the dry run
    idle(wiz)
    assert (wiz.check_page.report.added, wiz.check_page.report.rejected) == (3, 0)
    with qtbot.waitSignal(wiz.imported, timeout=60000):
        wiz.next()
        idle(wiz)
    rows = ctx.db.query("SELECT name, city, registered_capital, currency FROM firms ORDER BY name")
    got = {r["name"]: (r["city"], r["registered_capital"], r["currency"]) for r in rows}
    assert got == {
        "东莞市美元精密有限公司": ("东莞市", 746.0, "USD"),
        "深圳市美元电子有限公司": ("深圳市", 746.0, "USD"),
        "广州市人民币材料有限公司": ("广州市", 500.0, "CNY"),
    }
