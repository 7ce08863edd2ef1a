"""chainfill gui [--self-test] [--demo]   (also what ``chainfill`` with no command runs)"""

from __future__ import annotations

import argparse

from cli.commands._args import action


def register(sub: argparse._SubParsersAction) -> None:
    p = action(sub, "gui", run, help="打开桌面程序（不带命令时的默认操作）")
    p.add_argument(
        "--self-test",
        action="store_true",
        help="打开主窗口（可无显示器运行），逐一访问每个视图和导入向导，成功则退出码为 0",
    )
    p.add_argument(
        "--size",
        metavar="宽x高",
        help="窗口大小（逻辑像素），例如 1024x700；与 --self-test 同用时，"
        "任何视图所需的最小尺寸超出窗口即判为失败",
    )
    p.add_argument(
        "--demo",
        action="store_true",
        help="打开内置演示数据库（首次运行时自动生成演示数据）",
    )


def parse_size(text: str | None) -> tuple[int, int] | None:
    """``1024x700`` → (1024, 700); UserError for anything else."""
    from app.errors import UserError

    if not text:
        return None
    parts = text.lower().replace("×", "x").replace("*", "x").split("x")
    try:
        w, h = (int(p) for p in parts)
    except ValueError:
        raise UserError(f"窗口大小“{text}”无效，请写成 1024x700 的形式") from None
    if not (320 <= w <= 10000 and 240 <= h <= 10000):
        raise UserError(f"窗口大小“{text}”不合理（宽 320–10000，高 240–10000）")
    return w, h


def run(args: argparse.Namespace) -> int:
    size = parse_size(args.size)
    # Qt is imported only here, so every other command starts without it.
    from ui import main as ui_main

    return int(ui_main.run(args.db, args.demo, args.self_test, size=size))
