"""The firm record's columns: the one definition that import, edit, search and the demo use.

A firm is one row of ``firms``. Its columns fall into groups, each named once here: the
fields staff import and edit (with the label they know them by), the bookkeeping the
importer keeps, the stamps of where a row came from, the classifier's call, and the text
the search index holds. A new field is added here (and by a migration), and every list of
columns follows.
"""

from __future__ import annotations

from resources.i18n import N_

# The fields staff import and edit -> the label they know them by, in template order (the
# import template's headers: compared as Chinese; marked so a list in English can name them).
FIELDS: dict[str, str] = {
    "name": N_("企业名称"),
    "short_name": N_("企业简称"),
    "uscc": N_("统一社会信用代码"),
    "stock_code": N_("股票代码"),
    "legal_rep": N_("法定代表人"),
    "firm_type": N_("企业类型"),
    "industry": N_("所属行业"),
    "province": N_("所属省份"),
    "city": N_("所属城市"),
    "district": N_("所属区县"),
    "address": N_("注册地址"),
    "founded": N_("成立日期"),
    "registered_capital": N_("注册资本(万元)"),
    "currency": N_("注册资本币种"),
    "employees": N_("员工人数"),
    "revenue": N_("营业收入(万元)"),
    "revenue_growth": N_("营收增长率(%)"),
    "rd_ratio": N_("研发投入占比(%)"),
    "patents": N_("专利数量"),
    "high_tech": N_("高新技术企业"),
    "listing": N_("上市板块"),
    "listing_date": N_("上市日期"),
    "main_business": N_("主营业务"),
    "business_scope": N_("经营范围"),
    "introduction": N_("企业简介"),
    "website": N_("官网"),
}


# What the importer keeps per firm besides the fields (see app.importing.engine).
BOOKKEEPING: tuple[str, ...] = (
    "name_norm",
    "provenance",
    "text_hash",
    "classified_at",
    "updated_at",
)
# Where a row came from: written when a firm is created (``updated_at`` moves on each change).
STAMPS: tuple[str, ...] = ("source", "imported_at", "updated_at")
# The classifier's call on a firm (``direction_confirmed``: staff confirmed or corrected it).
CLASSIFICATION: tuple[str, ...] = (
    "direction",
    "segment",
    "confidence",
    "segment_confidence",
    "direction_confirmed",
)
# The columns of the search index ``firms_fts``, in its order (set by the schema's migration).
SEARCH_TEXT: tuple[str, ...] = (
    "name",
    "short_name",
    "main_business",
    "business_scope",
    "introduction",
)
