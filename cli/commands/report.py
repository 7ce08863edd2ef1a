"""chainfill report --period 2026-11|2026-W48|2026 [--by domain|direction|town|owner]
[--json] [--out FILE.xlsx|FILE.pdf] — the pipeline's figures for a week, a month or a year."""

from __future__ import annotations

import argparse

from cli.commands._args import action, json_flag


def register(sub: argparse._SubParsersAction) -> None:
    p = action(
        sub, "report", run, help="招商统计：新增线索、各阶段、签约、投产、放弃，对照年度目标"
    )
    p.add_argument(
        "--period", required=True, metavar="P", help="2026（年）、2026-11（月）、2026-W48（周）"
    )
    p.add_argument(
        "--by",
        default="direction",
        choices=["domain", "direction", "town", "owner"],
        help="分组：领域、产业方向、镇街、负责人（默认：产业方向）",
    )
    json_flag(p)
    p.add_argument("--out", metavar="FILE", help="导出 Excel（.xlsx，每种分组一张表）或 PDF")


def run(args: argparse.Namespace) -> int:
    from app import fmt
    from app.deals import report
    from app.errors import UserError
    from cli.commands._out import info, print_json
    from cli.main import open_database

    period = report.parse_period(args.period)
    with open_database(args) as db:
        rep = report.build(db, period, args.by)
        if args.out is not None:
            out = args.out.lower()
            if out.endswith(".xlsx"):
                result = report.write_xlsx(db, period.text, args.out)
            elif out.endswith(".pdf"):
                from app import privacy
                from app.deals import report_html

                privacy.check_output_path(args.out, ".pdf")
                from ui import sheet_print  # Qt: only once the input is known good

                result = sheet_print.write_pdf(
                    [(report_html.TITLE, report_html.to_html(rep))], args.out
                )
            else:
                raise UserError("--out 应为 .xlsx 或 .pdf 文件")
            info(f"已导出：{result['file']}")
    if args.json:
        print_json(rep)
    elif args.out is None:
        print(f"招商统计 {rep['label']}（{rep['from']} 至 {rep['to']}）")
        print(f"新增线索 {rep['new_leads']} 个")
        print(f"签约 {rep['signed']['count']} 个，{fmt.money(rep['signed']['amount'])}")
        print(f"投产 {rep['landed']['count']} 个，{fmt.money(rep['landed']['amount'])}")
        print("期末各阶段：" + "，".join(f"{k} {v}" for k, v in rep["deals_by_stage"].items()))
        for d in rep["dropped"]:
            print(f"放弃：{d['reason']} {d['count']} 个")
        print(f"按{report.BY[args.by]}：")
        for r in rep["breakdown"]:
            print(
                f"  {r['label']}：签约 {r['signed_count']} 个 {fmt.money(r['signed_amount'])}，"
                f"投产 {r['landed_count']} 个 {fmt.money(r['landed_amount'])}"
            )
        for k, v in rep["targets"]["progress"].items():
            print(f"{report.TARGET_FIELDS[k][0]}目标完成 {v * 100:.1f}%")
    return 0
