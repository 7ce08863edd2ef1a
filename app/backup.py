"""Backups with SQLite's online backup API: consistent while the database is in use."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import UserError

if TYPE_CHECKING:
    from app.db import Database

DEFAULT_KEEP = 10


def backup_to(db: Database, dest: str | Path) -> Path:
    """Write a consistent copy of ``db`` to ``dest`` (replaced atomically)."""
    dest = Path(dest)
    tmp = dest.with_name(dest.name + ".part")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        if tmp.exists():
            tmp.unlink()
        target = sqlite3.connect(tmp)
        try:
            db.conn.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        tmp.replace(dest)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"无法写入备份文件 {dest}：{exc.strerror or exc}") from exc
    return dest


def auto_backup(db: Database, reason: str, keep: int | None = None) -> Path | None:
    """A rotating backup beside the user data; returns its path (None for an empty database)."""
    from app import paths

    if db.version == 0:
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    folder = paths.backups_dir()
    dest = folder / f"{db.path.stem}-{stamp}-{reason}.sqlite"
    backup_to(db, dest)
    _rotate(folder, db.path.stem, keep if keep is not None else DEFAULT_KEEP)
    return dest


def _rotate(folder: Path, stem: str, keep: int) -> None:
    copies = sorted(folder.glob(f"{stem}-*.sqlite"))
    for old in copies[: max(0, len(copies) - keep)]:
        old.unlink(missing_ok=True)
