"""The dossier print preview (pytest-qt): it opens, paints every page, and closes."""

from __future__ import annotations

import pytest

from app import shortlists
from tests.outreach_helpers import add_firm

pytestmark = pytest.mark.gui


# The offscreen platform cannot pass a dialog's size hints on to a window manager; harmless.
@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_print_preview_opens_paints_and_closes(qtbot, db, qapp):
    from ui import dossier_print

    a = add_firm(db, "深圳预览测试有限公司", city="深圳市", direction="it.ict")
    b = add_firm(db, "广州预览测试有限公司", city="广州市")
    shortlists.create(db, "预览")
    shortlists.add(db, "预览", [a, b])
    dialog = dossier_print.preview_dialog(db, [a, b], shortlist="预览")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.pages_painted > 0, timeout=20000)
    # Cover + contents page, then two dossiers of several pages each.
    assert dialog.pages_painted >= 1 + 2 * 3
    dialog.close()
    assert not dialog.isVisible()


def test_preview_of_nothing_is_refused(db, qapp):
    from app.errors import UserError
    from ui import dossier_print

    with pytest.raises(UserError):
        dossier_print.preview_dialog(db, [])


def test_page_geometry_is_a4_in_points(db, qapp, tmp_path):
    from ui import dossier_print

    writer = dossier_print.pdf_writer(tmp_path / "x.pdf")
    maker = dossier_print.PageMaker(writer)
    mm = writer.logicalDpiY() / 25.4
    page = maker.page_rect()
    assert page.width() / mm == pytest.approx(210, abs=0.5)
    assert page.height() / mm == pytest.approx(297, abs=0.5)
    assert maker.body.width() / mm == pytest.approx(170, abs=0.5)


def test_long_names_wrap_and_small_tables_stay_whole(db, qapp, tmp_path):
    """A very long name wraps on the cover (never clipped); no small table is split."""
    from app import dossier as content
    from ui import dossier_print

    name = "深圳市" + "超长名称测试" * 30 + "有限公司"
    fid = add_firm(db, name, direction="equip.robot", segment="equip.robot.reducer")
    writer = dossier_print.pdf_writer(tmp_path / "x.pdf")
    maker = dossier_print.PageMaker(writer)
    doc = maker.layout_dossier(content.build(db, fid))
    assert doc.toPlainText().replace("\n", "").count(name) >= 1
    layout = doc.documentLayout()
    page_h = maker.body.height()
    for table in doc.rootFrame().childFrames():
        r = layout.frameBoundingRect(table)
        assert r.width() <= maker.body.width() + 1  # nothing wider than the page body
        if r.height() < dossier_print.KEEP_TABLE_MAX * page_h:
            assert int(r.top() // page_h) == int((r.bottom() - 1) // page_h)
