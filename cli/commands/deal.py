"""chainfill deal add | edit | stage | list | show | assess | sign | handoff | feedback | offer

The investment pipeline (招商项目): deals under negotiation, from a lead to production.
Types and stages are given and shown as their Chinese labels (新设…, 线索 → … → 投产, 放弃).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any, TypeVar

from cli.commands._args import action, command_group, if_version_arg, json_flag
from cli.commands._out import info, print_json, print_result, print_rows

T = TypeVar("T")


def register(sub: argparse._SubParsersAction) -> None:
    dsub = command_group(sub, "deal", help="招商项目：在谈项目的阶段、评估、签约与市镇联动")

    add = action(dsub, "add", run_add, help="登记一个招商项目")
    add.add_argument("--firm", required=True, metavar="FIRM", help="企业编号、信用代码或完整名称")
    add.add_argument("--name", required=True, metavar="N", help="项目名称")
    add.add_argument(
        "--type", required=True, metavar="T", help="新设、增资扩产、总部、研发中心、区域总部、其他"
    )
    add.add_argument("--amount", required=True, metavar="万元", help="计划投资，如 5000、3.5亿")
    area = add.add_mutually_exclusive_group()
    area.add_argument("--land", metavar="亩", help="用地需求（亩）")
    area.add_argument("--floor", metavar="㎡", help="厂房面积需求（平方米）")
    add.add_argument("--town", metavar="镇街", help="意向镇街，如 长安镇")
    add.add_argument("--direction", metavar="CODE", help="产业方向代码（见 catalog show）")
    add.add_argument("--segment", metavar="CODE", help="产业链环节代码")
    add.add_argument("--owner", metavar="NAME", help="负责人（默认：本人信息中的姓名）")
    add.add_argument("--stage", metavar="S", default="线索", help="起始阶段（默认：线索）")
    add.add_argument("--output", metavar="万元", help="预计达产年产值")
    add.add_argument("--tax", metavar="万元", help="预计年税收")
    add.add_argument("--jobs", type=int, metavar="N", help="预计就业人数")
    json_flag(add)

    edit = action(dsub, "edit", run_edit, help="修改招商项目的信息、下一步工作与期限")
    edit.add_argument("deal", metavar="ID")
    edit.add_argument("--name", metavar="N")
    edit.add_argument("--type", metavar="T")
    edit.add_argument("--amount", metavar="万元")
    edit.add_argument("--land", metavar="亩")
    edit.add_argument("--floor", metavar="㎡")
    edit.add_argument("--town", metavar="镇街")
    edit.add_argument("--direction", metavar="CODE")
    edit.add_argument("--segment", metavar="CODE")
    edit.add_argument("--owner", metavar="NAME")
    edit.add_argument("--output", metavar="万元")
    edit.add_argument("--tax", metavar="万元")
    edit.add_argument("--jobs", type=int, metavar="N")
    edit.add_argument("--next", metavar="TEXT", help="下一步工作")
    edit.add_argument("--due", metavar="DATE", help="下一步工作的期限")
    edit.add_argument("--start", metavar="DATE", help="计划开工日期")
    edit.add_argument("--production", metavar="DATE", help="计划投产日期")
    if_version_arg(edit, "招商项目", "deal show")
    json_flag(edit)

    stage = action(dsub, "stage", run_stage, help="改变阶段（退回或放弃须写明原因）")
    stage.add_argument("deal", metavar="ID")
    stage.add_argument(
        "stage", metavar="STAGE", help="线索、接洽、考察、洽谈、签约、注册、开工、投产、放弃"
    )
    stage.add_argument("--note", metavar="T", default="", help="说明；退回、放弃时必填")
    stage.add_argument("--date", metavar="DATE", help="发生日期（默认今天）")
    if_version_arg(stage, "招商项目", "deal show")
    json_flag(stage)

    lst = action(dsub, "list", run_list, help="列出招商项目")
    lst.add_argument("--stage", metavar="S")
    lst.add_argument("--town", metavar="T")
    lst.add_argument("--owner", metavar="NAME")
    lst.add_argument("--direction", metavar="CODE", help="产业方向或领域代码")
    json_flag(lst)

    show = action(dsub, "show", run_show, help="一个招商项目的详情与全部变更记录")
    show.add_argument("deal", metavar="ID")
    json_flag(show)

    assess = action(dsub, "assess", run_assess, help="拟引进项目评估表（屏幕、JSON 或 PDF）")
    assess.add_argument("deal", metavar="ID")
    assess.add_argument("--recommend", metavar="R", help="记录评估建议：建议引进、有条件引进、暂缓")
    assess.add_argument("--reason", metavar="T", default="", help="评估建议的理由或条件")
    assess.add_argument("--energy", metavar="E", help="记录能耗与环保负荷：低、中、高")
    json_flag(assess)
    assess.add_argument("--out", metavar="FILE.pdf", help="导出为 PDF")

    sign = action(dsub, "sign", run_sign, help="签约：转入引进项目（项目履约），承诺自动带入")
    sign.add_argument("deal", metavar="ID")
    sign.add_argument("--agreement-no", required=True, metavar="N", help="协议编号")
    sign.add_argument("--date", required=True, metavar="D", help="签约日期")
    json_flag(sign)

    ho = action(dsub, "handoff", run_handoff, help="移交镇街招商部门跟进（市镇联动）")
    ho.add_argument("deal", metavar="ID")
    ho.add_argument("--town", required=True, metavar="T")
    ho.add_argument("--note", metavar="T", default="")
    json_flag(ho)

    fb = action(dsub, "feedback", run_feedback, help="记录镇街对移交项目的反馈")
    fb.add_argument("handoff", type=int, metavar="HANDOFF_ID", help="移交记录编号（见 deal show）")
    fb.add_argument("status", metavar="STATUS", help="跟进中、已落实、已退回")
    fb.add_argument("--note", metavar="T", default="")

    offer = action(
        dsub, "offer", run_offer, help="记录向项目推荐的载体（--chosen：项目选定的载体）"
    )
    offer.add_argument("deal", metavar="ID")
    offer.add_argument("site", metavar="SITE", help="载体编号或名称")
    offer.add_argument("--chosen", action="store_true")


def _fields(args: argparse.Namespace) -> dict[str, Any]:
    """The deal fields given on the command line, parsed (a bad value names its option)."""
    from app.deals import model as m

    out: dict[str, Any] = {}
    if getattr(args, "name", None) is not None:
        out["name"] = args.name
    if getattr(args, "type", None) is not None:
        out["type"] = m.type_key(args.type)
    if getattr(args, "amount", None) is not None:
        out["amount"] = m.parse_wan(args.amount, "计划投资（--amount）", required=True)
    if getattr(args, "land", None) is not None:
        out["land_mu"] = m.parse_measure(args.land, "用地（--land）", "亩")
        out["floor_m2"] = None
    if getattr(args, "floor", None) is not None:
        out["floor_m2"] = m.parse_measure(args.floor, "厂房面积（--floor）", "㎡")
        out["land_mu"] = None
    if getattr(args, "town", None) is not None:
        out["town"] = m.town_name(args.town)
    for opt, key in (("direction", "direction"), ("segment", "segment"), ("owner", "owner")):
        if getattr(args, opt, None) is not None:
            out[key] = getattr(args, opt).strip()
    if getattr(args, "output", None) is not None:
        out["expected_output"] = m.parse_wan(args.output, "预计年产值（--output）")
    if getattr(args, "tax", None) is not None:
        out["expected_tax"] = m.parse_wan(args.tax, "预计年税收（--tax）")
    if getattr(args, "jobs", None) is not None:
        out["expected_jobs"] = args.jobs
    if getattr(args, "next", None) is not None:
        out["next_step"] = args.next
    if getattr(args, "due", None) is not None:
        out["next_due"] = m.parse_day(args.due, "期限（--due）")
    if getattr(args, "start", None) is not None:
        out["planned_start"] = m.parse_day(args.start, "计划开工（--start）")
    if getattr(args, "production", None) is not None:
        out["planned_production"] = m.parse_day(args.production, "计划投产（--production）")
    return out


def _line(d: Any) -> str:
    from app import fmt

    area = (
        f"{fmt.figure(d.land_mu)} 亩"
        if d.land_mu
        else (f"{fmt.figure(d.floor_m2)} ㎡" if d.floor_m2 else "—")
    )
    return (
        f"{d.id:>4}  {d.stage_label:<3}  {d.name}（{d.firm}）  {d.type_label}  "
        f"{fmt.money(d.amount) or '—'}  {area}  {d.town or '—'}  {d.owner or '—'}"
    )


def _show(d: Any) -> None:
    from app import fmt

    print(_line(d))
    print(f"产业方向：{d.direction or '—'}  环节：{d.segment or '—'}  载体：{d.site or '—'}")
    if d.next_step:
        print(f"下一步：{d.next_step}（期限 {d.next_due or '未定'}）")
    if d.drop_reason:
        print(f"放弃原因：{d.drop_reason}")
    if d.project_id:
        print(f"已签约：协议 {d.agreement_no}（{d.signed_on}），引进项目 {d.project_id}")
    print("变更记录：")
    for h in d.history:
        print(f"  {h.at}  {h.to_json()['stage']}  {h.by}  {h.note}")
    for h in d.handoffs:
        j = h.to_json()
        print(f"移交 {h.id}：{h.town}（{h.at[:10]}，{j['status']}）{h.note} {h.feedback}")
    for s in d.sites_offered:
        print(f"推荐载体：{s['id']} {s['name']}（{s['town']}）")
    if d.amount and d.land_mu:
        info(f"投资强度 {fmt.figure(d.intensity)} 万元/亩")


def run_add(args: argparse.Namespace) -> int:
    from app.deals import model as m
    from app.ranking import resolve_firm
    from cli.main import open_database

    with open_database(args) as db:
        fields = _fields(args)
        firm_id = resolve_firm(db, args.firm)
        stage = m.stage_key(args.stage)
        fields.setdefault("owner", m.person())
        deal = m.Deal(id=None, firm_id=firm_id, stage=stage, **fields)
        deal_id = m.add_deal(db, deal)
        d = m.get_deal(db, deal_id)
    return print_result(args, d, f"已登记招商项目 {deal_id}：{d.name}（{d.stage_label}）")


def run_edit(args: argparse.Namespace) -> int:
    from app.deals import model as m
    from app.errors import UserError
    from cli.main import open_database

    with open_database(args) as db:
        fields = _fields(args)
        if not fields:
            raise UserError("没有要修改的内容（见 chainfill deal edit --help）")
        d = m.update(db, int(m.get_deal(db, args.deal).id or 0), fields, if_version=args.if_version)
    return print_result(args, d, f"已修改招商项目 {d.id}")


def run_stage(args: argparse.Namespace) -> int:
    from app.deals import model as m
    from cli.main import open_database

    with open_database(args) as db:
        deal = m.get_deal(db, args.deal)
        at = None
        if args.date:
            day = m.parse_day(args.date, "日期（--date）")
            at = f"{day}T12:00:00"
        d = m.set_stage(
            db, deal.id or 0, args.stage, note=args.note, at=at, if_version=args.if_version
        )
    return print_result(args, d, f"招商项目 {d.id} 已转入“{d.stage_label}”")


def run_list(args: argparse.Namespace) -> int:
    from app.deals import model as m
    from cli.main import open_database

    with open_database(args) as db:
        deals = m.list_deals(
            db, stage=args.stage, town=args.town, owner=args.owner, direction=args.direction
        )
    return print_rows(args, deals, _line, total=f"共 {len(deals)} 个招商项目")


def run_show(args: argparse.Namespace) -> int:
    from app.deals import model as m
    from cli.main import open_database

    with open_database(args) as db:
        d = m.get_deal(db, args.deal)
    if args.json:
        print_json(d.to_json())
    else:
        _show(d)
    return 0


def run_assess(args: argparse.Namespace) -> int:
    from app import privacy
    from app.deals import assess
    from app.deals import model as m
    from cli.main import open_database

    with open_database(args) as db:
        deal = m.get_deal(db, args.deal)
        changes: dict[str, Any] = {}
        if args.recommend is not None:
            changes["recommendation"] = m.recommendation_key(args.recommend)
            changes["recommendation_note"] = args.reason
        if args.energy is not None:
            changes["energy_class"] = m.energy_key(args.energy)
        if changes:
            m.update(db, deal.id or 0, changes)
        a = assess.build(db, deal.id or 0)
        if args.out is not None:
            privacy.check_output_path(args.out, ".pdf")
            from ui import sheet_print  # Qt: only once the input is known good

            result = sheet_print.write_pdf([(assess.TITLE, assess.to_html(a))], args.out)
            info(f"已生成评估表：{result['file']}（{result['pages']} 页）")
    if args.json:
        print_json(a.to_json())
    elif args.out is None:
        print(f"{assess.TITLE}：招商项目 {deal.id} {deal.name}（{deal.firm}）")
        for i in a.items:
            print(f"  [{i.verdict}] {i.title}：{i.finding}；参照 {i.benchmark}（来源：{i.source}）")
        for r in a.risks:
            print(f"  风险：{r}")
        print(f"评估建议：{a.recommendation or '尚未填写（--recommend）'}  经办人：{a.officer}")
    return 0


def _change(args: argparse.Namespace, change: Callable[[Any, int], T]) -> tuple[T, Any]:
    """``change(db, deal_id)`` on the deal ``args.deal`` names, and the deal as it then is."""
    from app.deals import model as m
    from cli.main import open_database

    with open_database(args) as db:
        deal_id = m.get_deal(db, args.deal).id or 0
        result = change(db, deal_id)
        return result, m.get_deal(db, deal_id)


def run_sign(args: argparse.Namespace) -> int:
    from app.deals import model as m

    project_id, d = _change(args, lambda db, i: m.sign(db, i, args.agreement_no, args.date))
    return print_result(
        args,
        d,
        f"招商项目 {d.id} 已签约，转入引进项目 {project_id}（chainfill projects show {project_id}）",
    )


def run_handoff(args: argparse.Namespace) -> int:
    from app.deals import model as m

    hid, d = _change(args, lambda db, i: m.handoff(db, i, args.town, args.note))
    return print_result(
        args, d, f"招商项目 {d.id} 已移交{m.town_name(args.town)}（移交记录 {hid}）"
    )


def run_feedback(args: argparse.Namespace) -> int:
    from app.deals import model as m
    from cli.main import open_database

    with open_database(args) as db:
        m.town_feedback(db, args.handoff, args.status, args.note)
    info(f"已记录移交 {args.handoff} 的镇街反馈")
    return 0


def run_offer(args: argparse.Namespace) -> int:
    from app.deals import model as m
    from app.deals import sites
    from cli.main import open_database

    with open_database(args) as db:
        deal = m.get_deal(db, args.deal)
        site = sites.get_site(db, args.site)
        m.offer_site(db, deal.id or 0, site.id or 0, chosen=args.chosen)
    info(f"已记录向招商项目 {deal.id} 推荐载体 {site.name}" + ("（已选定）" if args.chosen else ""))
    return 0
