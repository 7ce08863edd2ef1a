"""Dialogs of the projects view: edit a yearly report, record a milestone."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.projects import model
from app.projects.model import REPORT_FIELDS, Report
from ui import theme
from ui.views.projects.texts import tx, txf
from ui.widgets.common import muted


class ReportDialog(QDialog):
    """Enter or correct one year's report; empty means "not reported"."""

    def __init__(
        self, project: model.Project, year: int | None, today: date, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.project = project
        self.today = today
        self.setWindowTitle(f"{tx('Yearly report')} · {project.name}")
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.year = QSpinBox()
        self.year.setRange(project.agreement_date.year, today.year)
        self.year.setValue(
            year
            if year is not None
            else min(today.year, max([*project.reports, project.agreement_date.year - 1]) + 1)
        )
        self.year.setEnabled(year is None)
        self.year.valueChanged.connect(self._fill)
        form.addRow(tx("Report year"), self.year)
        self.edits: dict[str, QLineEdit] = {}
        for key, (name, unit) in REPORT_FIELDS.items():
            edit = QLineEdit()
            edit.setPlaceholderText("—")
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.edits[key] = edit
            form.addRow(f"{name}（{unit}）", edit)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(self.fontMetrics().height() * 3)
        form.addRow(tx("Note"), self.note)
        lay.addLayout(form)
        lay.addWidget(
            muted(
                tx(
                    "Leave a figure empty when it was not reported; it is then left out, never counted as 0."
                )
            )
        )
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {theme.DANGER};")
        self.error.setWordWrap(True)
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.result_report: Report | None = None
        self._fill()

    def _fill(self) -> None:
        r = self.project.reports.get(self.year.value())
        for key, edit in self.edits.items():
            v = getattr(r, key) if r is not None else None
            edit.setText("" if v is None else f"{v:g}")
        self.note.setPlainText(r.note if r is not None else "")

    def report(self) -> Report:
        """The report as entered; ValueError (Chinese) for a field that is not a number."""
        rep = Report(
            year=self.year.value(), source="手工录入", note=self.note.toPlainText().strip()
        )
        for key, edit in self.edits.items():
            text = edit.text().strip().replace(",", "").replace("，", "")
            if not text:
                continue
            try:
                value = float(text)
            except ValueError:
                raise ValueError(
                    f"{REPORT_FIELDS[key][0]}：" + tx("Not a number: %1").replace("%1", text)
                ) from None
            setattr(rep, key, value)
        return rep

    def _accept(self) -> None:
        try:
            rep = self.report()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        problems = model.report_problems(self.project, rep, self.today)
        if problems:
            self.error.setText("；".join(reason for _, reason in problems))
            return
        self.result_report = rep
        self.accept()


class MilestoneDialog(QDialog):
    """Record the date a milestone was reached (or clear it)."""

    def __init__(self, project: model.Project, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        from PySide6.QtCore import QDate
        from PySide6.QtWidgets import QCheckBox, QDateEdit

        self.project = project
        self.setWindowTitle(f"{tx('Record a milestone…').rstrip('…')} · {project.name}")
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.combo = QComboBox()
        for m in project.milestones:
            self.combo.addItem(txf("%1 (due %2)", model.MILESTONES[m.kind], m.due or "—"), m.kind)
        first_open = next((i for i, m in enumerate(project.milestones) if m.done is None), 0)
        self.combo.setCurrentIndex(first_open)
        form.addRow(tx("Milestone"), self.combo)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        a = project.agreement_date
        self.date.setMinimumDate(QDate(a.year, a.month, a.day))
        self.date.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date.setDate(QDate(today.year, today.month, today.day))
        form.addRow(tx("Reached on"), self.date)
        self.clear = QCheckBox(tx("Not reached yet (clear the date)"))
        self.clear.toggled.connect(lambda on: self.date.setEnabled(not on))
        form.addRow("", self.clear)
        lay.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.combo.currentIndexChanged.connect(self._fill)
        self._fill()

    def _fill(self) -> None:
        from PySide6.QtCore import QDate

        m = self.project.milestone(self.kind())
        if m is not None and m.done is not None:
            self.date.setDate(QDate(m.done.year, m.done.month, m.done.day))
        self.clear.setChecked(False)

    def kind(self) -> str:
        return self.combo.currentData()

    def done(self) -> date | None:
        if self.clear.isChecked():
            return None
        d = self.date.date()
        return date(d.year(), d.month(), d.day())
