"""The import wizard: file → preview and column mapping → validation (dry run) → import.

Nothing is written until the last page; the import itself is one transaction run in the
writer thread, with a progress bar and a cancel button (a cancel leaves the database as it
was). The report stays on screen, the rejected rows can be saved as CSV, and afterwards the
main window classifies and re-scores the new firms in the background.
"""

from __future__ import annotations

import csv
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ui import fmt, i18n, messages, theme
from ui.widgets.common import LEFT, make_button, muted, section_title, spacing
from ui.widgets.tables import column_modes, read_only_table

PREVIEW_DEBOUNCE_MS = 300
SHOWN_ROWS = 50

translate = QCoreApplication.translate  # pyside6-lupdate finds translate("ctx", "…")


def field_choices() -> list[tuple[str | None, str]]:
    """(field, label) for the mapping combo boxes: the importer's fields, in its order."""
    from app.importing import FIELDS
    from ui.field_labels import field_label

    out: list[tuple[str | None, str]] = [(None, translate("ImportWizard", "(do not import)"))]
    for f, zh in FIELDS.items():
        out.append((f, zh if i18n.is_chinese() else field_label(f)))
    return out


class ReportWidget(QWidget):
    """An import report: the counts, the rejected rows and the conflicts."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.report = None
        self.rejects_file: str | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        s = spacing(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setFont(theme.scaled_font(self.font(), 1.05, bold=True))
        lay.addWidget(self.summary)
        grid = QGridLayout()
        grid.setHorizontalSpacing(int(s * 2))
        self.counts: dict[str, QLabel] = {}
        names = [
            ("read", translate("ImportWizard", "Rows read")),
            ("added", translate("ImportWizard", "New firms")),
            ("updated", translate("ImportWizard", "Updated")),
            ("unchanged", translate("ImportWizard", "Unchanged")),
            ("rejected", translate("ImportWizard", "Rejected")),
            ("conflicts", translate("ImportWizard", "Conflicting values")),
        ]
        for i, (key, label) in enumerate(names):
            v = QLabel("—")
            v.setObjectName("kpiValue")
            v.setFont(theme.scaled_font(self.font(), 1.5, bold=True))
            lab = muted(label)
            grid.addWidget(v, 0, i)
            grid.addWidget(lab, 1, i)
            self.counts[key] = v
        lay.addLayout(grid)
        head = QHBoxLayout()
        self.rejects_title = section_title(translate("ImportWizard", "Rejected rows"))
        head.addWidget(self.rejects_title)
        head.addStretch(1)
        self.save_btn = make_button(translate("ImportWizard", "Save rejected rows as CSV…"), "save")
        self.save_btn.clicked.connect(self.save_rejects)
        head.addWidget(self.save_btn)
        lay.addLayout(head)
        self.rejects = QTableWidget(0, 4)
        self.rejects.setHorizontalHeaderLabels(
            [
                translate("ImportWizard", "Row"),
                translate("ImportWizard", "Column"),
                translate("ImportWizard", "Value"),
                translate("ImportWizard", "Reason"),
            ]
        )
        read_only_table(self.rejects)
        self.rejects.horizontalHeader().setDefaultAlignment(LEFT)
        self.rejects.setWordWrap(False)
        column_modes(self.rejects.horizontalHeader(), fit=[0, 1], interactive=[2], stretch=[3])
        self.rejects.setColumnWidth(2, self.fontMetrics().horizontalAdvance("中") * 14)
        lay.addWidget(self.rejects, 2)
        self.conflicts_title = section_title(
            translate("ImportWizard", "Values that differed from the database")
        )
        lay.addWidget(self.conflicts_title)
        self.conflicts = QTableWidget(0, 4)
        self.conflicts.setHorizontalHeaderLabels(
            [
                translate("ImportWizard", "Firm"),
                translate("ImportWizard", "Field"),
                translate("ImportWizard", "Was"),
                translate("ImportWizard", "Now (from this file)"),
            ]
        )
        self.conflicts.verticalHeader().hide()
        self.conflicts.horizontalHeader().setDefaultAlignment(LEFT)
        self.conflicts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflicts.setAlternatingRowColors(True)
        self.conflicts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.conflicts, 1)

    def show_report(self, report, rejects_file: str | None = None) -> None:
        self.report = report
        self.rejects_file = rejects_file
        self.summary.setText(report.summary())  # worded by the core catalog
        for key in ("read", "added", "updated", "unchanged", "rejected"):
            self.counts[key].setText(fmt.integer(getattr(report, key)))
        self.counts["conflicts"].setText(fmt.integer(report.conflicts_total))
        self.counts["rejected"].setStyleSheet(f"color: {theme.DANGER};" if report.rejected else "")
        rows = report.rejects
        self.rejects.setRowCount(len(rows))
        for r, rej in enumerate(rows):
            for c, text in enumerate((str(rej.row), rej.column, rej.value, rej.reason)):
                it = QTableWidgetItem(text)
                it.setToolTip(text)
                self.rejects.setItem(r, c, it)
        more = report.rejects_total - len(rows)
        title = translate("ImportWizard", "Rejected rows")
        if more > 0:
            title += "  " + translate(
                "ImportWizard", "(first %1 shown; save the CSV for all)"
            ).replace("%1", str(len(rows)))
        self.rejects_title.setText(title)
        self.save_btn.setEnabled(bool(report.rejected) and bool(rejects_file))
        conf = report.conflicts
        self.conflicts.setRowCount(len(conf))
        for r, c in enumerate(conf):
            from ui.field_labels import field_label

            for j, text in enumerate((c.firm, field_label(c.field), str(c.old), str(c.new))):
                self.conflicts.setItem(r, j, QTableWidgetItem(text))
        self.conflicts_title.setVisible(bool(conf))
        self.conflicts.setVisible(bool(conf))

    def save_rejects(self) -> None:
        if not self.rejects_file or not Path(self.rejects_file).exists():
            return
        source = Path(self.report.file)
        default = str(
            source.with_name(
                translate("ImportWizard", "%1_rejected rows.csv").replace("%1", source.stem)
            )
        )
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("ImportWizard", "Save rejected rows"),
            default,
            translate("ImportWizard", "CSV files (*.csv)"),
        )
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> None:
        from app import filesafety
        from app.errors import UserError

        try:
            filesafety.refuse_open_database(path, filesafety.REJECTS_FILE)
        except UserError as exc:
            messages.show_error(self, messages.JobError(exc))
            return
        try:
            shutil.copyfile(self.rejects_file, path)
        except OSError as exc:
            text = translate("ImportWizard", "Could not save %1: %2")
            messages.show_error(
                self,
                messages.JobError(
                    _user_error(text.replace("%1", path).replace("%2", exc.strerror or str(exc)))
                ),
            )


def _user_error(text: str):
    from app.errors import UserError

    return UserError(text)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose a firm list"))
        self.setSubTitle(
            self.tr(
                "An Excel (.xlsx) or CSV file: a registry export, an exchange list, a colleague's "
                "sheet or ChainFill's template. Nothing is written until the last step."
            )
        )
        lay = QVBoxLayout(self)
        form = QFormLayout()
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Path of the file"))
        self.browse = QPushButton(self.tr("Browse…"))
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        form.addRow(self.tr("File"), row)
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("e.g. registry export, November 2026"))
        form.addRow(self.tr("Source"), self.source)
        lay.addLayout(form)
        lay.addWidget(
            muted(
                self.tr(
                    "The source is recorded with every value this file brings in, so that the "
                    "firm's page can say where each value came from."
                )
            )
        )
        lay.addStretch(1)
        tpl = QHBoxLayout()
        tpl.addWidget(muted(self.tr("No list yet? Start from ChainFill's template.")), 1)
        self.template_btn = make_button(self.tr("Save the template…"), "export")
        self.template_btn.clicked.connect(self.save_template)
        tpl.addWidget(self.template_btn)
        lay.addLayout(tpl)
        self.browse.clicked.connect(self.choose)
        self.path.textChanged.connect(self._path_changed)
        self.registerField("path*", self.path)

    def choose(self) -> None:
        start = self.w.ctx.settings.import_dir or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a firm list"),
            start,
            self.tr("Firm lists (*.xlsx *.csv *.txt);;All files (*)"),
        )
        if path:
            self.path.setText(path)
            self.w.ctx.settings.import_dir = str(Path(path).parent)
            self.w.ctx.save_settings()

    def _path_changed(self, text: str) -> None:
        if text and not self.source.isModified():
            self.source.setText(Path(text).stem)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        p = Path(self.path.text().strip())
        return bool(self.path.text().strip()) and p.is_file()

    def save_template(self) -> None:
        from app.importing import template_headers

        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the import template"),
            str(Path.home() / self.tr("firm import template.csv")),
            self.tr("CSV files (*.csv)"),
        )
        if not path:
            return
        from app import filesafety
        from app.errors import UserError

        try:
            filesafety.refuse_open_database(path)
        except UserError as exc:
            messages.show_error(self, messages.JobError(exc))
            return
        try:
            with open(path, "w", encoding="utf-8-sig", newline="") as fh:
                csv.writer(fh).writerow(template_headers())
        except OSError as exc:
            text = self.tr("Could not write %1: %2")
            messages.show_error(
                self, _user_error(text.replace("%1", path).replace("%2", exc.strerror or str(exc)))
            )


class MappingPage(QWizardPage):
    """Shows the file as read and lets the person fix which column is which field."""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Check the columns"))
        self.setSubTitle(
            self.tr(
                "Every column of the file, with its first values. Choose the field each column "
                "holds in the drop-down above it (ChainFill pre-selects what it recognised), or "
                "choose not to import it. The firm name is needed."
            )
        )
        self.preview = None
        self.combos: list[QComboBox] = []
        self._job = None
        self._user_mapping: dict[int, str | None] | None = None
        lay = QVBoxLayout(self)
        self.info = QLabel()
        self.info.setWordWrap(True)
        lay.addWidget(self.info)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.8))
        lay.addWidget(self.table, 3)
        lay.addWidget(section_title(self.tr("Problems found in the first rows")))
        self.problems = QListWidget()
        self.problems.setMaximumHeight(self.fontMetrics().height() * 7)
        lay.addWidget(self.problems, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DEBOUNCE_MS)
        self.timer.timeout.connect(self._refresh_preview)

    def initializePage(self) -> None:
        self._user_mapping = None
        self.preview = None
        self.combos = []
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        self.problems.clear()
        self.info.setText(self.tr("Reading the file…"))
        self.load(None)

    def load(self, mapping: dict[int, str | None] | None) -> None:
        path = self.w.path()

        def job(db, cancel):
            from app import importing

            return importing.preview(path, mapping)

        self._job = self.w.ctx.run(
            job,
            announce=False,
            on_result=self._show,
            on_error=self._failed,
            # isComplete() looks at the job: ask again once it is really over.
            on_done=self.completeChanged.emit,
        )
        self.completeChanged.emit()

    def _failed(self, error) -> None:
        self.info.setText(error.message)
        self.info.setObjectName("danger")
        self.info.setStyleSheet(f"color: {theme.DANGER};")
        self.preview = None
        self.w.errors.append(error.message)
        if not error.is_user_error:
            messages.show_error(self, error)
        self.completeChanged.emit()

    def _show(self, pv) -> None:
        self.preview = pv
        self.info.setStyleSheet("")
        parts = [
            self.tr("Format: %1").replace("%1", pv.format.upper()),
            self.tr("Encoding: %1").replace("%1", pv.encoding_label or fmt.DASH),
            self.tr("Header in row %1").replace("%1", str(pv.header_row)),
        ]
        if pv.sheet_name:
            parts.append(self.tr("Sheet: %1").replace("%1", pv.sheet_name))
        parts.append(self.tr("%1 sample rows").replace("%1", str(len(pv.sample))))
        self.info.setText("　·　".join(parts))
        if not self.combos or len(self.combos) != len(pv.headers):
            self._build_table(pv)
        else:
            self._set_combos(pv.mapping)
        self.problems.clear()
        for text in pv.problems:
            self.problems.addItem(text)
        for text in pv.ignored:
            self.problems.addItem(self.tr("Not imported: %1").replace("%1", text))
        if not pv.problems and not pv.ignored:
            self.problems.addItem(self.tr("No problems in the first rows."))
        self.completeChanged.emit()

    def _build_table(self, pv) -> None:
        cols = len(pv.headers)
        rows = min(SHOWN_ROWS, len(pv.sample))
        self.table.clear()
        self.table.setColumnCount(cols)
        self.table.setRowCount(rows + 1)
        self.table.setHorizontalHeaderLabels([h or f"#{i + 1}" for i, h in enumerate(pv.headers)])
        self.table.setVerticalHeaderLabels([self.tr("Field"), *[str(i + 1) for i in range(rows)]])
        choices = field_choices()
        self.combos = []
        em = self.fontMetrics().horizontalAdvance("中")
        for c in range(cols):
            combo = QComboBox()
            for f, label in choices:
                combo.addItem(label, f)
            combo.setMinimumWidth(em * 8)
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.table.setCellWidget(0, c, combo)
            self.combos.append(combo)
        self.table.setRowHeight(0, int(self.fontMetrics().height() * 2.3))
        for r in range(rows):
            values = pv.sample[r]
            for c in range(cols):
                text = values[c] if c < len(values) else ""
                it = QTableWidgetItem(text)
                it.setToolTip(text if len(text) > 20 else "")
                self.table.setItem(r + 1, c, it)
        self._set_combos(pv.mapping)
        for c, combo in enumerate(self.combos):
            self.table.setColumnWidth(c, max(em * 10, combo.sizeHint().width() + em))

    def _set_combos(self, mapping: dict[int, str | None]) -> None:
        for c, combo in enumerate(self.combos):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(c))))
            combo.blockSignals(False)
            self._mark(c)

    def _mark(self, c: int) -> None:
        combo = self.combos[c]
        unused = combo.currentData() is None
        combo.setStyleSheet(f"color: {theme.TEXT_FAINT};" if unused else "")

    def _mapping_changed(self) -> None:
        self._user_mapping = self.mapping()
        for c in range(len(self.combos)):
            self._mark(c)
        self.timer.start()
        self.completeChanged.emit()

    def _refresh_preview(self) -> None:
        self.load(self._user_mapping)

    def mapping(self) -> dict[int, str | None]:
        return {c: combo.currentData() for c, combo in enumerate(self.combos)}

    def chosen_mapping(self) -> dict[int, str | None] | None:
        """The mapping the person set, or None when they kept the detected one."""
        return self._user_mapping

    def isComplete(self) -> bool:
        if self.preview is None or (self._job is not None and self._job.running):
            return False
        if self.timer.isActive():
            return False
        return "name" in self.mapping().values()

    def busy(self) -> bool:
        return self.timer.isActive() or (self._job is not None and self._job.running)


class RunPage(QWizardPage):
    """Runs the import (dry or real) with a progress bar, then shows the report."""

    def __init__(self, wizard: ImportWizard, dry_run: bool):
        super().__init__()
        self.w = wizard
        self.dry_run = dry_run
        self.handle = None
        self.report = None
        self.rejects_file: str | None = None
        self.cancelled = False
        if dry_run:
            self.setTitle(self.tr("Check every row"))
            self.setSubTitle(
                self.tr(
                    "A trial run over the whole file: the counts below are exact, and nothing "
                    "has been written yet."
                )
            )
        else:
            self.setTitle(self.tr("Import"))
            self.setSubTitle(
                self.tr(
                    "The firms are written in one step: if you cancel, the database stays "
                    "exactly as it was."
                )
            )
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        self.status = QLabel()
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.cancel_btn = make_button(self.tr("Cancel import"), "close")
        self.cancel_btn.clicked.connect(self.cancel)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_btn)
        lay.addWidget(self.status)
        lay.addLayout(row)
        self.report_view = ReportWidget()
        lay.addWidget(self.report_view, 1)
        if dry_run:
            self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Import"))
            self.setCommitPage(False)
        else:
            self.setFinalPage(True)

    def initializePage(self) -> None:
        self.report = None
        self.cancelled = False
        self.report_view.hide()
        self.bar.setRange(0, 0)
        self.bar.show()
        self.cancel_btn.show()
        self.cancel_btn.setEnabled(True)
        self.status.setText(
            self.tr("Checking the rows…") if self.dry_run else self.tr("Importing…")
        )
        tmp = Path(tempfile.mkdtemp(prefix="chainfill-rejects-"))
        self.rejects_file = str(tmp / "rejects.csv")
        path = self.w.path()
        source = self.w.source()
        mapping = self.w.mapping_page.chosen_mapping()
        dry = self.dry_run
        rejects = self.rejects_file

        def job(db, cancel):
            from app import backup, importing

            if not dry:
                backup.before_import(db)
            return importing.import_firms(
                db,
                path,
                source=source,
                mapping=mapping,
                dry_run=dry,
                cancel=cancel,
                rejects_path=rejects,
            )

        self.handle = self.w.ctx.run(
            job,
            write=not dry,
            title=self.tr("Importing %1").replace("%1", Path(path).name),
            on_progress=self._progress,
            on_result=self._done,
            on_error=self._failed,
            on_cancelled=self._cancelled,
            on_done=self.completeChanged.emit,
            announce=False,
        )
        self.completeChanged.emit()

    def _progress(self, p) -> None:
        if p.total:
            self.bar.setRange(0, p.total)
            self.bar.setValue(min(p.done, p.total))
        if p.message:
            self.status.setText(p.message)

    def _done(self, report) -> None:
        self.report = report
        self.bar.hide()
        self.cancel_btn.hide()
        self.status.setText("")
        self.report_view.show_report(report, self.rejects_file)
        self.report_view.show()
        if not self.dry_run:
            self.w.finished_import(report)
        self.completeChanged.emit()

    def _failed(self, error) -> None:
        self.bar.hide()
        self.cancel_btn.hide()
        self.status.setText(error.message)
        self.status.setStyleSheet(f"color: {theme.DANGER};")
        self.w.errors.append(error.message)
        if not error.is_user_error:
            messages.show_error(self, error)
        self.completeChanged.emit()

    def _cancelled(self) -> None:
        self.cancelled = True
        self.bar.hide()
        self.cancel_btn.hide()
        self.status.setText(self.tr("Cancelled. The database has not been changed."))
        self.completeChanged.emit()

    def cancel(self) -> None:
        if self.handle is not None and self.handle.running:
            self.cancel_btn.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))
            self.handle.cancel()

    def running(self) -> bool:
        return self.handle is not None and self.handle.running

    def isComplete(self) -> bool:
        if self.running():
            return False
        if self.dry_run:
            return self.report is not None and self.report.read > self.report.rejected
        return True

    def validatePage(self) -> bool:
        return not self.running()


class ImportWizard(QWizard):
    """Emits ``imported(report)`` after a real import has been committed."""

    imported = Signal(object)

    def __init__(self, ctx, parent: QWidget | None = None, path: str | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.errors: list[str] = []
        self.last_report = None
        self.setWindowTitle(self.tr("Import firms"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        em = self.fontMetrics().horizontalAdvance("中")
        self.resize(em * 70, int(em * 44))
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = RunPage(self, dry_run=True)
        self.run_page = RunPage(self, dry_run=False)
        for page in (self.file_page, self.mapping_page, self.check_page, self.run_page):
            self.addPage(page)
        if path:
            self.file_page.path.setText(str(path))
        self.button(QWizard.WizardButton.CancelButton).clicked.connect(self._cancel_jobs)

    def path(self) -> str:
        return self.file_page.path.text().strip()

    def source(self) -> str:
        return self.file_page.source.text().strip()

    def finished_import(self, report) -> None:
        self.last_report = (report, self.run_page.rejects_file)
        self.ctx.last_import = self.last_report
        self.imported.emit(report)

    def _cancel_jobs(self) -> None:
        for page in (self.check_page, self.run_page):
            page.cancel()

    def reject(self) -> None:
        if self.run_page.running():
            # Closing while importing means cancel: wait for the rollback, then close.
            self.run_page.cancel()
            return
        self.check_page.cancel()
        super().reject()

    def busy(self) -> bool:
        return self.mapping_page.busy() or self.check_page.running() or self.run_page.running()


class ReportDialog(QDialog):
    """The last import's report, viewable after the wizard has closed."""

    def __init__(self, report, rejects_file: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import report"))
        lay = QVBoxLayout(self)
        head = QLabel(f"{Path(report.file).name}")
        head.setFont(theme.scaled_font(self.font(), 1.2, bold=True))
        lay.addWidget(head)
        view = ReportWidget()
        view.show_report(report, rejects_file)
        lay.addWidget(view, 1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        lay.addWidget(box)
        em = self.fontMetrics().horizontalAdvance("中")
        self.resize(em * 64, em * 40)
