"""The clients under test, configured alike: one session, keep-alive, same headers, same connection limit."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Final

import aiohttp

from . import _payloads

if TYPE_CHECKING:
    from msgflash_async import MsgFlash

# What the SDK sends on every call, so that the raw baseline carries the same bytes.
RAW_HEADERS: Final = {"x-api-key": _payloads.API_KEY, "Accept": "application/json", "User-Agent": "bench"}


def sdk_client(base_url: str) -> MsgFlash:
    # Imported here so that the raw fan-out child never loads the SDK: its RSS is aiohttp's alone.
    from msgflash_async import MsgFlash

    # rate_limit=None: the overhead figures measure the client, not MsgFlash's 10 req/s budget.
    return MsgFlash(_payloads.API_KEY, base_url=base_url, rate_limit=None)


def raw_session() -> aiohttp.ClientSession:
    # The same connector settings as the SDK's transport, so both reuse connections alike.
    connector = aiohttp.TCPConnector(limit=100, limit_per_host=0, ttl_dns_cache=300)
    return aiohttp.ClientSession(connector=connector, headers=RAW_HEADERS)


async def raw_get_json(session: aiohttp.ClientSession, url: str) -> object:
    """The baseline a user writes by hand: GET, read the body, `json.loads` it."""
    async with session.get(url) as response:
        return json.loads(await response.read())


async def raw_post_json(session: aiohttp.ClientSession, url: str, body: object) -> object:
    """The hand-written POST: `json.dumps` the body, read and `json.loads` the answer."""
    data = json.dumps(body, separators=(",", ":")).encode()
    async with session.post(url, data=data, headers={"Content-Type": "application/json"}) as response:
        return json.loads(await response.read())
