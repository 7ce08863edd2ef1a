"""Every command's ``--help`` prints (argparse %-formats help texts: a bare "%" in one
raised ValueError instead of the help of ``projects method``)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

from cli.main import build_parser


def _parsers(
    parser: argparse.ArgumentParser, path: str = "chainfill"
) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _parsers(sub, f"{path} {name}")


def test_every_command_prints_its_help():
    seen = 0
    for path, parser in _parsers(build_parser()):
        assert parser.format_help().startswith("用法："), path
        seen += 1
    assert seen > 80  # every action of every command was walked
