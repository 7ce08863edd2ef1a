"""Output helpers shared by the commands."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")


def print_json(obj: Any) -> None:
    """JSON on stdout, UTF-8, Chinese unescaped."""
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def info(message: str) -> None:
    """A message for the person at the terminal (stderr, so stdout stays machine-readable)."""
    print(message, file=sys.stderr)


def _json_of(obj: Any) -> Any:
    """What ``--json`` prints for a result: its ``to_json()`` where it has one."""
    to_json = getattr(obj, "to_json", None)
    return to_json() if callable(to_json) else obj


def print_result(args: argparse.Namespace, result: Any, done: str) -> int:
    """The output of a command that made a change, exit code 0: the result as JSON with
    ``--json``, else ``done`` for the person at the terminal."""
    if args.json:
        print_json(_json_of(result))
    else:
        info(done)
    return 0


def json_or_empty(args: argparse.Namespace, rows: Sequence[Any], empty: str) -> bool:
    """The first step of a list command that prints a table: the rows as JSON with ``--json``,
    or ``empty`` when there are none; True when that was all there is to print."""
    if args.json:
        print_json([_json_of(r) for r in rows])
        return True
    if not rows:
        info(empty)
        return True
    return False


def print_rows(
    args: argparse.Namespace,
    rows: Sequence[T],
    line: Callable[[T], str],
    *,
    empty: str = "",
    total: str = "",
) -> int:
    """The output of a list command, exit code 0: the rows as JSON with ``--json``; else
    ``line(row)`` for each on stdout, with ``empty`` (when there are none) and ``total``
    (after them) for the person at the terminal."""
    if args.json:
        print_json([_json_of(r) for r in rows])
        return 0
    if not rows and empty:
        info(empty)
    for r in rows:
        print(line(r))
    if total:
        info(total)
    return 0
