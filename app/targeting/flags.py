"""Firm flags: the public lists a firm is on (专精特新中小企业, 专精特新“小巨人”, 制造业单项冠军,
高新技术企业, 瞪羚企业, 独角兽, or any list staff name), kept under the name as written.

A list is imported from a sheet with a name and/or USCC column (and optionally a year),
matched by :class:`app.targeting.matching.FirmMatcher`; the report says what matched, how,
and what did not. The whole import is one transaction (nothing half-written).

In the score, a flag is one more known capability fact (``FLAG_WEIGHT``), valued by the
list's standing (``tier``); see docs/scoring.md.
"""

from __future__ import annotations

import os
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.db import now
from app.errors import UserError
from app.jobs import CancelToken, Job, Progress
from app.targeting import sheets
from app.targeting.matching import BY_NAME, BY_SHORT, BY_USCC, FirmMatcher
from resources.i18n import _

if TYPE_CHECKING:
    from app.db import Database

# A flag counts in capability as one more known fact with this weight (the eight facts of
# scoring.capability weigh 1.0 together), valued by the list's standing below.
FLAG_WEIGHT = 0.15
# The lists named in the issue, by a word of their name (first match wins; a firm on several
# lists takes its best): national selections first, then provincial and market labels.
TIERS: tuple[tuple[str, float], ...] = (
    ("小巨人", 1.0),
    ("单项冠军", 1.0),
    ("独角兽", 1.0),
    ("瞪羚", 0.8),
    ("专精特新", 0.75),
    ("高新", 0.6),
)
OTHER_TIER = 0.6  # any other list staff name
KNOWN_FLAGS = (
    "专精特新中小企业",
    "专精特新“小巨人”",
    "制造业单项冠军",
    "高新技术企业",
    "瞪羚企业",
    "独角兽",
)
MAX_NAME = 40
UNMATCHED_SHOWN = 200
BATCH = 2000

COLUMNS = {
    "name": ("企业名称", "名称", "企业", "公司名称", "单位名称", "name", "firm", "company"),
    "uscc": ("统一社会信用代码", "社会信用代码", "信用代码", "uscc", "creditcode", "code"),
    "year": ("年份", "年度", "认定年份", "入选年份", "批次年份", "year"),
}


def tier(flag: str) -> float:
    """How much a list says about a firm's strength, in [0, 1]."""
    for word, value in TIERS:
        if word in flag:
            return value
    return OTHER_TIER


def flag_name(text: str) -> str:
    """The list's name as written (trimmed); UserError when empty or too long."""
    name = " ".join(str(text).split())
    if not name:
        raise UserError(_("请用 --flag 给出名单名称，如 --flag 专精特新小巨人"))
    if len(name) > MAX_NAME:
        raise UserError(
            _("名单名称太长（{n_name} 字，最多 {MAX_NAME} 字）").format(
                n_name=len(name), MAX_NAME=MAX_NAME
            )
        )
    return name


def _year(value: Any) -> int | None:
    if value is None or str(value).strip() == "":
        return None
    t = sheets.text(value).removesuffix("年").removesuffix("年度")
    if not t.isdigit() or not 1980 <= int(t) <= date.today().year + 1:
        raise ValueError(_("年份“{value}”无效").format(value=sheets.text(value)))
    return int(t)


def check_year(year: int | None) -> int | None:
    if year is None:
        return None
    try:
        return _year(year)
    except ValueError as exc:
        raise UserError(str(exc)) from None


def import_flags(
    db: Database,
    path: str | os.PathLike[str],
    flag: str,
    *,
    year: int | None = None,
    cancel: CancelToken | None = None,
) -> Job[dict[str, Any]]:
    """Import a list of flagged firms (a job: yields Progress). Returns the report."""
    t0 = time.perf_counter()
    cancel = cancel or CancelToken()
    flag = flag_name(flag)
    year = check_year(year)
    sheet, records = sheets.rows(path, COLUMNS, required=(("name", "uscc"),))
    matcher = FirmMatcher(db)
    by = {BY_USCC: 0, BY_NAME: 0, BY_SHORT: 0}
    unmatched: list[dict[str, Any]] = []
    unmatched_total = 0
    found: dict[tuple[int, int | None], tuple[str, int]] = {}  # (firm, year) -> (name, row)
    rows = 0
    yield Progress(0, 0, _("读取名单“{flag}”").format(flag=flag))
    for number, rec in records:
        rows += 1
        if rows % BATCH == 0:
            cancel.check()
            done, total = sheet.progress()
            yield Progress(
                done,
                total or 0,
                _("已读 {rows:,} 行，匹配 {matched:,} 家").format(
                    rows=rows, matched=sum(by.values())
                ),
            )
        name = sheets.text(rec.get("name"))
        code = sheets.text(rec.get("uscc"))
        try:
            row_year = _year(rec.get("year")) if "year" in rec else None
        except ValueError as exc:
            unmatched_total += 1
            if len(unmatched) < UNMATCHED_SHOWN:
                unmatched.append({"row": number, "name": name, "uscc": code, "reason": str(exc)})
            continue
        fid, how = matcher.match(name, code)
        if fid is None:
            unmatched_total += 1
            if len(unmatched) < UNMATCHED_SHOWN:
                unmatched.append({"row": number, "name": name, "uscc": code, "reason": how})
            continue
        by[how] += 1
        found.setdefault((fid, row_year or year), (name or code, number))
    if rows == 0:
        raise UserError(_("{name} 中没有数据行").format(name=Path(path).name))
    cancel.check()
    yield Progress(1, 1, _("写入数据库"))
    stamp = now()
    source = Path(path).name
    with db.write():
        before = db.scalar("SELECT COUNT(*) FROM firm_flags WHERE flag = ?", (flag,))
        db.conn.executemany(
            "INSERT OR IGNORE INTO firm_flags (firm_id, flag, year, listed_name, source, "
            "imported_at) VALUES (?, ?, ?, ?, ?, ?)",
            [(fid, flag, y, n, source, stamp) for (fid, y), (n, _row) in found.items()],
        )
        added = int(db.scalar("SELECT COUNT(*) FROM firm_flags WHERE flag = ?", (flag,))) - int(
            before
        )
        report = {
            "flag": flag,
            "year": year,
            "file": source,
            "rows": rows,
            "matched": sum(by.values()),
            "by": by,
            "firms": len({fid for fid, _ in found}),
            "added": added,
            "already": len(found) - added,
            "unmatched_count": unmatched_total,
            "unmatched": unmatched,
        }
        return sheets.audited(
            db, report, t0, "flags_import", "firm_flags", flag, listed="unmatched"
        )


def list_flags(db: Database) -> list[dict[str, Any]]:
    """Every flag in the database: its firms, years and capability value."""
    out = []
    for flag, n, years, last in db.query(
        f"SELECT flag, COUNT(DISTINCT firm_id), {db.dialect.group_concat('year', distinct=True)}, "
        "MAX(imported_at) FROM firm_flags GROUP BY flag ORDER BY COUNT(DISTINCT firm_id) DESC, flag"
    ):
        ys = sorted({int(y) for y in (years or "").split(",") if y})
        out.append({"flag": flag, "firms": n, "years": ys, "tier": tier(flag), "imported_at": last})
    return out


def names(db: Database) -> list[str]:
    """The flag names in use (for filters)."""
    return [r[0] for r in db.query("SELECT DISTINCT flag FROM firm_flags ORDER BY flag")]


def of_firm(db: Database, firm_id: int) -> list[dict[str, Any]]:
    """A firm's flags: name, year, source, the capability value."""
    return [
        {"name": r[0], "year": r[1], "source": r[2] or "", "tier": tier(r[0])}
        for r in db.query(
            "SELECT flag, year, source FROM firm_flags WHERE firm_id = ? "
            "ORDER BY COALESCE(year, 0) DESC, flag",
            (firm_id,),
        )
    ]


def values(db: Database) -> dict[int, float]:
    """Per flagged firm, its best list's value (what capability counts)."""
    out: dict[int, float] = {}
    tiers: dict[str, float] = {}
    for fid, flag in db.execute("SELECT firm_id, flag FROM firm_flags"):
        t = tiers.get(flag)
        if t is None:
            t = tiers[flag] = tier(flag)
        if t > out.get(fid, -1.0):
            out[fid] = t
    return out


ANY = "*"  # any list


def filter_clause(flag: str) -> tuple[str, tuple[str, ...]]:
    """A condition on ``id`` for the firm lists (app.store.firms.FirmFilter.on_list): on the
    list ``flag``, or on any list (``ANY``)."""
    if flag == ANY:
        return "id IN (SELECT firm_id FROM firm_flags)", ()
    return "id IN (SELECT firm_id FROM firm_flags WHERE flag = ?)", (flag,)
