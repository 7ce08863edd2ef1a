"""kill -9 at any moment leaves the database sound, with a job fully applied or not at all."""

from __future__ import annotations

import csv
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app import uscc
from tests.conftest import ROOT

pytestmark = pytest.mark.slow


def _write_csv(path, n, offset=0):
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["企业名称", "统一社会信用代码", "所属城市", "注册资本", "成立日期", "经营范围"])
        for i in range(offset, offset + n):
            body = f"91440300MA{i:07d}"
            body = body.replace("I", "1").replace("O", "0")
            code = body + uscc.check_char(body)
            w.writerow(
                [
                    f"深圳市测试{i}号精密科技有限公司",
                    code,
                    "深圳市",
                    f"{100 + i % 5000}万元",
                    "2015-06-01",
                    "工业机器人减速器、伺服电机、控制器的研发、生产与销售；" * 4,
                ]
            )


def _state(path):
    conn = sqlite3.connect(path)
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
        firms = conn.execute("SELECT count(*) FROM firms").fetchone()[0]
        imports = conn.execute("SELECT count(*) FROM imports").fetchone()[0]
        fts = conn.execute(
            "SELECT count(*) FROM firms_fts WHERE firms_fts MATCH '精密科技'"
        ).fetchone()[0]
    finally:
        conn.close()
    return ok, firms, imports, fts


def _import_proc(dbfile, csvfile):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-m", "cli", "--db", str(dbfile), "import", str(csvfile)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


# Runs an import in-process and SIGKILLs itself at its k-th progress event: a kill that is
# certain to land inside the import's transaction, not before or after it.
SELF_KILLER = """
import os, signal, sys
from app.db import Database
from app.importing import import_firms
from app.jobs import run_to_end
k = int(sys.argv[3])
seen = 0
def on_progress(_):
    global seen
    seen += 1
    if seen == k:
        os.kill(os.getpid(), signal.SIGKILL)
db = Database(sys.argv[1])
run_to_end(import_firms(db, sys.argv[2]), on_progress=on_progress)
sys.exit(3)  # the import ended before the k-th progress event
"""


def _first_import_and_a_big_file(target, tmp_path) -> tuple[Path, int]:
    """100 firms imported into ``target``; a CSV of three batches and more, not yet imported."""
    from app.importing import engine

    first = tmp_path / "first.csv"
    _write_csv(first, 100)
    assert _import_proc(target, first).wait(timeout=120) == 0
    big = tmp_path / "big.csv"
    n = engine.BATCH * 3 + 17
    _write_csv(big, n, offset=5000)
    return big, n


def _import_killed_at(target, big: Path, k: int) -> None:
    """Import ``big`` in a process that kills itself at its k-th progress event."""
    proc = subprocess.run(
        [sys.executable, "-c", SELF_KILLER, str(target), str(big), str(k)],
        cwd=ROOT,
        capture_output=True,
        timeout=300,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()


@pytest.mark.sqlite_only("kill -9 of the process that writes a SQLite file (its WAL, FTS)")
def test_kill_inside_the_import_transaction(tmp_path):
    dbfile = tmp_path / "inside.sqlite"
    big, _ = _first_import_and_a_big_file(dbfile, tmp_path)
    for k in (1, 2, 3, 4):  # 4: every row written, the index and the commit still to come
        _import_killed_at(dbfile, big, k)
        ok, firms, imports, fts = _state(dbfile)
        assert ok == "ok"
        assert (firms, imports) == (100, 1), k
        assert fts == firms


@pytest.mark.postgresql("a client killed inside its transaction: the server rolls it back")
def test_kill_inside_the_import_transaction_on_the_server(db_target, tmp_path):
    """The connection lost in the middle of an import (COPYs sent, indexes to build, the
    commit to come): nothing of it stays on the server, and the job can be run again."""
    from app.db import Database

    big, n = _first_import_and_a_big_file(db_target, tmp_path)
    for k in (1, 2, 4):  # 4: every row sent, the commit still to come
        _import_killed_at(db_target, big, k)
        with Database(db_target) as db:
            counts = [
                db.scalar(f"SELECT count(*) FROM {t}") for t in ("firms", "imports", "scores")
            ]
            assert counts == [100, 1, 100], k
    assert _import_proc(db_target, big).wait(timeout=300) == 0
    with Database(db_target) as db:
        assert db.scalar("SELECT count(*) FROM firms") == 100 + n
        assert db.scalar("SELECT count(*) FROM import_changes") == 100 + n


def _committed_firms(path) -> int:
    conn = sqlite3.connect(path, timeout=5)
    try:
        return conn.execute("SELECT count(*) FROM firms").fetchone()[0]
    finally:
        conn.close()


def _kill_cli_import_mid_transaction(dbfile, csvfile, before: int, wal_growth: int) -> bool:
    """Run ``chainfill import`` and SIGKILL it while its transaction is open.

    The transaction is open when the WAL has grown by ``wal_growth`` bytes (SQLite spills the
    uncommitted pages there) while a reader still sees ``before`` firms committed. True when
    the kill was sent in that state; False when the import finished first.
    """
    wal = dbfile.with_name(dbfile.name + "-wal")
    start = wal.stat().st_size if wal.exists() else 0
    proc = _import_proc(dbfile, csvfile)
    deadline = time.monotonic() + 300
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            grown = (wal.stat().st_size if wal.exists() else 0) - start
            if grown >= wal_growth and _committed_firms(dbfile) == before:
                os.kill(proc.pid, signal.SIGKILL)
                return True
            time.sleep(0.005)
        return False
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=60)


@pytest.mark.sqlite_only("watches a SQLite file's WAL grow to kill the import mid-transaction")
def test_kill_the_cli_import_inside_its_transaction(tmp_path):
    """The real ``chainfill import`` process (reader, writer thread, backup) killed while its
    transaction is open leaves the database as it was before the import."""
    dbfile = tmp_path / "kill.sqlite"
    first = tmp_path / "first.csv"
    _write_csv(first, 200)
    assert _import_proc(dbfile, first).wait(timeout=120) == 0
    base = _state(dbfile)
    assert base[0] == "ok" and base[1] == 200

    big = tmp_path / "big.csv"
    n = 20000
    _write_csv(big, n, offset=1000)
    landed = 0
    for growth in (1 << 20, 8 << 20):  # early in the transaction, and well into it
        killed = _kill_cli_import_mid_transaction(dbfile, big, 200, growth)
        ok, firms, imports, fts = _state(dbfile)
        assert ok == "ok"
        assert fts == firms  # the search index always matches the table
        if killed and firms == 200:
            assert (firms, imports) == (200, base[2])
            landed += 1
        else:  # the import committed before the kill (or was never killed)
            assert (firms, imports) == (200 + n, base[2] + 1), (growth, firms, imports)
            break
    assert landed >= 1, "no kill landed inside the import's transaction"
    if firms == 200:  # the database still takes the whole import afterwards
        assert _import_proc(dbfile, big).wait(timeout=300) == 0
        ok, firms, _, fts = _state(dbfile)
        assert ok == "ok" and firms == 200 + n and fts == firms
