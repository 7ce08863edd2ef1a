"""chainfill catalog show [--json]"""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("catalog", help="产业招商目录")
    csub = p.add_subparsers(dest="catalog_command", metavar="ACTION", required=True)
    show = csub.add_parser("show", help="显示目录（含本局修订）")
    show.add_argument("--json", action="store_true", help="以 JSON 输出")
    show.add_argument(
        "--plain", action="store_true", help="只显示规划原始目录，不含本局修订（不打开数据库）"
    )
    show.set_defaults(func=run_show)


def run_show(args: argparse.Namespace) -> int:
    from app.commands._out import print_json

    if args.plain:
        import catalog

        cat = catalog.load_default()
    else:
        from app import catalog_store
        from app.cli import open_database

        with open_database(args) as db:
            cat = catalog_store.current(db)
    if args.json:
        print_json(cat.to_json())
        return 0
    from catalog.model import POSITION_ZH, STRENGTH_ZH

    print(f"{cat.title}  目录版本 {cat.version}")
    for dom in cat.domains:
        print(f"\n【{dom.name}】")
        for d in (d for d in cat.directions if d.domain == dom.code):
            star = "★" if d.key else " "
            print(f" {star} {d.code:<22}{d.name}")
            for s in d.segments:
                print(f"      {POSITION_ZH[s.position]} {s.name}（{STRENGTH_ZH[s.strength]}）")
    return 0
