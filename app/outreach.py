"""The outreach pipeline: each firm's stage with its history, contacts, visits, reminders.

Stages run 线索 → 已接洽 → 已走访 → 洽谈中 → 已签约 → 已落地, or 已放弃 with a reason. Any move
between stages is allowed (talks do fall back), but every move is recorded with who (the OS
user), when and a note. 已落地 and 已放弃 are the outcomes the propensity model learns from,
so a move into or out of them tells :mod:`app.ranking` that its propensity scores are stale.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from app.db import now, os_user
from app.errors import UserError
from app.parsing import label_key
from resources.i18n import N_, _

if TYPE_CHECKING:
    from app.db import Database

STAGES = ("lead", "contacted", "visited", "negotiating", "signed", "landed", "dropped")
# Stored and parsed as codes; the Chinese names are parsed too (the CLI) and marked for the
# catalog, translated with _() where a message shows them.
STAGE_ZH = {
    "lead": N_("线索"),
    "contacted": N_("已接洽"),
    "visited": N_("已走访"),
    "negotiating": N_("洽谈中"),
    "signed": N_("已签约"),
    "landed": N_("已落地"),
    "dropped": N_("已放弃"),
}
OUTCOME_STAGES = ("landed", "dropped")
_ORDER = {s: i for i, s in enumerate(STAGES)}

VISIT_FIELDS = (
    "date",
    "place",
    "our_staff",
    "their_people",
    "summary",
    "requests",
    "expansion_plans",
    "pressure",
    "next_step",
    "next_date",
)
# What a visit's record says, in the order a dossier and the visit panel show it.
VISIT_ACCOUNT_FIELDS = VISIT_FIELDS[2:8]
VISIT_FIELD_ZH = {
    "date": "走访日期",
    "place": "地点",
    "our_staff": "我方人员",
    "their_people": "对方人员",
    "summary": "会谈纪要",
    "requests": "企业诉求",
    "expansion_plans": "扩产计划",
    "pressure": "用地与成本压力",
    "next_step": "下一步",
    "next_date": "下一步日期",
}
CONTACT_FIELDS = ("name", "title", "phone", "email", "note")

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[0-9+()\-\s转#]{5,30}$")


# -- helpers --------------------------------------------------------------------------------
def parse_stage(text: str) -> str:
    """A stage code from its code or its Chinese name; :class:`UserError` otherwise."""
    code = label_key(text, STAGE_ZH)
    if code is not None:
        return code
    choices = "、".join(f"{zh}（{code}）" for code, zh in STAGE_ZH.items())
    raise UserError(_("无效的阶段“{text}”。可选：{choices}").format(text=text, choices=choices))


def stage_label(stage: str | None) -> str:
    """The Chinese name of a stage, or 未跟进 when the firm is not in the pipeline."""
    return STAGE_ZH.get(stage or "", "未跟进")


def parse_date(text: str | None, what: str = "日期", *, required: bool = False) -> str | None:
    """``2024-03-05``, ``2024/3/5``, ``2024.3.5`` or ``2024年3月5日`` -> ``2024-03-05``."""
    if text is None or not str(text).strip():
        if required:
            raise UserError(_("{what}不能为空").format(what=what))
        return None
    raw = str(text).strip()
    m = re.fullmatch(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?", raw)
    if not m:
        raise UserError(_("{what}“{raw}”格式不对，请写成 2024-03-05").format(what=what, raw=raw))
    try:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError as exc:
        raise UserError(_("{what}“{raw}”不是有效日期").format(what=what, raw=raw)) from exc


def firm_row(db: Database, firm_id: int) -> dict[str, Any]:
    """The firm's basic row; :class:`UserError` when there is no such firm."""
    row = db.execute(
        "SELECT id, name, short_name, city, district FROM firms WHERE id = ?", (int(firm_id),)
    ).fetchone()
    if row is None:
        raise UserError(_("企业库中没有编号为 {firm_id} 的企业").format(firm_id=firm_id))
    return dict(row)


def _clean(value: Any, limit: int = 20000) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    if len(text) > limit:
        raise UserError(
            _("内容过长（{len} 字，上限 {limit} 字）").format(len=len(text), limit=limit)
        )
    return text or None


# -- pipeline stages ------------------------------------------------------------------------
def stage_of(db: Database, firm_id: int) -> str | None:
    """The firm's current stage, or ``None`` when it is not in the pipeline."""
    return db.scalar("SELECT stage FROM pipeline WHERE firm_id = ?", (int(firm_id),))


def set_stage(
    db: Database,
    firm_id: int,
    stage: str,
    *,
    reason: str | None = None,
    note: str | None = None,
    user: str | None = None,
) -> dict[str, Any]:
    """Move a firm to ``stage`` (code or Chinese name) and record it in the history.

    已放弃 needs a reason. Moving into or out of an outcome stage (已落地 / 已放弃) marks the
    ranking's propensity as stale, in the same transaction.
    """
    firm = firm_row(db, firm_id)
    stage = parse_stage(stage)
    reason = _clean(reason, 2000)
    note = _clean(note, 5000)
    if stage == "dropped" and not reason:
        raise UserError(_("将企业标记为“已放弃”时必须填写原因"))
    previous = stage_of(db, firm["id"])
    if previous == stage:
        raise UserError(
            _("{name} 已处于“{value}”阶段").format(name=firm["name"], value=_(STAGE_ZH[stage]))
        )
    who = user or os_user()
    at = now()
    with db.write():
        db.execute(
            "INSERT INTO pipeline (firm_id, stage, reason, owner, updated_at) VALUES (?,?,?,?,?) "
            "ON CONFLICT(firm_id) DO UPDATE SET stage=excluded.stage, reason=excluded.reason, "
            "updated_at=excluded.updated_at, owner=COALESCE(pipeline.owner, excluded.owner)",
            (firm["id"], stage, reason if stage == "dropped" else None, who, at),
        )
        cur = db.execute(
            "INSERT INTO stage_history (firm_id, stage, previous, reason, note, user, at) "
            "VALUES (?,?,?,?,?,?,?)",
            (firm["id"], stage, previous, reason, note, who, at),
        )
        db.audit(
            "stage",
            "firm",
            firm["id"],
            {"from": previous, "to": stage, "reason": reason, "note": note},
        )
        if stage in OUTCOME_STAGES or previous in OUTCOME_STAGES:
            _outcomes_changed(db)
    return {
        "id": cur.lastrowid,
        "firm_id": firm["id"],
        "stage": stage,
        "previous": previous,
        "reason": reason,
        "note": note,
        "user": who,
        "at": at,
    }


def _outcomes_changed(db: Database) -> None:
    """Tell the ranking that the outcomes it learns propensity from have changed."""
    from app import ranking

    ranking.outcomes_changed(db)


def history(db: Database, firm_id: int) -> list[dict[str, Any]]:
    """The firm's stage history, oldest first."""
    rows = db.query(
        "SELECT id, stage, previous, reason, note, user, at FROM stage_history "
        "WHERE firm_id = ? ORDER BY at, id",
        (int(firm_id),),
    )
    return [dict(r) | {"stage_zh": STAGE_ZH.get(r["stage"], r["stage"])} for r in rows]


def pipeline_counts(db: Database) -> dict[str, int]:
    """How many firms are in each stage (every stage present, zero when empty)."""
    counts = dict.fromkeys(STAGES, 0)
    for row in db.query("SELECT stage, COUNT(*) AS n FROM pipeline GROUP BY stage"):
        if row["stage"] in counts:
            counts[row["stage"]] = row["n"]
    return counts


def outcomes(db: Database) -> list[tuple[int, bool]]:
    """``(firm_id, landed)`` for every firm whose pipeline ended landed or dropped."""
    rows = db.query(
        "SELECT firm_id, stage FROM pipeline WHERE stage IN ('landed', 'dropped') ORDER BY firm_id"
    )
    return [(r["firm_id"], r["stage"] == "landed") for r in rows]


# -- contacts -------------------------------------------------------------------------------
def _check_contact(fields: dict[str, Any]) -> dict[str, Any]:
    out = {k: _clean(fields.get(k), 500) for k in CONTACT_FIELDS}
    if not out["name"]:
        raise UserError(_("联系人姓名不能为空"))
    if out["email"] and not _EMAIL.match(out["email"]):
        raise UserError(_("邮箱“{email}”格式不对").format(email=out["email"]))
    if out["phone"] and not _PHONE.match(out["phone"]):
        raise UserError(
            _("电话“{phone}”格式不对（只能包含数字、空格、+、-、括号）").format(phone=out["phone"])
        )
    return out


def add_contact(db: Database, firm_id: int, **fields: Any) -> int:
    """Add a contact (name, title, phone, email, note) to a firm; returns its id."""
    firm = firm_row(db, firm_id)
    c = _check_contact(fields)
    with db.write():
        cur = db.execute(
            "INSERT INTO contacts (firm_id, name, title, phone, email, note, updated_at) "
            "VALUES (?,?,?,?,?,?,?)",
            (firm["id"], c["name"], c["title"], c["phone"], c["email"], c["note"], now()),
        )
        # The audit log records that a contact changed, not the personal data itself.
        db.audit("contact_add", "firm", firm["id"], {"contact_id": cur.lastrowid})
    assert cur.lastrowid is not None  # set by the INSERT above
    return cur.lastrowid


_WHAT = {"contacts": "联系人", "visits": "走访记录"}


def _row(db: Database, table: str, row_id: int) -> Any:
    """One contact or visit by its id; :class:`UserError` when there is none."""
    row = db.execute(f"SELECT * FROM {table} WHERE id = ?", (int(row_id),)).fetchone()
    if row is None:
        raise UserError(
            _("没有编号为 {row_id} 的{value}").format(row_id=row_id, value=_WHAT[table])
        )
    return row


def update_contact(db: Database, contact_id: int, **fields: Any) -> None:
    """Change a contact; fields not given keep their value."""
    row = _row(db, "contacts", contact_id)
    merged = {k: fields.get(k, row[k]) for k in CONTACT_FIELDS}
    c = _check_contact(merged)
    with db.write():
        db.execute(
            "UPDATE contacts SET name=?, title=?, phone=?, email=?, note=?, updated_at=? WHERE id=?",
            (c["name"], c["title"], c["phone"], c["email"], c["note"], now(), row["id"]),
        )
        db.audit("contact_edit", "firm", row["firm_id"], {"contact_id": row["id"]})


def delete_contact(db: Database, contact_id: int) -> None:
    """Remove a contact."""
    row = _row(db, "contacts", contact_id)
    with db.write():
        db.execute("DELETE FROM contacts WHERE id = ?", (int(contact_id),))
        db.audit("contact_delete", "firm", row["firm_id"], {"contact_id": int(contact_id)})


def contacts(db: Database, firm_id: int, *, masked: bool = False) -> list[dict[str, Any]]:
    """A firm's contacts; ``masked`` hides phone, e-mail and name as lists and exports do."""
    from app import privacy

    rows = [
        dict(r)
        for r in db.query(
            "SELECT id, firm_id, name, title, phone, email, note, updated_at FROM contacts "
            "WHERE firm_id = ? ORDER BY id",
            (int(firm_id),),
        )
    ]
    if masked:
        for r in rows:
            r["name"] = privacy.mask_name(r["name"])
            r["phone"] = privacy.mask_phone(r["phone"])
            r["email"] = privacy.mask_email(r["email"])
            r["note"] = privacy.mask_text(r["note"])
    return rows


# -- visits ---------------------------------------------------------------------------------
def _check_visit(fields: dict[str, Any]) -> dict[str, Any]:
    v = {k: _clean(fields.get(k)) for k in VISIT_FIELDS}
    v["date"] = parse_date(v["date"], "走访日期", required=True)
    v["next_date"] = parse_date(v["next_date"], "下一步日期")
    if v["next_date"] and not v["next_step"]:
        raise UserError(_("填写了下一步日期，但没有写下一步做什么"))
    return v


def add_visit(db: Database, firm_id: int, **fields: Any) -> int:
    """Log a visit. A firm that was only a lead or contacted moves to 已走访."""
    firm = firm_row(db, firm_id)
    v = _check_visit(fields)
    with db.write():
        cur = db.execute(
            f"INSERT INTO visits (firm_id, {', '.join(VISIT_FIELDS)}, user, created_at) "
            f"VALUES (?, {', '.join('?' * len(VISIT_FIELDS))}, ?, ?)",
            (firm["id"], *(v[k] for k in VISIT_FIELDS), os_user(), now()),
        )
        db.audit("visit_add", "firm", firm["id"], {"visit_id": cur.lastrowid, "date": v["date"]})
        current = stage_of(db, firm["id"])
        if current is None or _ORDER[current] < _ORDER["visited"]:
            set_stage(db, firm["id"], "visited", note=f"登记 {v['date']} 走访")
    assert cur.lastrowid is not None  # set by the INSERT above
    return cur.lastrowid


def update_visit(db: Database, visit_id: int, **fields: Any) -> None:
    """Change a visit record; fields not given keep their value."""
    row = _row(db, "visits", visit_id)
    v = _check_visit({k: fields.get(k, row[k]) for k in VISIT_FIELDS})
    with db.write():
        db.execute(
            f"UPDATE visits SET {', '.join(f'{k} = ?' for k in VISIT_FIELDS)} WHERE id = ?",
            (*(v[k] for k in VISIT_FIELDS), row["id"]),
        )
        db.audit("visit_edit", "firm", row["firm_id"], {"visit_id": row["id"]})


def delete_visit(db: Database, visit_id: int) -> None:
    """Remove a visit record."""
    row = _row(db, "visits", visit_id)
    with db.write():
        db.execute("DELETE FROM visits WHERE id = ?", (int(visit_id),))
        db.audit("visit_delete", "firm", row["firm_id"], {"visit_id": int(visit_id)})


def set_next_done(db: Database, visit_id: int, done: bool = True) -> None:
    """Mark a visit's next step as done (or open again)."""
    row = _row(db, "visits", visit_id)
    with db.write():
        db.execute("UPDATE visits SET next_done = ? WHERE id = ?", (int(bool(done)), visit_id))
        db.audit("next_step_done", "firm", row["firm_id"], {"visit_id": visit_id, "done": done})


def visits(db: Database, firm_id: int) -> list[dict[str, Any]]:
    """A firm's visits, newest first."""
    return [
        dict(r)
        for r in db.query(
            "SELECT * FROM visits WHERE firm_id = ? ORDER BY date DESC, id DESC", (int(firm_id),)
        )
    ]


def open_next_steps(db: Database, firm_id: int) -> list[dict[str, Any]]:
    """A firm's next steps not yet done, soonest first (undated last)."""
    return [
        dict(r)
        for r in db.query(
            "SELECT id, date, next_step, next_date FROM visits WHERE firm_id = ? "
            "AND next_done = 0 AND next_step IS NOT NULL "
            "ORDER BY next_date IS NULL, next_date, id",
            (int(firm_id),),
        )
    ]


def due_reminders(
    db: Database, *, today: date | str | None = None, within_days: int = 0
) -> list[dict[str, Any]]:
    """Open next steps due on or before ``today + within_days``, most overdue first.

    Each item has the visit id, firm id and name, the next step, its date and ``overdue``
    (days past due; negative when still ahead).
    """
    if today is None:
        day = datetime.now().date()
    elif isinstance(today, str):
        day = date.fromisoformat(today)
    else:
        day = today
    horizon = (day + timedelta(days=within_days)).isoformat()
    rows = db.query(
        "SELECT v.id, v.firm_id, f.name AS firm, v.next_step, v.next_date, v.date AS visit_date "
        "FROM visits v JOIN firms f ON f.id = v.firm_id "
        "WHERE v.next_done = 0 AND v.next_date IS NOT NULL AND v.next_date <= ? "
        "ORDER BY v.next_date, v.id",
        (horizon,),
    )
    out = []
    for r in rows:
        item = dict(r)
        item["overdue"] = (day - date.fromisoformat(r["next_date"])).days
        out.append(item)
    return out
