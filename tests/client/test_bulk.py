"""send_many: one result per input, nothing sent twice, early stop without silent loss, flat memory."""

from __future__ import annotations

import asyncio
import contextlib
from collections import Counter
from collections.abc import AsyncIterator, Iterator

import pytest

from msgflash_async import InvalidRequestError, MsgFlash, QuotaExceededError
from msgflash_async.bulk import SendResult
from msgflash_async.models import SendTextMessage
from msgflash_async.testing import PLAN_PRO, Sandbox

from .conftest import connected_instance_id

SEND = ("POST", "/api/v1/messages/send")


def _messages(instance_id: str, count: int, pulled: list[int] | None = None) -> Iterator[SendTextMessage]:
    for n in range(count):
        if pulled is not None:
            pulled.append(n)
        yield SendTextMessage(instance_id=instance_id, to=f"+3365{n:07d}", text=f"message {n}")


async def _collect(results: AsyncIterator[SendResult]) -> list[SendResult]:
    return [result async for result in results]


async def test_every_input_is_sent_once_with_one_result(mf: MsgFlash, msgflash_sandbox: Sandbox) -> None:
    """300 inputs → 300 results, indices 0..299 once each, 300 messages on the server."""
    instance_id = await connected_instance_id(mf)
    results = await _collect(mf.send_many(_messages(instance_id, 300), concurrency=16))
    assert sorted(r.index for r in results) == list(range(300))
    assert Counter(r.outcome for r in results) == {"sent": 300}
    assert {r.message.to for r in results if r.message} == {f"+3365{n:07d}" for n in range(300)}
    assert msgflash_sandbox.counters.handled[SEND] == 300


async def test_inputs_are_pulled_lazily(mf: MsgFlash) -> None:
    """Never more than `concurrency` inputs are pulled ahead of the results handed out."""
    instance_id = await connected_instance_id(mf)
    pulled: list[int] = []
    ahead = 0
    async for result in mf.send_many(_messages(instance_id, 100, pulled), concurrency=8):
        ahead = max(ahead, len(pulled) - (result.index + 1))
    assert len(pulled) == 100
    assert ahead <= 8 + 8  # at most one full window of sends in flight, plus the finished batch


async def test_async_iterables_are_accepted(mf: MsgFlash) -> None:
    """An async generator of messages works the same way."""
    instance_id = await connected_instance_id(mf)

    async def stream() -> AsyncIterator[SendTextMessage]:
        for message in _messages(instance_id, 20):
            await asyncio.sleep(0)
            yield message

    assert Counter(r.outcome for r in await _collect(mf.send_many(stream()))) == {"sent": 20}


async def test_quota_stops_the_batch_and_skips_the_rest_visibly(mf: MsgFlash, msgflash_sandbox: Sandbox) -> None:
    """Outbound quota of 10 for 50 inputs: 10 sent, the quota failures reported, every other input skipped."""
    msgflash_sandbox.set_plan(PLAN_PRO.evolve(monthly_outbound_quota=10))
    instance_id = await connected_instance_id(mf)
    results = await _collect(mf.send_many(_messages(instance_id, 50), concurrency=4))
    outcomes = Counter(r.outcome for r in results)
    assert sorted(r.index for r in results) == list(range(50))
    assert outcomes["sent"] == 10
    assert outcomes["failed"] >= 1
    assert all(isinstance(r.error, QuotaExceededError) for r in results if r.outcome == "failed")
    assert outcomes["skipped"] == 50 - 10 - outcomes["failed"]
    skipped = next(r for r in results if r.outcome == "skipped")
    assert "MONTHLY_OUTBOUND_QUOTA_EXCEEDED" in str(skipped.reason)
    assert msgflash_sandbox.counters.handled[SEND] == 10 + outcomes["failed"]


async def test_may_have_been_sent_is_unknown_and_never_resent(mf: MsgFlash, msgflash_sandbox: Sandbox) -> None:
    """A reset after the server acted and a 502 give `unknown`; the server saw each input exactly once."""
    instance_id = await connected_instance_id(mf)
    msgflash_sandbox.faults.add("reset_after", *SEND, times=2)
    msgflash_sandbox.faults.status(502, "PROVIDER_UNAVAILABLE", *SEND, times=1)
    results = await _collect(mf.with_options(max_retries=5).send_many(_messages(instance_id, 30), concurrency=1))
    outcomes = Counter(r.outcome for r in results)
    assert outcomes == {"sent": 27, "unknown": 3}
    assert msgflash_sandbox.counters.received[SEND] == 30
    assert len(msgflash_sandbox.workspace().messages) == 27 + 2  # the two resets were created server-side


async def test_a_locally_invalid_message_fails_alone(mf: MsgFlash, msgflash_sandbox: Sandbox) -> None:
    """A message breaking the spec fails locally (nothing sent); its neighbours go out."""
    instance_id = await connected_instance_id(mf)
    batch = list(_messages(instance_id, 3))
    batch[1] = SendTextMessage(instance_id=instance_id, to="+33600000000", text="x" * 5000)
    results = {r.index: r for r in await _collect(mf.send_many(batch))}
    assert results[1].outcome == "failed"
    assert isinstance(results[1].error, InvalidRequestError)
    assert [results[0].outcome, results[2].outcome] == ["sent", "sent"]
    assert msgflash_sandbox.counters.received[SEND] == 2


async def test_leaving_early_cancels_what_is_in_flight(mf: MsgFlash, msgflash_sandbox: Sandbox) -> None:
    """Breaking out (with aclosing) cancels the sends in flight and leaves no task running."""
    instance_id = await connected_instance_id(mf)
    msgflash_sandbox.faults.add("latency", *SEND, times=None, latency=0.2)
    async with contextlib.aclosing(mf.send_many(_messages(instance_id, 1000), concurrency=10)) as results:
        async for _ in results:
            break
    await asyncio.sleep(0)
    ours = [t for t in asyncio.all_tasks() if t is not asyncio.current_task() and "_send_one" in repr(t)]
    assert ours == []
    assert msgflash_sandbox.counters.received[SEND] <= 20


def test_concurrency_must_be_positive() -> None:
    """A zero concurrency is refused when iteration starts, before any send."""
    client = MsgFlash("msgf_live_" + "a" * 64)

    async def start() -> None:
        await anext(client.send_many([], concurrency=0))

    with pytest.raises(InvalidRequestError, match="concurrency"):
        asyncio.run(start())
