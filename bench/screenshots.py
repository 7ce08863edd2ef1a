"""Render every view of the desktop app to PNG at 1440×900, for people to look at.

    python bench/screenshots.py --out screenshots [--db FILE] [--lang zh_CN|en] [--firms N]

Without ``--db`` a demo database is generated (app.demo + app.pipeline.refresh) in the output
folder. Runs offscreen (QWidget.grab); with DISPLAY set and QT_QPA_PLATFORM=xcb it also works
under Xvfb. Prints the files it wrote.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZE = (1440, 900)


def make_demo(path: Path, firms: int) -> None:
    from app import demo
    from app.db import Database
    from app.jobs import run_to_end

    t0 = time.time()
    db = Database(path)
    run_to_end(demo.build(db, firms, 1))
    db.close()
    print(f"demo database: {firms} firms in {time.time() - t0:.1f} s", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="screenshots")
    ap.add_argument("--db", help="database to show (default: a fresh demo database)")
    ap.add_argument("--lang", default="zh_CN", choices=["zh_CN", "en"])
    ap.add_argument("--firms", type=int, default=3000, help="size of the generated demo")
    ap.add_argument(
        "--size",
        default="1440x900",
        help="window size in logical pixels (with QT_SCALE_FACTOR=1.5, 1280x720 is a laptop)",
    )
    args = ap.parse_args(argv)
    global SIZE
    SIZE = tuple(int(x) for x in args.size.lower().split("x"))
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    # Keep the person's own settings and backups out of it.
    home = Path(tempfile.mkdtemp(prefix="chainfill-shots-"))
    os.environ["CHAINFILL_HOME"] = str(home)
    db_path = Path(args.db) if args.db else out / "demo.sqlite"
    if not args.db and not db_path.exists():
        make_demo(db_path, args.firms)

    from ui import i18n, messages, workers
    from ui.context import AppContext
    from ui.main import application
    from ui.mainwindow import MainWindow

    app = application()
    i18n.install(args.lang)
    messages.headless = True
    ctx = AppContext(db_path)
    win = MainWindow(ctx)
    win.resize(*SIZE)
    win.show()
    written: list[Path] = []
    suffix = "" if args.lang == "zh_CN" else f"-{args.lang}"

    def settle(extra_ms: int = 150) -> None:
        workers.wait_idle(60000)
        end = time.monotonic() + extra_ms / 1000
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)
        workers.wait_idle(60000)
        app.processEvents()

    def shot(widget, name: str) -> None:
        settle()
        path = out / f"{name}{suffix}.png"
        widget.grab().save(str(path))
        written.append(path)

    for i, spec in enumerate(win.specs, start=1):
        view = win.show_view(spec.key)
        settle(300)
        if spec.key == "catalog":
            view.show_direction("equip.robot")
            settle()
            first = view.chain.boxes[0].code if view.chain.boxes else None
            if first:
                view.select_segment(first)
        shot(win, f"{i:02d}-{spec.key}")
        if spec.key == "firms":
            view.detail.tabs.setCurrentIndex(1)  # classification
            shot(win, f"{i:02d}-{spec.key}-classification")
            view.detail.tabs.setCurrentIndex(0)

    # The import wizard on the shipped sample, page by page (the last one is not run).
    import resources

    wiz = win.open_import(str(resources.path("samples", "firms_sample.csv")))
    wiz.resize(int(SIZE[0] * 0.7), int(SIZE[1] * 0.8))
    shot(wiz, "20-import-1-file")
    wiz.next()
    while wiz.busy():
        settle(100)
    shot(wiz, "21-import-2-mapping")
    wiz.next()
    while wiz.busy():
        settle(100)
    shot(wiz, "22-import-3-check")
    wiz.reject()
    settle()
    win.close()
    ctx.close()
    for p in written:
        print(p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
