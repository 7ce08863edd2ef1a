"""Opening a ChainFill database: connect, refuse a newer schema, back up, migrate.

One file, WAL, foreign keys on. Schema versions live in ``PRAGMA user_version``; a backup is
taken before every migration of an existing database. The connection itself (transactions,
audit, settings) is :class:`app.connection.Connection`; this module sits above it and above
:mod:`app.migrations` and :mod:`app.backup`, which work on a bare connection, so that neither
needs to know how the program opens its files.
"""

from __future__ import annotations

import os
import sqlite3
from typing import Any

from app import backup, migrations
from app.connection import (
    BUSY_TIMEOUT_MS,
    SQLITE_MAGIC,
    Connection,
    now,
    os_user,
    sqlite_uri,
)
from app.errors import UserError
from resources.i18n import _

__all__ = [
    "BUSY_TIMEOUT_MS",
    "SQLITE_MAGIC",
    "Database",
    "now",
    "open_db",
    "os_user",
    "sqlite_uri",
    "upgrade",
]


class Database(Connection):
    """The program's connection to one database file: checked, in WAL mode, migrated."""

    def __init__(
        self, path: str | os.PathLike[str], *, migrate: bool = True, readonly: bool = False
    ):
        super().__init__(path, readonly=readonly)
        try:
            # Before anything writes (even the WAL switch): a newer database stays untouched.
            migrations.refuse_newer(self)
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise UserError(
                _("{path} 不是有效的 ChainFill 数据库：{exc}").format(path=self.path, exc=exc)
            ) from exc
        except Exception as exc:
            from app import pg

            message = pg.error_message(exc)
            if message is None:
                raise
            self.close()
            raise UserError(message) from exc
        if not readonly:
            self.use_wal()
            if migrate:
                try:
                    upgrade(self)
                except BaseException:
                    self.close()  # nobody else holds the half-opened database to close it
                    raise


def upgrade(db: Connection) -> None:
    """Bring the schema to ``SCHEMA_VERSION``, backing up an existing database first."""
    migrations.refuse_newer(db)
    current = db.version
    if current > 0:
        migrations.ensure_identity(db)  # the backup below is filed under it
    if current == migrations.SCHEMA_VERSION:
        return
    if current > 0 and not db.is_postgres:  # a server is backed up by pg_dump (docs/)
        backup.auto_backup(db, reason=f"migrate-v{current}")
    migrations.migrate_to(db, migrations.SCHEMA_VERSION)
    migrations.ensure_identity(db)
    if db.is_postgres:
        from app import pg_roles

        pg_roles.after_upgrade(db)  # the server's role groups get the new tables too


def open_db(path: str | os.PathLike[str] | None = None, **kwargs: Any) -> Database:
    """Open (and create or migrate) the database at ``path`` or the default location."""
    from app import paths

    return Database(path or paths.default_target(), **kwargs)
