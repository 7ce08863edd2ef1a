"""chainfill check-uscc CODE..."""

from __future__ import annotations

import argparse

from cli.commands._args import action


def register(sub: argparse._SubParsersAction) -> None:
    p = action(sub, "check-uscc", run, help="校验统一社会信用代码（GB 32100-2015）")
    p.add_argument("codes", nargs="+", metavar="CODE")


def run(args: argparse.Namespace) -> int:
    from app import uscc

    bad = 0
    for code in args.codes:
        reason = uscc.problem(code)
        if reason is None:
            print(f"{code}\t有效")
        else:
            bad += 1
            print(f"{code}\t无效：{reason}")
    return 2 if bad else 0
