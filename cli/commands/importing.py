"""chainfill import FILE [--map 列名=字段 …] [--source S] [--dry-run] [--rejects OUT.csv] [--json]
chainfill import --undo IMPORT_ID [--json]"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app.errors import UserError
from cli.commands._args import action, json_flag

SHOW = 10  # rejects and conflicts listed in the human summary


def register(sub: argparse._SubParsersAction) -> None:
    p = action(
        sub,
        "import",
        run,
        help="导入企业名单（CSV 或 Excel .xlsx），或撤销一次导入",
        description="导入企业名单：工商登记导出、交易所上市公司列表、同事整理的表格或本程序的模板。"
        "整个文件作为一个事务写入：文件有问题时什么都不写；被拒绝的行会列出行号、列和原因。",
    )
    p.add_argument("file", nargs="?", metavar="FILE", help="要导入的 CSV 或 .xlsx 文件")
    p.add_argument("--source", metavar="S", help="数据来源说明（默认为文件名），记入每家企业的来源")
    p.add_argument("--dry-run", action="store_true", help="完整检查并统计，但不写入数据库")
    p.add_argument(
        "--rejects", metavar="OUT.csv", help="把被拒绝的行（行号、列、值、原因）写入此 CSV"
    )
    p.add_argument(
        "--map",
        metavar="列名=字段",
        nargs="+",
        action="extend",
        default=[],
        help="手动指定某列对应的字段（字段写代码或中文名，见 chainfill firm fields；"
        "不导入写“不导入”），可给多个，例如 --map 单位名称=企业名称 所在地区=city；"
        "列也可写列号 #3",
    )
    json_flag(p, "以 JSON 输出结果")
    p.add_argument(
        "--no-classify",
        action="store_true",
        help="导入后不立即判断产业方向和评分（之后由 classify-db、score 或打开程序时补做）",
    )
    from app.filesafety import int_argument

    p.add_argument(
        "--undo", metavar="IMPORT_ID", type=int_argument, help="撤销编号为 IMPORT_ID 的一次导入"
    )


def run(args: argparse.Namespace) -> int:
    if args.undo is not None:
        if args.file or args.dry_run or args.rejects or args.source or args.map:
            raise UserError(
                "--undo 不能与 FILE、--map、--source、--dry-run 或 --rejects 同时使用。"
            )
        return _undo(args)
    if not args.file and args.map and "=" not in args.map[-1]:
        args.file = args.map.pop()  # chainfill import --map 列名=字段 FILE
    if not args.file:
        raise UserError("请指定要导入的文件，例如：chainfill import 企业名单.xlsx")
    path = Path(args.file)
    _check_input(path)
    if args.rejects:
        _check_output(Path(args.rejects), path)
        from app import filesafety

        filesafety.guard_output(
            args.rejects, flag="--rejects", db_path=filesafety.database_path(args), inputs=[path]
        )
    from app.importing.readers import check_file

    check_file(path)  # a PNG or an empty file is refused before the database is opened

    from app.importing import import_firms
    from app.jobs import run_to_end
    from cli.main import open_database

    mapping = None
    if args.map:
        from app.importing import mapping_from_pairs

        mapping = mapping_from_pairs(path, args.map)  # a bad --map stops before the database
    db = open_database(args, create=True)
    try:
        if not args.dry_run:
            from app import backup, people

            # refused at the end anyway (the audit entry), but not after minutes of work
            people.require_write(db, "导入企业")
            backup.before_import(db)
        report = run_to_end(
            import_firms(
                db,
                path,
                source=args.source,
                mapping=mapping,
                dry_run=args.dry_run,
                rejects_path=args.rejects,
            ),
            on_progress=_progress_printer(),
        )
        if not args.dry_run and not args.no_classify and report.added + report.updated:
            # New and changed firms are classified and scored once, as they arrive.
            from app import pipeline

            run_to_end(pipeline.refresh(db), on_progress=_progress_printer())
    finally:
        db.close()
    if sys.stderr.isatty():
        sys.stderr.write("\r\033[K")
    if args.json:
        from cli.commands._out import print_json

        print_json(report.to_json())
    else:
        _print_human(report)
    return 0


def _check_input(path: Path) -> None:
    """Refuse a bad FILE before the database is even opened."""
    if not path.exists():
        raise UserError(f"文件不存在：{path}")
    if path.is_dir():
        raise UserError(f"{path} 是文件夹，请指定一个 CSV 或 .xlsx 文件。")
    if not os.access(path, os.R_OK):
        raise UserError(f"没有权限读取文件：{path}")


def _check_output(rejects: Path, source: Path) -> None:
    if rejects.is_dir():
        raise UserError(f"--rejects 指向的是文件夹：{rejects}，请给出文件名。")
    with_parent = rejects.parent if str(rejects.parent) else Path(".")
    if not with_parent.is_dir():
        raise UserError(f"--rejects 的文件夹不存在：{with_parent}")
    if not os.access(with_parent, os.W_OK) or (
        rejects.exists() and not os.access(rejects, os.W_OK)
    ):
        raise UserError(f"无法写入拒绝明细文件：{rejects}（没有写入权限）")
    if rejects.exists() and source.exists() and rejects.resolve() == source.resolve():
        raise UserError("--rejects 不能与要导入的文件相同。")


def _progress_printer():
    if not sys.stderr.isatty():
        return None

    def show(progress) -> None:
        if progress.message:
            sys.stderr.write("\r\033[K" + progress.message)
            sys.stderr.flush()

    return show


def _print_human(report) -> None:
    from app.importing import FIELDS

    lines = [report.summary()]
    if report.import_id is not None:
        lines.append(
            f"导入编号 {report.import_id}；如需撤销：chainfill import --undo {report.import_id}"
        )
    lines.append(f"文件：{report.file}（{report.encoding}，表头在第 {report.header_row} 行）")
    if report.ignored:
        lines.append("未导入的列：" + "；".join(report.ignored))
    if report.conflicts_total:
        lines.append(f"与库中已有值不同（共 {report.conflicts_total} 处，已采用本文件的值）：")
        for c in report.conflicts[:SHOW]:
            label = FIELDS.get(c.field, c.field)
            lines.append(f"  第 {c.row} 行 {c.firm} · {label}：{c.old} → {c.new}")
    if report.rejected:
        lines.append(f"被拒绝的行（共 {report.rejected} 行）：")
        for r in report.rejects[:SHOW]:
            lines.append(f"  第 {r.row} 行：{r.reason}")
        if report.rejects_total > SHOW:
            more = (
                "完整列表见 " + report.rejects_file
                if report.rejects_file
                else "用 --rejects 文件.csv 可导出完整列表"
            )
            lines.append(f"  ……（{more}）")
    elif report.rejects_file:
        lines.append(f"拒绝明细已写入：{report.rejects_file}")
    print("\n".join(lines))


def _undo(args: argparse.Namespace) -> int:
    from app.importing import undo_import
    from cli.main import open_database

    db = open_database(args)
    try:
        result = undo_import(db, args.undo)
    finally:
        db.close()
    if args.json:
        from cli.commands._out import print_json

        print_json(result)
    else:
        print(
            f"已撤销第 {result['import_id']} 次导入：删除新增的企业 {result['deleted']} 家，"
            f"恢复被修改的企业 {result['restored']} 家。"
        )
    return 0
