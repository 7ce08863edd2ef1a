"""chainfill demo [--firms N] [--seed S]"""

from __future__ import annotations

import argparse
import sys

from cli.commands._args import action


def register(sub: argparse._SubParsersAction) -> None:
    p = action(
        sub, "demo", run, help="向空数据库写入演示数据（虚构的企业、跟进名单、走访记录和联系人）"
    )
    p.add_argument("--firms", type=int, default=2000, metavar="N", help="演示企业数量（默认 2000）")
    p.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="S",
        help="随机种子：同一种子生成相同的数据（默认 1）",
    )


def run(args: argparse.Namespace) -> int:
    from app import demo
    from app.jobs import Progress, run_to_end
    from cli.commands._out import info
    from cli.main import open_database

    last = [-1]

    def show(p: Progress) -> None:
        # One line per 10 % on a terminal, so a million firms do not flood the screen.
        if p.total and sys.stderr.isatty():
            step = int(10 * p.done / p.total)
            if step != last[0]:
                last[0] = step
                info(f"  {p.message}")

    with open_database(args, create=True) as db:
        summary = run_to_end(demo.build(db, args.firms, args.seed), show)
    info(
        f"已生成演示数据（种子 {summary['seed']}）：企业 {summary['firms']:,} 家"
        f"（深圳 {summary['shenzhen']:,}、广州 {summary['guangzhou']:,}、东莞 {summary['dongguan']:,}；"
        f"产业目录方向内 {summary['in_catalog']:,}、目录外 {summary['outside_catalog']:,}）；"
        f"跟进名单 {summary['pipeline']} 家（已落地 {summary['landed']}、已放弃 {summary['dropped']}），"
        f"走访记录 {summary['visits']} 条，联系人 {summary['contacts']} 位，"
        f"重点名单 {summary['shortlists']} 个；"
        f"引进项目 {summary['projects']['projects']} 个（年度报表 {summary['projects']['reports']} 份）。"
    )
    info("已完成产业方向分类和候选企业评分。")
    return 0
