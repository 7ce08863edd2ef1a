"""chainfill catalog show [--json] | catalog segment add / rename / remove"""

from __future__ import annotations

import argparse
from typing import Any

from cli.commands._args import action, command_group, json_flag

_WORDS_HELP = "用逗号（,，、）分开的词语"


def register(sub: argparse._SubParsersAction) -> None:
    csub = command_group(sub, "catalog", help="产业招商目录：查看，增删和改名产业链环节")
    show = action(csub, "show", run_show, help="显示目录（含本局修订）")
    json_flag(show)
    show.add_argument(
        "--plain", action="store_true", help="只显示规划原始目录，不含本局修订（不打开数据库）"
    )

    ssub = command_group(
        csub,
        "segment",
        help="修订产业链环节：新增、改名、删除（方向是固定的，不能增删）",
        description="修订产业链环节。修订保存在数据库中并记入操作日志；"
        "新增或删除环节后会重新分类企业并重新评分。",
    )

    add = action(
        ssub,
        "add",
        run_segment_add,
        help="在某个方向下新增环节（代码自动生成，如 equip.robot.custom1）",
        description="在某个方向下新增产业链环节。新环节是分类模型的新类别："
        "所有未经人工确认的企业会按新目录重新分类，然后重新评分。",
    )
    add.add_argument("direction", metavar="DIRECTION", help="方向代码，如 equip.robot")
    add.add_argument("name", metavar="NAME", help="环节名称，如 灵巧手")
    add.add_argument(
        "--position",
        required=True,
        metavar="POS",
        help="链条位置：upstream/上游、midstream/中游、downstream/下游",
    )
    add.add_argument(
        "--strength",
        default="missing",
        metavar="S",
        help="东莞本地基础：missing/缺失（默认）、weak/薄弱、present/具备、strong/优势",
    )
    add.add_argument(
        "--keywords", required=True, metavar="WORDS", help=f"关键词，{_WORDS_HELP}（至少一个）"
    )
    add.add_argument("--products", default="", metavar="WORDS", help=f"典型产品，{_WORDS_HELP}")
    add.add_argument("--description", default="", metavar="TEXT", help="环节说明")
    _common(add)

    ren = action(
        ssub, "rename", run_segment_rename, help="给环节改名（代码不变，企业的分类不受影响）"
    )
    ren.add_argument("code", metavar="CODE", help="环节代码，如 equip.robot.parts")
    ren.add_argument("name", metavar="NAME", help="新名称")
    json_flag(ren)

    rem = action(
        ssub,
        "remove",
        run_segment_remove,
        help="删除环节（有人工确认的企业时须用 --move-to 指定转入的环节）",
        description="删除产业链环节。经人工确认属于该环节的企业（及其修正记录）须转入同一方向的"
        "另一个环节（--move-to），否则拒绝删除；由模型分入该环节的企业会重新分类。"
        "每个方向至少保留一个环节。",
    )
    rem.add_argument("code", metavar="CODE", help="要删除的环节代码")
    rem.add_argument(
        "--move-to", metavar="CODE", help="把经人工确认的企业转入的环节代码（同一方向）"
    )
    _common(rem)

    _register_direction(csub)


def _register_direction(csub: Any) -> None:
    dsub = command_group(
        csub,
        "direction",
        help="修订产业方向（为下一轮规划）：新增、改名、退出",
        description="修订产业方向。规划的方向代码固定不变；新增方向用新代码，退出的代码不再使用。"
        "修订保存在数据库中并记入操作日志；之后会按新目录重新分类企业并重新评分，"
        "退出方向的企业转入待确认。",
    )
    add = action(
        dsub, "add", run_direction_add, help="新增方向（带一个初始环节，可再用 segment add 补充）"
    )
    add.add_argument("code", metavar="CODE", help="新方向代码，如 it.quantum（领域代码开头）")
    add.add_argument("name", metavar="NAME", help="方向名称")
    add.add_argument(
        "--domain", required=True, metavar="D", help="领域代码：it/equip/mat/energy/bio"
    )
    add.add_argument("--key", action="store_true", help="列为重点产业")
    add.add_argument("--keywords", default="", metavar="WORDS", help=f"关键词，{_WORDS_HELP}")
    _common(add)
    ren = action(
        dsub, "rename", run_direction_rename, help="给方向改名（代码不变，企业的分类不受影响）"
    )
    ren.add_argument("code", metavar="CODE")
    ren.add_argument("name", metavar="NAME")
    json_flag(ren)
    ret = action(dsub, "retire", run_direction_retire, help="退出方向：其企业转入待确认")
    ret.add_argument("code", metavar="CODE")
    _common(ret)


def run_direction_add(args: argparse.Namespace) -> int:
    from app import catalog_store
    from cli.commands._out import info, print_json
    from cli.main import open_database

    with open_database(args) as db:
        code = catalog_store.add_direction(
            db, args.code, args.name, args.domain.strip(), key=args.key, keywords=args.keywords
        )
        d = catalog_store.current(db).direction(code)
        assert d is not None  # just added
        info(f"已新增方向 {code}（{d.name}），初始环节 {d.segments[0].code}")
        summary = _refresh(db, args)
    if args.json:
        print_json(
            {"code": code, "name": d.name, "domain": d.domain, "key": d.key,
             "segments": [s.code for s in d.segments],
             "classified": (summary or {}).get("classified", 0)}
        )  # fmt: skip
    return 0


def run_direction_rename(args: argparse.Namespace) -> int:
    from app import catalog_store
    from cli.commands._out import info, print_json
    from cli.main import open_database

    with open_database(args) as db:
        catalog_store.rename_direction(db, args.code.strip(), args.name)
        d = catalog_store.current(db).direction(args.code.strip())
    assert d is not None
    info(f"方向 {d.code} 的名称为“{d.name}”")
    if args.json:
        print_json({"code": d.code, "name": d.name})
    return 0


def run_direction_retire(args: argparse.Namespace) -> int:
    from app import catalog_store
    from cli.commands._out import info, print_json
    from cli.main import open_database

    with open_database(args) as db:
        result = catalog_store.retire_direction(db, args.code.strip())
        info(
            f"方向 {result['direction']}（{result['name']}）已退出目录；"
            f"{result['firms']} 家企业转入待确认（其中 {result['unconfirmed']} 家原经人工确认）"
        )
        summary = _refresh(db, args)
    if args.json:
        print_json(result | {"classified": (summary or {}).get("classified", 0)})
    return 0


def _common(p: argparse.ArgumentParser) -> None:
    json_flag(p)
    p.add_argument(
        "--no-refresh",
        action="store_true",
        help="只修改目录，暂不重新分类和评分（之后运行 chainfill score 时会补做）",
    )


def run_show(args: argparse.Namespace) -> int:
    from cli.commands._out import print_json

    if args.plain:
        import catalog

        cat = catalog.load_default()
    else:
        from app import catalog_store
        from cli.main import open_database

        with open_database(args) as db:
            cat = catalog_store.current(db)
    if args.json:
        print_json(cat.to_json())
        return 0
    from catalog.model import POSITION_ZH, STRENGTH_ZH

    print(f"{cat.title}  目录版本 {cat.version}")
    for dom in cat.domains:
        print(f"\n【{dom.name}】")
        for d in (d for d in cat.directions if d.domain == dom.code):
            star = "★" if d.key else " "
            print(f" {star} {d.code:<22}{d.name}")
            for s in d.segments:
                # the code too: `catalog segment rename/remove` take it
                label = f"{POSITION_ZH[s.position]} {s.name}（{STRENGTH_ZH[s.strength]}）"
                print(f"      {label}  {s.code}")
    return 0


# -- segments ---------------------------------------------------------------------------------
def _choice(value: str, zh: dict[str, str]) -> str:
    """Accept the code or its Chinese label (上游, 缺失 …); anything else is left for the
    store to reject with the list of choices."""
    from app.parsing import label_key

    return label_key(value, zh) or value.strip().lower()


def _refresh(db: Any, args: argparse.Namespace) -> dict[str, Any] | None:
    import sys

    from app import pipeline
    from app.jobs import run_to_end
    from cli.commands._out import info

    if args.no_refresh:
        info("目录已修改；分类和评分尚未更新（运行 chainfill score 时会补做）。")
        return None
    info("正在按新目录重新分类企业并重新评分……")
    tty = sys.stderr.isatty()

    def progress(p: Any) -> None:
        if tty and p.message:
            print(f"\r{p.message}…", end="", file=sys.stderr, flush=True)

    summary = run_to_end(pipeline.refresh(db), progress)
    if tty:
        print("\r", end="", file=sys.stderr)
    info(f"完成：重新分类 {summary.get('classified', 0)} 家企业，评分已更新。")
    return summary


def _segment_json(seg: Any) -> dict[str, Any]:
    return {
        "code": seg.code,
        "direction": seg.direction,
        "name": seg.name,
        "position": seg.position,
        "strength": seg.strength,
        "keywords": list(seg.keywords),
        "products": list(seg.products),
        "description": seg.description,
    }


def run_segment_add(args: argparse.Namespace) -> int:
    from app import catalog_store
    from catalog.model import POSITION_ZH, STRENGTH_ZH
    from cli.commands._out import info, print_json
    from cli.main import open_database

    with open_database(args) as db:
        code = catalog_store.add_segment(
            db,
            args.direction.strip(),
            args.name,
            _choice(args.position, POSITION_ZH),
            _choice(args.strength, STRENGTH_ZH),
            args.keywords,
            args.products,
            args.description,
        )
        seg = catalog_store.current(db).segment(code)
        assert seg is not None  # just added
        info(f"已新增环节 {code}（{seg.name}）")
        summary = _refresh(db, args)
    if args.json:
        print_json(_segment_json(seg) | {"classified": (summary or {}).get("classified", 0)})
    return 0


def run_segment_rename(args: argparse.Namespace) -> int:
    from app import catalog_store
    from cli.commands._out import info, print_json
    from cli.main import open_database

    with open_database(args) as db:
        before = catalog_store.current(db).segment(args.code.strip())
        catalog_store.rename_segment(db, args.code.strip(), args.name)
        seg = catalog_store.current(db).segment(args.code.strip())
    assert seg is not None  # rename_segment refuses an unknown code
    if before is not None and before.name == seg.name:
        info(f"环节 {seg.code} 的名称本来就是“{seg.name}”，未作修改。")
    else:
        info(f"已把环节 {seg.code} 改名为“{seg.name}”")
    if args.json:
        print_json(_segment_json(seg) | {"previous_name": before.name if before else ""})
    return 0


def run_segment_remove(args: argparse.Namespace) -> int:
    from app import catalog_store
    from cli.commands._out import info, print_json
    from cli.main import open_database

    with open_database(args) as db:
        result = catalog_store.remove_segment(
            db, args.code.strip(), move_to=(args.move_to or "").strip() or None
        )
        lines = [f"已删除环节 {result['segment']}（{result['name']}）"]
        if result["moved"]:
            lines.append(f"{result['moved']} 家经人工确认的企业已转入 {result['move_to']}")
        if result["reclassify"]:
            lines.append(f"{result['reclassify']} 家企业待重新分类")
        info("；".join(lines))
        summary = _refresh(db, args)
    if args.json:
        print_json(result | {"classified": (summary or {}).get("classified", 0)})
    return 0
