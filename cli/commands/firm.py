"""chainfill firm show FIRM | firm edit FIRM --set 字段=值 … | firm fields

Staff correct a firm's fields by hand, as in the desktop app's 编辑… dialog (app.firm_edit):
every value is parsed like an import cell, a bad one exits 2 with nothing written, and the
scores are brought up to date afterwards unless ``--no-refresh``.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from cli.commands._args import action, command_group, firm_arg, if_version_arg, json_flag


def register(sub: argparse._SubParsersAction) -> None:
    s = command_group(sub, "firm", help="查看或修改一家企业的信息")

    sh = action(s, "show", run_show, help="显示企业的全部可修改字段")
    firm_arg(sh)
    json_flag(sh)

    e = action(
        s,
        "edit",
        run_edit,
        help='修改企业的字段（如 --set 员工人数=350 --set 主营业务="…"；值留空表示清除）',
        description="修改企业的字段。字段可写字段名（employees）或中文名（员工人数、注册资本）；"
        "值按导入时的规则解析（金额默认万元，可写 1.2亿、500万美元；比例如 5.2%；"
        "日期如 2019-03-05）。任何一个值有误都不会修改，退出码为 2。",
    )
    firm_arg(e)
    e.add_argument(
        "--set",
        dest="assignments",
        action="append",
        required=True,
        metavar="字段=值",
        help="要修改的字段及新值，可重复",
    )
    e.add_argument(
        "--no-refresh",
        action="store_true",
        help="修改后不重新分类和评分（批量修改时最后运行一次 chainfill score 即可）",
    )
    if_version_arg(e, "企业", "firm show")
    json_flag(e, "以 JSON 输出修改后的企业信息")

    f = action(s, "fields", run_fields, help="列出可修改的字段及填写方式")
    json_flag(f)


def _assignments(items: list[str]) -> dict[str, str]:
    from app.errors import UserError
    from app.firm_edit import field_key

    out: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep:
            raise UserError(f"“{item}”的写法不对：应为 字段=值，如 员工人数=350")
        field = field_key(key)
        if field in out:
            raise UserError(f"字段“{key.strip()}”给了两次")
        out[field] = value
    return out


def run_show(args: argparse.Namespace) -> int:
    from app.firm_edit import firm_record
    from app.ranking import resolve_firm
    from cli.commands._out import print_json
    from cli.main import open_database

    with open_database(args) as db:
        rec = firm_record(db, resolve_firm(db, args.firm))
    if args.json:
        print_json(rec)
    else:
        _print_record(rec)
    return 0


def run_edit(args: argparse.Namespace) -> int:
    from app.firm_edit import editable_fields, firm_record, update_firm
    from app.ranking import resolve_firm
    from cli.commands._out import info, print_json
    from cli.main import open_database

    changes = _assignments(args.assignments)
    with open_database(args) as db:
        firm_id = resolve_firm(db, args.firm)
        rec = update_firm(db, firm_id, changes, if_version=args.if_version)
        if rec["changed"] and not args.no_refresh:
            from app import pipeline
            from cli.commands.score import _drain

            _drain(pipeline.refresh_if_stale(db))
            rec.update(firm_record(db, firm_id))  # the new direction, if reclassified
        rec["score"] = db.scalar("SELECT score FROM scores WHERE firm_id = ?", (firm_id,))
    labels = {f.name: f.short_label for f in editable_fields()}
    if rec["changed"]:
        names = "、".join(labels[f] for f in rec["changed"])
        info(f"已修改“{rec['name']}”（编号 {rec['id']}）：{names}")
        if rec["reclassify"] and args.no_refresh:
            info("企业描述有改动：下次运行 chainfill score 时会重新分类。")
    else:
        info(f"“{rec['name']}”（编号 {rec['id']}）的这些字段与现有值相同，未作修改。")
    if args.json:
        print_json(rec)
    return 0


def run_fields(args: argparse.Namespace) -> int:
    from app.firm_edit import editable_fields, group_titles
    from cli.commands._out import print_json

    fields = editable_fields()
    if args.json:
        print_json(
            [
                {
                    "field": f.name,
                    "label": f.label,
                    "kind": f.kind,
                    "group": f.group,
                    "hint": f.hint,
                }
                for f in fields
            ]
        )
        return 0
    titles = group_titles()
    group = None
    for f in fields:
        if f.group != group:
            group = f.group
            print(f"[{titles[group]}]")
        hint = f"  （{f.hint}）" if f.hint else ""
        print(f"  {f.name:<20}{f.label}{hint}")
    return 0


def _print_record(rec: dict[str, Any]) -> None:
    from app.firm_edit import edit_text, editable_fields, group_titles

    titles = group_titles()
    print(f"{rec['name']}（编号 {rec['id']}，第 {rec['version']} 版）")
    group = None
    for f in editable_fields():
        if f.group != group:
            group = f.group
            print(f"[{titles[group]}]")
        print(f"  {f.label}：{edit_text(f.name, rec.get(f.name)) or '—'}")
    sys.stdout.flush()
