"""Start the desktop application: ``chainfill gui [--demo] [--self-test]``."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog

from app import logs, paths
from app import settings as app_settings
from app.errors import UserError
from ui import i18n, icons, messages, theme
from ui.context import ALL, AppContext

translate = QCoreApplication.translate  # pyside6-lupdate finds translate("ctx", "…")


def application() -> QApplication:
    """The QApplication, created and styled once (tests reuse pytest-qt's)."""
    app = QApplication.instance()
    if app is None:
        QApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(sys.argv[:1])
    app.setApplicationName("ChainFill")
    app.setOrganizationName("ChainFill")
    app.setApplicationDisplayName("")
    if not app.property("chainfill_styled"):
        theme.apply(app)
        app.setWindowIcon(icons.app_icon())
        app.setProperty("chainfill_styled", True)
    return app


def choose_db(db_path: str | None, demo: bool, settings: app_settings.Settings) -> str | Path:
    """--demo, then --db, then CHAINFILL_DB, then the last database used (a file that still
    exists, or a team database's URL), then the default. A URL stays a string."""
    from app import pg

    if demo:
        return paths.demo_db()
    if db_path:
        return db_path.strip() if pg.is_url(db_path) else Path(db_path)
    if os.environ.get("CHAINFILL_DB"):
        return paths.default_target()
    if settings.last_db and pg.is_url(settings.last_db):
        return settings.last_db
    if settings.last_db and Path(settings.last_db).is_file():
        return Path(settings.last_db)
    return paths.default_db()


def run(
    db_path: str | None, demo: bool, self_test: bool, size: tuple[int, int] | None = None
) -> int:
    """Open the main window (``size``: its size in logical pixels); returns the exit code."""
    with contextlib.suppress(OSError):  # an unwritable data folder must not stop the app
        logs.setup("gui --self-test" if self_test else "gui")
    settings = app_settings.load()
    app = application()
    i18n.install(settings.language)
    messages.headless = self_test
    path = choose_db(db_path, demo, settings)
    is_new = isinstance(path, Path) and not path.exists()
    try:
        ctx = AppContext(path, settings)
    except UserError as exc:
        if self_test:
            print(f"自检失败：{exc.message}", file=sys.stderr)
            return 2
        if not isinstance(path, str):
            QMessageBox.critical(None, translate("main", "ChainFill"), exc.message)
            return 2
        team = team_or_local(path, settings, exc.message)
        if team is None:
            return 2
        ctx = team
    if not demo and not self_test:
        settings.remember_db(path)
        ctx.save_settings()

    from ui.mainwindow import MainWindow

    window = MainWindow(ctx)
    start = "dashboard" if self_test else (settings.last_view or "dashboard")
    if size is not None:
        window.resize(*size)
    window.show()
    try:
        window.show_view(start)
    except KeyError:
        window.show_view("dashboard")

    if demo and ctx.firm_count() == 0:
        QTimer.singleShot(0, lambda: fill_demo(window, ctx))
    elif is_new and not self_test:
        QTimer.singleShot(0, lambda: welcome(window, ctx))
    if not self_test and not ctx.is_team:  # a server's integrity and backups are its own
        from ui.restore import startup_checks

        QTimer.singleShot(4000, lambda: startup_checks(window, ctx))

    if self_test:
        from ui.selftest import SelfTest

        test = SelfTest(window, size)
        QTimer.singleShot(0, test.start)
        app.exec()
        ctx.close()
        return test.exit_code
    code = app.exec()
    ctx.close()
    return int(code)


def team_or_local(url: str, settings: app_settings.Settings, reason: str) -> AppContext | None:
    """The team database could not be opened at start-up (no password at hand, a wrong one,
    the server unreachable): ask in the connect dialog; cancelled, offer the local database
    instead. None: the person wants neither."""
    from ui.connect_dialog import ConnectDialog

    dlg = ConnectDialog(None, settings, url=url, reason=reason)
    if dlg.exec() == QDialog.DialogCode.Accepted and dlg.database is not None:
        return AppContext(dlg.database, settings)
    local = paths.default_db()
    answer = QMessageBox.question(
        None,
        translate("main", "ChainFill"),
        translate("main", "Work in the local database instead?") + f"\n{local}",
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        return AppContext(local, settings)
    except UserError as exc:
        QMessageBox.critical(None, translate("main", "ChainFill"), exc.message)
        return None


def fill_demo(window, ctx: AppContext, firms: int | None = None, seed: int = 1) -> None:
    """Generate demo data into the (empty) database, with a progress dialog, then score it."""
    from app import demo

    n = firms or demo.DEFAULT_FIRMS
    dialog = QProgressDialog(
        translate("main", "Generating demo data…"), translate("main", "Cancel"), 0, 0, window
    )
    dialog.setWindowTitle(translate("main", "Demo database"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setMinimumWidth(dialog.fontMetrics().horizontalAdvance("0") * 60)
    # The build has several phases (firms, then classification and scores, then projects):
    # a phase reaching its maximum must not close the dialog while the next one runs, or
    # the overview shows 0 for many seconds with no sign that work goes on.
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)

    def job(db, cancel):
        return (yield from demo.build(db, n, seed, cancel))

    def progress(p) -> None:
        if p.total:
            dialog.setRange(0, p.total)
            dialog.setValue(min(p.done, p.total))
        else:
            dialog.setRange(0, 0)
        if p.message:
            dialog.setLabelText(p.message)

    def finished(_result) -> None:
        dialog.reset()
        ctx.notify(ALL)

    handle = ctx.run(
        job,
        write=True,
        title=translate("main", "Generating demo data"),
        on_progress=progress,
        on_result=finished,
        on_done=dialog.reset,
        announce=False,
    )
    dialog.canceled.connect(handle.cancel)
    if not messages.headless:
        dialog.show()


def welcome(window, ctx: AppContext) -> None:
    """First start on a new, empty database: offer the import wizard or the demo database."""
    if ctx.firm_count() > 0:
        return
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("main", "Welcome to ChainFill"))
    box.setText(translate("main", "A new, empty database has been created:") + f"\n{ctx.db_path}")
    box.setInformativeText(
        translate(
            "main",
            "Import a firm list (an Excel or CSV export) to begin, or open the demo database "
            "with fictional firms to look around first.",
        )
    )
    b_import = box.addButton(
        translate("main", "Import a firm list…"), QMessageBox.ButtonRole.AcceptRole
    )
    b_demo = box.addButton(
        translate("main", "Open the demo database"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(translate("main", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is b_import:
        window.open_import()
    elif box.clickedButton() is b_demo:
        window.switch_database(str(paths.demo_db()))
        if ctx.firm_count() == 0:
            fill_demo(window, ctx)
