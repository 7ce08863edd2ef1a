"""chainfill shortlist … | stage FIRM STAGE | visit add/list FIRM | contact add/list FIRM | reminders"""

from __future__ import annotations

import argparse
from typing import Any

from cli.commands._args import action, command_group, firm_arg, json_flag
from cli.commands._out import info, print_json, print_rows


def register(sub: argparse._SubParsersAction) -> None:
    s = command_group(sub, "shortlist", help="重点企业名单：创建、加入企业、查看、导出")

    c = action(s, "create", run_create, help="新建名单")
    c.add_argument("name", metavar="NAME")
    c.add_argument("--note", help="名单说明")
    c.add_argument("--owner", help="负责人（默认：当前用户）")

    a = action(s, "add", run_add, help="把企业加入名单（企业：编号、统一社会信用代码或完整名称）")
    a.add_argument("name", metavar="NAME")
    a.add_argument("firms", nargs="+", metavar="FIRM")
    a.add_argument("--note", help="这些企业在名单中的备注")

    r = action(s, "remove", run_remove, help="把企业移出名单")
    r.add_argument("name", metavar="NAME")
    r.add_argument("firms", nargs="+", metavar="FIRM")

    sh = action(s, "show", run_show, help="查看名单（联系方式默认脱敏）")
    sh.add_argument("name", metavar="NAME")
    json_flag(sh)
    sh.add_argument("--unmask", action="store_true", help="显示完整的联系人信息")

    ls = action(s, "list", run_list, help="列出全部名单")
    json_flag(ls)

    ex = action(s, "export", run_export, help="导出名单为 .xlsx（联系方式默认脱敏）")
    ex.add_argument("name", metavar="NAME")
    ex.add_argument("--out", required=True, metavar="FILE.xlsx")
    ex.add_argument("--unmask", action="store_true", help="导出完整的联系人信息（注意保密）")

    d = action(s, "delete", run_delete, help="删除名单（企业仍保留在企业库中）")
    d.add_argument("name", metavar="NAME")

    n = action(s, "note", run_note, help="设置企业在名单中的备注")
    n.add_argument("name", metavar="NAME")
    firm_arg(n)
    n.add_argument("text", metavar="TEXT")

    st = action(
        sub,
        "stage",
        run_stage,
        help="设置企业的跟进阶段（线索/已接洽/已走访/洽谈中/已签约/已落地/已放弃）",
    )
    firm_arg(st)
    st.add_argument("stage", metavar="STAGE")
    st.add_argument("--reason", help="原因（标记为“已放弃”时必填）")
    st.add_argument("--note", help="说明")
    json_flag(st, "以 JSON 输出阶段历史")

    vs = command_group(sub, "visit", help="走访记录")
    va = action(vs, "add", run_visit_add, help="登记一次走访")
    firm_arg(va)
    va.add_argument("--date", required=True, help="走访日期，如 2025-03-05")
    va.add_argument("--place", help="地点")
    va.add_argument("--staff", dest="our_staff", help="我方人员")
    va.add_argument("--people", dest="their_people", help="对方人员")
    va.add_argument("--summary", help="会谈纪要")
    va.add_argument("--requests", help="企业诉求")
    va.add_argument("--plans", dest="expansion_plans", help="扩产计划")
    va.add_argument("--pressure", help="用地与成本压力")
    va.add_argument("--next", dest="next_step", help="下一步")
    va.add_argument("--next-date", dest="next_date", help="下一步日期")
    vl = action(vs, "list", run_visit_list, help="列出企业的走访记录")
    firm_arg(vl)
    json_flag(vl)

    cs = command_group(sub, "contact", help="企业联系人")
    ca = action(cs, "add", run_contact_add, help="添加联系人")
    firm_arg(ca)
    ca.add_argument("--name", required=True, help="姓名")
    ca.add_argument("--title", help="职务")
    ca.add_argument("--phone", help="电话")
    ca.add_argument("--email", help="邮箱")
    ca.add_argument("--note", help="备注")
    cl = action(cs, "list", run_contact_list, help="列出联系人（默认脱敏）")
    firm_arg(cl)
    cl.add_argument("--unmask", action="store_true", help="显示完整信息")
    json_flag(cl)

    rm = action(sub, "reminders", run_reminders, help="到期的下一步事项")
    rm.add_argument("--days", type=int, default=0, help="同时列出今后 N 天内到期的事项")
    json_flag(rm)


def _db(args: argparse.Namespace, **kwargs: Any):
    from cli.main import open_database

    return open_database(args, **kwargs)


def _resolve(db: Any, refs: list[str]) -> list[int]:
    from app.ranking import resolve_firm

    return [resolve_firm(db, ref) for ref in refs]


def run_create(args: argparse.Namespace) -> int:
    from app import shortlists

    with _db(args) as db:
        shortlists.create(db, args.name, owner=args.owner, note=args.note)
    info(f"已新建名单“{args.name.strip()}”")
    return 0


def run_add(args: argparse.Namespace) -> int:
    from app import shortlists

    with _db(args) as db:
        ids = _resolve(db, args.firms)
        result = shortlists.add(db, args.name, ids, note=args.note)
        total = len(shortlists.firm_ids(db, args.name))
    msg = f"已加入 {len(result['added'])} 家企业，名单“{args.name.strip()}”现有 {total} 家"
    if result["already"]:
        msg += f"（{len(result['already'])} 家原已在名单中）"
    info(msg)
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from app import shortlists

    with _db(args) as db:
        gone = shortlists.remove(db, args.name, _resolve(db, args.firms))
    info(f"已从名单移出 {len(gone)} 家企业")
    return 0


def run_note(args: argparse.Namespace) -> int:
    from app import shortlists

    with _db(args) as db:
        [fid] = _resolve(db, [args.firm])
        shortlists.set_note(db, args.name, fid, args.text)
    info("已更新备注")
    return 0


def run_delete(args: argparse.Namespace) -> int:
    from app import shortlists

    with _db(args) as db:
        shortlists.delete(db, args.name)
    info(f"已删除名单“{args.name}”")
    return 0


def run_show(args: argparse.Namespace) -> int:
    from app import shortlists

    with _db(args) as db:
        data = shortlists.show(db, args.name, unmask=args.unmask)
    if args.json:
        print_json(data)
        return 0
    print(f"名单：{data['name']}　负责人：{data['owner'] or '—'}　共 {data['count']} 家")
    if data["note"]:
        print(f"说明：{data['note']}")
    for f in data["firms"]:
        where = " ".join(x for x in (f["city"], f["district"]) if x)
        score = "—" if f["score"] is None else f"{f['score']:.1f}"
        print(
            f"{f['position']:>3}. [{f['id']}] {f['name']}　{where}　评分 {score}　{f['stage_zh']}"
        )
        if f["note"]:
            print(f"       备注：{f['note']}")
        for c in f["contacts"]:
            parts = [c["name"], c["title"], c["phone"], c["email"]]
            print("       联系人：" + "　".join(p for p in parts if p))
    return 0


def run_list(args: argparse.Namespace) -> int:
    from app import shortlists

    with _db(args) as db:
        rows = shortlists.list_all(db)
    return print_rows(
        args,
        rows,
        lambda r: f"{r['name']}\t{r['count']} 家\t{r['owner'] or '—'}\t{r['updated_at'][:10]}",
        empty="还没有名单。用 chainfill shortlist create NAME 新建。",
    )


def run_export(args: argparse.Namespace) -> int:
    from app import shortlists

    with _db(args) as db:
        out = shortlists.export_xlsx(db, args.name, args.out, unmask=args.unmask)
    note = "（含完整联系方式，请注意保密）" if args.unmask else "（联系方式已脱敏）"
    info(f"已导出到 {out}{note}")
    return 0


def run_stage(args: argparse.Namespace) -> int:
    from app import outreach

    with _db(args) as db:
        [fid] = _resolve(db, [args.firm])
        rec = outreach.set_stage(db, fid, args.stage, reason=args.reason, note=args.note)
        hist = outreach.history(db, fid)
    if args.json:
        print_json({"firm_id": fid, "stage": rec["stage"], "history": hist})
        return 0
    prev = outreach.stage_label(rec["previous"])
    info(f"阶段已更新：{prev} → {outreach.STAGE_ZH[rec['stage']]}")
    if rec["stage"] in outreach.OUTCOME_STAGES:
        info("落地/放弃结果已记录，落地可能性模型将在下次计算评分时使用这一结果。")
    return 0


def run_visit_add(args: argparse.Namespace) -> int:
    from app import outreach

    fields = {k: getattr(args, k) for k in outreach.VISIT_FIELDS}
    with _db(args) as db:
        [fid] = _resolve(db, [args.firm])
        vid = outreach.add_visit(db, fid, **fields)
    info(f"已登记走访（编号 {vid}）")
    return 0


def run_visit_list(args: argparse.Namespace) -> int:
    from app import outreach

    with _db(args) as db:
        [fid] = _resolve(db, [args.firm])
        rows = outreach.visits(db, fid)

    def line(v: dict[str, Any]) -> str:
        text = f"{v['date']}　{v['place'] or ''}　{v['summary'] or ''}"
        if v["next_step"]:
            done = "（已完成）" if v["next_done"] else ""
            text += f"\n    下一步：{v['next_date'] or ''} {v['next_step']}{done}"
        return text

    return print_rows(args, rows, line, empty="该企业还没有走访记录")


def run_contact_add(args: argparse.Namespace) -> int:
    from app import outreach

    with _db(args) as db:
        [fid] = _resolve(db, [args.firm])
        cid = outreach.add_contact(
            db,
            fid,
            name=args.name,
            title=args.title,
            phone=args.phone,
            email=args.email,
            note=args.note,
        )
    info(f"已添加联系人（编号 {cid}）")
    return 0


def run_contact_list(args: argparse.Namespace) -> int:
    from app import outreach

    with _db(args) as db:
        [fid] = _resolve(db, [args.firm])
        rows = outreach.contacts(db, fid, masked=not args.unmask)
    if args.json:
        print_json(rows)
        return 0
    for c in rows:
        print("　".join(x for x in (c["name"], c["title"], c["phone"], c["email"]) if x))
    return 0


def run_reminders(args: argparse.Namespace) -> int:
    from app import outreach

    with _db(args) as db:
        rows = outreach.due_reminders(db, within_days=max(args.days, 0))

    def line(r: dict[str, Any]) -> str:
        when = (
            f"逾期 {r['overdue']} 天"
            if r["overdue"] > 0
            else ("今天到期" if r["overdue"] == 0 else f"{-r['overdue']} 天后到期")
        )
        return f"{r['next_date']}（{when}）　{r['firm']}：{r['next_step']}"

    return print_rows(args, rows, line, empty="没有到期的下一步事项")
