"""Finding a firm from what staff type: its id, its USCC or its name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.errors import UserError
from app.parsing import normalise_name
from resources.i18n import _

if TYPE_CHECKING:
    from app.db import Database


def resolve_firm(db: Database, ref: str | int) -> int:
    """A firm's id from its id, its USCC or its exact name; Chinese UserError if unknown."""
    text = str(ref).strip()
    if not text:
        raise UserError(_("请给出企业的编号、统一社会信用代码或完整名称"))
    if len(text) == 18:
        row = db.execute("SELECT id FROM firms WHERE uscc = ?", (text.upper(),)).fetchone()
        if row is not None:
            return int(row[0])
    if text.isdigit() and len(text) < 18:
        row = db.execute("SELECT id FROM firms WHERE id = ?", (int(text),)).fetchone()
        if row is not None:
            return int(row[0])
    rows = db.query("SELECT id FROM firms WHERE name = ? LIMIT 5", (text,))
    if not rows:
        rows = db.query(
            "SELECT id FROM firms WHERE name_norm = ? OR short_name = ? LIMIT 5",
            (normalise_name(text), text),
        )
    if len(rows) == 1:
        return int(rows[0][0])
    if len(rows) > 1:
        ids = "、".join(str(r[0]) for r in rows)
        raise UserError(
            _("有多家企业名为“{text}”（编号 {ids}），请改用编号或统一社会信用代码").format(
                text=text, ids=ids
            )
        )
    raise UserError(
        _("找不到企业“{text}”：请给出企业的编号、统一社会信用代码或完整名称").format(text=text)
    )
