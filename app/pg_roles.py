"""Roles enforced by the PostgreSQL server itself, not only by ChainFill's checks.

ChainFill's roles (:mod:`app.people`: 管理员, 招商专员, 只读) become three group roles of the
server, one set per database (``<database>_admin``, ``<database>_staff``,
``<database>_viewer``), and a person's server login is made a member of the group of their
role by ``chainfill users add|set`` (:func:`sync_person`). What each group may do is granted
on the program's tables (:func:`ensure_groups`):

- 只读: ``SELECT`` only — a viewer's login cannot write anything, whatever program it uses;
- 招商专员: read everything, write the working tables (firms, shortlists, visits, deals,
  projects, scores, the audit log …) but not the admin-only ones (:data:`ADMIN_TABLES`: the
  list of people, the catalog's edits, the annual targets, ``meta``); in ``settings`` the
  database-wide keys (:data:`app.people.DATABASE_SETTINGS`: weights, currency rates, the
  appraisal method …) are kept from them by row-level security, the program's own
  bookkeeping keys stay writable;
- 管理员: everything, sequences included (a restore sets them).

The tables' owner (who created the schema) is never restricted by the server; creating the
groups and granting membership needs a login with ``CREATEROLE`` (docs/team-database.md).
Without it ChainFill's own checks still apply and the command says the server's are not set.
"""

from __future__ import annotations

import logging
from typing import Any

from app.errors import UserError
from resources.i18n import _

log = logging.getLogger(__name__)

ROLES = ("admin", "staff", "viewer")
# Tables only a 管理员 writes (staff and viewers read them).
ADMIN_TABLES = frozenset({"users", "catalog_edits", "deal_targets", "meta"})


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def group(db: Any, role: str) -> str:
    """The server's group role of ChainFill role ``role`` in this database."""
    name = str(db.scalar("SELECT current_database()"))
    return f"{name[:50]}_{role}"


def _role_exists(db: Any, name: str) -> bool:
    return bool(db.scalar("SELECT count(*) FROM pg_roles WHERE rolname = ?", (name,)))


def _may_manage_roles(db: Any) -> bool:
    return bool(
        db.scalar("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")
    )


def _owns_tables(db: Any) -> bool:
    return bool(
        db.scalar(
            "SELECT pg_get_userbyid(relowner) = current_user FROM pg_class "
            "WHERE oid = to_regclass('firms')"
        )
    )


def groups_ready(db: Any) -> bool:
    return all(_role_exists(db, group(db, r)) for r in ROLES)


def ensure_groups(db: Any) -> None:
    """Create the three groups (when missing) and grant them their rights on every table of
    the schema; safe to repeat (after an upgrade adds tables). Needs the tables' owner with
    ``CREATEROLE``; call inside a write transaction."""
    from app import people

    if not (_owns_tables(db) and _may_manage_roles(db)):
        raise UserError(
            _(
                "本账号不能在服务器上设置角色：需要数据库所有者的账号，并具有 CREATEROLE 权限"
                "（服务器管理员执行 ALTER ROLE 账号 CREATEROLE）。见 docs/team-database.md。"
            )
        )
    schema = _q(str(db.scalar("SELECT current_schema()")))
    admin, staff, viewer = (_q(group(db, r)) for r in ROLES)
    for role in ROLES:
        if not _role_exists(db, group(db, role)):
            db.execute(f"CREATE ROLE {_q(group(db, role))} NOLOGIN")
    tables = [
        r[0]
        for r in db.query(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1"
        )
    ]
    run = db.conn.raw.execute  # DDL as written: no placeholders to translate
    for g in (admin, staff, viewer):
        run(f"GRANT USAGE ON SCHEMA {schema} TO {g}")
        run(f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {g}")
    run(f"GRANT ALL ON ALL TABLES IN SCHEMA {schema} TO {admin}")
    run(f"GRANT ALL ON ALL SEQUENCES IN SCHEMA {schema} TO {admin}")
    run(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {staff}")
    writable = [t for t in tables if t not in ADMIN_TABLES]
    if writable:
        listed = ", ".join(_q(t) for t in writable)
        run(f"GRANT INSERT, UPDATE, DELETE ON {listed} TO {staff}")
    # the database-wide settings: row-level security (the owner is not subject to it)
    keys = ", ".join("'" + k.replace("'", "''") + "'" for k in sorted(people.DATABASE_SETTINGS))
    run("ALTER TABLE settings ENABLE ROW LEVEL SECURITY")
    for name, rule in (
        ("chainfill_read", "FOR SELECT USING (true)"),
        ("chainfill_admin", f"FOR ALL TO {admin} USING (true) WITH CHECK (true)"),
        (
            "chainfill_staff",
            f"FOR ALL TO {staff} USING (key NOT IN ({keys})) WITH CHECK (key NOT IN ({keys}))",
        ),
    ):
        run(f"DROP POLICY IF EXISTS {name} ON settings")
        run(f"CREATE POLICY {name} ON settings {rule}")


def after_upgrade(db: Any) -> None:
    """Grant the groups (when this database has them) their rights on the tables a
    migration added; run by the owner, who migrates."""
    if groups_ready(db) and _owns_tables(db) and _may_manage_roles(db):
        with db.write():
            ensure_groups(db)


def sync_person(db: Any, login: str | None, role: str, active: bool) -> str | None:
    """Make the server login ``login`` a member of its role's group only (none when
    inactive). Returns a note for the person at the keyboard when the server's roles could
    not be set (ChainFill's own checks still hold), else None. Inside a write transaction."""
    if not login or not _role_exists(db, login):
        return _(
            "服务器上没有登录名“{login}”：只在 ChainFill 中登记，服务器未授权。"
            "该账号建立后再执行 chainfill users set … 即可授权。"
        ).format(login=login)
    if not _may_manage_roles(db):
        return _("本账号没有 CREATEROLE 权限：服务器上的角色未设置，暂由 ChainFill 检查权限。")
    if not groups_ready(db) or _owns_tables(db):
        try:
            ensure_groups(db)  # the owner refreshes the grants (new tables after an upgrade)
        except UserError as exc:
            return exc.message + _("暂由 ChainFill 检查权限。")
    member = _q(login)
    for r in ROLES:
        g = group(db, r)
        is_member = db.scalar(
            "SELECT pg_has_role(?, ?, 'MEMBER') AND EXISTS (SELECT 1 FROM pg_auth_members m "
            "JOIN pg_roles a ON a.oid = m.roleid JOIN pg_roles b ON b.oid = m.member "
            "WHERE a.rolname = ? AND b.rolname = ?)",
            (login, g, g, login),
        )
        if is_member and (r != role or not active):
            db.conn.raw.execute(f"REVOKE {_q(g)} FROM {member}")
    if active:
        db.conn.raw.execute(f"GRANT {_q(group(db, role))} TO {member}")
    log.info("server role of %s: %s", login, group(db, role) if active else "none")
    return None
