"""Shared by the flags, links and signals commands: progress, the file check, the refresh."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

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
