"""What check-out and check-in share: reading rows by key, and keys as JSON text."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from app.sync.tables import Table

# The ``field`` of a conflict about a whole record: deleted offline (mine: None) while a
# colleague changed it (theirs: the fields they changed, with their values).
WHOLE = "*"

CHUNK = 500  # ids bound per statement (SQLite's and psycopg's limits are far above)


def q(name: str) -> str:
    """An identifier, quoted for both engines (``user`` is reserved on PostgreSQL)."""
    return '"' + name.replace('"', '""') + '"'


def columns(db: Any, table: str) -> list[str]:
    cur = db.execute(f"SELECT * FROM {q(table)} WHERE 1 = 0")
    return [d[0] for d in cur.description]


def key_text(values: Sequence[Any]) -> str:
    """A row's key as text: the JSON array of its key columns."""
    return json.dumps(list(values), ensure_ascii=False, separators=(",", ":"))


def key_of(table: Table, row: dict[str, Any]) -> str:
    return key_text([row[c] for c in table.key])


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str, sort_keys=True)


def rows_where_in(
    db: Any,
    table: str,
    column: str,
    values: Iterable[Any],
    cols: list[str] | None = None,
    *,
    suffix: str = "",
) -> list[dict[str, Any]]:
    """Every row of ``table`` whose ``column`` is one of ``values``, as dicts (``suffix``:
    e.g. ``FOR UPDATE``)."""
    values = list(values)
    names = cols or columns(db, table)
    select = ", ".join(q(c) for c in names)
    out: list[dict[str, Any]] = []
    for i in range(0, len(values), CHUNK):
        part = values[i : i + CHUNK]
        test, param = db.dialect.in_values(part)
        sql = f"SELECT {select} FROM {q(table)} WHERE {q(column)}{test}{suffix}"
        for r in db.execute(sql, (param,)):
            out.append(dict(zip(names, tuple(r), strict=True)))
    return out


def all_rows(db: Any, table: str, cols: list[str] | None = None) -> list[dict[str, Any]]:
    names = cols or columns(db, table)
    select = ", ".join(q(c) for c in names)
    return [
        dict(zip(names, tuple(r), strict=True))
        for r in db.execute(f"SELECT {select} FROM {q(table)}")
    ]


def fields(table: Table, cols: list[str]) -> list[str]:
    """The columns of ``table`` merged field by field (never a row's ``version``: each
    database counts its own)."""
    return [c for c in cols if c not in table.key and c not in table.exclude and c != "version"]


def same(a: Any, b: Any) -> bool:
    """Equal as stored values (1 and 1.0 are one value; so are the same number read back
    from JSON and from either engine)."""
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return float(a) == float(b)
    return bool(a == b)
