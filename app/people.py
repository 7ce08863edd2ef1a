"""People, roles and who may change what: the one place where roles are checked.

A database keeps its own list of people (``users``): login, display name, section, role
(管理员 ``admin``, 招商专员 ``staff``, 只读 ``viewer``) and whether they are active. Who is at
the keyboard is the name in this computer's settings file (设置 → 本人信息, ``user.name``,
:mod:`app.settings`): the file points at "who am I", the ``users`` row is the person on
record. Without a name the operating-system login stands in.

Every change a person makes is recorded by :meth:`app.db.Database.audit`, which asks
:func:`check` first, inside the change's own transaction: a refusal (``UserError``, "没有权限…",
exit 2) rolls the change back, so nothing is written. The rules:

- a 只读 or deactivated person changes nothing (a backup and the model upkeep that follows
  other people's work are not changes of theirs and stay allowed);
- the catalog, database-wide settings (:data:`DATABASE_SETTINGS`), the list of people and a
  restore need a 管理员 — while the database has no active 管理员, anyone may (bootstrap: the
  first person to choose their name on such a database becomes its 管理员);
- once a database has a 管理员, only people on its list change it; before that, a named
  person is added to the list as 招商专员 at their first change, so the audit names them.

On SQLite, one file on one laptop, this is a courtesy: anyone who can open the file can edit
it or name themselves differently. Keeping every rule here lets an engine that enforces roles
itself (database logins and GRANTs) replace these checks without touching the callers.

No import of :mod:`app.db` here: the database calls in (``audit``), not the other way round.
"""

from __future__ import annotations

import getpass
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.errors import UserError
from resources.i18n import N_, _

ROLES = {"admin": N_("管理员"), "staff": N_("招商专员"), "viewer": N_("只读")}
ROLE_CODES = {**{k: k for k in ROLES}, **{v: k for k, v in ROLES.items()}}

# Settings stored in the database that belong to the whole team (only a 管理员 changes
# them); the keys are those of app.fx, app.ranking, app.projects.model and app.backup
# (tests/test_people.py checks they agree). Everything else in ``settings`` is the program's
# own bookkeeping (model state, caches), written as a side effect of other work.
DATABASE_SETTINGS = {
    "fx.rates": N_("外币汇率表"),
    "ranking.weights": N_("评分权重"),
    "appraisal.method": N_("亩均评价方法（容积率、评级规则等）"),
    "backup.keep": N_("自动备份保留份数"),
    "deals.intensity": N_("项目评估的投资强度门槛"),
}
# Audit actions a 管理员 alone may record (while the database has one).
ADMIN_ACTIONS = {
    "catalog_edit": N_("修改产业目录"),
    "user_add": N_("登记人员"),
    "user_edit": N_("修改人员的角色或状态"),
    "restore": N_("恢复数据库"),
    "targets": N_("设定本局年度招商目标"),
}
# Recorded for anyone, 只读 included: a copy of the data, and the propensity model's upkeep
# (run when scores are refreshed after someone else's change).
ANYONE_ACTIONS = {"backup", "propensity_reset", "propensity_train", "restore"}


@dataclass(frozen=True)
class Person:
    """Who is at the keyboard, as this database knows them."""

    name: str  # the display name recorded in the audit log and printed as 负责人 / 编制人
    id: int | None = None  # the users row; None when not on this database's list
    login: str | None = None
    section: str | None = None
    role: str | None = None  # admin | staff | viewer; None when not on the list
    active: bool = True
    created_at: str | None = None

    @property
    def role_zh(self) -> str:
        return ROLES.get(self.role or "", "未登记")

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "login": self.login,
            "name": self.name,
            "section": self.section,
            "role": self.role,
            "role_zh": self.role_zh,
            "active": self.active,
            "created_at": self.created_at,
        }


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def whoami() -> str:
    """The name of the person at the keyboard: 本人信息's ``user.name``, else the OS login."""
    from app.settings import person_name

    name = person_name()
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:
        return os.environ.get("USERNAME") or os.environ.get("USER") or "unknown"


def role_code(text: str) -> str:
    """``admin``/``staff``/``viewer`` from the code or its Chinese name; UserError otherwise."""
    code = ROLE_CODES.get((text or "").strip().lower()) or ROLE_CODES.get((text or "").strip())
    if code is None:
        raise UserError(
            _("没有角色“{text}”。可选：admin（管理员）、staff（招商专员）、viewer（只读）").format(
                text=text
            )
        )
    return code


# -- reading ------------------------------------------------------------------------------------
def _person(row: sqlite3.Row) -> Person:
    return Person(
        name=row["display_name"],
        id=int(row["id"]),
        login=row["login"],
        section=row["section"],
        role=row["role"],
        active=bool(row["active"]),
        created_at=row["created_at"],
    )


def _has_users(db: Any) -> bool:
    return bool(db.has_table("users"))


def find(db: Any, name: str) -> Person | None:
    """The person whose login or display name is ``name`` (login first); None if unknown."""
    text = " ".join((name or "").split())
    if not text or not _has_users(db):
        return None
    row = db.execute("SELECT * FROM users WHERE login = ?", (text,)).fetchone()
    if row is None:
        rows = db.query("SELECT * FROM users WHERE display_name = ? ORDER BY id", (text,))
        if len(rows) > 1:
            logins = "、".join(r["login"] for r in rows)
            raise UserError(
                _("有多名人员名为“{text}”（登录名 {logins}），请改用登录名").format(
                    text=text, logins=logins
                )
            )
        row = rows[0] if rows else None
    return None if row is None else _person(row)


def current(db: Any) -> Person:
    """The person at the keyboard on this database (on its list or not). On PostgreSQL, without
    a name chosen in 本人信息, the person is the database login (a server role), not the OS's."""
    name = whoami()
    login = getattr(db, "login", "")
    if login:
        from app.settings import person_name

        if person_name() is None:
            name = login
    return find(db, name) or Person(name=name)


def list_people(db: Any, *, include_inactive: bool = True) -> list[Person]:
    if not _has_users(db):
        return []
    where = "" if include_inactive else "WHERE active = 1"
    return [_person(r) for r in db.query(f"SELECT * FROM users {where} ORDER BY id")]


def has_admin(db: Any) -> bool:
    """Whether the database has an active 管理员 (before that, the bootstrap rule holds)."""
    return _has_users(db) and bool(
        db.scalar("SELECT 1 FROM users WHERE role = 'admin' AND active = 1 LIMIT 1")
    )


# -- checks -------------------------------------------------------------------------------------
def _refuse_viewer(person: Person, what: str) -> None:
    if person.id is not None and not person.active:
        raise UserError(
            _("没有权限：“{person_name}”在本数据库已停用，不能{what}。请联系管理员。").format(
                person_name=person.name, what=_(what)
            )
        )
    if person.role == "viewer":
        raise UserError(
            _(
                "没有权限：“{person_name}”是只读人员，不能{what}。需要修改请联系管理员调整角色。"
            ).format(person_name=person.name, what=_(what))
        )


def require_write(db: Any, what: str = N_("修改数据")) -> Person:
    """The current person, if they may change data; UserError ("没有权限…") otherwise."""
    person = current(db)
    _refuse_viewer(person, what)
    if person.id is None and has_admin(db):
        raise UserError(
            _(
                "没有权限：本数据库的人员名单里没有“{person_name}”，不能{what}。请在 设置 → 本人信息 选择本人，"
                "或请管理员登记：chainfill users add {person_name}"
            ).format(person_name=person.name, what=_(what))
        )
    return person


def require_admin(db: Any, what: str) -> Person:
    """The current person, if they may do what only a 管理员 does (anyone while the
    database has no 管理员); UserError ("没有权限…") otherwise."""
    person = current(db)
    _refuse_viewer(person, what)
    if person.role != "admin" and has_admin(db):
        raise UserError(
            _("没有权限：只有管理员可以{what}；“{person_name}”在本数据库是{role_zh}。").format(
                what=_(what), person_name=person.name, role_zh=_(person.role_zh)
            )
        )
    return person


def check(db: Any, action: str, entity: str, entity_id: Any = None) -> Person:
    """May the current person record ``action``? Called by ``Database.audit`` inside the
    change's transaction; returns the person to record, raises UserError to refuse."""
    if action in ANYONE_ACTIONS:
        return current(db)
    if action == "setting" and str(entity_id) in DATABASE_SETTINGS:
        return require_admin(
            db, _("修改{setting}（全库设置）").format(setting=_(DATABASE_SETTINGS[str(entity_id)]))
        )
    if action in ADMIN_ACTIONS:
        return require_admin(db, ADMIN_ACTIONS[action])
    person = require_write(db)
    if person.id is None and _has_users(db):
        # a named person's first change on a database without a 管理员: put them on the list
        # so that the audit log points at a person, not only at a name
        if person.name == _os_login():
            return person  # an unnamed login is not a person on record
        return _insert(db, person.name, person.name, "staff", None)
    return person


def _os_login() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return os.environ.get("USERNAME") or os.environ.get("USER") or "unknown"


# -- writing ------------------------------------------------------------------------------------
def _clean(text: str | None, what: str, limit: int = 60) -> str:
    value = " ".join((text or "").split())
    if len(value) > limit:
        raise UserError(_("{what}太长（最多 {limit} 个字）").format(what=_(what), limit=limit))
    return value


def _insert(db: Any, login: str, name: str, role: str, section: str | None) -> Person:
    at = _now()
    cur = db.execute(
        "INSERT INTO users (login, display_name, section, role, created_at, active) "
        "VALUES (?, ?, ?, ?, ?, 1)",
        (login, name, section or None, role, at),
    )
    return Person(
        name=name,
        id=int(cur.lastrowid),
        login=login,
        section=section or None,
        role=role,
        active=True,
        created_at=at,
    )


def add(
    db: Any, name: str, role: str = "staff", *, section: str | None = None, login: str | None = None
) -> Person:
    """Put a person on the database's list (管理员 only, once one exists)."""
    display = _clean(name, N_("姓名"))
    if not display:
        raise UserError(_("请给出人员姓名"))
    login_text = _clean(login, N_("登录名")) or display
    code = role_code(role)
    section_text = _clean(section, N_("科室")) or None
    with db.write():
        if db.scalar("SELECT 1 FROM users WHERE login = ?", (login_text,)):
            raise UserError(
                _("人员名单里已有登录名“{login_text}”；修改角色请用 chainfill users set").format(
                    login_text=login_text
                )
            )
        person = _insert(db, login_text, display, code, section_text)
        db.audit("user_add", "user", person.id, person.to_json())
    return person


def update(
    db: Any,
    name: str,
    *,
    role: str | None = None,
    section: str | None = None,
    active: bool | None = None,
) -> Person:
    """Change a person's role, section or active state (管理员 only, once one exists)."""
    with db.write():
        person = find(db, name)
        if person is None:
            raise UserError(_("人员名单里没有“{name}”").format(name=name))
        sets: dict[str, Any] = {}
        if role is not None:
            sets["role"] = role_code(role)
        if section is not None:
            sets["section"] = _clean(section, N_("科室")) or None
        if active is not None:
            sets["active"] = int(active)
        old = person.to_json()
        if sets:
            db.execute(
                f"UPDATE users SET {', '.join(f'{k} = ?' for k in sets)} WHERE id = ?",
                (*sets.values(), person.id),
            )
        new = find(db, person.login or name)
        assert new is not None
        if sets:
            if (
                person.role == "admin"
                and person.active
                and not (new.role == "admin" and new.active)
                and not has_admin(db)
            ):
                raise UserError(
                    _(
                        "“{person_name}”是最后一名管理员：请先让另一人成为管理员，再调整其角色。"
                    ).format(person_name=person.name)
                )
            db.audit(
                "user_edit",
                "user",
                person.id,
                {k: {"old": old[k], "new": new.to_json()[k]} for k in sets},
            )
    return new


def choose(db: Any, name: str, *, section: str | None = None) -> tuple[Person, bool]:
    """Pick the person ``name`` on this database for ``settings set user.name`` (设置 → 本人
    信息), or put them on the list: as 管理员 when the database has none (the bootstrap), as
    招商专员 otherwise — which needs a 管理员 then, so a newcomer is refused with the command
    the 管理员 runs. Returns the person and whether they were added."""
    display = _clean(name, N_("姓名"))
    if not display:
        raise UserError(_("请给出姓名"))
    with db.write():
        person = find(db, display)
        if person is not None:
            return person, False
        admin: Person | None = None
        if has_admin(db):
            admin = current(db)
            if admin.role != "admin" or not admin.active:
                raise UserError(
                    _(
                        "本数据库的人员名单里没有“{display}”。请管理员先登记：chainfill users add {display} --role staff"
                    ).format(display=display)
                )
        role = "staff" if admin is not None else "admin"
        person = _insert(db, display, display, role, _clean(section, N_("科室")) or None)
        # recorded under the 管理员 who registered them; at the bootstrap under the new
        # 管理员 themselves (checked above: no further check, the row is new)
        db.audit("user_add", "user", person.id, person.to_json(), person=admin or person)
    return person, True


# -- what changed, and who ----------------------------------------------------------------------
def last_change(db: Any, entity: str, entity_id: Any) -> tuple[str, str] | None:
    """(who, when) of the newest audit entry about one row, or None."""
    row = db.execute(
        "SELECT user, at FROM audit WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT 1",
        (entity, str(entity_id)),
    ).fetchone()
    return None if row is None else (row["user"] or "未知", row["at"])
