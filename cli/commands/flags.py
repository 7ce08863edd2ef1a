"""chainfill flags import FILE --flag NAME [--year Y] [--json] | flags list [--json]

Public lists of firms (专精特新, 小巨人, 单项冠军 …; any name staff give, kept as written),
matched by USCC, then name, then short forms (app.targeting.flags); the report says what
matched and what did not. Then the scores are brought up to date (flags count in capability).
"""

from __future__ import annotations

import argparse
from typing import Any

from cli.commands._args import action, command_group, json_flag
from cli.commands._out import info, print_rows
from cli.commands._targeting import import_action


def register(sub: argparse._SubParsersAction) -> None:
    from app.filesafety import int_argument

    fsub = command_group(sub, "flags", help="企业名录标签（专精特新、小巨人、单项冠军等）")
    i = import_action(
        fsub,
        run_import,
        "名录",
        help="导入一份名录（按统一社会信用代码、企业名称或简称匹配）",
        description="文件需有“企业名称”或“统一社会信用代码”列（中文或英文列名），可有“年份”列。",
    )
    i.add_argument(
        "--flag", required=True, metavar="NAME", help="名录名称，按原样保存，如 专精特新小巨人"
    )
    i.add_argument("--year", type=int_argument, metavar="Y", help="入选年份（文件中没有年份列时）")
    ls = action(fsub, "list", run_list, help="库中的名录及企业数")
    json_flag(ls)


def run_import(args: argparse.Namespace) -> int:
    from app.targeting import flags, reports
    from cli.commands import _targeting

    flag = flags.flag_name(args.flag)
    flags.check_year(args.year)
    report = _targeting.run_import(
        args,
        lambda db, path: flags.import_flags(db, path, flag, year=args.year),
        reports.flags_lines,
    )
    if not args.json and report["unmatched_count"] > _targeting.SHOW:
        info("全部未匹配的行：加 --json 查看（最多 200 行）")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from app.targeting import flags
    from cli.main import open_database

    with open_database(args) as db:
        rows = flags.list_flags(db)

    def line(r: dict[str, Any]) -> str:
        years = "、".join(str(y) for y in r["years"]) or "年份不详"
        return f"{r['flag']}：{r['firms']:,} 家（{years}；计入实力按 {r['tier']:g} 分）"

    return print_rows(
        args, rows, line, empty="库中还没有名录。导入：chainfill flags import 文件 --flag 名录名称"
    )
