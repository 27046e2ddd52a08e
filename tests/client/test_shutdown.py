"""`aclose()` finishes in bounded time: calls in flight get a grace period, then fail with ClientStateError."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from msgflash_async import ClientStateError, ConfigurationError, MsgFlash
from msgflash_async.models import Instance

from .conftest import PERSONAL_KEY, Stub

INSTANCE = json.loads(
    (Path(__file__).parents[1] / "contract" / "fixtures" / "responses" / "instances_get.200.json").read_text()
)
BODY = json.dumps(INSTANCE).encode()
HANG_UP = 60.0  # a bound only the failure (a hang) reaches; never how long the test takes


class Stalling:
    """Replies in full; for the ids in `stall_ids`, half the body, then the rest once `release` is set.

    `arrived` is set once `expect` requests have reached the server.
    """

    def __init__(self, stall_ids: set[str], expect: int = 1) -> None:
        self.release = asyncio.Event()
        self.arrived = asyncio.Event()
        self.stall_ids = stall_ids
        self.expect = expect

    async def __call__(self, request: web.Request, n: int) -> web.StreamResponse:
        release = self.release
        if n >= self.expect:
            self.arrived.set()
        response = web.StreamResponse(headers={"Content-Type": "application/json"})
        response.content_length = len(BODY)
        await response.prepare(request)
        if request.path.rsplit("/", 1)[-1] in self.stall_ids:
            await response.write(BODY[: len(BODY) // 2])
            await release.wait()
            await response.write(BODY[len(BODY) // 2 :])
        else:
            await response.write(BODY)
        await response.write_eof()
        return response


async def test_aclose_cuts_calls_stalled_mid_body_short(stub: Stub) -> None:
    """40 calls, 10 of them stalled mid-body: aclose() returns, the 30 succeed, the 10 fail with ClientStateError."""
    stalled = {f"slow{i}" for i in range(10)}
    ids = [f"fast{i}" for i in range(30)] + sorted(stalled)
    stub.reply = server = Stalling(stalled, expect=len(ids))
    client = stub.client(max_retries=0)
    calls = {i: asyncio.create_task(client.instances.get(i)) for i in ids}
    try:
        await asyncio.wait_for(server.arrived.wait(), HANG_UP)  # every request has reached the server
        await asyncio.wait([calls[i] for i in ids if i.startswith("fast")], timeout=HANG_UP)
        await asyncio.wait_for(client.aclose(grace=0.2), HANG_UP)
        _, pending = await asyncio.wait(calls.values(), timeout=HANG_UP)
        assert not pending
        for instance_id, call in calls.items():
            if instance_id in stalled:
                error = call.exception()
                assert isinstance(error, ClientStateError), error
                assert "closed while it was in flight" in str(error)
                assert error.may_have_been_sent is True
            else:
                assert isinstance(call.result(), Instance)
        with pytest.raises(ClientStateError, match="closed"):
            await client.instances.get("fast0")
    finally:
        server.release.set()


async def test_calls_that_finish_within_the_grace_period_succeed(stub: Stub) -> None:
    """A call mid-body when aclose() starts, released within the grace period, returns its result."""
    stub.reply = server = Stalling({"slow"})
    client = stub.client(max_retries=0)
    call = asyncio.create_task(client.instances.get("slow"))
    await asyncio.wait_for(server.arrived.wait(), HANG_UP)
    closing = asyncio.create_task(client.aclose(grace=HANG_UP))
    await asyncio.sleep(0.05)
    assert not closing.done()  # waiting for the call in flight
    with pytest.raises(ClientStateError):
        await client.instances.list()  # no new call once closing
    server.release.set()
    assert isinstance(await asyncio.wait_for(call, HANG_UP), Instance)
    await asyncio.wait_for(closing, HANG_UP)


async def test_calls_waiting_for_the_limiter_when_aclose_starts_still_go_out(stub: Stub) -> None:
    """Calls in flight get the grace period whatever they are waiting for: those queued for the rate limiter
    are sent when their turn comes, not refused as if they were new."""

    second = asyncio.Event()

    async def reply(request: web.Request, n: int) -> web.StreamResponse:
        if n == 2:
            second.set()
        return web.Response(body=BODY, content_type="application/json")

    stub.reply = reply
    client = stub.client(rate_limit=2, max_retries=0)  # two at once, then one per half second
    calls = [asyncio.create_task(client.instances.get(f"inst{i}")) for i in range(4)]
    await asyncio.wait_for(second.wait(), HANG_UP)  # the other two wait for the limiter
    await asyncio.wait_for(client.aclose(grace=HANG_UP), HANG_UP)
    assert all(isinstance(call.result(), Instance) for call in calls)
    assert len(stub.seen) == 4


async def test_a_retry_due_during_the_grace_period_goes_out(stub: Stub) -> None:
    """A call between two attempts when aclose() starts makes its retry, and returns its result."""

    first = asyncio.Event()

    async def reply(request: web.Request, n: int) -> web.StreamResponse:
        if n == 1:
            first.set()
            return web.Response(status=503, body=b'{"error": {"code": "UNAVAILABLE"}}', content_type="application/json")
        return web.Response(body=BODY, content_type="application/json")

    stub.reply = reply
    client = stub.client(max_retries=1)
    call = asyncio.create_task(client.instances.get("inst"))
    await asyncio.wait_for(first.wait(), HANG_UP)  # the call now waits out its back-off
    await asyncio.wait_for(client.aclose(grace=HANG_UP), HANG_UP)
    assert isinstance(call.result(), Instance)
    assert len(stub.seen) == 2


async def test_aclose_with_a_borrowed_session_cuts_calls_short_and_leaves_it_open(stub: Stub) -> None:
    """With a lent session the stalled call still fails in bounded time; the session stays usable."""
    stub.reply = server = Stalling({"slow"})
    async with aiohttp.ClientSession() as session:
        client = MsgFlash(PERSONAL_KEY, base_url=stub.base_url, rate_limit=None, session=session)
        call = asyncio.create_task(client.instances.get("slow"))
        await asyncio.wait_for(server.arrived.wait(), HANG_UP)
        try:
            await asyncio.wait_for(client.aclose(grace=0.1), HANG_UP)
            with pytest.raises(ClientStateError):
                await asyncio.wait_for(call, HANG_UP)
        finally:
            server.release.set()
        assert not session.closed


async def test_a_cancellation_of_the_callers_own_is_not_turned_into_an_error(stub: Stub) -> None:
    """A caller's own cancel() stays a CancelledError; only aclose()'s cut becomes ClientStateError."""
    stub.reply = server = Stalling({"slow"})
    async with stub.client() as client:
        call = asyncio.create_task(client.instances.get("slow"))
        await asyncio.wait_for(server.arrived.wait(), HANG_UP)
        call.cancel()
        with pytest.raises(asyncio.CancelledError):
            await call
        server.release.set()


@pytest.mark.parametrize("grace", [-1, "soon", True])
async def test_grace_must_be_a_non_negative_number(grace: object) -> None:
    """A negative or non-numeric grace is refused."""
    client = MsgFlash(PERSONAL_KEY)
    with pytest.raises(ConfigurationError, match="grace"):
        await client.aclose(grace=grace)  # type: ignore[arg-type]
