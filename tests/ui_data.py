"""Fast synthetic firms for the desktop-app tests (bulk INSERT … SELECT from a recursive CTE).

Not demo data: every row is mechanical ("测试123号科技有限公司"), so tests can compute the
expected answer of a query from the row number alone. Also the app's own demo database and
the main window on a database, as the view tests open them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

# The marks of a module of Qt tests: the offscreen platform warns whenever a window's size
# constraints change (layouts do).
GUI_MARKS = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

CITIES = ("深圳市", "广州市", "东莞市")
DISTRICTS = ("南山区", "天河区", "松山湖", "宝安区")


def segment_pairs() -> list[list[str]]:
    """(direction, segment) of every catalog segment, then ten firms' worth of "none"."""
    import catalog

    cat = catalog.load_default()
    return [[d.code, s.code] for d in cat.directions for s in d.segments] + [["", ""]] * 10


# make_firms' statement; the engines spell three things differently (_SPELLINGS): the row
# numbers 1..n, picking the (direction, segment) pair from a JSON list, the founding date.
_MAKE_FIRMS = """
    {numbers}
    INSERT INTO firms (name, name_norm, short_name, city, district, direction, segment,
        confidence, registered_capital,
        employees, founded, main_business, source, imported_at, updated_at)
    SELECT '测试' || i || '号科技有限公司', '测试' || i || '号科技有限公司', '测试' || i,
        CASE i % 3 WHEN 0 THEN '深圳市' WHEN 1 THEN '广州市' ELSE '东莞市' END,
        CASE i % 4 WHEN 0 THEN '南山区' WHEN 1 THEN '天河区' WHEN 2 THEN '松山湖'
                   ELSE '宝安区' END,
        NULLIF({pick_0}, ''),
        NULLIF({pick_1}, ''),
        (i * 7919 % 1000) / 1000.0,
        (i * 31 % 100000) / 10.0,
        i * 17 % 5000,
        {founded},
        CASE WHEN ? = 1 THEN '研发生产电子元器件与智能装备' END,
        '测试数据', '2026-11-27T00:00:00', '2026-11-27T00:00:00'
    FROM seq
"""
_SPELLINGS = {
    "sqlite": {
        "numbers": "WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < ?)",
        "pick": "json_extract(?, '$[' || (i % ?) || '][{}]')",
        "founded": "printf('%04d-%02d-%02d', 1990 + i % 35, 1 + i % 12, 1 + i % 28)",
    },
    "postgresql": {
        "numbers": "WITH seq(i) AS (SELECT generate_series(1, ?))",
        "pick": "(CAST(? AS json) -> (i % ?)) ->> {}",
        "founded": "to_char(make_date(1990 + i % 35, 1 + i % 12, 1 + i % 28), 'YYYY-MM-DD')",
    },
}


def make_firms(db, n: int, *, text: bool = True) -> None:
    """Insert ``n`` firms numbered 1..n in one statement (≈2 s for 100,000 with the FTS index)."""
    pairs = json.dumps(segment_pairs())
    k = len(segment_pairs())
    spell = _SPELLINGS["postgresql" if db.is_postgres else "sqlite"]
    sql = _MAKE_FIRMS.format(
        numbers=spell["numbers"],
        pick_0=spell["pick"].format(0),
        pick_1=spell["pick"].format(1),
        founded=spell["founded"],
    )
    with db.write():
        base = db.scalar("SELECT COALESCE(MAX(id), 0) FROM firms")
        db.execute(sql, (n, pairs, k, pairs, k, 1 if text else 0))
        # Scores live in their own table (one row per firm, made by a trigger).
        db.execute(
            """
            UPDATE scores SET
                score = CASE WHEN (firm_id - ?) % 3 = 2 THEN NULL
                             ELSE ((firm_id - ?) * 104729 % 10000) / 100.0 END,
                gap_fit = 0.5, capability = 0.5, propensity = 0.5
            WHERE firm_id > ?
            """,
            (base, base, base),
        )


def demo_database(path: Path | str, firms: int, seed: int) -> Path | str:
    """The app's own demo (``demo.build``: firms, flags, links, signals, scores) at ``path``."""
    from app import demo
    from app.db import Database
    from app.jobs import run_to_end

    db = Database(path)
    try:
        run_to_end(demo.build(db, firms, seed))
    finally:
        db.close()
    return path


@contextmanager
def app_context(
    path: Path | str, *, language: str | None = None, idle_ms: int = 20000, quiet: bool = True
) -> Iterator:
    """The app's context on the database at ``path``, in the test application: ``language``
    installed if given, message boxes collected instead of shown. On leaving: the jobs
    finished (waiting at most ``idle_ms``), the context closed and, if ``quiet``, no message
    box shown in between."""
    from ui import i18n, messages, workers
    from ui.context import AppContext
    from ui.main import application

    application()
    if language is not None:
        i18n.install(language)
    messages.headless = True
    messages.collected.clear()
    ctx = AppContext(path)
    try:
        yield ctx
        workers.wait_idle(idle_ms)
    finally:
        ctx.close()
    if quiet:
        assert messages.collected == [], messages.collected
    messages.headless = False


def shown(qtbot, window, size: tuple[int, int] = (1440, 900)):
    """``window`` handed to qtbot (closed after the test), resized, shown and exposed."""
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


@contextmanager
def main_window(qtbot, path: Path | str, *, copy_to: Path | None = None) -> Iterator:
    """The main window on the database at ``path`` (or on a copy of it at ``copy_to``, for a
    test that edits it), shown at 1440×900. On leaving: the jobs finished, the window and its
    database closed, and no message box shown in between (they are collected, not shown)."""
    from ui import workers
    from ui.mainwindow import MainWindow

    if copy_to is not None:
        from tests.db_helpers import copy_target

        path = copy_target(path, copy_to)  # a file copy, or a server database from a template
    with app_context(path) as ctx:
        w = shown(qtbot, MainWindow(ctx))
        try:
            yield w
            workers.wait_idle(20000)
        finally:
            w.close()


def demo_window_fixtures(firms: int, seed: int = 7) -> tuple:
    """The fixtures of a module that tests the main window on the app's demo: ``demo_path``,
    the demo of ``firms`` firms built once for the module, and ``window``, the main window on
    a fresh copy of it for each test (tests edit it). A module takes both by name::

        demo_path, window = demo_window_fixtures(300)
    """

    @pytest.fixture(scope="module")
    def demo_path(target_factory):  # a file, or with --engine=postgresql the server
        return demo_database(target_factory("demo"), firms, seed)

    @pytest.fixture
    def window(qtbot, demo_path, tmp_path):
        with main_window(qtbot, demo_path, copy_to=tmp_path / "demo.sqlite") as w:
            yield w

    return demo_path, window


def settled_view(window, key: str, *, limit: float = 60):
    """Show the view ``key`` of the main window and wait (at most ``limit`` seconds) until its
    jobs are done and it is no longer busy."""
    import time

    from ui import workers

    view = window.show_view(key)
    deadline = time.monotonic() + limit
    while True:
        assert workers.wait_idle(30000)
        if not view.busy() or time.monotonic() > deadline:
            return view
