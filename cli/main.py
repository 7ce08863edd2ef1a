"""The ``chainfill`` command. Arguments are parsed before anything heavy is imported.

Headless commands never load Qt; ``gui`` and PDF output import ``ui`` inside the command
functions that need it (cli is the top layer, above ui, in the import contract).
Exit codes: 0 success, 2 bad input (nothing written), 1 unexpected failure.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import sys
import time
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    from pathlib import Path

# Each module in cli/commands registers its sub-commands: register(subparsers).
COMMAND_MODULES = [
    "cli.commands.gui",
    "cli.commands.catalog",
    "cli.commands.uscc",
    "cli.commands.importing",
    "cli.commands.backup",
    "cli.commands.score",
    "cli.commands.shortlist",
    "cli.commands.dossier",
    "cli.commands.projects",
    "cli.commands.demo",
    "cli.commands.search",
    "cli.commands.classify",
    "cli.commands.firm",
    "cli.commands.review",
    "cli.commands.settings",
    "cli.commands.users",
    "cli.commands.audit",
    "cli.commands.deal",
    "cli.commands.site",
    "cli.commands.targets",
    "cli.commands.report",
    "cli.commands.flags",
    "cli.commands.links",
    "cli.commands.signals",
    "cli.commands.regions",
    "cli.commands.sync",
]

_ARGPARSE_ZH = {
    "the following arguments are required": "缺少必需的参数",
    "unrecognized arguments": "无法识别的参数",
    "invalid choice": "无效的选项",
    "expected one argument": "需要一个值",
    "argument": "参数",
    "invalid int value": "不是有效的整数",
    "invalid float value": "不是有效的数字",
    "not allowed with argument": "不能与此参数同时使用",
    "one of the arguments": "必须提供以下参数之一",
    "is required": "",
    "choose from": "可选",
}


# argparse looks its own words up through gettext at run time: answer them in Chinese.
_ARGPARSE_WORDS = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "show this help message and exit": "显示本帮助后退出",
}


def _argparse_zh(message: str) -> str:
    return _ARGPARSE_WORDS.get(message, message)


argparse._ = _argparse_zh  # type: ignore[attr-defined]


class ChineseArgumentParser(argparse.ArgumentParser):
    """argparse with its error messages in Chinese and exit code 2."""

    def error(self, message: str) -> NoReturn:
        # Longest phrase first: "argument" alone must not eat "one of the arguments".
        for en in sorted(_ARGPARSE_ZH, key=len, reverse=True):
            message = message.replace(en, _ARGPARSE_ZH[en])
        self.print_usage(sys.stderr)
        self.exit(2, f"参数错误：{message}\n用法说明请运行：chainfill --help\n")


def build_parser() -> ChineseArgumentParser:
    parser = ChineseArgumentParser(
        prog="chainfill",
        description="补链招商助手 ChainFill：产业链补链招商的目录、企业库、评分、走访与项目履约工具。",
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="数据库文件，或团队数据库地址 postgresql://用户名@服务器/数据库名"
        "（默认：用户数据文件夹，或环境变量 CHAINFILL_DB）",
    )
    parser.add_argument("--version", action="store_true", help="显示版本后退出")
    sub = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=ChineseArgumentParser
    )
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def existing_database(args: argparse.Namespace, *, create: bool = False) -> str | None:
    """``--db`` for a command; a file named by ``--db`` or ``CHAINFILL_DB`` must exist.

    Opening a mistyped path would create an empty database there, and the command would then
    answer "nothing found" as if the data were gone, or write into the stray file. Only the
    commands that start a database (demo, import, restore, settings set, projects import and
    template) pass ``create``; the default file in the user-data folder may always be created,
    which is the first start.
    """
    import os
    from pathlib import Path

    from app import pg
    from app.errors import UserError
    from app.sync import messages as msg
    from resources import i18n

    named = getattr(args, "db", None) or os.environ.get("CHAINFILL_DB", "").strip() or None
    if not create and named is not None and not pg.is_url(named) and not Path(named).is_file():
        raise UserError(i18n._(msg.NO_DATABASE).format(path=named))
    return getattr(args, "db", None)


def open_database(args: argparse.Namespace, *, create: bool = False, **kwargs: Any):
    """Open the database chosen by ``--db`` / ``CHAINFILL_DB`` / the default."""
    from app.db import open_db

    return open_db(existing_database(args, create=create), **kwargs)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``chainfill`` console script; returns the exit code."""
    _attach_windows_console()
    _utf8_stdio()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        from app import __version__

        print(f"ChainFill {__version__}")
        return 0
    if not args.command:
        args = parser.parse_args([*(argv if argv is not None else sys.argv[1:]), "gui"])
    from app import logs
    from app.errors import Cancelled, UserError

    # The command's name only (never its arguments: names, paths, contacts): "firm show".
    command = " ".join(
        str(v) for k, v in vars(args).items() if (k == "command" or k.endswith("_command")) and v
    )
    with contextlib.suppress(OSError):  # an unwritable data folder must not stop the command
        logs.setup("cli")
    log = logs.get("cli")
    started = time.perf_counter()
    new_file = _database_not_there_yet(args)
    try:
        result = int(args.func(args) or 0)
        log.info("chainfill %s: exit %d in %.2f s", command, result, time.perf_counter() - started)
        return result
    except UserError as exc:
        print(f"错误：{exc.message}", file=sys.stderr)
        _remove_unused_database(new_file)
        return exc.exit_code
    except Cancelled:
        print("已取消，数据库未作改动。", file=sys.stderr)
        _remove_unused_database(new_file)
        return 1
    except KeyboardInterrupt:
        print("已中断，未完成的操作已撤销。", file=sys.stderr)
        _remove_unused_database(new_file)
        return 130
    except BrokenPipeError:
        return 0
    except OverflowError:
        # a number from the command line too large for a date, SQLite or C (reminders --days)
        print("错误：参数中的数值超出允许范围，请改用较小的数值。", file=sys.stderr)
        return 2
    except Exception as exc:
        from app.filesafety import environment_problem

        problem = environment_problem(exc)
        if problem is not None:  # disk full, read-only, locked: expected, not accidents
            print(f"错误：{problem}", file=sys.stderr)
            return 2
        where = _log_traceback(command)
        print(f"意外错误：{type(exc).__name__}: {exc}\n详细信息已写入 {where}", file=sys.stderr)
        return 1


def _database_not_there_yet(args: argparse.Namespace) -> Path | None:
    """The database file a creating command would start, when it does not exist yet.

    A creating command (import, restore, projects import …) that fails on bad input writes
    nothing, yet opening the database already created an empty file: left behind, the next
    command would find "a database" with nothing in it. The app is left out: what is done
    in a window is kept whatever the exit code.
    """
    from app.filesafety import database_path

    if getattr(args, "command", None) == "gui":
        return None
    path = database_path(args)
    return path if path is not None and not path.exists() else None


def _remove_unused_database(path: Path | None) -> None:
    """Remove the database (and its companions) a failed command created; see above."""
    if path is None:
        return
    from app.filesafety import database_files

    for file in database_files(path):
        with contextlib.suppress(OSError):  # still open on Windows: harmless, just left
            file.unlink(missing_ok=True)


def _attach_windows_console() -> None:
    """A windowed Windows build has no console; borrow the terminal's when started from one."""
    if sys.platform != "win32" or not getattr(sys, "frozen", False):
        return
    if sys.stdout is not None and sys.stderr is not None:
        return  # both redirected to files or pipes (`> out.json`): keep them
    import ctypes

    attach_parent_process = -1
    if ctypes.windll.kernel32.AttachConsole(attach_parent_process):
        if sys.stdout is None:
            sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
        if sys.stderr is None:
            sys.stderr = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115


def _utf8_stdio() -> None:
    # Windows consoles default to a legacy code page; Chinese output must not crash.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(encoding="utf-8", errors="replace")


def _log_traceback(command: str) -> str:
    """The traceback of an unexpected error, into the log; returns where it went."""
    from app import logs

    try:
        logs.get("cli").exception("chainfill %s failed", command)
        return str(logs.log_file())
    except Exception:
        # the log folder itself may be full or read-only: no traceback on the terminal
        return "（日志文件无法写入）"


if __name__ == "__main__":
    sys.exit(main())
