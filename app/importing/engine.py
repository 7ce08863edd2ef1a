"""The firm importer: validate rows, match them to existing firms, merge, all in one transaction.

Matching: by USCC first; then by normalised name, but only with a firm that has no USCC or
(when the row has none) any USCC. Merging: empty fields are filled; a different value is
replaced by the file's (the file being imported is the newer source) and listed as a conflict.
Empty cells never erase a value.

Inside one file, a later row for the same firm merges into the earlier one (``unchanged``
when identical), except that two rows with the same USCC and different names are a mistake in
the file: the later row is rejected and the first one wins.

Provenance: ``firms.provenance`` is JSON ``{"*": entry, field: entry, …}`` where an entry is
``{"source", "at", "import"}``: ``*`` covers the values the firm was created with, a field key
the fields a later import filled or changed (see :func:`field_provenance`).

Speed (a million rows must cost little more than SQLite's own CSV import plus an FTS build):
rows are converted one by one (repeated cell texts once per column) and inserted in batches
with ``executemany``. Existing firms are looked up per batch through the ``firms_uscc`` /
``firms_name_norm`` indexes; into an empty table the ids of the keys written are kept by hash
instead and the table's indexes are dropped and re-created from sorted keys at the end. The FTS
triggers are dropped too: new firms are indexed in chunks by one ``INSERT … SELECT`` each on a
helper thread (SQLite runs it without the GIL) while this thread converts the next rows, and
the triggers are put back. Everything happens inside the one transaction, so a crash or a
cancel leaves even the indexes and triggers as they were.
"""

from __future__ import annotations

import json
import math
import operator
import queue
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import Any, NamedTuple

from app import uscc as uscc_mod
from app.db import Database, now, os_user
from app.errors import UserError
from app.importing.headers import AMOUNT_FIELDS, FIELDS, PERCENT_FIELDS, default_unit
from app.importing.readers import Sheet
from app.importing.report import Conflict, ImportReport, Reject, RejectsWriter, show_value
from app.jobs import CancelToken, Progress
from app.parsing import (
    EMPTY_MARKERS,
    TEXT_HASH_FIELDS,
    clean_text,
    currency_code,
    normalise_name,
    normalise_stock_code,
    parse_amount,
    parse_bool,
    parse_date,
    parse_headcount,
    parse_int,
    parse_percent,
    text_hash,
)

BATCH = 20_000  # rows per look-up/write round
FTS_CHUNK = 50_000  # new firms per FTS indexing statement
PENDING_MAX = 60_000  # new firms held back while the FTS thread is busy
NAME_MAX = 200
SHORT_TEXT_MAX = 2000
LONG_TEXT_MAX = 50_000
LONG_TEXT_FIELDS = frozenset({"main_business", "business_scope", "introduction", "address"})
CAPITAL_MAX = 1e8  # 万元: 1 万亿元
REVENUE_MAX = 1e9  # 万元: 10 万亿元
EMPLOYEES_MAX = 2_000_000
PATENTS_MAX = 1_000_000
EARLIEST = date(1900, 1, 1)
NOT_NAMES = frozenset({"合计", "总计", "小计", "总数", "合 计", "汇总"})

# Columns the importer reads back to merge into.
FIRM_COLUMNS: tuple[str, ...] = (
    "id",
    *FIELDS,
    "name_norm",
    "provenance",
    "text_hash",
    "classified_at",
    "updated_at",
)
_COL = {c: i for i, c in enumerate(FIRM_COLUMNS)}
# What an update writes: every importable field plus the bookkeeping columns.
UPDATE_COLUMNS: tuple[str, ...] = (
    *FIELDS,
    "name_norm",
    "provenance",
    "text_hash",
    "classified_at",
    "updated_at",
)
FTS_TRIGGER_PREFIX = "firms_fts"
# firms.provenance: {"*": entry} for the values a firm was created with, plus {field: entry}
# for each field a later import filled or changed; entry = {"source", "at", "import"}.
# (Writing the entry under every field of every new firm doubled the size of the database.)
CREATED = "*"
FTS_HASHSIZE = 32 * 1024 * 1024
CACHE_KIB = 128 * 1024


class _Writer:
    """The importer's SQLite writes, run in order on a helper thread.

    SQLite works without the GIL, so a batch's inserts and FTS indexing proceed while the
    importer's thread converts the next rows. The connection is never used by both threads at
    once: the importer calls :meth:`wait` (the queue drained) before any statement of its own.
    At most ``depth`` jobs wait in the queue, which bounds the memory held by pending batches.
    """

    def __init__(self, depth: int = 2) -> None:
        self._queue: queue.Queue[tuple[Callable[..., Any], tuple] | None] = queue.Queue(depth)
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None
        self._skip = False

    def submit(self, fn: Callable[..., Any], *args: Any) -> None:
        self._raise()
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="chainfill-import", daemon=True)
            self._thread.start()
        self._queue.put((fn, args))

    def _loop(self) -> None:
        while True:
            job = self._queue.get()
            try:
                if job is None:
                    return
                if self._error is None and not self._skip:
                    fn, args = job
                    fn(*args)
            except BaseException as exc:  # handed to the importer's thread by wait()
                self._error = exc
            finally:
                self._queue.task_done()

    def idle(self) -> bool:
        """True when no job is queued or running."""
        return self._queue.unfinished_tasks == 0

    def wait(self) -> None:
        """Until every submitted job has run; re-raises a job's error."""
        if self._thread is not None:
            self._queue.join()
        self._raise()

    def _raise(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def close(self) -> None:
        """Stop the thread; jobs still queued are skipped (the transaction is rolled back)."""
        if self._thread is None:
            return
        self._skip = True
        self._queue.put(None)
        self._thread.join()
        self._thread = None
        self._error = None


Converter = Callable[[Any], Any]


class Column(NamedTuple):
    position: int  # 0-based column of the file ("index" would shadow tuple.index)
    field: str
    label: str  # the header as written in the file
    convert: Converter | None  # None: plain text, cleaned inline (the hot path)
    limit: int = 0  # longest text accepted (text columns)
    memo: dict[str, Any] | None = None  # converted values of repeated cell texts


MEMO_MAX = 50_000  # distinct cell texts remembered per column (dates, amounts, size bands)
_MISSING = object()


# -- converters ------------------------------------------------------------------------------


def _text(limit: int) -> Converter:
    def convert(raw: Any) -> str | None:
        s = clean_text(raw)
        if s is not None and len(s) > limit:
            raise ValueError(f"内容过长（{len(s):,} 字，上限 {limit:,} 字）")
        return s

    return convert


def _name(raw: Any) -> str | None:
    s = clean_text(raw)
    if s is None:
        return None
    if len(s) > NAME_MAX:
        raise ValueError(f"过长（{len(s):,} 字，上限 {NAME_MAX} 字）")
    has_letter = (s.isalnum() and not s.isdigit()) or any(ch.isalpha() for ch in s)
    if len(s) < 2 or not has_letter or s.replace(" ", "") in NOT_NAMES:
        raise ValueError(f"“{show_value(s)}”不像是一家企业的名称")
    return s


_USCC_VALUE = {ch: i for i, ch in enumerate(uscc_mod.ALPHABET)}
_USCC_WEIGHTS = uscc_mod.WEIGHTS
_USCC_ALPHABET = uscc_mod.ALPHABET
_USCC_AUTHORITIES = uscc_mod.AUTHORITIES


# Byte -> value in the USCC alphabet, 255 for a character the alphabet does not have.
_USCC_BYTES = bytes(_USCC_VALUE.get(chr(b), 255) for b in range(256))


def uscc_fast_valid(code: str) -> bool:
    """The same answer as ``app.uscc.is_valid`` for a normalised 18-character code, faster."""
    if len(code) != 18 or code[0] not in _USCC_AUTHORITIES or not code.isascii():
        return False
    values = code.encode("ascii").translate(_USCC_BYTES)
    if 255 in values:
        return False
    total = sum(map(operator.mul, values, _USCC_WEIGHTS))  # map stops after 17
    return _USCC_ALPHABET[(31 - total % 31) % 31] == code[17]


def _uscc(raw: Any) -> str | None:
    if type(raw) is str and len(raw) == 18 and raw.isascii() and raw.isalnum():
        code = raw.upper()
        if uscc_fast_valid(code):
            return code
    s = clean_text(raw)
    if s is None:
        return None
    code = uscc_mod.normalise(s)
    if not code:
        return None
    reason = uscc_mod.problem(code)
    if reason:
        raise ValueError(f"无效（{reason}）")
    return code


def _stock(raw: Any) -> str | None:
    code = normalise_stock_code(raw)
    if code is not None and len(code) > 20:
        raise ValueError(f"不是股票代码：{show_value(code)}")
    return code


def _capital(unit: str) -> Converter:
    def convert(raw: Any) -> tuple[float, str | None] | None:
        value, currency = parse_amount(raw, unit)
        if value is None:
            return None
        if value < 0:
            raise ValueError(f"不能为负数：{show_value(raw)}")
        if value > CAPITAL_MAX:
            raise ValueError(f"数值过大（{value:,.0f} 万），超过 1 万亿，请检查单位")
        return value, currency

    return convert


def _revenue(unit: str) -> Converter:
    def convert(raw: Any) -> float | None:
        value, currency = parse_amount(raw, unit)
        if value is None:
            return None
        if currency not in (None, "CNY"):
            raise ValueError(f"只接受人民币金额（此处为 {currency}）")
        if value < 0:
            raise ValueError(f"不能为负数：{show_value(raw)}")
        if value > REVENUE_MAX:
            raise ValueError(f"数值过大（{value:,.0f} 万元），超过 10 万亿元，请检查单位")
        return value

    return convert


def _employees(raw: Any) -> int | None:
    n = parse_headcount(raw)
    if n is not None and n > EMPLOYEES_MAX:
        raise ValueError(f"人数过大（{n:,}），超过 {EMPLOYEES_MAX:,}")
    return n


def _patents(raw: Any) -> int | None:
    n = parse_int(raw)
    if n is not None and not 0 <= n <= PATENTS_MAX:
        raise ValueError(f"数量不合理：{n:,}")
    return n


def _percent(points: bool, lo: float, hi: float) -> Converter:
    def convert(raw: Any) -> float | None:
        x = parse_percent(raw, percent_points=points)
        if x is not None and not lo <= x <= hi:
            raise ValueError(f"比例不合理：{show_value(raw)}（应在 {lo:.0%} 到 {hi:.0%} 之间）")
        return x

    return convert


def _date(latest_days: int) -> Converter:
    latest = date.today() + timedelta(days=latest_days)

    def convert(raw: Any) -> str | None:
        return parse_date(raw, earliest=EARLIEST, latest=latest)

    return convert


def converter(field: str, header: str) -> Converter:
    """The function that turns a raw cell of ``field`` (under ``header``) into its stored value."""
    if field == "name":
        return _name
    if field == "uscc":
        return _uscc
    if field == "stock_code":
        return _stock
    if field == "registered_capital":
        return _capital(default_unit(field, header) or "万元")
    if field == "revenue":
        return _revenue(default_unit(field, header) or "万元")
    if field == "currency":
        return currency_code
    if field == "employees":
        return _employees
    if field == "patents":
        return _patents
    if field == "high_tech":
        return parse_bool
    if field == "founded":
        return _date(0)
    if field == "listing_date":
        return _date(366)  # an exchange list may announce a listing
    if field == "revenue_growth":
        return _percent(default_unit(field, header) == "%", -1.0, 100.0)
    if field == "rd_ratio":
        return _percent(default_unit(field, header) == "%", 0.0, 10.0)
    assert field in FIELDS and field not in AMOUNT_FIELDS | PERCENT_FIELDS, field
    return _text(text_limit(field))


def text_limit(field: str) -> int:
    return LONG_TEXT_MAX if field in LONG_TEXT_FIELDS else SHORT_TEXT_MAX


_CONVERTED = frozenset(
    {
        "name",
        "uscc",
        "stock_code",
        "registered_capital",
        "revenue",
        "currency",
        "employees",
        "patents",
        "high_tech",
        "founded",
        "listing_date",
        "revenue_growth",
        "rd_ratio",
    }
)


def field_provenance(provenance: str | dict | None, field: str) -> dict[str, Any] | None:
    """Where the value of ``field`` came from: ``{"source", "at", "import"}`` or None."""
    if isinstance(provenance, str):
        try:
            provenance = json.loads(provenance)
        except ValueError:
            return None
    if not isinstance(provenance, dict):
        return None
    entry = provenance.get(field, provenance.get(CREATED))
    return entry if isinstance(entry, dict) else None


def resolve_mapping(
    headers: list[str], mapping: dict[int, str | None] | None
) -> tuple[dict[int, str | None], dict[int, str]]:
    """Check a user-fixed mapping (or detect one); (mapping, reasons for ignored columns)."""
    from app.importing.headers import detect_mapping

    detected, reasons = detect_mapping(headers)
    if mapping is None:
        result = detected
    else:
        result = {i: None for i in range(len(headers))}
        reasons = {}
        used: dict[str, int] = {}
        for key, field in mapping.items():
            try:
                index = int(key)
            except (TypeError, ValueError):
                raise UserError(f"列映射中的列号无效：{key}") from None
            if not 0 <= index < len(headers):
                raise UserError(f"列映射中的第 {index + 1} 列不存在（表头共 {len(headers)} 列）")
            if field in (None, ""):
                result[index] = None
                continue
            if field not in FIELDS:
                raise UserError(f"列映射中的字段“{field}”不存在")
            if field in used:
                raise UserError(
                    f"字段“{FIELDS[field]}”同时对应了第 {used[field] + 1} 列和第 {index + 1} 列，"
                    "每个字段只能对应一列"
                )
            used[field] = index
            result[index] = field
        for i, field in result.items():
            if field is None:
                reasons[i] = "未指定字段"
    if "name" not in result.values():
        seen = "、".join(h for h in headers if h) or "（无）"
        raise UserError(
            "表头中没有企业名称列：需要一列名为“企业名称”“公司名称”“公司全称”或“name”。"
            f"文件中的列名：{seen}"
        )
    return result, reasons


def compile_columns(headers: list[str], mapping: dict[int, str | None]) -> list[Column]:
    """The mapped columns with their converters, in file order."""
    return [
        Column(
            i,
            f,
            headers[i] or FIELDS[f],
            converter(f, headers[i]) if f in _CONVERTED else None,
            text_limit(f),
            {} if f in _CONVERTED and f not in ("name", "uscc") else None,
        )
        for i, f in sorted(mapping.items())
        if f is not None
    ]


class RowConverter:
    """Turns a row's cells into a record of field values, or into the reasons it is rejected.

    The columns are split once into plain text and converted ones, so the per-row loops (a
    million rows, a dozen cells each) do as little as possible.
    """

    def __init__(self, columns: list[Column]):
        self.texts = [(c.position, c.field, c.label, c.limit) for c in columns if c.convert is None]
        self.converted = [
            (c.position, c.field, c.label, c.convert, c.memo)
            for c in columns
            if c.convert is not None
        ]
        self.width = max((c.position for c in columns), default=-1) + 1
        self.name_label = _name_label(columns)

    def __call__(self, cells: list[Any], rownum: int) -> tuple[dict[str, Any] | None, list[Reject]]:
        """(record, []) for a good row, (None, problems) for a rejected one."""
        if len(cells) < self.width:
            cells = [*cells, *([None] * (self.width - len(cells)))]
        record: dict[str, Any] = {}
        problems: list[Reject] | None = None
        for index, field, label, limit in self.texts:
            raw = cells[index]
            if raw.__class__ is str and raw.isprintable():
                text = raw.strip()
                if not text or text in EMPTY_MARKERS:
                    continue
            else:
                cleaned = clean_text(raw)
                if cleaned is None:
                    continue
                text = cleaned
            if len(text) > limit:
                if problems is None:
                    problems = []
                problems.append(
                    Reject(
                        rownum,
                        label,
                        show_value(raw),
                        f"{label}：内容过长（{len(text):,} 字，上限 {limit:,} 字）",
                    )
                )
                continue
            record[field] = text
        for index, field, label, convert, memo in self.converted:
            raw = cells[index]
            if raw.__class__ is str:
                if not raw:
                    continue
            elif raw is None:
                continue
            if memo is not None and raw.__class__ is str:
                # Dates, amounts and size bands repeat across a big file: convert each once.
                value = memo.get(raw, _MISSING)
                if value is _MISSING:
                    try:
                        value = convert(raw)
                    except ValueError as exc:
                        if problems is None:
                            problems = []
                        problems.append(Reject(rownum, label, show_value(raw), f"{label}：{exc}"))
                        continue
                    if len(memo) < MEMO_MAX:
                        memo[raw] = value
            else:
                try:
                    value = convert(raw)
                except ValueError as exc:
                    if problems is None:
                        problems = []
                    problems.append(Reject(rownum, label, show_value(raw), f"{label}：{exc}"))
                    continue
            if value is not None:
                record[field] = value
        if "name" not in record:
            label = self.name_label
            if problems is None:
                problems = []
            if not any(p.column == label for p in problems):
                problems.append(Reject(rownum, label, "", f"{label}：为空（企业名称必须填写）"))
        if problems:
            return None, problems
        capital = record.get("registered_capital")
        if capital is not None:
            value, currency = capital
            record["registered_capital"] = value
            record["currency"] = currency or record.get("currency") or "CNY"
        elif "currency" in record:
            del record["currency"]  # the currency describes the capital
        record["name_norm"] = normalise_name(record["name"])
        return record, []


def _name_label(columns: list[Column]) -> str:
    for col in columns:
        if col.field == "name":
            return col.label
    return FIELDS["name"]


# -- the import ------------------------------------------------------------------------------


def _same(old: Any, new: Any) -> bool:
    if old == new:
        return True
    if isinstance(old, float) or isinstance(new, float):
        try:
            return math.isclose(float(old), float(new), rel_tol=1e-9, abs_tol=1e-9)
        except (TypeError, ValueError):
            return False
    return False


class _Firm:
    """A firm row being merged: current values, and what this import changed."""

    __slots__ = ("before", "changed", "existing", "id", "is_new", "values")

    def __init__(self, values: dict[str, Any], is_new: bool, existing: bool):
        self.values = values
        self.id: int = values["id"]
        self.is_new = is_new  # inserted by this batch (not yet in the table)
        self.existing = existing  # existed before this import started
        self.changed: set[str] = set()
        self.before: dict[str, Any] = {}


class Importer:
    """One import run inside the caller's write transaction."""

    def __init__(
        self,
        db: Database,
        sheet: Sheet,
        columns: list[Column],
        report: ImportReport,
        source: str,
        rejects: RejectsWriter | None,
    ):
        self.db = db
        self.conn: sqlite3.Connection = db.conn
        self.sheet = sheet
        self.columns = columns
        self.report = report
        self.source = source
        self.rejects = rejects
        self.at = now()
        self.import_id = 0
        self.first_new_id = 0
        self.next_id = 0
        self.touched: set[int] = set()  # pre-existing firms matched by a row of this file
        self.fts_dirty: set[int] = set()  # indexed firms whose FTS entry was deleted
        self.fts_indexed_upto = 0  # new firms with a smaller id are in the FTS index
        self.fts_queued_upto = 0  # … or will be, once the writer thread gets to them
        self.inserted_upto = 0  # new firms with a smaller id are in the table
        self.pending: list[dict[str, Any]] = []  # new firms not inserted yet (id order)
        self.pending_by_id: dict[int, dict[str, Any]] = {}
        self.triggers: list[tuple[str, str]] = []
        self.fts_columns: list[str] = []
        self._fts_hashsize: str | None = None
        self._hashsize_set = False
        self._cache_size: int | None = None
        self._writer = _Writer()
        self._created_provenance = ""
        # Insert only the columns this file can fill (fewer bound parameters per row).
        mapped = {col.field for col in columns}
        if "registered_capital" in mapped:
            mapped.add("currency")
        self.new_columns: tuple[str, ...] = (
            "id",
            *(f for f in FIELDS if f in mapped),
            "name_norm",
            "provenance",
            "text_hash",
        )
        self.key_ids: tuple[dict[int, int], dict[int, Any]] | None = None  # see _lookup
        self.deferred_indexes: list[tuple[str, str]] = []

    # -- setup and teardown -------------------------------------------------------------------
    def begin(self) -> None:
        c = self.conn
        cur = c.execute(
            "INSERT INTO imports (file, source, kind, started_at, user, status) "
            "VALUES (?, ?, 'firms', ?, ?, 'running')",
            (str(self.sheet.path), self.source, self.at, os_user()),
        )
        self.import_id = int(cur.lastrowid or 0)
        self._created_provenance = json.dumps(
            {CREATED: {"source": self.source, "at": self.at, "import": self.import_id}},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        max_id = c.execute("SELECT max(id) FROM firms").fetchone()[0]
        self.first_new_id = self.next_id = (max_id or 0) + 1
        self.fts_indexed_upto = self.fts_queued_upto = self.first_new_id
        self.inserted_upto = self.first_new_id
        if max_id is None:
            # An empty table: matching needs no index (the ids of the keys written are kept
            # by hash), so the table's indexes are built once at the end, from sorted keys,
            # instead of row by row.
            self.key_ids = ({}, {})
            self.deferred_indexes = [
                (r[0], r[1])
                for r in c.execute(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                    "AND tbl_name = 'firms' AND sql IS NOT NULL ORDER BY name"
                )
            ]
            for name, _ in self.deferred_indexes:
                c.execute(f'DROP INDEX "{name}"')
        # A bigger page cache for the bulk writes (per connection, restored in close()).
        self._cache_size = c.execute("PRAGMA cache_size").fetchone()[0]
        c.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        self.triggers = [
            (r[0], r[1])
            for r in c.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                "AND tbl_name = 'firms' AND name LIKE ? ORDER BY name",
                (FTS_TRIGGER_PREFIX + "%",),
            )
        ]
        if c.execute("SELECT 1 FROM sqlite_master WHERE name = 'firms_fts'").fetchone():
            self.fts_columns = [r[1] for r in c.execute("PRAGMA table_info(firms_fts)")]
        for name, _ in self.triggers:
            c.execute(f'DROP TRIGGER "{name}"')

    def close(self) -> None:
        """Stop the writer thread and restore the connection's settings (always)."""
        try:
            self._writer.close()
        finally:
            if self._cache_size is not None:
                self.conn.execute(f"PRAGMA cache_size = {int(self._cache_size)}")
                self._cache_size = None

    def finish(self) -> None:
        c = self.conn
        self._insert_pending()
        self._index_pending()
        self._writer.wait()
        if self.fts_columns:
            cols = ", ".join(self.fts_columns)
            if self.fts_dirty:
                c.executemany(
                    f"INSERT INTO firms_fts(rowid, {cols}) SELECT id, {cols} FROM firms WHERE id = ?",
                    ((i,) for i in sorted(self.fts_dirty)),
                )
            if self._hashsize_set:
                if self._fts_hashsize is None:
                    c.execute("DELETE FROM firms_fts_config WHERE k = 'hashsize'")
                else:
                    c.execute(
                        "INSERT INTO firms_fts(firms_fts, rank) VALUES ('hashsize', ?)",
                        (self._fts_hashsize,),
                    )
        for _, sql in self.deferred_indexes:
            c.execute(sql)
        for _, sql in self.triggers:
            c.execute(sql)
        c.execute(
            "INSERT INTO import_changes (import_id, firm_id, action) "
            "SELECT ?, id, 'added' FROM firms WHERE id >= ?",
            (self.import_id, self.first_new_id),
        )
        r = self.report
        stored = r.to_json()
        stored.pop("mapping", None)
        c.execute(
            "UPDATE imports SET finished_at = ?, read = ?, added = ?, updated = ?, unchanged = ?, "
            "rejected = ?, status = 'done', report = ? WHERE id = ?",
            (
                now(),
                r.read,
                r.added,
                r.updated,
                r.unchanged,
                r.rejected,
                json.dumps(stored, ensure_ascii=False, default=str),
                self.import_id,
            ),
        )
        self.db.audit(
            "import",
            "imports",
            self.import_id,
            {
                "file": r.file,
                "source": r.source,
                "read": r.read,
                "added": r.added,
                "updated": r.updated,
                "unchanged": r.unchanged,
                "rejected": r.rejected,
                "conflicts": r.conflicts_total,
            },
        )

    # -- rows ---------------------------------------------------------------------------------
    def run(self, cancel: CancelToken | None) -> Iterator[Progress]:
        """Convert, match and write every row; yields progress after each batch."""
        report = self.report
        columns = self.columns
        convert = RowConverter(columns)
        header = self.sheet.headers
        name_index = next(c.position for c in columns if c.field == "name")
        name_header = header[name_index] if name_index < len(header) else None
        batch: list[tuple[int, dict[str, Any]]] = []
        scanned = 0
        for rownum, cells in self.sheet.data_rows():
            scanned += 1
            # before any skip: a file of empty rows must still be cancellable
            if cancel is not None and not scanned & 4095:
                cancel.check()
            if not any(cells):
                continue
            if (
                name_header
                and len(cells) > name_index
                and cells[name_index] == name_header
                and ["" if c is None else str(c).strip() for c in cells] == header[: len(cells)]
            ):
                continue  # the header repeated (files pasted together)
            report.read += 1
            record, problems = convert(cells, rownum)
            if record is None:
                self._reject_row(problems)
                continue
            batch.append((rownum, record))
            if len(batch) >= BATCH:
                self._flush(batch)
                batch = []
                if cancel is not None:
                    cancel.check()
                yield self._progress()
        if batch:
            self._flush(batch)
        if cancel is not None:
            cancel.check()
        yield self._progress()

    def _progress(self) -> Progress:
        done, total = self.sheet.progress()
        r = self.report
        return Progress(
            done,
            total,
            f"已处理 {r.read:,} 行：新增 {r.added:,}，更新 {r.updated:,}，拒收 {r.rejected:,}",
        )

    def _reject_row(self, problems: list[Reject]) -> None:
        self.report.rejected += 1
        for p in problems:
            self.report.add_reject(p)
            if self.rejects is not None:
                self.rejects.write(p)

    def _lookup(
        self, batch: list[tuple[int, dict[str, Any]]]
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """The firms rows of this batch may match: (new firms not inserted yet, firms read
        from the table)."""
        cols = ", ".join(FIRM_COLUMNS)
        rows: dict[int, tuple] = {}
        if self.key_ids is not None:
            # The table was empty: only firms this import wrote can match, and their ids are
            # known by the hashes of their keys (a collision only fetches a row too many).
            uscc_ids, name_ids = self.key_ids
            ids: set[int] = set()
            for _, r in batch:
                code = r.get("uscc")
                if code:
                    found = uscc_ids.get(hash(code))
                    if found is not None:
                        ids.add(found)
                found = name_ids.get(hash(r["name_norm"]))
                if found is not None:
                    if isinstance(found, list):
                        ids.update(found)
                    else:
                        ids.add(found)
            if not ids:
                return [], []  # nothing to read: the FTS thread keeps the connection
            held_back = [self.pending_by_id[i] for i in sorted(ids) if i in self.pending_by_id]
            stored = sorted(i for i in ids if i < self.inserted_upto)
            if stored:
                self._writer.wait()
                for row in self.conn.execute(
                    f"SELECT {cols} FROM firms WHERE id IN (SELECT value FROM json_each(?))",
                    (json.dumps(stored),),
                ):
                    rows[row[0]] = row
            return held_back, [dict(zip(FIRM_COLUMNS, rows[i], strict=True)) for i in sorted(rows)]
        else:
            self._writer.wait()
            usccs = sorted({r["uscc"] for _, r in batch if "uscc" in r})
            names = sorted({r["name_norm"] for _, r in batch})
            if usccs:
                for row in self.conn.execute(
                    f"SELECT {cols} FROM firms WHERE uscc IS NOT NULL AND uscc IN "
                    "(SELECT value FROM json_each(?))",
                    (json.dumps(usccs),),
                ):
                    rows[row[0]] = row
            for row in self.conn.execute(
                f"SELECT {cols} FROM firms WHERE name_norm IN (SELECT value FROM json_each(?))",
                (json.dumps(names, ensure_ascii=False),),
            ):
                rows[row[0]] = row
        return [], [dict(zip(FIRM_COLUMNS, rows[i], strict=True)) for i in sorted(rows)]

    def _flush(self, batch: list[tuple[int, dict[str, Any]]]) -> None:
        # Matching keys -> the firm: a _Firm for rows read from the table, the plain record
        # dict for a firm this batch creates (the common case, kept cheap).
        by_uscc: dict[str, Any] = {}
        by_name: dict[str, list[Any]] = {}
        held_back, stored = self._lookup(batch)
        for values in held_back:  # not in the table yet: merged in place, like this batch's
            if values.get("uscc"):
                by_uscc[values["uscc"]] = values
            by_name.setdefault(values["name_norm"], []).append(values)
        for values in stored:
            firm = _Firm(values, is_new=False, existing=values["id"] < self.first_new_id)
            if values["uscc"]:
                by_uscc[values["uscc"]] = firm
            by_name.setdefault(values["name_norm"], []).append(firm)

        inserts: list[dict[str, Any]] = []
        updates: dict[int, _Firm] = {}
        report = self.report
        first_new = self.first_new_id
        touched = self.touched
        created = self._created_provenance
        for rownum, record in batch:
            code = record.get("uscc")
            norm = record["name_norm"]
            target = by_uscc.get(code) if code else None
            if target is not None:
                tv = target if type(target) is dict else target.values
                if tv["name_norm"] != norm and (tv["id"] >= first_new or tv["id"] in touched):
                    self._reject_row(
                        [
                            Reject(
                                rownum,
                                FIELDS["uscc"],
                                code or "",
                                f"统一社会信用代码 {code} 与本文件前面一行相同，但企业名称不同"
                                f"（前一行为“{tv['name']}”，本行为“{record['name']}”）："
                                "同一代码只能对应一家企业，已保留先出现的一行",
                            )
                        ]
                    )
                    continue
            else:
                for candidate in by_name.get(norm, ()):
                    cv = candidate if type(candidate) is dict else candidate.values
                    if not code or not cv.get("uscc"):
                        target = candidate
                        break
            if target is None:
                # A new firm: the record itself becomes the row (it is not used again).
                record["id"] = self.next_id
                self.next_id += 1
                record["provenance"] = created
                record["text_hash"] = text_hash([record.get(f) for f in TEXT_HASH_FIELDS])
                inserts.append(record)
                if code:
                    by_uscc[code] = record
                same = by_name.get(norm)
                if same is None:
                    by_name[norm] = [record]
                else:
                    same.append(record)
                report.added += 1
                continue
            if type(target) is dict:
                firm = _Firm(target, is_new=True, existing=False)
            else:
                firm = target
                if firm.existing:
                    touched.add(firm.id)
            old_norm = firm.values["name_norm"]
            if self._merge(firm, record, rownum):
                report.updated += 1
                if not firm.is_new:
                    updates[firm.id] = firm
                if code and firm.values.get("uscc") == code:
                    by_uscc[code] = target
                if firm.values["name_norm"] != old_norm:
                    by_name.setdefault(firm.values["name_norm"], []).append(target)
            else:
                report.unchanged += 1
        self._write(inserts, list(updates.values()))

    def _merge(self, firm: _Firm, record: dict[str, Any], rownum: int) -> bool:
        """Apply a row to a firm; True when something changed."""
        values = firm.values
        changed: list[str] = []
        for field, new in record.items():
            if field == "name_norm":
                continue
            old = values.get(field)
            if old is None or old == "":
                pass
            elif field == "name":
                if record["name_norm"] == values["name_norm"]:
                    continue  # the same name written with other brackets or spaces
            elif _same(old, new):
                continue
            if old is not None and old != "":
                self.report.add_conflict(Conflict(firm.id, values["name"], field, old, new, rownum))
            changed.append(field)
            self._set(firm, field, new)
        if not changed:
            return False
        if "name" in changed:
            self._set(firm, "name_norm", record["name_norm"])
        if any(f in TEXT_HASH_FIELDS for f in changed):
            new_hash = text_hash([values.get(f) for f in TEXT_HASH_FIELDS])
            if new_hash != values.get("text_hash"):
                indexed = firm.existing or firm.id < self.fts_indexed_upto
                if not firm.is_new and indexed and firm.id not in self.fts_dirty:
                    self._fts_delete(firm)
                self._set(firm, "text_hash", new_hash)
                self._set(firm, "classified_at", None)
        if firm.id < self.first_new_id:  # firms created by this import keep {"*": …}
            try:
                prov = json.loads(values.get("provenance") or "{}")
                if not isinstance(prov, dict):
                    prov = {}
            except ValueError:
                prov = {}
            entry = {"source": self.source, "at": self.at, "import": self.import_id}
            for f in changed:
                prov[f] = entry
            self._set(
                firm, "provenance", json.dumps(prov, ensure_ascii=False, separators=(",", ":"))
            )
            self._set(firm, "updated_at", self.at)
        return True

    def _set(self, firm: _Firm, column: str, value: Any) -> None:
        if not firm.is_new and column not in firm.before:
            firm.before[column] = firm.values.get(column)
        firm.values[column] = value
        firm.changed.add(column)

    def _fts_delete(self, firm: _Firm) -> None:
        """Remove the FTS entry of an indexed firm before its text changes (once); finish()
        indexes it again with its final text."""
        if not self.fts_columns:
            return
        cols = ", ".join(self.fts_columns)
        marks = ", ".join("?" * len(self.fts_columns))
        # The entry holds the values from before this import: the firm's values in `before`
        # where this import already changed them, else its current ones.
        old = [firm.before[c] if c in firm.before else firm.values.get(c) for c in self.fts_columns]
        self.conn.execute(
            f"INSERT INTO firms_fts(firms_fts, rowid, {cols}) VALUES ('delete', ?, {marks})",
            (firm.id, *old),
        )
        self.fts_dirty.add(firm.id)

    def _write(self, inserts: list[dict[str, Any]], updates: list[_Firm]) -> None:
        c = self.conn
        if self.key_ids is not None:
            uscc_ids, name_ids = self.key_ids
            for values in (*inserts, *(f.values for f in updates)):
                firm_id = values["id"]
                code = values.get("uscc")
                if code:
                    uscc_ids[hash(code)] = firm_id
                key = hash(values["name_norm"])
                known = name_ids.get(key)
                if known is None:
                    name_ids[key] = firm_id
                elif isinstance(known, list):
                    if firm_id not in known:
                        known.append(firm_id)
                elif known != firm_id:
                    name_ids[key] = [known, firm_id]
        if updates:
            self._writer.wait()  # (it already has: updates come from rows read by _lookup)
            assignments = ", ".join(f"{k} = ?" for k in UPDATE_COLUMNS)
            c.executemany(
                f"UPDATE firms SET {assignments} WHERE id = ?",
                [(*map(f.values.get, UPDATE_COLUMNS), f.id) for f in updates],
            )
            self._record_changes([f for f in updates if f.existing])
        if not inserts:
            return
        if len(inserts) >= BATCH and self.fts_columns and not self._hashsize_set:
            # A big import: FTS5 flushes its pending terms every `hashsize` bytes (1 MB by
            # default); a larger buffer halves the cost of indexing. Put back in finish().
            self._writer.wait()
            row = c.execute("SELECT v FROM firms_fts_config WHERE k = 'hashsize'").fetchone()
            self._fts_hashsize = None if row is None else row[0]
            c.execute(
                "INSERT INTO firms_fts(firms_fts, rank) VALUES ('hashsize', ?)", (FTS_HASHSIZE,)
            )
            self._hashsize_set = True
        self.pending.extend(inserts)
        if self.key_ids is None:
            self._insert_pending()  # look-ups read the table: it must hold every firm
        else:
            self.pending_by_id.update((values["id"], values) for values in inserts)
            if self._writer.idle() or len(self.pending) >= PENDING_MAX:
                self._insert_pending()
            # else the FTS thread is busy: keep converting, insert these afterwards

    def _insert_pending(self) -> None:
        """Insert the new firms held back so far, then index them once enough have gathered.

        Inserting (Python binds every value) needs the GIL; FTS indexing is one long SQLite
        statement that does not. So this thread inserts while the FTS thread is idle and
        converts the next rows while it indexes; the connection is used by one at a time.
        """
        if not self.pending:
            return
        self._writer.wait()
        tail = (self.source, self.at, self.at)
        cols = ", ".join((*self.new_columns, "source", "imported_at", "updated_at"))
        marks = ", ".join("?" * (len(self.new_columns) + 3))
        get_columns = self.new_columns
        self.conn.executemany(
            f"INSERT INTO firms ({cols}) VALUES ({marks})",
            [tuple(map(values.get, get_columns)) + tail for values in self.pending],
        )
        self.inserted_upto = self.pending[-1]["id"] + 1
        self.pending = []
        self.pending_by_id = {}
        if self.inserted_upto - self.fts_queued_upto >= FTS_CHUNK:
            self._index_pending()

    def _index_pending(self) -> None:
        """Queue the FTS indexing of the firms inserted since the last time.

        FTS5 writes a segment at the end of every statement, so one statement covers many
        batches: fewer segments, less merging.
        """
        if self.fts_columns and self.inserted_upto > self.fts_queued_upto:
            self._writer.submit(self._fts_index, self.fts_queued_upto, self.inserted_upto)
            self.fts_queued_upto = self.inserted_upto

    def _fts_index(self, first: int, end: int) -> None:
        fts = ", ".join(self.fts_columns)
        self.conn.execute(
            f"INSERT INTO firms_fts(rowid, {fts}) SELECT id, {fts} FROM firms "
            "WHERE id >= ? AND id < ?",
            (first, end),
        )
        self.fts_indexed_upto = end

    def _record_changes(self, firms: list[_Firm]) -> None:
        """import_changes rows for pre-existing firms; the first values seen are kept."""
        if not firms:
            return
        c = self.conn
        ids = [f.id for f in firms]
        known = {
            r[0]: r[1]
            for r in c.execute(
                "SELECT firm_id, before FROM import_changes WHERE import_id = ? AND firm_id IN "
                "(SELECT value FROM json_each(?))",
                (self.import_id, json.dumps(ids)),
            )
        }
        rows = []
        for f in firms:
            before = dict(f.before)
            if f.id in known:
                earlier = json.loads(known[f.id] or "{}")
                before.update(earlier)  # values from before the import win
            rows.append((self.import_id, f.id, json.dumps(before, ensure_ascii=False, default=str)))
        c.executemany(
            "INSERT INTO import_changes (import_id, firm_id, action, before) VALUES (?, ?, 'updated', ?) "
            "ON CONFLICT (import_id, firm_id) DO UPDATE SET before = excluded.before",
            rows,
        )


def run_import(
    db: Database,
    sheet: Sheet,
    columns: list[Column],
    report: ImportReport,
    source: str,
    rejects: RejectsWriter | None,
    cancel: CancelToken | None,
) -> Iterator[Progress]:
    """Run the import inside the caller's transaction (begin, rows, finish)."""
    started = time.monotonic()
    importer = Importer(db, sheet, columns, report, source, rejects)
    try:
        importer.begin()
        report.import_id = importer.import_id
        yield from importer.run(cancel)
        report.elapsed = time.monotonic() - started
        importer.finish()
        report.elapsed = time.monotonic() - started
    finally:
        importer.close()
