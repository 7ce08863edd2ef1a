"""Lay out and print visit dossiers: A4 pages with a running header and footer.

The content comes from :mod:`app.dossier` as HTML. Each dossier is one ``QTextDocument`` laid
out once, on one reference device whatever the output (a PDF engine at :data:`LAYOUT_DPI`),
then painted page by page with our header and footer, the painter scaled to the target's
resolution as Qt's own ``QTextDocument.print_`` does. Laying out on the target itself made
line breaks depend on its resolution (a preview at the printer's 1200 dpi and the PDF at 300
dpi differed by pages); now a ``QPdfWriter`` (PDF export, headless CLI) and a ``QPrinter``
(print preview and the system print dialog) get the same pages, and the table of contents
is right in both.

A batch (a whole shortlist) is laid out first, so that the table of contents knows every
dossier's first page; then everything is painted into one file with global page numbers.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextOption,
    QTextTable,
)

import resources
from app import dossier as content
from app.errors import UserError
from app.jobs import CancelToken, Job, Progress
from app.store import outreach as store_outreach

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from app.db import Database

FONT_FILE = ("fonts", "wqy-microhei.ttc")
FALLBACK_FAMILY = "WenQuanYi Micro Hei"
PDF_DPI = 300
LAYOUT_DPI = 300  # the one resolution every document is laid out at (see the module doc)
BODY_PT = 10.0

# Page geometry in millimetres (A4 portrait, 210 × 297).
MARGIN_LEFT = 20.0
MARGIN_RIGHT = 20.0
MARGIN_TOP = 24.0
MARGIN_BOTTOM = 22.0
HEADER_BASELINE = 14.0  # from the top edge
FOOTER_TOP = 281.0
KEEP_WITH_NEXT = 0.09  # a heading closer than this (share of the body) to the foot moves on
MIN_INLINE_NOTES = 10  # fewer free lines than this below the questions: notes get a page
KEEP_TABLE_MAX = 0.5  # tables shorter than this share of the body are never split

_family: str | None = None


# -- application and font ---------------------------------------------------------------------
def ensure_app() -> QGuiApplication:
    """A Qt application for headless rendering (offscreen when there is no display)."""
    app = QGuiApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    if (
        not os.environ.get("QT_QPA_PLATFORM")
        and os.name == "posix"
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and not _is_macos()
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    return QApplication(["chainfill"])


def _is_macos() -> bool:

    return sys.platform == "darwin"


def font_family() -> str:
    """Load the shipped CJK font once and return its family name.

    The font ships with ChainFill (WenQuanYi Micro Hei, Apache 2.0), so Chinese renders and is
    embedded in PDFs on any computer, whatever fonts it has.
    """
    global _family
    if _family is None:
        ensure_app()
        path = resources.path(*FONT_FILE)
        fid = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(fid) if fid >= 0 else []
        _family = families[0] if families else FALLBACK_FAMILY
    return _family


# -- page layout ------------------------------------------------------------------------------
def a4_layout() -> QPageLayout:
    """A4 portrait with zero device margins: we place header, body and footer ourselves."""
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
    )


def _anchored(block: QTextBlock) -> bool:
    """A heading: marked with the keep anchor, or an ``<h1>``–``<h6>`` block."""
    if block.blockFormat().headingLevel() > 0:
        return True
    it = block.begin()
    while not it.atEnd():
        if content.KEEP_ANCHOR in it.fragment().charFormat().anchorNames():
            return True
        it += 1
    return False


def keep_together(doc: QTextDocument, page_h: float, *, max_fixes: int = 100) -> int:
    """Move headings and small tables that a page break would split to the next page.

    Qt's rich text has no ``page-break-inside: avoid``: tables are split between rows and a
    heading can end up alone at the foot of a page. This pass finds, in document order, the
    first heading (marked with the ``cf-keep`` anchor) too close to the page foot, or the
    first table shorter than half a page that crosses a page boundary, and puts a page break
    before it (before the headings that lead into it, so they move together); then looks
    again. Returns the number of breaks added.
    """
    layout = doc.documentLayout()
    items = _top_level(doc)
    fixes = 0
    start = 0
    while fixes < max_fixes:
        offender = None
        for idx in range(start, len(items)):
            _, obj, keep = items[idx]
            is_table = isinstance(obj, QTextFrame)
            rect = layout.frameBoundingRect(obj) if is_table else layout.blockBoundingRect(obj)
            top_page = int(rect.top() // page_h)
            if rect.top() - top_page * page_h < 0.02 * page_h:
                continue  # already at the top of a page
            room = (top_page + 1) * page_h - rect.bottom()
            crosses = int((rect.bottom() - 1) // page_h) != top_page
            if (keep and room < KEEP_WITH_NEXT * page_h) or (
                is_table and crosses and rect.height() < KEEP_TABLE_MAX * page_h
            ):
                offender = idx
                break
        if offender is None:
            break
        # Bring the headings that lead into it along (a section heading above a subheading,
        # or above a table): moving only the last one would strand the others.
        while offender > 0 and items[offender - 1][2]:
            offender -= 1
        _break_before(items[offender][1])
        start = offender + 1
        fixes += 1
    return fixes


def stranded_headings(doc: QTextDocument, page_h: float) -> list[str]:
    """Headings that end a page: what follows them starts on a later page (none, after
    :func:`keep_together`; the tests check every printed document with this)."""
    layout = doc.documentLayout()
    items = _top_level(doc)

    def rect(obj: Any) -> QRectF:
        if isinstance(obj, QTextFrame):
            return layout.frameBoundingRect(obj)
        return layout.blockBoundingRect(obj)

    out = []
    for (_, obj, keep), (_, nxt, _k) in pairwise(items):
        # A block pushed to the next page starts at the boundary, give or take rounding.
        if keep and int((rect(nxt).top() + 1) // page_h) > int((rect(obj).top() + 1) // page_h):
            text = (
                obj.firstCursorPosition().block().text()
                if isinstance(obj, QTextFrame)
                else obj.text()
            )
            out.append(text)
    return out


def _top_level(doc: QTextDocument) -> list[tuple[int, Any, bool]]:
    """The root frame's tables and non-empty paragraphs in order: (position, object, kept)."""
    tables = doc.rootFrame().childFrames()
    spans = [(t.firstPosition(), t.lastPosition()) for t in tables]
    items: list[tuple[int, Any, bool]] = [
        (t.firstPosition(), t, _anchored(t.firstCursorPosition().block())) for t in tables
    ]
    k = 0
    block = doc.begin()
    while block.isValid():
        pos = block.position()
        while k < len(spans) and spans[k][1] < pos:
            k += 1
        inside = k < len(spans) and spans[k][0] <= pos <= spans[k][1]
        if not inside and block.length() > 1:
            items.append((pos, block, _anchored(block)))
        block = block.next()
    items.sort(key=lambda x: x[0])
    return items


def _break_before(obj: Any) -> None:
    if isinstance(obj, QTextTable):
        fmt = obj.format()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        obj.setFormat(fmt)
    else:
        cursor = QTextCursor(obj)
        fmt = obj.blockFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        cursor.setBlockFormat(fmt)


@dataclass
class Part:
    """One laid-out document and how its pages are labelled."""

    doc: QTextDocument
    title: str  # running header text
    cover: bool  # first page has no running header
    entry: dict[str, Any] | None = None  # table-of-contents entry (name, place, direction)
    first_page: int = 0

    @property
    def pages(self) -> int:
        return self.doc.pageCount()


class PageMaker:
    """Lays out HTML on a paged device and paints pages with the header and footer."""

    def __init__(self, device: QPagedPaintDevice):
        self.device = device
        self._notes: tuple[float, float, float] | None = None
        self.family = font_family()
        # Header and footer are drawn in the target's pixels ...
        self.mm = device.logicalDpiY() / 25.4
        self.mm_x = device.logicalDpiX() / 25.4
        # ... the body is laid out on the reference device, in its pixels.
        self._buffer = QBuffer()
        self.reference = QPdfWriter(self._buffer)
        self.reference.setResolution(LAYOUT_DPI)
        self.reference.setPageLayout(a4_layout())
        mm = LAYOUT_DPI / 25.4
        full = QRectF(self.reference.pageLayout().fullRectPixels(LAYOUT_DPI))
        self.body = QRectF(
            MARGIN_LEFT * mm,
            MARGIN_TOP * mm,
            full.width() - (MARGIN_LEFT + MARGIN_RIGHT) * mm,
            full.height() - (MARGIN_TOP + MARGIN_BOTTOM) * mm,
        )

    def page_rect(self) -> QRectF:
        """The whole sheet in device pixels (origin at the paper's corner)."""
        layout = self.device.pageLayout()
        return QRectF(layout.fullRectPixels(self.device.logicalDpiY()))

    def layout(self, html: str) -> QTextDocument:
        """A document laid out in pages of the body's size."""
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.reference)
        doc.setUseDesignMetrics(True)  # the same line breaks at any printer resolution
        font = QFont(self.family)
        font.setPointSizeF(BODY_PT)
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        doc.setDefaultStyleSheet(content.STYLE)  # also styles HTML inserted later (the notes)
        option = QTextOption()
        # Chinese breaks anywhere anyway; long Latin strings (URLs) must wrap, never clip.
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(option)
        doc.setPageSize(QSizeF(self.body.width(), self.body.height()))
        doc.setHtml(html)
        keep_together(doc, self.body.height())
        return doc

    def _notes_metrics(self) -> tuple[float, float, float]:
        """(height above the lines, height of one line, height below) of the notes area."""
        if self._notes is None:
            probe = 10
            doc = self.layout(content.notes_page_html(probe))
            layout = doc.documentLayout()
            table = doc.rootFrame().childFrames()[-1]
            rect = layout.frameBoundingRect(table)
            bottom = layout.blockBoundingRect(doc.lastBlock()).bottom()
            self._notes = (rect.top(), rect.height() / probe, bottom - rect.bottom())
        return self._notes

    def layout_dossier(self, d: content.Dossier) -> QTextDocument:
        """Lay out a dossier and end it with a ruled notes area that fills the last page.

        The notes follow the question list when at least :data:`MIN_INLINE_NOTES` lines fit
        below it, and take a page of their own otherwise.
        """
        doc = self.layout(d.html(note_lines=None))
        head, row, tail = self._notes_metrics()
        page_h = self.body.height()
        pages = doc.pageCount()
        used = (
            doc.documentLayout().blockBoundingRect(doc.lastBlock()).bottom() - (pages - 1) * page_h
        )
        gap = 16 * LAYOUT_DPI / 96  # the heading's top margin (16 CSS px)
        inline = int((page_h - used - gap - head - tail) // row) - 1
        if inline >= MIN_INLINE_NOTES:
            lines, page_break, expected = inline, False, pages
        else:
            lines, page_break, expected = int((page_h - head - tail) // row) - 1, True, pages + 1
        cursor = QTextCursor(doc)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertHtml(content.notes_html(max(lines, 4), page_break=page_break))
        if doc.pageCount() > expected:  # rounding left one line over: lay out afresh, shorter
            doc = self.layout(d.html(note_lines=max(lines - 2, 4)))
        return doc

    def _font(self, pt: float, bold: bool = False) -> QFont:
        f = QFont(self.family)
        f.setPointSizeF(pt)
        f.setBold(bold)
        return f

    def paint_page(
        self,
        painter: QPainter,
        doc: QTextDocument,
        index: int,
        *,
        header: str | None,
        footer_left: str,
        page_no: int,
        total: int,
    ) -> None:
        """Paint page ``index`` of ``doc`` with the running header and footer."""
        h = self.body.height()
        painter.save()
        # From the reference device's pixels to the target's.
        painter.scale(
            self.device.logicalDpiX() / LAYOUT_DPI, self.device.logicalDpiY() / LAYOUT_DPI
        )
        painter.translate(self.body.left(), self.body.top() - index * h)
        doc.drawContents(painter, QRectF(0, index * h, self.body.width(), h))
        painter.restore()

        grey = QColor("#6B7480")
        rule = QPen(QColor("#C9D0D9"))
        rule.setWidthF(0.25 * self.mm)
        left = MARGIN_LEFT * self.mm_x
        width = (210.0 - MARGIN_LEFT - MARGIN_RIGHT) * self.mm_x
        painter.save()
        small = self._font(7.5)
        painter.setFont(small)
        metrics = QFontMetricsF(small, self.device)
        line_h = metrics.height()
        if header is not None:
            y = HEADER_BASELINE * self.mm
            org = content.ORG
            org_w = metrics.horizontalAdvance(org) + 4 * self.mm_x
            # Running headers are elided (the full name is on the cover): one line, never two.
            text = metrics.elidedText(header, Qt.TextElideMode.ElideMiddle, width - org_w)
            painter.setPen(grey)
            painter.drawText(
                QRectF(left, y - line_h, width - org_w, line_h * 1.2),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                text,
            )
            painter.drawText(
                QRectF(left, y - line_h, width, line_h * 1.2),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                org,
            )
            painter.setPen(rule)
            y_rule = y + 1.6 * self.mm
            painter.drawLine(int(left), int(y_rule), int(left + width), int(y_rule))
        y = FOOTER_TOP * self.mm
        painter.setPen(rule)
        painter.drawLine(int(left), int(y), int(left + width), int(y))
        painter.setPen(grey)
        box = QRectF(left, y + 1.2 * self.mm, width, line_h * 1.3)
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, footer_left)
        painter.drawText(
            box,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
            f"第 {page_no} 页 / 共 {total} 页",
        )
        painter.restore()


# -- the job ------------------------------------------------------------------------------------
def _entry(d: content.Dossier) -> dict[str, Any]:
    fit = d.fit or {}
    return {
        "name": d.name,
        "place": d.place if d.place != content.UNKNOWN else "",
        "direction": fit.get("direction_name") or "",
        "strategy": d.strategy or "",  # named on the batch's cover (#16)
    }


def layout_job(
    db: Database,
    cancel: CancelToken | None,
    maker: PageMaker,
    firm_ids: list[int],
    *,
    shortlist: str | None = None,
    prepared_by: str | None = None,
    toc: bool | None = None,
    today: date | None = None,
) -> Job[list[Part]]:
    """Assemble and lay out every dossier (and the table of contents of a batch)."""
    if not firm_ids:
        raise UserError("没有要打印的企业")
    ctx = content.Context(db)
    parts: list[Part] = []
    n = len(firm_ids)
    for i, fid in enumerate(firm_ids):
        if cancel is not None:
            cancel.check()
        d = content.build(
            db, fid, shortlist=shortlist, prepared_by=prepared_by, today=today, context=ctx
        )
        doc = maker.layout_dossier(d)
        parts.append(Part(doc, f"{content.DOC_TITLE} · {d.name}", True, _entry(d)))
        yield Progress(i + 1, n, f"排版 {i + 1}/{n}：{d.name}")
    if toc is None:
        toc = shortlist is not None and n > 1
    if toc:
        sl_note = None
        if shortlist:
            sl_note = store_outreach.shortlist_note(db, shortlist)
        parts.insert(0, _toc_part(maker, parts, shortlist or "", prepared_by, today, sl_note))
    else:
        _number(parts)
    return parts


def _number(parts: list[Part]) -> int:
    page = 1
    for p in parts:
        p.first_page = page
        page += p.pages
    return page - 1


def _toc_part(
    maker: PageMaker,
    parts: list[Part],
    shortlist: str,
    prepared_by: str | None,
    today: date | None,
    note: str | None,
) -> Part:
    """The cover-and-contents document; its own length decides where the dossiers start."""
    toc_pages = 1
    for _ in range(4):  # converges at once in practice: page numbers do not change row heights
        page = toc_pages + 1
        entries = []
        for p in parts:
            entries.append({**(p.entry or {}), "page": page})
            page += p.pages
        html = content.batch_cover_html(
            shortlist, entries, prepared_by=prepared_by, today=today, note=note
        )
        doc = maker.layout(html)
        if doc.pageCount() == toc_pages:
            break
        toc_pages = doc.pageCount()
    part = Part(doc, f"走访档案汇编 · {shortlist}", True, None)
    _number([part, *parts])
    return part


def paint_job(
    painter: QPainter,
    device: QPagedPaintDevice,
    maker: PageMaker,
    parts: list[Part],
    cancel: CancelToken | None = None,
    *,
    footer: str = content.CONFIDENTIAL,
) -> Job[int]:
    """Paint every page of ``parts`` on ``device``; returns the number of pages."""
    total = sum(p.pages for p in parts)
    page_no = 0
    for k, part in enumerate(parts):
        for i in range(part.pages):
            if cancel is not None:
                cancel.check()
            if page_no:
                device.newPage()
            page_no += 1
            header = None if (part.cover and i == 0) else part.title
            maker.paint_page(
                painter,
                part.doc,
                i,
                header=header,
                footer_left=footer,
                page_no=page_no,
                total=total,
            )
        yield Progress(k + 1, len(parts), f"输出 {k + 1}/{len(parts)}")
    return total


def pdf_writer(path: Path) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(a4_layout())
    writer.setCreator("ChainFill 补链招商助手")
    writer.setTitle(content.DOC_TITLE)
    return writer


def pdf_job(
    db: Database,
    cancel: CancelToken | None,
    firm_ids: list[int],
    out: str | os.PathLike[str],
    *,
    shortlist: str | None = None,
    prepared_by: str | None = None,
    toc: bool | None = None,
    today: date | None = None,
) -> Job[dict[str, Any]]:
    """Write the dossiers of ``firm_ids`` to one PDF (a job: progress, cancel).

    The PDF is written to a temporary file beside ``out`` and moved into place at the end, so
    a cancel or a failure leaves no half-written file. Returns pages, firms and seconds.
    """
    from app import privacy

    t0 = time.perf_counter()
    out_path = privacy.check_output_path(out, ".pdf")
    font_family()
    fd, tmp_name = tempfile.mkstemp(prefix=".chainfill-", suffix=".pdf", dir=out_path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    writer = pdf_writer(tmp)
    painter = QPainter()
    try:
        maker = PageMaker(writer)
        n = len(firm_ids)
        parts = yield from _scaled(
            layout_job(
                db,
                cancel,
                maker,
                firm_ids,
                shortlist=shortlist,
                prepared_by=prepared_by,
                toc=toc,
                today=today,
            ),
            0,
            n,
            2 * n,
        )
        if not painter.begin(writer):
            raise UserError(f"无法写入输出文件：{out_path}")
        pages = yield from _scaled(paint_job(painter, writer, maker, parts, cancel), n, n, 2 * n)
        painter.end()  # the PDF engine writes the trailer and closes the file here
        # the dossier shows contacts in full: personal data, readable by its owner only
        privacy.replace_atomically(tmp, out_path, private=True)
    except BaseException:
        if painter.isActive():
            painter.end()
        tmp.unlink(missing_ok=True)
        raise
    return {
        "file": str(out_path),
        "firms": len(firm_ids),
        "pages": pages,
        "seconds": round(time.perf_counter() - t0, 3),
    }


def _scaled(job: Job[Any], start: int, span: int, total: int) -> Job[Any]:
    """Re-base a sub-job's progress onto ``start .. start + span`` of ``total`` steps."""
    while True:
        try:
            p = next(job)
        except StopIteration as stop:
            return stop.value
        yield Progress(start + round(span * p.done / (p.total or 1)), total, p.message)


def print_to(
    printer: QPrinter,
    db: Database,
    firm_ids: list[int],
    *,
    shortlist: str | None = None,
    prepared_by: str | None = None,
    on_progress: Callable[[Progress], Any] | None = None,
) -> int:
    """Render the dossiers on a printer (the print preview's and the print dialog's)."""
    from app.jobs import run_to_end

    printer.setFullPage(True)
    printer.setPageLayout(a4_layout())
    maker = PageMaker(printer)
    parts = run_to_end(
        layout_job(db, None, maker, firm_ids, shortlist=shortlist, prepared_by=prepared_by),
        on_progress,
    )
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError("无法开始打印：打印机不可用或输出文件无法写入")
    try:
        return run_to_end(paint_job(painter, printer, maker, parts), on_progress)
    finally:
        painter.end()


# -- headless entry points (used by cli.commands.dossier) ---------------------------------------
def write_pdf(
    db: Database,
    firm_ids: list[int],
    out: str | os.PathLike[str],
    *,
    shortlist: str | None = None,
    prepared_by: str | None = None,
    on_progress: Callable[[Progress], Any] | None = None,
) -> dict[str, Any]:
    """Write a PDF of the dossiers without a window (``chainfill dossier``)."""
    from app.jobs import run_to_end

    ensure_app()
    return run_to_end(
        pdf_job(db, None, firm_ids, out, shortlist=shortlist, prepared_by=prepared_by),
        on_progress,
    )


def available_printers() -> list[str]:
    """Names of the printers the system knows."""
    from PySide6.QtPrintSupport import QPrinterInfo

    ensure_app()
    return [p.printerName() for p in QPrinterInfo.availablePrinters()]


def print_dossiers(
    db: Database,
    firm_ids: list[int],
    printer_name: str,
    *,
    shortlist: str | None = None,
    prepared_by: str | None = None,
) -> int:
    """Send the dossiers to a named printer; :class:`UserError` when it does not exist."""
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    ensure_app()
    info = QPrinterInfo.printerInfo(printer_name)
    if info.isNull():
        known = available_printers()
        hint = f"可用的打印机：{'、'.join(known)}" if known else "本机没有可用的打印机"
        raise UserError(f"找不到打印机“{printer_name}”（{hint}）。可以改用 --out 导出 PDF。")
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    return print_to(printer, db, firm_ids, shortlist=shortlist, prepared_by=prepared_by)


# -- the print preview (desktop app) ------------------------------------------------------------
def preview_dialog(
    db: Database,
    firm_ids: list[int],
    *,
    shortlist: str | None = None,
    prepared_by: str | None = None,
    parent: Any = None,
):
    """A print preview of the dossiers; its print button opens the system print dialog.

    The preview and the printout are painted by :func:`print_to`, the PDF export by the same
    :class:`PageMaker`: they are the same document.
    """
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    if not firm_ids:
        raise UserError("没有要打印的企业")
    font_family()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    printer.setPageLayout(a4_layout())
    printer.setDocName(content.DOC_TITLE)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.printer_ref = printer  # type: ignore[attr-defined]  # the dialog does not own it
    from PySide6.QtCore import QCoreApplication

    title = (
        QT_TRANSLATE_NOOP("DossierPrint", "Print preview — visit dossiers")
        if len(firm_ids) > 1
        else QT_TRANSLATE_NOOP("DossierPrint", "Print preview — visit dossier")
    )
    dialog.setWindowTitle(QCoreApplication.translate("DossierPrint", title))
    dialog.pages_painted = 0  # type: ignore[attr-defined]

    def paint(target: QPrinter) -> None:
        dialog.pages_painted = print_to(  # type: ignore[attr-defined]
            target, db, firm_ids, shortlist=shortlist, prepared_by=prepared_by
        )

    dialog.paintRequested.connect(paint)
    dialog.resize(900, 1000)
    return dialog
