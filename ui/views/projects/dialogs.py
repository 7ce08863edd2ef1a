"""Dialogs of the projects view: edit a yearly report, record a milestone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.projects import model
from app.projects.model import REPORT_FIELDS, Report
from ui.views.projects.texts import tx, txf
from ui.widgets.common import dialog_buttons, error_label, muted

_T = TypeVar("_T")


class _ProjectDialog(QDialog):
    """A dialog about one project, named in its title: a form, then (from :meth:`add_buttons`)
    the line saying what is wrong with the entry and OK/Cancel."""

    def __init__(self, title: str, project: model.Project, parent: QWidget | None):
        super().__init__(parent)
        self.project = project
        self.setWindowTitle(f"{title} · {project.name}")
        self.lay = QVBoxLayout(self)
        self.form = QFormLayout()
        self.lay.addLayout(self.form)

    def add_buttons(self, accept: Callable[[], object] | None = None) -> None:
        """OK and Cancel; a dialog that checks the entry (``accept``) gets its error line."""
        if accept is not None:
            self.error = error_label()
            self.lay.addWidget(self.error)
        self.lay.addWidget(dialog_buttons(self, accept))

    def _checked(self, entry: Callable[[], _T], problem: Callable[[_T], str]) -> _T | None:
        """What was entered (``entry()``) if it reads and ``problem`` finds nothing wrong with
        it; else None, and the reason on the error line (the dialog stays open)."""
        try:
            value = entry()
        except ValueError as exc:
            self.error.setText(str(exc))
            return None
        reason = problem(value)
        if reason:
            self.error.setText(reason)
            return None
        return value


def _reasons(problems: list[tuple[str, str]]) -> str:
    return "；".join(reason for _, reason in problems)


class ReportDialog(_ProjectDialog):
    """Enter or correct one year's report; empty means "not reported"."""

    def __init__(
        self, project: model.Project, year: int | None, today: date, parent: QWidget | None = None
    ):
        super().__init__(tx("Yearly report"), project, parent)
        self.today = today
        form = self.form
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
            # A form label starts with a capital (the catalog's English is worded for use
            # mid-sentence); a literal & (R&D) is doubled so that it is not a shortcut key.
            text = txf("%1 (%2)", model.label(name), model.label(unit))
            form.addRow((text[:1].upper() + text[1:]).replace("&", "&&"), edit)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(self.fontMetrics().height() * 3)
        form.addRow(tx("Note"), self.note)
        self.lay.addWidget(
            muted(
                tx(
                    "Leave a figure empty when it was not reported; it is then left out, never counted as 0."
                )
            )
        )
        self.add_buttons(self._accept)
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
                    txf("%1: ", model.label(REPORT_FIELDS[key][0]))
                    + tx("Not a number: %1").replace("%1", text)
                ) from None
            setattr(rep, key, value)
        return rep

    def _accept(self) -> None:
        rep = self._checked(
            self.report, lambda r: _reasons(model.report_problems(self.project, r, self.today))
        )
        if rep is not None:
            self.result_report = rep
            self.accept()


class MilestoneDialog(_ProjectDialog):
    """Record the date a milestone was reached (or clear it)."""

    def __init__(self, project: model.Project, today: date, parent: QWidget | None = None):
        super().__init__(tx("Record a milestone…").rstrip("…"), project, parent)
        from PySide6.QtCore import QDate
        from PySide6.QtWidgets import QCheckBox, QDateEdit

        form = self.form
        self.combo = QComboBox()
        for m in project.milestones:
            self.combo.addItem(
                txf("%1 (due %2)", model.label(model.MILESTONES[m.kind]), m.due or "—"), m.kind
            )
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
        self.add_buttons()
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


def _number(edit: QLineEdit, what: str) -> float | None:
    """A figure typed in ``edit`` (thousands separators allowed); None when empty."""
    text = edit.text().strip().replace(",", "").replace("，", "")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise ValueError(f"{what}：" + tx("Not a number: %1").replace("%1", text)) from None


class ProjectDialog(_ProjectDialog):
    """The project's premises and size: its own land, or leased floor space (converted to land
    by the method's plot ratio), and whether the firm is below the statistical scale (规下)."""

    def __init__(self, project: model.Project, method: model.Method, parent: QWidget | None = None):
        from PySide6.QtWidgets import QCheckBox

        super().__init__(tx("Project details"), project, parent)
        self.method = method
        form = self.form
        self.land = QLineEdit("" if project.land_mu is None else f"{project.land_mu:g}")
        self.floor = QLineEdit("" if project.floor_m2 is None else f"{project.floor_m2:g}")
        for edit in (self.land, self.floor):
            edit.setPlaceholderText("—")
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.textChanged.connect(self._preview)
        form.addRow(tx("Land (mu)"), self.land)
        form.addRow(tx("Leased floor space (m²)"), self.floor)
        self.converted = muted()
        self.converted.setWordWrap(True)
        form.addRow("", self.converted)
        self.small = QCheckBox(tx("Below the statistical scale"))
        self.small.setChecked(project.below_scale)
        form.addRow("", self.small)
        small_names = tx(", ").join(
            model.label(s.name) for s in method.for_small_firms().indicators if s.weight > 0
        )
        hint = muted(
            tx("A firm below the statistical scale is appraised on fewer indicators: %1.").replace(
                "%1", small_names
            )
        )
        hint.setWordWrap(True)
        form.addRow("", hint)
        self.add_buttons(self._accept)
        self.result_project: model.Project | None = None
        self._preview()

    def edited(self) -> model.Project:
        """The project with the values entered; ValueError (Chinese) for a bad figure."""
        from dataclasses import replace

        return replace(
            self.project,
            land_mu=_number(self.land, tx("Land (mu)")),
            floor_m2=_number(self.floor, tx("Leased floor space (m²)")),
            below_scale=self.small.isChecked(),
        )

    def _preview(self) -> None:
        from app.projects import evaluation

        try:
            p = self.edited()
        except ValueError:
            self.converted.setText("")
            return
        converted = evaluation.converted_land(p.floor_m2, self.method)
        if p.land_mu or converted is None:
            text = tx(
                "Leased premises without land of their own: enter 0 or leave the land empty, "
                "and the floor space is converted to land by the plot ratio %1."
            ).replace("%1", f"{self.method.plot_ratio:g}")
        else:
            text = (
                tx("Appraised on %1 mu (floor space ÷ plot ratio %2 ÷ 666.67 m² per mu).")
                .replace("%1", f"{converted:.2f}")
                .replace("%2", f"{self.method.plot_ratio:g}")
            )
        self.converted.setText(text)

    def _accept(self) -> None:
        p = self._checked(self.edited, lambda p: _reasons(model.project_problems(p)))
        if p is not None:
            self.result_project = p
            self.accept()


class AdjustmentDialog(_ProjectDialog):
    """Add a bonus or deduction item (加减分项) to a project-year."""

    def __init__(
        self, project: model.Project, year: int, today: date, parent: QWidget | None = None
    ):
        super().__init__(tx("Add a bonus or deduction item…").rstrip("…"), project, parent)
        form = self.form
        self.year = QSpinBox()
        self.year.setRange(project.agreement_date.year, max(today.year, year))
        self.year.setValue(year)
        form.addRow(tx("Year"), self.year)
        self.kind = QComboBox()
        for key, (name, points) in model.ADJUSTMENTS.items():
            effect = tx("veto: grade D") if points is None else f"{points:+g}"
            self.kind.addItem(txf("%1 (%2)", model.label(name), effect), key)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        form.addRow(tx("Item"), self.kind)
        self.points = QLineEdit()
        self.points.setAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(tx("Points"), self.points)
        self.note = QLineEdit()
        self.note.setPlaceholderText(tx("e.g. the penalty decision's number and date"))
        form.addRow(tx("Note"), self.note)
        self.add_buttons(self._accept)
        self.result_adjustment: model.Adjustment | None = None
        self._kind_changed()

    def _kind_changed(self) -> None:
        default = model.ADJUSTMENTS[self.kind.currentData()][1]
        self.points.setEnabled(default is not None)
        if default is None:
            self.points.clear()
            self.points.setPlaceholderText(tx("veto: grade D"))
        else:
            self.points.setPlaceholderText(
                tx("default %1; empty keeps the default").replace("%1", f"{default:+g}")
            )

    def adjustment(self) -> model.Adjustment:
        """The item as entered; ValueError (Chinese) for points that are not a number."""
        return model.Adjustment(
            year=self.year.value(),
            kind=self.kind.currentData(),
            points=_number(self.points, tx("Points")) if self.points.isEnabled() else None,
            note=self.note.text().strip(),
        )

    def _accept(self) -> None:
        adj = self._checked(self.adjustment, model.adjustment_problem)
        if adj is not None:
            self.result_adjustment = adj
            self.accept()
