"""Reading the targeting sheets (flag lists, links, signals): CSV or XLSX, Chinese or English
headers, a title row above the header allowed. The file itself is read by
:func:`app.importing.readers.open_sheet` (encodings, hostile files, XLSX limits). Also the
end the three imports share: their report timed and audited."""

from __future__ import annotations

import itertools
import os
import re
import time
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from app.errors import UserError
from app.importing.readers import HEADER_SCAN_ROWS, Sheet, open_sheet
from app.jobs import CancelToken, Progress
from resources.i18n import _

if TYPE_CHECKING:
    from app.db import Database

_SPACE = re.compile(r"[\s_\-（）()：:*]+")


def header_key(text: Any) -> str:
    """A header cell as compared: NFKC, lower case, no spaces, brackets or colons."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", str(text or "")).lower())


def _positions(row: Sequence[Any], columns: Mapping[str, Sequence[str]]) -> dict[str, int]:
    keys = [header_key(c) for c in row]
    out: dict[str, int] = {}
    for field, aliases in columns.items():
        wanted = {header_key(a) for a in aliases}
        for i, k in enumerate(keys):
            if k in wanted and i not in out.values():
                out[field] = i
                break
    return out


def _names(columns: Mapping[str, Sequence[str]], fields: Sequence[str]) -> str:
    return "、".join(f"“{columns[f][0]}”" for f in fields)


def rows(
    path: str | os.PathLike[str],
    columns: Mapping[str, Sequence[str]],
    required: Sequence[Sequence[str]],
) -> tuple[Sheet, Iterator[tuple[int, dict[str, Any]]]]:
    """Open ``path`` and find its header; yields (row number, {field: cell}) per data row.

    ``columns`` maps each field to its accepted headers (the first is named in messages);
    ``required`` lists alternatives: at least one field of each group must be present.
    UserError (nothing read) when the file or its header is unusable.
    """
    sheet = open_sheet(path, assume_header=True)
    data = sheet.data_rows()
    pos = _positions(sheet.headers, columns)

    def ok(p: dict[str, int]) -> bool:
        return all(any(f in p for f in group) for group in required)

    buffered: list[tuple[int, list[Any]]] = []
    if not ok(pos):
        # A title row above the header: look a few rows further down.
        for number, cells in data:
            buffered.append((number, cells))
            p = _positions(cells, columns)
            if ok(p):
                pos = p
                buffered.clear()
                break
            if len(buffered) >= HEADER_SCAN_ROWS:
                break
        else:
            buffered.clear()
        if not ok(pos):
            sheet.close()
            need = "；".join(_names(columns, g) for g in required)
            raise UserError(
                _("{path} 中没有找到所需的列：需要 {need}（中文或英文列名均可）").format(
                    path=os.fspath(path), need=need
                )
            )

    def gen() -> Iterator[tuple[int, dict[str, Any]]]:
        try:
            for number, cells in itertools.chain(buffered, data):
                rec = {f: (cells[i] if i < len(cells) else None) for f, i in pos.items()}
                if all(v is None or str(v).strip() == "" for v in rec.values()):
                    continue
                yield number, rec
        finally:
            sheet.close()

    return sheet, gen()


def reading(rows: int, cancel: CancelToken) -> Iterator[Progress]:
    """Every thousandth row read: stop here if the job was cancelled, else say how far."""
    if rows % 1000 == 0:
        cancel.check()
        yield Progress(rows, 0, _("已读 {rows:,} 行").format(rows=rows))


def text(value: Any) -> str:
    """A cell as trimmed text ('' for an empty cell)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFKC", str(value)).strip()


def audited(
    db: Database,
    report: dict[str, Any],
    t0: float,
    action: str,
    table: str,
    key: str | None = None,
    *,
    listed: str,
) -> dict[str, Any]:
    """The end of an import, inside its transaction: ``report`` with the seconds since ``t0``,
    audited as ``action`` on ``table`` (``key``) without its list of rows ``listed`` (the
    audit keeps the counts); returns the report."""
    report["seconds"] = round(time.perf_counter() - t0, 2)
    db.audit(action, table, key, {k: v for k, v in report.items() if k != listed})
    return report
