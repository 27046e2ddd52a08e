"""The SDK's own connections read a response 64 KiB at a time (`_transport._READ_SIZE`), over TCP and TLS.

asyncio asks for 256 KiB per read, which glibc serves with mmap(): every response, however small, then costs
a map, a remap, an unmap and two page faults. The SDK's connector sets the read size as it hands a connection
out; a body larger than that simply takes several reads.
"""

from __future__ import annotations

import json
import ssl
import types
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
import pytest_asyncio
import trustme
from aiohttp import web

from msgflash_async import _transport
from msgflash_async._deadlines import ReadDeadlines

from .conftest import Stub, json_reply

ASYNCIO_READ_SIZE = 256 * 1024
INSTANCE = json.loads(
    (Path(__file__).parents[1] / "contract" / "fixtures" / "responses" / "instances_get.200.json").read_text()
)["data"]
MANY = 1_000  # instances in one reply: about 250 KB, so several reads of 64 KiB
BIG_BODY = b"x" * (5 * _transport._READ_SIZE + 123)


def _record_transports(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The transports the connector tunes, in order (the tuning itself still runs)."""
    seen: list[object] = []
    tune = _transport._read_in_heap_sized_chunks

    def recording(transport: object) -> None:
        seen.append(transport)
        tune(transport)  # type: ignore[arg-type]

    monkeypatch.setattr(_transport, "_read_in_heap_sized_chunks", recording)
    return seen


async def test_our_connections_read_64_kib_at_a_time_and_large_bodies_arrive_whole(
    stub: Stub, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = _record_transports(monkeypatch)
    instances = [{**INSTANCE, "id": f"inst_{n:05d}"} for n in range(MANY)]

    async def reply(request: web.Request, n: int) -> web.StreamResponse:
        return json_reply(200, {"data": instances})

    stub.reply = reply
    async with stub.client() as client:
        for _ in range(2):  # the second call reuses the pooled connection, already tuned
            listed = await client.instances.list()
            assert [instance.id for instance in listed] == [instance["id"] for instance in instances]
    assert len(seen) == 2
    assert seen[0] is seen[1]
    assert getattr(seen[0], "max_size", None) == _transport._READ_SIZE
    # asyncio's default stays as it was, for everyone else's connections
    assert getattr(type(seen[0]), "max_size", None) == ASYNCIO_READ_SIZE


@pytest_asyncio.fixture
async def tls_server() -> AsyncIterator[tuple[str, ssl.SSLContext]]:
    """A real HTTPS server on 127.0.0.1 with a certificate of a throwaway CA; its URL and a context trusting it."""
    authority = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(server_context)
    client_context = ssl.create_default_context()
    authority.configure_trust(client_context)

    async def big(request: web.Request) -> web.Response:
        return web.Response(body=BIG_BODY, content_type="application/octet-stream")

    app = web.Application()
    app.router.add_get("/big", big)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, ssl_context=server_context)
    await site.start()
    port = runner.addresses[0][1]
    try:
        yield f"https://127.0.0.1:{port}/big", client_context
    finally:
        await runner.cleanup()


async def test_over_tls_the_ssl_protocol_reads_64_kib_at_a_time(
    tls_server: tuple[str, ssl.SSLContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over TLS the socket is read into the SSL protocol's own buffer; the decrypted bytes are what it reads
    in `max_size` pieces, so that is the size set."""
    url, trust = tls_server
    seen = _record_transports(monkeypatch)
    connector = _transport._Connector(ReadDeadlines(), ssl=trust)
    async with aiohttp.ClientSession(connector=connector) as session, session.get(url) as response:
        assert await response.read() == BIG_BODY
    [transport] = seen
    ssl_protocol = getattr(transport, "_ssl_protocol", None)
    assert getattr(ssl_protocol, "max_size", None) == _transport._READ_SIZE


def test_transports_without_a_read_size_are_left_alone() -> None:
    """uvloop's transports (and anything else not asyncio's) have no `max_size`: nothing to set, no error."""
    foreign = types.SimpleNamespace()
    _transport._read_in_heap_sized_chunks(foreign)  # type: ignore[arg-type]
    _transport._read_in_heap_sized_chunks(None)
    assert vars(foreign) == {}
    smaller = types.SimpleNamespace(max_size=4096)  # already below ours: not raised
    _transport._read_in_heap_sized_chunks(smaller)  # type: ignore[arg-type]
    assert smaller.max_size == 4096
