"""The tables of app.targeting (one migration, appended to app.migrations.MIGRATIONS).

Each row points at a firm by id and goes with it (ON DELETE CASCADE: an undone import takes
its firms' flags, links and signals along). A link's partner may be outside the database: its
name is kept as written (``partner_name``) and matched again when the list is shown.
"""

from __future__ import annotations

RELATIONS = ("supplier", "customer", "parent", "subsidiary", "group")


# Flags, links and signals; and the strategy a shortlist was built with (app.migrations runs
# it as one migration: shipped, so never edited).
SQL = """
        -- A firm on a public list (专精特新中小企业, 小巨人 …): the list's name as staff wrote it.
        CREATE TABLE firm_flags (
            id INTEGER PRIMARY KEY,
            firm_id INTEGER NOT NULL REFERENCES firms(id) ON DELETE CASCADE,
            flag TEXT NOT NULL,
            year INTEGER,
            listed_name TEXT,
            source TEXT,
            imported_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX firm_flags_key ON firm_flags(firm_id, flag, COALESCE(year, 0));
        CREATE INDEX firm_flags_flag ON firm_flags(flag);

        -- What the firm is to the partner: supplier (it supplies the partner), customer (it
        -- buys from the partner), parent / subsidiary (of the partner), group (same group).
        CREATE TABLE firm_links (
            id INTEGER PRIMARY KEY,
            firm_id INTEGER NOT NULL REFERENCES firms(id) ON DELETE CASCADE,
            partner_id INTEGER REFERENCES firms(id) ON DELETE SET NULL,
            partner_name TEXT NOT NULL,
            partner_norm TEXT NOT NULL,
            relation TEXT NOT NULL
                CHECK (relation IN ('supplier', 'customer', 'parent', 'subsidiary', 'group')),
            source TEXT,
            date TEXT,
            created_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX firm_links_key ON firm_links(firm_id, partner_norm, relation);
        CREATE INDEX firm_links_partner ON firm_links(partner_id);
        CREATE INDEX firm_links_partner_norm ON firm_links(partner_norm);

        -- A dated event: kind is one of app.targeting.signals.KINDS; any other kind is 其他
        -- with the kind as written kept beside it.
        CREATE TABLE firm_signals (
            id INTEGER PRIMARY KEY,
            firm_id INTEGER NOT NULL REFERENCES firms(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            kind_written TEXT,
            date TEXT NOT NULL,
            note TEXT,
            source TEXT,
            user TEXT,
            created_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX firm_signals_key
            ON firm_signals(firm_id, kind, date, COALESCE(note, ''));

        ALTER TABLE shortlists ADD COLUMN strategy TEXT;
        """
