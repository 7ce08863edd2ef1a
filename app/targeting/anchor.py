"""以商引商: the candidates linked to an anchor firm, ranked with the same explanation.

The anchor's suppliers come first (the plan's 围绕整车企业: bring its supply chain close),
then its customers, then the other firms of its group; within each, by score. Only
candidates (firms in the candidate regions, not yet landed) are ranked; linked firms outside
the database or outside the regions are counted so the screen can say so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app import ranking
from app.targeting import links

if TYPE_CHECKING:
    from app.db import Database

ORDER = (("supplier", "供应商"), ("customer", "客户"), ("group", "同一集团"))


def candidates(db: Database, anchor_id: int, top: int = 30) -> dict[str, Any]:
    """The anchor's linked candidates: ``rows`` (score records with ``relation``) and counts."""
    seen: set[int] = {anchor_id}
    groups: list[tuple[str, str, list[int]]] = []
    outside = 0
    for code, label in ORDER:
        if code == "group":
            ids = [i for i in links.group_of(db, anchor_id) if i not in seen]
        else:
            found = links.partners(db, anchor_id, code)
            outside += sum(not x["matched"] for x in found)
            ids = [x["partner_id"] for x in found if x["matched"] and x["partner_id"] not in seen]
        seen.update(ids)
        groups.append((code, label, ids))
    rows: list[dict[str, Any]] = []
    linked = sum(len(ids) for _c, _l, ids in groups)
    for code, label, ids in groups:
        if len(rows) >= top:
            break
        for r in ranking.top(db, top - len(rows), ids=ids):
            rows.append(r | {"relation": label, "relation_code": code, "anchor_id": anchor_id})
    for i, r in enumerate(rows, start=1):
        r["anchor_rank"] = i
    name = db.scalar("SELECT name FROM firms WHERE id = ?", (anchor_id,))
    return {
        "anchor": {"id": anchor_id, "name": name},
        "rows": rows,
        "linked_in_database": linked,
        "linked_outside_database": outside,
        "not_candidates": linked - len(rows) if len(rows) < top else None,
    }
