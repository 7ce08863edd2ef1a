"""Desktop-app figures: start-up to a usable window, and memory while scrolling a million firms.

    python bench/bench_ui.py [--small 100000] [--large 1000000] [--runs 5] [--out bench/out]

1. Start-up: ``python -m cli --db <100,000 firms> gui`` as a new process, from just before the
   process is started to the first paint of the main window with the firm count in the status
   bar (the window reports it when CHAINFILL_STARTUP_PROBE is set, then quits). Target ≤ 1.5 s.
2. Scrolling: the 企业库 view over 1,000,000 firms, offscreen, in a fresh process: time until
   the first rows show, then the table is scrolled page by page and by jumps across the whole
   range (each step painted); reports peak RSS (target ≤ 400 MB) and the time per step.
3. Sorting: in a fresh process, 企业库 and 推荐 over the same firms, each sortable column
   clicked ascending then descending, unfiltered and with filters (a city, a search word, a
   direction); the time from the click until the first rows are painted, then a jump to the
   middle of the list painted (``--skip-sort`` leaves it out, ``--skip-startup`` the first).

The databases are made once and kept in ``--out``: the 100,000-firm one with the demo
generator (realistic text), the 1,000,000-firm one by bulk SQL (tests/ui_data.py).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _made_once(path: Path, what: str, fill) -> Path:
    """``path`` if it exists, else made by ``fill(db)`` under a .part name and then renamed
    (an interrupted run leaves no half-made database to be reused)."""
    if path.exists():
        return path
    from app.db import Database

    t0 = time.time()
    tmp = path.with_suffix(".part")
    tmp.unlink(missing_ok=True)
    db = Database(tmp)
    fill(db)
    db.close()
    tmp.replace(path)
    print(f"made {path.name}: {what} in {time.time() - t0:.0f} s", file=sys.stderr)
    return path


def demo_db(path: Path, n: int) -> Path:
    def fill(db) -> None:
        from app import demo, pipeline
        from app.jobs import run_to_end

        run_to_end(demo.generate(db, n, 1))
        run_to_end(pipeline.refresh(db))

    return _made_once(path, f"{n:,} demo firms", fill)


def bulk_db(path: Path, n: int) -> Path:
    from tests.ui_data import make_firms

    return _made_once(path, f"{n:,} firms", lambda db: make_firms(db, n, text=True))


def startup(db: Path, runs: int, home: Path) -> dict:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "CHAINFILL_STARTUP_PROBE": "1",
        "CHAINFILL_HOME": str(home),
        # An installed app has its modules compiled; the dev shell may forbid writing .pyc
        # files, which would add the compile time of every module to every start. Compiled
        # files go to a cache beside the bench databases; the first (warm-up) run makes them.
        "PYTHONPYCACHEPREFIX": str(home.parent / "pycache"),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    times = []
    label = ""
    for _ in range(runs + 1):
        t0 = time.time()
        proc = subprocess.run(
            [sys.executable, "-m", "cli", "--db", str(db), "gui"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        line = next((x for x in proc.stdout.splitlines() if x.startswith("first-paint")), None)
        if line is None:
            raise SystemExit(f"no first paint reported:\n{proc.stdout}\n{proc.stderr}")
        _, stamp, *rest = line.split(" ", 2)
        times.append(float(stamp) - t0)
        label = rest[0] if rest else ""
    warmup, times = times[0], times[1:]
    return {
        "firms": _count(db),
        "warmup_s": round(warmup, 3),
        "runs": [round(t, 3) for t in times],
        "first_s": round(times[0], 3),
        "median_s": round(statistics.median(times), 3),
        "status_bar": label,
    }


def _count(db: Path) -> int:
    import sqlite3

    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT COUNT(*) FROM firms").fetchone()[0]
    finally:
        con.close()


# How each child process starts (argv: database, repository root): the app in Chinese,
# offscreen, its message boxes collected instead of shown.
CHILD_SETUP = r"""
import json, os, statistics, sys, time
sys.path.insert(0, sys.argv[2])
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from ui.main import application
app = application()
from PySide6.QtCore import Qt
from ui import i18n, messages, workers
i18n.install("zh_CN")
messages.headless = True
from ui.context import AppContext
from ui.mainwindow import MainWindow
"""

SCROLL_CHILD = (
    CHILD_SETUP
    + r"""
import resource

def rss_mb():
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0

ctx = AppContext(sys.argv[1])
win = MainWindow(ctx)
win.resize(1440, 900)
t0 = time.perf_counter()
win.show()
view = win.show_view("firms")  # as ui.main.run does when 企业库 was the last view
while view.model.rowCount() == 0 or view.busy():
    app.processEvents()
    time.sleep(0.001)
table = view.table
table.viewport().repaint()
first_rows = time.perf_counter() - t0
n = view.model.rowCount()
sb = table.verticalScrollBar()
peak = rss_mb()
row_h = table.verticalHeader().defaultSectionSize()
page_px = table.viewport().height()

count = [0]


def step(value, full):
    global peak
    count[0] += 1
    s = time.perf_counter()
    sb.setValue(min(value, sb.maximum()))
    if full:
        table.viewport().repaint()
    app.processEvents()  # paints what scrolling exposed
    t = time.perf_counter() - s
    if count[0] % 50 == 0:
        peak = max(peak, rss_mb())
    return t

# Wheel-like scrolling (3 rows a notch) through the first 20,000 rows: Qt blits the view and
# paints only the rows that come in. Then page jumps and 400 jumps across the whole range,
# each a full repaint of the table.
wheel = [step(v, False) for v in range(0, 20000 * row_h, 3 * row_h)]
pages = [step(i * page_px, True) for i in range(2000)]
jumps = [step(int(sb.maximum() * k / 400), True) for k in range(401)]
steps = pages + jumps
wheel.sort()
steps.sort()
scroll_peak = max(peak, rss_mb())
# Then the 评分说明 tab of the selected firm: the scoring libraries and the full breakdown.
view.detail.tabs.setCurrentWidget(view.detail.score_tab)
while view.busy():
    workers.wait_idle(200)
explained_rss = rss_mb()
peak = max(scroll_peak, explained_rss, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
m = view.model
print(json.dumps({
    "firms": n,
    "first_rows_s": round(first_rows, 3),
    "wheel_steps": len(wheel),
    "wheel_median_ms": round(wheel[len(wheel) // 2] * 1000, 2),
    "wheel_p95_ms": round(wheel[int(len(wheel) * 0.95)] * 1000, 2),
    "scroll_steps": len(steps),
    "step_median_ms": round(steps[len(steps) // 2] * 1000, 2),
    "step_p95_ms": round(steps[int(len(steps) * 0.95)] * 1000, 2),
    "step_max_ms": round(steps[-1] * 1000, 2),
    "scroll_peak_rss_mb": round(scroll_peak, 1),
    "rss_with_explanation_mb": round(explained_rss, 1),
    "peak_rss_mb": round(peak, 1),
    "rows_fetched": m.rows_fetched,
    "id_queries": m.id_queries,
    "row_queries": m.row_queries,
}))
win.close()
"""
)


SORT_CHILD = (
    CHILD_SETUP
    + r"""

ctx = AppContext(sys.argv[1])
win = MainWindow(ctx)
win.resize(1440, 900)
win.show()


def settle(view):
    app.processEvents()
    while view.model.loading:
        app.processEvents()
        time.sleep(0.001)
    view.table.viewport().repaint()


def timed(view, action):
    t = time.perf_counter()
    action()
    settle(view)
    first = time.perf_counter() - t
    t = time.perf_counter()
    view.table.scrollTo(view.model.index(view.model.rowCount() // 2, 0))
    view.table.viewport().repaint()
    app.processEvents()
    return first, time.perf_counter() - t


out = {}
for name, filters in (
    ("firms", [("all", {}), ("city", {"city": "深圳市"}), ("text", {"text": "科技"}),
               ("direction", {"direction": sys.argv[3]})]),
    ("candidates", [("all", {}), ("city", {"city": "深圳市"})]),
):
    view = win.show_view(name)
    settle(view)
    for fname, values in filters:
        if values:
            view.filters.reset()
            settle(view)
            view.filters.set_value(**values)
            view._apply_filter(view.filters.value())
            settle(view)
        firsts, middles = [], []
        detail = {}
        for i, col in enumerate(view.model.columns):
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                if view.model.sort_column() == i and view.model.sort_order() == order:
                    continue
                first, middle = timed(view, lambda i=i, o=order: view.model.sort(i, o))
                if view.model.sort_column() != i:
                    break  # not sortable
                firsts.append(first)
                middles.append(middle)
                detail[f"{col.key} {'asc' if order == Qt.SortOrder.AscendingOrder else 'desc'}"] = round(first * 1000)
        firsts.sort()
        out[f"{name}/{fname}"] = {
            "rows": view.model.rowCount(),
            "sorts": len(firsts),
            "first_rows_median_ms": round(statistics.median(firsts) * 1000, 1),
            "first_rows_max_ms": round(firsts[-1] * 1000, 1),
            "jump_median_ms": round(statistics.median(middles) * 1000, 1),
            "first_rows_ms": detail,
        }
    view.filters.reset()
    settle(view)
workers.wait_idle(60000)
print(json.dumps(out))
win.close()
"""
)


def sort(db: Path, home: Path) -> dict:
    import sqlite3

    con = sqlite3.connect(db)
    try:  # the most common direction, so that its filter is a large set
        (direction,) = con.execute(
            "SELECT direction FROM firms WHERE direction IS NOT NULL AND direction != '' "
            "GROUP BY direction ORDER BY COUNT(*) DESC LIMIT 1"
        ).fetchone()
    finally:
        con.close()
    return _child("sort", home, 3600, SORT_CHILD, str(db), str(ROOT), direction)


def scroll(db: Path, home: Path) -> dict:
    return _child("scroll", home, 1800, SCROLL_CHILD, str(db), str(ROOT))


def _child(what: str, home: Path, timeout: int, code: str, *args: str) -> dict:
    """Run a measuring child (offscreen Qt, its own data folder); returns the JSON line it
    prints, or stops the bench with its output."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CHAINFILL_HOME": str(home)}
    proc = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    line = next((x for x in proc.stdout.splitlines() if x.startswith("{")), None)
    if line is None:
        raise SystemExit(f"{what} run failed:\n{proc.stdout}\n{proc.stderr}")
    return json.loads(line)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", type=int, default=100_000)
    ap.add_argument("--large", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--out", default=str(ROOT / "bench" / "out"))
    ap.add_argument("--skip-startup", action="store_true", help="no start-up runs")
    ap.add_argument("--skip-sort", action="store_true", help="no sorting runs")
    args = ap.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    home = out / "home"
    home.mkdir(exist_ok=True)
    # The children use this data folder; the classifier trained from the catalog is cached in
    # it on first use, so start-up and scrolling measure the app, not that one-off training.
    os.environ["CHAINFILL_HOME"] = str(home)
    try:
        from app import classification
    except ImportError:
        classification = None
    if classification is not None:
        classification.builtin_model()
    large = bulk_db(out / f"ui-bulk-{args.large}.sqlite", args.large)
    res_start: dict = {}
    if not args.skip_startup:
        small = demo_db(out / f"ui-demo-{args.small}.sqlite", args.small)
        res_start = startup(small, args.runs, home)
        print(
            f"start-up to first paint with the firm count ({res_start['firms']:,} firms): "
            f"median {res_start['median_s']:.2f} s, first {res_start['first_s']:.2f} s "
            f"(runs {res_start['runs']}; target ≤ 1.5 s) — status bar: {res_start['status_bar']}"
        )
    res_scroll = scroll(large, home)
    print(
        f"scrolling {res_scroll['firms']:,} firms: first rows after {res_scroll['first_rows_s']:.2f} s; "
        f"wheel {res_scroll['wheel_steps']} notches median {res_scroll['wheel_median_ms']} ms "
        f"p95 {res_scroll['wheel_p95_ms']} ms; page/jump repaints {res_scroll['scroll_steps']} "
        f"median {res_scroll['step_median_ms']} ms p95 {res_scroll['step_p95_ms']} ms "
        f"max {res_scroll['step_max_ms']} ms; "
        f"RSS while scrolling ≤ {res_scroll['scroll_peak_rss_mb']} MB (target ≤ 400 MB), "
        f"{res_scroll['rss_with_explanation_mb']} MB once a score explanation is open, "
        f"process peak {res_scroll['peak_rss_mb']} MB; "
        f"{res_scroll['rows_fetched']:,} rows fetched in {res_scroll['row_queries']} queries"
    )
    res_sort: dict = {}
    if not args.skip_sort:
        res_sort = sort(large, home)
        for key, r in res_sort.items():
            print(
                f"sorting {key} ({r['rows']:,} rows, {r['sorts']} sorts): first rows median "
                f"{r['first_rows_median_ms']} ms, max {r['first_rows_max_ms']} ms; "
                f"jump to the middle median {r['jump_median_ms']} ms"
            )
    print(
        json.dumps(
            {"startup": res_start, "scroll": res_scroll, "sort": res_sort}, ensure_ascii=False
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
