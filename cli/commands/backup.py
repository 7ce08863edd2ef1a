"""chainfill backup --out FILE / chainfill restore FILE"""

from __future__ import annotations

import argparse
import logging

from cli.commands._args import action

log = logging.getLogger(__name__)


def register(sub: argparse._SubParsersAction) -> None:
    b = action(sub, "backup", run_backup, help="备份数据库（使用中也可安全备份）")
    b.add_argument("--out", required=True, metavar="FILE", help="备份文件路径")
    r = action(sub, "restore", run_restore, help="从备份恢复（先检查备份，并保留当前数据库的备份）")
    r.add_argument("file", metavar="FILE")
    r.add_argument(
        "--force",
        action="store_true",
        help="团队数据库：也恢复另一个数据库的备份（例如把本机数据搬到服务器），默认拒绝",
    )


def run_backup(args: argparse.Namespace) -> int:
    from app import backup, filesafety
    from cli.commands._out import info
    from cli.main import open_database

    out = filesafety.guard_output(args.out, flag="--out", db_path=filesafety.database_path(args))
    with open_database(args) as db:
        # the copy is recorded in the audit log: a database that cannot take the entry is
        # refused before the file is written (a server's rights: its own refusal, exit 2)
        if not db.is_postgres:
            filesafety.check_writable_database(db.path)
        dest = backup.backup_to(db, out)
        backup.check_file(dest)
        if db.is_postgres and not db.scalar("SELECT has_table_privilege('audit', 'INSERT')"):
            # a 只读 login may read (and so copy) the data but the server lets it write
            # nothing, the audit log included: the copy is made, not recorded
            log.info("backup by a read-only login: not recorded in the audit log")
        else:
            with db.write():
                db.audit("backup", "database", None, {"out": str(dest)})
    info(f"已备份到 {dest}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from app import backup, filesafety
    from cli.commands._out import info
    from cli.main import open_database

    backup.check_file(args.file)
    with open_database(args, create=True) as db:
        if not db.is_postgres:
            filesafety.check_writable_database(db.path)
        safety = backup.restore(db, args.file, force=args.force)
    info(f"已从 {args.file} 恢复。恢复前的数据库已备份到 {safety}")
    return 0
