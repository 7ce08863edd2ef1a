"""chainfill site add | list | show | match — the register of sites on offer (载体)."""

from __future__ import annotations

import argparse

from cli.commands._args import action, command_group, json_flag
from cli.commands._out import info, print_json, print_result, print_rows


def register(sub: argparse._SubParsersAction) -> None:
    ssub = command_group(sub, "site", help="载体：可供项目落地的园区、地块、楼宇")

    add = action(ssub, "add", run_add, help="登记一个载体")
    add.add_argument("--name", required=True, metavar="N")
    add.add_argument("--town", required=True, metavar="T", help="所在镇街")
    add.add_argument("--park", metavar="P", default="", help="所在园区")
    add.add_argument("--land", metavar="MU", help="可用土地（亩）")
    add.add_argument("--floor", metavar="M2", help="可用面积（平方米）")
    add.add_argument(
        "--price", metavar="P", default="", help="价格或租金，如 80万元/亩、25元/㎡·月"
    )
    add.add_argument("--directions", metavar="CODE,…", default="", help="适合的产业方向代码")
    add.add_argument("--contact", metavar="C", default="", help="联系人及电话")
    add.add_argument("--available", metavar="DATE", help="可用日期")
    json_flag(add)

    lst = action(ssub, "list", run_list, help="列出载体（电话已遮挡）")
    lst.add_argument("--town", metavar="T")
    json_flag(lst)

    show = action(ssub, "show", run_show, help="一个载体的详情")
    show.add_argument("site", metavar="SITE", help="载体编号或名称")
    json_flag(show)

    match = action(ssub, "match", run_match, help="适合某招商项目的载体，最合适的在前，并说明理由")
    match.add_argument("deal", metavar="DEAL", help="招商项目编号")
    match.add_argument("--limit", type=int, default=10)
    json_flag(match)


def _line(s) -> str:
    from app import fmt
    from app.privacy import mask_text

    area = "，".join(
        x
        for x in (
            f"土地 {fmt.figure(s.land_mu)} 亩" if s.land_mu else "",
            f"面积 {fmt.figure(s.floor_m2)} ㎡" if s.floor_m2 else "",
        )
        if x
    )
    return (
        f"{s.id:>4}  {s.name}（{s.town}{'·' + s.park if s.park else ''}）  {area}  "
        f"{s.price or '—'}  {','.join(s.directions) or '不限方向'}  {s.available or '—'}  "
        f"{mask_text(s.contact) or ''}"
    )


def run_add(args: argparse.Namespace) -> int:
    from app.deals import sites
    from cli.main import open_database

    with open_database(args) as db:
        sid = sites.add_site(
            db,
            args.name,
            args.town,
            park=args.park,
            land=args.land,
            floor=args.floor,
            price=args.price,
            directions=args.directions,
            contact=args.contact,
            available=args.available,
        )
        s = sites.get_site(db, sid)
    return print_result(args, s, f"已登记载体 {sid}：{s.name}")


def run_list(args: argparse.Namespace) -> int:
    from app.deals import sites
    from cli.main import open_database

    with open_database(args) as db:
        found = sites.list_sites(db, args.town)
    return print_rows(args, found, _line, total=f"共 {len(found)} 个载体")


def run_show(args: argparse.Namespace) -> int:
    from app.deals import sites
    from cli.main import open_database

    with open_database(args) as db:
        s = sites.get_site(db, args.site)
        offered = db.query(
            "SELECT d.id, d.name FROM deal_sites ds JOIN deals d ON d.id = ds.deal_id "
            "WHERE ds.site_id = ? ORDER BY d.id",
            (s.id,),
        )
    if args.json:
        out = s.to_json()
        out["offered_to"] = [{"id": r["id"], "name": r["name"]} for r in offered]
        print_json(out)
    else:
        print(_line(s))
        for r in offered:
            print(f"  已推荐给招商项目 {r['id']} {r['name']}")
    return 0


def run_match(args: argparse.Namespace) -> int:
    from app.deals import sites
    from cli.main import open_database

    with open_database(args) as db:
        found = sites.match(db, args.deal, limit=max(1, args.limit))
    if args.json:
        print_json([m.to_json() for m in found])
    else:
        for m in found:
            print(f"{m.score:>5.1f}  {_line(m.site)}")
            print(f"       {'；'.join(m.reasons)}")
        info(f"共 {len(found)} 个合适的载体" if found else "没有合适的载体")
    return 0
