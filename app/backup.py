"""Backups and restore with SQLite's online backup API: consistent while the database is in use.

Automatic backups rotate in ``paths.backups_dir()``: once a day on start, and before every
import, restore and migration. ``restore`` checks the copy, backs up the current database,
then replaces its content in one transaction.
"""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import UserError

if TYPE_CHECKING:
    from app.db import Database

DEFAULT_KEEP = 10
SETTING_KEEP = "backup.keep"


def backup_to(db: Database, dest: str | Path) -> Path:
    """Write a consistent copy of ``db`` to ``dest`` (replaced atomically)."""
    dest = Path(dest)
    if dest.exists() and dest.is_dir():
        raise UserError(f"备份目标是一个文件夹：{dest}")
    if dest.resolve() == db.path.resolve():
        raise UserError("备份文件不能与当前数据库是同一个文件。")
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
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise UserError(f"无法写入备份文件 {dest}：{exc.strerror or exc}") from exc
    return dest


def keep_count(db: Database) -> int:
    """How many automatic backups to keep (a setting)."""
    try:
        value = int(db.get_setting(SETTING_KEEP, DEFAULT_KEEP))
    except (TypeError, ValueError, sqlite3.Error):
        return DEFAULT_KEEP
    return max(1, value)


def auto_backup(db: Database, reason: str, keep: int | None = None) -> Path | None:
    """A rotating backup in the backups folder; returns its path (None for an empty database)."""
    from app import paths

    if db.version == 0:
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    folder = paths.backups_dir()
    dest = folder / f"{db.path.stem}-{stamp}-{reason}.sqlite"
    backup_to(db, dest)
    if keep is None:
        try:
            keep = keep_count(db)
        except sqlite3.Error:
            keep = DEFAULT_KEEP
    _rotate(folder, db.path.stem, keep)
    return dest


def daily_backup(db: Database) -> Path | None:
    """Back up once a day, on the first start of the day."""
    today = date.today().strftime("%Y%m%d")
    if any(p.name.startswith(f"{db.path.stem}-{today}") for p in list_backups(db)):
        return None
    return auto_backup(db, reason="daily")


def list_backups(db: Database | None = None) -> list[Path]:
    """Automatic backups, newest first (all of them, or those of ``db``)."""
    from app import paths

    pattern = f"{db.path.stem}-*.sqlite" if db is not None else "*.sqlite"
    return sorted(paths.backups_dir().glob(pattern), key=lambda p: p.name, reverse=True)


def _rotate(folder: Path, stem: str, keep: int) -> None:
    copies = sorted(folder.glob(f"{stem}-*.sqlite"), key=lambda p: p.name)
    for old in copies[: max(0, len(copies) - keep)]:
        with contextlib.suppress(OSError):
            old.unlink()


def check_file(path: str | Path) -> int:
    """Check that ``path`` is a sound ChainFill database; returns its schema version."""
    from app import migrations
    from app.db import SQLITE_MAGIC, sqlite_uri

    path = Path(path)
    if not path.is_file():
        raise UserError(f"找不到备份文件：{path}")
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise UserError(f"无法读取 {path}：{exc.strerror}") from exc
    if head != SQLITE_MAGIC:
        raise UserError(f"{path} 不是 SQLite 数据库文件。")
    try:
        conn = sqlite3.connect(sqlite_uri(path, readonly=True), uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise UserError(f"{path} 已损坏或不是数据库：{exc}") from exc
    if result != "ok":
        raise UserError(f"{path} 未通过完整性检查：{result}")
    if "firms" not in tables or version == 0:
        raise UserError(f"{path} 不是 ChainFill 数据库。")
    if version > migrations.SCHEMA_VERSION:
        raise UserError(
            f"{path} 由更新版本的 ChainFill 创建（结构版本 {version}），本程序无法恢复它。"
        )
    return version


def restore(db: Database, source: str | Path) -> Path | None:
    """Replace the content of ``db`` with the checked copy ``source``.

    The current database is backed up first; the replacement is one transaction, so a crash
    leaves either the old or the new content. Returns the path of the safety backup.
    """
    from app import migrations
    from app.db import sqlite_uri

    source = Path(source)
    check_file(source)
    if source.resolve() == db.path.resolve():
        raise UserError("不能用数据库自身进行恢复。")
    safety = auto_backup(db, reason="before-restore")
    src = sqlite3.connect(sqlite_uri(source, readonly=True), uri=True)
    try:
        src.backup(db.conn)
    except sqlite3.OperationalError as exc:
        raise UserError(f"恢复失败，当前数据库未改动：{exc}") from exc
    finally:
        src.close()
    migrations.upgrade(db)
    with db.write():
        db.audit("restore", "database", None, {"source": str(source), "safety_backup": str(safety)})
    return safety


def integrity_ok(db: Database) -> bool:
    """Quick check of the open database (used at start)."""
    try:
        return db.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    except sqlite3.DatabaseError:
        return False


def newest_sound_backup(db: Database) -> Path | None:
    """The newest automatic backup of ``db`` that passes the checks."""
    for candidate in list_backups(db):
        try:
            check_file(candidate)
        except UserError:
            continue
        return candidate
    return None


def before_import(db: Database) -> Path | None:
    """The rotating backup taken before an import writes (none for a database without firms)."""
    if not db.scalar("SELECT EXISTS (SELECT 1 FROM firms)"):
        return None
    return auto_backup(db, reason="before-import")
