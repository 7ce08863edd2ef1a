"""What an import did: counts, rejected rows, conflicts, and the rejects CSV file."""

from __future__ import annotations

import contextlib
import csv
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app.errors import UserError
from app.privacy import csv_safe_row
from resources.i18n import _

# Kept in memory (and in the ImportReport) — the rejects CSV has all of them.
REPORT_CAP = 1000
# Stored in imports.report and printed by the CLI.
STORED_CAP = 200
VALUE_CAP = 500  # characters of a rejected value shown in the report and the CSV

REJECTS_HEADER = ("行号", "列", "值", "原因")


@dataclass(frozen=True)
class Reject:
    """A problem that kept a row out: the row number as the spreadsheet shows it (1-based)."""

    row: int
    column: str
    value: str
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "value": self.value, "reason": self.reason}


@dataclass(frozen=True)
class Conflict:
    """A field whose existing value was replaced by a different one from the newer file."""

    firm_id: int
    firm: str
    field: str
    old: Any
    new: Any
    row: int

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ImportReport:
    """The outcome of :func:`app.importing.import_firms`.

    Every data row read is exactly one of added, updated, unchanged or rejected:
    ``read == added + updated + unchanged + rejected``.
    """

    file: str
    source: str
    format: str = ""
    encoding: str = ""
    header_row: int = 0
    mapping: dict[int, str | None] = field(default_factory=dict)
    ignored: list[str] = field(default_factory=list)
    read: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    rejects: list[Reject] = field(default_factory=list)
    rejects_total: int = 0  # problems found (a rejected row may have several)
    conflicts: list[Conflict] = field(default_factory=list)
    conflicts_total: int = 0
    import_id: int | None = None
    dry_run: bool = False
    elapsed: float = 0.0
    rejects_file: str | None = None

    def add_reject(self, reject: Reject) -> None:
        self.rejects_total += 1
        if len(self.rejects) < REPORT_CAP:
            self.rejects.append(reject)

    def add_conflict(self, conflict: Conflict) -> None:
        self.conflicts_total += 1
        if len(self.conflicts) < REPORT_CAP:
            self.conflicts.append(conflict)

    def to_json(self, cap: int = STORED_CAP) -> dict[str, Any]:
        """The CLI's JSON: ``read, added, updated, unchanged, rejected`` plus details."""
        return {
            "read": self.read,
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
            "import_id": self.import_id,
            "dry_run": self.dry_run,
            "file": self.file,
            "source": self.source,
            "format": self.format,
            "encoding": self.encoding,
            "header_row": self.header_row,
            "mapping": {str(k): v for k, v in self.mapping.items()},
            "ignored_columns": self.ignored,
            "conflicts_total": self.conflicts_total,
            "conflicts": [c.to_json() for c in self.conflicts[:cap]],
            "rejects_total": self.rejects_total,
            "rejects": [r.to_json() for r in self.rejects[:cap]],
            "rejects_file": self.rejects_file,
            "elapsed_s": round(self.elapsed, 3),
        }

    def summary(self) -> str:
        """One line for people, in the language in force."""
        head = _("试运行（未写入数据库）") if self.dry_run else _("导入完成")
        text = _(
            "{head}：读取 {read} 行，新增 {added}，更新 {updated}，未变 {unchanged}，拒收 {rejected}。"
        ).format(
            head=head,
            read=self.read,
            added=self.added,
            updated=self.updated,
            unchanged=self.unchanged,
            rejected=self.rejected,
        )
        if self.conflicts_total:
            text += _("有 {count} 处与库中已有值不同，已采用本文件的值。").format(
                count=self.conflicts_total
            )
        return text


def show_value(value: Any) -> str:
    """A cell value as text for the report, shortened."""
    s = "" if value is None else str(value)
    s = s.replace("\x00", "")
    return (
        s if len(s) <= VALUE_CAP else s[:VALUE_CAP] + _("…（共 {length} 字）").format(length=len(s))
    )


class RejectsWriter:
    """Streams rejected rows to a CSV (UTF-8 with BOM, so Excel shows the Chinese).

    Written to ``<name>.part`` and renamed on :meth:`commit`; :meth:`discard` removes it, so a
    failed import leaves no half-written file.
    """

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)
        if self.path.is_dir():
            raise UserError(
                _("拒绝明细文件路径 {path} 是文件夹，请给出文件名。").format(path=self.path)
            )
        from app import filesafety

        filesafety.refuse_open_database(self.path, filesafety.REJECTS_FILE)
        self.part = self.path.with_name(self.path.name + ".part")
        try:
            self._fh = self.part.open("w", encoding="utf-8-sig", newline="")
        except OSError as exc:
            raise UserError(
                _(
                    "无法写入拒绝明细文件 {path}：{value}。请检查文件夹是否存在、是否有写入权限，或文件是否正被 Excel 打开。"
                ).format(path=self.path, value=exc.strerror or exc)
            ) from exc
        self._writer = csv.writer(self._fh)
        self._writer.writerow(REJECTS_HEADER)

    def write(self, reject: Reject) -> None:
        # The rejects file is opened in Excel: text that starts like a formula must stay text.
        self._writer.writerow(
            csv_safe_row((reject.row, reject.column, reject.value, reject.reason))
        )

    def commit(self) -> None:
        self._fh.close()
        try:
            os.replace(self.part, self.path)
        except OSError as exc:
            raise UserError(
                _("无法写入拒绝明细文件 {path}：{value}").format(
                    path=self.path, value=exc.strerror or exc
                )
            ) from exc

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self._fh.close()
        with contextlib.suppress(OSError):
            self.part.unlink()
