"""What the parts of the shortlists view share: item roles, the stage labels, the columns."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QWidget,
)

FIRM_ID = Qt.ItemDataRole.UserRole + 1
REMINDER_DAYS = 7  # the reminders list also shows what falls due within a week

STAGE_SOURCE = {
    "lead": QT_TRANSLATE_NOOP("stages", "Lead"),
    "contacted": QT_TRANSLATE_NOOP("stages", "Contacted"),
    "visited": QT_TRANSLATE_NOOP("stages", "Visited"),
    "negotiating": QT_TRANSLATE_NOOP("stages", "Negotiating"),
    "signed": QT_TRANSLATE_NOOP("stages", "Signed"),
    "landed": QT_TRANSLATE_NOOP("stages", "Landed"),
    "dropped": QT_TRANSLATE_NOOP("stages", "Dropped"),
}
NOT_IN_PIPELINE = QT_TRANSLATE_NOOP("stages", "Not in pipeline")
COLUMNS = (
    QT_TRANSLATE_NOOP("ShortlistsView", "#"),
    QT_TRANSLATE_NOOP("ShortlistsView", "Firm"),
    QT_TRANSLATE_NOOP("ShortlistsView", "City"),
    QT_TRANSLATE_NOOP("ShortlistsView", "Direction"),
    QT_TRANSLATE_NOOP("ShortlistsView", "Score"),
    QT_TRANSLATE_NOOP("ShortlistsView", "Stage"),
    QT_TRANSLATE_NOOP("ShortlistsView", "Note"),
)


def stage_text(_widget: QWidget | None, stage: str | None) -> str:
    """A stage's name in the interface language (Chinese: the plan's own words)."""
    text = STAGE_SOURCE.get(stage or "", stage) if stage else NOT_IN_PIPELINE
    return QCoreApplication.translate("stages", text)
