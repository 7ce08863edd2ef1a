"""What every view shares: the open database, the catalog in force, settings and background jobs.

The GUI thread has its own read connection for quick queries (counts, one page of a table).
Anything that writes, or may take longer than a blink, goes through :meth:`AppContext.run`, which
starts a worker with its own connection and announces the job so the status bar can show it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app import settings as app_settings
from app.db import Database
from app.jobs import Progress
from app.store import firms as store_firms
from ui import workers
from ui.messages import JobError, show_error

# Kinds of change announced by ``data_changed`` (views reload what depends on them).
FIRMS = "firms"  # firms added, edited, classified
CATALOG = "catalog"  # strengths or keywords edited
SCORES = "scores"  # gaps and scores recomputed, weights changed
PIPELINE = "pipeline"  # outreach stages
ALL = "all"


class AppContext(QObject):
    POLL_MS = 3000  # how often to look for changes committed by other connections

    data_changed = Signal(str)
    database_switched = Signal()
    job_started = Signal(object)  # ui.workers.JobHandle

    def __init__(
        self, db_path: str | Path | Database, settings: app_settings.Settings | None = None
    ):
        super().__init__()
        self.settings = settings or app_settings.load()
        # an already opened database: the connect dialog's team database
        # (a server URL stays a string: Database tells it from a file, a Path of it would not)
        self.db = db_path if isinstance(db_path, Database) else Database(db_path)
        # db_path names the database in the window (a file, or the server's URL without
        # password); what opens it again — in the worker threads too — is db.target.
        self.db_path = self.db.path
        self._catalog = None
        self._firm_count: int | None = None
        self.parent_widget = None  # the main window, for dialogs
        self.last_import = None  # (ImportReport, rejects CSV) of this session's last import
        self.data_changed.connect(self._forget)
        # Other people's changes appear without a restart: a few-second poll of SQLite's
        # data_version (which moves when another connection commits). This window's own
        # write jobs move it too; they announce their changes themselves, so a change seen
        # while one runs or just after it is not announced again.
        self._writes_running = 0
        self._own_write_done = False
        self._data_version = self._read_data_version()
        self.poll = QTimer(self)
        self.poll.setInterval(self.POLL_MS)
        self.poll.timeout.connect(self.check_for_changes)
        self.poll.start()

    # -- data -------------------------------------------------------------------------------
    def catalog(self):
        """The catalog in force (shipped file plus staff edits), cached until it changes."""
        if self._catalog is None:
            from app import catalog_store

            self._catalog = catalog_store.current(self.db)
        return self._catalog

    def firm_count(self) -> int:
        if self._firm_count is None:
            self._firm_count = store_firms.count(self.db)
        return self._firm_count

    def direction_name(self, code: str | None) -> str:
        return self._name("direction", code)

    def segment_name(self, code: str | None) -> str:
        return self._name("segment", code)

    def _name(self, level: str, code: str | None) -> str:
        """The catalog's name of a direction or segment code; the code itself where the
        catalog does not know it (or cannot be read)."""
        if not code:
            return ""
        try:
            node = getattr(self.catalog(), level)(code)
        except Exception:
            return code
        return node.name if node is not None else code

    def _forget(self, kind: str) -> None:
        if kind in (CATALOG, ALL):
            self._catalog = None
        if kind in (FIRMS, ALL):
            self._firm_count = None

    def notify(self, kind: str) -> None:
        """Tell every view that ``kind`` of data has changed.

        Dropped once the database is closed: a job that finishes while the window closes
        must not make the views read from it.
        """
        if self.db.closed:
            return
        self.data_changed.emit(kind)

    def _read_data_version(self) -> int | None:
        try:
            return None if self.db.closed else self.db.data_version()
        except Exception:  # a closed or broken connection: the next switch resets it
            return None

    def check_for_changes(self) -> bool:
        """Announce (``data_changed(ALL)``) changes committed by other connections since the
        last look; True when announced. Called by the poll timer."""
        version = self._read_data_version()
        if version is None or version == self._data_version:
            return False
        self._data_version = version
        if self._writes_running or self._own_write_done:
            self._own_write_done = self._writes_running > 0
            return False
        self.notify(ALL)
        bar = getattr(self.parent_widget, "statusBar", None)
        if bar is not None:
            bar().showMessage(
                QCoreApplication.translate("AppContext", "Changes saved by others were loaded."),
                5000,
            )
        return True

    # -- database ---------------------------------------------------------------------------
    @property
    def is_team(self) -> bool:
        """Whether this is the team database on a PostgreSQL server (not a file)."""
        return bool(self.db.is_postgres)

    def switch_database(self, path: str | Path) -> None:
        """Open another database (a file, created if new, or a team database's URL) and make
        every view reload."""
        self.adopt_database(Database(path))

    def adopt_database(self, new: Database) -> None:
        """Make the already opened ``new`` this window's database (the connect dialog opens
        a team database itself, so that a wrong password is asked again there)."""
        workers.shutdown(5000)
        old = self.db
        self.db, self.db_path = new, new.path
        old.close()
        self.settings.remember_db(_remembered(new))
        self.save_settings()
        self._catalog = None
        self._firm_count = None
        self._data_version = self._read_data_version()
        self.database_switched.emit()
        self.data_changed.emit(ALL)

    def save_settings(self) -> None:
        # Settings are a convenience; never fail an action over them.
        with contextlib.suppress(OSError):
            app_settings.save(self.settings)

    def close(self) -> None:
        self.poll.stop()
        self.db.close()

    # -- background work --------------------------------------------------------------------
    def run(
        self,
        fn: Callable[[Database, Any], Any],
        *,
        write: bool = False,
        title: str = "",
        on_result: Callable[[Any], Any] | None = None,
        on_error: Callable[[JobError], Any] | None = None,
        on_progress: Callable[[Progress], Any] | None = None,
        on_cancelled: Callable[[], Any] | None = None,
        on_done: Callable[[], Any] | None = None,
        announce: bool = True,
        receiver: QObject | None = None,
    ) -> workers.JobHandle:
        """Run ``fn(db, cancel)`` on a worker with its own connection.

        Errors are shown to the user unless ``on_error`` handles them. ``announce`` puts the job
        in the status bar with a progress bar and a cancel button. With ``receiver`` the
        callbacks are dropped once that widget is deleted (a result may arrive after its
        window closed).
        """
        if receiver is not None:
            on_result, on_error, on_progress, on_cancelled, on_done = (
                _while_alive(receiver, cb)
                for cb in (on_result, on_error, on_progress, on_cancelled, on_done)
            )
        done_cb = on_done
        if write:
            self._writes_running += 1

            def done_cb() -> None:
                self._writes_running = max(0, self._writes_running - 1)
                self._own_write_done = True
                if on_done is not None:
                    on_done()

        handle = workers.start(
            fn,
            self.db.target,
            write=write,
            title=title,
            parent=self,
            on_result=on_result,
            on_progress=on_progress,
            on_cancelled=on_cancelled,
            on_done=done_cb,
        )
        handle.failed.connect(
            on_error if on_error is not None else (lambda e: show_error(self.parent_widget, e))
        )
        if announce:
            self.job_started.emit(handle)
        return handle


def _while_alive(obj: QObject, callback: Callable[..., Any] | None) -> Callable[..., Any] | None:
    """``callback``, called only while ``obj``'s C++ object still exists."""
    if callback is None:
        return None

    def call(*args: Any) -> Any:
        if shiboken6.isValid(obj):
            return callback(*args)
        return None

    return call


def _remembered(db: Database) -> str:
    """What the recent-databases list keeps: the file, or the URL without any password."""
    from app import pg

    return pg.without_password(db.url) if db.is_postgres else str(db.path)
