"""Reading the audit log: who changed what, and when (``chainfill audit``).

Rows are written by :meth:`app.db.Database.audit`, each under the person at the keyboard
(:mod:`app.people`): their name, and their ``users`` id when they are on the list.
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import TYPE_CHECKING, Any

from app.errors import UserError
from resources.i18n import _

if TYPE_CHECKING:
    from app.db import Database

DEFAULT_LIMIT = 200

# What an action means, for people reading the log (unknown actions are shown as they are).
ACTION_ZH = {
    "edit": "修改",
    "add": "新增",
    "import": "导入",
    "undo_import": "撤销导入",
    "setting": "修改设置",
    "catalog_edit": "修改产业目录",
    "confirm": "确认方向",
    "correct": "更正方向",
    "reclassify_all": "重新分类",
    "retrain": "重新训练",
    "stage": "跟进阶段",
    "contact_add": "新增联系人",
    "contact_edit": "修改联系人",
    "contact_delete": "删除联系人",
    "visit_add": "新增走访",
    "visit_edit": "修改走访",
    "visit_delete": "删除走访",
    "next_step_done": "下一步完成",
    "shortlist_create": "新建名单",
    "shortlist_rename": "名单改名",
    "shortlist_delete": "删除名单",
    "shortlist_add": "加入名单",
    "shortlist_remove": "移出名单",
    "shortlist_reorder": "名单排序",
    "user_add": "登记人员",
    "user_edit": "修改人员",
    "backup": "备份",
    "restore": "恢复",
    "demo": "生成演示数据",
    "sync_edit": "带回合并（修改）",
    "sync_add": "带回合并（新增）",
    "sync_delete": "带回合并（删除）",
}


def parse_since(text: str | None) -> str | None:
    """An ISO date (2026-12-01, 2026/12/1, 2026年12月1日) as the start of that day."""
    if text is None:
        return None
    m = re.fullmatch(r"\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*", text)
    if not m:
        raise UserError(_("日期“{text}”的写法不对：应为 2026-12-01").format(text=text))
    try:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        raise UserError(_("没有这一天：{text}").format(text=text)) from None


def _masked(value: Any) -> Any:
    """The detail with phone numbers and e-mail addresses masked, as in every list."""
    from app.privacy import mask_text

    if isinstance(value, str):
        return mask_text(value)
    if isinstance(value, dict):
        return {k: _masked(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_masked(v) for v in value]
    return value


def entries(
    db: Database,
    *,
    firm_id: int | None = None,
    user: str | None = None,
    since: str | None = None,
    limit: int = DEFAULT_LIMIT,
) -> list[dict[str, Any]]:
    """Audit entries, newest first. ``user`` matches the recorded name, or the person's login
    or display name on the list (so a person renamed later is still found)."""
    where: list[str] = []
    params: list[Any] = []
    if firm_id is not None:
        where.append("a.entity = 'firm' AND a.entity_id = ?")
        params.append(str(firm_id))
    if user:
        name = " ".join(user.split())
        where.append(
            "(a.user = ? OR a.user_id IN (SELECT id FROM users WHERE login = ? OR display_name = ?))"
        )
        params += [name, name, name]
    if since:
        where.append("a.at >= ?")
        params.append(parse_since(since))
    if limit < 1:
        raise UserError(_("条数应为正整数"))
    sql = (
        "SELECT a.id, a.at, a.user, a.user_id, u.login, u.role, a.action, a.entity, "
        "a.entity_id, a.detail FROM audit a LEFT JOIN users u ON u.id = a.user_id "
        + (f"WHERE {' AND '.join(where)} " if where else "")
        + "ORDER BY a.id DESC LIMIT ?"
    )
    out = []
    for r in db.query(sql, (*params, int(limit))):
        try:
            detail = json.loads(r["detail"]) if r["detail"] else None
        except ValueError:
            detail = r["detail"]
        detail = _masked(detail)
        out.append(
            {
                "id": r["id"],
                "at": r["at"],
                "user": r["user"],
                "user_id": r["user_id"],
                "login": r["login"],
                "role": r["role"],
                "action": r["action"],
                "action_zh": ACTION_ZH.get(r["action"], r["action"]),
                "entity": r["entity"],
                "entity_id": r["entity_id"],
                "detail": detail,
            }
        )
    return out
