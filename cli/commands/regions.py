"""chainfill regions [show | set R... | add R | remove R] [--json]

The candidate regions of this database (setting ``candidate.regions``): cities (深圳市,
广州市 by default, from the catalog), 港澳, 境外 or 境外:国家. The local city (catalog data)
is never a candidate. A change re-ranks.
"""

from __future__ import annotations

import argparse

from cli.commands._args import action, json_flag


def register(sub: argparse._SubParsersAction) -> None:
    p = action(
        sub, "regions", run, help="候选企业来自哪些地区（默认深圳市、广州市；可加港澳、境外）"
    )
    p.add_argument(
        "action",
        nargs="?",
        default="show",
        choices=("show", "set", "add", "remove"),
        metavar="ACTION",
        help="show（默认）/ set / add / remove",
    )
    p.add_argument(
        "regions", nargs="*", metavar="R", help="地区：城市（如 佛山市）、港澳、境外、境外:日本"
    )
    json_flag(p)


def run(args: argparse.Namespace) -> int:
    from app.errors import UserError
    from app.targeting import regions
    from cli.commands._out import info, print_json
    from cli.commands._targeting import refresh
    from cli.main import open_database

    if args.action != "show" and not args.regions:
        raise UserError(f"regions {args.action} 需要给出地区，如：chainfill regions add 港澳")
    if args.action in ("add", "remove") and len(args.regions) != 1:
        raise UserError(f"regions {args.action} 一次只给一个地区")
    with open_database(args) as db:
        if args.action == "set":
            current = regions.put(db, args.regions)
        elif args.action == "add":
            current = regions.add(db, args.regions[0])
        elif args.action == "remove":
            current = regions.remove(db, args.regions[0])
        else:
            current = regions.get(db)
        if args.action != "show":
            refresh(db, False)
        local = regions.local_city()
    if args.json:
        print_json({"regions": current, "local_city": local})
        return 0
    print(f"候选地区：{regions.describe(current)}")
    info(f"本地城市（补链对象，不作为候选）：{local}")
    return 0
