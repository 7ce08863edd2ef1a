"""How much a database layer costs: bulk insert and point queries through the raw driver
(sqlite3 / psycopg 3), through ChainFill's own thin layer (app.connection + app.pg), and
through SQLAlchemy 2 Core ``text()`` when SQLAlchemy is installed (it is not a dependency:
``pip install sqlalchemy`` to include it). The figures behind docs/db-engines.md.

    python bench/bench_db_layer.py                                  # SQLite, temporary file
    python bench/bench_db_layer.py --db postgresql://USER@HOST/DB   # a scratch table there

The table ``bench_db_layer`` is created and dropped; nothing else is touched.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app import pg

TABLE = "bench_db_layer"
CREATE = f"CREATE TABLE {TABLE} (id INTEGER PRIMARY KEY, name TEXT, city TEXT, cap REAL)"


def _rows(n: int) -> list[tuple[Any, ...]]:
    return [(i, f"深圳市企业{i}有限公司", "深圳市", i * 1.5) for i in range(n)]


def _timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def bench_raw(target: str, rows: list[tuple[Any, ...]], step: int) -> dict[str, float]:
    out: dict[str, float] = {}
    if pg.is_url(target):
        import psycopg

        with psycopg.connect(target, autocommit=True) as c:
            c.execute(f"DROP TABLE IF EXISTS {TABLE}")  # type: ignore[arg-type]
            c.execute(CREATE.replace("REAL", "DOUBLE PRECISION"))  # type: ignore[arg-type]

            def copy() -> None:
                with c.transaction(), c.cursor().copy(f"COPY {TABLE} FROM STDIN") as cp:  # type: ignore[arg-type]
                    for r in rows:
                        cp.write_row(r)

            out["insert (COPY)"] = _timed(copy)
            sql = f"SELECT name, cap FROM {TABLE} WHERE id = %s"

            def points() -> None:
                for i in range(0, len(rows), step):
                    c.execute(sql, (i,)).fetchone()  # type: ignore[arg-type]

            out["point queries"] = _timed(points)
            c.execute(f"DROP TABLE {TABLE}")  # type: ignore[arg-type]
        return out
    import sqlite3

    c = sqlite3.connect(target, isolation_level=None)
    c.execute(f"DROP TABLE IF EXISTS {TABLE}")
    c.execute(CREATE)

    def insert() -> None:
        c.execute("BEGIN")
        c.executemany(f"INSERT INTO {TABLE} VALUES (?, ?, ?, ?)", rows)
        c.execute("COMMIT")

    out["insert (executemany)"] = _timed(insert)

    def points_lite() -> None:
        for i in range(0, len(rows), step):
            c.execute(f"SELECT name, cap FROM {TABLE} WHERE id = ?", (i,)).fetchone()

    out["point queries"] = _timed(points_lite)
    c.execute(f"DROP TABLE {TABLE}")
    c.close()
    return out


def bench_own(target: str, rows: list[tuple[Any, ...]], step: int) -> dict[str, float]:
    """Through app.connection.Connection: the SQL in SQLite's spelling, as the program has it."""
    from app.connection import Connection

    db = Connection(target)
    out: dict[str, float] = {}
    db.execute(f"DROP TABLE IF EXISTS {TABLE}")
    db.execute(CREATE)

    def insert() -> None:
        with db.write():
            if db.is_postgres:
                db.conn.copy(TABLE, ("id", "name", "city", "cap"), rows)
            else:
                db.conn.executemany(f"INSERT INTO {TABLE} VALUES (?, ?, ?, ?)", rows)

    out["insert (COPY)" if db.is_postgres else "insert (executemany)"] = _timed(insert)

    def points() -> None:
        for i in range(0, len(rows), step):
            db.execute(f"SELECT name, cap FROM {TABLE} WHERE id = ?", (i,)).fetchone()

    out["point queries"] = _timed(points)
    db.execute(f"DROP TABLE {TABLE}")
    db.close()
    return out


def bench_sqlalchemy(target: str, rows: list[tuple[Any, ...]], step: int) -> dict[str, float]:
    import sqlalchemy as sa

    url = (
        target.replace("postgresql://", "postgresql+psycopg://", 1)
        if pg.is_url(target)
        else f"sqlite:///{target}"
    )
    engine = sa.create_engine(url)
    out: dict[str, float] = {}
    with engine.begin() as c:
        c.execute(sa.text(f"DROP TABLE IF EXISTS {TABLE}"))
        c.execute(
            sa.text(CREATE.replace("REAL", "DOUBLE PRECISION") if pg.is_url(target) else CREATE)
        )
    insert = sa.text(f"INSERT INTO {TABLE} VALUES (:a, :b, :c, :d)")
    params = [{"a": a, "b": b, "c": cc, "d": d} for a, b, cc, d in rows]

    def ins() -> None:
        with engine.begin() as c:
            c.execute(insert, params)

    out["insert (executemany)"] = _timed(ins)
    select = sa.text(f"SELECT name, cap FROM {TABLE} WHERE id = :i")

    def points() -> None:
        with engine.connect() as c:
            for i in range(0, len(rows), step):
                c.execute(select, {"i": i}).fetchone()

    out["point queries"] = _timed(points)
    with engine.begin() as c:
        c.execute(sa.text(f"DROP TABLE {TABLE}"))
    engine.dispose()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="a SQLite file or a postgresql:// URL (default: a temporary file)")
    ap.add_argument("--rows", type=int, default=200_000)
    ap.add_argument("--every", type=int, default=10, help="a point query for every Nth row")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        target = args.db or str(Path(tmp) / "bench.sqlite")
        rows = _rows(args.rows)
        engine = "PostgreSQL" if pg.is_url(target) else "SQLite"
        print(f"{engine}: {args.rows:,} rows, {args.rows // args.every:,} point queries")
        runs = [("raw driver", bench_raw), ("ChainFill layer", bench_own)]
        try:
            import sqlalchemy  # noqa: F401

            runs.append(("SQLAlchemy Core text()", bench_sqlalchemy))
        except ImportError:
            print("(SQLAlchemy not installed: its column is skipped)")
        for name, fn in runs:
            result = fn(target, rows, args.every)
            print(f"  {name:24s}" + "  ".join(f"{k} {v:6.2f} s" for k, v in result.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
