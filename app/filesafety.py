"""Guards for every file the program writes, and Chinese words for the environment's failures.

* :func:`guard_output` refuses an output path that is a folder, lies in a missing folder, or
  is the database (or its ``-wal`` / ``-shm`` / ``-journal`` companion) or an input file:
  ``--rejects chainfill.sqlite`` must never turn the database into CSV text.
* :func:`create_private` creates a file readable by its owner only (backups, unmasked exports
  and the database hold personal data).
* :func:`environment_problem` turns "disk full", "read-only" and "locked" — expected
  conditions, not accidents — into a Chinese message.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from app.errors import UserError
from resources.i18n import N_, _

DB_COMPANIONS = ("", "-wal", "-shm", "-journal")
PRIVATE_MODE = 0o600
# Bounds for integer arguments that reach SQLite (a 64-bit signed integer).
SQLITE_INT_MAX = 2**63 - 1


def _same(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
        return a.resolve() == b.resolve()
    except OSError:
        return False


def database_files(db_path: str | os.PathLike[str]) -> list[Path]:
    """The database file and the companions SQLite keeps beside it."""
    base = str(Path(db_path))
    return [Path(base + suffix) for suffix in DB_COMPANIONS]


def is_database_file(path: str | os.PathLike[str], db_path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is the database ``db_path`` or one of its companion files."""
    out = Path(path)
    return any(_same(out, f) for f in database_files(db_path))


# Every database this process has opened: no writer of a file may land on one of them, even
# when the caller does not know which database is open (a save dialog, a rejects file).
_open_databases: set[str] = set()


def register_database(path: str | os.PathLike[str]) -> None:
    """Called by :class:`app.db.Database` for each file it opens."""
    _open_databases.add(str(Path(path).resolve()))


# What a save dialog names the file it writes, for refuse_open_database's message.
REJECTS_FILE = N_("拒绝明细文件")


def refuse_open_database(path: str | os.PathLike[str], what: str = N_("输出文件")) -> None:
    """UserError when ``path`` is a database this process has open, or one of its companions."""
    for db_path in list(_open_databases):
        if is_database_file(path, db_path):
            raise UserError(
                _(
                    "{what}不能是数据库文件 {db_path}（或它旁边的 -wal、-shm 文件）："
                    "写入会毁掉数据库。请换一个文件名。"
                ).format(what=_(what), db_path=db_path)
            )


def database_path(args: argparse.Namespace) -> Path | None:
    """The database file a command would open (``--db``, ``CHAINFILL_DB`` or the default);
    None for a server database (a Path of its URL would name a file that is not there)."""
    from app import paths, pg

    chosen = getattr(args, "db", None) or paths.default_target()
    return None if pg.looks_like_url(chosen) else Path(chosen)


def guard_output(
    path: str | os.PathLike[str],
    *,
    flag: str,
    db_path: str | os.PathLike[str] | None = None,
    inputs: Iterable[str | os.PathLike[str]] = (),
) -> Path:
    """Check an output path before anything is written; UserError in Chinese otherwise."""
    out = Path(path)
    if not str(path).strip():
        raise UserError(_("{flag} 需要一个文件名。").format(flag=flag))
    if out.is_dir():
        raise UserError(
            _("{flag} 指向的是文件夹：{out}，请给出文件名。").format(flag=flag, out=out)
        )
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(_("{flag} 的文件夹不存在：{folder}").format(flag=flag, folder=folder))
    if db_path is not None and is_database_file(out, db_path):
        raise UserError(
            _(
                "{flag} 不能指向数据库文件 {db_path}（或它旁边的 -wal、-shm 文件）"
                "：写入会毁掉数据库。请换一个文件名。"
            ).format(flag=flag, db_path=db_path)
        )
    refuse_open_database(out, f"{flag} ")
    for source in inputs:
        if _same(out, Path(source)):
            raise UserError(
                _("{flag} 不能与输入文件 {source} 相同。").format(flag=flag, source=source)
            )
    return out


def create_private(path: str | os.PathLike[str]) -> None:
    """Create (or truncate) ``path`` readable and writable by its owner only."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_MODE)
    os.close(fd)
    make_private(path)


def make_private(path: str | os.PathLike[str]) -> None:
    """Restrict an existing file to its owner (best effort: Windows ignores the bits)."""
    with contextlib.suppress(OSError):
        os.chmod(path, PRIVATE_MODE)


def check_writable_database(db_path: str | os.PathLike[str]) -> None:
    """Refuse, before anything is written, a database file (or folder) that is read-only."""
    path = Path(db_path)
    folder = path.parent if str(path.parent) else Path(".")
    if (path.exists() and not os.access(path, os.W_OK)) or not os.access(folder, os.W_OK):
        raise UserError(
            _(
                "数据库文件 {path} 是只读的（或所在文件夹不可写），无法修改。请检查文件权限，或把数据库复制到可写的文件夹后再用 --db 打开。"
            ).format(path=path)
        )


def int_argument(text: str) -> int:
    """argparse type for an integer that SQLite can hold (no OverflowError later)."""
    value = int(text)  # ValueError: argparse's own "invalid int value", translated by the CLI
    if not -SQLITE_INT_MAX <= value <= SQLITE_INT_MAX:
        raise argparse.ArgumentTypeError(_("数值过大：{text}").format(text=text))
    return value


int_argument.__name__ = "int"  # argparse names the type in its message: "invalid int value"


def environment_problem(exc: BaseException) -> str | None:
    """A Chinese message for disk full, read-only and locked (and a team database's lost
    connection or refused privilege); None for anything else."""
    if isinstance(exc, sqlite3.Error):
        text = str(exc).lower()
        code = getattr(exc, "sqlite_errorcode", None)
        if "disk is full" in text or code == 13:
            return _("磁盘空间已满，操作已撤销，数据库未改动。请清理磁盘空间后重试。")
        if "readonly" in text or "read-only" in text or code == 8:
            return _(
                "数据库文件是只读的（或所在文件夹不可写），无法修改。"
                "请检查文件权限，或把数据库复制到可写的文件夹后再用 --db 打开。"
            )
        if "locked" in text or "busy" in text or code in (5, 6):
            return _("数据库正被另一个 ChainFill 窗口或命令写入，请稍后再试。")
        if "disk i/o error" in text or code == 10:
            return _("读写磁盘时出错（磁盘可能已满或已拔出），操作已撤销。")
        return None
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return _("磁盘空间已满，操作已撤销。请清理磁盘空间后重试。")
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            if exc.filename:
                return _("没有写入权限或文件系统只读：{path}").format(path=exc.filename)
            return _("没有写入权限或文件系统只读")
    from app import pg

    return pg.error_message(exc)  # a lost server connection, a privilege the server refused
