"""chainfill audit [--firm F] [--user U] [--since DATE] [--limit N] [--json]

Who changed what, and when (app.audit): every edit, import, setting and catalog revision is
recorded under the person at the keyboard (设置 → 本人信息), not the computer's login."""

from __future__ import annotations

import argparse
import json

from cli.commands._args import action, json_flag


def register(sub: argparse._SubParsersAction) -> None:
    p = action(
        sub,
        "audit",
        run,
        help="操作记录：谁在何时修改了什么",
        description="按时间倒序列出操作记录。",
    )
    p.add_argument("--firm", metavar="F", help="只看一家企业（编号、统一社会信用代码或完整名称）")
    p.add_argument("--user", metavar="U", help="只看某人（姓名或登录名）")
    p.add_argument("--since", metavar="DATE", help="从这一天起（如 2026-12-01）")
    p.add_argument("--limit", type=int, default=200, metavar="N", help="最多列出几条（默认 200）")
    json_flag(p)


def run(args: argparse.Namespace) -> int:
    from app import audit
    from cli.commands._out import print_json
    from cli.main import open_database

    since = audit.parse_since(args.since)  # a bad date exits 2 before the database is opened
    with open_database(args) as db:
        firm_id = None
        if args.firm is not None:
            from app.ranking import resolve_firm

            firm_id = resolve_firm(db, args.firm)
        rows = audit.entries(db, firm_id=firm_id, user=args.user, since=since, limit=args.limit)
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("没有符合条件的操作记录。")
        return 0
    for r in rows:
        what = r["entity"] + (f" {r['entity_id']}" if r["entity_id"] else "")
        detail = ""
        if r["detail"] is not None:
            text = json.dumps(r["detail"], ensure_ascii=False, default=str)
            detail = "　" + (text if len(text) <= 80 else text[:79] + "…")
        print(f"{r['at'].replace('T', ' ')}\t{r['user'] or '—'}\t{r['action_zh']}\t{what}{detail}")
    return 0
