"""Shortlists: named, ordered lists of firms with an owner and a note per firm.

A firm can be on several lists. Positions are kept dense (1..n) so that the order shown, the
order exported and the order a batch of dossiers is printed in are the same.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import catalog_store
from app.db import now, os_user
from app.errors import UserError
from app.targeting import strategies
from resources.i18n import _

if TYPE_CHECKING:
    from app.db import Database

MAX_NAME = 100


def _name(name: str) -> str:
    text = (name or "").strip()
    if not text:
        raise UserError(_("名单名称不能为空"))
    if len(text) > MAX_NAME:
        raise UserError(_("名单名称过长（上限 {MAX_NAME} 字）").format(MAX_NAME=MAX_NAME))
    return text


def get(db: Database, name: str) -> dict[str, Any]:
    """The shortlist called ``name``; :class:`UserError` when there is none."""
    row = db.execute("SELECT * FROM shortlists WHERE name = ?", ((name or "").strip(),)).fetchone()
    if row is None:
        known = [r["name"] for r in db.query("SELECT name FROM shortlists ORDER BY name LIMIT 10")]
        hint = f"（现有名单：{'、'.join(known)}）" if known else "（目前还没有名单）"
        raise UserError(_("没有名为“{name}”的名单{hint}").format(name=name, hint=hint))
    return dict(row)


def create(db: Database, name: str, *, owner: str | None = None, note: str | None = None) -> int:
    """Create an empty shortlist; returns its id."""
    name = _name(name)
    if db.scalar("SELECT 1 FROM shortlists WHERE name = ?", (name,)):
        raise UserError(_("名单“{name}”已存在").format(name=name))
    at = now()
    with db.write():
        # With the strategy it is built with (#16), in the INSERT: an update would make the
        # new list's first version a second one (app.people).
        cur = db.execute(
            "INSERT INTO shortlists (name, owner, note, created_at, updated_at, strategy) "
            "VALUES (?,?,?,?,?,?)",
            (
                name,
                (owner or os_user()).strip(),
                (note or "").strip() or None,
                at,
                at,
                strategies.current(db),
            ),
        )
        assert cur.lastrowid is not None  # set by the INSERT above
        db.audit("shortlist_create", "shortlist", cur.lastrowid, {"name": name})
    return cur.lastrowid


def rename(db: Database, name: str, new_name: str) -> None:
    """Rename a shortlist."""
    sl = get(db, name)
    new_name = _name(new_name)
    if new_name == sl["name"]:
        return
    if db.scalar("SELECT 1 FROM shortlists WHERE name = ?", (new_name,)):
        raise UserError(_("名单“{new_name}”已存在").format(new_name=new_name))
    with db.write():
        db.execute(
            "UPDATE shortlists SET name = ?, updated_at = ? WHERE id = ?",
            (new_name, now(), sl["id"]),
        )
        db.audit("shortlist_rename", "shortlist", sl["id"], {"old": sl["name"], "new": new_name})


def update(db: Database, name: str, *, owner: str | None = None, note: str | None = None) -> None:
    """Change a shortlist's owner and/or note (``None`` leaves a field as it is)."""
    sl = get(db, name)
    new_owner = sl["owner"] if owner is None else (owner.strip() or None)
    new_note = sl["note"] if note is None else (note.strip() or None)
    with db.write():
        db.execute(
            "UPDATE shortlists SET owner = ?, note = ?, updated_at = ? WHERE id = ?",
            (new_owner, new_note, now(), sl["id"]),
        )
        db.audit(
            "shortlist_edit",
            "shortlist",
            sl["id"],
            {"owner": [sl["owner"], new_owner], "note": [sl["note"], new_note]},
        )


def delete(db: Database, name: str) -> None:
    """Delete a shortlist (the firms stay in the database)."""
    sl = get(db, name)
    with db.write():
        db.execute("DELETE FROM shortlists WHERE id = ?", (sl["id"],))
        db.audit("shortlist_delete", "shortlist", sl["id"], {"name": sl["name"]})


def list_all(db: Database) -> list[dict[str, Any]]:
    """Every shortlist with its number of firms, by name."""
    rows = db.query(
        "SELECT s.id, s.name, s.owner, s.note, s.created_at, s.updated_at, "
        "COUNT(i.firm_id) AS count FROM shortlists s "
        "LEFT JOIN shortlist_items i ON i.shortlist_id = s.id GROUP BY s.id ORDER BY s.name"
    )
    return [dict(r) for r in rows]


def _touch(db: Database, shortlist_id: int) -> None:
    db.execute("UPDATE shortlists SET updated_at = ? WHERE id = ?", (now(), shortlist_id))


def _renumber(db: Database, shortlist_id: int, firm_ids: list[int]) -> None:
    # Two passes: positions are not unique-constrained, but keeping them dense matters.
    db.conn.executemany(
        "UPDATE shortlist_items SET position = ? WHERE shortlist_id = ? AND firm_id = ?",
        [(i + 1, shortlist_id, fid) for i, fid in enumerate(firm_ids)],
    )


def firm_ids(db: Database, name: str) -> list[int]:
    """The firms of a shortlist, in list order."""
    sl = get(db, name)
    return [
        r[0]
        for r in db.query(
            "SELECT firm_id FROM shortlist_items WHERE shortlist_id = ? ORDER BY position, added_at",
            (sl["id"],),
        )
    ]


def add(
    db: Database, name: str, firms: Iterable[int], *, note: str | None = None
) -> dict[str, list[int]]:
    """Append firms to a shortlist; firms already on it keep their place.

    Returns ``{"added": [...], "already": [...]}``.
    """
    sl = get(db, name)
    ids = list(dict.fromkeys(int(f) for f in firms))
    if not ids:
        raise UserError(_("没有指定要加入名单的企业"))
    missing = [fid for fid in ids if db.scalar("SELECT 1 FROM firms WHERE id = ?", (fid,)) is None]
    if missing:
        raise UserError(
            _("企业库中没有编号为 {value} 的企业").format(value=", ".join(map(str, missing)))
        )
    present = set(firm_ids(db, name))
    added = [fid for fid in ids if fid not in present]
    already = [fid for fid in ids if fid in present]
    if added:
        start = db.scalar(
            "SELECT COALESCE(MAX(position), 0) FROM shortlist_items WHERE shortlist_id = ?",
            (sl["id"],),
        )
        at = now()
        with db.write():
            db.conn.executemany(
                "INSERT INTO shortlist_items (shortlist_id, firm_id, position, note, added_at) "
                "VALUES (?,?,?,?,?)",
                [
                    (sl["id"], fid, start + i + 1, (note or "").strip() or None, at)
                    for i, fid in enumerate(added)
                ],
            )
            _touch(db, sl["id"])
            db.audit("shortlist_add", "shortlist", sl["id"], {"firms": added})
    return {"added": added, "already": already}


def remove(db: Database, name: str, firms: Iterable[int]) -> list[int]:
    """Take firms off a shortlist; returns the ids that were on it."""
    sl = get(db, name)
    ids = [int(f) for f in firms]
    current = firm_ids(db, name)
    gone = [fid for fid in ids if fid in current]
    if not gone:
        raise UserError(_("所选企业不在名单“{name}”中").format(name=sl["name"]))
    with db.write():
        db.conn.executemany(
            "DELETE FROM shortlist_items WHERE shortlist_id = ? AND firm_id = ?",
            [(sl["id"], fid) for fid in gone],
        )
        _renumber(db, sl["id"], [fid for fid in current if fid not in gone])
        _touch(db, sl["id"])
        db.audit("shortlist_remove", "shortlist", sl["id"], {"firms": gone})
    return gone


def reorder(db: Database, name: str, ordered: Iterable[int]) -> None:
    """Set the whole order of a shortlist; ``ordered`` must hold exactly its firms."""
    sl = get(db, name)
    ordered = [int(f) for f in ordered]
    current = firm_ids(db, name)
    if sorted(ordered) != sorted(current):
        raise UserError(_("新的顺序必须恰好包含名单中的全部企业"))
    if ordered == current:
        return
    with db.write():
        _renumber(db, sl["id"], ordered)
        _touch(db, sl["id"])
        db.audit("shortlist_reorder", "shortlist", sl["id"], {"order": ordered})


def move(db: Database, name: str, firm_id: int, index: int) -> None:
    """Move one firm to 0-based ``index`` (clamped to the list)."""
    current = firm_ids(db, name)
    if int(firm_id) not in current:
        raise UserError(_("该企业不在名单中"))
    current.remove(int(firm_id))
    index = max(0, min(int(index), len(current)))
    current.insert(index, int(firm_id))
    reorder(db, name, current)


def set_note(db: Database, name: str, firm_id: int, note: str | None) -> None:
    """The shortlist's note for one firm (why it is on the list, what to ask)."""
    sl = get(db, name)
    text = (note or "").strip() or None
    if text and len(text) > 5000:
        raise UserError(_("备注过长（上限 5000 字）"))
    old = db.execute(
        "SELECT note FROM shortlist_items WHERE shortlist_id = ? AND firm_id = ?",
        (sl["id"], int(firm_id)),
    ).fetchone()
    if old is None:
        raise UserError(_("该企业不在名单中"))
    with db.write():
        db.execute(
            "UPDATE shortlist_items SET note = ? WHERE shortlist_id = ? AND firm_id = ?",
            (text, sl["id"], int(firm_id)),
        )
        _touch(db, sl["id"])
        db.audit(
            "shortlist_note", "shortlist", sl["id"], {"firm": firm_id, "old": old[0], "new": text}
        )


def lists_of_firm(db: Database, firm_id: int) -> list[str]:
    """The names of the shortlists a firm is on."""
    return [
        r[0]
        for r in db.query(
            "SELECT s.name FROM shortlists s JOIN shortlist_items i ON i.shortlist_id = s.id "
            "WHERE i.firm_id = ? ORDER BY s.name",
            (int(firm_id),),
        )
    ]


def items(db: Database, name: str) -> list[dict[str, Any]]:
    """The firms of a shortlist in order, with what a list view shows of each."""
    from app import outreach

    sl = get(db, name)
    rows = db.query(
        "SELECT i.position, i.firm_id, i.note, i.added_at, f.name, f.short_name, f.uscc, "
        "f.city, f.district, f.direction, f.segment, f.score, p.stage, "
        "(SELECT COUNT(*) FROM contacts c WHERE c.firm_id = f.id) AS contacts, "
        "(SELECT MAX(date) FROM visits v WHERE v.firm_id = f.id) AS last_visit "
        "FROM shortlist_items i JOIN ranked f ON f.id = i.firm_id "
        "LEFT JOIN pipeline p ON p.firm_id = f.id "
        "WHERE i.shortlist_id = ? ORDER BY i.position, i.added_at",
        (sl["id"],),
    )
    names = _direction_names(db)
    out = []
    for r in rows:
        item = dict(r)
        item["direction_name"] = names.get(r["direction"] or "", "")
        item["segment_name"] = names.get(r["segment"] or "", "")
        item["stage_zh"] = outreach.stage_label(r["stage"])
        out.append(item)
    return out


def _direction_names(db: Database) -> dict[str, str]:
    """Code -> Chinese name for directions and segments (empty if the catalog is missing)."""
    try:
        cat = catalog_store.current(db)
    except Exception:  # a broken catalog must not stop a list from showing
        return {}
    names = {d.code: d.name for d in cat.directions}
    names.update({s.code: s.name for s in cat.segments()})
    return names


def show(db: Database, name: str, *, unmask: bool = False) -> dict[str, Any]:
    """The JSON shape of ``chainfill shortlist show NAME --json``.

    Contacts are masked unless ``unmask`` is set.
    """
    from app import outreach

    sl = get(db, name)
    firms = []
    for it in items(db, name):
        firms.append(
            {
                "position": it["position"],
                "id": it["firm_id"],
                "name": it["name"],
                "short_name": it["short_name"],
                "uscc": it["uscc"],
                "city": it["city"],
                "district": it["district"],
                "direction": it["direction"] or "",
                "segment": it["segment"] or "",
                "score": it["score"],
                "stage": it["stage"] or "",
                "stage_zh": it["stage_zh"],
                "note": it["note"],
                "last_visit": it["last_visit"],
                "contacts": [
                    {k: c[k] for k in ("name", "title", "phone", "email")}
                    for c in outreach.contacts(db, it["firm_id"], masked=not unmask)
                ],
            }
        )
    return {
        "id": sl["id"],
        "name": sl["name"],
        "owner": sl["owner"],
        "note": sl["note"],
        "created_at": sl["created_at"],
        "updated_at": sl["updated_at"],
        "count": len(firms),
        "firms": firms,
    }


EXPORT_COLUMNS = (
    ("序号", 6),
    ("企业名称", 36),
    ("简称", 12),
    ("统一社会信用代码", 22),
    ("城市", 10),
    ("区县", 10),
    ("产业方向", 16),
    ("产业链环节", 18),
    ("评分", 8),
    ("阶段", 10),
    ("最近走访", 12),
    ("名单备注", 40),
    ("联系人", 14),
    ("职务", 14),
    ("电话", 16),
    ("邮箱", 26),
)


def export_xlsx(db: Database, name: str, out: str | Path, *, unmask: bool = False) -> Path:
    """Write a shortlist to an .xlsx file for colleagues.

    Every text cell is escaped against formula injection; contacts are masked unless
    ``unmask`` is set. The file is written to a temporary name and moved into place, so a
    failed export leaves no half-written file.
    """
    import tempfile

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    from app import outreach, privacy

    out_path = privacy.check_output_path(out, ".xlsx")
    sl = get(db, name)
    rows = items(db, name)

    wb = Workbook()
    ws = wb.active
    ws.title = "名单"
    ws.append([privacy.escape_cell(f"名单：{sl['name']}")])
    ws.append(
        [
            privacy.escape_cell(
                f"负责人：{sl['owner'] or '—'}　导出：{now()[:10]} {os_user()}　"
                f"共 {len(rows)} 家企业" + ("" if unmask else "　联系方式已脱敏")
            )
        ]
    )
    if sl["note"]:
        ws.append([privacy.escape_cell(f"说明：{sl['note']}")])
    ws.append([])
    header_row = ws.max_row + 1
    ws.append([h for h, _ in EXPORT_COLUMNS])
    for it in rows:
        people = outreach.contacts(db, it["firm_id"], masked=not unmask)
        values = [
            it["position"],
            it["name"],
            it["short_name"],
            it["uscc"],
            it["city"],
            it["district"],
            it["direction_name"] or it["direction"],
            it["segment_name"] or it["segment"],
            None if it["score"] is None else round(float(it["score"]), 1),
            it["stage_zh"],
            it["last_visit"],
            it["note"],
            "\n".join(c["name"] or "" for c in people) or None,
            "\n".join(c["title"] or "" for c in people) or None,
            "\n".join(c["phone"] or "" for c in people) or None,
            "\n".join(c["email"] or "" for c in people) or None,
        ]
        ws.append([privacy.escape_cell(v) for v in values])

    bold = Font(bold=True)
    ws["A1"].font = Font(bold=True, size=14)
    for col, (_label, width) in enumerate(EXPORT_COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
        cell = ws.cell(row=header_row, column=col)
        cell.font = bold
        cell.fill = PatternFill("solid", fgColor="DDE6F0")
    for row in ws.iter_rows(min_row=header_row + 1):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(cell.value, str):
                # Belt and braces: a string cell is never stored as a formula.
                cell.data_type = "s"
    ws.freeze_panes = ws.cell(row=header_row + 1, column=3)

    fd, tmp_name = tempfile.mkstemp(prefix=".chainfill-", suffix=".xlsx", dir=out_path.parent)
    import os

    os.close(fd)
    tmp = Path(tmp_name)
    try:
        wb.save(tmp)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(
            _("无法写入输出文件 {out_path}：{value}").format(
                out_path=out_path, value=exc.strerror or exc
            )
        ) from exc
    # full contacts are personal data: that file is readable by its owner only
    privacy.replace_atomically(tmp, out_path, private=unmask)
    with db.write():
        db.audit(
            "shortlist_export",
            "shortlist",
            sl["id"],
            {"file": str(out_path), "firms": len(rows), "unmasked": unmask},
        )
    return out_path
