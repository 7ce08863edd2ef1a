"""帮助 → 使用指南 (F1): the Chinese user guide for bureau staff, readable and printable.

The guide is one HTML file shipped in ``resources/guide/`` with its pictures in ``img/`` (made
from the app's own screenshots: ``bench/screenshots.py --size 1024x700 --guide
resources/guide``). It is written in Chinese for the staff who use the app; the developers'
documentation is docs/. The window lists the sections on the left, shows the text on the
right, and prints it or saves it as PDF with the same layout.
"""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, Qt, QUrl
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import resources
from ui import messages
from ui.dossier_print import keep_together
from ui.widgets.common import make_button

GUIDE = ("guide", "guide_zh_CN.html")
PAGE_MM = (210, 297)  # A4
MARGIN_MM = 18
SCREEN_DPI = 96  # the unit QTextDocument.print_ scales from (a 640-wide picture fits)
_IMG_RE = re.compile(r'<img src="([^"]+)"')
_SECTION_RE = re.compile(r'<h2 id="([^"]+)">(.*?)</h2>', re.S)


def guide_path() -> Path:
    return resources.path(*GUIDE)


def sections(html: str) -> list[tuple[str, str]]:
    """(anchor, title) of every section of the guide, in order."""
    return [(a, unescape(re.sub(r"<[^>]+>", "", t)).strip()) for a, t in _SECTION_RE.findall(html)]


def print_document(parent: QWidget | None = None) -> QTextDocument:
    """The guide laid out on A4 pages (at screen scale: 96 units an inch), its pictures
    loaded and no heading left at a page's foot (the dossiers' keep_together). A copy of
    the browser's document would not do: it prints a broken-image icon for every picture,
    as the browser fetches pictures only for itself."""
    path = guide_path()
    html = path.read_text(encoding="utf-8")
    doc = QTextDocument(parent)
    for src in set(_IMG_RE.findall(html)):
        image = QImage(str(path.parent / src))
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(src), image)
    font = QFont(doc.defaultFont())
    font.setPointSizeF(10.5)  # 五号, as printed documents are
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    width, height = (PAGE_MM[0] - 2 * MARGIN_MM, PAGE_MM[1] - 2 * MARGIN_MM)
    doc.setPageSize(QSizeF(width / 25.4 * SCREEN_DPI, height / 25.4 * SCREEN_DPI))
    keep_together(doc, doc.pageSize().height())
    return doc


class GuideDialog(QDialog):
    """The guide with its table of contents; 打印… and 导出 PDF… print what is shown."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        path = guide_path()
        html = path.read_text(encoding="utf-8")
        lay = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.toc = QListWidget()
        for anchor, title in sections(html):
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, anchor)
            self.toc.addItem(item)
        self.toc.currentItemChanged.connect(self._go)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        # Pictures are found next to the guide (img/…), from source and from a bundle.
        self.text.setSearchPaths([str(path.parent)])
        self.text.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        self.text.setHtml(html)
        split.addWidget(self.toc)
        split.addWidget(self.text)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        em = self.fontMetrics().horizontalAdvance("中")
        split.setSizes([em * 14, em * 56])
        lay.addWidget(split, 1)
        row = QHBoxLayout()
        self.print_btn = make_button(self.tr("Print…"), "print")
        self.print_btn.clicked.connect(self.print_guide)
        self.pdf_btn = make_button(self.tr("Export PDF…"), "export")
        self.pdf_btn.clicked.connect(self.export_pdf)
        close = make_button(self.tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(self.print_btn)
        row.addWidget(self.pdf_btn)
        row.addStretch(1)
        row.addWidget(close)
        lay.addLayout(row)
        self.resize(em * 72, em * 48)

    def _go(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self.text.scrollToAnchor(item.data(Qt.ItemDataRole.UserRole))

    def _document(self) -> QTextDocument:
        return print_document(self)

    def _setup(self, printer: QPrinter) -> None:
        printer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                QPageLayout.Unit.Millimeter,
            )
        )

    def write_pdf(self, target: str | Path) -> None:
        """The guide as a PDF file (A4), as 导出 PDF… writes it."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        self._setup(printer)
        self._document().print_(printer)

    def print_guide(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._setup(printer)
        dlg = QPrintDialog(printer, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self._document().print_(printer)

    def export_pdf(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF…"), self.tr("ChainFill user guide.pdf"), "PDF (*.pdf)"
        )
        if not target:
            return
        if not target.lower().endswith(".pdf"):
            target += ".pdf"
        try:
            self.write_pdf(target)
        except OSError as e:
            messages.show_error(self, e)
            return
        messages.info(self, self.tr("Saved: %1").replace("%1", target))


def show_guide(parent: QWidget | None = None) -> GuideDialog:
    """Open the guide without blocking the window (staff read it beside the app)."""
    dlg = GuideDialog(parent)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.show()
    return dlg
