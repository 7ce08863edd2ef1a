"""设置: database file, interface language, ranking weights, 本人信息 and backups."""

from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QProcess, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app import paths
from app.store import firms as store_firms
from app.store import meta as store_meta
from ui import fmt, i18n, messages
from ui.views.base import View
from ui.widgets.common import LEFT, Card, make_button, muted, scroll_area, spacing
from ui.widgets.fx_rates import RatesEditor
from ui.widgets.tables import column_modes, read_only_table
from ui.widgets.weights import WeightsEditor


def load_database_facts(db, cancel) -> dict:
    """Facts about the open database and its backups (read in a worker)."""
    from app import backup

    size = 0
    backups = []
    # The team database has no file here, and its backups are the server's (the
    # administrator's pg_dump, docs/team-database.md): no size on disk, no backup list.
    team = bool(db.is_postgres)
    for suffix in () if team else ("", "-wal"):
        p = Path(str(db.path) + suffix)
        if p.exists():
            size += p.stat().st_size
    for p in () if team else backup.list_backups(db):
        try:
            st = p.stat()
        except OSError:
            continue
        backups.append((p, st.st_size, datetime.fromtimestamp(st.st_mtime)))
    return {
        "size": size,
        "firms": store_firms.count(db),
        "version": db.version,
        "created": store_meta.created_at(db),
        "backups": backups,
        "keep": backup.keep_count(db),
    }


def backup_reason(name: str) -> str:
    """What made a backup, from the end of its file name."""
    reasons = {
        "daily": QApplication.translate("SettingsView", "daily"),
        "manual": QApplication.translate("SettingsView", "by hand"),
        "before-restore": QApplication.translate("SettingsView", "before a restore"),
        "import": QApplication.translate("SettingsView", "before an import"),
    }
    stem = Path(name).stem
    for key, label in reasons.items():
        if stem.endswith(key):
            return label
    if "-migrate-" in stem:
        return QApplication.translate("SettingsView", "before an upgrade")
    return ""


class SettingsView(View):
    key = "settings"

    def __init__(self, ctx, parent: QWidget | None = None, spec=None):
        super().__init__(ctx, parent, spec)
        self.make_registered_header()
        page = QWidget()
        self.root.addWidget(scroll_area(page), 1)
        s = spacing(self)
        grid = QGridLayout(page)
        grid.setContentsMargins(int(s * 1.8), int(s * 1.4), int(s * 1.8), int(s * 1.4))
        grid.setSpacing(int(s * 1.4))

        # Database.
        self.db_card = Card(self.tr("Database"), self.tr("Where ChainFill keeps its data."))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.db_path = QLabel()
        self.db_path.setWordWrap(True)
        self.db_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.db_facts = muted()
        form.addRow(self.tr("File"), self.db_path)
        form.addRow("", self.db_facts)
        self.db_card.body.addLayout(form)
        # Two rows: three in one row made the English page wider than a laptop screen.
        row = QGridLayout()
        self.open_btn = make_button(self.tr("Open another database…"), "folder")
        self.new_btn = make_button(self.tr("Create a new database…"), "new")
        self.folder_btn = make_button(self.tr("Show folder"))
        self.connect_btn = make_button(self.tr("Connect to the team database…"))
        row.addWidget(self.open_btn, 0, 0)
        row.addWidget(self.folder_btn, 0, 1)
        row.addWidget(self.new_btn, 1, 0)
        row.addWidget(self.connect_btn, 1, 1)
        row.setColumnStretch(2, 1)
        self.db_card.body.addLayout(row)
        self.recent = QComboBox()
        self.recent.setPlaceholderText(self.tr("Recently used databases"))
        self.recent.activated.connect(self._open_recent)
        self.db_card.body.addWidget(self.recent)
        self.open_btn.clicked.connect(lambda: self.window().open_database_dialog())
        self.new_btn.clicked.connect(lambda: self.window().new_database_dialog())
        self.connect_btn.clicked.connect(lambda: self.window().connect_team_database())
        self.folder_btn.clicked.connect(lambda: self._show_folder(self.ctx.db_path.parent))
        grid.addWidget(self.db_card, 0, 0)

        # Language.
        self.lang_card = Card(
            self.tr("Language"), self.tr("The language of the interface. Chinese is the default.")
        )
        lrow = QHBoxLayout()
        self.language = QComboBox()
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.settings.language)))
        self.language.currentIndexChanged.connect(self._language_changed)
        lrow.addWidget(self.language)
        self.restart_btn = make_button(self.tr("Restart now"), "refresh")
        self.restart_btn.clicked.connect(self.restart)
        self.restart_btn.hide()
        lrow.addWidget(self.restart_btn)
        lrow.addStretch(1)
        self.lang_card.body.addLayout(lrow)
        self.lang_note = muted()
        self.lang_card.body.addWidget(self.lang_note)
        grid.addWidget(self.lang_card, 1, 0)

        # Ranking weights.
        self.weights_card = Card(
            self.tr("Ranking weights"),
            self.tr(
                "How the overall score of a candidate combines its three parts. Stored in the "
                "database, so colleagues sharing it rank the same way."
            ),
        )
        self.weights = WeightsEditor(ctx)
        self.weights_card.body.addWidget(self.weights)
        grid.addWidget(self.weights_card, 2, 0)

        # 本人信息: the person named as 负责人 / 编制人 instead of the computer's login.
        self.user_card = Card(
            self.tr("Your details"),
            self.tr(
                "Named as the owner of shortlists, the compiler of dossiers and in the change "
                "log, instead of the computer's login name."
            ),
        )
        uform = QFormLayout()
        uform.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.user_edits: dict[str, QLineEdit] = {}
        for attr, label in (
            ("user_name", self.tr("Name")),
            ("user_section", self.tr("Section")),
            ("user_phone", self.tr("Phone")),
        ):
            edit = QLineEdit(getattr(ctx.settings, attr) or "")
            edit.setMaxLength(60)
            edit.editingFinished.connect(lambda a=attr: self._user_changed(a))
            uform.addRow(label, edit)
            self.user_edits[attr] = edit
        # Who that name is on this database (its list of people, app.people).
        self.person_label = muted()
        self.person_label.setObjectName("personRole")
        self.person_label.setWordWrap(True)
        uform.addRow(self.person_label)
        self.user_card.body.addLayout(uform)
        self._show_person()
        ctx.database_switched.connect(self._show_person)
        grid.addWidget(self.user_card, 3, 0)

        # Backups.
        self.backup_card = Card(self.tr("Backups"))
        self.backups = QTableWidget(0, 3)
        self.backups.setHorizontalHeaderLabels(
            [self.tr("Backup time"), self.tr("Reason"), self.tr("Size")]
        )
        read_only_table(self.backups)
        self.backups.horizontalHeader().setDefaultAlignment(LEFT)
        self.backups.setShowGrid(False)
        column_modes(self.backups.horizontalHeader(), stretch=[0], fit=[1, 2])
        self.backups.setMinimumHeight(self.fontMetrics().height() * 14)
        self.backup_card.body.addWidget(self.backups, 1)
        self.backup_btn = make_button(self.tr("Back up now"), "backup", primary=True)
        self.backup_btn.clicked.connect(self._backup_now)
        self.backup_folder_btn = make_button(self.tr("Show backup folder"), "folder")
        self.backup_folder_btn.clicked.connect(lambda: self._show_folder(paths.backups_dir()))
        self.restore_btn = make_button(self.tr("Restore selected…"), "refresh")
        self.restore_btn.clicked.connect(self._restore_selected)
        self.restore_file_btn = make_button(self.tr("Restore from file…"), "folder")
        self.restore_file_btn.clicked.connect(self._restore_from_file)
        # Two rows of two: one row of four widened the page past a laptop screen.
        brow = QGridLayout()
        brow.addWidget(self.backup_btn, 0, 0)
        brow.addWidget(self.backup_folder_btn, 0, 1)
        brow.addWidget(self.restore_btn, 1, 0)
        brow.addWidget(self.restore_file_btn, 1, 1)
        brow.setColumnStretch(2, 1)
        self.backup_card.body.addLayout(brow)
        krow = QHBoxLayout()
        keep_label = QLabel(self.tr("Automatic backups to keep:"))
        self.keep = QSpinBox()
        self.keep.setRange(1, 365)
        self.keep.setValue(10)
        keep_label.setBuddy(self.keep)
        self.keep.editingFinished.connect(self._keep_changed)
        krow.addWidget(keep_label)
        krow.addWidget(self.keep)
        krow.addStretch(1)
        self.backup_card.body.addLayout(krow)
        grid.addWidget(self.backup_card, 0, 1, 2, 1)

        # Exchange rates for foreign-currency capital (its own widget: ui/widgets/fx_rates.py).
        self.rates_card = Card(
            self.tr("Exchange rates"), self.tr("Yuan per unit of each currency.")
        )
        self.rates = RatesEditor(ctx)
        self.rates_card.body.addWidget(self.rates)
        grid.addWidget(self.rates_card, 2, 1, 2, 1)

        # Where candidates come from (#16): a database-wide setting, like the weights.
        from ui.widgets.targeting import RegionsEditor

        self.regions_card = Card(
            self.tr("Candidate regions"),
            self.tr(
                "Where the ranked candidates are registered: cities, Hong Kong and Macao, or "
                "foreign firms (with their country). Firms of Dongguan are its local base."
            ),
        )
        self.regions = RegionsEditor(ctx)
        self.regions_card.body.addWidget(self.regions)
        grid.addWidget(self.regions_card, 4, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)
        ctx.data_changed.connect(lambda kind: self.reload() if kind == "backups" else None)

    def depends_on(self) -> tuple[str, ...]:
        return ("firms", "backups", "scores")

    # -- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        team = self.ctx.is_team
        self.db_path.setText(
            self.tr("Team database %1").replace("%1", self.ctx.db.name)
            if team
            else str(self.ctx.db_path)
        )
        self.folder_btn.setEnabled(not team)  # a server has no folder here
        current = self.ctx.db.name if team else str(self.ctx.db_path.resolve())
        self.recent.blockSignals(True)
        self.recent.clear()
        for p in self.ctx.settings.recent_dbs:
            if p != current:
                self.recent.addItem(p, p)
        self.recent.setCurrentIndex(-1)
        self.recent.setEnabled(self.recent.count() > 0)
        self.recent.blockSignals(False)
        self.weights.load()
        self.rates.load()
        self.regions.load()
        self._language_changed()
        self.track(self.ctx.run(load_database_facts, announce=False, on_result=self._show_facts))

    def _show_facts(self, f: dict) -> None:
        created = f.get("created")
        facts = (
            self.tr("%1 firms · on the team's server · schema version %3 · created %4")
            if self.ctx.is_team
            else self.tr("%1 firms · %2 on disk · schema version %3 · created %4")
        )
        self.db_facts.setText(
            facts.replace("%1", fmt.integer(f["firms"]))
            .replace("%2", fmt.file_size(f["size"]))
            .replace("%3", str(f["version"]))
            .replace("%4", fmt.day(created) if created else fmt.DASH)
        )
        self.keep.blockSignals(True)
        self.keep.setValue(int(f["keep"]))
        self.keep.blockSignals(False)
        rows = f["backups"]
        self.backups.setRowCount(len(rows))
        for r, (p, size, when) in enumerate(rows):
            it = QTableWidgetItem(fmt.timestamp(when))
            it.setToolTip(str(p))
            it.setData(Qt.ItemDataRole.UserRole, str(p))
            self.backups.setItem(r, 0, it)
            self.backups.setItem(r, 1, QTableWidgetItem(backup_reason(p.name)))
            sz = QTableWidgetItem(fmt.file_size(size))
            sz.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.backups.setItem(r, 2, sz)
        team = self.ctx.is_team
        for w in (self.backup_btn, self.restore_btn, self.restore_file_btn, self.keep):
            w.setEnabled(not team)
        if team:
            # The server's data is backed up on the server, by its administrator (pg_dump):
            # a laptop's copy of a shared database would be a stale, personal-data-laden file.
            self.backup_card.hint.setText(
                self.tr(
                    "The team database is backed up on its server by the database "
                    "administrator (docs/team-database.md, section 3), not on this laptop."
                )
            )
        else:
            self.backup_card.hint.setText(
                self.tr(
                    "A backup is made on the first start of each day and before imports, "
                    "restores and upgrades; the newest %1 are kept. Backups are in %2."
                )
                .replace("%1", str(f["keep"]))
                .replace("%2", str(paths.backups_dir()))
            )
        self.backup_card.hint.show()

    # -- actions ------------------------------------------------------------------------------
    def _open_recent(self, index: int) -> None:
        path = self.recent.itemData(index)
        if path:
            self.window().switch_database(path)

    def _show_folder(self, folder: Path) -> None:
        if not messages.headless:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _keep_changed(self) -> None:
        n = self.keep.value()

        def job(db, cancel):
            from app import backup

            db.set_setting(backup.SETTING_KEEP, n)
            return n

        self.track(
            self.ctx.run(job, write=True, announce=False, on_result=lambda _n: self.reload())
        )

    def _restore_selected(self) -> None:
        from ui.restore import confirm_and_restore

        rows = self.backups.selectionModel().selectedRows()
        if not rows:
            self.window().statusBar().showMessage(
                self.tr("Select a backup in the list first."), 6000
            )
            return
        path = self.backups.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        if path:
            confirm_and_restore(self, self.ctx, path)

    def _restore_from_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from ui.restore import confirm_and_restore

        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from file"),
            str(paths.backups_dir()),
            self.tr("ChainFill database (*.sqlite *.db);;All files (*)"),
        )
        if path:
            confirm_and_restore(self, self.ctx, path)

    def _backup_now(self) -> None:
        self.backup_btn.setEnabled(False)

        def job(db, cancel):
            from app import backup

            return backup.auto_backup(db, reason="manual")

        def done(path) -> None:
            self.ctx.notify("backups")
            if path is not None:
                self.window().statusBar().showMessage(
                    self.tr("Backup written: %1").replace("%1", str(path)), 8000
                )

        self.track(
            self.ctx.run(
                job,
                title=self.tr("Backing up"),
                on_result=done,
                on_done=lambda: self.backup_btn.setEnabled(True),
            )
        )

    def _user_changed(self, attr: str) -> None:
        text = " ".join(self.user_edits[attr].text().split()) or None
        if getattr(self.ctx.settings, attr) == text:
            return
        if attr != "user_name" or text is None:
            setattr(self.ctx.settings, attr, text)
            self.ctx.save_settings()
            self._show_person()
            return
        # A name picks the person on this database's list, or adds them (app.people.choose:
        # the first person on a database without a 管理员 becomes it); refused, it stays unset.
        section = self.ctx.settings.user_section
        name = text

        def job(db, cancel):
            from app import people

            return people.choose(db, name, section=section)

        def chosen(result) -> None:
            person, _added = result
            self.ctx.settings.user_name = person.name
            self.ctx.save_settings()
            self.user_edits["user_name"].setText(person.name)
            self._show_person()
            self.ctx.notify("people")

        def refused(error) -> None:
            self.user_edits["user_name"].setText(self.ctx.settings.user_name or "")
            messages.show_error(self, error)

        self.track(
            self.ctx.run(
                job,
                write=True,
                title=self.tr("Choosing the person"),
                on_result=chosen,
                on_error=refused,
                announce=False,
                receiver=self,
            )
        )

    def _show_person(self) -> None:
        """Say who the name is on this database: role, or not on its list yet."""
        from app import people

        roles = {
            "admin": self.tr("administrator"),
            "staff": self.tr("investment officer"),
            "viewer": self.tr("read-only"),
        }
        try:
            person = people.current(self.ctx.db)
        except Exception:  # an ambiguous name is said when it is saved, not here
            self.person_label.setText("")
            return
        if person.id is None:
            text = self.tr("On this database: %1, not on its list of people.").replace(
                "%1", person.name
            )
        else:
            text = (
                self.tr("On this database: %1, %2.")
                .replace("%1", person.name)
                .replace("%2", roles.get(person.role or "", person.role or ""))
            )
            if not person.active:
                text += " " + self.tr("(deactivated)")
        self.person_label.setText(text)

    def _language_changed(self) -> None:
        code = self.language.currentData()
        if code != self.ctx.settings.language:
            self.ctx.settings.language = code
            self.ctx.save_settings()
        pending = code != i18n.current()
        self.restart_btn.setVisible(pending)
        self.lang_note.setText(
            self.tr("The new language is used after a restart.") if pending else ""
        )

    def restart(self) -> None:
        """Start a new ChainFill with the same arguments and close this one."""
        if getattr(sys, "frozen", False):
            program, args = sys.executable, sys.argv[1:]
        else:
            program, args = sys.executable, ["-m", "cli", *sys.argv[1:]]
        win = self.window()
        win.close()
        if win.isVisible():
            return  # the user kept the window open (a running job)
        QProcess.startDetached(program, args, os.getcwd())
        QApplication.instance().quit()

    def describe(self) -> str:
        return self.tr("%1 backups listed").replace("%1", str(self.backups.rowCount()))
