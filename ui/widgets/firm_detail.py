"""The detail panel of one firm: profile, classification (confirm or correct), score, sources."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QProgressBar,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.store import firms as store_firms
from app.store import scores as store_scores
from ui import fmt, messages, theme
from ui.context import ALL, FIRMS, SCORES
from ui.field_labels import field_label
from ui.firm_edit_dialog import FirmEditDialog
from ui.widgets.common import (
    LEFT,
    EmptyState,
    make_button,
    muted,
    scroll_area,
    section_title,
    spacing,
)
from ui.widgets.targeting import add_targeting_tab

translate = QCoreApplication.translate  # pyside6-lupdate finds translate("ctx", "…")


CLASSIFICATION = "classification"  # announced after classifying (ui.mainwindow.recompute)
EXPLAIN_DELAY_MS = 250  # the selection rests this long before an explanation is worked out


PROFILE_FIELDS = (
    "uscc",
    "stock_code",
    "legal_rep",
    "firm_type",
    "industry",
    "address",
    "founded",
    "registered_capital",
    "employees",
    "revenue",
    "revenue_growth",
    "rd_ratio",
    "patents",
    "high_tech",
    "listing",
    "listing_date",
    "website",
)
TEXT_FIELDS = ("main_business", "business_scope", "introduction")


def format_field(field: str, value: Any, row: dict[str, Any] | None = None) -> str:
    """A firm field's value as staff read it."""
    if value is None or value == "":
        return fmt.DASH
    if field in ("registered_capital", "revenue"):
        if field == "registered_capital" and (row or {}).get("_capital_fx"):
            return str(row["_capital_fx"])  # both currencies and the rate (app.fx)
        text = fmt.money_wan(value)
        cur = (row or {}).get("currency")
        if field == "registered_capital" and cur and cur not in ("人民币", "CNY", "RMB"):
            text += f"（{cur}）"
        return text
    if field in ("founded", "listing_date"):
        return fmt.day(value)
    if field in ("imported_at", "updated_at", "classified_at"):
        return fmt.timestamp(value)
    if field in ("employees", "patents"):
        return fmt.integer(value)
    if field in ("revenue_growth", "rd_ratio"):
        return fmt.percent(float(value), 1)
    if field == "high_tech":
        return translate("FirmDetail", "Yes") if value else translate("FirmDetail", "No")
    return str(value)


class FactorBar(QWidget):
    """One factor of a score (0–1) as a labelled bar."""

    def __init__(self, label: str, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(label)
        self.label.setMinimumWidth(self.fontMetrics().horizontalAdvance("中") * 6)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(int(self.fontMetrics().height() * 0.7))
        self.value = QLabel(fmt.DASH)
        self.value.setMinimumWidth(self.fontMetrics().horizontalAdvance("0.000 ×0.00"))
        self.value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        lay.addWidget(self.label)
        lay.addWidget(self.bar, 1)
        lay.addWidget(self.value)

    def set(self, value: float | None, weight: float | None = None) -> None:
        self.bar.setValue(int((value or 0) * 1000))
        text = fmt.DASH if value is None else f"{value:.2f}"
        if weight is not None:
            text += f"  ×{weight:.2f}"
        self.value.setText(text)


class FirmDetail(QWidget):
    """Everything about one firm. Emits ``changed(firm_id)`` after an edit."""

    changed = Signal(int)

    def __init__(self, ctx, parent: QWidget | None = None, *, show_score_first: bool = False):
        super().__init__(parent)
        self.ctx = ctx
        self.firm_id: int | None = None
        self.row: dict[str, Any] | None = None
        self._explain_job = None
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("中") * 24)
        lay = QVBoxLayout(self)
        s = spacing(self)
        lay.setContentsMargins(s, 0, 0, 0)
        lay.setSpacing(int(s * 0.6))

        self.empty = EmptyState(self.tr("Select a firm to see its details."))
        lay.addWidget(self.empty)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(int(s * 0.6))
        self.name = QLabel()
        self.name.setWordWrap(True)
        self.name.setFont(theme.scaled_font(self.font(), 1.3, bold=True))
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subline = muted()
        self.subline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body.addWidget(self.name)
        body.addWidget(self.subline)
        actions = QHBoxLayout()
        self.edit_btn = make_button(self.tr("Edit…"), "edit")
        self.edit_btn.setToolTip(self.tr("Correct this firm's name, codes, figures or description"))
        self.edit_btn.clicked.connect(self.open_editor)
        actions.addWidget(self.edit_btn)
        self.shortlist_btn = make_button(self.tr("Add to shortlist"), "check")
        self.shortlist_menu = QMenu(self.shortlist_btn)
        self.shortlist_btn.setMenu(self.shortlist_menu)
        self.shortlist_menu.aboutToShow.connect(self._fill_shortlist_menu)
        actions.addWidget(self.shortlist_btn)
        actions.addStretch(1)
        self.stage_label = muted()
        actions.addWidget(self.stage_label)
        body.addLayout(actions)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        body.addWidget(self.tabs, 1)
        self._build_profile()
        self._build_classification()
        self._build_score()
        self._build_sources()
        self.targeting = add_targeting_tab(self)  # 名录、动向、关联 and 以商引商 (#16)
        if show_score_first:
            self.tabs.setCurrentWidget(self.score_tab)
        self._explained: int | None = None
        self._explain_timer = QTimer(self)
        self._explain_timer.setSingleShot(True)
        self._explain_timer.setInterval(EXPLAIN_DELAY_MS)
        self._explain_timer.timeout.connect(self._run_explanation)
        self.tabs.currentChanged.connect(self._tab_changed)
        lay.addWidget(self.body, 1)
        self.body.hide()
        self._reload_when_shown = False
        ctx.data_changed.connect(self._data_changed)

    # -- tabs ---------------------------------------------------------------------------------
    def _tab_page(self) -> tuple[QWidget, QVBoxLayout]:
        """A tab's page and its column, with the margins every tab has."""
        inner = QWidget()
        lay = QVBoxLayout(inner)
        s = spacing(self)
        lay.setContentsMargins(s, s, s, s)
        return inner, lay

    def _build_profile(self) -> None:
        inner, lay = self._tab_page()
        self.profile_form = QFormLayout()
        self.profile_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.profile_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.profile_values: dict[str, QLabel] = {}
        for f in PROFILE_FIELDS:
            v = QLabel()
            v.setWordWrap(True)
            # Wrapped values (addresses) ask for the height their lines need.
            v.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.MinimumExpanding)
            v.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.profile_values[f] = v
            self.profile_form.addRow(field_label(f).replace("&", "&&"), v)  # R&D: no shortcut
        lay.addLayout(self.profile_form)
        self.text_values: dict[str, QLabel] = {}
        for f in TEXT_FIELDS:
            lay.addWidget(section_title(field_label(f)))
            v = QLabel()
            v.setWordWrap(True)
            v.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.text_values[f] = v
            lay.addWidget(v)
        lay.addStretch(1)
        self.tabs.addTab(scroll_area(inner, frame=False), self.tr("Profile"))

    def _build_classification(self) -> None:
        inner, lay = self._tab_page()
        s = spacing(self)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.c_direction = QLabel()
        self.c_segment = QLabel()
        self.c_confidence = QLabel()
        self.c_status = QLabel()
        self.c_model = muted()
        form.addRow(self.tr("Direction"), self.c_direction)
        form.addRow(self.tr("Chain segment"), self.c_segment)
        form.addRow(self.tr("Confidence"), self.c_confidence)
        form.addRow(self.tr("Status"), self.c_status)
        form.addRow(self.tr("Model"), self.c_model)
        lay.addLayout(form)
        self.confirm_btn = make_button(self.tr("Confirm this classification"), "check", True)
        self.confirm_btn.clicked.connect(self._confirm)
        lay.addWidget(self.confirm_btn, 0, Qt.AlignmentFlag.AlignLeft)

        lay.addSpacing(s)
        lay.addWidget(section_title(self.tr("Correct the classification")))
        lay.addWidget(
            muted(
                self.tr("Staff corrections are kept, audited and used to retrain the classifier.")
            )
        )
        cform = QFormLayout()
        self.fix_direction = QComboBox()
        self.fix_segment = QComboBox()
        self.fix_direction.currentIndexChanged.connect(self._fill_fix_segments)
        cform.addRow(self.tr("Direction"), self.fix_direction)
        cform.addRow(self.tr("Chain segment"), self.fix_segment)
        lay.addLayout(cform)
        self.correct_btn = make_button(self.tr("Save correction"), "save")
        self.correct_btn.clicked.connect(self._correct)
        lay.addWidget(self.correct_btn, 0, Qt.AlignmentFlag.AlignLeft)
        self.c_note = muted()
        lay.addWidget(self.c_note)
        lay.addStretch(1)
        self.class_tab = scroll_area(inner, frame=False)
        self.tabs.addTab(self.class_tab, self.tr("Classification"))

    def _build_score(self) -> None:
        inner, lay = self._tab_page()
        head = QHBoxLayout()
        self.score_value = QLabel(fmt.DASH)
        self.score_value.setObjectName("kpiValue")
        self.score_value.setFont(theme.scaled_font(self.font(), 2.0, bold=True))
        head.addWidget(self.score_value)
        self.score_caption = muted(self.tr("overall score (0–100)"))
        head.addWidget(self.score_caption, 1, Qt.AlignmentFlag.AlignBottom)
        lay.addLayout(head)
        self.f_gap = FactorBar(self.tr("Gap fit"))
        self.f_cap = FactorBar(self.tr("Capability"))
        self.f_prop = FactorBar(self.tr("Propensity"))
        for f in (self.f_gap, self.f_cap, self.f_prop):
            lay.addWidget(f)
        self.explain = QTextBrowser()
        self.explain.setOpenLinks(False)
        self.explain.setFrameShape(QFrame.Shape.NoFrame)
        lay.addWidget(self.explain, 1)
        # The explanation reads as policy text; the arithmetic is one click away.
        self.show_detail = QCheckBox(self.tr("Show the arithmetic"))
        self.show_detail.toggled.connect(self._render_explanation)
        lay.addWidget(self.show_detail)
        self._explanation: dict[str, Any] | None = None
        self.score_tab = inner
        self.tabs.addTab(inner, self.tr("Score"))

    def _build_sources(self) -> None:
        inner, lay = self._tab_page()
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.src_values: dict[str, QLabel] = {}
        for f in ("source", "imported_at", "updated_at"):
            v = QLabel()
            v.setWordWrap(True)
            self.src_values[f] = v
            form.addRow(field_label(f), v)
        lay.addLayout(form)
        lay.addWidget(section_title(self.tr("Where each value came from")))
        self.prov = QTableWidget(0, 3)
        self.prov.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Source"), self.tr("When")])
        self.prov.verticalHeader().hide()
        self.prov.horizontalHeader().setDefaultAlignment(LEFT)
        self.prov.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.prov.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.prov.horizontalHeader().setStretchLastSection(True)
        lay.addWidget(self.prov, 1)
        self.prov_note = muted()
        lay.addWidget(self.prov_note)
        self.tabs.addTab(inner, self.tr("Sources"))

    # -- showing a firm -------------------------------------------------------------------------
    def clear(self) -> None:
        self.firm_id = None
        self.row = None
        self.body.hide()
        self.empty.show()

    def set_firm(self, firm_id: int | None) -> None:
        if firm_id is None:
            self.clear()
            return
        # ``ranked``: the firm with its stored score (scores live in their own table).
        row = store_firms.ranked_row(self.ctx.db, firm_id)
        if row is None:
            self.clear()
            return
        self.firm_id = firm_id
        self.row = row
        from app import fx

        self.row["_capital_fx"] = fx.describe(
            self.row.get("registered_capital"), self.row.get("currency"), fx.get_rates(self.ctx.db)
        )
        self.empty.hide()
        self.body.show()
        r = self.row
        self.name.setText(r["name"])
        place = " · ".join(x for x in (r.get("city"), r.get("district")) if x)
        bits = [b for b in (r.get("short_name"), place, r.get("uscc")) if b]
        self.subline.setText("　".join(bits))
        for f, lab in self.profile_values.items():
            lab.setText(format_field(f, r.get(f), r))
        for f, lab in self.text_values.items():
            lab.setText(r.get(f) or fmt.DASH)
        self._show_classification()
        self._show_sources()
        self._show_stage()
        self.targeting.set_firm(firm_id)
        self._load_explanation()

    def _data_changed(self, kind: str) -> None:
        # New scores or a new classification (after an edit, an import, a retrain): the firm
        # shown reads its one row again, so it never shows what the table no longer does.
        if kind not in (SCORES, CLASSIFICATION, ALL) or self.firm_id is None:
            return
        if not self.isVisible():
            self._reload_when_shown = True  # read once it is on screen again
            return
        self.set_firm(self.firm_id)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._reload_when_shown and self.firm_id is not None:
            self._reload_when_shown = False
            self.set_firm(self.firm_id)

    def _show_stage(self) -> None:
        text = ""
        from app import outreach
        from ui.views.shortlists.common import stage_text  # the stage in the UI's language

        stage = outreach.stage_of(self.ctx.db, self.firm_id)
        if stage:
            text = self.tr("Outreach: %1").replace("%1", stage_text(self, stage))
        self.stage_label.setText(text)

    def _show_classification(self) -> None:
        r = self.row or {}
        d, s = r.get("direction"), r.get("segment")
        self.c_direction.setText(
            self.ctx.direction_name(d) if d else self.tr("Outside the catalog / not classified")
        )
        self.c_segment.setText(self.ctx.segment_name(s) if s else fmt.DASH)
        conf = r.get("confidence")
        self.c_confidence.setText(fmt.certainty(conf))
        if r.get("direction_confirmed"):
            who = store_scores.confirmation(self.ctx.db, self.firm_id)
            text = self.tr("Confirmed by staff")
            if who is not None:
                text += f"（{who.user} {fmt.day(who.at)}）"
            self.c_status.setText(text)
            self.c_status.setStyleSheet(f"color: {theme.SUCCESS};")
        elif r.get("classified_at"):
            self.c_status.setText(self.tr("Automatic (not yet checked)"))
            self.c_status.setStyleSheet(f"color: {theme.WARNING};")
        else:
            self.c_status.setText(self.tr("Not yet classified"))
            self.c_status.setStyleSheet(f"color: {theme.TEXT_MUTED};")
        model = r.get("model_version")
        when = r.get("classified_at")
        self.c_model.setText(
            " · ".join(x for x in (model or "", fmt.timestamp(when) if when else "") if x)
            or fmt.DASH
        )
        self._fill_fix_directions(d, s)

    def _fill_fix_directions(self, direction: str | None, segment: str | None) -> None:
        self.fix_direction.blockSignals(True)
        self.fix_direction.clear()
        self.fix_direction.addItem(self.tr("(outside every direction)"), "")
        try:
            cat = self.ctx.catalog()
            for dom in cat.domains:
                for d in cat.directions:
                    if d.domain == dom.code:
                        self.fix_direction.addItem(f"{dom.name} · {d.name}", d.code)
        except Exception:
            pass
        self.fix_direction.setCurrentIndex(max(0, self.fix_direction.findData(direction or "")))
        self.fix_direction.blockSignals(False)
        self._fill_fix_segments()
        self.fix_segment.setCurrentIndex(max(0, self.fix_segment.findData(segment or "")))

    def _fill_fix_segments(self) -> None:
        self.fix_segment.clear()
        code = self.fix_direction.currentData()
        self.fix_segment.addItem(self.tr("(no particular segment)"), "")
        d = self.ctx.catalog().direction(code) if code else None
        if d is not None:
            for s in d.segments:
                self.fix_segment.addItem(s.name, s.code)
        self.fix_segment.setEnabled(d is not None)

    def _show_sources(self) -> None:
        r = self.row or {}
        for f, lab in self.src_values.items():
            lab.setText(format_field(f, r.get(f)))
        rows = provenance_rows(r.get("provenance"))
        self.prov.setRowCount(len(rows))
        for i, (field, source, at) in enumerate(rows):
            for j, text in enumerate((field_label(field), source, fmt.timestamp(at) if at else "")):
                self.prov.setItem(i, j, QTableWidgetItem(text))
        self.prov.setVisible(bool(rows))
        self.prov_note.setText(
            ""
            if rows
            else self.tr("Every value came from the source above; nothing has been merged.")
        )

    def _load_explanation(self) -> None:
        """Show the stored score now; work out the explanation once it is looked at.

        The explanation recomputes the firm's score with its full breakdown (seconds at a
        million firms, and the scoring libraries' memory), so it waits until the 评分说明 tab
        is open and the selection has rested for a moment (arrow keys through a list).
        """
        self.score_value.setText(fmt.score(self.row.get("score")) if self.row else fmt.DASH)
        self.f_gap.set(self.row.get("gap_fit"))
        self.f_cap.set(self.row.get("capability"))
        self.f_prop.set(self.row.get("propensity"))
        self.explain.setPlainText(self.tr("Working out the explanation…"))
        self._explanation = None
        self._explained = None
        if self.tabs.currentWidget() is self.score_tab:
            self._explain_timer.start()

    def busy(self) -> bool:
        """An explanation is about to be, or being, worked out."""
        job = getattr(self, "_explain_job", None)
        return self._explain_timer.isActive() or (job is not None and job.running)

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.score_tab and self._explained != self.firm_id:
            self._explain_timer.start()

    def _run_explanation(self) -> None:
        if self.firm_id is None or self._explained == self.firm_id:
            return
        self._explained = self.firm_id
        fid = self.firm_id

        def job(db, cancel):
            from app import ranking

            return ranking.explain_firm(db, fid)

        if self._explain_job is not None:
            self._explain_job.cancel()
        self._explain_job = self.ctx.run(
            job,
            announce=False,
            on_result=lambda res, f=fid: self._show_explanation(f, res),
            on_error=lambda e, f=fid: self._explain_failed(f, e),
            receiver=self,
        )

    def _explain_failed(self, fid: int, error) -> None:
        if fid == self.firm_id:
            self._explanation = None
            self.explain.setPlainText(error.message)

    def _show_explanation(self, fid: int, res: dict[str, Any]) -> None:
        if fid != self.firm_id:
            return
        w = res.get("weights") or {}
        total = sum(w.values()) or 1.0
        self.score_value.setText(fmt.score(res.get("score")))
        self.f_gap.set(res.get("gap_fit"), w.get("gap_fit", 0) / total if w else None)
        self.f_cap.set(res.get("capability"), w.get("capability", 0) / total if w else None)
        self.f_prop.set(res.get("propensity"), w.get("propensity", 0) / total if w else None)
        self._explanation = res
        self._render_explanation()

    def _render_explanation(self) -> None:
        res = self._explanation
        if res is None:
            return
        from html import escape

        summary = res.get("summary") or res.get("text") or res.get("why") or ""
        html = f"<p><b>{escape(res.get('name') or '')}</b></p><p>{escape(summary)}</p>"
        detail = res.get("detail")
        if detail and self.show_detail.isChecked():
            html += "<pre style='white-space: pre-wrap'>" + escape(detail) + "</pre>"
        self.explain.setHtml(html)

    # -- editing ------------------------------------------------------------------------------
    def open_editor(self):
        """The edit dialog of the firm shown (``None`` when none is); saving refreshes."""
        if self.firm_id is None:
            return None
        dialog = FirmEditDialog(self.ctx, self.firm_id, self)
        dialog.saved.connect(self._edited)
        dialog.open()
        return dialog

    def _edited(self, record: dict[str, Any]) -> None:
        fid = int(record["id"])
        if self.firm_id == fid:
            self.set_firm(fid)
        if not record.get("changed"):
            return
        self.changed.emit(fid)  # the views forget their cached rows
        # Names, places and figures show in other views too (lists, counts by city).
        self.ctx.notify(FIRMS)
        win = self.window()
        if hasattr(win, "recompute"):
            win.recompute()  # classify a changed text, rescore changed facts

    def _confirm(self) -> None:
        r = self.row or {}
        self._record(r.get("direction") or "", r.get("segment") or None)

    def _correct(self) -> None:
        self._record(self.fix_direction.currentData() or "", self.fix_segment.currentData() or None)

    def _record(self, direction: str, segment: str | None) -> None:
        fid = self.firm_id
        if fid is None:
            return

        def job(db, cancel):
            from app import classification

            return classification.record_correction(db, fid, direction, segment)

        def done(_res) -> None:
            self.c_note.setText(self.tr("Saved."))
            if self.firm_id == fid:
                self.set_firm(fid)
            self.changed.emit(fid)
            self.ctx.notify("classification")

        self.c_note.setText(self.tr("Saving…"))
        self.ctx.run(
            job,
            write=True,
            title=self.tr("Saving the classification"),
            on_result=done,
            receiver=self,
        )

    def _fill_shortlist_menu(self) -> None:
        from app import shortlists

        m = self.shortlist_menu
        m.clear()
        try:
            lists = shortlists.list_all(self.ctx.db)
            member = set(shortlists.lists_of_firm(self.ctx.db, self.firm_id))
        except Exception as exc:
            messages.show_error(self, exc)
            return
        for sl in lists:
            name = sl["name"]
            act = m.addAction(name)
            if name in member:
                act.setEnabled(False)
                act.setText(self.tr("%1 (already on it)").replace("%1", name))
            act.triggered.connect(lambda _=False, n=name: self._add_to_shortlist(n, False))
        if lists:
            m.addSeparator()
        m.addAction(self.tr("New shortlist…")).triggered.connect(
            lambda: self._add_to_shortlist("", True)
        )

    def _add_to_shortlist(self, name: str, create: bool) -> None:
        fid = self.firm_id
        if fid is None:
            return
        if create:
            name, ok = QInputDialog.getText(
                self, self.tr("New shortlist"), self.tr("Name of the new shortlist:")
            )
            name = name.strip()
            if not ok or not name:
                return

        def job(db, cancel):
            from app import shortlists

            if create:
                shortlists.create(db, name)
            return shortlists.add(db, name, [fid])

        def done(_res) -> None:
            messages_text = self.tr("Added to shortlist “%1”.").replace("%1", name)
            self.stage_label.setText(messages_text)
            self.ctx.notify("pipeline")

        self.ctx.run(
            job, write=True, title=self.tr("Adding to shortlist"), on_result=done, receiver=self
        )


def provenance_rows(raw: Any) -> list[tuple[str, str, str]]:
    """(field, source, when) rows from the ``provenance`` column, whatever its JSON shape."""
    if not raw:
        return []
    try:
        data = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        return []
    out: list[tuple[str, str, str]] = []
    if isinstance(data, dict):
        for field, v in data.items():
            if isinstance(v, dict):
                source = str(v.get("source") or v.get("file") or "")
                if v.get("user"):  # a person's edit (app.firm_edit) names who made it
                    source = f"{source}（{v['user']}）"
                out.append((field, source, str(v.get("at") or "")))
            elif isinstance(v, list | tuple) and v:
                out.append((field, str(v[0]), str(v[1]) if len(v) > 1 else ""))
            else:
                out.append((field, str(v), ""))
    elif isinstance(data, list):
        for item in data:
            if isinstance(item, dict):
                out.append(
                    (
                        str(item.get("field", "")),
                        str(item.get("source", "")),
                        str(item.get("at", "")),
                    )
                )
    return out
