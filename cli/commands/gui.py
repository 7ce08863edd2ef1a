"""chainfill gui [--self-test] [--demo]   (also what ``chainfill`` with no command runs)"""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gui", help="打开桌面程序（不带命令时的默认操作）")
    p.add_argument(
        "--self-test",
        action="store_true",
        help="打开主窗口（可无显示器运行），逐一访问每个视图和导入向导，成功则退出码为 0",
    )
    p.add_argument(
        "--demo",
        action="store_true",
        help="打开内置演示数据库（首次运行时自动生成演示数据）",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Qt is imported only here, so every other command starts without it.
    from ui import main as ui_main

    return int(ui_main.run(args.db, args.demo, args.self_test))
