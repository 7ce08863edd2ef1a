"""The bureau's yearly targets and the period report of the pipeline (weekly, monthly, yearly).

Signed and landed are flows within the period: a deal counts as signed in the period its 签约
date falls in, as landed in the period its 投产 date falls in; amounts are planned investment
in 万元. ``deals_by_stage`` is where each deal stood at the end of the period (from its history).
The breakdown tables are pandas frames; :func:`write_xlsx` makes them a real workbook.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from app.deals.model import STAGES, person
from app.errors import UserError
from resources.i18n import N_, _, in_source_language

if TYPE_CHECKING:
    import os

    import pandas as pd

    from app.db import Database

BY = {"domain": "领域", "direction": "产业方向", "town": "镇街", "owner": "负责人"}
TARGET_FIELDS = {
    "signed_amount": (N_("签约额"), "万元"),
    "signed_count": (N_("签约项目数"), "个"),
    "landed_count": (N_("投产项目数"), "个"),
    "landed_amount": (N_("投产项目投资额"), "万元"),
}


def label(text: str) -> str:
    """A target's name (TARGET_FIELDS) in the language in force."""
    return _(text)


UNKNOWN = "（未填）"


# -- periods ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    text: str  # as given: 2026-11, 2026-W48, 2026
    start: date
    end: date  # inclusive

    @property
    def label(self) -> str:
        if re.fullmatch(r"\d{4}", self.text):
            return _("{year} 年").format(year=self.start.year)
        if "W" in self.text:
            return _("{year} 年第 {week} 周").format(
                year=self.start.year, week=int(self.text.split("W")[1])
            )
        return _("{year} 年 {month} 月").format(year=self.start.year, month=self.start.month)


def parse_period(text: str) -> Period:
    """``2026`` (a year), ``2026-11`` (a month), ``2026-W48`` (an ISO week); UserError else."""
    t = (text or "").strip().upper()
    try:
        if m := re.fullmatch(r"(\d{4})", t):
            y = int(m.group(1))
            return Period(t, date(y, 1, 1), date(y, 12, 31))
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})", t):
            y, mo = int(m.group(1)), int(m.group(2))
            start = date(y, mo, 1)
            nxt = date(y + (mo == 12), mo % 12 + 1, 1)
            return Period(f"{y}-{mo:02d}", start, nxt - timedelta(days=1))
        if m := re.fullmatch(r"(\d{4})-W(\d{1,2})", t):
            y, w = int(m.group(1)), int(m.group(2))
            start = date.fromisocalendar(y, w, 1)
            return Period(f"{y}-W{w:02d}", start, start + timedelta(days=6))
    except ValueError:
        pass
    raise UserError(
        _("统计期间“{text}”无效：应为年（2026）、月（2026-11）或周（2026-W48）").format(text=text)
    )


# -- targets ------------------------------------------------------------------------------------


def set_targets(db: Database, year: int, values: dict[str, float | None]) -> dict[str, Any]:
    """Set (some of) a year's targets; the ones not given keep their value. Audited."""
    if not 2000 <= year <= 2100:
        raise UserError(_("年份无效：{year}").format(year=year))
    unknown = set(values) - set(TARGET_FIELDS)
    if unknown:
        raise UserError(_("未知的目标：{value}").format(value="、".join(sorted(unknown))))
    given = {k: v for k, v in values.items() if v is not None}
    if not given:
        raise UserError(_("请至少给出一项目标（--signed-amount、--signed-count 等）"))
    for k, v in given.items():
        if v < 0:
            raise UserError(_("{value}目标不能为负数").format(value=TARGET_FIELDS[k][0]))
    old = get_targets(db, year)
    new = {**{k: old.get(k) for k in TARGET_FIELDS}, **given}
    with db.write():
        db.execute(
            "INSERT INTO deal_targets (year, signed_amount, signed_count, landed_count, "
            "landed_amount, updated_at) VALUES (?,?,?,?,?,?) ON CONFLICT(year) DO UPDATE SET "
            "signed_amount = excluded.signed_amount, signed_count = excluded.signed_count, "
            "landed_count = excluded.landed_count, landed_amount = excluded.landed_amount, "
            "updated_at = excluded.updated_at",
            (year, *(new[k] for k in TARGET_FIELDS), datetime.now().isoformat(timespec="seconds")),
        )
        db.audit("targets", "deal_targets", year, {"old": old, "new": new})
    return {"year": year, **new}


def get_targets(db: Database, year: int) -> dict[str, float | None]:
    rows = db.query("SELECT * FROM deal_targets WHERE year = ?", (year,))
    if not rows:
        return {}
    return {k: rows[0][k] for k in TARGET_FIELDS}


# -- the report ---------------------------------------------------------------------------------


def _frame(db: Database) -> pd.DataFrame:
    """One row per deal with what the report counts."""
    import pandas as pd

    rows = db.query(
        "SELECT id, name, amount, town, direction, owner, stage, drop_reason, created_on, "
        "signed_on, landed_on FROM deals ORDER BY id"
    )
    cols = [
        "id",
        "name",
        "amount",
        "town",
        "direction",
        "owner",
        "stage",
        "drop_reason",
        "created_on",
        "signed_on",
        "landed_on",
    ]
    df = pd.DataFrame([tuple(r) for r in rows], columns=cols)
    df["amount"] = pd.to_numeric(df["amount"]).fillna(0.0).astype(float)
    df["domain"] = df["direction"].fillna("").map(lambda c: c.split(".", 1)[0] if c else "")
    return df


def _labels(db: Database) -> dict[str, str]:
    """Code → Chinese name of every domain and direction (for the breakdown's labels)."""
    from app import catalog_store

    cat = catalog_store.current(db)
    out = {d.code: d.name for d in cat.domains}
    out.update({d.code: d.name for d in cat.directions})
    return out


def _stage_at(db: Database, end: date) -> dict[int, str]:
    """Each deal's stage at the end of ``end`` (deals created later are left out)."""
    stop = (end + timedelta(days=1)).isoformat()
    out: dict[int, str] = {}
    for r in db.query(
        "SELECT deal_id, stage FROM deal_history WHERE at < ? ORDER BY deal_id, id", (stop,)
    ):
        out[r["deal_id"]] = r["stage"]
    return out


def _in(series: pd.Series, p: Period) -> pd.Series:
    s = series.fillna("")
    return (s >= p.start.isoformat()) & (s <= p.end.isoformat()) & (s != "")


def breakdown(df: pd.DataFrame, p: Period, by: str, labels: dict[str, str]) -> pd.DataFrame:
    """Per key of ``by``: new leads, signed and landed counts and amounts in the period."""
    import pandas as pd

    if by not in BY:
        raise UserError(_("未知的分组“{by}”（可选：{value}）").format(by=by, value="、".join(BY)))
    key = df[by].fillna("").astype(str)
    work = pd.DataFrame(
        {
            "key": key,
            "new_leads": _in(df["created_on"], p).astype(int),
            "signed_count": _in(df["signed_on"], p).astype(int),
            "signed_amount": df["amount"].where(_in(df["signed_on"], p), 0.0),
            "landed_count": _in(df["landed_on"], p).astype(int),
            "landed_amount": df["amount"].where(_in(df["landed_on"], p), 0.0),
        }
    )
    g = work.groupby("key", sort=True).sum(numeric_only=True).reset_index()
    g = g[(g["new_leads"] + g["signed_count"] + g["landed_count"]) > 0]
    if by in ("domain", "direction"):
        g.insert(1, "label", g["key"].map(lambda k: labels.get(k, k) if k else UNKNOWN))
    else:
        g.insert(1, "label", g["key"].map(lambda k: k or UNKNOWN))
    g = g.sort_values(["signed_amount", "signed_count", "key"], ascending=[False, False, True])
    return g.reset_index(drop=True)


def build(db: Database, period: str | Period, by: str = "direction") -> dict[str, Any]:
    """The report as the JSON contract of ``chainfill report --json``."""
    p = period if isinstance(period, Period) else parse_period(period)
    if by not in BY:
        raise UserError(_("未知的分组“{by}”（可选：{value}）").format(by=by, value="、".join(BY)))
    df = _frame(db)
    labels = _labels(db)
    at_end = _stage_at(db, p.end)
    by_stage = {label: 0 for label in STAGES.values()}
    for stage in at_end.values():
        by_stage[STAGES.get(stage, stage)] += 1
    signed = _in(df["signed_on"], p)
    landed = _in(df["landed_on"], p)
    dropped: dict[str, int] = {}
    for r in db.query(
        "SELECT note FROM deal_history WHERE stage = 'dropped' AND at >= ? AND at < ?",
        (p.start.isoformat(), (p.end + timedelta(days=1)).isoformat()),
    ):
        reason = (r["note"] or "").strip() or UNKNOWN
        dropped[reason] = dropped.get(reason, 0) + 1
    table = breakdown(df, p, by, labels)
    report: dict[str, Any] = {
        "period": p.text,
        "label": p.label,
        "from": p.start.isoformat(),
        "to": p.end.isoformat(),
        "by": by,
        "compiler": person(),
        "new_leads": int(_in(df["created_on"], p).sum()),
        "deals_by_stage": by_stage,
        "signed": {"count": int(signed.sum()), "amount": _round(df["amount"][signed].sum())},
        "landed": {"count": int(landed.sum()), "amount": _round(df["amount"][landed].sum())},
        "dropped": [
            {"reason": k, "count": v}
            for k, v in sorted(dropped.items(), key=lambda kv: (-kv[1], kv[0]))
        ],
        "breakdown": [
            {
                "key": r["key"],
                "label": r["label"],
                "new_leads": int(r["new_leads"]),
                "signed_count": int(r["signed_count"]),
                "signed_amount": _round(r["signed_amount"]),
                "landed_count": int(r["landed_count"]),
                "landed_amount": _round(r["landed_amount"]),
            }
            for r in table.to_dict("records")
        ],
        "targets": _targets(db, df, p),
        "plan_targets": _plan_targets(db),
    }
    return report


def _round(x: Any) -> float:
    return round(float(x), 2)


def _targets(db: Database, df: pd.DataFrame, p: Period) -> dict[str, Any]:
    """The year's targets and the progress towards them from 1 January to the period's end."""
    year = p.end.year
    targets = get_targets(db, year)
    ytd = Period(str(year), date(year, 1, 1), p.end)
    signed = _in(df["signed_on"], ytd)
    landed = _in(df["landed_on"], ytd)
    actual = {
        "signed_amount": _round(df["amount"][signed].sum()),
        "signed_count": int(signed.sum()),
        "landed_count": int(landed.sum()),
        "landed_amount": _round(df["amount"][landed].sum()),
    }
    progress = {
        k: (round(actual[k] / t, 4) if t else None) for k in TARGET_FIELDS if (t := targets.get(k))
    }
    return {
        "year": year,
        **{k: targets.get(k) for k in TARGET_FIELDS},
        "year_to_date": actual,
        "progress": progress,
    }


def _plan_targets(db: Database) -> list[dict[str, Any]]:
    """The plan's 表1 for context (its own figures, as the catalog carries them)."""
    from app import catalog_store

    cat = catalog_store.current(db)
    return [
        {"name": t.name, "unit": t.unit, "y2017": t.y2017, "y2020": t.y2020, "y2025": t.y2025}
        for t in cat.targets
    ]


def tables(db: Database, period: str | Period) -> dict[str, pd.DataFrame]:
    """The breakdown frames, one per grouping (the workbook's sheets)."""
    p = period if isinstance(period, Period) else parse_period(period)
    df = _frame(db)
    labels = _labels(db)
    return {by: breakdown(df, p, by, labels) for by in BY}


# -- the workbook -------------------------------------------------------------------------------

WAN = '#,##0.00" 万元"'
YI = '0.00" 亿元"'


@in_source_language  # a document for Chinese readers whatever the interface speaks
def write_xlsx(db: Database, period: str, out: str | os.PathLike[str]) -> dict[str, Any]:
    """The report as a workbook: a summary sheet, then one sheet per breakdown, amounts in 万元
    and 亿元 number formats, each sheet headed with the period and the compiler. Written to a
    temporary file and moved into place, so the file appears whole or not at all."""
    import os
    import tempfile
    from pathlib import Path

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    from app import privacy

    out_path = privacy.check_output_path(out, ".xlsx")
    rep = build(db, period)
    frames = tables(db, period)
    wb = Workbook()
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="DDE6F0")
    compiled = f"编制人：{rep['compiler']}　编制日期：{date.today().isoformat()}"

    def header(ws: Any, title: str, ncols: int) -> int:
        ws.append([f"招商项目统计 · {title}"])
        ws["A1"].font = Font(bold=True, size=14)
        ws.append([f"统计期间：{rep['label']}（{rep['from']} 至 {rep['to']}）"])
        ws.append([compiled])
        ws.append([])
        for row in (1, 2, 3):
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=max(ncols, 1))
        return 5

    def head_row(ws: Any, cells: list[str]) -> None:
        ws.append(cells)
        for c in ws[ws.max_row]:
            c.font = bold
            c.fill = head_fill
            c.alignment = Alignment(horizontal="center")

    ws = wb.active
    ws.title = "汇总"
    header(ws, "汇总", 4)
    head_row(ws, ["指标", "数量（个）", "金额（万元）", "金额（亿元）"])
    for name, count, amount in (
        ("新增线索", rep["new_leads"], None),
        ("签约项目", rep["signed"]["count"], rep["signed"]["amount"]),
        ("投产项目", rep["landed"]["count"], rep["landed"]["amount"]),
    ):
        ws.append([name, count, amount, None if amount is None else amount / 10000])
        ws.cell(ws.max_row, 3).number_format = WAN
        ws.cell(ws.max_row, 4).number_format = YI
    ws.append([])
    head_row(ws, ["期末各阶段项目数", "数量（个）"])
    for stage, n in rep["deals_by_stage"].items():
        ws.append([stage, n])
    ws.append([])
    head_row(ws, ["放弃原因", "数量（个）"])
    for d in rep["dropped"]:
        ws.append([privacy.escape_cell(d["reason"]), d["count"]])
    if not rep["dropped"]:
        ws.append(["（本期无）", 0])
    ws.append([])
    t = rep["targets"]
    head_row(ws, [f"{t['year']} 年目标", "目标", "年初至期末", "完成率"])
    for key, (name, unit) in TARGET_FIELDS.items():
        target = t.get(key)
        actual = t["year_to_date"][key]
        prog = t["progress"].get(key)
        ws.append([f"{name}（{unit}）", target, actual, prog])
        if unit == "万元":
            ws.cell(ws.max_row, 2).number_format = WAN
            ws.cell(ws.max_row, 3).number_format = WAN
        ws.cell(ws.max_row, 4).number_format = "0.0%"
    ws.append([])
    head_row(ws, ["规划表1（参照）", "单位", "2017 年", "2020 年", "2025 年"])
    for pt in rep["plan_targets"]:
        ws.append([pt["name"], pt["unit"], pt["y2017"], pt["y2020"], pt["y2025"]])
    for col, width in zip("ABCD", (26, 16, 20, 16), strict=True):
        ws.column_dimensions[col].width = width

    heads = [
        "代码",
        "名称",
        "新增线索（个）",
        "签约（个）",
        "签约额（万元）",
        "签约额（亿元）",
        "投产（个）",
        "投产投资额（万元）",
        "投产投资额（亿元）",
    ]
    for by, frame in frames.items():
        ws = wb.create_sheet(f"按{BY[by]}")
        header(ws, f"按{BY[by]}", len(heads))
        head_row(ws, heads if by in ("domain", "direction") else [BY[by], *heads[1:]])
        for r in frame.to_dict("records"):
            ws.append(
                [
                    privacy.escape_cell(r["key"] or UNKNOWN),
                    privacy.escape_cell(r["label"]),
                    int(r["new_leads"]),
                    int(r["signed_count"]),
                    float(r["signed_amount"]),
                    float(r["signed_amount"]) / 10000,
                    int(r["landed_count"]),
                    float(r["landed_amount"]),
                    float(r["landed_amount"]) / 10000,
                ]
            )
        total = ["合计", "", *(int(frame[c].sum()) for c in ("new_leads", "signed_count"))]
        sa, lc, la = (
            float(frame["signed_amount"].sum()),
            int(frame["landed_count"].sum()),
            float(frame["landed_amount"].sum()),
        )
        ws.append([*total, sa, sa / 10000, lc, la, la / 10000])
        for c in ws[ws.max_row]:
            c.font = bold
        for row in ws.iter_rows(min_row=6, max_row=ws.max_row):
            row[4].number_format = WAN
            row[5].number_format = YI
            row[7].number_format = WAN
            row[8].number_format = YI
        for col, width in zip("ABCDEFGHI", (16, 22, 14, 10, 18, 14, 10, 18, 14), strict=True):
            ws.column_dimensions[col].width = width
        ws.freeze_panes = "A6"
    fd, tmp_name = tempfile.mkstemp(prefix=".chainfill-", suffix=".xlsx", dir=out_path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        wb.save(tmp)
        privacy.replace_atomically(tmp, out_path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return {"file": str(out_path), "sheets": len(wb.sheetnames), "period": rep["period"]}
