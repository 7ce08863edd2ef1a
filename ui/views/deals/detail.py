"""The selected deal beside the list: facts, the pre-entry assessment (its recommendation and
load class edited in place), the stage history and the hand-offs to towns with their feedback.
"""

from __future__ import annotations

import functools
import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import fmt as app_fmt
from app.deals import assess
from app.deals import model as m
from app.errors import UserError
from ui import messages, theme
from ui.views.deals.texts import (
    ENERGY_EN,
    RECOMMENDATION_EN,
    STAGE_EN,
    TYPE_EN,
    code_combo,
    tx,
    txf,
)
from ui.widgets.common import Card, EmptyState, FormDialog, muted, spacing

VERDICT_COLOUR = assess.VERDICT_COLOUR
HANDOFF_EN = {
    "pending": QT_TRANSLATE_NOOP("", "Awaiting feedback"),
    "following": QT_TRANSLATE_NOOP("", "Following up"),
    "landed": QT_TRANSLATE_NOOP("", "Settled"),
    "returned": QT_TRANSLATE_NOOP("", "Returned"),
}


def _e(x: Any) -> str:
    return html.escape(str(x or ""))


def _table(rows: list[list[str]]) -> str:
    """A borderless rich-text table (cells already escaped) that wraps in a narrow pane."""
    body = "".join(
        "<tr>" + "".join(f"<td style='padding:1px 6px 1px 0'>{c}</td>" for c in r) + "</tr>"
        for r in rows
    )
    return f"<table cellspacing='0'>{body}</table>"


def _value(text: str = "") -> QLabel:
    lab = QLabel(text)
    lab.setWordWrap(True)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    lab.setMinimumWidth(1)
    return lab


class FeedbackDialog(FormDialog):
    """What a town reported back on a hand-off."""

    def __init__(self, handoff: m.Handoff, parent: QWidget | None = None):
        about = f"{handoff.town}　{handoff.at[:10]}　{handoff.note}"
        super().__init__(tx("Town feedback"), about, parent)
        self.status = QComboBox()
        for key in ("following", "landed", "returned"):
            self.status.addItem(tx(HANDOFF_EN[key]), key)
        self.text = QLineEdit(handoff.feedback)
        self.add_rows((tx("Status"), self.status), (tx("What the town reported"), self.text))


class DealDetail(QScrollArea):
    """One deal in full; ``changed`` after an edit made here."""

    changed = Signal()
    open_sheet = Signal(int)  # the printable assessment sheet

    def __init__(self, ctx: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.deal: m.Deal | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        lay = QVBoxLayout(inner)
        s = spacing(self)
        lay.setContentsMargins(int(s * 0.6), 0, int(s * 0.6), 0)
        lay.setSpacing(s)
        self.empty = EmptyState(tx("Select a deal to see its facts, assessment and history."))
        lay.addWidget(self.empty)

        self.title = QLabel()
        self.title.setFont(theme.scaled_font(self.font(), 1.25, bold=True))
        self.title.setWordWrap(True)
        self.title.setMinimumWidth(1)
        self.sub = muted()
        self.sub.setWordWrap(True)
        self.sub.setMinimumWidth(1)
        lay.addWidget(self.title)
        lay.addWidget(self.sub)

        # facts
        self.facts_card = Card(tx("Facts"))
        facts = QFormLayout()
        facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fact: dict[str, QLabel] = {}
        for key, label in (
            ("amount", QT_TRANSLATE_NOOP("", "Planned investment")),
            ("area", QT_TRANSLATE_NOOP("", "Land or floor space")),
            ("town", QT_TRANSLATE_NOOP("", "Town")),
            ("direction", QT_TRANSLATE_NOOP("", "Direction")),
            ("site", QT_TRANSLATE_NOOP("", "Site chosen")),
            ("offered", QT_TRANSLATE_NOOP("", "Sites offered")),
            ("owner", QT_TRANSLATE_NOOP("", "Officer")),
            ("next", QT_TRANSLATE_NOOP("", "Next step")),
            ("expect", QT_TRANSLATE_NOOP("", "Expected output, tax, jobs")),
            ("signed", QT_TRANSLATE_NOOP("", "Signing")),
        ):
            self.fact[key] = _value()
            facts.addRow(tx(label), self.fact[key])
        self.facts_card.body.addLayout(facts)
        self.sites_btn = QPushButton(tx("Sites…"))
        self.sites_btn.setToolTip(
            tx("Sites of the register that fit this deal; record one offered or chosen")
        )
        self.sites_btn.clicked.connect(self.choose_site)
        self.facts_card.head_actions.addWidget(self.sites_btn)
        lay.addWidget(self.facts_card)

        # the assessment: findings from the data, the recommendation from staff
        self.assess_card = Card(tx("Pre-entry assessment"))
        self.sheet_btn = QPushButton(tx("Assessment sheet…"))
        self.sheet_btn.clicked.connect(
            lambda: self.open_sheet.emit(self.deal.id if self.deal else 0)
        )
        self.findings = _value()
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self.assess_card.body.addWidget(self.findings)
        edit = QFormLayout()
        edit.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.energy = code_combo(ENERGY_EN)
        self.recommendation = code_combo(RECOMMENDATION_EN)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tx("Reason or conditions"))
        for box in (self.energy, self.recommendation):
            box.setMinimumContentsLength(6)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        edit.addRow(tx("Energy and environmental load"), self.energy)
        edit.addRow(tx("Recommendation (set by staff)"), self.recommendation)
        edit.addRow(tx("Reason or conditions"), self.reason)
        self.assess_card.body.addLayout(edit)
        row = QHBoxLayout()
        self.assess_note = muted()
        self.assess_note.setWordWrap(True)
        self.assess_note.setMinimumWidth(1)
        row.addWidget(self.assess_note, 1)
        self.assess_card.body.addLayout(row)
        # the buttons under the card, not beside its title: a narrow pane must not clip them
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_assess = QPushButton(tx("Save assessment"))
        self.save_assess.clicked.connect(self.save_assessment)
        buttons.addWidget(self.sheet_btn)
        buttons.addWidget(self.save_assess)
        self.assess_card.body.addLayout(buttons)
        lay.addWidget(self.assess_card)

        # history and hand-offs
        self.history_card = Card(tx("Stage history"))
        self.history = _value()
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history_card.body.addWidget(self.history)
        lay.addWidget(self.history_card)
        self.handoff_card = Card(tx("Hand-offs to towns"))
        self.feedback_btn = QPushButton(tx("Record feedback…"))
        self.feedback_btn.clicked.connect(self.record_feedback)
        self.handoffs = _value()
        self.handoffs.setTextFormat(Qt.TextFormat.RichText)
        self.handoff_card.body.addWidget(self.handoffs)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.feedback_btn)
        self.handoff_card.body.addLayout(buttons)
        lay.addWidget(self.handoff_card)
        lay.addStretch(1)
        self.setWidget(inner)
        self.sections = (
            self.title,
            self.sub,
            self.facts_card,
            self.assess_card,
            self.history_card,
            self.handoff_card,
        )
        self.show_deal(None)

    # -- showing -------------------------------------------------------------------------------
    def show_deal(self, deal_id: int | None) -> None:
        self.deal = None
        if deal_id:
            try:
                self.deal = m.get_deal(self.ctx.db, deal_id)
            except UserError:
                self.deal = None
        d = self.deal
        self.empty.setVisible(d is None)
        for w in self.sections:
            w.setVisible(d is not None)
        if d is None:
            return
        self.title.setText(d.name)
        number = tx("No.")  # outside the f-string, where lupdate sees it
        self.sub.setText(
            "　·　".join(
                x
                for x in (
                    f"{number} {d.id}",
                    d.firm,
                    tx(TYPE_EN.get(d.type, d.type)),
                    tx(STAGE_EN.get(d.stage, d.stage))
                    + (f"（{d.drop_reason}）" if d.stage == "dropped" and d.drop_reason else ""),
                )
                if x
            )
        )
        self._facts(d)
        self._assessment(d)
        self._history(d)
        self._handoffs(d)

    def _facts(self, d: m.Deal) -> None:
        f = self.fact
        f["amount"].setText(app_fmt.money(d.amount) or "—")
        area = []
        if d.land_mu:
            area.append(txf("%1 mu", app_fmt.figure(d.land_mu)))
            if d.intensity is not None:
                area.append(txf("%1 ×10k yuan/mu", app_fmt.figure(d.intensity)))
        if d.floor_m2:
            area.append(f"{app_fmt.figure(d.floor_m2)} ㎡")
        f["area"].setText(functools.reduce(lambda x, y: txf("%1, %2", x, y), area) if area else "—")
        f["town"].setText(d.town or "—")
        seg = self.ctx.segment_name(d.segment) if d.segment else ""
        f["direction"].setText(
            " · ".join(x for x in (self.ctx.direction_name(d.direction), seg) if x) or "—"
        )
        f["site"].setText(d.site or "—")
        f["offered"].setText(
            "；".join(f"{s['name']}（{s['town']}）" for s in d.sites_offered) or "—"
        )
        f["owner"].setText(d.owner or "—")
        if d.next_step:
            late = m.overdue(d)
            due = txf("overdue %1", d.next_due) if late else (d.next_due or tx("no due date"))
            f["next"].setText(f"{d.next_step}（{due}）")
            f["next"].setStyleSheet(f"color: {theme.DANGER};" if late else "")
        else:
            f["next"].setText("—")
            f["next"].setStyleSheet("")
        f["expect"].setText(
            " / ".join(
                (
                    app_fmt.money(d.expected_output) or "—",
                    app_fmt.money(d.expected_tax) or "—",
                    txf("%1 people", d.expected_jobs) if d.expected_jobs else "—",
                )
            )
        )
        if d.signed_on:
            parts = [d.signed_on, d.agreement_no]
            if d.project_id:
                parts.append(txf("brought-in project %1", d.project_id))
            f["signed"].setText("　".join(x for x in parts if x))
        else:
            f["signed"].setText(tx("not signed"))

    def _assessment(self, d: m.Deal) -> None:
        try:
            a = assess.build(self.ctx.db, d.id or 0)
        except UserError as exc:
            self.findings.setText(_e(exc.message))
            a = None
        if a is not None:
            rows = [
                [
                    f"<b>{_e(i.title)}</b>",
                    _e(i.finding),
                    f"<span style='color:{VERDICT_COLOUR.get(i.verdict, theme.TEXT_MUTED)}'>"
                    f"<b>{_e(assess.verdict_label(i.verdict))}</b></span>",
                ]
                for i in a.items
            ]
            text = _table(rows)
            if a.risks:
                text += "<p>" + _e(txf("Risks: %1", tx("; ").join(a.risks))) + "</p>"
            if a.major:
                text += (
                    f"<p style='color:{theme.DANGER}'>"
                    + _e(tx("Major project: goes to the leading group (领导小组审议)."))
                    + "</p>"
                )
            self.findings.setText(text)
        for box, value in (
            (self.energy, d.energy_class),
            (self.recommendation, d.recommendation),
        ):
            box.setCurrentIndex(max(0, box.findData(value)))
        self.reason.setText(d.recommendation_note)
        self.assess_note.setText(
            tx("Findings come from the data; the recommendation is staff's, not the program's.")
        )

    def _history(self, d: m.Deal) -> None:
        rows = []
        for h in reversed(d.history):
            move = tx(STAGE_EN.get(h.stage, h.stage))
            if h.from_stage:
                move = f"{tx(STAGE_EN.get(h.from_stage, h.from_stage))} → {move}"
            rows.append([_e(h.at[:10]), f"<b>{_e(move)}</b>", _e(h.by), _e(h.note)])
        self.history.setText(_table(rows) if rows else _e(tx("No history.")))

    def _handoffs(self, d: m.Deal) -> None:
        rows = []
        for h in d.handoffs:
            status = tx(HANDOFF_EN.get(h.status, h.status))
            colour = theme.TEXT_MUTED if h.status == "pending" else theme.TEXT
            line = f"{_e(h.at[:10])}　<b>{_e(h.town)}</b>　<span style='color:{colour}'>{_e(status)}</span>"
            if h.note:
                line += f"<br>{_e(h.note)}"
            if h.feedback:
                reported = tx("Town reported")  # outside the f-string, where lupdate sees it
                line += f"<br>{_e(reported)}（{_e((h.feedback_at or '')[:10])}）：{_e(h.feedback)}"
            rows.append(line)
        self.handoffs.setText("<br><br>".join(rows) if rows else _e(tx("Not handed off.")))
        self.feedback_btn.setEnabled(bool(d.handoffs))

    # -- editing -------------------------------------------------------------------------------
    def save_assessment(self) -> None:
        d = self.deal
        if d is None:
            return
        try:
            m.update(
                self.ctx.db,
                d.id or 0,
                {
                    "energy_class": self.energy.currentData() or "",
                    "recommendation": self.recommendation.currentData() or "",
                    "recommendation_note": self.reason.text().strip(),
                },
            )
        except UserError as exc:
            messages.show_error(self, exc)
            return
        self.changed.emit()

    def choose_site(self) -> None:
        from ui.views.deals.form import SitesDialog

        if self.deal is None:
            return
        if SitesDialog(self.ctx, self.deal, self).exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()

    def record_feedback(self) -> None:
        d = self.deal
        if d is None or not d.handoffs:
            return
        h = d.handoffs[-1]
        dlg = FeedbackDialog(h, self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            m.town_feedback(self.ctx.db, h.id, dlg.status.currentData(), dlg.text.text())
        except UserError as exc:
            messages.show_error(self, exc)
            return
        self.changed.emit()
