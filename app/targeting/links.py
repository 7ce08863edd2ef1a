"""Links between firms: 供应商 / 客户 / 母公司 / 子公司 / 同一集团.

A row says what the firm is to the partner: 供应商 — the firm supplies the partner; 客户 — the
firm buys from it; 母公司 / 子公司 — the firm is the partner's parent / subsidiary; 同一集团 —
both belong to one group. A partner not in the database is kept by its name as written
(shown as 库外企业) and found again by name once it is imported. When only the partner is in
the database the row is stored from the partner's side with the inverse relation. A group is
every firm reachable through parent, subsidiary and same-group links.
"""

from __future__ import annotations

import os
import time
from collections import deque
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.db import now
from app.errors import UserError
from app.jobs import CancelToken, Job, Progress
from app.parsing import normalise_name, parse_date
from app.targeting import sheets
from app.targeting.matching import FirmMatcher
from resources.i18n import N_, _

if TYPE_CHECKING:
    from app.db import Database

RELATION_ZH = {
    "supplier": N_("供应商"),
    "customer": N_("客户"),
    "parent": N_("母公司"),
    "subsidiary": N_("子公司"),
    "group": N_("同一集团"),
}
INVERSE = {
    "supplier": "customer",
    "customer": "supplier",
    "parent": "subsidiary",
    "subsidiary": "parent",
    "group": "group",
}
_WORDS = {
    "供应商": "supplier",
    "供货商": "supplier",
    "供应": "supplier",
    "supplier": "supplier",
    "客户": "customer",
    "采购方": "customer",
    "customer": "customer",
    "母公司": "parent",
    "控股股东": "parent",
    "parent": "parent",
    "子公司": "subsidiary",
    "控股子公司": "subsidiary",
    "全资子公司": "subsidiary",
    "subsidiary": "subsidiary",
    "同一集团": "group",
    "同集团": "group",
    "集团": "group",
    "兄弟公司": "group",
    "group": "group",
    "samegroup": "group",
}
GROUP_RELATIONS = ("parent", "subsidiary", "group")
GROUP_LIMIT = 500
UNMATCHED_SHOWN = 200

COLUMNS = {
    "firm": ("企业名称", "企业", "名称", "firm", "company", "name"),
    "partner": ("关联企业", "关联方", "对方企业", "partner", "related", "relatedfirm"),
    "relation": ("关系", "关系类型", "relation", "relationship", "type"),
    "source": ("来源", "信息来源", "source"),
    "date": ("日期", "时间", "date"),
}


def relation_code(text: str) -> str:
    """'供应商' / 'supplier' … → the stored code; ValueError naming the choices otherwise."""
    key = sheets.header_key(text)
    code = _WORDS.get(key)
    if code is None:
        raise ValueError(
            _("关系“{text}”无法识别（可选：{values}）").format(
                text=text, values="、".join(RELATION_ZH.values())
            )
        )
    return code


def import_links(
    db: Database, path: str | os.PathLike[str], cancel: CancelToken | None = None
) -> Job[dict[str, Any]]:
    """Import a links sheet (a job); returns the report. One transaction."""
    t0 = time.perf_counter()
    cancel = cancel or CancelToken()
    _sheet, records = sheets.rows(path, COLUMNS, required=(("firm",), ("partner",), ("relation",)))
    matcher = FirmMatcher(db)
    rows = 0
    todo: list[tuple[Any, ...]] = []
    rejected: list[dict[str, Any]] = []
    partner_unmatched = 0
    swapped = 0
    yield Progress(0, 0, _("读取关联关系"))
    source_file = Path(path).name
    for number, rec in records:
        rows += 1
        yield from sheets.reading(rows, cancel)
        firm = sheets.text(rec.get("firm"))
        partner = sheets.text(rec.get("partner"))
        try:
            if not firm or not partner:
                raise ValueError(_("企业名称和关联企业都要填写"))
            rel = relation_code(sheets.text(rec.get("relation")))
            when = parse_date(rec.get("date"), latest=date.today()) if rec.get("date") else None
        except ValueError as exc:
            rejected.append({"row": number, "firm": firm, "partner": partner, "reason": str(exc)})
            continue
        fid, _how = matcher.match(firm)
        pid, _phow = matcher.match(partner)
        if fid is None and pid is None:
            rejected.append(
                {"row": number, "firm": firm, "partner": partner, "reason": "两家企业都不在库中"}
            )
            continue
        if fid is None:  # keep the row from the side that is in the database
            fid, pid, firm, partner, rel = pid, None, partner, firm, INVERSE[rel]
            swapped += 1
        if pid == fid:
            rejected.append(
                {"row": number, "firm": firm, "partner": partner, "reason": "企业与关联企业相同"}
            )
            continue
        partner_unmatched += pid is None
        source = sheets.text(rec.get("source")) or source_file
        todo.append((fid, pid, partner, normalise_name(partner), rel, source, when))
    if rows == 0:
        raise UserError(_("{source_file} 中没有数据行").format(source_file=source_file))
    cancel.check()
    stamp = now()
    with db.write():
        before = db.scalar("SELECT COUNT(*) FROM firm_links")
        db.conn.executemany(
            "INSERT INTO firm_links (firm_id, partner_id, partner_name, partner_norm, relation, "
            "source, date, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(firm_id, partner_norm, relation) DO UPDATE SET "
            # the table's own columns named by table: bare, PostgreSQL finds them ambiguous
            "partner_id = COALESCE(excluded.partner_id, firm_links.partner_id), "
            "source = excluded.source, date = COALESCE(excluded.date, firm_links.date)",
            [(*t, stamp) for t in todo],
        )
        added = int(db.scalar("SELECT COUNT(*) FROM firm_links")) - int(before)
        report = {
            "file": source_file,
            "rows": rows,
            "imported": len(todo),
            "added": added,
            "updated": len(todo) - added,
            "partners_not_in_database": partner_unmatched,
            "stored_from_partner_side": swapped,
            "rejected_count": len(rejected),
            "rejected": rejected[:UNMATCHED_SHOWN],
        }
        return sheets.audited(db, report, t0, "links_import", "firm_links", listed="rejected")


def _resolve(db: Database, norm: str) -> int | None:
    rows = db.execute("SELECT id FROM firms WHERE name_norm = ? LIMIT 2", (norm,)).fetchall()
    return int(rows[0][0]) if len(rows) == 1 else None


def of_firm(db: Database, firm_id: int) -> list[dict[str, Any]]:
    """A firm's links from its own side: partner, relation (what this firm is to the partner),
    whether the partner is in the database, source and date."""
    norm = db.scalar("SELECT name_norm FROM firms WHERE id = ?", (firm_id,))
    out: list[dict[str, Any]] = []
    for r in db.query(
        "SELECT l.partner_id, l.partner_name, l.partner_norm, l.relation, l.source, l.date, "
        "p.name FROM firm_links AS l LEFT JOIN firms AS p ON p.id = l.partner_id "
        "WHERE l.firm_id = ?",
        (firm_id,),
    ):
        pid = r[0] if r[0] is not None else _resolve(db, r[2])
        name = r[6] or r[1]
        if pid is not None and r[6] is None:
            name = db.scalar("SELECT name FROM firms WHERE id = ?", (pid,)) or r[1]
        out.append(_rec(pid, name, r[3], r[4], r[5]))
    # Rows written from the other side (by id, or by this firm's name before it was imported).
    for r in db.query(
        "SELECT l.firm_id, f.name, l.relation, l.source, l.date FROM firm_links AS l "
        "JOIN firms AS f ON f.id = l.firm_id "
        "WHERE l.partner_id = ? OR (l.partner_id IS NULL AND l.partner_norm = ?)",
        (firm_id, norm or ""),
    ):
        out.append(_rec(int(r[0]), r[1], INVERSE[r[2]], r[3], r[4]))
    order = {k: i for i, k in enumerate(RELATION_ZH)}
    out.sort(key=lambda x: (order[x["relation_code"]], not x["matched"], x["partner"]))
    return out


def _rec(pid: int | None, name: str, rel: str, source: Any, when: Any) -> dict[str, Any]:
    return {
        "partner": name,
        "partner_id": pid,
        "matched": pid is not None,
        "relation": _(RELATION_ZH[rel]),  # Chinese in print and the CLI, else the UI's
        "relation_code": rel,
        "source": source or "",
        "date": when or "",
    }


def group_of(db: Database, firm_id: int) -> list[int]:
    """The other firms of this firm's group (parent, subsidiary, same-group links, transitively;
    at most GROUP_LIMIT), nearest first."""
    seen = {firm_id}
    order: list[int] = []
    queue = deque([firm_id])
    while queue and len(order) < GROUP_LIMIT:
        fid = queue.popleft()
        for link in of_firm(db, fid):
            pid = link["partner_id"]
            if pid is not None and link["relation_code"] in GROUP_RELATIONS and pid not in seen:
                seen.add(pid)
                order.append(pid)
                queue.append(pid)
    return order[:GROUP_LIMIT]


def partners(db: Database, firm_id: int, relation: str) -> list[dict[str, Any]]:
    """The firm's partners that are ``relation`` to it (``supplier``: who supplies this firm),
    in the database or not."""
    want = INVERSE[relation]  # what this firm is to them
    return [link for link in of_firm(db, firm_id) if link["relation_code"] == want]


def count(db: Database) -> dict[str, int]:
    row = db.execute(
        "SELECT COUNT(*), SUM(partner_id IS NULL), COUNT(DISTINCT firm_id) FROM firm_links"
    ).fetchone()
    return {"links": int(row[0] or 0), "unmatched": int(row[1] or 0), "firms": int(row[2] or 0)}


def group_names(db: Database, firm_id: int, limit: int = 8) -> tuple[list[str], int]:
    """The names of the first ``limit`` other firms of the group, and how many there are."""
    group = group_of(db, firm_id)
    names = [
        str(db.scalar("SELECT name FROM firms WHERE id = ?", (g,)) or "") for g in group[:limit]
    ]
    return names, len(group)
