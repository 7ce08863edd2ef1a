"""Print and export sheets: a list of (title, HTML) documents laid out one after another.

One module for every printed sheet that is not a dossier — the deal assessment and pipeline
report (:mod:`app.deals`), the project appraisal sheets and portfolio summary
(:mod:`app.projects.sheet`, via :mod:`ui.projects_print`). The page layout — A4, the bureau's
running header, page numbers, the shipped CJK font — is the dossiers' (``ui.dossier_print``),
so PDF, print preview and printer give the same pages.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QPainter

from app.errors import UserError
from ui import dossier_print as dp

if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice
    from PySide6.QtPrintSupport import QPrinter

FOOTER = "内部资料　注意保密"


def render(device: QPagedPaintDevice, docs: list[tuple[str, str]]) -> int:
    """Lay out ``docs`` (title, HTML) on ``device`` and paint every page; returns the pages."""
    from app.jobs import run_to_end

    maker = dp.PageMaker(device)
    parts = []
    page = 0
    for title, html in docs:
        part = dp.Part(maker.layout(html), title, cover=False)
        part.first_page = page + 1
        page += part.pages
        parts.append(part)
    painter = QPainter()
    if not painter.begin(device):
        raise UserError("无法开始输出：打印机不可用或输出文件无法写入")
    try:
        return run_to_end(dp.paint_job(painter, device, maker, parts, footer=FOOTER))
    finally:
        painter.end()


def write_pdf(
    docs: list[tuple[str, str]], out: str | os.PathLike[str], *, title: str | None = None
) -> dict[str, Any]:
    """Write ``docs`` to one PDF titled ``title`` (default: the first document's title); the
    file appears whole or not at all."""
    from app import privacy

    dp.ensure_app()
    dp.font_family()
    out_path = privacy.check_output_path(out, ".pdf")
    fd, tmp_name = tempfile.mkstemp(prefix=".chainfill-", suffix=".pdf", dir=out_path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        writer = dp.pdf_writer(tmp)
        writer.setTitle(title if title is not None else (docs[0][0] if docs else ""))
        pages = render(writer, docs)
        del writer  # closes the file
        privacy.replace_atomically(tmp, out_path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return {"file": str(out_path), "documents": len(docs), "pages": pages}


def print_to(printer: QPrinter, docs: list[tuple[str, str]]) -> int:
    """Render on a printer (the preview's and the print dialog's)."""
    printer.setFullPage(True)
    printer.setPageLayout(dp.a4_layout())
    return render(printer, docs)


def preview(parent: Any, docs: list[tuple[str, str]], title: str) -> None:
    """Qt's print preview of ``docs``; its print button opens the system print dialog."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from ui import messages

    if messages.headless:
        return
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dlg = QPrintPreviewDialog(printer, parent)
    dlg.setWindowTitle(title)
    dlg.paintRequested.connect(lambda p: print_to(p, docs))
    dlg.exec()
