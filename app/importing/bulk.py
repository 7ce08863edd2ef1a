"""Bulk writing of new firms: the one loader behind an import and the demo database.

A million new rows must cost little more than SQLite's own CSV import plus an FTS build, so:
the FTS and scores triggers are dropped; on a helper thread (SQLite runs without the GIL)
batches are inserted with ``executemany`` and new firms are indexed in chunks by one
``INSERT … SELECT`` each, while the caller's thread converts the next rows; the scores rows
of the new firms are written by one ``INSERT … SELECT`` at the end; into an empty table the
table's indexes are dropped too and re-created from sorted keys at the end. Everything
happens inside the caller's one transaction, so a crash or a cancel leaves even the indexes
and triggers as they were.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.connection import Connection

BATCH = 20_000  # rows per look-up/write round of an import
# New firms per FTS indexing statement. As small as a batch: the last chunk is indexed while
# nothing else runs, and (with the large hashsize below) smaller chunks cost no more merging.
FTS_CHUNK = 20_000
FTS_TRIGGER_PREFIX = "firms_fts"
SCORES_TRIGGER = "firms_scores_ai"  # one scores row per new firm: written in one statement
# FTS5 flushes its pending terms every ``hashsize`` bytes (1 MB by default); a larger buffer
# halves the cost of indexing a big load. Set once the load is big, put back at the end.
FTS_HASHSIZE = 32 * 1024 * 1024
CACHE_KIB = 128 * 1024


class WriterThread:
    """SQLite writes run in order on a helper thread.

    SQLite works without the GIL, so a batch's FTS indexing proceeds while the caller's
    thread converts the next rows. The connection is never used by both threads at once: the
    caller calls :meth:`wait` (the queue drained) before any statement of its own. At most
    ``depth`` jobs wait in the queue, which bounds the memory held by pending batches.
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
            except BaseException as exc:  # handed to the caller's thread by wait()
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


class BulkLoader:
    """New firm rows into ``firms`` and ``firms_fts``, inside the caller's write transaction.

    ``columns`` name the values :meth:`add` takes from each record (a dict; a missing key is
    NULL); ``tail`` is appended to every row for ``tail_columns`` (the same for all rows).
    Records must come with ascending ids, above every id in the table.

    Call :meth:`begin`, then :meth:`add` per batch, then :meth:`finish`; :meth:`close` always
    (it stops the helper thread and restores the connection's cache size). Before a statement
    of its own on the connection, the caller calls :meth:`wait`.
    """

    def __init__(
        self,
        db: Connection,
        columns: Sequence[str],
        tail_columns: Sequence[str] = (),
        tail: tuple[Any, ...] = (),
    ) -> None:
        self.db = db
        self.conn = db.conn
        self.columns = tuple(columns)
        self.tail = tuple(tail)
        self.tail_columns = tuple(tail_columns)
        cols = ", ".join((*self.columns, *tail_columns))
        marks = ", ".join("?" * (len(self.columns) + len(self.tail)))
        self._insert_sql = f"INSERT INTO firms ({cols}) VALUES ({marks})"
        self._copy_columns = (*self.columns, *self.tail_columns)
        self.fts_columns: list[str] = []
        # New firms with a smaller id are in the table, or will be once the thread gets there
        self.inserted_upto = 0
        self.fts_queued_upto = 0  # … and in the FTS index, or will be
        self.fts_indexed_upto = 0  # … and in the FTS index
        self.added = 0
        self._triggers: list[str] = []
        self._scores_trigger: list[str] = []
        self._indexes: list[str] = []
        self.deferred_indexes = False
        self.first_id = 0
        self._fts_hashsize: str | None = None
        self._hashsize_set = False
        self._cache_size: int | None = None
        self._writer = WriterThread()
        self.pg = db.is_postgres

    # -- setup and teardown ---------------------------------------------------------------------
    def begin(self, first_id: int, *, defer_indexes: bool) -> None:
        """Prepare the connection; new ids start at ``first_id``. ``defer_indexes`` (an empty
        table): drop the table's indexes now and build them once in :meth:`finish`."""
        db, c = self.db, self.conn
        self.inserted_upto = self.fts_queued_upto = self.fts_indexed_upto = first_id
        self.first_id = first_id
        if defer_indexes:
            self._indexes = db.drop_schema_objects("index", "firms")
        # (none are dropped when this person does not own the table: PostgreSQL's staff)
        self.deferred_indexes = bool(self._indexes)
        if self.pg:
            # PostgreSQL: rows go in by COPY (on the helper thread, while the caller converts
            # the next batch); its trigram indexes need no separate build. Its scores trigger
            # runs once per COPY, but over a transition table of the whole new rows (written
            # to a temporary file past work_mem): into an empty table one INSERT … SELECT at
            # the end does it instead (1M firms: about 1 s of the 1 s a 20,000-row COPY took).
            if defer_indexes:
                self._scores_trigger = db.drop_schema_objects(
                    "trigger", "firms", name_like=SCORES_TRIGGER
                )
            return
        # A bigger page cache for the bulk writes (per connection, restored in close()).
        self._cache_size = c.execute("PRAGMA cache_size").fetchone()[0]
        c.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        self._triggers = db.drop_schema_objects(
            "trigger", "firms", name_like=FTS_TRIGGER_PREFIX + "%"
        )
        self._scores_trigger = db.drop_schema_objects("trigger", "firms", name_like=SCORES_TRIGGER)
        if c.execute("SELECT 1 FROM sqlite_master WHERE name = 'firms_fts'").fetchone():
            self.fts_columns = [r[1] for r in c.execute("PRAGMA table_info(firms_fts)")]

    def close(self) -> None:
        """Stop the writer thread and restore the connection's settings (always)."""
        try:
            self._writer.close()
        finally:
            if self._cache_size is not None:
                self.conn.execute(f"PRAGMA cache_size = {int(self._cache_size)}")
                self._cache_size = None

    def flush(self) -> None:
        """Every record added is in the table and the FTS index; the connection is free."""
        self._index_pending()
        self._writer.wait()

    def finish(self) -> None:
        """Flush, then put back the FTS buffer size, the deferred indexes and the triggers."""
        self.flush()
        c = self.conn
        if self._hashsize_set:
            if self._fts_hashsize is None:
                c.execute("DELETE FROM firms_fts_config WHERE k = 'hashsize'")
            else:
                c.execute(
                    "INSERT INTO firms_fts(firms_fts, rank) VALUES ('hashsize', ?)",
                    (self._fts_hashsize,),
                )
            self._hashsize_set = False
        if self._scores_trigger:
            # What the dropped trigger would have written, row by row: one scores row per firm.
            c.execute(
                "INSERT INTO scores (firm_id) SELECT id FROM firms WHERE id >= ? AND id < ?",
                (self.first_id, self.inserted_upto),
            )
        for sql in (*self._indexes, *self._triggers, *self._scores_trigger):
            c.execute(sql)
        self._indexes = self._triggers = self._scores_trigger = []
        if self.pg and self.added:
            from app.pg_schema import reset_sequences

            reset_sequences(self.db, "firms")  # the ids were given here, not by the server

    def wait(self) -> None:
        """Until the helper thread is done with the connection."""
        self._writer.wait()

    # -- rows -----------------------------------------------------------------------------------
    def add(self, records: list[dict[str, Any]]) -> None:
        """Write new firms by the helper thread (the caller calls :meth:`wait` before reading
        them back or using the connection)."""
        if not records:
            return
        self.added += len(records)
        if self.added >= BATCH and self.fts_columns and not self._hashsize_set:
            self._writer.wait()
            row = self.conn.execute(
                "SELECT v FROM firms_fts_config WHERE k = 'hashsize'"
            ).fetchone()
            self._fts_hashsize = None if row is None else row[0]
            self.conn.execute(
                "INSERT INTO firms_fts(firms_fts, rank) VALUES ('hashsize', ?)", (FTS_HASHSIZE,)
            )
            self._hashsize_set = True
        tail = self.tail
        get_columns = self.columns
        # Binding the values needs the GIL, running the statements does not: the helper
        # thread inserts and indexes (SQLite) or waits for the server's COPY (PostgreSQL)
        # while the caller's thread converts the next rows.
        rows = [tuple(map(values.get, get_columns)) + tail for values in records]
        if self.pg:
            self._writer.submit(self.conn.copy, "firms", self._copy_columns, rows)
            self.inserted_upto = records[-1]["id"] + 1
            return
        self._writer.submit(self.conn.executemany, self._insert_sql, rows)
        self.inserted_upto = records[-1]["id"] + 1
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
