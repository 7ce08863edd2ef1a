"""Arguments that many commands take, defined once so that their name, metavar and help agree."""

from __future__ import annotations

import argparse

FIRM_HELP = "企业编号、统一社会信用代码或完整名称"


def json_flag(parser: argparse.ArgumentParser, help: str = "以 JSON 输出") -> None:
    """``--json``: machine-readable output on stdout (messages for people stay on stderr)."""
    parser.add_argument("--json", action="store_true", help=help)


def firm_arg(parser: argparse.ArgumentParser) -> None:
    """The positional ``FIRM``, resolved by ``app.ranking.resolve_firm``."""
    parser.add_argument("firm", metavar="FIRM", help=FIRM_HELP)
