"""Every way a bulk run breaks in real life still ends in exactly one result per input (issue 12's list).

Each test checks the results against the sandbox's own record: every message the server created has an
`accepted` or `unknown` result, and no `failed` or `skipped` input was created.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator, Iterator

import pytest

from msgflash_async import AcceptedButUnparsedError, InvalidRequestError, MsgFlash, ResponseValidationError
from msgflash_async.bulk import InputSourceError, Item, SendResult, UnexpectedSendError
from msgflash_async.models import SendTextMessage
from msgflash_async.testing import Sandbox

from .conftest import SEND, collect, created_per_recipient, items, phone


def assert_matches_server(results: list[SendResult], sb: Sandbox) -> None:
    """Created on the server ⇔ accepted (or unknown); one message per recipient at most."""
    created = created_per_recipient(sb)
    assert all(count == 1 for count in created.values()), created
    for result in results:
        to = result.request.to  # type: ignore[attr-defined]
        if result.outcome == "accepted":
            assert created.get(to) == 1, result
        elif result.outcome in ("failed", "skipped"):
            assert to not in created, result
    assert len(created) <= sum(r.outcome in ("accepted", "unknown") for r in results)


async def test_a_2xx_whose_body_does_not_parse_is_accepted_with_its_raw_body(
    mf: MsgFlash, sb: Sandbox, instance_id: str
) -> None:
    """3 truncated 201 bodies among 20 sends: 20 accepted, 3 of them carrying the error, raw body and id."""
    sb.faults.add("truncated_json", *SEND, times=3, truncate="body")
    results = await collect(mf.send_many(items(instance_id, 20), concurrency=4))
    assert Counter(r.outcome for r in results) == {"accepted": 20}
    unparsed = [r for r in results if r.error is not None]
    assert len(unparsed) == 3
    for result in unparsed:
        assert isinstance(result.error, ResponseValidationError)
        assert result.raw is not None
        assert result.raw.startswith(b'{"data"')
        assert result.message_id in sb.workspace().messages
    assert len(sb.workspace().messages) == 20
    assert_matches_server(results, sb)


async def test_an_unencodable_input_fails_alone_before_any_io(mf: MsgFlash, sb: Sandbox, instance_id: str) -> None:
    """bytes in `text` (row 7 of 20): that row `failed` with InvalidRequestError, never sent; 19 accepted."""
    rows = items(instance_id, 20)
    rows[7] = Item("row-7", SendTextMessage(instance_id=instance_id, to=phone(7), text=b"not text"))  # type: ignore[arg-type]
    results = {r.key: r for r in await collect(mf.send_many(rows, concurrency=4))}
    assert len(results) == 20
    assert results["row-7"].outcome == "failed"
    assert isinstance(results["row-7"].error, InvalidRequestError)
    assert "$.text" in str(results["row-7"].error)  # the request check names the offending member
    assert Counter(r.outcome for r in results.values()) == {"accepted": 19, "failed": 1}
    assert sb.counters.received[SEND] == 19
    assert_matches_server(list(results.values()), sb)


async def test_inputs_that_are_not_send_requests_fail_alone(mf: MsgFlash, sb: Sandbox, instance_id: str) -> None:
    """A dict and a duplicated key are refused as that input's result; the run goes on."""
    rows: list[object] = [*items(instance_id, 5), {"to": "+33600000000"}, items(instance_id, 1)[0]]
    results = await collect(mf.send_many(rows))  # type: ignore[arg-type]
    by_index = {r.index: r for r in results}
    assert Counter(r.outcome for r in results) == {"accepted": 5, "failed": 2}
    assert "not a Send" in str(by_index[5].error)
    assert "already used" in str(by_index[6].error)
    assert sb.counters.received[SEND] == 5


async def test_a_key_that_looks_like_an_index_is_still_a_key(mf: MsgFlash, sb: Sandbox, instance_id: str) -> None:
    """`Item("0", …)` first and again later: the repeat is refused, though the first key equals its index."""
    first, second = items(instance_id, 2)
    rows = [Item("0", first.message), Item("0", second.message)]
    results = {r.index: r for r in await collect(mf.send_many(rows))}
    assert results[0].outcome == "accepted"
    assert results[1].outcome == "failed"
    assert "already used" in str(results[1].error)
    assert sb.counters.received[SEND] == 1


async def test_an_input_source_that_raises_gets_every_result_first(mf: MsgFlash, sb: Sandbox, instance_id: str) -> None:
    """The iterator raises after 15 rows, sends still in flight: 15 results, then InputSourceError."""
    sb.faults.add("latency", *SEND, times=None, latency=0.05)

    def rows() -> Iterator[Item]:
        yield from items(instance_id, 15)
        raise OSError("disk read error")

    seen: list[SendResult] = []

    async def consume() -> None:
        async with mf.send_many(rows(), concurrency=8) as run:
            async for result in run:
                seen.append(result)

    with pytest.raises(InputSourceError, match="disk read error"):
        await consume()
    assert Counter(r.outcome for r in seen) == {"accepted": 15}
    assert len(sb.workspace().messages) == 15
    assert_matches_server(seen, sb)


async def test_results_stream_while_the_input_source_stalls(mf: MsgFlash, sb: Sandbox, instance_id: str) -> None:
    """An async source yields 3 rows, then never again: the 3 results still come out; closing ends the run."""
    never = asyncio.Event()

    async def rows() -> AsyncIterator[Item]:
        for item in items(instance_id, 3):
            yield item
        await never.wait()

    run = mf.send_many(rows())
    got = [await anext(run) for _ in range(3)]
    await run.aclose()
    assert Counter(r.outcome for r in got) == {"accepted": 3}
    assert run.unreported == []
    assert len(sb.workspace().messages) == 3


async def test_cancelling_the_consumer_leaves_every_input_with_a_result(
    mf: MsgFlash, sb: Sandbox, instance_id: str
) -> None:
    """The consuming task is cancelled mid-run: what it saw plus `unreported` covers every pulled input."""
    sb.faults.add("latency", *SEND, times=None, latency=0.1)
    seen: list[SendResult] = []
    first = asyncio.Event()
    run = mf.send_many(items(instance_id, 200), concurrency=10)

    async def consume() -> None:
        async for result in run:
            seen.append(result)
            first.set()

    task = asyncio.create_task(consume())
    await first.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await run.aclose()
    every = seen + run.unreported
    assert sorted(r.index for r in every) == list(range(len(every)))
    assert 1 <= len(every) <= 200
    assert_matches_server(every, sb)


async def test_sends_still_in_flight_after_the_grace_are_unknown(mf: MsgFlash, sb: Sandbox, instance_id: str) -> None:
    """Closing with no grace: the sends in flight are cancelled and reported `unknown`, never dropped."""
    sb.faults.add("latency", *SEND, times=None, latency=5.0)
    run = mf.send_many(items(instance_id, 50), concurrency=5)
    waiting = asyncio.create_task(anext(run))
    await sb.wait_for(lambda: sb.counters.received[SEND] >= 5)
    waiting.cancel()
    await run.aclose(grace=0)
    assert Counter(r.outcome for r in run.unreported) == {"unknown": 5}
    assert all("may have reached" in str(r.reason) for r in run.unreported)


async def test_an_unexpected_error_after_a_2xx_is_still_accepted(
    mf: MsgFlash, sb: Sandbox, instance_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug past the 2xx (here: in parsing) cannot turn a created message into a failure: accepted, raw kept."""

    def broken(*_: object) -> object:
        raise RuntimeError("parser bug")

    monkeypatch.setattr("msgflash_async._client.structure", broken)
    [result] = await collect(mf.send_many(items(instance_id, 1)))
    assert result.outcome == "accepted"
    assert isinstance(result.error, AcceptedButUnparsedError)
    assert isinstance(result.error.__cause__, RuntimeError)
    assert result.message_id in sb.workspace().messages
    assert result.raw is not None
    assert len(sb.workspace().messages) == 1


async def test_an_unexpected_error_before_any_answer_is_unknown(
    mf: MsgFlash, sb: Sandbox, instance_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Something the SDK does not map, with no answer seen: it may have left, so `unknown`, with the cause."""

    async def broken(*_: object, **__: object) -> object:
        raise RuntimeError("transport bug")

    monkeypatch.setattr("msgflash_async._transport.Transport.send", broken)
    [result] = await collect(mf.send_many(items(instance_id, 1)))
    assert result.outcome == "unknown"
    assert isinstance(result.error, UnexpectedSendError)
    assert isinstance(result.error.__cause__, RuntimeError)


async def test_an_unexpected_error_on_an_input_that_cannot_be_encoded_is_failed(
    mf: MsgFlash, instance_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Encoding precedes any I/O: an input the encoder refuses was never sent, whatever else went wrong."""

    async def broken(*_: object, **__: object) -> object:
        raise TypeError("unexpected")

    monkeypatch.setattr("msgflash_async._client._Engine.call", broken)
    lone_surrogate = SendTextMessage(instance_id=instance_id, to=phone(1), text="\ud800")
    [result] = await collect(mf.send_many([Item("row-1", lone_surrogate)]))
    assert result.outcome == "failed"
    assert isinstance(result.error, InvalidRequestError)
    assert "cannot be encoded" in str(result.error)
