"""Render every view of the desktop app to PNG at 1024×700, 1440×900 and 2560×1440.

    python bench/screenshots.py --out screenshots [--db FILE] [--lang zh_CN|en] [--firms N]
                                [--size 1024x700,1440x900,2560x1440]

The width budget: every view must be usable on a laptop (1024×700) and use a large screen
(2560×1440); the files are named ``NN-view-WxH.png`` so a reviewer can compare. The import
wizard is shown on the shipped sample and on a sheet headed the government way
(单位名称/所在地区/经营范围/注册资本, capital in USD), whose columns are mapped by hand.

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

SIZES = ((1024, 700), (1440, 900), (2560, 1440))
SIZE = SIZES[1]
GOV_SHEET = (
    "单位名称,所在地区,经营范围,注册资本\n"
    "美商精密电子（东莞）有限公司,东莞市,半导体封装测试设备的研发和制造,746万美元\n"
    "深圳市示例汇能科技有限公司,深圳市,锂离子电池管理系统研发,2000\n"
    "香港示例精密模具有限公司,深圳市,精密模具设计制造,500万港元\n"
)


def make_demo(path: Path, firms: int) -> None:
    from app import demo
    from app.db import Database
    from app.jobs import run_to_end

    t0 = time.time()
    db = Database(path)
    run_to_end(demo.build(db, firms, 1))
    db.close()
    print(f"demo database: {firms} firms in {time.time() - t0:.1f} s", file=sys.stderr)


def targeting_firm(db) -> int | None:
    """The best-ranked candidate with a list, a signal and a link (as many as any has)."""
    return db.scalar(
        "SELECT r.id FROM ranked AS r WHERE r.score IS NOT NULL "
        "AND COALESCE(r.direction, '') != '' ORDER BY "
        "EXISTS (SELECT 1 FROM firm_flags WHERE firm_id = r.id) "
        "+ EXISTS (SELECT 1 FROM firm_signals WHERE firm_id = r.id) "
        "+ EXISTS (SELECT 1 FROM firm_links WHERE firm_id = r.id) DESC, r.score DESC LIMIT 1"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="screenshots")
    ap.add_argument("--db", help="database to show (default: a fresh demo database)")
    ap.add_argument("--lang", default="zh_CN", choices=["zh_CN", "en"])
    ap.add_argument("--firms", type=int, default=3000, help="size of the generated demo")
    ap.add_argument(
        "--guide",
        metavar="DIR",
        help="also write the user guide's pictures (JPEG, from the 1024×700 shots) to DIR/img",
    )
    ap.add_argument(
        "--size",
        default=",".join(f"{w}x{h}" for w, h in SIZES),
        help="window sizes in logical pixels, comma-separated",
    )
    args = ap.parse_args(argv)
    global SIZE
    sizes = [(int(w), int(h)) for w, h in (x.lower().split("x") for x in args.size.split(","))]
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

    def wizard_pages(
        path: str, size: tuple[int, int], first: str | None, mapping: str, check: str
    ) -> None:
        """Open the wizard on ``path`` and shoot its file page (if ``first``), then its
        mapping and check pages, each once the wizard has finished reading."""
        wiz = win.open_import(path)
        wiz.resize(int(size[0] * 0.7), int(size[1] * 0.8))
        if first:
            shot(wiz, first)
        for name in (mapping, check):
            wiz.next()
            while wiz.busy():
                settle(100)
            shot(wiz, name)
        wiz.reject()
        settle()

    gov = out / "政府常用表头.csv"
    gov.write_text(GOV_SHEET, encoding="utf-8")
    for SIZE in sizes:
        tag = f"-{SIZE[0]}x{SIZE[1]}"
        win.resize(*SIZE)
        for i, spec in enumerate(win.specs, start=1):
            view = win.show_view(spec.key)
            settle(300)
            if spec.key == "catalog":
                view.show_direction("equip.robot")
                settle()
                first = view.chain.boxes[0].code if view.chain.boxes else None
                if first:
                    view.select_segment(first)
            shot(win, f"{i:02d}-{spec.key}{tag}")
            if spec.key == "firms":
                view.detail.tabs.setCurrentIndex(1)  # classification
                shot(win, f"{i:02d}-{spec.key}-classification{tag}")
                view.detail.tabs.setCurrentIndex(0)
            if spec.key == "candidates":
                detail = view.detail
                detail.tabs.setCurrentWidget(detail.score_tab)
                settle(600)
                shot(win, f"{i:02d}-{spec.key}-explanation{tag}")
                detail.show_detail.setChecked(True)
                settle(300)
                shot(win, f"{i:02d}-{spec.key}-explanation-detail{tag}")
                detail.show_detail.setChecked(False)
                # Lists, signals and links of a firm that has them (#16), and 以商引商.
                fid = targeting_firm(ctx.db)
                if fid is not None:
                    view.show_filter(firm=fid)
                    settle(300)
                    detail.set_firm(fid)
                    detail.tabs.setCurrentWidget(detail.targeting.tab)
                    shot(win, f"{i:02d}-{spec.key}-targeting{tag}")
                    detail.tabs.setCurrentWidget(detail.score_tab)

        # The import wizard on the shipped sample, page by page (the last one is not run).
        import resources

        wizard_pages(
            str(resources.path("samples", "firms_sample.csv")),
            SIZE,
            f"20-import-1-file{tag}",
            f"21-import-2-mapping{tag}",
            f"22-import-3-check{tag}",
        )
        # A sheet headed the government way: every column with a field chooser.
        wizard_pages(
            str(gov), SIZE, None, f"23-import-gov-mapping{tag}", f"24-import-gov-check{tag}"
        )
    win.close()
    ctx.close()
    if args.guide:
        written += guide_pictures(out, Path(args.guide), suffix)
    for p in written:
        print(p)
    return 0


# The user guide's pictures (resources/guide/img): which shot each one is. JPEG keeps the
# shipped guide small; the laptop size is what most staff see.
GUIDE_PICTURES = {
    "overview.jpg": "01-dashboard-1024x700",
    "firms.jpg": "03-firms-1024x700",
    "explanation.jpg": "04-candidates-explanation-1024x700",
    "review.jpg": "05-review-1024x700",
    "shortlists.jpg": "06-shortlists-1024x700",
    "projects.jpg": "07-projects-1024x700",
    "settings.jpg": "08-settings-1024x700",
    "import-mapping.jpg": "23-import-gov-mapping-1024x700",
}


def guide_pictures(shots: Path, guide: Path, suffix: str) -> list[Path]:
    from PySide6.QtGui import QImage

    folder = guide / "img"
    folder.mkdir(parents=True, exist_ok=True)
    done = []
    for name, shot in GUIDE_PICTURES.items():
        src = shots / f"{shot}{suffix}.png"
        if not src.exists():
            print(f"no {src.name} for the guide (shoot at 1024x700)", file=sys.stderr)
            continue
        dest = folder / name
        QImage(str(src)).save(str(dest), "JPG", 82)
        done.append(dest)
    return done


if __name__ == "__main__":
    sys.exit(main())
