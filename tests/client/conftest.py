"""Client fixtures: an SDK client on the sandbox, and a scriptable stub server for what the sandbox never does."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import attrs
import pytest
import pytest_asyncio
from aiohttp import web
from aiohttp.test_utils import TestServer

from msgflash_async import MsgFlash
from msgflash_async.testing import Sandbox, SandboxConfig

PERSONAL_KEY = "msgf_live_" + "0123456789abcdef" * 4
TEAM_KEY = "msgf_team_Abc123Def456Ghi789"
TEAM_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"


@pytest_asyncio.fixture
async def mf(msgflash_sandbox: Sandbox) -> AsyncIterator[MsgFlash]:
    """A personal-key client on the sandbox; no client-side limiter so tests run at full speed."""
    async with MsgFlash(msgflash_sandbox.personal_key, base_url=msgflash_sandbox.base_url, rate_limit=None) as client:
        yield client


@pytest_asyncio.fixture
async def team_mf(msgflash_sandbox: Sandbox) -> AsyncIterator[MsgFlash]:
    """A team-key client on the sandbox's team workspace."""
    sb = msgflash_sandbox
    async with MsgFlash(sb.team_key, team_id=sb.team_id, base_url=sb.base_url, rate_limit=None) as client:
        yield client


async def connected_instance_id(client: MsgFlash) -> str:
    """The id of the workspace's connected instance (the sandbox seeds one)."""
    return next(i.id for i in await client.instances.list() if i.status == "connected")


@attrs.define
class Seen:
    """One request as the stub server received it."""

    method: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: bytes


Reply = Callable[[web.Request, int], Awaitable[web.StreamResponse]]


@attrs.define
class Stub:
    """A real aiohttp server on 127.0.0.1 whose replies a test scripts, recording every request."""

    server: TestServer
    seen: list[Seen] = attrs.Factory(list)
    reply: Reply | None = None

    @property
    def base_url(self) -> str:
        return str(self.server.make_url("")).rstrip("/")

    def client(self, **options: Any) -> MsgFlash:
        options.setdefault("rate_limit", None)
        return MsgFlash(PERSONAL_KEY, base_url=self.base_url, **options)


def json_reply(status: int, payload: object, headers: dict[str, str] | None = None) -> web.Response:
    """A JSON response as MsgFlash sends them."""
    return web.Response(status=status, text=json.dumps(payload), content_type="application/json", headers=headers)


@pytest_asyncio.fixture
async def stub() -> AsyncIterator[Stub]:
    """The scriptable stub server: set `stub.reply` to an async function of (request, call number)."""
    holder: list[Stub] = []

    async def handle(request: web.Request) -> web.StreamResponse:
        current = holder[0]
        body = await request.read()
        current.seen.append(
            Seen(request.method, request.path, list(request.query.items()), dict(request.headers), body)
        )
        assert current.reply is not None, "the test did not script a reply"
        return await current.reply(request, len(current.seen))

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handle)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    holder.append(Stub(server))
    try:
        yield holder[0]
    finally:
        await server.close()


@pytest_asyncio.fixture
async def msgflash_sandbox(request: pytest.FixtureRequest) -> AsyncIterator[Sandbox]:
    """The plugin's sandbox, but with no server-side rate limit unless a test's marker asks for one."""
    marker = request.node.get_closest_marker("msgflash_sandbox")
    options: dict[str, Any] = {"rate_limit_per_second": None}
    options.update(marker.kwargs if marker is not None else {})
    async with Sandbox(SandboxConfig(**options)) as sb:
        yield sb
    assert not sb.internal_errors, f"the sandbox raised internally: {sb.internal_errors!r}"
