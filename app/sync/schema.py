"""The tables of a working copy (app.sync; one migration, appended to app.migrations).

They exist in every database (one schema for all) but hold rows only in a working copy made
by ``chainfill checkout``: where it came from (``sync_origin``), the team's version of every
row it took along (``sync_base``, the *base* of the three-way merge at check-in), and the
fields both sides changed that wait for a person (``sync_conflicts``). Shipped with the
migration, so this SQL is never edited either.
"""

from __future__ import annotations

SQL = """
        -- One row when this database is a working copy of a team database.
        CREATE TABLE sync_origin (
            copy_id TEXT PRIMARY KEY,
            source_db_id TEXT NOT NULL,
            source TEXT NOT NULL,
            schema_version INTEGER NOT NULL,
            scope TEXT NOT NULL,
            checked_out_at TEXT NOT NULL,
            checked_out_by TEXT NOT NULL,
            catalog TEXT,
            model TEXT,
            last_checkin_at TEXT,
            last_checkin_by TEXT
        );

        -- The team's values of every row taken along (and of every row merged since), in the
        -- team's key space: local_key is the row's key in this copy, team_key in the team's.
        CREATE TABLE sync_base (
            tbl TEXT NOT NULL,
            local_key TEXT NOT NULL,
            team_key TEXT NOT NULL,
            version INTEGER,
            data TEXT NOT NULL,
            PRIMARY KEY (tbl, local_key)
        ) WITHOUT ROWID;

        -- A field changed on both sides: nothing of the record is written until a person
        -- decides (resolution mine | theirs). Values are JSON.
        CREATE TABLE sync_conflicts (
            conflict_id INTEGER PRIMARY KEY,
            tbl TEXT NOT NULL,
            local_key TEXT NOT NULL,
            team_key TEXT,
            record TEXT NOT NULL,
            field TEXT NOT NULL,
            base TEXT,
            mine TEXT,
            theirs TEXT,
            found_at TEXT NOT NULL,
            resolution TEXT CHECK (resolution IN ('mine', 'theirs')),
            resolved_by TEXT,
            resolved_at TEXT
        );
        CREATE UNIQUE INDEX sync_conflicts_field ON sync_conflicts(tbl, local_key, field);
        """


# v10: in a working copy, a row deleted from a table keyed by ``id`` moves its base aside
# (local key ``gone:[id]``). SQLite gives the next new row the highest free id — perhaps the id
# of the row just deleted — and without this a check-in would take the new row for an edit of
# the deleted one (a new contact merged over a colleague's). Every database has the triggers
# (one schema for all); outside a working copy ``sync_base`` is empty and they do nothing.
GONE = "gone:"
GONE_TABLES = (
    "firms",
    "sites",
    "shortlists",
    "projects",
    "deals",
    "stage_history",
    "contacts",
    "visits",
    "firm_flags",
    "firm_links",
    "firm_signals",
    "project_adjustments",
    "deal_history",
    "deal_handoffs",
)
GONE_SQL = "".join(
    f"""
        CREATE TRIGGER sync_gone_{table} AFTER DELETE ON {table} BEGIN
            UPDATE sync_base SET local_key = '{GONE}' || local_key
            WHERE tbl = '{table}' AND local_key = '[' || OLD.id || ']';
        END;
"""
    for table in GONE_TABLES
)
