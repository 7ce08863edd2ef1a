"""The period report as printable HTML (the same figures as ``chainfill report --json``); the
markup is resources/templates/deal_report.html."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from app import fmt
from app.deals.assess import ORG
from app.deals.report import BY, TARGET_FIELDS
from resources.i18n import in_source_language

if TYPE_CHECKING:
    from app.db import Database

TITLE = "招商项目统计"


def _target_rows(t: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """The year's targets: name, the whole year's target, done so far, share done."""
    rows = []
    for k, (name, unit) in TARGET_FIELDS.items():
        target, actual, prog = t.get(k), t["year_to_date"][k], t["progress"].get(k)

        def show(v: Any, unit: str = unit) -> str:
            if unit == "万元":
                return fmt.money(v) or "—"
            return "—" if v is None else f"{v:g} 个"

        rows.append(
            (name, show(target), show(actual), "—" if prog is None else f"{prog * 100:.1f}%")
        )
    return rows


@in_source_language
def document(db: Database, period: str, by: str = "direction") -> str:
    """The period report as printed: built and laid out in Chinese whatever the UI speaks."""
    from app.deals import report

    return to_html(report.build(db, period, by))


def to_html(rep: dict[str, Any]) -> str:
    """One report: totals, stages, drops, the breakdown and the year's targets."""
    from app import templates

    return templates.render(
        "deal_report.html",
        rep=rep,
        by_name=BY[rep["by"]],
        targets=_target_rows(rep["targets"]),
        today=date.today().isoformat(),
        TITLE=TITLE,
        ORG=ORG,
    )
