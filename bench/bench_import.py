"""Import speed and memory against SQLite's own CSV import (design.md §8).

    .venv/bin/python bench/bench_import.py [--rows 1000000] [--seed 1] [--keep]

Writes a registry-style CSV of N generated firms with ``app.demo.write_csv`` (cached under
bench/out/), then measures in the same run, each in its own child process:

1. reference: one ``sqlite3`` CLI process that runs ``.import --csv`` of the same file into a
   plain table and builds an FTS5 ``trigram`` index over the same text columns ChainFill
   indexes (企业名称, 经营范围, 主营产品; default FTS5 settings);
2. ChainFill: ``python -m cli --db NEW import FILE --json`` into a new database (validation,
   dedupe, the firms table with its indexes and the FTS index). When the build has no
   ``import`` command yet, ``app.importing.import_firms`` is run in a child Python instead.

With ``--db postgresql://…`` (an empty database: the bench refuses one with firms) both runs
go to that server instead: the reference is one ``psql`` process that runs ``\\copy`` of the
file into a plain table of text columns and builds a pg_trgm GIN index over the same text
columns (the table is dropped afterwards); ChainFill imports into the database itself
(COPY, its trigram indexes). Peak memory is the client's; the server's work shows in wall time.

Wall time by ``time.perf_counter``; peak memory is the child's own maximum resident set
size (``os.wait4`` rusage). Targets: ChainFill ≤ 1.5 × the reference, peak ≤ 1024 MB.
Prints a table and writes bench/out/bench_import_<N>.json; the databases are deleted unless
``--keep``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "out"

TARGET_RATIO = 1.5
TARGET_PEAK_MB = 1024

REFERENCE_SQL = """\
.bail on
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
.import --csv '{csv}' registry
CREATE VIRTUAL TABLE registry_fts USING fts5(
    "企业名称", "经营范围", "主营产品", content='registry', tokenize='trigram'
);
INSERT INTO registry_fts(registry_fts) VALUES ('rebuild');
SELECT count(*) FROM registry;
"""

FALLBACK_IMPORT = """\
import json, sys
from app.db import Database
from app.importing import import_firms
from app.jobs import run_to_end
db = Database(sys.argv[1])
report = run_to_end(import_firms(db, sys.argv[2], source="bench"))
db.close()
print(json.dumps({k: getattr(report, k) for k in ("read", "added", "updated", "unchanged", "rejected")}))
"""


def run_measured(
    cmd: list[str], *, stdin: str | None = None
) -> tuple[float, float, str, str, int, float]:
    """(seconds, peak MB, stdout, stderr, exit code, CPU seconds) of one child process.

    Peak RSS and CPU time come from the child's own rusage (``os.wait4``).
    """
    import tempfile

    with (
        tempfile.TemporaryFile("w+", encoding="utf-8") as fo,
        tempfile.TemporaryFile("w+", encoding="utf-8") as fe,
    ):
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            cmd,
            cwd=ROOT,
            stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
            stdout=fo,
            stderr=fe,
            text=True,
            encoding="utf-8",
        )
        if stdin is not None:
            proc.stdin.write(stdin)
            proc.stdin.close()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        fo.seek(0)
        fe.seek(0)
        peak_mb = usage.ru_maxrss / 1024  # KiB on Linux
        cpu = usage.ru_utime + usage.ru_stime
        return seconds, peak_mb, fo.read(), fe.read(), proc.returncode, cpu


def pg_reference(url: str, csv_path: Path) -> str:
    """The psql script of the PostgreSQL reference: \\copy into text columns, one trigram
    index over the columns ChainFill searches (name, business scope, main products)."""
    import csv as csv_mod

    with csv_path.open(encoding="utf-8-sig", newline="") as fh:
        header = next(csv_mod.reader(fh))
    cols = [f"c{i}" for i in range(len(header))]
    searched = [f"coalesce(c{header.index(h)}, '')" for h in ("企业名称", "经营范围", "主营产品")]
    path = str(csv_path).replace("'", "''")
    return (
        "\\set ON_ERROR_STOP on\n"
        "CREATE EXTENSION IF NOT EXISTS pg_trgm;\n"
        "DROP TABLE IF EXISTS bench_registry;\n"
        f"CREATE TABLE bench_registry ({', '.join(f'{c} text' for c in cols)});\n"
        f"\\copy bench_registry FROM '{path}' WITH (FORMAT csv, HEADER true)\n"
        "CREATE INDEX bench_registry_trgm ON bench_registry USING gin "
        f"(({' || chr(31) || '.join(searched)}) gin_trgm_ops);\n"
        "SELECT count(*) FROM bench_registry;\n"
    )


def has_import_command() -> bool:
    out = subprocess.run(
        [sys.executable, "-m", "cli", "import", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    return out.returncode == 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", action="store_true", help="keep the databases under bench/out/")
    ap.add_argument("--db", help="an empty postgresql:// database: measure on that server")
    args = ap.parse_args()
    if args.db:
        from app.db import Database

        with Database(args.db) as probe:
            if probe.scalar("SELECT count(*) FROM firms"):
                print("--db must name an empty database (this one has firms)")
                return 2

    from app import demo

    OUT.mkdir(parents=True, exist_ok=True)
    csv_path = OUT / f"import_{args.rows}_s{args.seed}.csv"
    if not csv_path.exists():
        t = time.perf_counter()
        tmp = csv_path.with_name(csv_path.name + ".tmp")
        demo.write_csv(tmp, args.rows, args.seed)
        os.replace(tmp, csv_path)
        print(f"wrote {csv_path.name} in {time.perf_counter() - t:.0f} s", flush=True)
    size_mb = csv_path.stat().st_size / 1e6
    print(f"CSV: {args.rows:,} rows, {size_mb:.0f} MB ({size_mb * 1e6 / args.rows:.0f} bytes/row)")

    ref_db = OUT / f"import_ref_{args.rows}.sqlite"
    cf_db = OUT / f"import_chainfill_{args.rows}.sqlite"
    for db in (ref_db, cf_db):
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)

    # Read the CSV once so that both runs start from a warm page cache.
    with csv_path.open("rb") as fh:
        while fh.read(1 << 24):
            pass

    if args.db:
        ref_cmd = ["psql", "-X", "-q", "-t", "-A", args.db]
        script = pg_reference(args.db, csv_path)
    else:
        ref_cmd = ["sqlite3", str(ref_db)]
        script = REFERENCE_SQL.format(csv=str(csv_path).replace("'", "''"))
    ref_s, ref_mb, out, err, code, ref_cpu = run_measured(ref_cmd, stdin=script)
    if code != 0:
        print(f"reference failed ({code}): {err[-2000:]}")
        return 1
    ref_rows = int(out.strip().splitlines()[-1])
    print(
        f"reference: {ref_s:.1f} s (CPU {ref_cpu:.1f} s), peak {ref_mb:.0f} MB ({ref_rows:,} rows)",
        flush=True,
    )

    if has_import_command():
        cmd = [
            sys.executable,
            "-m",
            "cli",
            "--db",
            args.db or str(cf_db),
            "import",
            str(csv_path),
            "--json",
            "--no-classify",
        ]
        how = "python -m cli import --json"
    else:
        cmd = [sys.executable, "-c", FALLBACK_IMPORT, str(cf_db), str(csv_path)]
        how = "app.importing.import_firms (no import command in this build)"
    cf_s, cf_mb, out, err, code, cf_cpu = run_measured(cmd)
    if code != 0:
        print(f"ChainFill import failed ({code}): {err[-2000:]}")
        return 1
    try:
        counts = json.loads(out[out.index("{") : out.rindex("}") + 1])
    except ValueError:
        counts = {"output": out[-500:]}
    print(
        f"ChainFill: {cf_s:.1f} s (CPU {cf_cpu:.1f} s), peak {cf_mb:.0f} MB via {how}: {counts}",
        flush=True,
    )

    if args.db:
        with Database(args.db) as cleanup, cleanup.write():
            cleanup.conn.execute("DROP TABLE IF EXISTS bench_registry")
    ratio = cf_s / ref_s
    print()
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(
        f"{'rows':>10} {'reference s':>12} {'ChainFill s':>12} {'ratio':>7} {'peak MB':>8}"
        f" {'CPU ratio':>10}"
    )
    print(
        f"{args.rows:>10,} {ref_s:>12.1f} {cf_s:>12.1f} {ratio:>7.2f} {cf_mb:>8.0f}"
        f" {cf_cpu / ref_cpu:>10.2f}"
    )
    print(
        f"targets: ratio ≤ {TARGET_RATIO} ({'ok' if ratio <= TARGET_RATIO else 'MISSED'}), "
        f"peak ≤ {TARGET_PEAK_MB} MB ({'ok' if cf_mb <= TARGET_PEAK_MB else 'MISSED'})"
    )
    report = {
        "rows": args.rows,
        "csv_mb": size_mb,
        "reference_s": ref_s,
        "reference_peak_mb": ref_mb,
        "reference_cpu_s": ref_cpu,
        "chainfill_cpu_s": cf_cpu,
        "chainfill_s": cf_s,
        "chainfill_peak_mb": cf_mb,
        "ratio": ratio,
        "chainfill_counts": counts,
        "how": how,
        "engine": "postgresql" if args.db else "sqlite",
        "load_average": os.getloadavg(),
    }
    (OUT / f"bench_import_{'pg_' if args.db else ''}{args.rows}.json").write_text(
        json.dumps(report, indent=2, ensure_ascii=False)
    )
    if not args.keep:
        for db in (ref_db, cf_db):
            for suffix in ("", "-wal", "-shm"):
                Path(str(db) + suffix).unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
