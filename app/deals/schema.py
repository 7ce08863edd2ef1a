"""The SQL of the investment pipeline's tables (招商项目, 载体, 年度目标).

Kept here, beside the code that uses them, so that the store layer can take them over whole;
:func:`app.migrations` runs :data:`CREATE` once. Units: amounts in 万元, land in 亩, floor in ㎡.
Stages and types are stored as the English keys of :mod:`app.deals.model` and shown in Chinese.
"""

from __future__ import annotations

# Rows staff edit, each with a ``version`` (migration v8) against lost writes. Sites are
# added and offered, never edited, so they need none.
VERSIONED = ("deals",)

CREATE = """
CREATE TABLE sites (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    town TEXT NOT NULL,
    park TEXT,
    land_mu REAL CHECK (land_mu IS NULL OR land_mu >= 0),
    floor_m2 REAL CHECK (floor_m2 IS NULL OR floor_m2 >= 0),
    price TEXT,
    directions TEXT NOT NULL DEFAULT '',
    contact TEXT,
    available TEXT,
    note TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX sites_town ON sites(town);

CREATE TABLE deals (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    firm_id INTEGER NOT NULL REFERENCES firms(id) ON DELETE RESTRICT,
    type TEXT NOT NULL,
    amount REAL CHECK (amount IS NULL OR amount >= 0),
    land_mu REAL CHECK (land_mu IS NULL OR land_mu >= 0),
    floor_m2 REAL CHECK (floor_m2 IS NULL OR floor_m2 >= 0),
    town TEXT,
    direction TEXT NOT NULL DEFAULT '',
    segment TEXT,
    owner TEXT,
    stage TEXT NOT NULL,
    drop_reason TEXT,
    next_step TEXT,
    next_due TEXT,
    site_id INTEGER REFERENCES sites(id) ON DELETE SET NULL,
    expected_output REAL,
    expected_tax REAL,
    expected_jobs INTEGER,
    planned_start TEXT,
    planned_production TEXT,
    energy_class TEXT,
    recommendation TEXT,
    recommendation_note TEXT,
    signed_on TEXT,
    landed_on TEXT,
    agreement_no TEXT,
    project_id INTEGER REFERENCES projects(id) ON DELETE SET NULL,
    note TEXT,
    created_on TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX deals_stage ON deals(stage);
CREATE INDEX deals_firm ON deals(firm_id);
CREATE UNIQUE INDEX deals_project ON deals(project_id) WHERE project_id IS NOT NULL;

-- every change of stage (and the creation) of a deal, oldest first
CREATE TABLE deal_history (
    id INTEGER PRIMARY KEY,
    deal_id INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    by TEXT NOT NULL,
    stage TEXT NOT NULL,
    from_stage TEXT,
    note TEXT
);
CREATE INDEX deal_history_deal ON deal_history(deal_id, at);

-- the sites offered to a deal (the chosen one is deals.site_id)
CREATE TABLE deal_sites (
    deal_id INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    offered_on TEXT NOT NULL,
    by TEXT NOT NULL,
    PRIMARY KEY (deal_id, site_id)
) WITHOUT ROWID;

-- 市镇联动: a deal handed to a town's investment office, and what the town reports back
CREATE TABLE deal_handoffs (
    id INTEGER PRIMARY KEY,
    deal_id INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    town TEXT NOT NULL,
    note TEXT,
    at TEXT NOT NULL,
    by TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending',
    feedback TEXT,
    feedback_at TEXT
);
CREATE INDEX deal_handoffs_deal ON deal_handoffs(deal_id);

-- the bureau's own targets per calendar year (万元 and counts)
CREATE TABLE deal_targets (
    year INTEGER PRIMARY KEY,
    signed_amount REAL,
    signed_count INTEGER,
    landed_count INTEGER,
    landed_amount REAL,
    updated_at TEXT NOT NULL
);

-- the other half of the deal <-> brought-in project link
ALTER TABLE projects ADD COLUMN deal_id INTEGER REFERENCES deals(id) ON DELETE SET NULL;
"""
