"""The deals view's texts: tx() and txf() (ui.texts), and the English names of the stored
codes, marked for lupdate (their Chinese comes from the catalogues like every tr())."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox

from ui.texts import CONTEXT, tx, txf

__all__ = [
    "CONTEXT",
    "DEALS",
    "ENERGY_EN",
    "RECOMMENDATION_EN",
    "STAGE_EN",
    "TYPE_EN",
    "code_combo",
    "tx",
    "txf",
]

DEALS = "deals"  # the kind of data change announced after an edit

STAGE_EN = {
    "lead": QT_TRANSLATE_NOOP("", "Lead"),
    "contact": QT_TRANSLATE_NOOP("", "Contact"),
    "visit": QT_TRANSLATE_NOOP("", "Site visit"),
    "negotiate": QT_TRANSLATE_NOOP("", "Negotiation"),
    "signed": QT_TRANSLATE_NOOP("", "Signed"),
    "registered": QT_TRANSLATE_NOOP("", "Registered"),
    "started": QT_TRANSLATE_NOOP("", "Construction"),
    "producing": QT_TRANSLATE_NOOP("", "In production"),
    "dropped": QT_TRANSLATE_NOOP("", "Dropped"),
}
TYPE_EN = {
    "new": QT_TRANSLATE_NOOP("", "New establishment"),
    "expansion": QT_TRANSLATE_NOOP("", "Capital increase / expansion"),
    "hq": QT_TRANSLATE_NOOP("", "Headquarters"),
    "rnd": QT_TRANSLATE_NOOP("", "R&D centre"),
    "regional_hq": QT_TRANSLATE_NOOP("", "Regional headquarters"),
    "other": QT_TRANSLATE_NOOP("", "Other"),
}
RECOMMENDATION_EN = {
    "introduce": QT_TRANSLATE_NOOP("", "Introduce"),
    "conditional": QT_TRANSLATE_NOOP("", "Introduce with conditions"),
    "defer": QT_TRANSLATE_NOOP("", "Defer"),
}
ENERGY_EN = {
    "low": QT_TRANSLATE_NOOP("", "Low"),
    "medium": QT_TRANSLATE_NOOP("", "Medium"),
    "high": QT_TRANSLATE_NOOP("", "High"),
}


def code_combo(names: dict[str, str]) -> QComboBox:
    """A choice among stored codes, shown by their names in ``names``, after "(none)" (no code)."""
    box = QComboBox()
    box.addItem(tx("(none)"), "")
    for key, en in names.items():
        box.addItem(tx(en), key)
    return box
