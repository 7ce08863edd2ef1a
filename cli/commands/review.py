"""chainfill review [--limit N] [--json] | confirm FIRM [CODE[.SEGMENT] | none] [--no-refresh]

The review queue (app.review): the unconfirmed firms where the classifier is least sure or
disagrees with the firm's industry label, by how much a correction would move the ranking;
and a person's confirmation or correction of one firm's direction, audited, after which the
scores are brought up to date (unless ``--no-refresh``).
"""

from __future__ import annotations

import argparse
from typing import Any

from cli.commands._args import action, firm_arg, json_flag


def register(sub: argparse._SubParsersAction) -> None:
    r = action(sub, "review", run_review, help="列出最值得人工确认的企业（待确认队列）")
    r.add_argument("--limit", default="50", metavar="N", help="最多列出多少家（默认 50）")
    json_flag(r)

    c = action(
        sub,
        "confirm",
        run_confirm,
        help="确认或修正一家企业的产业方向",
        description="不给代码：确认模型当前的判断；给出方向代码（如 it.components）、"
        "产业链环节代码（如 it.components.ic_design）、方向或环节的完整中文名称，"
        "或 none（不属于目录）：记录人工修正。",
    )
    firm_arg(c)
    c.add_argument(
        "code",
        nargs="?",
        metavar="CODE[.SEGMENT] | none",
        help="方向或产业链环节的代码或名称，或 none",
    )
    c.add_argument(
        "--no-refresh",
        action="store_true",
        help="确认后不重新评分（批量确认时最后运行一次 chainfill score 即可）",
    )
    json_flag(c)


def _limit(text: str) -> int:
    from app.errors import UserError

    try:
        n = int(str(text).strip())
    except ValueError:
        n = 0
    if n < 1:
        raise UserError(f"--limit 应为正整数，实际为“{text}”")
    return n


def _call(item: dict[str, Any], names: dict[str, str]) -> str:
    d = item["direction"]
    if not d:
        return "不属于目录"
    seg = names.get(item["segment"], "")
    return names.get(d, d) + (f"·{seg}" if seg else "")


def run_review(args: argparse.Namespace) -> int:
    from app import review
    from cli.commands._out import info, json_or_empty
    from cli.main import open_database
    from scoring.confidence import BAND_ZH

    limit = _limit(args.limit)
    with open_database(args, readonly=True) as db:
        items = review.queue(db, limit)
    if json_or_empty(args, items, "待确认队列为空：没有把握不足或与所属行业不符的未确认企业。"):
        return 0
    print("编号\t企业\t模型判断\t把握\t所属行业提示\t原因\t排名影响")
    for it in items:
        rec = it.to_json()
        names = it.names
        if it.label_directions is None:
            label = "—"
        elif not it.label_directions:
            label = "不属于目录"
        else:
            label = "、".join(names.get(c, c) for c in it.label_directions)
        why = "、".join(
            review.REASON_ZH[r]
            + (
                f"（原为{names.get(it.retired_direction, it.retired_direction)}）"
                if r == "retired"
                else ""
            )
            for r in it.reasons
        )
        impact = f"{it.impact:.1f} 分" if it.score is not None else "—（非候选）"
        print(
            f"{it.firm_id}\t{it.name}\t{_call(rec, names)}\t"
            f"{BAND_ZH[it.band]}（{it.confidence:.0%}）\t{label}\t{why}\t{impact}"
        )
    info(
        f"共 {len(items)} 家。确认：chainfill confirm 编号；"
        "修正：chainfill confirm 编号 方向代码[.环节] 或 none"
    )
    return 0


def run_confirm(args: argparse.Namespace) -> int:
    from app import review
    from cli.commands._out import info, print_json
    from cli.main import open_database

    with open_database(args) as db:
        rec = review.confirm(db, args.firm, args.code)
        if not args.no_refresh:
            from app import pipeline
            from cli.commands.score import _drain

            _drain(pipeline.refresh_if_stale(db))
        rec["score"] = db.scalar("SELECT score FROM scores WHERE firm_id = ?", (rec["firm_id"],))
        from app import catalog_store

        cat = catalog_store.current(db)

    def name(direction: str, segment: str | None) -> str:
        if not direction:
            return "不属于目录"
        d = cat.direction(direction)
        s = cat.segment(segment) if segment else None
        return (d.name if d else direction) + (f"·{s.name}" if s else "")

    new = name(rec["direction"], rec["segment"])
    if rec["kind"] == "confirm":
        info(f"已确认“{rec['name']}”（编号 {rec['firm_id']}）：{new}")
    else:
        old = name(rec["previous_direction"], rec["previous_segment"])
        info(f"已修正“{rec['name']}”（编号 {rec['firm_id']}）：{old} → {new}")
    if args.json:
        print_json(rec)
    return 0
