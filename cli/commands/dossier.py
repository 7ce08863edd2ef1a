"""chainfill dossier (--firm ID|USCC|NAME | --shortlist NAME) --out FILE.pdf"""

from __future__ import annotations

import argparse
import sys

from cli.commands._args import action, json_flag


def register(sub: argparse._SubParsersAction) -> None:
    p = action(sub, "dossier", run, help="生成走访档案 PDF（单家企业或整份名单）")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--firm", metavar="FIRM", help="企业编号、统一社会信用代码或完整名称")
    which.add_argument("--shortlist", metavar="NAME", help="名单名称：整份名单合成一个 PDF，带目录")
    dest = p.add_mutually_exclusive_group(required=True)
    dest.add_argument("--out", metavar="FILE.pdf", help="输出的 PDF 文件")
    dest.add_argument("--printer", metavar="NAME", help="直接发送到这台打印机")
    p.add_argument("--prepared-by", metavar="NAME", help="编制人（默认：当前用户）")
    json_flag(p, "以 JSON 输出结果（页数、用时）")


def run(args: argparse.Namespace) -> int:
    from app import dossier, privacy
    from app.ranking import resolve_firm
    from cli.commands._out import info, print_json
    from cli.main import open_database

    with open_database(args) as db:
        # Everything that can be wrong with the input is checked before Qt is loaded.
        if args.firm is not None:
            ids = [resolve_firm(db, args.firm)]
            shortlist = None
        else:
            from app import shortlists

            shortlist = shortlists.get(db, args.shortlist)["name"]
            ids = dossier.shortlist_firms(db, shortlist)
        if args.out is not None:
            privacy.check_output_path(args.out, ".pdf")
        from ui import dossier_print as printing  # Qt: only once the input is known good

        def progress(p) -> None:
            if sys.stderr.isatty() and p.total:
                print(f"\r{p.message[:40]:<40} {p.done}/{p.total}", end="", file=sys.stderr)

        if args.printer is not None:
            pages = printing.print_dossiers(
                db, ids, args.printer, shortlist=shortlist, prepared_by=args.prepared_by
            )
            result = {"printer": args.printer, "firms": len(ids), "pages": pages}
        else:
            result = printing.write_pdf(
                db,
                ids,
                args.out,
                shortlist=shortlist,
                prepared_by=args.prepared_by,
                on_progress=progress,
            )
        if sys.stderr.isatty():
            print(file=sys.stderr)
    if args.json:
        print_json(result)
    else:
        where = result.get("file") or f"打印机 {result.get('printer')}"
        info(f"已生成 {result['firms']} 家企业的走访档案，共 {result['pages']} 页：{where}")
    return 0
