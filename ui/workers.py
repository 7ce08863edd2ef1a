"""Run app jobs off the GUI thread.

A job is a function ``fn(db, cancel)`` that returns a value or a generator yielding
:class:`app.jobs.Progress` (the job generators of ``app``). It runs in a :class:`QRunnable` on a
thread pool with its OWN :class:`app.db.Database` connection (sqlite3 connections belong to one
thread). Progress, the result, an error or the cancellation come back to the GUI thread as Qt
signals of a :class:`JobHandle`.

Two pools: ``readers`` (several at once) and ``writer`` (one thread), so writes queue behind each
other instead of waiting on SQLite's lock — one writer at a time, and the GUI never blocks.
"""

from __future__ import annotations

import contextlib
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import GeneratorType
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app import logs
from app.db import Database
from app.errors import Cancelled
from app.jobs import CancelToken, Progress
from ui.messages import JobError, log_error

JobFn = Callable[[Any, CancelToken], Any]
PROGRESS_INTERVAL_S = 0.05  # no more than 20 progress signals a second


class JobHandle(QObject):
    """The GUI side of one running job. Its public signals are emitted in the GUI thread."""

    progress = Signal(object)  # app.jobs.Progress
    finished = Signal(object)  # the job's result
    failed = Signal(object)  # ui.messages.JobError
    cancelled = Signal()
    done = Signal()  # always emitted last, whatever happened

    # Emitted by the pool thread; queued to this object's (the GUI) thread, then re-emitted
    # publicly, so that plain Python callables connected to the public signals run in the GUI.
    _w_progress = Signal(object)
    _w_finished = Signal(object)
    _w_failed = Signal(object)
    _w_cancelled = Signal()
    _w_done = Signal()

    def __init__(self, title: str = "", parent: QObject | None = None):
        super().__init__(parent)
        self.title = title
        self.token = CancelToken()
        self.running = True
        self.result: Any = None
        self.error: JobError | None = None
        self.was_cancelled = False
        self.last_progress: Progress | None = None
        self._w_progress.connect(self._on_progress)
        self._w_finished.connect(self._on_finished)
        self._w_failed.connect(self._on_failed)
        self._w_cancelled.connect(self._on_cancelled)
        self._w_done.connect(self._on_done)

    def cancel(self) -> None:
        """Ask the job to stop at its next check; it rolls back and emits ``cancelled``."""
        self.token.cancel()

    def _on_progress(self, p: Progress) -> None:
        self.last_progress = p
        self.progress.emit(p)

    def _on_finished(self, result: Any) -> None:
        self.result = result
        self.finished.emit(result)

    def _on_failed(self, error: JobError) -> None:
        self.error = error
        self.failed.emit(error)

    def _on_cancelled(self) -> None:
        self.was_cancelled = True
        self.cancelled.emit()

    def _on_done(self) -> None:
        self.running = False
        try:
            self.done.emit()
        finally:
            _active.discard(self)


_active: set[JobHandle] = set()  # keeps running handles alive until they are done


def _emit(signal, *args) -> None:
    """Emit from a pool thread; the handle may be gone when the window is closing."""
    with contextlib.suppress(RuntimeError):
        signal.emit(*args)


class _Runnable(QRunnable):
    def __init__(self, handle: JobHandle, db_path: str | Path | None, fn: JobFn):
        super().__init__()
        self.setAutoDelete(True)
        self.handle = handle
        self.db_path = db_path
        self.fn = fn

    def run(self) -> None:  # runs on a pool thread
        h = self.handle
        db = None
        name, started = logs.job_name(self.fn), time.perf_counter()
        try:
            if self.db_path is not None:
                db = Database(self.db_path, migrate=False)
            result = self.fn(db, h.token)
            if isinstance(result, GeneratorType):
                name = logs.job_name(result)
                result = self._drain(result)
            logs.job_done(name, started, result)
            _emit(h._w_finished, result)
        except Cancelled:
            logs.job_stopped(name, started, "cancelled")
            _emit(h._w_cancelled)
        except BaseException as exc:
            logs.job_stopped(name, started, "failed")
            details = traceback.format_exc()
            from app.errors import UserError

            if not isinstance(exc, UserError):
                log_error(details)
            _emit(h._w_failed, JobError(exc, details))
        finally:
            if db is not None:
                db.close()
            _emit(h._w_done)

    def _drain(self, job) -> Any:
        last = 0.0
        pending: Progress | None = None
        try:
            while True:
                try:
                    p = next(job)
                except StopIteration as stop:
                    if pending is not None:
                        _emit(self.handle._w_progress, pending)
                    return stop.value
                # Jobs check the token themselves; this also stops one that checks rarely.
                self.handle.token.check()
                now = time.monotonic()
                if now - last >= PROGRESS_INTERVAL_S:
                    _emit(self.handle._w_progress, p)
                    last = now
                    pending = None
                else:
                    pending = p
        finally:
            # Runs the job's own clean-up (its transaction rolls back) if it did not finish.
            job.close()


# The pools by name and their sizes, made on first use: one writer, as the database has.
_POOL_THREADS = {"readers": 3, "writer": 1}
_pools: dict[str, QThreadPool] = {}


def _pool(name: str) -> QThreadPool:
    if name not in _pools:
        _pools[name] = QThreadPool()
        _pools[name].setMaxThreadCount(_POOL_THREADS[name])
    return _pools[name]


def readers() -> QThreadPool:
    return _pool("readers")


def writer() -> QThreadPool:
    return _pool("writer")


def start(
    fn: JobFn,
    db_path: str | Path | None,
    *,
    write: bool = False,
    title: str = "",
    parent: QObject | None = None,
    on_result: Callable[[Any], Any] | None = None,
    on_error: Callable[[JobError], Any] | None = None,
    on_progress: Callable[[Progress], Any] | None = None,
    on_cancelled: Callable[[], Any] | None = None,
    on_done: Callable[[], Any] | None = None,
) -> JobHandle:
    """Run ``fn(db, cancel)`` in the background; returns its handle (signals already wired)."""
    handle = JobHandle(title, parent)
    if on_result is not None:
        handle.finished.connect(on_result)
    if on_error is not None:
        handle.failed.connect(on_error)
    if on_progress is not None:
        handle.progress.connect(on_progress)
    if on_cancelled is not None:
        handle.cancelled.connect(on_cancelled)
    if on_done is not None:
        handle.done.connect(on_done)
    _active.add(handle)
    pool = writer() if write else readers()
    # db_path is the database's target: a file's Path or a server URL string, opened as given
    pool.start(_Runnable(handle, db_path, fn))
    return handle


def active() -> list[JobHandle]:
    """Jobs still running."""
    return [h for h in _active if h.running]


def shutdown(timeout_ms: int = 10000) -> bool:
    """Cancel every job and wait for the pools; True if they all stopped in time."""
    for h in list(_active):
        h.cancel()
    ok = True
    for pool in list(_pools.values()):
        ok = pool.waitForDone(timeout_ms) and ok
    return ok


def wait_idle(timeout_ms: int = 30000) -> bool:
    """Wait for running jobs to finish (tests and the self-test), processing events meanwhile."""
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(timeout_ms)
    while True:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        busy = any(h.running for h in _active)
        if not busy:
            # Deliver the queued signals of jobs that have just finished.
            QCoreApplication.processEvents()
            if not any(h.running for h in _active):
                return True
        if deadline.hasExpired():
            return False
        time.sleep(0.005)
