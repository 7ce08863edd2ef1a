"""chainfill signals import FILE [--json] | signals add FIRM --kind K --date D [--note T]
| signals list FIRM [--json]

Dated events that a firm may be moving (扩产, 募投项目, 融资, 新设子公司, 环评公示, 土地竞买,
大额招聘, 外迁传闻; any other kind kept as 其他). They raise landing propensity with a
half-life per kind (docs/scoring.md). A future date is refused (an import reports the row).
"""

from __future__ import annotations

import argparse

from cli.commands._args import action, command_group, firm_arg, json_flag
from cli.commands._out import print_json, print_rows
from cli.commands._targeting import import_action


def register(sub: argparse._SubParsersAction) -> None:
    from app.targeting.signals import KINDS

    kinds = "、".join(KINDS)
    ssub = command_group(sub, "signals", help="企业动向信号（扩产、募投、拿地等），提高落地可能性")
    import_action(
        ssub,
        run_import,
        "信号",
        help="导入信号表",
        description=f"列：企业名称/firm、类型/kind、日期/date、说明/note（可有来源/source）。"
        f"类型：{kinds}；其他类型记为“其他”。日期在今天之后的行不导入，逐行报告。",
    )
    a = action(ssub, "add", run_add, help="手工记录一条信号")
    firm_arg(a)
    a.add_argument("--kind", required=True, metavar="K", help=f"类型：{kinds}")
    a.add_argument(
        "--date", required=True, metavar="D", help="日期，如 2026-11-02 或 2026年11月2日"
    )
    a.add_argument("--note", metavar="T", help="说明")
    a.add_argument("--no-refresh", action="store_true", help="记录后不重新评分")
    json_flag(a)
    ls = action(ssub, "list", run_list, help="一家企业的信号及当前权重")
    firm_arg(ls)
    json_flag(ls)


def run_import(args: argparse.Namespace) -> int:
    from app.targeting import reports, signals
    from cli.commands._targeting import run_import

    run_import(args, signals.import_signals, reports.signals_lines)
    return 0


def run_add(args: argparse.Namespace) -> int:
    from app import ranking
    from app.targeting import signals
    from cli.commands._targeting import refresh
    from cli.main import open_database

    with open_database(args) as db:
        fid = ranking.resolve_firm(db, args.firm)
        rec = signals.add(db, fid, args.kind, args.date, args.note)
        refresh(db, args.no_refresh)
    if args.json:
        print_json(rec)
        return 0
    other = f"（原写法：{rec['kind_written']}）" if rec["kind_written"] else ""
    print(f"已记录：{rec['kind']}{other}，{rec['date']}，当前权重 {rec['weight']:.2f}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from app import ranking
    from app.targeting import signals
    from app.targeting.explain import signal_line
    from cli.main import open_database

    with open_database(args) as db:
        rows = signals.of_firm(db, ranking.resolve_firm(db, args.firm))
    return print_rows(
        args,
        rows,
        lambda r: f"{signal_line(r)}　当前权重 {r['weight']:.2f}",
        empty="这家企业还没有信号。",
    )
