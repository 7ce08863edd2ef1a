"""chainfill score | gaps | explain | weights | propensity train

Ranked candidates, segment gaps, one firm's explanation, the ranking weights and the landing
propensity model. ``score`` brings the stored scores up to date first (classifies pending
firms and re-ranks when anything they depend on has changed).
"""

from __future__ import annotations

import argparse
import math
import sys
import unicodedata
from typing import Any

from cli.commands._args import action, command_group, firm_arg, json_flag


def register(sub: argparse._SubParsersAction) -> None:
    p = action(
        sub, "score", run_score, help="按补链契合度、企业实力、落地可能性排名的深圳、广州候选企业"
    )
    from app.filesafety import int_argument

    p.add_argument(
        "--top", type=int_argument, default=30, metavar="N", help="显示前 N 家（默认 30）"
    )
    p.add_argument("--city", metavar="C", help="只看某城市（深圳市 / 广州市）")
    p.add_argument("--direction", metavar="D", help="只看某方向（方向代码，如 equip.robot）")
    p.add_argument(
        "--anchor",
        metavar="FIRM",
        help="以商引商：列出与这家企业关联的候选企业（先供应商，再客户、同一集团）",
    )
    p.add_argument(
        "--strategy",
        metavar="补链|强链|延链",
        help="改用某招商策略（连同其保存的权重）并重新排名；之后一直有效",
    )
    json_flag(p)

    g = action(sub, "gaps", run_gaps, help="各产业链环节的缺口（按缺口从大到小）")
    json_flag(g)

    e = action(sub, "explain", run_explain, help="一家企业的得分及理由")
    firm_arg(e)
    json_flag(e)
    e.add_argument(
        "--detail", action="store_true", help="同时列出计算明细（各分项得分、权重、缺口和因素）"
    )

    w = action(sub, "weights", run_weights, help="查看或设置排名权重（设置后立即重新排名）")
    w.add_argument("--gap-fit", type=float, metavar="X", help="补链契合度的权重")
    w.add_argument("--capability", type=float, metavar="Y", help="企业实力的权重")
    w.add_argument("--propensity", type=float, metavar="Z", help="落地可能性的权重")
    json_flag(w)

    psub = command_group(sub, "propensity", help="落地可能性模型（用本局的落地 / 放弃结果训练）")
    t = action(psub, "train", run_propensity_train, help="用已落地 / 已放弃的结果训练，并重新排名")
    json_flag(t)


# -- helpers ------------------------------------------------------------------------------
def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _cut(s: str, width: int) -> str:
    out: list[str] = []
    w = 0
    for ch in s:
        cw = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if w + cw > width:
            return "".join(out)[:-1] + "…" if out else ""
        out.append(ch)
        w += cw
    return "".join(out)


def _pad(s: str, width: int, right: bool = False) -> str:
    s = _cut(s, width)
    gap = " " * (width - _width(s))
    return gap + s if right else s + gap


def table(headers: list[str], rows: list[list[str]], widths: list[int], right: set[int]) -> str:
    """A plain-text table that lines up Chinese (double-width) characters."""
    lines = [
        "  ".join(
            _pad(h, w, i in right) for i, (h, w) in enumerate(zip(headers, widths, strict=True))
        )
    ]
    lines.append("  ".join("─" * w for w in widths))
    for r in rows:
        lines.append(
            "  ".join(
                _pad(c, w, i in right) for i, (c, w) in enumerate(zip(r, widths, strict=True))
            )
        )
    return "\n".join(line.rstrip() for line in lines)


def _num(x: Any, fmt: str) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "—"
    return format(x, fmt)


def _progress(p: Any) -> None:
    if sys.stderr.isatty() and p.message:
        print(f"\r{p.message}…", end="", file=sys.stderr, flush=True)


def _drain(job: Any) -> Any:
    from app.jobs import run_to_end

    try:
        return run_to_end(job, _progress)
    finally:
        if sys.stderr.isatty():
            print("\r", end="", file=sys.stderr)


# -- commands -----------------------------------------------------------------------------
def run_score(args: argparse.Namespace) -> int:
    from app import pipeline, ranking
    from app.errors import UserError
    from cli.commands._out import info, print_json
    from cli.main import open_database

    if args.top < 0:
        raise UserError("--top 不能为负数")
    if args.anchor and (args.city or args.direction):
        raise UserError("--anchor 不能与 --city、--direction 同时使用")
    from app.targeting import anchor as anchoring
    from app.targeting import strategies

    if args.strategy:
        strategies.check(args.strategy)
    with open_database(args) as db:
        anchor_id = ranking.resolve_firm(db, args.anchor) if args.anchor else None
        if args.direction:
            from app import catalog_store

            if catalog_store.current(db).direction(args.direction) is None:
                raise UserError(f"未知的方向代码“{args.direction}”（见 chainfill catalog show）")
        if args.strategy:  # bad input has failed above: nothing was written
            w = strategies.use(db, args.strategy)
            ranking.set_weights(db, **w.to_json())
            info(f"招商策略：{args.strategy}（{strategies.STRATEGIES[args.strategy].rule}）")
        result = _drain(pipeline.refresh_if_stale(db))
        if result is not None:
            r = result["rescore"]
            info(f"已更新评分：{r['candidates']:,} 家候选企业，用时 {r['seconds']:.1f} 秒")
        if anchor_id is not None:
            found = anchoring.candidates(db, anchor_id, args.top)
            return _print_anchor(found, args.json)
        rows = ranking.top(db, args.top, city=args.city, direction=args.direction)
        from app.targeting import regions

        where = regions.describe(regions.get(db))
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        info(f"没有可排名的候选企业（只对 {where} 的企业排名）。")
        return 0
    body = [
        [
            str(r["rank"]),
            _num(r["score"], ".1f"),
            r["name"],
            r["city"].removesuffix("市"),
            _where_in_catalog(r),
            _num(r["gap_fit"], ".2f"),
            _num(r["capability"], ".2f"),
            _num(r["propensity"], ".2f"),
            r["why"],
        ]
        for r in rows
    ]
    print(
        table(
            ["名次", "得分", "企业", "城市", "方向·环节", "补链", "实力", "落地", "理由"],
            body,
            [4, 5, 30, 4, 34, 4, 4, 4, 200],
            right={0, 1, 5, 6, 7},
        )
    )
    info("得分 0–100；补链、实力、落地为 0–1。查看某家企业的详细理由：chainfill explain 编号")
    return 0


def _where_in_catalog(r: dict[str, Any]) -> str:
    """方向·环节 of a ranked row (the direction alone without a segment; — without either)."""
    if r["segment_name"]:
        return f"{r['direction_name']}·{r['segment_name']}"
    return r["direction_name"] or "—"


def _print_anchor(found: dict[str, Any], as_json: bool) -> int:
    from cli.commands._out import info, print_json

    rows = found["rows"]
    if as_json:
        print_json(rows)
        return 0
    a = found["anchor"]
    if not rows:
        info(
            f"{a['name']}：库中关联企业 {found['linked_in_database']} 家，其中没有候选地区的"
            f"待引进企业（库外关联企业 {found['linked_outside_database']} 家）。"
        )
        return 0
    print(f"以商引商：{a['name']}（编号 {a['id']}）的关联候选企业")
    body = [
        [
            str(r["anchor_rank"]),
            r["relation"],
            _num(r["score"], ".1f"),
            r["name"],
            r["city"].removesuffix("市"),
            _where_in_catalog(r),
            r["why"],
        ]
        for r in rows
    ]
    print(
        table(
            ["序", "关系", "得分", "企业", "城市", "方向·环节", "理由"],
            body,
            [3, 8, 5, 30, 4, 30, 200],
            right={0, 2},
        )
    )
    if found["linked_outside_database"]:
        info(f"另有 {found['linked_outside_database']} 家关联企业不在库中（chainfill links show）")
    return 0


def run_gaps(args: argparse.Namespace) -> int:
    from app import ranking
    from catalog.model import POSITION_ZH, STRENGTH_ZH
    from cli.commands._out import print_json
    from cli.main import open_database

    with open_database(args) as db:
        gaps = ranking.compute_gaps(db)
    if args.json:
        print_json([g.to_json() for g in gaps])
        return 0
    body = [
        [
            f"{g.gap:.2f}",
            f"{g.direction_name}{'★' if g.key else ''}",
            g.segment_name,
            POSITION_ZH.get(g.position, g.position),
            STRENGTH_ZH.get(g.strength, g.strength),
            str(g.local_firms),
            str(g.large_firms),
            g.note,
        ]
        for g in gaps
    ]
    print(
        table(
            ["缺口", "方向", "环节", "位置", "本地基础", "东莞企业", "规模较大", "提示"],
            body,
            [4, 18, 24, 4, 8, 8, 8, 70],
            right={0, 5, 6},
        )
    )
    print(
        "\n★ 十大重点产业。缺口 = 重点系数 × 本地基础系数 × (1 − 0.5 × 东莞企业证据)",
        file=sys.stderr,
    )
    return 0


def run_explain(args: argparse.Namespace) -> int:
    from app import pipeline, ranking
    from cli.commands._out import print_json
    from cli.main import open_database

    with open_database(args) as db:
        ranking.resolve_firm(db, args.firm)  # bad input fails before anything is written
        _drain(pipeline.refresh_if_stale(db))
        result = ranking.explain_firm(db, args.firm)
    if args.json:
        print_json(result)
    else:
        place = f"{result['city']}{result['district']}" or "地点不明"
        print(f"{result['name']}（{place}，编号 {result['id']}）")
        print(result["summary"])
        if args.detail:
            print("\n计算明细：\n" + result["detail"])
        else:
            from cli.commands._out import info

            info(f"计算明细：chainfill explain {result['id']} --detail")
    return 0


def run_weights(args: argparse.Namespace) -> int:
    from app import pipeline, ranking
    from cli.commands._out import info, print_json
    from cli.main import open_database
    from scoring.ranking import WEIGHT_ZH

    changing = any(v is not None for v in (args.gap_fit, args.capability, args.propensity))
    with open_database(args) as db:
        if changing:
            w = ranking.set_weights(
                db, gap_fit=args.gap_fit, capability=args.capability, propensity=args.propensity
            )
            from app.targeting import strategies

            strategies.remember(db, w)  # saved under the strategy in force
            result = _drain(pipeline.refresh(db))
            info(f"权重已保存并重新排名（{result['rescore']['seconds']:.1f} 秒）")
        else:
            w = ranking.get_weights(db)
        from app.targeting import strategies

        strategy = strategies.current(db)
    data = w.to_json()
    norm = w.normalised().to_json()
    if args.json:
        print_json(data | {"normalised": norm, "strategy": strategy})
        return 0
    print(f"招商策略：{strategy}")
    for k, v in data.items():
        print(f"{WEIGHT_ZH[k]}（{k}）：{v:g}（占 {norm[k]:.0%}）")
    return 0


def run_propensity_train(args: argparse.Namespace) -> int:
    from app import ranking
    from cli.commands._out import info, print_json
    from cli.main import open_database

    with open_database(args) as db:
        result = ranking.train_propensity(db)
        rescored = _drain(ranking.rescore(db))
    result["rescore"] = rescored
    if args.json:
        print_json(result)
    else:
        print(result["message"])
        info(
            f"已重新排名：{rescored['candidates']:,} 家候选企业，用时 {rescored['seconds']:.1f} 秒"
        )
    return 0
