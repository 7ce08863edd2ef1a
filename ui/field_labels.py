"""The labels of the firm fields on screen (detail panel, edit dialog, import wizard)."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.importing.headers import FIELDS
from ui import i18n


def field_label(field: str) -> str:
    """The label of a firm field: the importer's Chinese label, or English when chosen."""
    if i18n.is_chinese():
        if field in FIELDS:
            # The values carry their unit (万元, %), so the label does not repeat it.
            return re.sub(r"[(（][^)）]*[)）]$", "", FIELDS[field])
        return ZH_EXTRA.get(field, field)
    return QCoreApplication.translate("fields", EN_FIELDS.get(field, field))


# English labels of the firm fields (translation context "fields"; Chinese comes from app).
EN_FIELDS = {
    "*": QT_TRANSLATE_NOOP("fields", "All fields when the firm was added"),
    "name": QT_TRANSLATE_NOOP("fields", "Name"),
    "short_name": QT_TRANSLATE_NOOP("fields", "Short name"),
    "uscc": QT_TRANSLATE_NOOP("fields", "USCC"),
    "stock_code": QT_TRANSLATE_NOOP("fields", "Stock code"),
    "legal_rep": QT_TRANSLATE_NOOP("fields", "Legal representative"),
    "firm_type": QT_TRANSLATE_NOOP("fields", "Firm type"),
    "industry": QT_TRANSLATE_NOOP("fields", "Industry"),
    "province": QT_TRANSLATE_NOOP("fields", "Province"),
    "city": QT_TRANSLATE_NOOP("fields", "City"),
    "district": QT_TRANSLATE_NOOP("fields", "District"),
    "address": QT_TRANSLATE_NOOP("fields", "Registered address"),
    "founded": QT_TRANSLATE_NOOP("fields", "Founded"),
    "registered_capital": QT_TRANSLATE_NOOP("fields", "Registered capital"),
    "currency": QT_TRANSLATE_NOOP("fields", "Currency"),
    "employees": QT_TRANSLATE_NOOP("fields", "Employees"),
    "revenue": QT_TRANSLATE_NOOP("fields", "Revenue"),
    "revenue_growth": QT_TRANSLATE_NOOP("fields", "Revenue growth"),
    "rd_ratio": QT_TRANSLATE_NOOP("fields", "R&D ratio"),
    "patents": QT_TRANSLATE_NOOP("fields", "Patents"),
    "high_tech": QT_TRANSLATE_NOOP("fields", "High-tech enterprise"),
    "listing": QT_TRANSLATE_NOOP("fields", "Listing"),
    "listing_date": QT_TRANSLATE_NOOP("fields", "Listing date"),
    "main_business": QT_TRANSLATE_NOOP("fields", "Main business"),
    "business_scope": QT_TRANSLATE_NOOP("fields", "Business scope"),
    "introduction": QT_TRANSLATE_NOOP("fields", "Introduction"),
    "website": QT_TRANSLATE_NOOP("fields", "Website"),
    "source": QT_TRANSLATE_NOOP("fields", "Source"),
    "imported_at": QT_TRANSLATE_NOOP("fields", "Imported"),
    "updated_at": QT_TRANSLATE_NOOP("fields", "Updated"),
}
# "*" is the importer's entry for every field a new firm arrived with (docs/importing.md).
ZH_EXTRA = {
    "source": "来源",
    "imported_at": "导入时间",
    "updated_at": "更新时间",
    "*": "建档时的全部字段",
}
