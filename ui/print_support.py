"""Printing what a view shows: Qt's print preview, the same page for paper and PDF."""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QPointF, QRectF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from ui import messages


def _printer(landscape: bool) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
            QMarginsF(12, 12, 12, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    return printer


def render_widget(widget: QWidget, printer: QPrinter) -> None:
    """Draw ``widget`` scaled to the page width, over as many pages as it needs."""
    painter = QPainter(printer)
    page = printer.pageLayout().paintRectPixels(printer.resolution())
    scale = page.width() / max(1, widget.width())
    page_h = page.height() / scale
    top = 0.0
    first = True
    while top < widget.height():
        if not first:
            printer.newPage()
        first = False
        painter.save()
        painter.scale(scale, scale)
        painter.translate(QPointF(0, -top))
        painter.setClipRect(QRectF(0, top, widget.width(), page_h))
        widget.render(painter)
        painter.restore()
        top += page_h
    painter.end()


def print_widget(widget: QWidget, title: str = "") -> None:
    """Print preview of a widget (a dashboard page, a chart)."""
    if messages.headless:
        return
    target = widget
    scroll = widget.findChild(QWidget, "scrollBody")
    if scroll is not None:
        target = scroll
    printer = _printer(landscape=True)
    printer.setDocName(title)
    dlg = QPrintPreviewDialog(printer, widget)
    dlg.setWindowTitle(title)
    dlg.paintRequested.connect(lambda p: render_widget(target, p))
    dlg.exec()


def print_html(parent: QWidget, html: str, title: str = "", landscape: bool = False) -> None:
    """Print preview of an HTML document (lists, reports)."""
    if messages.headless:
        return
    printer = _printer(landscape)
    printer.setDocName(title)
    doc = QTextDocument()
    doc.setDefaultFont(parent.font())
    doc.setHtml(html)

    def paint(p: QPrinter) -> None:
        doc.setPageSize(p.pageLayout().paintRect(QPageLayout.Unit.Point).size())
        doc.print_(p)

    dlg = QPrintPreviewDialog(printer, parent)
    dlg.setWindowTitle(title)
    dlg.paintRequested.connect(paint)
    dlg.exec()
