"""帮助 → 使用指南 (F1): a Chinese user guide for bureau staff, shipped in resources/guide
and packaged by build.spec (#18 item 9)."""

from __future__ import annotations

import re

import pytest

import resources

GUIDE = resources.path("guide", "guide_zh_CN.html")

# What the guide must explain (the brief's list), by a word its section titles use.
TOPICS = ("第一次使用", "导入", "查找", "推荐", "待确认", "名单与走访", "走访档案", "亩均", "备份")


def _html() -> str:
    return GUIDE.read_text(encoding="utf-8")


def test_guide_covers_what_staff_do():
    from ui.guide import sections

    titles = [t for _a, t in sections(_html())]
    for topic in TOPICS:
        assert any(topic in t for t in titles), f"no section on {topic}: {titles}"
    anchors = [a for a, _t in sections(_html())]
    assert len(anchors) == len(set(anchors))


def test_guide_is_chinese_and_its_pictures_ship():
    html = _html()
    body = re.sub(r"<[^>]+>", "", html)
    han = sum(1 for ch in body if "\u4e00" <= ch <= "\u9fff")
    assert han > 2000 and han > 0.5 * len(re.sub(r"\s", "", body))
    pictures = re.findall(r'<img src="([^"]+)"', html)
    assert len(pictures) >= 6  # "with screenshots"
    for src in pictures:
        assert (GUIDE.parent / src).is_file(), src


def test_build_spec_packages_the_guide():
    import runpy
    from pathlib import Path

    root = Path(resources.__file__).resolve().parent.parent
    text = (root / "build.spec").read_text(encoding="utf-8")
    patterns = dict(re.findall(r'\("(guide[^"]*)", "([^"]+)"\)', text))
    assert patterns.get("guide") == "*.html" and patterns.get("guide/img") == "*.jpg"
    assert runpy  # the full data-file check is tests/test_packaging.py


@pytest.mark.gui
@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, on showing a window
def test_f1_opens_the_guide_and_it_prints(qtbot, tmp_path, qapp, db_target):
    from PySide6.QtGui import QKeySequence, QTextDocument

    from app.db import Database
    from ui import messages, workers
    from ui.context import AppContext
    from ui.guide import GuideDialog
    from ui.mainwindow import MainWindow

    path = db_target
    Database(path).close()
    messages.headless = True
    ctx = AppContext(path)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    try:
        assert win.act_guide.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
        assert "F1" in win.act_guide.shortcut().toString()  # on Windows and Linux
        win.show()
        qtbot.waitExposed(win)
        # What F1 does (an offscreen window is never active, so the key itself cannot be sent).
        assert win.act_guide in win.actions()  # reachable with the menu bar hidden too
        win.act_guide.trigger()
        qtbot.waitUntil(lambda: getattr(win, "guide_dialog", None) is not None, timeout=5000)
        dlg = win.guide_dialog
        assert isinstance(dlg, GuideDialog) and dlg.isVisible()
        assert dlg.toc.count() >= len(TOPICS)
        assert "导入企业名单" in dlg.text.toPlainText()
        # The pictures are found (a missing one would be an empty resource).
        img = dlg.text.document().resource(
            QTextDocument.ResourceType.ImageResource, "img/overview.jpg"
        )
        assert img is not None and not img.isNull()
        # Choosing a section scrolls the text to it.
        dlg.text.verticalScrollBar().setValue(0)
        dlg.toc.setCurrentRow(dlg.toc.count() - 1)
        assert dlg.text.verticalScrollBar().value() > 0
        # The printed guide has its pictures too.
        from ui.guide import print_document

        doc = print_document(dlg)
        printed = doc.resource(QTextDocument.ResourceType.ImageResource, "img/overview.jpg")
        assert printed is not None and not printed.isNull()
        from ui.dossier_print import stranded_headings

        assert doc.pageCount() >= 5
        assert stranded_headings(doc, doc.pageSize().height()) == []
        pdf = tmp_path / "guide.pdf"
        dlg.write_pdf(pdf)
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF")
        pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
        assert pages >= 5
        dlg.close()
    finally:
        workers.wait_idle(30000)
        win.close()
        ctx.close()
        messages.headless = False
