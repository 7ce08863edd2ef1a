"""Arguments that many commands take, defined once so that their name, metavar and help agree,
and the two steps every command group and action takes."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

FIRM_HELP = "企业编号、统一社会信用代码或完整名称"


def command_group(
    sub: argparse._SubParsersAction, name: str, **kwargs: Any
) -> argparse._SubParsersAction:
    """A command made of actions (``chainfill users add|set|list``): its parser (``kwargs``:
    help, description) and the sub-parsers of its actions, whose name lands in
    ``args.<name>_command``."""
    parser = sub.add_parser(name, **kwargs)
    return parser.add_subparsers(dest=f"{name}_command", metavar="ACTION", required=True)


def action(
    sub: argparse._SubParsersAction,
    name: str,
    run: Callable[[argparse.Namespace], int],
    **kwargs: Any,
) -> argparse.ArgumentParser:
    """A command or action's parser (``kwargs``: help, description) with the function that
    runs it, declared together."""
    parser = sub.add_parser(name, **kwargs)
    parser.set_defaults(func=run)
    return parser


def json_flag(parser: argparse.ArgumentParser, help: str = "以 JSON 输出") -> None:
    """``--json``: machine-readable output on stdout (messages for people stay on stderr)."""
    parser.add_argument("--json", action="store_true", help=help)


def firm_arg(parser: argparse.ArgumentParser) -> None:
    """The positional ``FIRM``, resolved by ``app.ranking.resolve_firm``."""
    parser.add_argument("firm", metavar="FIRM", help=FIRM_HELP)


def if_version_arg(parser: argparse.ArgumentParser, record: str, show: str) -> None:
    """``--if-version N``: change the ``record`` (企业, 招商项目) only if it is still at the
    version the person saw (``show``'s ``--json`` has it); otherwise exit 2 naming who
    changed it."""
    parser.add_argument(
        "--if-version",
        type=int,
        metavar="N",
        help=f"只在{record}仍是第 N 版时修改（{show} --json 的 version）；"
        "期间有人改过则不修改并说明是谁、何时修改的，退出码为 2",
    )
