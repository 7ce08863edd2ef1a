"""chainfill links import FILE [--json] | links show FIRM [--json]

Links between firms (供应商 / 客户 / 母公司 / 子公司 / 同一集团): the relation says what the
firm is to the partner. Partners not in the database are kept and shown as 库外企业.
"""

from __future__ import annotations

import argparse

from cli.commands._args import action, command_group, firm_arg, json_flag
from cli.commands._targeting import import_action


def register(sub: argparse._SubParsersAction) -> None:
    lsub = command_group(sub, "links", help="企业之间的关联（供应商、客户、母子公司、同一集团）")
    import_action(
        lsub,
        run_import,
        "关联关系",
        rescore=False,
        help="导入关联关系表",
        description="列：企业名称/firm、关联企业/partner、关系/relation、来源/source、日期/date。"
        "关系说明企业对关联企业是什么：供应商＝企业向关联企业供货；客户＝企业向关联企业采购；"
        "母公司／子公司＝企业是关联企业的母公司／子公司；同一集团。",
    )
    s = action(lsub, "show", run_show, help="一家企业的关联企业（含同一集团的企业）")
    firm_arg(s)
    json_flag(s)


def run_import(args: argparse.Namespace) -> int:
    from app.targeting import links, reports
    from cli.commands._targeting import run_import

    run_import(args, links.import_links, reports.links_lines, rescore=False)
    return 0


def run_show(args: argparse.Namespace) -> int:
    from app import ranking
    from app.targeting import links
    from cli.commands._out import info, print_json
    from cli.main import open_database

    with open_database(args) as db:
        fid = ranking.resolve_firm(db, args.firm)
        rows = links.of_firm(db, fid)
        group = links.group_of(db, fid)
        names = (
            {
                r[0]: r[1]
                for r in db.query(
                    f"SELECT id, name FROM firms WHERE id IN ({', '.join('?' * len(group))})", group
                )
            }
            if group
            else {}
        )
    if args.json:
        print_json({"links": rows, "group": [{"id": g, "name": names.get(g, "")} for g in group]})
        return 0
    if not rows:
        info("这家企业还没有关联关系。导入：chainfill links import 文件")
        return 0
    for r in rows:
        outside = "（库外企业）" if not r["matched"] else ""
        when = f"，{r['date']}" if r["date"] else ""
        print(
            f"是 {r['partner']}{outside} 的{r['relation']}（来源：{r['source'] or '不明'}{when}）"
        )
    if group:
        print("同一集团：" + "、".join(names.get(g, str(g)) for g in group))
    return 0
