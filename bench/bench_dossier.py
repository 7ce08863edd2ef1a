"""Benchmark: visit dossiers to PDF (design.md §8: one ≤ 0.5 s, 100 ≤ 30 s).

Builds a demo database (``app.demo``; scores computed when ``app.ranking`` is present), gives a
few firms contacts and visits, then times:

- one dossier, cold (first in the process: font, catalog, ranking imports) and warm (median);
- a batch of 100 firms as one PDF with a table of contents (the shortlist print);
- ``chainfill dossier --firm`` as a subprocess (what a colleague waits for at the command line).

Prints the figures; it is not a timed test. Usage::

    python bench/bench_dossier.py [--firms 3000] [--batch 100] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def build_db(path: Path, firms: int) -> None:
    from app import demo
    from app.db import Database
    from app.jobs import run_to_end

    db = Database(path)
    run_to_end(demo.generate(db, firms, seed=11))
    try:
        from app import classification

        job = getattr(classification, "classify_all", None)
        if job is not None:
            run_to_end(job(db))
    except ImportError:
        pass
    try:
        from app import ranking

        run_to_end(ranking.rescore(db))
    except ImportError:
        pass
    db.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--firms", type=int, default=3000)
    ap.add_argument("--batch", type=int, default=100)
    ap.add_argument("--keep", metavar="DIR", help="keep the database and PDFs in DIR")
    args = ap.parse_args()

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="cf-bench-dossier-"))
    work.mkdir(parents=True, exist_ok=True)
    db_path = work / "bench.sqlite"
    if db_path.exists():
        db_path.unlink()
    t = time.perf_counter()
    build_db(db_path, args.firms)
    print(f"demo database: {args.firms} firms in {time.perf_counter() - t:.1f} s ({db_path})")

    from app.db import Database

    db = Database(db_path)
    ids = [
        r[0]
        for r in db.query(
            "SELECT id FROM scored ORDER BY score IS NULL, score DESC, id LIMIT ?", (args.batch,)
        )
    ]
    # The richest firm (most visits and contacts) is the single-dossier case.
    one = db.scalar(
        "SELECT f.id FROM firms f LEFT JOIN visits v ON v.firm_id = f.id "
        "GROUP BY f.id ORDER BY COUNT(v.id) DESC, f.id LIMIT 1"
    )

    t = time.perf_counter()
    from ui import dossier_print

    dossier_print.ensure_app()
    qt_s = time.perf_counter() - t

    cold = dossier_print.write_pdf(db, [one], work / "one-cold.pdf")
    warm = []
    for i in range(5):
        r = dossier_print.write_pdf(db, [one], work / f"one-{i}.pdf")
        warm.append(r["seconds"])
    print(f"Qt start-up (application, font): {qt_s:.2f} s")
    print(
        f"one dossier: cold {cold['seconds']:.3f} s, warm median {statistics.median(warm):.3f} s "
        f"({cold['pages']} pages)   target ≤ 0.5 s"
    )

    r = dossier_print.write_pdf(db, ids, work / "batch.pdf", shortlist="基准测试")
    print(
        f"{len(ids)} dossiers as one PDF with contents: {r['seconds']:.2f} s, {r['pages']} pages "
        f"({r['seconds'] / len(ids) * 1000:.0f} ms per dossier, "
        f"{(work / 'batch.pdf').stat().st_size / 1e6:.1f} MB)   target ≤ 30 s"
    )
    db.close()

    t = time.perf_counter()
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "cli",
            "--db",
            str(db_path),
            "dossier",
            "--firm",
            str(one),
            "--out",
            str(work / "cli.pdf"),
        ],
        cwd=ROOT,
        capture_output=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    cli_s = time.perf_counter() - t
    status = (
        "ok" if proc.returncode == 0 else f"exit {proc.returncode}: {proc.stderr.decode()[-300:]}"
    )
    print(f"chainfill dossier --firm (subprocess, start-up included): {cli_s:.2f} s ({status})")
    if not args.keep:
        print(f"files in {work} (use --keep DIR to choose the folder)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
