"""The main window: navigation on the left, the views in a stack, menus, status bar."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from ui import fmt, icons, messages, theme, views
from ui.context import ALL, FIRMS, SCORES, AppContext
from ui.widgets.common import spacing


def theme_metrics_width(label: QLabel) -> int:
    """Width of a label's text in its own font."""
    from PySide6.QtGui import QFontMetrics

    return QFontMetrics(label.font()).horizontalAdvance(label.text())


class JobStatus(QWidget):
    """Status-bar area showing the running background job with a cancel button."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 22)
        self.bar.setMaximumHeight(self.fontMetrics().height() + 4)
        self.bar.setTextVisible(False)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setFlat(True)
        lay.addWidget(self.label)
        lay.addWidget(self.bar)
        lay.addWidget(self.cancel)
        self.handles: list = []
        self.cancel.clicked.connect(self._cancel)
        self.hide()

    def add(self, handle) -> None:
        self.handles.append(handle)
        handle.progress.connect(lambda p, h=handle: self._progress(h, p))
        handle.done.connect(lambda h=handle: self._done(h))
        self._show(handle)

    def _show(self, handle) -> None:
        self.label.setText(handle.title)
        self.bar.setRange(0, 0)
        self.show()

    def _progress(self, handle, p) -> None:
        if not self.handles or handle is not self.handles[-1]:
            return
        if p.total:
            self.bar.setRange(0, max(1, p.total))
            self.bar.setValue(min(p.done, p.total))
        else:
            self.bar.setRange(0, 0)
        self.label.setText(f"{handle.title}  {p.message}".strip())

    def _done(self, handle) -> None:
        if handle in self.handles:
            self.handles.remove(handle)
        running = [h for h in self.handles if h.running]
        if running:
            self._show(running[-1])
        else:
            self.hide()

    def _cancel(self) -> None:
        if self.handles:
            self.handles[-1].cancel()


class MainWindow(QMainWindow):
    view_shown = Signal(str)
    first_paint = Signal()

    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx
        ctx.parent_widget = self
        self.specs = views.all_views()
        self.pages: dict[str, QWidget] = {}
        self.current_key: str | None = None
        self._painted = False
        self.setWindowIcon(icons.app_icon())
        self._build()
        self._build_menus()
        self._update_title()
        ctx.job_started.connect(self.jobs.add)
        ctx.data_changed.connect(self._on_data_changed)
        ctx.database_switched.connect(self._update_title)
        self._restore_geometry()
        self.update_status()

    # -- construction -------------------------------------------------------------------------
    def _build(self) -> None:
        central = QWidget()
        lay = QHBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)

        nav_panel = QWidget()
        nav_panel.setObjectName("navPanel")
        nav_panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        nav_lay = QVBoxLayout(nav_panel)
        s = spacing(self)
        nav_lay.setContentsMargins(0, int(s * 1.5), 0, s)
        nav_lay.setSpacing(2)
        brand = QHBoxLayout()
        brand.setContentsMargins(int(s * 1.4), 0, s, int(s * 0.8))
        logo = QLabel()
        h = self.fontMetrics().height()
        logo.setPixmap(icons.app_icon().pixmap(QSize(int(h * 2), int(h * 2))))
        brand.addWidget(logo)
        names = QVBoxLayout()
        names.setSpacing(0)
        title = QLabel(self.tr("ChainFill"))
        title.setObjectName("navTitle")
        title.setFont(theme.scaled_font(self.font(), 1.2, bold=True))
        sub = QLabel(self.tr("Dongguan Commerce Bureau"))
        sub.setObjectName("navSubtitle")
        sub.setFont(theme.scaled_font(self.font(), 0.85))
        names.addWidget(title)
        names.addWidget(sub)
        brand.addLayout(names)
        brand.addStretch(1)
        nav_lay.addLayout(brand)

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        icon_px = int(h * 1.25)
        self.nav.setIconSize(QSize(icon_px, icon_px))
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widest = 0
        for i, spec in enumerate(self.specs):
            item = QListWidgetItem(
                icons.icon(spec.icon, theme.NAV_TEXT, "#FFFFFF"), spec.translated_title()
            )
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(0, int(h * 2.5)))
            if i < 9:
                item.setToolTip(f"{spec.translated_title()}  (Ctrl+{i + 1})")
            self.nav.addItem(item)
            widest = max(widest, self.fontMetrics().horizontalAdvance(spec.translated_title()))
        sub_w = theme_metrics_width(sub)
        self.nav.setFixedWidth(
            max(widest + icon_px + int(s * 7), sub_w + int(h * 3.5), int(h * 10))
        )
        nav_panel.setFixedWidth(self.nav.width())
        nav_lay.addWidget(self.nav, 1)
        version = QLabel(f"v{__version__}")
        version.setObjectName("navSubtitle")
        version.setContentsMargins(int(s * 1.4), 0, 0, 0)
        nav_lay.addWidget(version)
        lay.addWidget(nav_panel)

        self.stack = QStackedWidget()
        lay.addWidget(self.stack, 1)
        for spec in self.specs:
            holder = QWidget()  # replaced by the real view on first visit
            holder.setProperty("view_key", spec.key)
            self.stack.addWidget(holder)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._on_nav)

        sb = self.statusBar()
        sb.setSizeGripEnabled(True)
        self.db_label = QLabel()
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count_label = QLabel()
        self.jobs = JobStatus()
        sb.addWidget(self.db_label, 1)
        sb.addPermanentWidget(self.jobs)
        sb.addPermanentWidget(self.count_label)

    def _build_menus(self) -> None:
        mb = self.menuBar()
        m_file = mb.addMenu(self.tr("&File"))
        self.act_import = self._action(
            m_file, self.tr("&Import firms…"), "Ctrl+I", self.open_import, "import"
        )
        self.act_report = self._action(
            m_file, self.tr("Last import &report…"), "", self.show_import_report
        )
        self.act_report.setEnabled(False)
        # Lists (专精特新 …), links and signals of movement (#16).
        self._action(
            m_file,
            self.tr("Import &lists, links or signals…"),
            "",
            self.open_targeting_import,
            "import",
        )
        m_file.addSeparator()
        self._action(m_file, self.tr("&Open database…"), "", self.open_database_dialog, "folder")
        self._action(
            m_file, self.tr("Connect to the &team database…"), "", self.connect_team_database
        )
        self._action(m_file, self.tr("&New database…"), "", self.new_database_dialog, "new")
        self._action(m_file, self.tr("&Back up now"), "", self.backup_now, "backup")
        m_file.addSeparator()
        # field laptops (docs/field-sync.md)
        self._action(m_file, self.tr("Check &out a working copy…"), "", self.check_out)
        self._action(m_file, self.tr("Check &in and merge…"), "", self.check_in)
        m_file.addSeparator()
        self.act_print = self._action(
            m_file, self.tr("&Print…"), QKeySequence.StandardKey.Print, self.print_current, "print"
        )
        m_file.addSeparator()
        self._action(m_file, self.tr("E&xit"), QKeySequence.StandardKey.Quit, self.close)

        m_view = mb.addMenu(self.tr("&View"))
        for i, spec in enumerate(self.specs):
            key = f"Ctrl+{i + 1}" if i < 9 else ""
            self._action(
                m_view, spec.translated_title(), key, lambda _=False, k=spec.key: self.show_view(k)
            )
        m_view.addSeparator()
        self._action(m_view, self.tr("&Find"), QKeySequence.StandardKey.Find, self.focus_search)
        self._action(m_view, self.tr("&Refresh"), "F5", self.refresh)

        m_tools = mb.addMenu(self.tr("&Tools"))
        self.act_recompute = self._action(
            m_tools,
            self.tr("Re&compute classification, gaps and scores"),
            "",
            self.recompute,
            "refresh",
        )
        self.act_retrain = self._action(
            m_tools, self.tr("Re&train the direction classifier"), "", self.retrain, "model"
        )

        m_help = mb.addMenu(self.tr("&Help"))
        self.act_guide = self._action(
            m_help, self.tr("&User guide"), QKeySequence.StandardKey.HelpContents, self.guide
        )
        self._action(m_help, self.tr("&About ChainFill"), "", self.about)

    def open_targeting_import(self):
        from ui.widgets.targeting import TargetingImportDialog

        dlg = TargetingImportDialog(self.ctx, self)
        dlg.open()
        return dlg

    def _action(self, menu, text, shortcut, slot, icon_name: str | None = None) -> QAction:
        act = QAction(text, self)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
        if icon_name:
            act.setIcon(icons.icon(icon_name))
        act.triggered.connect(slot)
        menu.addAction(act)
        self.addAction(act)  # shortcuts work even with the menu bar hidden
        return act

    # -- views ------------------------------------------------------------------------------
    def view(self, key: str) -> QWidget:
        """The view ``key``, built on first use."""
        if key in self.pages:
            return self.pages[key]
        index = next(i for i, s in enumerate(self.specs) if s.key == key)
        spec = self.specs[index]
        page = spec.create(self.ctx, self.stack)
        page.spec = spec
        old = self.stack.widget(index)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(old)
        old.deleteLater()
        self.pages[key] = page
        return page

    def show_view(self, key: str) -> QWidget:
        index = next((i for i, s in enumerate(self.specs) if s.key == key), None)
        if index is None:
            raise KeyError(key)
        if self.nav.currentRow() != index:
            self.nav.setCurrentRow(index)  # calls _on_nav
        else:
            self._on_nav(index)
        return self.pages[key]

    def _on_nav(self, row: int) -> None:
        if row < 0:
            return
        spec = self.specs[row]
        try:
            page = self.view(spec.key)
        except Exception as exc:
            messages.show_error(self, exc)
            return
        self.stack.setCurrentWidget(page)
        self.current_key = spec.key
        self.act_print.setEnabled(bool(getattr(page, "can_print", lambda: False)()))
        if self._painted:
            self._activate(page)
        else:
            # Loading starts once the window is on screen: a worker importing the scoring
            # libraries would otherwise compete with the first paint for the interpreter.
            self.first_paint.connect(lambda p=page: self._activate(p))
        self.view_shown.emit(spec.key)

    def _activate(self, page) -> None:
        if page is not self.stack.currentWidget():
            return
        try:
            page.activate()
        except Exception as exc:
            messages.show_error(self, exc)

    def current_view(self):
        return self.pages.get(self.current_key or "")

    def focus_search(self) -> None:
        page = self.current_view()
        if page is not None and page.focus_search():
            return
        self.show_view("firms").focus_search()

    def refresh(self) -> None:
        self.ctx.notify(ALL)
        page = self.current_view()
        if page is not None:
            page.refresh()

    def print_current(self) -> None:
        page = self.current_view()
        if page is not None and page.can_print():
            page.print_view()

    # -- status ----------------------------------------------------------------------------
    def _update_title(self) -> None:
        from app.sync.checkout import origin

        # A file by its name; the team database by its server and name (no password).
        short = self.ctx.db.name if self.ctx.is_team else self.ctx.db_path.name
        title = self.tr("ChainFill — value-chain investment promotion") + f" — {short}"
        shown = self.ctx.db.name
        if self.ctx.is_team:
            shown = self.tr("Team database %1").replace("%1", shown)
        label = self.tr("Database: %1").replace("%1", shown)
        copy = origin(self.ctx.db)  # a working copy for a field trip (docs/field-sync.md)
        if copy is not None:
            note = (
                self.tr("Working copy of %1, checked out %2")
                .replace("%1", str(copy["source"]))
                .replace("%2", str(copy["checked_out_at"]).replace("T", " ")[:16])
            )
            title += " — " + self.tr("working copy")
            label += " — " + note
        self.setWindowTitle(title)
        self.db_label.setText(label)
        self.db_label.setToolTip(shown)
        self.update_status()

    def update_status(self) -> None:
        try:
            n = self.ctx.firm_count()
        except Exception:
            n = None
        self.count_label.setText(self.tr("Firms: %1").replace("%1", fmt.integer(n)))

    def _on_data_changed(self, kind: str) -> None:
        if kind in (FIRMS, ALL):
            self.update_status()

    # -- actions ----------------------------------------------------------------------------
    def open_import(self, path: str | None = None):
        from ui.import_wizard import ImportWizard

        wizard = ImportWizard(self.ctx, self, path=path)
        wizard.imported.connect(self._after_import)
        wizard.open()
        return wizard

    def _after_import(self, report) -> None:
        self.act_report.setEnabled(True)
        self.ctx.notify(FIRMS)
        self.recompute()

    def show_import_report(self) -> None:
        if self.ctx.last_import is None:
            return
        from ui.import_wizard import ReportDialog

        report, rejects = self.ctx.last_import
        ReportDialog(report, rejects, self).open()

    def recompute(self) -> None:
        """Classify new firms, recompute gaps and scores (app.pipeline.refresh) in the background."""

        def job(db, cancel):
            from app import pipeline

            return pipeline.refresh(db, cancel)

        self.ctx.run(
            job,
            write=True,
            title=self.tr("Updating classification and scores"),
            on_result=lambda _r: self.ctx.notify(SCORES),
            on_done=lambda: self.ctx.notify("classification"),
        )

    def retrain(self) -> None:
        def job(db, cancel):
            from app import classification

            return classification.retrain(db)

        def done(result) -> None:
            messages.info(self, self.tr("The classifier has been retrained."))
            self.recompute()

        self.ctx.run(job, write=True, title=self.tr("Retraining the classifier"), on_result=done)

    def backup_now(self) -> None:
        if self.ctx.is_team:  # the server's backups are its administrator's (设置 says so)
            messages.info(
                self,
                self.tr(
                    "The team database is backed up on its server by the database "
                    "administrator, not on this laptop."
                ),
            )
            return

        def job(db, cancel):
            from app import backup

            return backup.auto_backup(db, reason="manual")

        def done(path) -> None:
            if path is not None:
                self.statusBar().showMessage(
                    self.tr("Backup written: %1").replace("%1", str(path)), 8000
                )
            self.ctx.notify("backups")

        self.ctx.run(job, title=self.tr("Backing up"), on_result=done)

    def open_database_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a ChainFill database"),
            str(self._local_folder()),
            self.tr("ChainFill databases (*.sqlite *.db);;All files (*)"),
        )
        if path:
            self.switch_database(path)

    def new_database_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Create a new ChainFill database"),
            str(self._local_folder() / "chainfill-new.sqlite"),
            self.tr("ChainFill databases (*.sqlite)"),
        )
        if not path:
            return
        if os.path.exists(path):
            messages.info(self, self.tr("That file already exists. Choose a new file name."))
            return
        self.switch_database(path)

    def check_out(self) -> None:
        from ui.sync_dialogs import check_out

        check_out(self)

    def check_in(self) -> None:
        from ui.sync_dialogs import check_in

        check_in(self)

    def _local_folder(self):
        """Where file dialogs start: the open file's folder, or the data folder when the
        team database (a server, no folder) is open."""
        from app import paths

        return paths.data_dir() if self.ctx.is_team else self.ctx.db_path.parent

    def connect_team_database(self) -> None:
        """设置/文件 → 连接团队数据库…: server, database, login and password, then switch."""
        from ui.connect_dialog import ConnectDialog

        dlg = ConnectDialog(self, self.ctx.settings)
        if dlg.exec() != ConnectDialog.DialogCode.Accepted or dlg.database is None:
            return
        self.ctx.adopt_database(dlg.database)

    def switch_database(self, path: str) -> None:
        from app import pg

        try:
            self.ctx.switch_database(path)
        except pg.PasswordNeeded as exc:
            # a remembered team database: ask for the password in the connect dialog
            from ui.connect_dialog import ConnectDialog

            dlg = ConnectDialog(self, self.ctx.settings, url=path, reason=exc.message)
            if dlg.exec() == ConnectDialog.DialogCode.Accepted and dlg.database is not None:
                self.ctx.adopt_database(dlg.database)
        except Exception as exc:
            messages.show_error(self, exc)

    def guide(self) -> None:
        from ui.guide import show_guide  # the Chinese user guide (resources/guide)

        self.guide_dialog = show_guide(self)

    def about(self) -> None:
        from ui.about import show_about  # versions, data folder and licences

        show_about(self)

    # -- window state ------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        st = self.ctx.settings
        restored = False
        if st.window_geometry:
            restored = self.restoreGeometry(QByteArray.fromBase64(st.window_geometry.encode()))
        if not restored:
            screen = QApplication.primaryScreen()
            avail = screen.availableGeometry() if screen else None
            if avail is not None and avail.width() > 0:
                w = min(1440, int(avail.width() * 0.92))
                h = min(900, int(avail.height() * 0.92))
                self.resize(w, h)
                self.move(avail.center().x() - w // 2, avail.center().y() - h // 2)
            else:
                self.resize(1440, 900)

    def save_state(self) -> None:
        st = self.ctx.settings
        st.window_geometry = bytes(self.saveGeometry().toBase64()).decode()
        st.last_view = self.current_key
        for page in self.pages.values():
            saver = getattr(page, "save_state", None)
            if saver is not None:
                saver(st)
        self.ctx.save_settings()

    def closeEvent(self, event) -> None:
        from ui import workers

        running = workers.active()
        if running and not messages.headless:
            ok = messages.ask(
                self,
                self.tr("A background task is still running (%1). Stop it and exit?").replace(
                    "%1", running[0].title
                ),
                default_yes=False,
            )
            if not ok:
                event.ignore()
                return
        if not messages.headless:  # the self-test leaves the person's settings alone
            self.save_state()
        workers.shutdown(15000)
        event.accept()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self._paint_time = time.time()
            # The count label is set before the first paint; the probe measures start-up.
            if os.environ.get("CHAINFILL_STARTUP_PROBE"):
                QTimer.singleShot(0, self._probe)
            # After this paint has reached the screen, not from inside it.
            QTimer.singleShot(0, self.first_paint.emit)

    def _probe(self) -> None:
        print(f"first-paint {self._paint_time:.4f} {self.count_label.text()}", flush=True)
        sys.stdout.flush()
        QApplication.instance().exit(0)
