"""Delivery tracking: the ledger follows accepted messages to read/failed, by polling or from webhook events."""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from msgflash_async import MsgFlash
from msgflash_async.bulk import (
    Ledger,
    StatusTimeoutError,
    follow_statuses,
    record_status_event,
    refresh_statuses,
    wait_for,
)
from msgflash_async.models import SendTextMessage
from msgflash_async.testing import Sandbox
from msgflash_async.webhooks import MessageStatusEvent

from .conftest import collect, items, phone

UNREACHABLE = frozenset(phone(n) for n in range(5))
UNREAD = frozenset({phone(100)})


@pytest_asyncio.fixture
async def sb() -> AsyncIterator[Sandbox]:
    """Five recipients WhatsApp cannot reach (their messages fail), one who never reads."""
    async with Sandbox(rate_limit_per_second=None, failure_numbers=UNREACHABLE, unread_numbers=UNREAD) as sandbox:
        yield sandbox


async def test_polling_follows_a_run_to_read_and_failed(
    mf: MsgFlash, sb: Sandbox, instance_id: str, ledger: Ledger
) -> None:
    """25 messages, 5 to an unreachable number: followed until 20 read and 5 failed, in a few list calls."""
    results = await collect(mf.send_many(items(instance_id, 25), ledger=ledger))
    assert Counter(r.outcome for r in results) == {"accepted": 25}
    assert ledger.statuses() == {"queued": 25}
    lists_before = sb.counters.handled[("GET", "/api/v1/messages")]
    statuses = await follow_statuses(mf, ledger, timeout=30, poll_interval=0.05)
    assert statuses == {"read": 20, "failed": 5}
    polls = sb.counters.handled[("GET", "/api/v1/messages")] - lists_before
    assert sb.counters.handled[("GET", "/api/v1/messages/{id}")] == 0  # one list call covers 25 messages
    assert polls >= 1


async def test_webhook_events_update_the_ledger(mf: MsgFlash, sb: Sandbox, instance_id: str, ledger: Ledger) -> None:
    """A `message.delivered` event moves that row's status; an event for another message changes nothing."""
    results = await collect(mf.send_many(items(instance_id, 2), ledger=ledger))
    first = results[0].message_id
    assert first is not None
    event = MessageStatusEvent(event="message.delivered", raw={}, message_id=first, status="delivered")
    assert record_status_event(ledger, event) is True
    assert record_status_event(ledger, event) is False  # a duplicate delivery is harmless
    assert (
        record_status_event(ledger, MessageStatusEvent(event="message.read", raw={}, message_id="x", status="read"))
        is False
    )
    assert ledger.statuses() == {"delivered": 1, "queued": 1}


async def test_refresh_is_a_no_op_when_every_message_is_final(mf: MsgFlash, sb: Sandbox, ledger: Ledger) -> None:
    assert await refresh_statuses(mf, ledger) == Counter()


async def test_wait_for_one_message(mf: MsgFlash, sb: Sandbox, instance_id: str) -> None:
    """wait_for returns once the message is delivered (or later); a status it cannot reach in time raises."""
    sent = await mf.messages.send(SendTextMessage(instance_id=instance_id, to=phone(10), text="hi"))
    message = await wait_for(mf, sent.id, "delivered", timeout=30, poll_interval=0.02)
    assert message.status in ("delivered", "read")
    unread = await mf.messages.send(SendTextMessage(instance_id=instance_id, to=phone(100), text="hi"))
    await wait_for(mf, unread.id, "delivered", timeout=30, poll_interval=0.02)
    with pytest.raises(StatusTimeoutError) as caught:
        await wait_for(mf, unread.id, "read", timeout=0.2, poll_interval=0.05)
    assert caught.value.last.status == "delivered"
