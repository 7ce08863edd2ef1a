"""Shared by the flags, links and signals commands: progress, the file check, the refresh, and
the import command itself (its arguments; check the file, run the import job, rescore, report)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cli.commands._args import action, json_flag

SHOW = 20


def progress(p: Any) -> None:
    if sys.stderr.isatty() and p.message:
        sys.stderr.write("\r\033[K" + p.message)
        sys.stderr.flush()


def drain(job: Any) -> Any:
    from app.jobs import run_to_end

    try:
        return run_to_end(job, progress)
    finally:
        if sys.stderr.isatty():
            sys.stderr.write("\r\033[K")


def check_file(path: str) -> Path:
    """A PNG or an empty file is refused before the database is opened."""
    from app.importing.readers import check_file as check

    p = Path(path)
    check(p)
    return p


def refresh(db: Any, no_refresh: bool) -> dict[str, Any] | None:
    """Bring the scores up to date after a change (unless ``--no-refresh``)."""
    if no_refresh:
        return None
    from app import pipeline
    from cli.commands._out import info

    result = drain(pipeline.refresh_if_stale(db))
    if result is not None:
        r = result["rescore"]
        info(f"已重新评分：{r['candidates']:,} 家候选企业，用时 {r['seconds']:.1f} 秒")
    return result


def import_action(
    group: argparse._SubParsersAction,
    run: Callable[[argparse.Namespace], int],
    what: str,
    *,
    rescore: bool = True,
    **kwargs: Any,
) -> argparse.ArgumentParser:
    """``… import FILE [--no-refresh] [--json]``, whose ``run`` calls :func:`run_import`
    (``kwargs``: help, description): ``what`` names the file's content; ``--no-refresh``
    where the import changes the scores (``rescore``)."""
    parser = action(group, "import", run, **kwargs)
    parser.add_argument("file", metavar="FILE", help=f"{what}文件（CSV 或 XLSX）")
    if rescore:
        parser.add_argument("--no-refresh", action="store_true", help="导入后不重新评分")
    json_flag(parser)
    return parser


def run_import(
    args: argparse.Namespace,
    start: Callable[[Any, Path], Any],
    lines: Callable[[dict[str, Any], int], list[str]],
    *,
    rescore: bool = True,
) -> dict[str, Any]:
    """``… import FILE``: the file checked before the database is opened, ``start(db, path)``'s
    job run to its end, the scores refreshed if the import changes them (``rescore``; not with
    ``--no-refresh``), then the report as JSON (``--json``) or as ``lines(report, SHOW)``."""
    from cli.commands._out import print_json
    from cli.main import open_database

    path = check_file(args.file)
    with open_database(args) as db:
        report = drain(start(db, path))
        if rescore:
            refresh(db, args.no_refresh)
    if args.json:
        print_json(report)
    else:
        for line in lines(report, SHOW):
            print(line)
    return report
