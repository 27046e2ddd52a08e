"""Sessions: lazy, owned or borrowed, closed once, bound to one loop, no leaks, cancellation-safe."""

from __future__ import annotations

import asyncio
import gc
import threading
import warnings

import aiohttp
import pytest
from aiohttp import web

from msgflash_async import ClientStateError, MsgFlash

from .conftest import PERSONAL_KEY, Stub, json_reply


async def _ok(request: web.Request, n: int) -> web.Response:
    return json_reply(200, {"data": []})


def test_construction_needs_no_event_loop() -> None:
    """A client can be built at import time or in sync code: the session comes later, inside the loop."""
    client = MsgFlash(PERSONAL_KEY)
    assert client._engine.transport._session is None


async def test_aclose_is_idempotent_and_a_closed_client_says_so(stub: Stub) -> None:
    """aclose twice is fine; a call after it raises ClientStateError rather than a cryptic aiohttp error."""
    stub.reply = _ok
    client = stub.client()
    await client.instances.list()
    await client.aclose()
    await client.aclose()
    with pytest.raises(ClientStateError, match="closed"):
        await client.instances.list()


async def test_a_borrowed_session_is_used_and_never_closed(stub: Stub) -> None:
    """session=… is the user's: calls go through it and aclose leaves it open."""
    stub.reply = _ok
    async with aiohttp.ClientSession() as session:
        async with stub.client(session=session) as client:
            await client.instances.list()
        assert not session.closed
        assert client._engine.transport._session is None


async def test_with_options_shares_the_session_and_does_not_close_it(stub: Stub) -> None:
    """A scoped copy uses the original's session; closing the copy leaves the original working."""
    stub.reply = _ok
    async with stub.client() as client:
        await client.instances.list()
        copy = client.with_options(max_retries=0)
        await copy.instances.list()
        assert copy._engine.transport is client._engine.transport
        await copy.aclose()
        await client.instances.list()
    assert len(stub.seen) == 3


def test_use_from_a_second_event_loop_gives_a_clear_error(stub_url: str) -> None:
    """A client used in one loop refuses another loop with ClientStateError, not 'Event loop is closed'."""
    clients: list[MsgFlash] = []

    async def first_loop() -> None:
        async with aiohttp.ClientSession() as session:  # closed with its loop: nothing left to leak
            clients.append(MsgFlash(PERSONAL_KEY, base_url=stub_url, rate_limit=None, session=session))
            assert await clients[0].instances.list() == []

    async def second_loop() -> None:
        with pytest.raises(ClientStateError, match="another event loop"):
            await clients[0].instances.list()

    asyncio.run(first_loop())
    asyncio.run(second_loop())


async def test_a_thousand_create_close_cycles_leak_nothing(stub: Stub) -> None:
    """1000 × (create, one call, close): no ResourceWarning, no unclosed session, no task left behind."""
    stub.reply = _ok
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for _ in range(1000):
            async with stub.client() as client:
                await client.instances.list()
        gc.collect()
    assert len(stub.seen) == 1000
    ours = [t for t in asyncio.all_tasks() if t is not asyncio.current_task() and "RequestHandler" not in repr(t)]
    assert ours == []


async def test_cancelling_a_call_mid_request_leaves_the_client_usable(stub: Stub) -> None:
    """Cancel while the server is slow: CancelledError propagates; the next call works."""
    release = asyncio.Event()

    async def slow_then_ok(request: web.Request, n: int) -> web.Response:
        if n == 1:
            await release.wait()
        return json_reply(200, {"data": []})

    stub.reply = slow_then_ok
    async with stub.client() as client:
        task = asyncio.create_task(client.instances.list())
        while not stub.seen:  # noqa: ASYNC110 (the stub server has no event to wait on)
            await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        release.set()
        assert await client.instances.list() == []


@pytest.fixture
def stub_url() -> str:  # type: ignore[misc]
    """A stub server in its own thread and loop, for tests that run their own event loops."""
    ready = threading.Event()
    holder: dict[str, object] = {}

    def serve() -> None:
        async def main() -> None:
            app = web.Application()

            async def instances(request: web.Request) -> web.Response:
                return await _ok(request, 0)

            app.router.add_get("/api/v1/instances", instances)
            runner = web.AppRunner(app)
            await runner.setup()
            site = web.TCPSite(runner, "127.0.0.1", 0)
            await site.start()
            holder["url"] = f"http://127.0.0.1:{runner.addresses[0][1]}"
            holder["stop"] = stop = asyncio.Event()
            holder["loop"] = asyncio.get_running_loop()
            ready.set()
            await stop.wait()
            await runner.cleanup()

        asyncio.run(main())

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    ready.wait(5)
    yield holder["url"]
    loop = holder["loop"]
    loop.call_soon_threadsafe(holder["stop"].set)  # type: ignore[attr-defined]
    thread.join(5)
