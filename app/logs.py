"""Diagnostics: the standard ``logging`` module, one rotating file in the user-data folder.

``setup()`` (called once by the CLI and the desktop app at start) sends the ``chainfill``
loggers to ``logs/chainfill.log`` (1 MB, three old files kept). The log names the version,
the jobs with their durations and counts, and the tracebacks of unexpected errors; it never
holds personal data. Messages carry counts and ids, not cell values, and a filter masks
anything that still looks like a phone number or an e-mail address.
"""

from __future__ import annotations

import dataclasses
import logging
import logging.handlers
import platform
import re
import sys
import time
from pathlib import Path
from typing import Any

from app import __version__, paths

LOG_FILE = "chainfill.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
ROOT = "chainfill"

_PHONE_RE = re.compile(r"(?<!\d)(?:\+?86[- ]?)?1[3-9]\d{9}(?!\d)|(?<!\d)0\d{2,3}-\d{7,8}(?!\d)")
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

_handler: logging.handlers.RotatingFileHandler | None = None


def get(name: str) -> logging.Logger:
    """The logger of one part of the program (``chainfill.<name>``)."""
    return logging.getLogger(f"{ROOT}.{name}")


def redact(text: str) -> str:
    """``text`` with phone numbers and e-mail addresses masked."""
    return _EMAIL_RE.sub("[e-mail]", _PHONE_RE.sub("[phone]", text))


class _Redact(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message)
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if clean != message:
            record.msg, record.args = clean, None
        return True


def log_file() -> Path:
    return paths.logs_dir() / LOG_FILE


def setup(program: str) -> Path:
    """Send the ``chainfill`` loggers to the rotating file (again if the data folder moved)."""
    global _handler
    path = log_file()
    logger = logging.getLogger(ROOT)
    if _handler is not None:
        if Path(_handler.baseFilename) == path:
            return path
        logger.removeHandler(_handler)
        _handler.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s [%(process)d] %(name)s: %(message)s")
    )
    handler.addFilter(_Redact())
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    _handler = handler
    get("start").info(
        "ChainFill %s (%s), Python %s, %s",
        __version__,
        program,
        platform.python_version(),
        "frozen" if getattr(sys, "frozen", False) else platform.platform(terse=True),
    )
    return path


def counts(result: Any) -> dict[str, int]:
    """The whole-number entries of a job's result (a dict or a dataclass): its counts."""
    if dataclasses.is_dataclass(result) and not isinstance(result, type):
        items = {f.name: getattr(result, f.name) for f in dataclasses.fields(result)}
    elif isinstance(result, dict):
        items = result
    else:
        return {}
    return {
        str(k): v
        for k, v in items.items()
        if isinstance(v, int) and not isinstance(v, bool) and not str(k).endswith("_id")
    }


def job_done(name: str, started: float, result: Any) -> None:
    """Log a finished job: its name, how long it took and its counts."""
    summary = ", ".join(f"{k}={v}" for k, v in counts(result).items())
    get("jobs").info(
        "%s done in %.2f s%s",
        name,
        time.perf_counter() - started,
        f": {summary}" if summary else "",
    )


def job_stopped(name: str, started: float, how: str) -> None:
    """Log a job that was cancelled or failed (``how``: "cancelled", "failed", …)."""
    get("jobs").info("%s %s after %.2f s", name, how, time.perf_counter() - started)


def job_name(job: Any) -> str:
    """A job generator's function name (``import_firms``, ``refresh`` …)."""
    return str(getattr(job, "__qualname__", None) or type(job).__name__)
