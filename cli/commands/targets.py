"""chainfill targets set YEAR [--signed-amount 万元] [--signed-count N] [--landed-count N]
[--landed-amount 万元] | show YEAR — the bureau's own yearly targets for the pipeline;
chainfill targets intensity [--city 万元/亩] [--town 镇街=万元/亩 …] — the investment-intensity
thresholds the pre-entry assessment checks a deal against."""

from __future__ import annotations

import argparse

from cli.commands._args import action, command_group, json_flag
from cli.commands._out import info, print_json, print_result


def register(sub: argparse._SubParsersAction) -> None:
    tsub = command_group(sub, "targets", help="本局年度招商目标（签约额、签约数、投产数……）")
    st = action(tsub, "set", run_set, help="设定某年的目标（未给出的保持不变）")
    st.add_argument("year", type=int, metavar="YEAR")
    st.add_argument("--signed-amount", metavar="万元", help="签约额目标，如 200亿、2000000")
    st.add_argument("--signed-count", type=int, metavar="N")
    st.add_argument("--landed-count", type=int, metavar="N")
    st.add_argument("--landed-amount", metavar="万元")
    json_flag(st)
    sh = action(tsub, "show", run_show, help="某年的目标")
    sh.add_argument("year", type=int, metavar="YEAR")
    json_flag(sh)
    it = action(
        tsub,
        "intensity",
        run_intensity,
        help="项目评估用的投资强度门槛（万元/亩）：全市及各镇街；不带参数则显示",
    )
    it.add_argument("--city", metavar="万元/亩", help="全市门槛，如 300")
    it.add_argument(
        "--town",
        action="append",
        default=[],
        metavar="镇街=万元/亩",
        help="某镇街自己的门槛，如 长安镇=400；“长安镇=”删除该镇街的门槛；可重复",
    )
    json_flag(it)


def run_set(args: argparse.Namespace) -> int:
    from app.deals.model import parse_wan
    from app.deals.report import set_targets
    from app.errors import UserError
    from cli.main import open_database

    for n, opt in ((args.signed_count, "--signed-count"), (args.landed_count, "--landed-count")):
        if n is not None and n < 0:
            raise UserError(f"{opt} 不能为负数")
    values = {
        "signed_amount": parse_wan(args.signed_amount, "签约额目标（--signed-amount）"),
        "signed_count": args.signed_count,
        "landed_count": args.landed_count,
        "landed_amount": parse_wan(args.landed_amount, "投产投资额目标（--landed-amount）"),
    }
    with open_database(args) as db:
        result = set_targets(db, args.year, values)
    return print_result(args, result, f"已设定 {args.year} 年招商目标")


def run_show(args: argparse.Namespace) -> int:
    from app import fmt
    from app.deals.report import TARGET_FIELDS, get_targets
    from cli.main import open_database

    with open_database(args) as db:
        t = get_targets(db, args.year)
    if args.json:
        print_json({"year": args.year, **{k: t.get(k) for k in TARGET_FIELDS}})
    else:
        for k, (name, unit) in TARGET_FIELDS.items():
            v = t.get(k)
            shown = "未设定" if v is None else (fmt.money(v) if unit == "万元" else f"{v:g} {unit}")
            print(f"{name}：{shown}")
    return 0


def run_intensity(args: argparse.Namespace) -> int:
    from app import fmt
    from app.deals import assess
    from app.errors import UserError
    from cli.main import open_database

    towns: dict[str, object] = {}
    for item in args.town:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise UserError(f"--town 应写成 镇街=万元/亩，如 长安镇=400：{item}")
        towns[name.strip()] = value.strip()
    with open_database(args) as db:
        if args.city is not None or towns:
            city, per_town = assess.set_thresholds(db, args.city, towns)
            if not args.json:
                info("已设定投资强度门槛")
        else:
            city, per_town = assess.thresholds(db)
    if args.json:
        print_json({"city": city, "towns": per_town})
    else:
        print(f"全市：{fmt.figure(city)} 万元/亩")
        for name, value in per_town.items():
            print(f"{name}：{fmt.figure(value)} 万元/亩")
    return 0
