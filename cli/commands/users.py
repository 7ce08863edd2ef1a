"""chainfill users add NAME --role R [--section S] | users set NAME … | users list [--json]

The people on record for this database and their roles (app.people). Only a 管理员 manages
the list once the database has one; on a database without a 管理员 anyone may (the first
person to pick their name with ``settings set user.name`` becomes its 管理员)."""

from __future__ import annotations

import argparse

from cli.commands._args import action, command_group, json_flag

ROLE_HELP = "admin（管理员）、staff（招商专员）或 viewer（只读）"


def register(sub: argparse._SubParsersAction) -> None:
    s = command_group(
        sub,
        "users",
        help="人员名单与角色：管理员、招商专员、只读（管理员管理）",
        description="本数据库的人员名单。数据库还没有管理员时，任何人都可以登记人员；"
        "有管理员后，只有管理员可以查看和修改名单。在单个 SQLite 文件上角色只是约定，无法强制。",
    )
    a = action(s, "add", run_add, help="登记一名人员")
    a.add_argument("name", metavar="NAME", help="姓名（显示名，用作负责人、编制人）")
    a.add_argument("--role", required=True, help=ROLE_HELP)
    a.add_argument("--section", metavar="S", help="科室或镇街")
    a.add_argument("--login", metavar="L", help="登录名（默认与姓名相同；同名时用于区分）")
    json_flag(a)
    st = action(s, "set", run_set, help="修改一名人员的角色、科室或状态")
    st.add_argument("name", metavar="NAME", help="姓名或登录名")
    st.add_argument("--role", help=ROLE_HELP)
    st.add_argument("--section", metavar="S", help="科室或镇街（空字符串表示清除）")
    state = st.add_mutually_exclusive_group()
    state.add_argument("--active", dest="active", action="store_true", default=None, help="启用")
    state.add_argument("--inactive", dest="active", action="store_false", help="停用")
    json_flag(st)
    ls = action(s, "list", run_list, help="列出人员名单")
    json_flag(ls)


def _line(p) -> str:
    state = "" if p.active else "（已停用）"
    section = f"　{p.section}" if p.section else ""
    login = f"　登录名 {p.login}" if p.login and p.login != p.name else ""
    return f"{p.id}\t{p.name}\t{p.role_zh}{state}{section}{login}"


def _server_role(db, person) -> str | None:
    """On PostgreSQL the person's login joins their role's group on the server (app.pg_roles),
    in the same transaction as the change to the list."""
    if not db.is_postgres:
        return None
    from app import pg_roles

    return pg_roles.sync_person(db, person.login, person.role or "staff", person.active)


def run_add(args: argparse.Namespace) -> int:
    from app import people
    from cli.main import open_database

    note = None
    with open_database(args) as db, db.write():
        person = people.add(db, args.name, args.role, section=args.section, login=args.login)
        note = _server_role(db, person)
    return _changed(args, person, f"已登记：{person.name}（{person.role_zh}）", note)


def run_set(args: argparse.Namespace) -> int:
    from app import people
    from app.errors import UserError
    from cli.main import open_database

    if args.role is None and args.section is None and args.active is None:
        raise UserError("请给出要修改的内容：--role、--section、--active 或 --inactive")
    note = None
    with open_database(args) as db, db.write():
        person = people.update(
            db, args.name, role=args.role, section=args.section, active=args.active
        )
        note = _server_role(db, person)
    return _changed(args, person, f"已修改：{_line(person)}", note)


def _changed(args: argparse.Namespace, person, done: str, note: str | None) -> int:
    """Say what changed and, on PostgreSQL, what the server's roles did; the person as JSON
    with ``--json``."""
    from cli.commands._out import info, print_json

    info(done)
    if note:
        info(note)
    if args.json:
        print_json(person.to_json())
    return 0


def run_list(args: argparse.Namespace) -> int:
    from app import people
    from cli.commands._out import print_json
    from cli.main import open_database

    with open_database(args) as db:
        people.require_admin(db, "查看人员名单")
        rows = people.list_people(db)
        me = people.current(db)
    if args.json:
        print_json([p.to_json() for p in rows])
        return 0
    if not rows:
        print("本数据库还没有登记人员。登记本人：chainfill settings set user.name 张三")
        return 0
    for p in rows:
        print(_line(p) + ("　← 本人" if p.id == me.id else ""))
    return 0
