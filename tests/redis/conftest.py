"""A real `redis-server` per test (private unix socket, no persistence) and a redis-py asyncio client on it."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator

import pytest
import pytest_asyncio
from redis.asyncio import Redis

from msgflash_async.testing.redis_server import RedisServer, redis_server_binary

PERSONAL_KEY = "msgf_live_" + "0123456789abcdef" * 4
OTHER_KEY = "msgf_live_" + "fedcba9876543210" * 4


@pytest.fixture
def redis_server() -> Iterator[RedisServer]:
    if redis_server_binary() is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server is missing on CI: .ci/run installs it (apt-get install redis-server)")
        pytest.skip("redis-server is not installed here (Debian: apt-get install redis-server)")
    with RedisServer() as server:
        yield server


@pytest_asyncio.fixture
async def redis(redis_server: RedisServer) -> AsyncIterator[Redis]:
    client = Redis.from_url(redis_server.url)
    yield client
    await client.aclose()
