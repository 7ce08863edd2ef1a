"""The pipeline's figures as the dashboard shows them: this year's signed and landed against the
bureau's targets, and the deals at each stage. The report tab shows the same for any period."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app import fmt as app_fmt
from app.deals import model as m
from app.deals import report as rp
from ui import theme
from ui.views.deals.texts import STAGE_EN, tx, txf
from ui.widgets.charts import HBarChart
from ui.widgets.common import Card, muted


def load_year(db: Any, today: date | None = None) -> dict[str, Any] | None:
    """This year's report (worker side); None when there are no deals at all."""
    if not m.list_deals(db):
        return None
    return rp.build(db, str((today or date.today()).year), "direction")


def target_lines(rep: dict[str, Any]) -> list[str]:
    """One line per target the bureau set: year to date against the target, and the share."""
    t = rep["targets"]
    lines = []
    for key, (name, unit) in rp.TARGET_FIELDS.items():
        target = t.get(key)
        if target is None:
            continue
        actual = t["year_to_date"][key]
        show = (lambda v: app_fmt.money(v) or "0") if unit == "万元" else (lambda v: f"{v:g}")
        prog = t["progress"].get(key) or 0.0
        pct = f"{prog * 100:.0f}%"  # not a literal argument: lupdate would take it as a comment
        share = txf("%1 of target", pct)
        lines.append(txf("%1: %2 / %3　%4", rp.label(name), show(actual), show(target), share))
    return lines


def stage_items(rep: dict[str, Any]) -> list[tuple[str, float, str, str]]:
    labels = {v: k for k, v in m.STAGES.items()}
    return [
        (
            tx(STAGE_EN[labels[stage]]),
            float(n),
            theme.DANGER if labels[stage] == "dropped" else theme.SUCCESS,
            str(n),
        )
        for stage, n in rep["deals_by_stage"].items()
    ]


class DealsCard(Card):
    """The dashboard's 招商项目 card."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(
            tx("Investment pipeline this year"),
            tx("Signed and landed against the bureau's targets; deals at each stage"),
            parent,
        )
        row = QHBoxLayout()
        left = QVBoxLayout()
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setFont(theme.scaled_font(self.font(), 1.1, bold=True))
        self.targets = QLabel()
        self.targets.setWordWrap(True)
        self.note = muted()
        self.note.setWordWrap(True)
        left.addWidget(self.headline)
        left.addWidget(self.targets)
        left.addWidget(self.note)
        left.addStretch(1)
        self.chart = HBarChart()
        row.addLayout(left, 1)
        row.addWidget(self.chart, 1)
        self.body.addLayout(row)

    def show_report(self, rep: dict[str, Any] | None) -> None:
        self.chart.setVisible(rep is not None)
        if rep is None:
            self.headline.setText(tx("No deals yet."))
            self.targets.setText("")
            self.note.setText(tx("Investment pipeline → New deal… records one."))
            return
        self.headline.setText(
            txf(
                "%1: %2 new leads, %3 signed (%4), %5 in production (%6)",
                rep["label"],
                rep["new_leads"],
                rep["signed"]["count"],
                app_fmt.money(rep["signed"]["amount"]) or "0",
                rep["landed"]["count"],
                app_fmt.money(rep["landed"]["amount"]) or "0",
            )
        )
        lines = target_lines(rep)
        self.targets.setText(
            "\n".join(lines) or tx("No targets set (chainfill targets set YEAR …)")
        )
        self.note.setText(
            tx("Amounts are planned investment; details in Investment pipeline → Report.")
        )
        self.chart.set_items(stage_items(rep))
