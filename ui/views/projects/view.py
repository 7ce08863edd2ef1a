"""The 项目履约 view: portfolio and alerts on the left, the selected project on the right."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import richtext
from app.projects import evaluation, model, sheet
from app.projects.evaluation import ProjectEvaluation
from app.projects.model import Report, status_label
from app.projects.sheet import STATUS_COLOURS
from ui import theme
from ui.views.base import View
from ui.views.projects.dialogs import (
    AdjustmentDialog,
    MilestoneDialog,
    ProjectDialog,
    ReportDialog,
)
from ui.views.projects.page import ProjectPage, dot_icon
from ui.views.projects.portfolio import (
    COLUMNS,
    LightsDelegate,
    PortfolioModel,
    load_portfolio,
)
from ui.views.projects.texts import PROJECTS, tx, txf
from ui.widgets.common import EmptyState, Kpi, muted, refill_combo, spacing
from ui.widgets.tables import read_only_rows

# -- the view ------------------------------------------------------------------------------------


def legend_html(top: float) -> str:
    """The lights' colours, and the scale of the score column (a 亩均 score such as 144.2 is
    not on the 0–100 of the recommendation scores)."""
    lights = [
        richtext.coloured("●", STATUS_COLOURS[k]) + " " + richtext.text(status_label(k))
        for k in ("met", "at_risk", "missed", "pending")
    ]
    lights.append("○ " + richtext.text(tx("Not agreed")))
    score = richtext.text(tx("Score: %1").replace("%1", model.scale_note(top)))
    return "　".join(lights) + "　　" + score


class ProjectsView(View):
    key = "projects"

    def __init__(self, ctx, parent: QWidget | None = None, spec=None):
        super().__init__(ctx, parent, spec)
        header = self.make_header(
            tx("Brought-in projects"),
            tx(
                "Commitments against actuals, milestones and the per-mu appraisal of brought-in projects"
            ),
        )
        add = header.add_button
        self.import_btn = add(tx("Import…"), "import", on_click=self.import_file)
        self.template_btn = add(tx("Template…"), "export", on_click=self.save_template)
        self.print_btn = add(tx("Print sheet…"), "print", on_click=self.print_view)
        self.summary_btn = add(tx("Print summary…"), "print", on_click=self.print_summary)
        self.pdf_btn = add(tx("Export PDF…"), "export", on_click=self.export_pdf)
        self.refresh_btn = add(tx("Refresh"), "refresh", on_click=self.refresh)

        s = spacing(self)
        lay = self.make_body()

        kpis = QHBoxLayout()
        kpis.setSpacing(s)
        self.k_projects = Kpi(tx("Projects"))
        self.k_grades = Kpi(tx("Grades A / B / C / D"))
        self.k_risk = Kpi(tx("Commitments at risk / missed"))
        self.k_alerts = Kpi(tx("Alerts"))
        for k in (self.k_projects, self.k_grades, self.k_risk, self.k_alerts):
            k.value.setFont(theme.scaled_font(self.font(), 1.5, bold=True))
            kpis.addWidget(k)
        lay.addLayout(kpis)

        filters = QGridLayout()
        filters.setHorizontalSpacing(s)
        self.f_zone = QComboBox()
        self.f_direction = QComboBox()
        self.f_grade = QComboBox()
        self.f_status = QComboBox()
        self.f_year = QComboBox()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tx("Search projects or firms…"))
        self.search.setClearButtonEnabled(True)
        self.f_grade.addItem(tx("All grades"), None)
        for g in ("A", "B", "C", "D"):
            self.f_grade.addItem(g, g)
        self.f_grade.addItem(tx("Not graded"), "none")
        self.f_status.addItem(tx("All statuses"), None)
        for st in ("missed", "at_risk", "pending", "met"):
            self.f_status.addItem(status_label(st), st)
        self.f_year.addItem(tx("Latest year"), None)
        filters.addWidget(self.search, 0, 0, 1, 3)
        filters.addWidget(self.f_year, 0, 3)
        filters.addWidget(self.f_zone, 1, 0)
        filters.addWidget(self.f_direction, 1, 1)
        filters.addWidget(self.f_grade, 1, 2)
        filters.addWidget(self.f_status, 1, 3)
        for combo in (self.f_zone, self.f_direction, self.f_grade, self.f_status):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.f_year.currentIndexChanged.connect(self._year_changed)
        self.search.textChanged.connect(self._apply_filters)

        self.model = PortfolioModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        # worst first: missed, then at risk, pending, met
        self.table.sortByColumn(COLUMNS.index("lights"), Qt.SortOrder.AscendingOrder)
        read_only_rows(self.table)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.9))
        self.table.setItemDelegateForColumn(COLUMNS.index("lights"), LightsDelegate(self.table))
        hh = self.table.horizontalHeader()
        hh.setHighlightSections(False)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.empty = EmptyState(
            tx(
                "No brought-in projects yet. Import agreements and yearly reports from the Excel template, or open the demo database."
            )
        )
        self.empty.hide()
        self.legend = muted(legend_html(100 * model.default_method().cap))
        self.legend.setToolTip(
            tx(
                "Each dot, in order: fixed-asset investment, investment per mu, output, tax paid, "
                "jobs, R&D ratio"
            )
        )
        self.legend.setTextFormat(Qt.TextFormat.RichText)

        portfolio = QWidget()
        pl = QVBoxLayout(portfolio)
        pl.setContentsMargins(0, s // 2, 0, 0)
        pl.setSpacing(int(s * 0.6))
        pl.addLayout(filters)
        pl.addWidget(self.table, 1)
        pl.addWidget(self.empty, 1)
        pl.addWidget(self.legend)

        self.alert_list = QListWidget()
        self.alert_list.setWordWrap(True)
        self.alert_list.setAlternatingRowColors(True)
        self.alert_list.setSpacing(2)
        self.alert_list.itemActivated.connect(self._alert_activated)
        self.alert_list.itemClicked.connect(self._alert_activated)

        self.tabs = QTabWidget()
        self.tabs.addTab(portfolio, tx("Portfolio"))
        self.tabs.addTab(self.alert_list, tx("Alerts (%1)").replace("%1", "0"))

        self.page = ProjectPage()
        self.page.edit_report.connect(self.edit_report)
        self.page.mark_milestone.connect(self.mark_milestone)
        self.page.edit_project.connect(self.edit_project)
        self.page.add_adjustment.connect(self.add_adjustment)
        self.page.remove_adjustment.connect(self.remove_adjustment)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.page)
        self.splitter.setChildrenCollapsible(False)
        em = self.fontMetrics().horizontalAdvance("中")
        self.splitter.setSizes([em * 48, em * 46])
        lay.addWidget(self.splitter, 1)

        self.data: dict[str, Any] | None = None
        self._selected: int | None = None
        self.today = date.today()

    # -- data -----------------------------------------------------------------------------------
    def depends_on(self) -> tuple[str, ...]:
        return (PROJECTS, "firms", "catalog")

    def reload(self) -> None:
        year = self.f_year.currentData()
        today = self.today

        def job(db, cancel):
            return load_portfolio(db, cancel, year, today)

        self.track(self.ctx.run(job, announce=False, on_result=self._show))

    def _show(self, d: dict[str, Any]) -> None:
        self.data = d
        evals: list[ProjectEvaluation] = d["evals"]
        self._fill_combo(
            self.f_zone, tx("All zones"), sorted({e.project.zone for e in evals if e.project.zone})
        )
        dirs = sorted({e.project.direction for e in evals if e.project.direction})
        self._fill_combo(
            self.f_direction, tx("All directions"), dirs, [self.ctx.direction_name(x) for x in dirs]
        )
        refill_combo(
            self.f_year, [(tx("Latest year"), None), *((str(y), y) for y in reversed(d["years"]))]
        )

        self.legend.setText(legend_html(100 * d["method"].cap))
        graded = [e.appraisal.grade for e in evals]
        self.k_projects.set(
            str(len(evals)), txf("%1 not graded", graded.count(None)) if evals else ""
        )
        self.k_grades.set(" / ".join(str(graded.count(g)) for g in "ABCD"))
        counts = evaluation.status_counts(evals)
        self.k_risk.set(
            f"{counts['at_risk']} / {counts['missed']}",
            txf("%1 met · %2 pending", counts["met"], counts["pending"]),
        )
        alerts = d["alerts"]
        urgent = sum(1 for a in alerts if a.severity > 1)
        self.k_alerts.set(str(len(alerts)), txf("%1 to act on", urgent) if alerts else "")
        self.alert_list.clear()
        dots = {
            2: dot_icon(theme.DANGER, self.fontMetrics().height()),
            1: dot_icon(theme.WARNING, self.fontMetrics().height()),
        }
        for a in alerts:
            it = QListWidgetItem(dots[min(2, max(1, a.severity))], f"{a.project}：{a.text}")
            it.setData(Qt.ItemDataRole.UserRole, a.project_id)
            it.setToolTip(tx("Act now") if a.severity > 1 else tx("Watch"))
            self.alert_list.addItem(it)
        self.tabs.setTabText(1, tx("Alerts (%1)").replace("%1", str(len(alerts))))
        self._apply_filters()

    def _fill_combo(
        self, combo: QComboBox, everything: str, values: list[str], labels: list[str] | None = None
    ) -> None:
        items = zip(labels or values, values, strict=True)
        refill_combo(combo, [(everything, None), *items])

    def _year_changed(self) -> None:
        self.reload()

    def _filtered(self) -> list[ProjectEvaluation]:
        if self.data is None:
            return []
        zone = self.f_zone.currentData()
        direction = self.f_direction.currentData()
        grade = self.f_grade.currentData()
        status = self.f_status.currentData()
        text = self.search.text().strip()
        out = []
        for e in self.data["evals"]:
            p = e.project
            if zone and p.zone != zone:
                continue
            if direction and p.direction != direction:
                continue
            if grade == "none" and e.appraisal.grade is not None:
                continue
            if grade not in (None, "none") and e.appraisal.grade != grade:
                continue
            if status and not any(c.status == status for c in e.commitments):
                continue
            if (
                text
                and text not in p.name
                and text not in p.firm
                and text not in (p.agreement_no or "")
            ):
                continue
            out.append(e)
        return out

    def _apply_filters(self) -> None:
        remembered = self._selected
        rows = self._filtered()
        self.model.set_rows(rows)
        header = self.table.horizontalHeader()
        if header.sortIndicatorSection() >= 0 and self.table.isSortingEnabled():
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        has_any = bool(self.data and self.data["evals"])
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        if not has_any:
            self.empty.setText(
                tx(
                    "No brought-in projects yet. Import agreements and yearly reports from the Excel template, or open the demo database."
                )
            )
        else:
            self.empty.setText(tx("No project matches the filters."))
        row = self.model.row_of(remembered)
        if row is None and rows:
            row = 0
        if row is not None:
            self.table.selectRow(row)
            self._row_changed(self.model.index(row, 0))
        else:
            self.page.show_project(None)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        e = self.model.evaluation(current.row()) if current.isValid() else None
        if e is None:
            self.page.show_project(None)
            return
        self._selected = e.project.id
        method = self.data["method"] if self.data else None
        takes = []
        if method is not None:
            thresholds = evaluation.grade_thresholds(self.data["evals"], method, e.year)
            takes = evaluation.what_it_takes(
                e.project, e.year, method, thresholds, current=e.appraisal.grade
            )
        self.page.show_project(
            e, method, takes, self.today, self.ctx.direction_name(e.project.direction)
        )

    def select_project(self, project_id: int) -> None:
        """Show ``project_id`` (clearing filters that hide it)."""
        self._selected = project_id
        if self.model.row_of(project_id) is None:
            for combo in (self.f_zone, self.f_direction, self.f_grade, self.f_status):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self._apply_filters()
        row = self.model.row_of(project_id)
        if row is not None:
            self.tabs.setCurrentIndex(0)
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _alert_activated(self, item: QListWidgetItem) -> None:
        pid = item.data(Qt.ItemDataRole.UserRole)
        if pid is not None:
            self.select_project(int(pid))

    # -- actions --------------------------------------------------------------------------------
    def edit_report(self, year: int) -> None:
        e = self.page.e
        if e is None:
            return
        dlg = ReportDialog(e.project, year or None, self.today, self)
        if dlg.exec() != QDialog.DialogCode.Accepted or dlg.result_report is None:
            return
        self.save_report(e.project.id, dlg.result_report)

    def mark_milestone(self) -> None:
        e = self.page.e
        if e is None:
            return
        dlg = MilestoneDialog(e.project, self.today, self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        self.save_milestone(e.project.id, dlg.kind(), dlg.done())

    def edit_project(self) -> None:
        e = self.page.e
        if e is None or self.data is None:
            return
        dlg = ProjectDialog(e.project, self.data["method"], self)
        if dlg.exec() != QDialog.DialogCode.Accepted or dlg.result_project is None:
            return
        self.save_project(dlg.result_project)

    def save_project(self, project: model.Project):
        """Store the project's land, floor space and 规下 flag (audited by app.projects)."""

        def job(db, cancel):
            return model.save_project(db, project)

        return self.track(
            self.ctx.run(
                job,
                write=True,
                title=tx("Land and size…").rstrip("…"),
                on_result=lambda _r: self.ctx.notify(PROJECTS),
            )
        )

    def add_adjustment(self) -> None:
        e = self.page.e
        if e is None:
            return
        dlg = AdjustmentDialog(e.project, e.year, self.today, self)
        if dlg.exec() != QDialog.DialogCode.Accepted or dlg.result_adjustment is None:
            return
        self.save_adjustment(e.project.id, dlg.result_adjustment)

    def save_adjustment(self, project_id: int, adjustment: model.Adjustment):
        """Record a bonus or deduction item (audited by app.projects), then re-appraise."""

        def job(db, cancel):
            return model.add_adjustment(db, project_id, adjustment)

        return self.track(
            self.ctx.run(
                job,
                write=True,
                title=tx("Bonus and deduction items"),
                on_result=lambda _r: self.ctx.notify(PROJECTS),
            )
        )

    def remove_adjustment(self, adjustment_id: int, *, ask: bool = True):
        from ui import messages

        if ask and not messages.ask(
            self, tx("Remove this bonus or deduction item?"), default_yes=False
        ):
            return None

        def job(db, cancel):
            model.remove_adjustment(db, adjustment_id)

        return self.track(
            self.ctx.run(
                job,
                write=True,
                title=tx("Bonus and deduction items"),
                on_result=lambda _r: self.ctx.notify(PROJECTS),
            )
        )

    def save_milestone(self, project_id: int, kind: str, done: date | None):
        """Record (or clear) the date a milestone was reached, in the background."""

        def job(db, cancel):
            model.set_milestone_done(db, project_id, kind, done)

        return self.track(
            self.ctx.run(
                job,
                write=True,
                title=tx("Record a milestone…"),
                on_result=lambda _r: self.ctx.notify(PROJECTS),
            )
        )

    def save_report(self, project_id: int, report: Report):
        """Store a report in the background, then reload everything that depends on it."""
        today = self.today

        def job(db, cancel):
            return model.save_report(db, project_id, report, today=today)

        return self.track(
            self.ctx.run(
                job,
                write=True,
                title=tx("Yearly report"),
                on_result=lambda _r: self.ctx.notify(PROJECTS),
            )
        )

    def import_file(self, path: str | None = None):
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, tx("Import projects"), "", tx("Excel workbooks (*.xlsx)")
            )
        if not path:
            return None
        from app.projects.importer import import_job

        def job(db, cancel):
            from app import backup

            backup.before_import(db)
            return (yield from import_job(db, path, cancel=cancel))

        def done(result) -> None:
            from ui import messages

            p, r = result.projects, result.reports
            lines = [
                txf(
                    "Agreements: %1 added, %2 updated, %3 unchanged, %4 refused",
                    p.added,
                    p.updated,
                    p.unchanged,
                    p.rejected,
                ),
                txf(
                    "Yearly reports: %1 added, %2 updated, %3 unchanged, %4 refused",
                    r.added,
                    r.updated,
                    r.unchanged,
                    r.rejected,
                ),
            ]
            lines += [
                txf("Refused: %1 row %2 [%3] %4", x.sheet, x.row, x.column, x.reason)
                for x in result.rejects[:12]
            ]
            lines += [
                txf("Note: %1 row %2 [%3] %4", x.sheet, x.row, x.column, x.reason)
                for x in result.warnings[:8]
            ]
            messages.info(self, "\n".join(lines), tx("Import finished"))
            self.ctx.notify(PROJECTS)

        return self.track(
            self.ctx.run(job, write=True, title=tx("Import projects"), on_result=done)
        )

    def save_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            tx("Save the import template"),
            tx("Project import template.xlsx"),
            tx("Excel workbooks (*.xlsx)"),
        )
        if not path:
            return
        from app.projects.template import write_template
        from ui import messages

        try:
            write_template(path)
        except Exception as exc:
            messages.show_error(self, exc)
            return
        messages.info(self, tx("Saved: %1").replace("%1", path))

    def _docs(self, project: int | None):
        return sheet.documents(
            self.ctx.db,
            project=None if project is None else str(project),
            year=self.f_year.currentData(),
            today=self.today,
        )

    def can_print(self) -> bool:
        return True

    def print_view(self) -> None:
        if self.page.e is None:
            self.print_summary()
        else:
            self._preview(self.page.e.project.id)

    def print_summary(self) -> None:
        self._preview(None)

    def _preview(self, project: int | None) -> None:
        """The print preview of one project's sheets, or (None) of the summary."""
        from ui import messages, sheet_print

        try:
            docs = self._docs(project)
        except Exception as exc:
            messages.show_error(self, exc)
            return
        sheet_print.preview(self, docs, docs[0][0])

    def export_pdf(self, path: str | None = None):
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                tx("Export the appraisal to PDF"),
                tx("Project appraisal.pdf"),
                tx("PDF files (*.pdf)"),
            )
        if not path:
            return None
        year = self.f_year.currentData()
        today = self.today
        project = None if self.page.e is None else str(self.page.e.project.id)

        def job(db, cancel):
            from ui import projects_print

            return projects_print.write_pdf(
                sheet.documents(db, project=project, year=year, today=today), path
            )

        def done(result) -> None:
            from ui import messages

            messages.info(self, tx("Saved: %1").replace("%1", result["file"]))

        return self.track(self.ctx.run(job, title=tx("Export PDF…"), on_result=done))

    def describe(self) -> str:
        """One line for the self-test."""
        if self.data is None:
            return ""
        evals = self.data["evals"]
        grades = [e.appraisal.grade for e in evals]
        return (
            tx("%1 projects, grades A/B/C/D %2, %3 alerts")
            .replace("%1", str(len(evals)))
            .replace("%2", "/".join(str(grades.count(g)) for g in "ABCD"))
            .replace("%3", str(len(self.data["alerts"])))
        )

    def focus_search(self) -> bool:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()
        return True
