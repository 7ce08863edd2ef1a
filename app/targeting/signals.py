"""Signals of movement: dated events staff collect that a firm may be expanding or moving.

Each kind raises landing propensity by a weight that halves every ``half_life`` days after
the event (docs/scoring.md has the table and the reasons):

    weight(signal) = base(kind) × 0.5 ^ (age in days / half_life(kind))
    propensity'    = 1 − (1 − propensity) × Π (1 − weight(signal))

so a signal moves a firm toward 1 without ever passing it, several signals add up, and an old
one fades away. A signal dated in the future is refused (an import reports it and imports the
rest). Any kind not in the table is kept as 其他 with the kind as written beside it.
"""

from __future__ import annotations

import math
import os
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.db import now, os_user
from app.errors import UserError
from app.jobs import CancelToken, Job, Progress
from app.parsing import parse_date
from app.targeting import sheets
from app.targeting.matching import FirmMatcher
from resources.i18n import N_, _

if TYPE_CHECKING:
    from app.db import Database


@dataclass(frozen=True)
class Kind:
    base: float  # the weight on the day of the event
    half_life: int  # days until it counts half
    meaning: str


# The kinds are stored in Chinese; N_ marks them for the lists that show them translated.
KINDS: dict[str, Kind] = {
    N_("扩产"): Kind(0.30, 180, "产能不够，正在找地方扩"),
    N_("募投项目"): Kind(0.25, 365, "上市募集资金要投的项目，选址往往一年内定"),
    N_("融资"): Kind(0.15, 180, "有钱扩张，但去向未定"),
    N_("新设子公司"): Kind(0.25, 180, "已在布局新的法人和地点"),
    N_("环评公示"): Kind(0.30, 120, "项目已到环评阶段，选址多已确定或在比选"),
    N_("土地竞买"): Kind(0.35, 120, "正在买地：最直接的落地信号"),
    N_("大额招聘"): Kind(0.15, 90, "扩张的迹象，来得快去得快"),
    N_("外迁传闻"): Kind(0.40, 90, "可能整体或部分搬离现址，须尽快接触"),
    N_("其他"): Kind(0.05, 90, "其他动向，只作提示"),
}
OTHER = "其他"
ALIASES = {
    "扩产能": "扩产",
    "扩建": "扩产",
    "扩大产能": "扩产",
    "募投": "募投项目",
    "ipo募投": "募投项目",
    "募集资金投资项目": "募投项目",
    "增资": "融资",
    "股权融资": "融资",
    "新设公司": "新设子公司",
    "设立子公司": "新设子公司",
    "环评": "环评公示",
    "环评批复": "环评公示",
    "拿地": "土地竞买",
    "竞得土地": "土地竞买",
    "土地摘牌": "土地竞买",
    "招聘": "大额招聘",
    "批量招聘": "大额招聘",
    "外迁": "外迁传闻",
    "搬迁": "外迁传闻",
    "expansion": "扩产",
    "financing": "融资",
    "land": "土地竞买",
    "relocation": "外迁传闻",
}
EARLIEST = date(1990, 1, 1)
MAX_NOTE = 500
REJECTED_SHOWN = 200

COLUMNS = {
    "firm": ("企业名称", "企业", "名称", "firm", "company", "name"),
    "uscc": ("统一社会信用代码", "信用代码", "uscc"),
    "kind": ("类型", "信号类型", "动向", "事件类型", "kind", "type", "signal"),
    "date": ("日期", "时间", "发生日期", "date"),
    "note": ("说明", "备注", "内容", "note", "description"),
    "source": ("来源", "信息来源", "source"),
}


def kind_of(text: str) -> tuple[str, str | None]:
    """(stored kind, the kind as written when it is kept as 其他)."""
    t = " ".join(str(text or "").split())
    if not t:
        raise ValueError(_("缺少类型"))
    if t in KINDS:
        return t, None
    alias = ALIASES.get(sheets.header_key(t))
    if alias:
        return alias, None
    return OTHER, t


class FutureDate(ValueError):
    """A signal dated after today (counted apart in the import's report)."""


def parse_day(value: Any, today: date | None = None) -> str:
    """A signal's date as ISO; ValueError for a missing, unreadable or future date."""
    today = today or date.today()
    if value is None or str(value).strip() == "":
        raise ValueError(_("缺少日期"))
    try:
        iso = parse_date(value, earliest=EARLIEST)
    except ValueError as exc:
        raise ValueError(str(exc)) from None
    assert iso is not None
    if iso > today.isoformat():
        raise FutureDate(_("日期 {iso} 在今天之后：信号只记已发生的事").format(iso=iso))
    return iso


def weight(kind: str, day: str, today: date | None = None) -> float:
    """The signal's weight today (see the module docstring)."""
    k = KINDS.get(kind, KINDS[OTHER])
    age = max(((today or date.today()) - date.fromisoformat(day)).days, 0)
    return k.base * math.pow(0.5, age / k.half_life)


def add(
    db: Database,
    firm_id: int,
    kind: str,
    day: Any,
    note: str | None = None,
    source: str | None = None,
) -> dict[str, Any]:
    """Record one signal by hand (audited); UserError for a bad kind or date."""
    try:
        stored, written = kind_of(kind)
        iso = parse_day(day)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    note = (note or "").strip()[:MAX_NOTE] or None
    with db.write():
        cur = db.execute(
            "INSERT OR IGNORE INTO firm_signals (firm_id, kind, kind_written, date, note, source, "
            "user, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (firm_id, stored, written, iso, note, source or "手工录入", os_user(), now()),
        )
        if cur.rowcount == 0:
            raise UserError(_("这条信号已经记录过（同一企业、类型、日期和说明）"))
        db.audit("signal_add", "firm", firm_id, {"kind": stored, "date": iso, "note": note})
    return {
        "firm_id": firm_id,
        "kind": stored,
        "kind_written": written,
        "date": iso,
        "note": note or "",
        "weight": round(weight(stored, iso), 3),
    }


def import_signals(
    db: Database, path: str | os.PathLike[str], cancel: CancelToken | None = None
) -> Job[dict[str, Any]]:
    """Import a signals sheet (a job); future-dated or unreadable rows are refused and reported,
    the rest imported in one transaction. Returns the report."""
    t0 = time.perf_counter()
    cancel = cancel or CancelToken()
    _sheet, records = sheets.rows(path, COLUMNS, required=(("firm", "uscc"), ("kind",), ("date",)))
    matcher = FirmMatcher(db)
    today = date.today()
    todo: list[tuple[Any, ...]] = []
    rejected: list[dict[str, Any]] = []
    rejected_count = future = others = rows = 0
    file_name = Path(path).name
    user, stamp = os_user(), now()
    yield Progress(0, 0, _("读取信号"))
    for number, rec in records:
        rows += 1
        yield from sheets.reading(rows, cancel)
        firm = sheets.text(rec.get("firm"))
        try:
            stored, written = kind_of(sheets.text(rec.get("kind")))
            try:
                iso = parse_day(rec.get("date"), today)
            except ValueError as exc:
                future += isinstance(exc, FutureDate)
                raise
            fid, how = matcher.match(firm, sheets.text(rec.get("uscc")))
            if fid is None:
                raise ValueError(how)
        except ValueError as exc:
            rejected_count += 1
            if len(rejected) < REJECTED_SHOWN:
                rejected.append({"row": number, "firm": firm, "reason": str(exc)})
            continue
        others += written is not None
        note = sheets.text(rec.get("note"))[:MAX_NOTE] or None
        source = sheets.text(rec.get("source")) or file_name
        todo.append((fid, stored, written, iso, note, source, user, stamp))
    if rows == 0:
        raise UserError(_("{file_name} 中没有数据行").format(file_name=file_name))
    cancel.check()
    with db.write():
        before = int(db.scalar("SELECT COUNT(*) FROM firm_signals"))
        db.conn.executemany(
            "INSERT OR IGNORE INTO firm_signals (firm_id, kind, kind_written, date, note, source, "
            "user, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            todo,
        )
        added = int(db.scalar("SELECT COUNT(*) FROM firm_signals")) - before
        report = {
            "file": file_name,
            "rows": rows,
            "imported": added,
            "duplicates": len(todo) - added,
            "kept_as_other": others,
            "future": future,
            "rejected_count": rejected_count,
            "rejected": rejected,
        }
        return sheets.audited(db, report, t0, "signals_import", "firm_signals", listed="rejected")


def of_firm(db: Database, firm_id: int, today: date | None = None) -> list[dict[str, Any]]:
    """A firm's signals, newest first, with today's weight."""
    return [
        {
            "kind": r[0],
            "kind_written": r[1] or "",
            "date": r[2],
            "note": r[3] or "",
            "source": r[4] or "",
            "weight": round(weight(r[0], r[2], today), 3),
        }
        for r in db.query(
            "SELECT kind, kind_written, date, note, source FROM firm_signals WHERE firm_id = ? "
            "ORDER BY date DESC, id DESC",
            (firm_id,),
        )
    ]


def boosts(db: Database, today: date | None = None) -> dict[int, float]:
    """Per firm with signals: 1 − Π(1 − weight), the share of the way to 1 they move it."""
    keep: dict[int, float] = {}
    for fid, kind, day in db.execute("SELECT firm_id, kind, date FROM firm_signals"):
        keep[fid] = keep.get(fid, 1.0) * (1.0 - weight(kind, day, today))
    return {fid: 1.0 - k for fid, k in keep.items()}


def apply(propensity: Any, boost: Any) -> Any:
    """Propensity raised by a firm's signals (the formula of the module docstring)."""
    return 1.0 - (1.0 - propensity) * (1.0 - boost)
