"""The ledger: every input's key and fate, written as it happens, in an SQLite database (WAL mode).

Why SQLite rather than a JSONL file: a resume needs to look up one key among millions (an index, not a
scan of the whole file), a reconcile updates rows in place, and a kill must never leave a half-written
record; SQLite gives all three from the standard library, and the file opens in any SQLite tool.

Protocol, the heart of "never sent twice": an input is written as `pending` and committed *before* its
request leaves, and its result replaces it when known. A run that is killed leaves its in-flight inputs
`pending`; the next run reads them as `unknown` (they may have reached the API) and never re-sends them.

Durability: WAL with `synchronous=FULL` (the default, `durable=True`) survives a kill and a power cut at
every commit; `durable=False` (`synchronous=NORMAL`) survives a kill of the process but may lose the last
commits on a power cut. During a run, `GroupCommit` batches every write made while the previous commit runs
and commits off the event loop, so the fsync never stalls the sends.
"""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final

import attrs

from ._results import FINAL_OUTCOMES

if TYPE_CHECKING:
    from ._results import SendResult

SCHEMA_VERSION: Final = 1
_SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS items (
    key TEXT PRIMARY KEY,
    idx INTEGER NOT NULL,
    state TEXT NOT NULL,          -- pending | accepted | failed | unknown | skipped
    instance_id TEXT,
    recipient TEXT,
    kind TEXT,                    -- message type, or "template"
    content TEXT,                 -- the text the API will store as the body (text messages)
    message_id TEXT,
    error TEXT,
    reason TEXT,
    raw BLOB,
    attempted_at REAL,
    settled_at REAL,
    status TEXT,                  -- delivery status of an accepted message (queued, sent, delivered, …)
    status_at REAL
);
CREATE INDEX IF NOT EXISTS items_state ON items (state);
CREATE INDEX IF NOT EXISTS items_message ON items (message_id);
"""
#: States a resumed run does not send again.
FINAL_STATES: Final = FINAL_OUTCOMES


@attrs.frozen(slots=True)
class Entry:
    """One input as the ledger knows it."""

    key: str
    index: int
    state: str
    instance_id: str | None
    recipient: str | None
    kind: str | None
    content: str | None
    message_id: str | None
    error: str | None
    reason: str | None
    attempted_at: float | None
    settled_at: float | None
    status: str | None

    @property
    def outcome(self) -> str:
        """`pending` rows are read as `unknown`: their run stopped while they were in flight."""
        return "unknown" if self.state == "pending" else self.state


_COLUMNS: Final = (
    "key, idx, state, instance_id, recipient, kind, content, message_id, error, reason, attempted_at, settled_at,"
    " status"
)


class Ledger:
    """A bulk run's durable record. `Ledger.open(path)`; use as a context manager or `close()` it."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self._lock = threading.Lock()  # writes may come from the group-commit thread
        self._reader: sqlite3.Connection | None = None
        self.path = path

    @classmethod
    def open(cls, path: str | Path, *, durable: bool = True) -> Ledger:
        """Open (or create) the ledger at `path`."""
        path = Path(path)
        db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
        db.executescript(_SCHEMA)
        db.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
        return cls(db, path)

    def close(self) -> None:
        """Close the database (everything is already committed)."""
        if self._reader is not None:
            self._reader.close()
        self._db.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # -- a run writes ----------------------------------------------------------------------------------

    def begin(self, inputs: Sequence[tuple[int, str, object]]) -> None:
        """Record (index, key, message) inputs as `pending`, committed before any of them is sent."""
        self.write(inputs, ())

    def settle(self, results: Iterable[SendResult]) -> None:
        """Record results (one transaction)."""
        self.write((), results)

    def write(self, inputs: Sequence[tuple[int, str, object]], results: Iterable[SendResult]) -> None:
        """Begin `inputs` and settle `results` in one durable commit (inputs first)."""
        now = time.time()
        begun = [(key, index, "pending", *_describe(message), now) for index, key, message in inputs]
        settled = [_settled_row(r, now) for r in results]
        if not (begun or settled):
            return
        with self._lock, self._transaction():
            self._db.executemany(_BEGIN, begun)
            self._db.executemany(_SETTLE, settled)

    def mark(self, key: str, state: str, *, reason: str, message_id: str | None = None) -> None:
        """Settle one input after the fact (reconcile)."""
        with self._lock, self._transaction():
            self._db.execute(
                "UPDATE items SET state = ?, reason = ?, message_id = coalesce(?, message_id), settled_at = ?"
                " WHERE key = ?",
                (state, reason, message_id, time.time(), key),
            )

    def set_statuses(self, statuses: Iterable[tuple[str, str]]) -> int:
        """Record delivery statuses by message id; returns how many rows changed."""
        now = time.time()
        with self._lock, self._transaction():
            cursor = self._db.executemany(
                "UPDATE items SET status = ?, status_at = ? WHERE message_id = ? AND status IS NOT ?",
                [(status, now, message_id, status) for message_id, status in statuses],
            )
        return cursor.rowcount

    # -- reading ---------------------------------------------------------------------------------------

    def get(self, key: str) -> Entry | None:
        """The entry for `key` as committed, or None if the ledger never saw it (safe while a commit runs)."""
        if self._reader is None:
            self._reader = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        row = self._reader.execute(f"SELECT {_COLUMNS} FROM items WHERE key = ?", (key,)).fetchone()  # noqa: S608
        return None if row is None else Entry(*row)

    def entries(self, *states: str) -> Iterator[Entry]:
        """Every entry (or those in `states`), in input order."""
        where = f" WHERE state IN ({', '.join('?' * len(states))})" if states else ""
        query = f"SELECT {_COLUMNS} FROM items{where} ORDER BY idx"  # noqa: S608 (placeholders only)
        for row in self._db.execute(query, states):
            yield Entry(*row)

    def counts(self) -> Counter[str]:
        """How many inputs are in each outcome (`pending` counted as `unknown`)."""
        counts: Counter[str] = Counter()
        for state, count in self._db.execute("SELECT state, count(*) FROM items GROUP BY state"):
            counts["unknown" if state == "pending" else state] += count
        return counts

    def statuses(self) -> Counter[str]:
        """Delivery statuses of the accepted messages."""
        query = "SELECT coalesce(status, 'queued'), count(*) FROM items WHERE state = 'accepted' GROUP BY 1"
        return Counter(dict(self._db.execute(query).fetchall()))

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)


class GroupCommit:
    """A ledger's writes, grouped and committed off the event loop (one thread, one commit at a time).

    While one commit runs (an fsync, milliseconds), new writes gather for the next: the busier the run, the
    bigger each commit, so the ledger keeps up with any send rate. `begin` waits for its commit (a send must
    not leave before its input is recorded); `settle` does not (a kill before the commit leaves the input
    `pending`, read back as `unknown`: at most what was in flight).
    """

    def __init__(self, ledger: Ledger) -> None:
        self._ledger = ledger
        self._inputs: list[tuple[int, str, object]] = []
        self._results: list[SendResult] = []
        self._waiters: list[asyncio.Future[None]] = []
        self._wake = asyncio.Event()
        self._idle = asyncio.Event()
        self._idle.set()
        self._task: asyncio.Task[None] | None = None

    @property
    def ledger(self) -> Ledger:
        return self._ledger

    async def begin(self, inputs: Sequence[tuple[int, str, object]]) -> None:
        """Record inputs as `pending`; returns once that is committed (raises if the commit failed)."""
        done = asyncio.get_running_loop().create_future()
        self._inputs.extend(inputs)
        self._waiters.append(done)
        self._kick()
        await asyncio.shield(done)  # a cancelled caller must not hide whether its inputs were recorded

    def settle(self, result: SendResult) -> None:
        self._results.append(result)
        self._kick()

    async def drain(self) -> None:
        """Wait until everything written so far is committed."""
        while self._inputs or self._results or not self._idle.is_set():
            self._kick()
            await self._idle.wait()
            await asyncio.sleep(0)

    def _kick(self) -> None:
        self._idle.clear()
        self._wake.set()
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._commit_forever(), name="msgflash-ledger-commit")

    async def _commit_forever(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            while self._inputs or self._results:
                inputs, self._inputs = self._inputs, []
                results, self._results = self._results, []
                waiters, self._waiters = self._waiters, []
                try:
                    await asyncio.to_thread(self._ledger.write, inputs, results)
                except Exception as error:  # handed to every waiter: nothing was sent
                    for waiter in waiters:
                        if not waiter.done():
                            waiter.set_exception(error)
                    continue
                for waiter in waiters:
                    if not waiter.done():
                        waiter.set_result(None)
            self._idle.set()


_BEGIN: Final = (
    "INSERT INTO items (key, idx, state, instance_id, recipient, kind, content, attempted_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (key) DO UPDATE SET idx = excluded.idx, state = 'pending',"
    " attempted_at = excluded.attempted_at, error = NULL, reason = NULL"
)
_SETTLE: Final = (
    "INSERT INTO items (key, idx, state, message_id, error, reason, raw, settled_at, status)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (key) DO UPDATE SET state = excluded.state, message_id = excluded.message_id,"
    " error = excluded.error, reason = excluded.reason, raw = excluded.raw,"
    " settled_at = excluded.settled_at, status = excluded.status"
)


def _settled_row(r: SendResult, now: float) -> tuple[object, ...]:
    error = None if r.error is None else f"{type(r.error).__name__}: {r.error}"
    status = None if r.message is None else str(r.message.status)
    return (r.key, r.index, r.outcome, r.message_id, error, r.reason, r.raw, now, status)


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT (ROLLBACK on error): one durable commit per group of writes."""

    __slots__ = ("_db",)

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *_: object) -> None:
        self._db.execute("COMMIT" if exc_type is None else "ROLLBACK")


def _describe(message: object) -> tuple[str | None, str | None, str | None, str | None]:
    """(instance id, recipient, kind, text) of a send request: what reconcile matches on."""
    instance_id = getattr(message, "instance_id", None)
    recipient = getattr(message, "to", None)
    if getattr(message, "template_id", None) is not None:
        return instance_id, recipient, "template", None
    kind = getattr(message, "type_", None)
    text = getattr(message, "text", None)
    return instance_id, recipient, None if kind is None else str(kind), text if isinstance(text, str) else None
