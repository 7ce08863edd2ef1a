"""The firm record's columns: the one definition that import, edit, search and the demo use.

A firm is one row of ``firms``. Its columns fall into groups, each named once here: the
fields staff import and edit (with the label they know them by), the bookkeeping the
importer keeps, the stamps of where a row came from, the classifier's call, and the text
the search index holds. A new field is added here (and by a migration), and every list of
columns follows.
"""

from __future__ import annotations

# The fields staff import and edit -> the label they know them by, in template order.
FIELDS: dict[str, str] = {
    "name": "企业名称",
    "short_name": "企业简称",
    "uscc": "统一社会信用代码",
    "stock_code": "股票代码",
    "legal_rep": "法定代表人",
    "firm_type": "企业类型",
    "industry": "所属行业",
    "province": "所属省份",
    "city": "所属城市",
    "district": "所属区县",
    "address": "注册地址",
    "founded": "成立日期",
    "registered_capital": "注册资本(万元)",
    "currency": "注册资本币种",
    "employees": "员工人数",
    "revenue": "营业收入(万元)",
    "revenue_growth": "营收增长率(%)",
    "rd_ratio": "研发投入占比(%)",
    "patents": "专利数量",
    "high_tech": "高新技术企业",
    "listing": "上市板块",
    "listing_date": "上市日期",
    "main_business": "主营业务",
    "business_scope": "经营范围",
    "introduction": "企业简介",
    "website": "官网",
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
