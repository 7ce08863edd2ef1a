"""chainfill projects status | show | alerts | template | import | method

Brought-in projects: commitments against actuals, milestones, the 亩均 appraisal.
"""

from __future__ import annotations

import argparse
from datetime import date

from cli.commands._args import action, command_group, json_flag
from cli.commands._out import info, json_or_empty, print_json, print_rows


def _today(text: str | None) -> date:
    from app.errors import UserError

    if not text:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(f"--today 应为日期，如 2026-03-31，实际为“{text}”") from None


def register(sub: argparse._SubParsersAction) -> None:
    psub = command_group(sub, "projects", help="引进项目履约：承诺与实绩、节点、亩均评价")

    status = action(psub, "status", run_status, help="各项目的承诺履约、节点与亩均评价")
    status.add_argument("--year", type=int, help="评价年度（默认：各项目最近有报表的年度）")
    status.add_argument("--today", metavar="DATE", help="以此日期判断到期与逾期（默认今天）")
    json_flag(status)

    show = action(psub, "show", run_show, help="一个项目的评价详情（含“还差多少”）")
    show.add_argument("project", metavar="PROJECT", help="项目编号、协议编号或项目名称")
    show.add_argument("--year", type=int)
    show.add_argument("--today", metavar="DATE")
    json_flag(show)

    alerts = action(
        psub,
        "alerts",
        run_alerts,
        help="提醒：即将到期或逾期的节点、逾期未报的报表、新出现的未达标",
    )
    alerts.add_argument("--today", metavar="DATE")
    json_flag(alerts)

    tpl = action(psub, "template", run_template, help="生成项目协议与年度报表的导入模板（Excel）")
    tpl.add_argument("--out", required=True, metavar="FILE.xlsx")

    imp = action(psub, "import", run_import, help="导入项目协议与年度报表（规则同企业导入）")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="只检查并统计，不写入数据库")
    imp.add_argument("--rejects", metavar="OUT.csv", help="把拒收的行和提示写入此 CSV")
    imp.add_argument("--today", metavar="DATE", help=argparse.SUPPRESS)
    json_flag(imp)

    prn = action(psub, "print", run_print, help="把项目评价表（或汇总加全部评价表）导出为 PDF")
    prn.add_argument("--out", required=True, metavar="FILE.pdf")
    prn.add_argument("--project", metavar="PROJECT", help="只打印这个项目（编号、协议编号或名称）")
    prn.add_argument("--year", type=int, help="评价年度（默认：各项目最近有报表的年度）")
    prn.add_argument("--today", metavar="DATE")

    adj = action(
        psub, "adjust", run_adjust, help="登记某年度的加减分项（安全生产事故、环保处罚、失信等）"
    )
    adj.add_argument("project", metavar="PROJECT", help="项目编号、协议编号或项目名称")
    adj.add_argument("--year", type=int, required=True, help="年度")
    adj.add_argument(
        "--item",
        required=True,
        choices=[
            "safety_accident",
            "env_penalty",
            "dishonest",
            "major_violation",
            "high_tech",
            "specialised",
            "other",
        ],
        help="加减分项（分值见 chainfill projects method）",
    )
    adj.add_argument("--points", type=float, help="本条的分值（默认按该项的默认分值）")
    adj.add_argument("--note", default="", help="说明，如事故或处罚的文号")
    json_flag(adj)

    method = action(psub, "method", run_method, help="查看或修改亩均评价方法（权重、基准值、分档）")
    json_flag(method)
    method.add_argument(
        "--weight", action="append", default=[], metavar="KEY=N", help="指标权重，可重复"
    )
    method.add_argument(
        "--benchmark", action="append", default=[], metavar="KEY=N", help="指标基准值，可重复"
    )
    method.add_argument("--cap", type=float, help="单项得分封顶倍数（默认 1.5）")
    method.add_argument("--grading", choices=["score", "share"], help="分档方式：按得分或按比例")
    method.add_argument("--cutoff", action="append", default=[], metavar="A=90", help="分档分数线")
    method.add_argument(
        "--share", action="append", default=[], metavar="A=20", help="分档比例（%%）"
    )
    method.add_argument("--min-mu", type=float, help="参评最小用地面积（亩，默认 5）")
    method.add_argument(
        "--industry-benchmark",
        action="append",
        default=[],
        metavar="CODE:KEY=V",
        help="按领域或方向设定行业基准值，如 energy.battery:tax_per_mu=40",
    )
    method.add_argument(
        "--plot-ratio", type=float, help="租赁厂房折算用地的容积率（默认 1.2，由本局设定）"
    )
    method.add_argument("--reset", action="store_true", help="恢复出厂默认方法")


def _load(args: argparse.Namespace, db):
    from app.projects import model

    return model.load_projects(db), model.load_method(db)


def run_status(args: argparse.Namespace) -> int:
    from app.projects import evaluation
    from cli.main import open_database

    today = _today(args.today)
    with open_database(args) as db:
        projects, method = _load(args, db)
        evals = evaluation.evaluate_all(projects, method, today, year=args.year)
    if json_or_empty(
        args,
        evals,
        "没有引进项目。可用 chainfill projects import 导入，或 chainfill demo 生成演示数据。",
    ):
        return 0
    from app.projects.model import STATUS_ZH, scale_note

    mark = {"met": "✓", "at_risk": "!", "missed": "✗", "pending": "…"}
    top = evals[0].appraisal.score_max
    print(f"编号  年度  等级 综合得分（{scale_note(top)}）  承诺履约  项目（企业）  各项承诺")
    for e in evals:
        a = e.appraisal
        grade = a.grade or "—"
        score = f"{a.score:.1f}" if a.score is not None else "—"
        items = " ".join(f"{c.name}{mark[c.status]}" for c in e.commitments)
        print(
            f"{e.project.id:>4}  {e.year}  {grade} {score:>6}  {STATUS_ZH[e.status]:<4} {e.project.name}（{e.project.firm}）  {items}"
        )
    counts = evaluation.status_counts(evals)
    info("承诺：" + "，".join(f"{STATUS_ZH[k]} {v}" for k, v in counts.items()))
    return 0


def run_show(args: argparse.Namespace) -> int:
    from app.projects import evaluation, model
    from cli.main import open_database

    today = _today(args.today)
    with open_database(args) as db:
        project = model.find_project(db, args.project)
        method = model.load_method(db)
        year = args.year or evaluation.default_year(project, today)
        thresholds = None
        if method.grading == "share":
            evals = evaluation.evaluate_all(model.load_projects(db), method, today, year=year)
            thresholds = evaluation.grade_thresholds(evals, method, year)
            e = next(x for x in evals if x.project.id == project.id)
        else:
            e = evaluation.evaluate(project, year, method, today)
        takes = evaluation.what_it_takes(
            project, year, method, thresholds, current=e.appraisal.grade
        )
    data = e.to_json()
    data["what_it_takes"] = [
        {
            "target": t.target,
            "field": t.field,
            "current": t.current,
            "needed": t.needed,
            "delta": None if t.delta is None else round(t.delta, 2),
            "text": t.text,
        }
        for t in takes
    ]
    if args.json:
        print_json(data)
        return 0
    from app.fmt import figure
    from app.projects.model import score_with_scale

    a = e.appraisal
    land = f"用地 {figure(project.land_mu)} 亩"
    if a.land_converted:  # leased premises: the floor space and the land it counts as
        land += f"  租赁厂房 {figure(project.floor_m2)} 平方米（折算用地 {figure(a.land_mu)} 亩）"
    small = "  规下企业" if project.below_scale else ""
    print(
        f"{project.name}（{project.firm}） 协议 {project.agreement_no or '—'}  签约 {project.agreement_date}  {land}{small}"
    )
    print(
        f"{e.year} 年  等级 {a.grade or '—'}  综合得分 {score_with_scale(a.score, a.score_max)}"
        if a.score is not None
        else f"{e.year} 年  不评级：{a.note}"
    )
    if a.note and a.gradable:
        print(f"  说明：{a.note}")
    for i in a.indicators:
        val = "—" if i.value is None else f"{i.value:,.2f}"
        pts = "—" if i.points is None else f"{i.points:.1f}"
        print(f"  {i.name:<16} {val:>12} {i.unit:<8} 基准 {i.benchmark:g}  得分 {pts}  {i.note}")
    from app.projects.model import MILESTONE_STATUS_ZH, STATUS_ZH

    for c in e.commitments:
        actual = "—" if c.actual is None else f"{c.actual:,.2f}"
        print(
            f"  承诺 {c.name}：{c.committed:,.2f} {c.unit}，实绩 {actual}，{STATUS_ZH[c.status]}  {c.note}"
        )
    for m in e.milestones:
        print(
            f"  节点 {m.name}：约定 {m.due or '—'}，完成 {m.done or '—'}，{MILESTONE_STATUS_ZH[m.status]}"
        )
    print(
        f"  奖励：{'可兑现 ' + format(e.reward.amount, ',.2f') + ' 万元' if e.reward.eligible else '不可兑现'}（{e.reward.reason}）"
    )
    if e.penalty.exposed:
        print(f"  违约风险：涉及 {e.penalty.total:,.2f} 万元")
    for t in takes:
        print(f"  {t.text}")
    return 0


def run_alerts(args: argparse.Namespace) -> int:
    from app.projects import evaluation
    from cli.main import open_database

    today = _today(args.today)
    with open_database(args) as db:
        projects, method = _load(args, db)
        found = evaluation.alerts(projects, method, today)
    return print_rows(
        args,
        found,
        lambda a: f"{'‼' if a.severity > 1 else '·'} {a.project}：{a.text}",
        empty="没有需要处理的提醒。",
    )


def run_template(args: argparse.Namespace) -> int:
    from app.projects.template import write_template

    path = write_template(args.out)
    info(f"已生成导入模板：{path}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from app.projects.importer import import_file, write_rejects
    from cli.main import open_database

    today = _today(args.today)
    if args.rejects:
        from app import filesafety

        filesafety.guard_output(
            args.rejects,
            flag="--rejects",
            db_path=filesafety.database_path(args),
            inputs=[args.file],
        )
    with open_database(args, create=True) as db:
        if not args.dry_run:
            from app import backup

            backup.before_import(db)
        result = import_file(db, args.file, dry_run=args.dry_run, today=today)
    if args.rejects:
        write_rejects(result, args.rejects)
    if args.json:
        print_json(result.to_json())
    p, r = result.projects, result.reports
    prefix = "（试运行，未写入）" if result.dry_run else ""
    info(
        f"{prefix}项目协议：读取 {p.read}，新增 {p.added}，更新 {p.updated}，未变 {p.unchanged}，拒收 {p.rejected}；"
        f"年度报表：读取 {r.read}，新增 {r.added}，更新 {r.updated}，未变 {r.unchanged}，拒收 {r.rejected}"
        + (f"；新登记企业 {result.firms_added}" if result.firms_added else "")
    )
    for prob in result.rejects[:50]:
        info(f"  拒收 {prob.sheet} 第 {prob.row} 行【{prob.column}】{prob.reason}")
    for prob in result.warnings[:50]:
        info(f"  提示 {prob.sheet} 第 {prob.row} 行【{prob.column}】{prob.reason}")
    more = len(result.rejects) + len(result.warnings) - 100
    if more > 0:
        info(f"  ……另有 {more} 条，请用 --rejects 输出完整清单")
    for sheet, cols in result.ignored_columns.items():
        info(f"  未识别而忽略的列（{sheet}）：{'、'.join(cols)}")
    return 0


def run_print(args: argparse.Namespace) -> int:
    from cli.main import open_database

    today = _today(args.today)
    with open_database(args) as db:
        from ui import projects_print as printing

        result = printing.write_projects_pdf(
            db, args.out, project=args.project, year=args.year, today=today
        )
    info(f"已导出 {result['file']}：{result['documents']} 份，共 {result['pages']} 页")
    return 0


def _pairs(values: list[str], what: str) -> dict[str, float]:
    from app.errors import UserError

    out = {}
    for v in values:
        key, sep, num = v.partition("=")
        if not sep:
            raise UserError(f"{what}应写成 键=数值，如 tax_per_mu=30，实际为“{v}”")
        try:
            out[key.strip()] = float(num)
        except ValueError:
            raise UserError(f"{what}“{key}”的值应为数字，实际为“{num}”") from None
    return out


def run_adjust(args: argparse.Namespace) -> int:
    from app.projects import model
    from cli.main import open_database

    with open_database(args) as db:
        project = model.find_project(db, args.project)
        assert project.id is not None
        item = model.Adjustment(args.year, args.item, args.points, args.note)
        new_id = model.add_adjustment(db, project.id, item)
    if args.json:
        print_json({"id": new_id, "project": project.id, "year": args.year, "kind": args.item,
                    "name": item.name, "points": item.effect, "veto": item.vetoes})  # fmt: skip
        return 0
    effect = "一票否决（定为 D 档）" if item.vetoes else f"{item.effect:+g} 分"
    info(f"已登记 {project.name} {args.year} 年度的加减分项：{item.name}，{effect}。")
    return 0


def run_method(args: argparse.Namespace) -> int:
    from app.errors import UserError
    from app.projects import model
    from cli.main import open_database

    overrides: dict = {}
    if args.weight:
        overrides["weights"] = _pairs(args.weight, "权重")
    if args.benchmark:
        overrides["benchmarks"] = _pairs(args.benchmark, "基准值")
    if args.cutoff:
        overrides["cutoffs"] = _pairs(args.cutoff, "分档分数线")
    if args.share:
        overrides["shares"] = _pairs(args.share, "分档比例")
    if args.cap is not None:
        overrides["cap"] = args.cap
    if args.grading:
        overrides["grading"] = args.grading
    if args.min_mu is not None:
        overrides["min_mu"] = args.min_mu
    if args.industry_benchmark:
        industry: dict[str, dict[str, float]] = {}
        for item in args.industry_benchmark:
            code, sep, pair = item.partition(":")
            if not sep:
                raise UserError(
                    f"行业基准值应写成 代码:指标=数值，如 bio:rd_ratio=5，实际为“{item}”"
                )
            industry.setdefault(code.strip(), {}).update(_pairs([pair], "行业基准值"))
        overrides["industry_benchmarks"] = industry
    if args.plot_ratio is not None:
        overrides["plot_ratio"] = args.plot_ratio
    with open_database(args) as db:
        if args.reset:
            method = model.reset_method(db)
            info("已恢复默认评价方法。")
        elif overrides:
            method = model.save_method(db, overrides)
            info("评价方法已更新。")
        else:
            method = model.load_method(db)
    if args.json:
        print_json(method.to_json())
        return 0
    print("\n".join(model.method_text(method)))
    return 0
