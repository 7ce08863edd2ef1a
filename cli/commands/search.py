"""chainfill search TEXT [--city C] [--district D] [--direction D] [--limit N] [--json]"""

from __future__ import annotations

import argparse

from cli.commands._args import action, json_flag


def register(sub: argparse._SubParsersAction) -> None:
    p = action(sub, "search", run, help="按名称、简称、信用代码、股票代码或业务描述查找企业")
    p.add_argument("text", metavar="TEXT", help="查找内容；多个词用空格分开表示同时包含")
    p.add_argument("--city", metavar="C", help="只看某城市（深圳 / 深圳市 / 广州 / 东莞）")
    p.add_argument("--district", metavar="D", help="只看某区县（如 南山区）")
    p.add_argument(
        "--direction",
        metavar="D",
        help="只看某产业方向（方向代码如 equip.robot，或方向名称；none 表示目录外企业）",
    )
    p.add_argument("--limit", type=int, default=50, metavar="N", help="最多显示 N 家（默认 50）")
    json_flag(p)


def run(args: argparse.Namespace) -> int:
    from app import search
    from app.errors import UserError
    from cli.commands._out import info, print_json
    from cli.main import open_database

    if args.limit < 1:
        raise UserError("--limit 应为正整数")
    with open_database(args) as db:
        from app import catalog_store

        cat = catalog_store.current(db)
        results = search.search(
            db,
            args.text,
            city=args.city,
            district=args.district,
            direction=args.direction,
            limit=args.limit,
        )
    if args.json:
        print_json(results)
        return 0
    if not results:
        info(f"没有找到与“{args.text}”匹配的企业。")
        if len(args.text.strip()) < search.MIN_FTS_CHARS:
            info("提示：1–2 个字的查询只查找企业名称和简称；查找业务描述请输入至少 3 个字。")
        return 0
    for r in results:
        place = f"{r['city'] or ''}{r['district'] or ''}"
        # A person reads 高端智能制造装备, not equip.intelligent (--json keeps the code).
        d = cat.direction(r["direction"]) if r["direction"] else None
        direction = (d.name if d else r["direction"]) or "—"
        print(
            f"{r['id']:>8}  {r['name']}  {r['short_name'] or ''}  {place}  "
            f"{r['uscc'] or ''}  {direction}  [{search.MATCH_ZH[r['match']]}]"
        )
    info(f"共 {len(results)} 家（最多显示 {args.limit} 家）。")
    return 0
