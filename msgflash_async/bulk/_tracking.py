"""Delivery tracking: queued → sent → delivered → read (or failed), from webhooks or by polling.

Polling reads `messages.list` (100 messages a request) rather than one `messages.get` per message, so a run
of 10,000 messages is refreshed in about 100 requests, paced by the client's rate limiter like any call.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from typing import TYPE_CHECKING, Final

from msgflash_async._errors import MsgFlashError

if TYPE_CHECKING:
    from msgflash_async._client import MsgFlash
    from msgflash_async._generated.models import Message
    from msgflash_async.webhooks import MessageStatusEvent

    from ._ledger import Ledger

#: A message goes no further from these.
FINAL_STATUSES: Final = frozenset({"read", "failed", "cancelled"})
_RANK: Final = {"queued": 0, "sent": 1, "delivered": 2, "read": 3}


class StatusTimeoutError(MsgFlashError, TimeoutError):
    """`wait_for` gave up before the message reached the status; `last` is the message as last seen."""

    def __init__(self, message: str, last: Message) -> None:
        super().__init__(message)
        self.last = last


def reached(status: str, target: str) -> bool:
    """Whether a message in `status` has got to `target` (or can never get further)."""
    if status in ("failed", "cancelled") or status == target:
        return True
    return _RANK.get(status, -1) >= _RANK.get(target, 99)


async def wait_for(
    client: MsgFlash,
    message_id: str,
    status: str = "delivered",
    *,
    timeout: float = 60.0,  # noqa: ASYNC109 (a deadline for many polls, not one call)
    poll_interval: float = 1.0,
) -> Message:
    """Poll one message until it reaches `status` (or a later one, or fails); returns it as last seen.

    Raises:
        StatusTimeoutError: `timeout` seconds passed first.
    """
    deadline = time.monotonic() + timeout
    while True:
        message = await client.messages.get(message_id)
        if reached(str(message.status), status):
            return message
        if time.monotonic() + poll_interval > deadline:
            raise StatusTimeoutError(
                f"message {message_id} is {message.status}, not {status}, after {timeout} s", message
            )
        await asyncio.sleep(poll_interval)


def record_status_event(ledger: Ledger, event: MessageStatusEvent) -> bool:
    """Apply a `message.sent|delivered|read|failed` webhook event to the ledger; True if it changed a row."""
    if not event.message_id or not event.status:
        return False
    return ledger.set_statuses([(event.message_id, event.status)]) > 0


async def refresh_statuses(client: MsgFlash, ledger: Ledger, *, skew: float = 5.0) -> Counter[str]:
    """One polling pass over the history of the run's instances; returns the statuses of its accepted messages."""
    accepted = [e for e in ledger.entries("accepted") if e.message_id and e.status not in FINAL_STATUSES]
    if not accepted:
        return ledger.statuses()
    ours = {e.message_id for e in accepted}
    for instance_id in {e.instance_id for e in accepted}:
        since = min(e.attempted_at or 0.0 for e in accepted if e.instance_id == instance_id) - skew
        seen: list[tuple[str, str]] = []
        async for message in client.messages.list(instance_id=instance_id, limit=100):
            if message.created_at.timestamp() < since:
                break
            if message.id in ours:
                seen.append((message.id, str(message.status)))
        ledger.set_statuses(seen)
    return ledger.statuses()


async def follow_statuses(
    client: MsgFlash,
    ledger: Ledger,
    *,
    timeout: float = 300.0,  # noqa: ASYNC109 (a deadline for many polls)
    poll_interval: float = 5.0,
) -> Counter[str]:
    """Refresh until every accepted message is read, failed or cancelled, or `timeout` passes."""
    deadline = time.monotonic() + timeout
    while True:
        statuses = await refresh_statuses(client, ledger)
        if set(statuses) <= FINAL_STATUSES or time.monotonic() + poll_interval > deadline:
            return statuses
        await asyncio.sleep(poll_interval)
