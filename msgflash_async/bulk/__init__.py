"""Bulk sending that never loses or repeats a message.

- `send_many` (also `MsgFlash.send_many`): bounded concurrency, one `SendResult` per input whatever fails,
  results streamed as sends complete; outcomes `accepted`, `failed`, `unknown`, `skipped`.
- `Ledger`: an SQLite file recording every input's key and result as it happens; resume with the same ledger.
- `reconcile`: settle `unknown` inputs against `messages.list`.
- `refresh_statuses`, `follow_statuses`, `record_status_event`, `wait_for`: delivery tracking.
- `RowMapping`, `read_rows`: CSV/JSONL rows to keyed requests, checked without I/O (the `msgflash` CLI's input).
"""

from __future__ import annotations

from ._ledger import Entry, Ledger
from ._reconcile import ReconcileReport, reconcile
from ._results import BATCH_STOPPERS, OUTCOMES, InputSourceError, Item, Outcome, SendResult, UnexpectedSendError
from ._rows import RowError, RowMapping, read_rows
from ._send import BulkRun, send_many
from ._tracking import (
    FINAL_STATUSES,
    StatusTimeoutError,
    follow_statuses,
    record_status_event,
    refresh_statuses,
    wait_for,
)

__all__ = [
    "BATCH_STOPPERS",
    "FINAL_STATUSES",
    "OUTCOMES",
    "BulkRun",
    "Entry",
    "InputSourceError",
    "Item",
    "Ledger",
    "Outcome",
    "ReconcileReport",
    "RowError",
    "RowMapping",
    "SendResult",
    "StatusTimeoutError",
    "UnexpectedSendError",
    "follow_statuses",
    "read_rows",
    "reconcile",
    "record_status_event",
    "refresh_statuses",
    "send_many",
    "wait_for",
]
