"""Print and export the project appraisal sheets and the portfolio summary.

The content is HTML from :mod:`app.projects.sheet`; printing is :mod:`ui.sheet_print`'s, the
same pages in PDF, print preview and on the printer as every other sheet.
"""

from __future__ import annotations

import os
from datetime import date
from typing import TYPE_CHECKING, Any

from app.projects import sheet
from ui import sheet_print

if TYPE_CHECKING:
    from app.db import Database


def write_pdf(docs: list[tuple[str, str]], out: str | os.PathLike[str]) -> dict[str, Any]:
    """Write appraisal ``docs`` to one PDF titled as one sheet or as the portfolio summary."""
    title = sheet.SUMMARY_TITLE if len(docs) > 1 else sheet.TITLE
    return sheet_print.write_pdf(docs, out, title=title)


def write_projects_pdf(
    db: Database,
    out: str | os.PathLike[str],
    *,
    project: str | None = None,
    year: int | None = None,
    today: date | None = None,
) -> dict[str, Any]:
    """Headless entry point (``chainfill projects print``): one sheet or the whole portfolio."""
    docs = sheet.documents(db, project=project, year=year, today=today)
    return write_pdf(docs, out)
