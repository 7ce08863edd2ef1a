"""What differs between the two engines, behind one small object per engine.

The program's SQL is written once (SQLite's spelling; :mod:`app.pg` translates the few
differences of spelling). What cannot be a matter of spelling lives here: where the schema
version is kept, how a write transaction starts, the catalogue of indexes and triggers, the
change marker the app polls, and a list of values bound as one parameter.
:attr:`app.connection.Connection.dialect` is one of the two.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any


class SqliteDialect:
    name = "sqlite"
    begin_sql = "BEGIN IMMEDIATE"  # take the write lock at once: no deadlock on upgrade

    def version(self, conn: Any) -> int:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])

    def set_version(self, conn: Any, version: int) -> None:
        conn.execute(f"PRAGMA user_version = {int(version)}")

    def has_table(self, conn: Any, name: str) -> bool:
        row = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?", (name,)
        ).fetchone()
        return row is not None

    def data_version(self, conn: Any) -> int:
        return int(conn.execute("PRAGMA data_version").fetchone()[0])

    def schema_objects(
        self, conn: Any, kind: str, table: str, name_like: str, sql_like: str
    ) -> list[tuple[str, str, str]]:
        """(name, CREATE statement, DROP statement) of ``table``'s indexes or triggers (SQLite
        has no foreign key to drop: it checks them only with ``PRAGMA foreign_keys``)."""
        if kind == "foreign key":
            return []
        rows = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = ? AND tbl_name = ? "
            "AND sql IS NOT NULL AND name LIKE ? AND sql LIKE ? ORDER BY name",
            (kind, table, name_like, sql_like),
        ).fetchall()
        return [(name, sql, f'DROP {kind.upper()} "{name}"') for name, sql in rows]

    def in_values(self, values: Sequence[Any]) -> tuple[str, Any]:
        """``x`` + this SQL tests membership in ``values``, bound as the one parameter."""
        return " IN (SELECT value FROM json_each(?))", json.dumps(list(values), ensure_ascii=False)

    def group_concat(self, expr: str, *, distinct: bool = False) -> str:
        """The aggregate joining ``expr``'s values with commas (SQLite's group_concat)."""
        return f"group_concat({'DISTINCT ' if distinct else ''}{expr})"


class PostgresDialect:
    name = "postgresql"
    begin_sql = "BEGIN"

    def version(self, conn: Any) -> int:
        # PostgreSQL has no user_version: the version is a row of the meta table
        if not self.has_table(conn, "meta"):
            return 0
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return 0 if row is None else int(row[0])

    def set_version(self, conn: Any, version: int) -> None:
        conn.execute(
            "INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (str(int(version)),),
        )

    def has_table(self, conn: Any, name: str) -> bool:
        return conn.execute("SELECT to_regclass(?)", (name,)).fetchone()[0] is not None

    def data_version(self, conn: Any) -> int:
        # The next transaction id the server will hand out: it moves whenever anyone writes
        # (sometimes when no ChainFill row changed: a reload too many, never a stale view).
        return int(
            conn.execute("SELECT pg_snapshot_xmax(pg_current_snapshot())::text").fetchone()[0]
        )

    def schema_objects(
        self, conn: Any, kind: str, table: str, name_like: str, sql_like: str
    ) -> list[tuple[str, str, str]]:
        owner = conn.execute(
            "SELECT pg_get_userbyid(relowner) = current_user FROM pg_class "
            "WHERE oid = to_regclass(?)",
            (table,),
        ).fetchone()
        if not owner or not owner[0]:
            return []  # only the owner may drop them; the others' bulk writes keep them
        if kind == "index":
            # constraint indexes (primary keys, UNIQUE constraints) are not ours to drop
            rows = conn.execute(
                "SELECT i.indexname, i.indexdef FROM pg_indexes i "
                "WHERE i.schemaname = current_schema() AND i.tablename = ? "
                "AND i.indexname LIKE ? AND i.indexdef LIKE ? AND NOT EXISTS ("
                "SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname) "
                "ORDER BY i.indexname",
                (table, name_like, sql_like),
            ).fetchall()
            return [(n, sql, f'DROP INDEX "{n}"') for n, sql in rows]
        if kind == "foreign key":
            # checked row by row as rows go in; re-adding one checks them all in one join
            rows = conn.execute(
                "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
                "WHERE conrelid = to_regclass(?) AND contype = 'f' AND conname LIKE ? "
                "AND pg_get_constraintdef(oid) LIKE ? ORDER BY conname",
                (table, name_like, sql_like),
            ).fetchall()
            return [
                (n, f'ALTER TABLE {table} ADD CONSTRAINT "{n}" {sql}',
                 f'ALTER TABLE {table} DROP CONSTRAINT "{n}"')
                for n, sql in rows
            ]  # fmt: skip
        rows = conn.execute(
            "SELECT t.tgname, pg_get_triggerdef(t.oid) FROM pg_trigger t "
            "WHERE t.tgrelid = to_regclass(?) AND NOT t.tgisinternal AND t.tgname LIKE ? "
            "AND pg_get_triggerdef(t.oid) LIKE ? ORDER BY t.tgname",
            (table, name_like, sql_like),
        ).fetchall()
        return [(n, sql, f'DROP TRIGGER "{n}" ON {table}') for n, sql in rows]

    def in_values(self, values: Sequence[Any]) -> tuple[str, Any]:
        return " = ANY(?)", list(values)

    def group_concat(self, expr: str, *, distinct: bool = False) -> str:
        return f"string_agg({'DISTINCT ' if distinct else ''}({expr})::text, ',')"


SQLITE = SqliteDialect()
POSTGRESQL = PostgresDialect()
