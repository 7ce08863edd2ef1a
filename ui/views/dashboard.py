"""总览: headline numbers, the plan's targets (表1), the outreach pipeline and the biggest gaps."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.store import firms as store_firms
from app.store import outreach as store_outreach
from app.store import scores as store_scores
from catalog.codes import LOCAL_CITY
from ui import fmt, theme
from ui.views.base import View
from ui.widgets.chainmap import position_name, strength_name
from ui.widgets.charts import HBarChart
from ui.widgets.common import LEFT, Card, EmptyState, Kpi, muted, scroll_area, spacing
from ui.widgets.tables import column_modes, read_only_rows

translate = QCoreApplication.translate  # pyside6-lupdate finds translate("ctx", "…")


def stage_label(stage: str) -> str:
    return {
        "lead": QCoreApplication.translate("stages", "Lead"),
        "contacted": QCoreApplication.translate("stages", "Contacted"),
        "visited": QCoreApplication.translate("stages", "Visited"),
        "negotiating": QCoreApplication.translate("stages", "Negotiating"),
        "signed": QCoreApplication.translate("stages", "Signed"),
        "landed": QCoreApplication.translate("stages", "Landed"),
        "dropped": QCoreApplication.translate("stages", "Dropped"),
    }.get(stage, stage)


class GapBarDelegate(QStyledItemDelegate):
    """Paints a 0–1 gap value as a short red bar with the number beside it."""

    def paint(self, painter: QPainter, option, index) -> None:
        value = index.data(Qt.ItemDataRole.UserRole)
        if value is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        if style is not None:
            option.text = ""
            style.drawControl(style.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        r = option.rect.adjusted(6, 0, -6, 0)
        fm = option.fontMetrics
        text = f"{value:.2f}"
        tw = fm.horizontalAdvance("0.00") + 6
        bar_h = max(5, int(fm.height() * 0.45))
        track = QRectF(r.left(), r.center().y() - bar_h / 2, max(4, r.width() - tw), bar_h)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.SURFACE_ALT))
        painter.drawRoundedRect(track, bar_h / 2, bar_h / 2)
        color = theme.DANGER if value >= 0.6 else theme.WARNING if value >= 0.35 else "#8FA9C7"
        painter.setBrush(QColor(color))
        painter.drawRoundedRect(
            QRectF(track.left(), track.top(), track.width() * min(1.0, value), bar_h),
            bar_h / 2,
            bar_h / 2,
        )
        painter.setPen(QColor(theme.TEXT))
        painter.drawText(
            QRectF(track.right() + 4, r.top(), tw, r.height()),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            text,
        )
        painter.restore()


def make_table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    read_only_rows(t, row_height=1.9)
    t.horizontalHeader().setDefaultAlignment(LEFT)
    t.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    t.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    t.horizontalHeader().setHighlightSections(False)
    return t


def fit_height(t: QTableWidget) -> None:
    """Make a short table exactly as tall as its rows (it sits in a scrolling page)."""
    h = t.horizontalHeader().height() + t.frameWidth() * 2
    h += sum(t.rowHeight(r) for r in range(t.rowCount()))
    t.setFixedHeight(h + 2)


def item(text: str, align_right: bool = False, tip: str = "") -> QTableWidgetItem:
    it = QTableWidgetItem(text)
    if align_right:
        it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tip:
        it.setToolTip(tip)
    return it


def load_dashboard(db, cancel) -> dict[str, Any]:
    """Everything the dashboard shows, read in one worker."""
    from app import catalog_store

    out: dict[str, Any] = {}
    out["total"] = store_firms.count(db)
    out["cities"] = store_firms.count_by_city(db)
    # What 推荐 lists by default (scored firms in a catalog direction), and all scored firms.
    out["candidates"] = store_scores.candidate_count(db)
    out["scored"] = store_scores.scored_count(db)
    out["classified"] = store_firms.classified_count(db)
    out["confirmed"] = store_firms.confirmed_count(db)
    cancel.check()
    from app import outreach

    out["pipeline"] = outreach.pipeline_counts(db)
    out["shortlists"] = store_outreach.shortlist_count(db)
    cat = catalog_store.current(db)
    out["targets"] = list(cat.targets)
    cancel.check()
    from app import ranking

    out["gaps"] = ranking.compute_gaps(db, cat)
    out["segment_candidates"] = store_scores.candidates_by_segment(db)
    cancel.check()
    out["projects"] = load_project_health(db)
    from ui.views.deals.summary import load_year

    out["deals"] = load_year(db)
    return out


def load_project_health(db) -> dict[str, Any] | None:
    """Grades, commitment statuses and alerts of the brought-in projects."""
    from app.projects import evaluation, model

    today = date.today()
    projects = model.load_projects(db)
    method = model.load_method(db)
    evals = evaluation.evaluate_all(projects, method, today)
    grades: dict[str, int] = {}
    for e in evals:
        g = e.appraisal.grade or "—"
        grades[g] = grades.get(g, 0) + 1
    alerts = sorted(
        evaluation.alerts(projects, method, today), key=lambda a: (-a.severity, a.date or today)
    )
    return {
        "count": len(evals),
        "grades": grades,
        "status": evaluation.status_counts(evals),
        "alerts": [(a.severity, a.project, a.text) for a in alerts[:6]],
        "alert_count": len(alerts),
    }


class DashboardView(View):
    key = "dashboard"

    def __init__(self, ctx, parent: QWidget | None = None, spec=None):
        super().__init__(ctx, parent, spec)
        header = self.make_registered_header()
        self.refresh_btn = header.add_button(self.tr("Refresh"), "refresh", on_click=self.refresh)
        self.refresh_btn.setToolTip(self.tr("Reload the figures (F5)"))

        page = QWidget()
        self.root.addWidget(scroll_area(page), 1)
        s = spacing(self)
        lay = QVBoxLayout(page)
        lay.setContentsMargins(int(s * 1.8), int(s * 1.4), int(s * 1.8), int(s * 1.4))
        lay.setSpacing(int(s * 1.4))

        kpis = QHBoxLayout()
        kpis.setSpacing(int(s * 1.2))
        self.k_total = Kpi(self.tr("Firms in the database"))
        self.k_candidates = Kpi(self.tr("Candidates (Shenzhen, Guangzhou)"))
        self.k_local = Kpi(self.tr("Dongguan firms"))
        self.k_classified = Kpi(self.tr("Classified into the catalog"))
        self.k_pipeline = Kpi(self.tr("In the outreach pipeline"))
        for k in (
            self.k_total,
            self.k_candidates,
            self.k_local,
            self.k_classified,
            self.k_pipeline,
        ):
            kpis.addWidget(k)
        lay.addLayout(kpis)

        grid = QGridLayout()
        grid.setSpacing(int(s * 1.4))
        self.targets_card = Card(
            self.tr("Plan targets (Table 1)"),
            self.tr("Dongguan Key Emerging Industries Development Plan 2018–2025"),
        )
        self.targets = make_table(
            [
                self.tr("Indicator"),
                self.tr("Unit"),
                "2017",
                "2020",
                "2025",
                self.tr("Growth p.a."),
            ]
        )
        column_modes(self.targets.horizontalHeader(), stretch=[0], fit=range(1, 6))
        self.targets_card.body.addWidget(self.targets)
        self.targets_card.body.addStretch(1)  # the grid row may be taller than the table
        grid.addWidget(self.targets_card, 0, 0)

        self.pipeline_card = Card(
            self.tr("Outreach pipeline"), self.tr("Firms at each stage of the follow-up")
        )
        self.pipeline_chart = HBarChart()
        self.pipeline_card.body.addWidget(self.pipeline_chart)
        self.pipeline_note = muted()
        self.pipeline_card.body.addWidget(self.pipeline_note)
        self.pipeline_card.body.addStretch(1)
        grid.addWidget(self.pipeline_card, 0, 1)

        self.gaps_card = Card(
            self.tr("Biggest chain gaps"),
            self.tr(
                "Segments where Dongguan is weakest, with the candidates that could fill them. "
                "Double-click a row to see its candidates."
            ),
        )
        self.gaps = make_table(
            [
                self.tr("Direction"),
                self.tr("Chain segment"),
                self.tr("Position"),
                self.tr("Local strength"),
                self.tr("Dongguan firms"),
                self.tr("Gap"),
                self.tr("Candidates"),
            ]
        )
        gh = self.gaps.horizontalHeader()
        gh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        gh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.gaps.setItemDelegateForColumn(5, GapBarDelegate(self.gaps))
        gh.setSectionResizeMode(5, QHeaderView.ResizeMode.Fixed)  # before the width, or it is lost
        self.gaps.setColumnWidth(5, self.fontMetrics().horizontalAdvance("0") * 16)
        self.gaps.doubleClicked.connect(self._open_gap)
        self.gaps_card.body.addWidget(self.gaps)
        self.gaps_empty = EmptyState(self.tr("No gaps computed yet."))
        self.gaps_card.body.addWidget(self.gaps_empty)
        self.gaps_card.body.addStretch(1)
        self.gaps_empty.hide()
        grid.addWidget(self.gaps_card, 1, 0)

        self.projects_card = Card(
            self.tr("Brought-in projects"),
            self.tr("Commitments against actuals and the per-mu appraisal"),
        )
        self.grade_chart = HBarChart()
        self.projects_card.body.addWidget(self.grade_chart)
        self.project_status = QLabel()
        self.project_status.setWordWrap(True)
        self.projects_card.body.addWidget(self.project_status)
        self.alerts_label = QLabel()
        self.alerts_label.setWordWrap(True)
        self.alerts_label.setTextFormat(Qt.TextFormat.RichText)
        self.projects_card.body.addWidget(self.alerts_label)
        self.projects_card.body.addStretch(1)
        grid.addWidget(self.projects_card, 1, 1)
        from ui.views.deals.summary import DealsCard

        self.deals_card = DealsCard()
        grid.addWidget(self.deals_card, 2, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        lay.addLayout(grid)
        lay.addStretch(1)
        self._gap_rows: list[Any] = []
        self.data: dict[str, Any] | None = None

    def depends_on(self) -> tuple[str, ...]:
        return ("firms", "scores", "catalog", "classification", "pipeline", "deals")

    def reload(self) -> None:
        self.track(self.ctx.run(load_dashboard, announce=False, on_result=self._show))

    # -- showing --------------------------------------------------------------------------------
    def _show(self, d: dict[str, Any]) -> None:
        self.data = d
        total = d["total"]
        local = d["cities"].get(LOCAL_CITY, 0)
        self.k_total.set(fmt.integer(total), self._cities_note(d["cities"]))
        # The same firms as 推荐 lists by default, so that the two figures agree.
        self.k_candidates.set(
            fmt.integer(d["candidates"]), self.tr("scored, in the catalog's directions")
        )
        self.k_candidates.setToolTip(
            self.tr(
                "Scored firms in one of the catalog's directions: what Recommendations lists "
                "by default. %1 more are scored but outside the catalog (banks, developers …)."
            ).replace("%1", fmt.integer(max(0, d["scored"] - d["candidates"])))
        )
        self.k_local.set(fmt.integer(local), self.tr("the local base of the chain"))
        share = d["classified"] / total if total else 0
        self.k_classified.set(
            fmt.integer(d["classified"]),
            self.tr("%1 of all firms · %2 confirmed")
            .replace("%1", fmt.percent(share))
            .replace("%2", fmt.integer(d["confirmed"])),
        )
        pipe = d["pipeline"]
        active = sum(v for k, v in pipe.items() if k not in ("landed", "dropped"))
        self.k_pipeline.set(
            fmt.integer(active),
            self.tr("%1 landed · %2 shortlists")
            .replace("%1", fmt.integer(pipe.get("landed", 0)))
            .replace("%2", fmt.integer(d["shortlists"])),
        )
        self._show_targets(d["targets"])
        self._show_pipeline(pipe)
        self._show_gaps(d["gaps"], d["segment_candidates"])
        self._show_projects(d.get("projects"))
        self.deals_card.show_report(d.get("deals"))

    def _cities_note(self, cities: dict[str, int]) -> str:
        parts = []
        for c in ("深圳市", "广州市"):
            if cities.get(c):
                parts.append(f"{c} {fmt.integer(cities[c])}")
        return " · ".join(parts)

    def _show_targets(self, targets) -> None:
        t = self.targets
        t.setRowCount(len(targets))

        def num(q: str, v: float) -> str:
            text = f"{v:,.0f}" if v == int(v) else f"{v:,.1f}"
            return f"{q}{text}"

        for r, tg in enumerate(targets):
            t.setItem(r, 0, item(tg.name))
            t.setItem(r, 1, item(tg.unit))
            t.setItem(r, 2, item(num(tg.qualifier2017, tg.y2017), True))
            t.setItem(r, 3, item(num(tg.qualifier2020, tg.y2020), True))
            t.setItem(r, 4, item(num(tg.qualifier2025, tg.y2025), True))
            t.setItem(r, 5, item(f"{tg.cagr:.1f}%" if tg.cagr is not None else fmt.DASH, True))
        fit_height(t)

    def _show_pipeline(self, pipe: dict[str, int]) -> None:
        items = []
        for stage in ("lead", "contacted", "visited", "negotiating", "signed", "landed", "dropped"):
            n = pipe.get(stage, 0)
            items.append(
                (stage_label(stage), n, theme.STAGE_COLORS.get(stage, theme.PRIMARY), f"{n:,}")
            )
        self.pipeline_chart.set_items(items)
        total = sum(pipe.values())
        self.pipeline_note.setText(
            self.tr("No firm is being followed up yet.")
            if not total
            else self.tr("%1 firms followed up in total.").replace("%1", fmt.integer(total))
        )

    def _show_gaps(self, gaps, cand: dict[str, int]) -> None:
        top = [g for g in gaps if g.gap > 0][:10]
        self._gap_rows = top
        t = self.gaps
        t.setRowCount(len(top))
        for r, g in enumerate(top):
            t.setItem(r, 0, item(("★ " if g.key else "") + g.direction_name))
            t.setItem(r, 1, item(g.segment_name, tip=g.gap_note or g.note))
            t.setItem(r, 2, item(position_name(g.position)))
            st = item(strength_name(g.strength))
            st.setForeground(QColor(theme.STRENGTH_COLORS.get(g.strength, (theme.TEXT,))[0]))
            t.setItem(r, 3, st)
            t.setItem(r, 4, item(fmt.integer(g.local_firms), True))
            gi = QTableWidgetItem()
            gi.setData(Qt.ItemDataRole.UserRole, float(g.gap))
            t.setItem(r, 5, gi)
            t.setItem(r, 6, item(fmt.integer(cand.get(g.segment, 0)), True))
        fit_height(t)
        t.setVisible(bool(top))
        self.gaps_empty.setVisible(not top)

    def _show_projects(self, p: dict[str, Any] | None) -> None:
        if not p or not p.get("count"):
            self.grade_chart.set_items([])
            self.project_status.setText(self.tr("No brought-in projects recorded yet."))
            self.alerts_label.setText("")
            return
        colors = {"A": theme.SUCCESS, "B": "#5E9E62", "C": theme.WARNING, "D": theme.DANGER}
        items = [
            (
                self.tr("Grade %1").replace("%1", g) if g in colors else self.tr("Not graded"),
                n,
                colors.get(g, theme.TEXT_FAINT),
                f"{n:,}",
            )
            for g, n in sorted(p["grades"].items(), key=lambda kv: (kv[0] not in colors, kv[0]))
        ]
        self.grade_chart.set_items(items)
        st = p.get("status") or {}
        names = {
            "met": self.tr("met"),
            "at_risk": self.tr("at risk"),
            "missed": self.tr("missed"),
            "pending": self.tr("pending"),
        }
        parts = [f"{names.get(k, k)} {v}" for k, v in st.items()]
        self.project_status.setText(
            self.tr("%1 projects. Commitments: %2")
            .replace("%1", fmt.integer(p["count"]))
            .replace("%2", self.tr(", ").join(parts) if parts else fmt.DASH)
        )
        if p["alerts"]:
            lines = []
            for severity, project, text in p["alerts"]:
                color = theme.DANGER if severity >= 2 else theme.WARNING
                lines.append(f"<span style='color:{color}'>●</span> {project}：{text}")
            more = p["alert_count"] - len(p["alerts"])
            if more > 0:
                lines.append(self.tr("…and %1 more alerts").replace("%1", str(more)))
            self.alerts_label.setText("<br>".join(lines))
        else:
            self.alerts_label.setText(self.tr("No alerts."))

    def _open_gap(self, index) -> None:
        if not 0 <= index.row() < len(self._gap_rows):
            return
        g = self._gap_rows[index.row()]
        win = self.window()
        view = win.show_view("candidates")
        if hasattr(view, "show_filter"):
            view.show_filter(direction=g.direction, segment=g.segment)

    def describe(self) -> str:
        if not self.data:
            return ""
        return (
            self.tr("%1 targets, %2 gaps")
            .replace("%1", str(len(self.data["targets"])))
            .replace("%2", str(len(self.data["gaps"])))
        )

    # -- printing -----------------------------------------------------------------------------
    def can_print(self) -> bool:
        return True

    def print_view(self) -> None:
        from ui.print_support import print_widget

        print_widget(self, self.header.title.text())
