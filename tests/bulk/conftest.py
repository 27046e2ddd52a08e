"""Bulk fixtures: a client on a sandbox without a server-side rate limit (the runs are hundreds of sends)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio

from msgflash_async import MsgFlash
from msgflash_async.bulk import Item, Ledger, SendResult
from msgflash_async.models import SendTextMessage
from msgflash_async.testing import Sandbox

SEND = ("POST", "/api/v1/messages/send")


@pytest_asyncio.fixture
async def sb() -> AsyncIterator[Sandbox]:
    """A sandbox with no rate limit: these tests count messages, not pacing."""
    async with Sandbox(rate_limit_per_second=None) as sandbox:
        yield sandbox
        assert sandbox.internal_errors == []


@pytest_asyncio.fixture
async def mf(sb: Sandbox) -> AsyncIterator[MsgFlash]:
    async with MsgFlash(sb.personal_key, base_url=sb.base_url, rate_limit=None) as client:
        yield client


@pytest.fixture
def instance_id(sb: Sandbox) -> str:
    return sb.workspace().connected_instance.id


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[Ledger]:
    with Ledger.open(tmp_path / "run.ledger") as opened:
        yield opened


def phone(n: int) -> str:
    return f"+3365{n:07d}"


def items(instance_id: str, count: int, start: int = 0) -> list[Item]:
    """Rows keyed `row-N`, one recipient per row, so the server's records show each row's fate."""
    return [
        Item(f"row-{n}", SendTextMessage(instance_id=instance_id, to=phone(n), text=f"message {n}"))
        for n in range(start, start + count)
    ]


def created_per_recipient(sb: Sandbox) -> dict[str, int]:
    """How many messages the server created for each recipient."""
    counts: dict[str, int] = {}
    for message in sb.workspace().messages.values():
        counts[message.to] = counts.get(message.to, 0) + 1
    return counts


async def collect(results: AsyncIterator[SendResult]) -> list[SendResult]:
    return [result async for result in results]
