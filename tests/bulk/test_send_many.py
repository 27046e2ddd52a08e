"""send_many: one result per input, nothing sent twice, early stop without silent loss, flat memory."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator, Iterator

import pytest

from msgflash_async import ClientStateError, InvalidRequestError, MsgFlash, QuotaExceededError
from msgflash_async.bulk import SendResult
from msgflash_async.models import SendTextMessage
from msgflash_async.testing import PLAN_PRO, Sandbox

from .conftest import SEND


def _messages(instance_id: str, count: int, pulled: list[int] | None = None) -> Iterator[SendTextMessage]:
    for n in range(count):
        if pulled is not None:
            pulled.append(n)
        yield SendTextMessage(instance_id=instance_id, to=f"+3365{n:07d}", text=f"message {n}")


async def _collect(results: AsyncIterator[SendResult]) -> list[SendResult]:
    return [result async for result in results]


async def test_every_input_is_sent_once_with_one_result(mf: MsgFlash, sb: Sandbox) -> None:
    """300 inputs → 300 results, indices 0..299 once each, 300 messages on the server."""
    instance_id = sb.workspace().connected_instance.id
    results = await _collect(mf.send_many(_messages(instance_id, 300), concurrency=16))
    assert sorted(r.index for r in results) == list(range(300))
    assert Counter(r.outcome for r in results) == {"accepted": 300}
    assert {r.message.to for r in results if r.message} == {f"+3365{n:07d}" for n in range(300)}
    assert sb.counters.handled[SEND] == 300


async def test_inputs_are_pulled_lazily(mf: MsgFlash, sb: Sandbox) -> None:
    """Never more than `concurrency` inputs are pulled ahead of the results handed out."""
    instance_id = sb.workspace().connected_instance.id
    pulled: list[int] = []
    ahead = 0
    async for result in mf.send_many(_messages(instance_id, 100, pulled), concurrency=8):
        ahead = max(ahead, len(pulled) - (result.index + 1))
    assert len(pulled) == 100
    assert ahead <= 8 + 8  # at most one full window of sends in flight, plus the finished batch


async def test_async_iterables_are_accepted(mf: MsgFlash, sb: Sandbox) -> None:
    """An async generator of messages works the same way."""
    instance_id = sb.workspace().connected_instance.id

    async def stream() -> AsyncIterator[SendTextMessage]:
        for message in _messages(instance_id, 20):
            await asyncio.sleep(0)
            yield message

    assert Counter(r.outcome for r in await _collect(mf.send_many(stream()))) == {"accepted": 20}


async def test_quota_stops_the_batch_and_skips_the_rest_visibly(mf: MsgFlash, sb: Sandbox) -> None:
    """Outbound quota of 10 for 50 inputs: 10 sent, the quota failures reported, every other input skipped."""
    sb.set_plan(PLAN_PRO.evolve(monthly_outbound_quota=10))
    instance_id = sb.workspace().connected_instance.id
    results = await _collect(mf.send_many(_messages(instance_id, 50), concurrency=4))
    outcomes = Counter(r.outcome for r in results)
    assert sorted(r.index for r in results) == list(range(50))
    assert outcomes["accepted"] == 10
    assert outcomes["failed"] >= 1
    assert all(isinstance(r.error, QuotaExceededError) for r in results if r.outcome == "failed")
    assert outcomes["skipped"] == 50 - 10 - outcomes["failed"]
    skipped = next(r for r in results if r.outcome == "skipped")
    assert "MONTHLY_OUTBOUND_QUOTA_EXCEEDED" in str(skipped.reason)
    assert sb.counters.handled[SEND] == 10 + outcomes["failed"]


async def test_may_have_been_sent_is_unknown_and_never_resent(mf: MsgFlash, sb: Sandbox) -> None:
    """A reset after the server acted and a 502 give `unknown`; the server saw each input exactly once."""
    instance_id = sb.workspace().connected_instance.id
    sb.faults.add("reset_after", *SEND, times=2)
    sb.faults.status(502, "PROVIDER_UNAVAILABLE", *SEND, times=1)
    results = await _collect(mf.with_options(max_retries=5).send_many(_messages(instance_id, 30), concurrency=1))
    outcomes = Counter(r.outcome for r in results)
    assert outcomes == {"accepted": 27, "unknown": 3}
    assert sb.counters.received[SEND] == 30
    assert len(sb.workspace().messages) == 27 + 2  # the two resets were created server-side


async def test_a_locally_invalid_message_fails_alone(mf: MsgFlash, sb: Sandbox) -> None:
    """A message breaking the spec fails locally (nothing sent); its neighbours go out."""
    instance_id = sb.workspace().connected_instance.id
    batch = list(_messages(instance_id, 3))
    batch[1] = SendTextMessage(instance_id=instance_id, to="+33600000000", text="x" * 5000)
    results = {r.index: r for r in await _collect(mf.send_many(batch))}
    assert results[1].outcome == "failed"
    assert isinstance(results[1].error, InvalidRequestError)
    assert [results[0].outcome, results[2].outcome] == ["accepted", "accepted"]
    assert sb.counters.received[SEND] == 2


async def test_leaving_early_settles_what_is_in_flight(mf: MsgFlash, sb: Sandbox) -> None:
    """Breaking out and closing: sends in flight finish and land in `unreported`; no task is left running."""
    instance_id = sb.workspace().connected_instance.id
    sb.faults.add("latency", *SEND, times=None, latency=0.2)
    async with mf.send_many(_messages(instance_id, 1000), concurrency=10) as results:
        first = await anext(results)
    await asyncio.sleep(0)
    ours = [t for t in asyncio.all_tasks() if t is not asyncio.current_task() and "_send_one" in repr(t)]
    assert ours == []
    every = [first, *results.unreported]
    assert sorted(r.index for r in every) == list(range(len(every)))  # each pulled input: one result
    assert len(every) <= 20
    assert Counter(r.outcome for r in every) == {"accepted": len(every)}
    assert sb.counters.handled[SEND] == len(every)


async def test_one_run_has_one_consumer_at_a_time(mf: MsgFlash, sb: Sandbox) -> None:
    """A second task waiting on the same run's results is refused; the first still gets every result."""
    instance_id = sb.workspace().connected_instance.id
    sb.faults.add("latency", *SEND, times=None, latency=0.2)
    async with mf.send_many(_messages(instance_id, 3)) as results:
        first = asyncio.create_task(anext(results))
        await asyncio.sleep(0.05)  # it is waiting: no send has finished yet
        with pytest.raises(ClientStateError, match="another task"):
            await anext(results)
        rest = [await first, *[result async for result in results]]
    assert sorted(r.index for r in rest) == [0, 1, 2]


def test_concurrency_must_be_positive() -> None:
    """A zero concurrency is refused at the call, before any send."""
    client = MsgFlash("msgf_live_" + "a" * 64)
    with pytest.raises(InvalidRequestError, match="concurrency"):
        client.send_many([], concurrency=0)
