"""Long jobs as generators: they yield :class:`Progress` and check a :class:`CancelToken`.

The CLI drains a job with :func:`run_to_end`; the UI runs it on a QThreadPool (``ui/workers.py``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any, TypeVar

from app import logs
from app.errors import Cancelled
from resources.i18n import _

T = TypeVar("T")


@dataclass(frozen=True)
class Progress:
    done: int
    total: int | None  # None when the total is not known (a streamed file)
    message: str = ""


class CancelToken:
    """Set from any thread; the job raises :class:`Cancelled` at its next check."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled(_("已取消"))


Job = Generator[Progress, None, T]


def run_to_end(job: Job[T], on_progress: Callable[[Progress], Any] | None = None) -> T:
    """Drive a job generator to its end and return its result (logged: name, time, counts)."""
    name, started = logs.job_name(job), time.perf_counter()
    try:
        while True:
            try:
                progress = next(job)
            except StopIteration as stop:
                logs.job_done(name, started, stop.value)
                return stop.value
            if on_progress is not None:
                on_progress(progress)
    except Cancelled:
        logs.job_stopped(name, started, "cancelled")
        raise
    except BaseException:
        logs.job_stopped(name, started, "failed")
        raise
