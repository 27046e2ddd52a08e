"""Replicas of a FastAPI app behind one webhook URL share a RedisDeduplicator: each event is handled once.

The apps are real FastAPI apps with the SDK's router, called through ASGI (`testing.deliver`), and the
de-duplication state lives in a real redis-server: what two replicas of a deployment share.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from fastapi import FastAPI
from redis.asyncio import Redis

from msgflash_async.redis import RedisDeduplicator
from msgflash_async.testing import deliver, message_status_payload
from msgflash_async.testing.redis_server import RedisServer
from msgflash_async.webhooks import Event, MessageStatusEvent, webhook_router

SECRET = "whsec_" + "ab" * 24


def replica(redis: Redis, handled: list[tuple[str, str]], name: str, fail: Callable[[], bool]) -> FastAPI:
    """One replica: its handler records (replica, message id), or raises while `fail()` says so."""

    async def on_event(event: Event) -> None:
        await asyncio.sleep(0.05)  # long enough for the other replica's copy to arrive while this one runs
        if fail():
            raise RuntimeError("database down")
        assert isinstance(event, MessageStatusEvent)
        handled.append((name, str(event.message_id)))

    app = FastAPI()
    app.include_router(webhook_router(SECRET, on_event, deduplicator=RedisDeduplicator(redis, lease=5.0)))
    return app


async def test_a_delivery_reaching_two_replicas_at_once_is_handled_once(redis_server: RedisServer) -> None:
    handled: list[tuple[str, str]] = []
    async with Redis.from_url(redis_server.url) as redis_a, Redis.from_url(redis_server.url) as redis_b:
        apps = [replica(redis_a, handled, "a", lambda: False), replica(redis_b, handled, "b", lambda: False)]
        payloads = [message_status_payload(f"msg_{n}", "delivered") for n in range(10)]
        answers = await asyncio.gather(*(deliver(app, payload, secret=SECRET) for payload in payloads for app in apps))
    assert [answer.status for answer in answers] == [200] * 20  # the copy that lost the claim is acknowledged
    assert sorted(message for _, message in handled) == sorted(f"msg_{n}" for n in range(10))  # once each


async def test_a_failing_replica_releases_the_event_for_the_redelivery(redis_server: RedisServer) -> None:
    handled: list[tuple[str, str]] = []
    async with Redis.from_url(redis_server.url) as redis_a, Redis.from_url(redis_server.url) as redis_b:
        broken, healthy = replica(redis_a, handled, "a", lambda: True), replica(redis_b, handled, "b", lambda: False)
        payload = message_status_payload("msg_1", "read")
        first = await deliver(broken, payload, secret=SECRET)
        redelivered = await deliver(healthy, payload, secret=SECRET)
        again = await deliver(broken, payload, secret=SECRET)
    assert (first.status, redelivered.status, again.status) == (500, 200, 200)
    assert handled == [("b", "msg_1")]  # the re-delivery ran on the other replica; the third copy was a duplicate
