"""Import agreements and yearly reports from the Excel template (or a colleague's version of it).

Same rules as the firm import: the whole file is one transaction (a file-level problem, a
crash or a cancel leaves the database as it was); a bad row is rejected with its sheet, row
number, column and a reason in Chinese, and the other rows go in. Duplicates never double
count: a project is keyed by its agreement number, a report by (project, year); a second row
with the same key — in the file or already in the database — updates the first, and empty
cells keep the stored value.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Generator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import UserError
from app.jobs import CancelToken, Progress, run_to_end
from app.projects import model
from app.projects.model import ITEMS, MILESTONES, Commitment, Milestone, Project, Report
from app.projects.template import (
    COUNT_UNITS,
    EMISSION_UNITS,
    ENERGY_UNITS,
    FLOOR_UNITS,
    LAND_UNITS,
    PERCENT_UNITS,
    PROJECT,
    Sheet,
    column,
    read_workbook,
)
from resources.i18n import N_, _

if TYPE_CHECKING:
    from app.db import Database


@dataclass
class Problem:
    sheet: str
    row: int
    column: str
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {"sheet": self.sheet, "row": self.row, "column": self.column, "reason": self.reason}


@dataclass
class Counts:
    read: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0

    def to_json(self) -> dict[str, int]:
        return {k: getattr(self, k) for k in ("read", "added", "updated", "unchanged", "rejected")}


@dataclass
class ImportResult:
    file: str
    projects: Counts = field(default_factory=Counts)
    reports: Counts = field(default_factory=Counts)
    firms_added: int = 0
    rejects: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    ignored_columns: dict[str, list[str]] = field(default_factory=dict)
    dry_run: bool = False

    def total(self, key: str) -> int:
        return getattr(self.projects, key) + getattr(self.reports, key)

    def to_json(self) -> dict[str, Any]:
        """Totals in the firm import's shape ({"read","added","updated","unchanged","rejected"})
        plus the breakdown, the rejects and the warnings."""
        return {
            **{k: self.total(k) for k in ("read", "added", "updated", "unchanged", "rejected")},
            "projects": self.projects.to_json(),
            "reports": self.reports.to_json(),
            "firms_added": self.firms_added,
            "dry_run": self.dry_run,
            "rejects": [p.to_json() for p in self.rejects],
            "warnings": [p.to_json() for p in self.warnings],
            "ignored_columns": self.ignored_columns,
        }


class _DryRun(Exception):
    pass


class _RowError(Exception):
    def __init__(self, problems: list[tuple[str, str]]):
        super().__init__(problems)
        self.problems = problems


# -- cell parsing -------------------------------------------------------------------------


def _text(v: Any) -> str | None:
    from app import parsing

    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return parsing.clean_text(v) if v is not None else None


def _with_unit(v: Any, table: dict[str, float], header_unit: str | None) -> float | None:
    """A number in a unit of ``table``: the cell may carry its own unit (``3000平方米``)."""
    from app import parsing

    factor = table.get(header_unit or "", 1.0) if header_unit else 1.0
    if isinstance(v, str):
        t = parsing.clean_text(v)
        if t is None:
            return None
        t = t.replace(",", "").replace("，", "")
        for unit in sorted(table, key=len, reverse=True):
            if t.lower().endswith(unit.lower()):
                t, factor = t[: -len(unit)].strip(), table[unit]
                break
        v = t
    x = parsing.parse_number(v)
    return None if x is None else x * factor


def parse_cell(kind: str, v: Any, unit: str | None) -> Any:
    """A cell's value for a column kind; ValueError with the reason in Chinese.

    Amounts, dates, flags and percentages go through the firm importer's parsers
    (:mod:`app.parsing`), so both imports read a cell the same way.
    """
    from app import parsing

    if v is None:
        return None
    if kind == "text":
        return _text(v)
    if kind == "date":
        iso = parsing.parse_date(v, earliest=date(1990, 1, 1), latest=date(2100, 12, 31))
        return None if iso is None else date.fromisoformat(iso)
    if kind == "amount":
        default = "万元"
        if unit:
            default = unit.removesuffix("亩") or "万元"  # 万元/亩 → 万元
        try:
            value, currency = parsing.parse_amount(v, default_unit=default)
        except ValueError:
            raise
        if currency not in (None, "CNY"):
            raise ValueError(_("金额应为人民币，实际为 {currency}").format(currency=currency))
        return value
    if kind == "percent":
        if unit in PERCENT_UNITS:
            f = parsing.parse_percent(v, percent_points=True)
        else:
            f = parsing.parse_percent(v)
        return None if f is None else round(f * 100.0, 10)
    if kind == "count":
        x = _with_unit(v, COUNT_UNITS, None)
        if x is None:
            return None
        if not float(x).is_integer():
            raise ValueError(_("应为整数：{value}").format(value=v))
        return int(x)
    if kind == "year":
        t = _text(v)
        if t is None:
            return None
        t = t.removesuffix("年度").removesuffix("年")
        try:
            y = int(float(t))
        except ValueError:
            raise ValueError(_("年度应为四位数年份，如 2024：{value}").format(value=v)) from None
        if not 1990 <= y <= 2100 or float(t) != y:
            raise ValueError(_("年度应为四位数年份，如 2024：{value}").format(value=v))
        return y
    if kind == "land":
        return _with_unit(v, LAND_UNITS, unit)
    if kind == "floor":
        return _with_unit(v, FLOOR_UNITS, unit)
    if kind == "energy":
        return _with_unit(v, ENERGY_UNITS, unit)
    if kind == "emission":
        return _with_unit(v, EMISSION_UNITS, unit)
    if kind == "bool":
        b = parsing.parse_bool(v)
        return None if b is None else bool(b)
    raise ValueError(kind)


def _parse_row(
    sheet: Sheet, values: dict[str, Any]
) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    out: dict[str, Any] = {}
    problems: list[tuple[str, str]] = []
    for key, raw in values.items():
        col = column(sheet.kind, key)
        try:
            out[key] = parse_cell(col.kind, raw, sheet.units.get(key))
        except ValueError as exc:
            problems.append((key, str(exc)))
            continue
        if isinstance(out[key], float) and not math.isfinite(out[key]):
            problems.append((key, "不是有效数字"))
    return out, problems


# -- the job ------------------------------------------------------------------------------


def import_file(
    db: Database,
    path: str | Path,
    *,
    dry_run: bool = False,
    today: date | None = None,
    source: str | None = None,
) -> ImportResult:
    """Import a template file; see :func:`import_job`."""
    return run_to_end(import_job(db, path, dry_run=dry_run, today=today, source=source))


def import_job(
    db: Database,
    path: str | Path,
    *,
    dry_run: bool = False,
    today: date | None = None,
    source: str | None = None,
    cancel: CancelToken | None = None,
) -> Generator[Progress, None, ImportResult]:
    """Read, validate and store agreements and reports in one transaction (a job generator).

    File-level problems raise :class:`UserError` before anything is written; ``dry_run``
    validates and counts, then rolls back.
    """
    path = Path(path)
    today = today or date.today()
    sheets = read_workbook(path)
    result = ImportResult(file=str(path), dry_run=dry_run)
    for s in sheets:
        if s.ignored:
            result.ignored_columns[s.title] = s.ignored
    total = sum(len(s.rows) for s in sheets)
    yield Progress(
        0, total, _("读取 {path_name}：{total} 行").format(path_name=path.name, total=total)
    )
    if not dry_run:
        from app import backup

        backup.auto_backup(db, reason="import-projects")
    from app import catalog_store

    catalog = catalog_store.current(db)
    imp = _Importer(db, result, today, source or path.name, catalog)
    done = 0
    try:
        with db.write():
            import_id = _start_import_record(db, path, source or path.name)
            # Agreements first, so that reports in the same file can refer to them.
            for sheet in sorted(sheets, key=lambda s: 0 if s.kind == PROJECT else 1):
                for row_no, values in sheet.rows:
                    if cancel is not None:
                        cancel.check()
                    if sheet.kind == PROJECT:
                        imp.project_row(sheet, row_no, values)
                    else:
                        imp.report_row(sheet, row_no, values)
                    done += 1
                    if done % 50 == 0:
                        yield Progress(
                            done,
                            total,
                            _("已处理 {done}/{total} 行").format(done=done, total=total),
                        )
            _finish_import_record(db, import_id, result)
            db.audit("import", "projects", import_id, {"file": path.name, **result.to_json()})
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    yield Progress(total, total, _("完成"))
    return result


def _start_import_record(db: Database, path: Path, source: str) -> int:
    from app.db import now, os_user

    cur = db.execute(
        "INSERT INTO imports (file, source, kind, started_at, user, status) VALUES (?,?,?,?,?,?)",
        (str(path), source, "projects", now(), os_user(), "running"),
    )
    assert cur.lastrowid is not None  # set by the INSERT above
    return cur.lastrowid


def _finish_import_record(db: Database, import_id: int, result: ImportResult) -> None:
    import json

    from app.db import now

    db.execute(
        "UPDATE imports SET finished_at = ?, read = ?, added = ?, updated = ?, unchanged = ?, "
        "rejected = ?, status = 'done', report = ? WHERE id = ?",
        (
            now(),
            result.total("read"),
            result.total("added"),
            result.total("updated"),
            result.total("unchanged"),
            result.total("rejected"),
            json.dumps(
                {
                    "rejects": [p.to_json() for p in result.rejects][:1000],
                    "warnings": [p.to_json() for p in result.warnings][:1000],
                },
                ensure_ascii=False,
            ),
            import_id,
        ),
    )


_OUTCOME_RANK = {"unchanged": 0, "updated": 1, "added": 2}
# Project fields a file row sets as read (when given). The rest are set separately: the firm
# (matched or new), the agreement number (the row's key), the direction and segment (names
# turned into catalog codes) and the source (kept once set).
_FILE_FIELDS = tuple(
    k
    for k in model.PROJECT_COLUMNS
    if k not in {"firm_id", "agreement_no", "direction", "segment", "source"}
)


class _Importer:
    def __init__(self, db: Database, result: ImportResult, today: date, source: str, catalog: Any):
        self.db = db
        self.result = result
        self.today = today
        self.source = source
        self.catalog = catalog
        # key -> (first row, outcome so far): a key seen twice is counted once.
        self.project_seen: dict[str, tuple[int, str]] = {}
        self.report_seen: dict[tuple[int, int], tuple[int, str]] = {}

    # -- helpers --------------------------------------------------------------------------
    def _header(self, sheet: Sheet, key: str) -> str:
        if key in sheet.headers:
            return sheet.headers[key]
        try:
            return column(sheet.kind, key).header
        except StopIteration:
            return key

    def _reject(
        self, sheet: Sheet, row: int, problems: list[tuple[str, str]], counts: Counts
    ) -> None:
        counts.rejected += 1
        for key, reason in problems:
            self.result.rejects.append(Problem(sheet.title, row, self._header(sheet, key), reason))

    def _warn(self, sheet: Sheet, row: int, key: str, reason: str) -> None:
        self.result.warnings.append(Problem(sheet.title, row, self._header(sheet, key), reason))

    def _count(self, counts: Counts, seen: dict, key: Any, row: int, outcome: str) -> str | None:
        """Count a stored row once per key; returns the row it repeats, if any."""
        if key in seen:
            first_row, before = seen[key]
            # "added then updated" is still one addition; "unchanged then updated" an update.
            best = max(before, outcome, key=_OUTCOME_RANK.__getitem__)
            if best != before:
                setattr(counts, before, getattr(counts, before) - 1)
                setattr(counts, best, getattr(counts, best) + 1)
            seen[key] = (first_row, best)
            return str(first_row)
        seen[key] = (row, outcome)
        setattr(counts, outcome, getattr(counts, outcome) + 1)
        return None

    # -- agreements -----------------------------------------------------------------------
    def project_row(self, sheet: Sheet, row: int, values: dict[str, Any]) -> None:
        counts = self.result.projects
        counts.read += 1
        v, problems = _parse_row(sheet, values)
        for key in ("agreement_no", "name", "firm", "agreement_date"):
            if v.get(key) is None and not any(k == key for k, _ in problems):
                problems.append((key, f"{column(PROJECT, key).header}不能为空"))
        if "land_mu" in v and v["land_mu"] is None and not any(k == "land_mu" for k, _ in problems):
            problems.append(("land_mu", "用地面积不能为空（没有用地如租赁厂房请填 0）"))
        if problems:
            self._reject(sheet, row, problems, counts)
            return
        try:
            project, firm_new = self._project_from(v, sheet)
        except _RowError as exc:
            self._reject(sheet, row, exc.problems, counts)
            return
        problems = model.project_problems(project)
        problems += self._date_problems(project)
        if problems:
            self._reject(sheet, row, problems, counts)
            return
        if firm_new is not None:
            name, uscc = firm_new
            project.firm_id = model.add_firm(self.db, name, uscc, source=f"项目导入：{self.source}")
            self.result.firms_added += 1
        existed = project.id is not None
        before = model.get_project(self.db, project.id) if project.id is not None else None
        if before is not None and _same_project(before, project):
            outcome = "unchanged"
        else:
            model.save_project(self.db, project)
            outcome = "updated" if existed else "added"
        first = self._count(counts, self.project_seen, project.agreement_no, row, outcome)
        if first is not None:
            self._warn(
                sheet,
                row,
                "agreement_no",
                f"协议编号“{project.agreement_no}”与第 {first} 行重复：合并为一个项目，以后一行的非空内容为准",
            )
        if project.land_mu == 0 and not project.floor_m2:
            self._warn(
                sheet,
                row,
                "land_mu",
                "用地面积为 0 且未填租赁厂房面积：亩均指标无法计算（不视为无穷大），不参与亩均评价",
            )

    def _resolve_direction(
        self, v: dict[str, Any]
    ) -> tuple[str | None, str | None, list[tuple[str, str]]]:
        problems = []
        direction = v.get("direction")
        segment = v.get("segment")
        d_code = s_code = None
        if direction is not None:
            d = self.catalog.direction(direction) or next(
                (x for x in self.catalog.directions if x.name == direction), None
            )
            if d is None:
                problems.append(
                    (
                        "direction",
                        f"产业方向“{direction}”不在产业招商目录中（填方向代码如 it.terminal，或方向名称如 智能终端）",
                    )
                )
            else:
                d_code = d.code
        if segment is not None:
            pool = [s for s in self.catalog.segments() if d_code is None or s.direction == d_code]
            s = next((x for x in pool if x.code == segment or x.name == segment), None)
            if s is None:
                where = f"方向“{direction}”下" if d_code else "目录中"
                problems.append(("segment", f"{where}没有产业链环节“{segment}”"))
            else:
                s_code = s.code
                d_code = d_code or s.direction
        return d_code, s_code, problems

    def _project_from(
        self, v: dict[str, Any], sheet: Sheet
    ) -> tuple[Project, tuple[str, str | None] | None]:
        problems: list[tuple[str, str]] = []
        uscc = v.get("uscc")
        if uscc is not None:
            from app import uscc as uscc_mod

            uscc = uscc_mod.normalise(uscc)
            why = uscc_mod.problem(uscc)
            if why is not None:
                problems.append(("uscc", f"统一社会信用代码无效：{why}"))
        d_code, s_code, dproblems = self._resolve_direction(v)
        problems += dproblems
        if problems:
            raise _RowError(problems)
        agreement_no = str(v["agreement_no"])
        existing_id = self.db.scalar(
            "SELECT id FROM projects WHERE agreement_no = ?", (agreement_no,)
        )
        firm_id = model.find_firm(self.db, uscc=uscc, name=v["firm"])
        firm_new = None if firm_id is not None else (v["firm"], uscc)
        if existing_id is not None:
            project = model.get_project(self.db, existing_id)
            if firm_id is not None and firm_id != project.firm_id:
                firm_name = self.db.scalar(
                    "SELECT name FROM firms WHERE id = ?", (project.firm_id,)
                )
                raise _RowError(
                    [
                        (
                            "firm",
                            _(
                                "协议编号“{agreement_no}”已登记为“{firm_name}”的项目，与本行企业不一致"
                            ).format(agreement_no=agreement_no, firm_name=firm_name),
                        )
                    ]
                )
            if firm_id is None:
                firm_new = None  # the stored project's firm stays; its name in the file differs
                firm_id = project.firm_id
        else:
            project = Project(
                id=None, firm_id=firm_id or 0, name=v["name"], agreement_date=v["agreement_date"]
            )
        project.firm_id = firm_id or project.firm_id
        project.agreement_no = agreement_no
        for key in _FILE_FIELDS:
            if v.get(key) is not None:
                setattr(project, key, v[key])
        if d_code is not None:
            project.direction = d_code
        if s_code is not None:
            project.segment = s_code
        project.source = project.source or self.source
        for item in ITEMS:
            value = v.get(f"c_{item}")
            if value is None:
                continue
            c = project.commitment(item)
            if c is None:
                project.commitments.append(Commitment(item, float(value)))
            else:
                c.committed = float(value)
        order = list(ITEMS)
        project.commitments.sort(key=lambda c: order.index(c.item))
        for kind in MILESTONES:
            due, done = v.get(f"due_{kind}"), v.get(f"done_{kind}")
            if due is None and done is None:
                continue
            m = project.milestone(kind)
            if m is None:
                m = Milestone(kind)
                project.milestones.append(m)
            if due is not None:
                m.due = due
            if done is not None:
                m.done = done
        morder = list(MILESTONES)
        project.milestones.sort(key=lambda m: morder.index(m.kind))
        return project, firm_new

    def _date_problems(self, project: Project) -> list[tuple[str, str]]:
        problems = []
        if project.agreement_date > self.today:
            problems.append(("agreement_date", f"签约日期 {project.agreement_date} 晚于今天"))
        for m in project.milestones:
            name = MILESTONES[m.kind]
            if m.due is not None and m.due < project.agreement_date:
                problems.append(
                    (
                        f"due_{m.kind}",
                        f"约定{name}日期 {m.due} 早于签约日期 {project.agreement_date}",
                    )
                )
            if m.done is not None and m.done > self.today:
                problems.append((f"done_{m.kind}", f"实际{name}日期 {m.done} 晚于今天，尚未发生"))
        return problems

    # -- yearly reports -------------------------------------------------------------------
    def report_row(self, sheet: Sheet, row: int, values: dict[str, Any]) -> None:
        counts = self.result.reports
        counts.read += 1
        v, problems = _parse_row(sheet, values)
        if v.get("year") is None and not any(k == "year" for k, _ in problems):
            problems.append(("year", "年度不能为空"))
        project = None
        if not problems or all(k not in ("agreement_no", "project_name") for k, _ in problems):
            project, why = self._find_project(v)
            if project is None:
                problems.append(why)
        if problems:
            self._reject(sheet, row, problems, counts)
            return
        assert project is not None and project.id is not None
        report = Report(year=v["year"], source=self.source, note=v.get("note") or "")
        for key in model.REPORT_FIELDS:
            if v.get(key) is not None:
                setattr(report, key, float(v[key]))
        if report.jobs is not None:
            report.jobs = float(int(report.jobs))
        problems = model.report_problems(project, report, self.today)
        if problems:
            self._reject(sheet, row, problems, counts)
            return
        stored = project.reports.get(report.year)
        merged = report
        if stored is not None:
            merged = stored.with_values({k: v for k, v in report.values().items() if v is not None})
        outcome = model.save_report(self.db, project.id, report, merge=True, today=self.today)
        first = self._count(counts, self.report_seen, (project.id, report.year), row, outcome)
        if first is not None:
            self._warn(
                sheet,
                row,
                "year",
                f"“{project.name}” {report.year} 年的报表与第 {first} 行重复：合并为一条，以后一行的非空内容为准，不重复累计",
            )
        elif stored is not None and outcome == "updated":
            self._warn(
                sheet,
                row,
                "year",
                f"库中已有“{project.name}” {report.year} 年的报表：已按本行更新（空白单元格保留原值），不重复累计",
            )
        for key, reason in model.report_warnings(project, merged):
            self._warn(sheet, row, key, reason)

    def _find_project(self, v: dict[str, Any]) -> tuple[Project | None, tuple[str, str]]:
        no, name = v.get("agreement_no"), v.get("project_name")
        if no is not None:
            pid = self.db.scalar("SELECT id FROM projects WHERE agreement_no = ?", (str(no),))
            if pid is None:
                return None, (
                    "agreement_no",
                    f"找不到协议编号为“{no}”的项目（请先在“项目协议”表中登记）",
                )
            return model.get_project(self.db, pid), ("", "")
        if name is not None:
            ids = [r[0] for r in self.db.query("SELECT id FROM projects WHERE name = ?", (name,))]
            if not ids:
                return None, (
                    "project_name",
                    f"找不到名为“{name}”的项目（请先在“项目协议”表中登记）",
                )
            if len(ids) > 1:
                return None, ("project_name", f"有 {len(ids)} 个项目名为“{name}”，请填写协议编号")
            return model.get_project(self.db, ids[0]), ("", "")
        return None, ("agreement_no", "协议编号和项目名称都为空，无法对应项目")


def _same_project(a: Project, b: Project) -> bool:
    return model.snapshot(a) == model.snapshot(b)


def write_rejects(result: ImportResult, path: str | Path) -> Path:
    """The rejected rows and the warnings as a CSV a spreadsheet opens (UTF-8 with BOM)."""
    from app import filesafety
    from app.privacy import csv_safe_row

    path = Path(path)
    filesafety.refuse_open_database(path, N_("拒收清单"))
    try:
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["工作表", "行号", "列", "原因", "处理"])
            for p in result.rejects:
                w.writerow(csv_safe_row((p.sheet, p.row, p.column, p.reason, "已拒收")))
            for p in result.warnings:
                w.writerow(csv_safe_row((p.sheet, p.row, p.column, p.reason, "已导入（提示）")))
    except OSError as exc:
        raise UserError(
            _("无法写入拒收清单 {path}：{strerror}").format(path=path, strerror=exc.strerror)
        ) from exc
    return path
