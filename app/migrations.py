"""Schema versions. Each migration runs in one transaction (the opener, :mod:`app.db`, backs
the old file up first).

Append new migrations to ``MIGRATIONS``; never edit one that has shipped.
"""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from app import __version__
from app.connection import Connection as Database  # migrations work on the bare connection
from app.connection import now, sqlite_uri
from app.deals import schema as deals_schema
from app.errors import UserError
from app.targeting import schema as targeting_schema
from resources.i18n import _

FIRM_TEXT_COLUMNS = ("name", "short_name", "main_business", "business_scope", "introduction")


def _v1_core(db: Database) -> None:
    db.script(
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);

        CREATE TABLE firms (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            name_norm TEXT NOT NULL,
            short_name TEXT,
            uscc TEXT,
            stock_code TEXT,
            legal_rep TEXT,
            firm_type TEXT,
            industry TEXT,
            province TEXT,
            city TEXT,
            district TEXT,
            address TEXT,
            founded TEXT,
            registered_capital REAL,
            currency TEXT,
            employees INTEGER,
            revenue REAL,
            revenue_growth REAL,
            rd_ratio REAL,
            patents INTEGER,
            high_tech INTEGER,
            listing TEXT,
            listing_date TEXT,
            main_business TEXT,
            business_scope TEXT,
            introduction TEXT,
            website TEXT,
            source TEXT,
            imported_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            provenance TEXT,
            text_hash TEXT,
            direction TEXT,
            segment TEXT,
            confidence REAL,
            segment_confidence REAL,
            direction_confirmed INTEGER NOT NULL DEFAULT 0,
            classified_at TEXT,
            model_version TEXT,
            score REAL,
            gap_fit REAL,
            capability REAL,
            propensity REAL
        );
        CREATE UNIQUE INDEX firms_uscc ON firms(uscc) WHERE uscc IS NOT NULL;
        -- short_name makes the index covering for the 1–2 character name scan of app.search.
        CREATE INDEX firms_name_norm ON firms(name_norm, short_name);
        CREATE INDEX firms_city ON firms(city, district);
        CREATE INDEX firms_direction ON firms(direction, segment);
        CREATE INDEX firms_score ON firms(score DESC);
        CREATE INDEX firms_stock ON firms(stock_code);

        CREATE VIRTUAL TABLE firms_fts USING fts5(
            name, short_name, main_business, business_scope, introduction,
            content='firms', content_rowid='id', tokenize='trigram'
        );
        CREATE TRIGGER firms_fts_ai AFTER INSERT ON firms BEGIN
            INSERT INTO firms_fts(rowid, name, short_name, main_business, business_scope, introduction)
            VALUES (new.id, new.name, new.short_name, new.main_business, new.business_scope, new.introduction);
        END;
        CREATE TRIGGER firms_fts_ad AFTER DELETE ON firms BEGIN
            INSERT INTO firms_fts(firms_fts, rowid, name, short_name, main_business, business_scope, introduction)
            VALUES ('delete', old.id, old.name, old.short_name, old.main_business, old.business_scope, old.introduction);
        END;
        CREATE TRIGGER firms_fts_au AFTER UPDATE OF name, short_name, main_business, business_scope, introduction ON firms BEGIN
            INSERT INTO firms_fts(firms_fts, rowid, name, short_name, main_business, business_scope, introduction)
            VALUES ('delete', old.id, old.name, old.short_name, old.main_business, old.business_scope, old.introduction);
            INSERT INTO firms_fts(rowid, name, short_name, main_business, business_scope, introduction)
            VALUES (new.id, new.name, new.short_name, new.main_business, new.business_scope, new.introduction);
        END;

        CREATE TABLE imports (
            id INTEGER PRIMARY KEY,
            file TEXT NOT NULL,
            source TEXT,
            kind TEXT NOT NULL DEFAULT 'firms',
            started_at TEXT NOT NULL,
            finished_at TEXT,
            user TEXT,
            read INTEGER NOT NULL DEFAULT 0,
            added INTEGER NOT NULL DEFAULT 0,
            updated INTEGER NOT NULL DEFAULT 0,
            unchanged INTEGER NOT NULL DEFAULT 0,
            rejected INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'done',
            report TEXT
        );
        -- What an import did to each firm, so that the import can be undone as a whole.
        CREATE TABLE import_changes (
            import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
            firm_id INTEGER NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('added', 'updated')),
            before TEXT,
            PRIMARY KEY (import_id, firm_id)
        ) WITHOUT ROWID;

        CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user TEXT,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT,
            detail TEXT
        );
        CREATE INDEX audit_entity ON audit(entity, entity_id);

        -- Staff revisions of the shipped catalog, keyed by the fixed codes so they survive
        -- a catalog upgrade. field: strength | keywords_add | keywords_remove | note ...
        CREATE TABLE catalog_edits (
            direction TEXT NOT NULL,
            segment TEXT NOT NULL DEFAULT '',
            field TEXT NOT NULL,
            value TEXT NOT NULL,
            user TEXT,
            at TEXT NOT NULL,
            PRIMARY KEY (direction, segment, field)
        );

        -- Directions staff confirmed or corrected: training data for the classifier.
        CREATE TABLE corrections (
            firm_id INTEGER PRIMARY KEY REFERENCES firms(id) ON DELETE CASCADE,
            direction TEXT NOT NULL,
            segment TEXT,
            previous_direction TEXT,
            previous_segment TEXT,
            user TEXT,
            at TEXT NOT NULL
        );

        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

        -- Outreach pipeline. stage: lead | contacted | visited | negotiating | signed | landed | dropped
        CREATE TABLE pipeline (
            firm_id INTEGER PRIMARY KEY REFERENCES firms(id) ON DELETE CASCADE,
            stage TEXT NOT NULL,
            reason TEXT,
            owner TEXT,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX pipeline_stage ON pipeline(stage);
        CREATE TABLE stage_history (
            id INTEGER PRIMARY KEY,
            firm_id INTEGER NOT NULL REFERENCES firms(id) ON DELETE CASCADE,
            stage TEXT NOT NULL,
            previous TEXT,
            reason TEXT,
            note TEXT,
            user TEXT,
            at TEXT NOT NULL
        );
        CREATE INDEX stage_history_firm ON stage_history(firm_id, at);

        CREATE TABLE shortlists (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            owner TEXT,
            note TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE shortlist_items (
            shortlist_id INTEGER NOT NULL REFERENCES shortlists(id) ON DELETE CASCADE,
            firm_id INTEGER NOT NULL REFERENCES firms(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            note TEXT,
            added_at TEXT NOT NULL,
            PRIMARY KEY (shortlist_id, firm_id)
        );
        CREATE INDEX shortlist_items_firm ON shortlist_items(firm_id);

        CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            firm_id INTEGER NOT NULL REFERENCES firms(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            title TEXT,
            phone TEXT,
            email TEXT,
            note TEXT,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX contacts_firm ON contacts(firm_id);

        CREATE TABLE visits (
            id INTEGER PRIMARY KEY,
            firm_id INTEGER NOT NULL REFERENCES firms(id) ON DELETE CASCADE,
            date TEXT NOT NULL,
            place TEXT,
            our_staff TEXT,
            their_people TEXT,
            summary TEXT,
            requests TEXT,
            expansion_plans TEXT,
            pressure TEXT,
            next_step TEXT,
            next_date TEXT,
            next_done INTEGER NOT NULL DEFAULT 0,
            user TEXT,
            created_at TEXT NOT NULL
        );
        CREATE INDEX visits_firm ON visits(firm_id, date);
        CREATE INDEX visits_next ON visits(next_done, next_date);
        """
    )
    _v1_projects(db)


def _v1_projects(db: Database) -> None:
    """Brought-in projects (项目履约): agreements, commitments, milestones, yearly actuals.

    Units: amounts in 万元, land in 亩, energy in 吨标准煤, emissions in 吨, ratios in %.
    """
    db.script(
        """
        CREATE TABLE projects (
            id INTEGER PRIMARY KEY,
            firm_id INTEGER NOT NULL REFERENCES firms(id) ON DELETE RESTRICT,
            name TEXT NOT NULL,
            agreement_no TEXT,
            agreement_date TEXT NOT NULL,
            zone TEXT,
            town TEXT,
            direction TEXT NOT NULL DEFAULT '',
            segment TEXT,
            land_mu REAL CHECK (land_mu IS NULL OR land_mu >= 0),
            -- reward terms: a share of the local retained tax for N years from production start
            reward_share_pct REAL,
            reward_local_pct REAL,
            reward_years INTEGER,
            reward_cap REAL,
            reward_text TEXT,
            -- penalty terms when a commitment is missed
            penalty_deposit REAL,
            penalty_suspend_rewards INTEGER NOT NULL DEFAULT 0,
            penalty_land_price REAL,
            penalty_clawback INTEGER NOT NULL DEFAULT 0,
            penalty_land_recovery INTEGER NOT NULL DEFAULT 0,
            penalty_text TEXT,
            note TEXT,
            source TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX projects_agreement ON projects(agreement_no)
            WHERE agreement_no IS NOT NULL;
        CREATE INDEX projects_firm ON projects(firm_id);

        -- item: investment | investment_per_mu | output | tax | jobs | rd_ratio
        -- due NULL: the due date of the project's full-production (达产) milestone
        CREATE TABLE project_commitments (
            project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
            item TEXT NOT NULL,
            committed REAL NOT NULL,
            due TEXT,
            note TEXT,
            PRIMARY KEY (project_id, item)
        ) WITHOUT ROWID;

        -- kind: land_delivery | construction_start | completion | production_start | full_production
        CREATE TABLE project_milestones (
            project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            due TEXT,
            done TEXT,
            note TEXT,
            PRIMARY KEY (project_id, kind)
        ) WITHOUT ROWID;

        -- One row per project and year: importing the same year again updates it.
        CREATE TABLE project_reports (
            project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
            year INTEGER NOT NULL,
            investment_to_date REAL,
            output_value REAL,
            revenue REAL,
            value_added REAL,
            tax_paid REAL,
            jobs INTEGER,
            energy_tce REAL,
            emissions_t REAL,
            rd_spending REAL,
            land_in_use REAL,
            reward_paid REAL,
            source TEXT,
            note TEXT,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (project_id, year)
        ) WITHOUT ROWID;
        CREATE INDEX project_reports_year ON project_reports(year);
        """
    )


def _v2_scores(db: Database) -> None:
    """Scores move from the wide ``firms`` rows to a narrow ``scores`` table.

    A weight change rewrites every candidate's score; in ``firms`` that rewrote the whole
    table with its long texts (≈ 20 s at a million firms), in ``scores`` it is a few tens of
    MB. Every firm has exactly one ``scores`` row (kept by the two triggers), so the view
    ``ranked`` — firms with their scores — can be an inner join that SQLite may drive from
    either side: from the score index when sorting by score, from a firms index otherwise.
    ``ranked`` exposes both ``id`` (the firm's) and ``firm_id`` (the same value, from
    ``scores``): ``ORDER BY score DESC, firm_id`` walks the score index without a sort.
    :func:`app.search.relation` picks the narrowest of ``scored``, ``firms`` and ``ranked``
    for a filter and sort.
    """
    db.script(
        """
        CREATE TABLE scores (
            firm_id INTEGER PRIMARY KEY,
            score REAL,
            gap_fit REAL,
            capability REAL,
            propensity REAL
        );
        INSERT INTO scores (firm_id, score, gap_fit, capability, propensity)
            SELECT id, score, gap_fit, capability, propensity FROM firms;
        CREATE INDEX scores_score ON scores(score DESC);
        CREATE TRIGGER firms_scores_ai AFTER INSERT ON firms BEGIN
            INSERT INTO scores (firm_id) VALUES (new.id);
        END;
        CREATE TRIGGER firms_scores_ad AFTER DELETE ON firms BEGIN
            DELETE FROM scores WHERE firm_id = old.id;
        END;
        DROP INDEX firms_score;
        ALTER TABLE firms DROP COLUMN score;
        ALTER TABLE firms DROP COLUMN gap_fit;
        ALTER TABLE firms DROP COLUMN capability;
        ALTER TABLE firms DROP COLUMN propensity;
        CREATE VIEW ranked AS
            SELECT firms.*, scores.firm_id, scores.score, scores.gap_fit, scores.capability,
                   scores.propensity
            FROM firms JOIN scores ON scores.firm_id = firms.id;
        -- The scores alone, with ``id`` like the other two: a filter and sort on scores
        -- only (the whole list by score) need not touch ``firms`` at all.
        CREATE VIEW scored AS
            SELECT firm_id AS id, firm_id, score, gap_fit, capability, propensity FROM scores;
        """
    )


def _v3_floor_area(db: Database) -> None:
    """Projects on leased premises record their floor space (平方米), so that the 亩均
    appraisal can convert it to land by a plot ratio instead of skipping them; and whether the
    firm is below the statistical scale (规下), which is appraised on fewer indicators; and the
    bonus and deduction items of a year (加减分项), which move the score or cap the grade."""
    db.script(
        """
        ALTER TABLE projects ADD COLUMN floor_m2 REAL CHECK (floor_m2 IS NULL OR floor_m2 >= 0);
        ALTER TABLE projects ADD COLUMN below_scale INTEGER NOT NULL DEFAULT 0;
        -- bonus and deduction items (加分、减分项) of a project-year: an accident, a penalty …
        CREATE TABLE project_adjustments (
            id INTEGER PRIMARY KEY,
            project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
            year INTEGER NOT NULL,
            kind TEXT NOT NULL,
            points REAL,
            note TEXT,
            created_at TEXT NOT NULL
        );
        CREATE INDEX project_adjustments_project ON project_adjustments(project_id, year);
        """
    )


def _v4_review_flags(db: Database) -> None:
    """Why a firm must be seen by a person whatever the model says (待确认): its direction was
    retired (reason ``retired``, with the retired code). Set by app.catalog_store, cleared when
    staff confirm or correct the firm."""
    db.script(
        """
        CREATE TABLE review_flags (
            firm_id INTEGER PRIMARY KEY REFERENCES firms(id) ON DELETE CASCADE,
            reason TEXT NOT NULL,
            direction TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL
        );
        """
    )


# Editable firm columns whose change makes a new version of the row (the staff-editable
# fields; classification and bookkeeping columns are not edits and must not cost a write
# per firm when a million firms are classified). Spelled out: a shipped migration never
# follows a later change of the field list.
_V5_FIRM_EDIT_COLUMNS = (
    "name, short_name, uscc, stock_code, legal_rep, firm_type, industry, province, city, "
    "district, address, founded, registered_capital, currency, employees, revenue, "
    "revenue_growth, rd_ratio, patents, high_tech, listing, listing_date, main_business, "
    "business_scope, introduction, website, direction_confirmed"
)
_V5_VERSIONED = ("shortlists", "shortlist_items", "contacts", "visits", "projects")


def _add_version(db: Database, table: str) -> None:
    """A ``version`` column on ``table`` that a trigger bumps on every update (v5, v8)."""
    db.script(
        f"""
        ALTER TABLE {table} ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
        CREATE TRIGGER {table}_version_au AFTER UPDATE ON {table}
        WHEN new.version = old.version BEGIN
            UPDATE {table} SET version = old.version + 1 WHERE rowid = new.rowid;
        END;
        """
    )


def _v5_people(db: Database) -> None:
    """People, not logins, and versions against lost writes (issue #13, items 3 and 4).

    ``users``: the people on record for this database (login, display name, section, role,
    active); the audit log gains the person's ``user_id`` next to the name. Every editable
    row carries a ``version`` that a trigger bumps on each update, so an edit made against an
    older version can be refused instead of silently overwriting someone else's change
    (app.people, ``firm edit --if-version``).
    """
    db.script(
        f"""
        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            login TEXT NOT NULL UNIQUE,
            display_name TEXT NOT NULL,
            section TEXT,
            role TEXT NOT NULL DEFAULT 'staff' CHECK (role IN ('admin', 'staff', 'viewer')),
            created_at TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX users_display_name ON users(display_name);
        ALTER TABLE audit ADD COLUMN user_id INTEGER REFERENCES users(id);
        CREATE INDEX audit_at ON audit(at);
        ALTER TABLE firms ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
        CREATE TRIGGER firms_version_au AFTER UPDATE OF {_V5_FIRM_EDIT_COLUMNS} ON firms
        WHEN new.version = old.version BEGIN
            UPDATE firms SET version = old.version + 1 WHERE id = new.id;
        END;
        """
    )
    for table in _V5_VERSIONED:
        _add_version(db, table)


def _v6_deals(db: Database) -> None:
    """The investment pipeline (招商项目): deals under negotiation with their stage history,
    hand-offs to towns, the sites on offer, the bureau's yearly targets, and the link from a
    brought-in project back to the deal it was signed from. The SQL lives in app.deals.schema."""
    db.script(deals_schema.CREATE)


def _v7_targeting(db: Database) -> None:
    """Flags, links and signals of firms, and a shortlist's strategy (app.targeting.schema;
    shipped with it, so that SQL is never edited either)."""
    db.script(targeting_schema.SQL)


def _v8_deal_versions(db: Database) -> None:
    """A version on deals (招商项目), as v5 gave firms, shortlists, contacts, visits and
    projects: two people editing one deal get a conflict, not a lost write."""
    for table in deals_schema.VERSIONED:
        _add_version(db, table)


def _v9_sync(db: Database) -> None:
    """Where a working copy came from, the base of every row it took along, and the
    conflicts that wait for a person (app.sync.schema; shipped with it, never edited)."""
    from app.sync import schema

    db.script(schema.SQL)


def _v10_sync_deletions(db: Database) -> None:
    """In a working copy, a row deleted offline keeps its base under a key of its own, so that
    a new row given the same id is not taken for an edit of it (app.sync.schema.GONE_SQL)."""
    from app.sync import schema

    db.script(schema.GONE_SQL)


def _v11_change_notices(db: Database) -> None:
    """Nothing on SQLite, whose ``PRAGMA data_version`` already tells a connection that
    another one committed. On PostgreSQL (app.pg_schema): every table NOTIFYs the
    listening sessions of a commit, so other people's changes appear without a restart."""


def _v12_name_index(db: Database) -> None:
    """Nothing on SQLite (its names are searched through FTS5 and the covering name index).
    On PostgreSQL (app.pg_schema): one trigram index over the tripled name serves names of
    every length, instead of two indexes that made an import of new firms twice as long."""


MIGRATIONS: list = [
    _v1_core,
    _v2_scores,
    _v3_floor_area,
    _v4_review_flags,
    _v5_people,
    _v6_deals,
    _v7_targeting,
    _v8_deal_versions,
    _v9_sync,
    _v10_sync_deletions,
    _v11_change_notices,
    _v12_name_index,
]

SCHEMA_VERSION = len(MIGRATIONS)


def refuse_newer(db: Database) -> None:
    """A database from a newer ChainFill is left untouched, with a clear message."""
    version = db.version
    if version > SCHEMA_VERSION:
        db.close()
        raise UserError(
            _(
                "数据库 {db_name} 由更新版本的 ChainFill 创建（结构版本 {version}，"
                "本程序支持到 {SCHEMA_VERSION}）。为保护数据，本程序不会打开或修改它；请升级 ChainFill。"
            ).format(db_name=db.name, version=version, SCHEMA_VERSION=SCHEMA_VERSION)
        )


def migrate_to(db: Database, target: int) -> None:
    """Apply the migrations from the current version up to ``target``, each in one transaction
    (no backup: :func:`upgrade` takes it; restore builds fresh databases with this)."""
    current = db.version
    if db.is_postgres:
        from app import pg_schema

        # PostgreSQL databases start at the baseline, created in one go (app.pg_schema)
        if current < pg_schema.BASELINE <= target:
            with db.write():
                pg_schema.create_baseline(
                    db, MIGRATIONS[: pg_schema.BASELINE], _V5_FIRM_EDIT_COLUMNS
                )
                _record_version(db, pg_schema.BASELINE, first=True)
            current = pg_schema.BASELINE
        for version in range(current + 1, target + 1):
            with db.write():
                pg_schema.migration(version)(db)
                _record_version(db, version, first=False)
        return
    for version in range(current + 1, target + 1):
        with db.write():
            MIGRATIONS[version - 1](db)
            _record_version(db, version, first=version == 1)


def _record_version(db: Database, version: int, *, first: bool) -> None:
    db.set_version(version)
    if first:
        db.conn.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?)",
            [("created_at", now()), ("created_by_version", __version__)],
        )


IDENTITY_KEY = "db_id"
PATH_KEY = "db_path"  # where the identity was last seen: tells a copy from a moved file
COPIED_FROM_KEY = "copied_from"


def identity(db: Database) -> str | None:
    """The database's own identity (a UUID in ``meta``), which names its backup series."""
    try:
        return db.scalar("SELECT value FROM meta WHERE key = ?", (IDENTITY_KEY,))
    except sqlite3.Error:
        return None
    except Exception as exc:  # psycopg's errors: only when the server database is not ours
        from app import pg

        if pg.error_message(exc) is None and not db.is_postgres:
            raise
        return None


def ensure_identity(db: Database) -> str | None:
    """Give a database without an identity one (written once; kept by restore).

    A file the program may not write keeps none until it can: None then."""
    current = identity(db)
    if db.readonly:
        return current
    if db.is_postgres:
        # a server database is never copied as a file: its identity is written once
        if current is None:
            with db.write():
                db.conn.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
                    (IDENTITY_KEY, str(uuid.uuid4())),
                )
        return identity(db)
    here = str(db.path.resolve())
    try:
        seen_at = db.scalar("SELECT value FROM meta WHERE key = ?", (PATH_KEY,))
    except sqlite3.Error:
        return current
    if current and seen_at == here:
        return current
    new = current
    if current is None or _is_copy_of(current, seen_at, here):
        # a new database, or a file copy of one that still exists: its own series from now on
        new = str(uuid.uuid4())
    try:
        with db.write():
            if current and new != current:
                db.conn.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (COPIED_FROM_KEY, current),
                )
            db.conn.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [(IDENTITY_KEY, new), (PATH_KEY, here)],
            )
    except (sqlite3.Error, UserError):
        return current  # read-only, locked or damaged file: written on a later start
    return identity(db)


def _is_copy_of(ident: str, seen_at: str | None, here: str) -> bool:
    """Whether the database at ``here`` is a copy of the one still at ``seen_at`` (same
    identity), rather than that file moved or renamed."""
    if not seen_at or seen_at == here or not Path(seen_at).is_file():
        return False
    return file_identity(seen_at) == ident


def file_identity(path: str | Path) -> str | None:
    """The identity recorded in a database file (None when absent or unreadable)."""
    try:
        conn = sqlite3.connect(sqlite_uri(path, readonly=True), uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (IDENTITY_KEY,)).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None
