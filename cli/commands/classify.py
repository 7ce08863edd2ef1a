"""chainfill classify IN --out OUT | retrain [--seed S] [--json] | classify-db [--all] [--json]

``classify`` needs no database: it reads a CSV or XLSX with the importer's readers (same
encodings, title rows and header aliases), copies every column and adds ``direction``,
``segment`` and ``confidence``. It uses the built-in model, or the model in force for a
database named with ``--db``.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import os
import sys
import tempfile
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

from cli.commands._args import action, json_flag

OUT_COLUMNS = ("direction", "segment", "confidence")
BATCH = 20000


def register(sub: argparse._SubParsersAction) -> None:
    p = action(sub, "classify", run_classify, help="为表格中的企业判断产业方向（不需要数据库）")
    p.add_argument("input", metavar="IN", help="企业表格（CSV 或 XLSX）")
    p.add_argument("--out", required=True, metavar="OUT.csv", help="输出文件（UTF-8 CSV）")
    json_flag(p, "以 JSON 输出统计")

    r = action(sub, "retrain", run_retrain, help="用目录和人工修正重新训练方向分类模型")
    r.add_argument("--seed", type=int, default=0, help="随机种子（默认 0，结果可复现）")
    json_flag(r, "以 JSON 输出模型信息和指标")

    c = action(sub, "classify-db", run_classify_db, help="为数据库中待分类的企业判断产业方向")
    c.add_argument("--all", action="store_true", help="重新分类全部企业（人工确认的除外）")
    json_flag(c, "以 JSON 输出统计")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):  # Excel stores dates as midnight datetimes
        if value.time() == datetime.min.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def _model(args: argparse.Namespace) -> Any:
    from app import classification

    if not getattr(args, "db", None):
        return classification.builtin_model()
    from cli.main import open_database

    with open_database(args, readonly=True) as db:
        model, warning = classification.load_model(db)
    if warning:
        print(f"提示：{warning}", file=sys.stderr)
    return model


def run_classify(args: argparse.Namespace) -> int:
    from app import filesafety
    from app.classification import TEXT_COLUMNS
    from app.errors import UserError
    from app.importing.headers import FIELDS, detect_mapping
    from app.importing.readers import open_sheet
    from app.privacy import csv_safe_row
    from cli.commands._out import info, print_json
    from scoring.text import firm_text

    out = filesafety.guard_output(
        args.out, flag="--out", db_path=filesafety.database_path(args), inputs=[args.input]
    )
    with open_sheet(args.input, assume_header=True) as sheet:
        headers = [str(h or "") for h in sheet.headers]
        mapping, _ = detect_mapping(headers)
        text_cols = {i: f for i, f in mapping.items() if f in TEXT_COLUMNS}
        if not text_cols:
            names = "、".join(FIELDS[f] for f in TEXT_COLUMNS if f in FIELDS)
            raise UserError(
                f"{Path(args.input).name} 中没有可用于分类的文字列（如 {names}）。"
                "请检查表头，或先用 chainfill import 的列名。"
            )
        # our three columns replace same-named input columns, else they are appended
        extra = [c for c in OUT_COLUMNS if c not in headers]
        out_headers = headers + extra
        where = {c: out_headers.index(c) for c in OUT_COLUMNS}
        model = _model(args)
        fd, tmp_name = tempfile.mkstemp(prefix=out.name + ".", suffix=".tmp", dir=out.parent)
        tmp = Path(tmp_name)
        counts: Counter[str] = Counter()
        read = 0
        try:
            with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(csv_safe_row(out_headers))
                pending: list[list[str]] = []
                for _rownum, cells in sheet.data_rows():
                    if not any(c not in (None, "") for c in cells):
                        continue
                    row = [_cell(c) for c in cells]
                    row += [""] * (len(out_headers) - len(row))
                    pending.append(row)
                    if len(pending) >= BATCH:
                        read += _flush(model, pending, text_cols, where, writer, counts, firm_text)
                        info(f"已分类 {read} 行")
                        pending = []
                if pending:
                    read += _flush(model, pending, text_cols, where, writer, counts, firm_text)
            os.replace(tmp, out)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
    in_catalog = sum(v for k, v in counts.items() if k)
    summary = {
        "read": read,
        "classified": read,
        "in_catalog": in_catalog,
        "none": counts.get("", 0),
        "by_direction": {k: v for k, v in sorted(counts.items()) if k},
        "out": str(out),
        "model": model.version_id,
    }
    if args.json:
        print_json(summary)
    else:
        info(f"已分类 {read} 家企业：{in_catalog} 家属于目录方向，{summary['none']} 家不属于。")
        info(f"结果已写入 {out}")
    return 0


def _flush(model, rows, text_cols, where, writer, counts, firm_text) -> int:
    from app.privacy import csv_safe_row

    texts = [firm_text({f: r[i] if i < len(r) else "" for i, f in text_cols.items()}) for r in rows]
    col = next((i for i, f in text_cols.items() if f == "industry"), None)
    industries = [r[col] if col is not None and col < len(r) else "" for r in rows]
    pred = model.predict(texts, industries=industries)
    for i, row in enumerate(rows):
        d = pred.directions[i]
        row[where["direction"]] = d
        row[where["segment"]] = pred.segments[i]
        row[where["confidence"]] = f"{float(pred.direction_prob[i]):.3f}"
        counts[d] += 1
        writer.writerow(csv_safe_row(row))
    return len(rows)


def run_retrain(args: argparse.Namespace) -> int:
    from app import classification
    from cli.commands._out import info, print_json
    from cli.main import open_database

    with open_database(args) as db:
        n = db.scalar("SELECT COUNT(*) FROM corrections") or 0
        info(f"正在用产业目录和 {n} 条人工修正重新训练分类模型……")
        model = classification.retrain(db, seed=args.seed)
    meta = model.meta
    if args.json:
        print_json(
            {
                "version": model.version_id,
                "catalog_version": meta.get("catalog_version"),
                "trained_at": meta.get("trained_at"),
                "seed": meta.get("seed"),
                "training": meta.get("training"),
                "metrics": meta.get("metrics"),
            }
        )
        return 0
    t, m = meta["training"], meta["metrics"]
    print(f"模型 {model.version_id}（目录 {meta.get('catalog_version')}，种子 {meta.get('seed')}）")
    print(
        f"训练文本：目录生成 {t['synthetic_texts']} 条，人工修正 {t['corrections']} 条；"
        f"用时 {t['seconds']} 秒"
    )
    skipped = t.get("corrections_skipped") or {}
    if skipped.get("unknown_segment"):
        print(f"其中 {skipped['unknown_segment']} 条修正的产业链环节已不在目录中，只用于学习方向。")
    print(
        f"留出检验 macro-F1 {m['holdout_macro_f1']:.3f}；温度 {m['temperature']:.3f}；"
        f"“不属于目录”阈值 {m['none_threshold']:.3f}"
    )
    if "corrections" in m:
        c = m["corrections"]
        print(
            f"人工修正的 {c['count']} 家企业：原模型判对 {c['before']:.1%}，新模型判对 {c['after']:.1%}"
        )
    info("未经人工确认的企业已标记为待重新分类；运行 chainfill classify-db 或在程序中“重新计算”。")
    return 0


def run_classify_db(args: argparse.Namespace) -> int:
    from app import classification
    from app.jobs import run_to_end
    from cli.commands._out import print_json
    from cli.main import open_database

    tty = sys.stderr.isatty()

    def show(p) -> None:
        end = "\r" if tty and p.total else "\n"
        print(p.message, end=end, file=sys.stderr, flush=True)

    with open_database(args) as db:
        job = classification.reclassify_all(db) if args.all else classification.classify_pending(db)
        n = run_to_end(job, show)
        if tty:
            print(file=sys.stderr)
        rows = db.query(
            "SELECT COALESCE(direction, '') AS d, COUNT(*) AS n FROM firms "
            "WHERE classified_at IS NOT NULL GROUP BY d ORDER BY d"
        )
    by = {r["d"]: r["n"] for r in rows}
    if args.json:
        print_json({"classified": n, "by_direction": by})
    else:
        print(f"已分类 {n} 家企业。", file=sys.stderr)
    return 0
