"""The read timeout, kept by one timer per client (`_deadlines.ReadDeadlines`), against a real server.

It starts once a request has its connection, starts again for the body once the headers have come, and a
cancellation that is not its own always goes through.
"""

from __future__ import annotations

import asyncio
import time

import aiohttp
import pytest
from aiohttp import web

from msgflash_async import APITimeoutError, MsgFlash, Timeouts
from msgflash_async._deadlines import ReadDeadlines

from .conftest import PERSONAL_KEY, Stub, json_reply

EMPTY_LIST = b'{"data": []}'


async def _headers_then_stall(request: web.Request, stall: float) -> web.StreamResponse:
    response = web.StreamResponse(status=200, headers={"Content-Type": "application/json"})
    response.content_length = len(EMPTY_LIST)
    await response.prepare(request)
    await asyncio.sleep(stall)
    await response.write(EMPTY_LIST)
    return response


async def test_a_stalled_body_times_out(stub: Stub) -> None:
    """The headers came in time, the body did not: a read timeout, after the response started."""

    async def reply(request: web.Request, n: int) -> web.StreamResponse:
        return await _headers_then_stall(request, 2.0)

    stub.reply = reply
    async with stub.client(timeout=Timeouts(read=0.2), max_retries=0) as client:
        with pytest.raises(APITimeoutError, match=r"read timeout of 0\.2 s") as caught:
            await client.instances.list()
    assert caught.value.may_have_been_sent
    assert len(stub.seen) == 1


async def test_a_body_dripped_past_the_read_timeout_in_all_times_out(stub: Stub) -> None:
    """Each chunk comes well within `read`, but the body as a whole does not: the body's time is bounded."""

    async def reply(request: web.Request, n: int) -> web.StreamResponse:
        response = web.StreamResponse(status=200, headers={"Content-Type": "application/json"})
        response.content_length = len(EMPTY_LIST)
        await response.prepare(request)
        for byte in EMPTY_LIST:
            await response.write(bytes([byte]))
            await asyncio.sleep(0.1)
        return response

    stub.reply = reply
    async with stub.client(timeout=Timeouts(read=0.5), max_retries=0) as client:
        with pytest.raises(APITimeoutError, match="read timeout"):
            await client.instances.list()


async def test_a_slow_but_timely_body_is_read(stub: Stub) -> None:
    async def reply(request: web.Request, n: int) -> web.StreamResponse:
        return await _headers_then_stall(request, 0.1)

    stub.reply = reply
    async with stub.client(timeout=Timeouts(read=2), max_retries=0) as client:
        assert await client.instances.list() == []


async def test_the_body_has_its_own_read_timeout_from_the_headers(stub: Stub) -> None:
    """0.5 s to the headers, 0.5 s more to the body, read=0.8: each wait is within it, though not both."""

    async def reply(request: web.Request, n: int) -> web.StreamResponse:
        await asyncio.sleep(0.5)
        return await _headers_then_stall(request, 0.5)

    stub.reply = reply
    async with stub.client(timeout=Timeouts(read=0.8), max_retries=0) as client:
        assert await client.instances.list() == []


async def test_waiting_for_a_pooled_connection_is_not_reading(stub: Stub) -> None:
    """With all 100 pooled connections busy for 0.6 s, a call with read=0.3 waits for one, then is answered."""
    all_busy, release = asyncio.Event(), asyncio.Event()

    async def reply(request: web.Request, n: int) -> web.Response:
        if n <= 100:
            if n == 100:
                all_busy.set()
            await release.wait()
        return json_reply(200, {"data": []})

    stub.reply = reply
    async with stub.client(max_retries=0) as client:
        busy = [asyncio.create_task(client.instances.list()) for _ in range(100)]
        await all_busy.wait()
        quick = asyncio.create_task(client.with_options(timeout=Timeouts(read=0.3)).instances.list())
        await asyncio.sleep(0.6)
        assert not quick.done()  # still waiting for a connection: not timed out
        release.set()
        assert await quick == []
        assert await asyncio.gather(*busy) == [[]] * 100


async def test_a_shorter_read_timeout_is_kept_while_a_longer_one_is_pending(stub: Stub) -> None:
    """One timer serves every call of the client: a copy's shorter timeout is not held back by a longer one."""

    first_arrived = asyncio.Event()

    async def reply(request: web.Request, n: int) -> web.StreamResponse:
        first_arrived.set()
        return await _headers_then_stall(request, 5.0 if n == 1 else 3.0)

    stub.reply = reply
    async with stub.client(timeout=Timeouts(read=30), max_retries=0) as client:
        slow = asyncio.create_task(client.instances.list())
        await first_arrived.wait()
        started = time.perf_counter()
        with pytest.raises(APITimeoutError):
            await client.with_options(timeout=Timeouts(read=0.2)).instances.list()
        assert time.perf_counter() - started < 2.5  # the 3 s reply was not waited for
        assert not slow.done()  # the other call was left alone
        assert await slow == []


async def test_a_cancellation_that_is_not_the_timeout_goes_through(stub: Stub) -> None:
    arrived = asyncio.Event()

    async def reply(request: web.Request, n: int) -> web.StreamResponse:
        arrived.set()
        return await _headers_then_stall(request, 2.0)

    stub.reply = reply
    async with stub.client(timeout=Timeouts(read=0.3), max_retries=0) as client:
        call = asyncio.create_task(client.instances.list())
        await arrived.wait()
        call.cancel()
        with pytest.raises(asyncio.CancelledError):
            await call
        # The client goes on: its timer still serves the next call.
        with pytest.raises(APITimeoutError):
            await client.instances.list()


async def test_cancelled_by_someone_else_at_the_deadline_stays_cancelled() -> None:
    """The timer and the caller cancel the task before it runs again: the caller's cancellation wins."""
    deadlines = ReadDeadlines()
    entered = asyncio.Event()

    async def reading() -> None:
        task = asyncio.current_task()
        assert task is not None
        deadlines.expect(task, 0.0)  # due at once: the timer fires in the loop's next round
        deadlines.start(task)
        entered.set()
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            if not deadlines.timed_out(task):
                raise
        finally:
            deadlines.done(task)

    task = asyncio.create_task(reading())
    await entered.wait()
    task.cancel()  # in the same round of the loop as the timer, which runs right after this task
    with pytest.raises(asyncio.CancelledError):
        await task
    deadlines.close()


async def test_a_borrowed_session_keeps_aiohttps_read_timeout(stub: Stub) -> None:
    """The SDK cannot see a lent session's connections: its requests keep aiohttp's `sock_read`."""

    async def reply(request: web.Request, n: int) -> web.StreamResponse:
        return await _headers_then_stall(request, 2.0)

    stub.reply = reply
    async with aiohttp.ClientSession() as session:
        client = MsgFlash(
            PERSONAL_KEY, base_url=stub.base_url, rate_limit=None, session=session, timeout=Timeouts(read=0.2)
        )
        async with client:
            with pytest.raises(APITimeoutError, match="SocketTimeoutError"):
                await client.with_options(max_retries=0).instances.list()
