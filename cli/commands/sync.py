"""chainfill checkout | checkin | conflicts — field laptops (app.sync, docs/field-sync.md).

``checkout --from DB --to FILE.sqlite (--shortlist NAME … | --mine | --all)`` writes a working
copy; ``checkin FILE.sqlite --to DB [--dry-run] [--json]`` merges it back (exit 2 while
conflicts wait); ``--db FILE.sqlite conflicts list|resolve`` settles them."""

from __future__ import annotations

import argparse
import json
import os
from typing import TYPE_CHECKING, Any

from cli.commands._args import action, command_group, json_flag
from resources.i18n import _

if TYPE_CHECKING:
    from app.db import Database
    from app.sync.checkin import Result


def register(sub: argparse._SubParsersAction) -> None:
    co = action(
        sub,
        "checkout",
        run_checkout,
        help="带出工作副本：把团队数据库的一部分带到笔记本上离线工作",
        description="把所选企业及其联系人、走访、名单、项目等写入一个完整的本机 SQLite 数据库"
        "（工作副本），并记录来源和每行数据的基准版本，回来后用 checkin 带回并合并。",
    )
    co.add_argument("--from", dest="source", metavar="DB", help="团队数据库（默认：--db）")
    co.add_argument("--to", dest="target", metavar="FILE", required=True, help="工作副本文件")
    co.add_argument(
        "--shortlist", action="append", default=[], metavar="NAME", help="带出名单（可多次）"
    )
    co.add_argument("--mine", action="store_true", help="带出本人负责的名单、跟进和项目")
    co.add_argument("--all", action="store_true", help="带出全部企业")
    json_flag(co)

    ci = action(
        sub,
        "checkin",
        run_checkin,
        help="带回并合并工作副本的改动",
        description="逐字段三方合并：只有一方改动的字段自动合并；双方都改了同一字段时记为冲突，"
        "该条记录暂不写入，处理后再次带回。退出码 0：全部合并；2：有冲突等待处理。",
    )
    ci.add_argument("copy", metavar="FILE", help="工作副本文件")
    ci.add_argument(
        "--to", dest="target", metavar="DB", help="团队数据库（默认：--db，否则副本的来源）"
    )
    ci.add_argument("--dry-run", action="store_true", help="只试算，不写入任何数据")
    json_flag(ci)

    s = command_group(
        sub,
        "conflicts",
        help="工作副本中等待处理的冲突（--db 副本文件）",
        description="列出或处理带回时发现的冲突；处理结果在下次带回时写入团队数据库。",
    )
    ls = action(s, "list", run_list, help="列出冲突")
    json_flag(ls)
    rs = action(s, "resolve", run_resolve, help="处理一处冲突：mine 保留我的，theirs 采用团队的")
    rs.add_argument("id", type=int, metavar="ID", help="冲突编号")
    rs.add_argument("choice", choices=("mine", "theirs"), help="mine 或 theirs")
    json_flag(rs)

    cs = command_group(
        sub,
        "changes",
        help="变更文件：不经服务器，用 U 盘带回工作副本的改动",
        description="export 把工作副本自带出以来的改动导出为带校验的变更文件；"
        "apply 把它合并进 --db 指定的数据库（同 checkin 的逐字段三方合并）。",
    )
    ex = action(cs, "export", run_export, help="导出工作副本的改动")
    ex.add_argument("copy", metavar="FILE", help="工作副本文件")
    ex.add_argument("--out", required=True, metavar="X.cfsync", help="变更文件")
    json_flag(ex)
    ap = action(cs, "apply", run_apply, help="把变更文件合并进数据库（--db）")
    ap.add_argument("file", metavar="X.cfsync", help="变更文件")
    ap.add_argument("--dry-run", action="store_true", help="只试算，不写入任何数据")
    json_flag(ap)


def _show(value: object) -> str:
    return "（空）" if value is None else json.dumps(value, ensure_ascii=False, default=str)


def _mine(field: str, value: object) -> str:
    """The copy's side; for a whole record (field ``*``) deleted offline: 已删除."""
    from app.sync import messages as msg
    from app.sync.common import WHOLE

    return _(msg.DELETED_MINE) if field == WHOLE and value is None else _show(value)


def run_checkout(args: argparse.Namespace) -> int:
    from app.db import open_db
    from app.sync import messages as msg
    from app.sync.checkout import Scope, checkout

    scope = Scope(shortlists=args.shortlist, mine=args.mine, all=args.all)
    if not (scope.all or scope.mine or scope.shortlists):
        from app.errors import UserError

        raise UserError(_(msg.NO_SCOPE))
    from cli.main import existing_database

    with open_db(_existing(args.source) or existing_database(args)) as src:
        done = checkout(src, args.target, scope)
    return _wrote(args, done, msg.CHECKED_OUT, "firms", "rows", "copy_id")


def _wrote(args: argparse.Namespace, done: Any, message: str, *keys: str) -> int:
    """Say what a check-out or a change file wrote (``message`` filled in from ``done``);
    with ``--json`` also its path and ``keys``."""
    from dataclasses import asdict

    from cli.commands._out import info, print_json

    info(_(message).format(**asdict(done)))
    if args.json:
        print_json({"path": str(done.path)} | {k: getattr(done, k) for k in keys})
    return 0


def _must_exist(path: str, message: str) -> None:
    """A database file named on the command line must exist: opening a mistyped path would
    create an empty database there (and a check-in would then be refused as another
    database's, leaving the stray file behind)."""
    from pathlib import Path

    from app.errors import UserError

    if not Path(path).is_file():
        raise UserError(_(message).format(path=path))


def _open_copy(path: str) -> Database:
    """The working copy, which must exist."""
    from app.db import open_db
    from app.sync import messages as msg

    _must_exist(path, msg.NO_COPY_FILE)
    return open_db(path)


def _existing(target: str | None) -> str | None:
    """A team database given as a file must exist (a server address is checked on connecting)."""
    from app import pg
    from app.sync import messages as msg

    if target and not pg.is_url(target):
        _must_exist(target, msg.NO_DATABASE)
    return target


def run_checkin(args: argparse.Namespace) -> int:
    from app.db import open_db
    from app.sync.checkin import checkin
    from app.sync.checkout import origin

    with _open_copy(args.copy) as copy:
        # --to, else --db / CHAINFILL_DB, else the database the copy came from
        came_from = origin(copy)
        target = args.target or getattr(args, "db", None) or os.environ.get("CHAINFILL_DB")
        if not target and came_from is not None:
            target = came_from["source"]
        with open_db(_existing(target)) as team:
            result = checkin(copy, team, dry_run=args.dry_run)
    from app.sync import messages as msg

    return _report(args, result, _(msg.CONFLICTS_WAIT).replace("{path}", _arg(args.copy)))


def _report(args: argparse.Namespace, result: Result, wait: str) -> int:
    """Print what a check-in (or a change file) merged; exit 2 while conflicts wait."""
    from app.sync import messages as msg
    from cli.commands._out import info, print_json

    if args.json:
        print_json(result.to_json())
    else:
        for note in result.notes:
            info(note)
        info(_(msg.MERGED).format(merged=result.merged) if result.merged else _(msg.NOTHING_NEW))
        from app.sync.conflicts import field_label

        for c in result.conflicts:
            k = c.to_json()
            print(
                f"{c.id if c.id is not None else '—'}\t{c.record}\t"
                f"{field_label(c.table, c.field)}\t基准 {_show(k['base'])}\t"
                f"我的 {_mine(c.field, k['mine'])}\t团队 {_show(k['theirs'])}"
            )
        if result.dry_run:
            info(_(msg.DRY_RUN))
    if result.conflicts:
        if not args.json:
            if result.dry_run:
                wait = _(msg.DRY_RUN_CONFLICTS)
            info(wait.replace("{count}", str(len(result.conflicts))))
        return 2
    return 0


def run_export(args: argparse.Namespace) -> int:
    from app.sync import messages as msg
    from app.sync.changes import export

    with _open_copy(args.copy) as copy:
        done = export(copy, args.out)
    return _wrote(args, done, msg.CHANGES_WRITTEN, "change_id", "rows", "deleted")


def run_apply(args: argparse.Namespace) -> int:
    from app.sync.changes import apply
    from cli.main import open_database

    with open_database(args) as team:
        result = apply(team, args.file, dry_run=args.dry_run)
        where = team.name
    from app.sync import messages as msg

    wait = (
        _(msg.CHANGES_CONFLICTS_WAIT)
        .replace("{db}", _arg(where))
        .replace("{path}", _arg(args.file))
    )
    return _report(args, result, wait)


def _arg(text: str) -> str:
    """A path or URL as the user can paste it back into a command."""
    import shlex

    return shlex.quote(str(text))


def run_list(args: argparse.Namespace) -> int:
    from app.sync import messages as msg
    from app.sync.conflicts import list_conflicts
    from cli.commands._out import info, print_json
    from cli.main import open_database

    with open_database(args) as db:
        rows = list_conflicts(db)
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        info(_(msg.NO_CONFLICTS))
    for r in rows:
        state = _(msg.CHOICE_ZH.get(r["resolution"] or "", msg.PENDING))
        print(
            f"{r['id']}\t{r['record']}\t{r['label']}\t基准 {_show(r['base'])}\t"
            f"我的 {_mine(r['field'], r['mine'])}\t团队 {_show(r['theirs'])}\t{state}"
        )
    return 0


def run_resolve(args: argparse.Namespace) -> int:
    from app.sync import messages as msg
    from app.sync.checkout import origin
    from app.sync.conflicts import resolve
    from cli.commands._out import info, print_json
    from cli.main import open_database

    with open_database(args) as db:
        row = resolve(db, args.id, args.choice)
        done = _(msg.RESOLVED) if origin(db) is not None else _(msg.RESOLVED_HERE)
    info(done.format(id=row["id"], choice=_(msg.CHOICE_ZH[args.choice])))
    if args.json:
        print_json(row)
    return 0
