"""The webhook router's once-per-event contract, driven through `msgflash_async.testing.deliver` (no network)."""

from __future__ import annotations

import asyncio
import logging

import pytest
from fastapi import FastAPI

from msgflash_async import ConfigurationError
from msgflash_async.testing import Sandbox, deliver, message_status_payload
from msgflash_async.webhooks import DeliveryDeduplicator, Event, MemoryDeduplicator, webhook_router

SECRET = "whsec_router_test"


def app_with(handler: object, secrets: object = SECRET, **options: object) -> FastAPI:
    app = FastAPI()
    app.include_router(webhook_router(secrets, handler, **options))  # type: ignore[arg-type]
    return app


async def test_a_failing_handler_is_released_and_the_redelivery_processed(caplog: pytest.LogCaptureFixture) -> None:
    """First attempt raises: 500, logged with the delivery id and not the secret; the re-delivery runs again."""
    calls: list[str] = []

    def handler(event: Event) -> None:
        calls.append(event.event)
        if len(calls) == 1:
            raise RuntimeError("database down")

    app = app_with(handler)
    payload = message_status_payload("msg_9", "delivered")
    with caplog.at_level(logging.ERROR, logger="msgflash_async.webhooks"):
        assert (await deliver(app, payload, secret=SECRET)).status == 500
    assert (await deliver(app, payload, secret=SECRET)).status == 200
    assert (await deliver(app, payload, secret=SECRET)).status == 200  # now seen: not run a third time
    assert calls == ["message.delivered", "message.delivered"]
    [record] = [r for r in caplog.records if r.levelno >= logging.ERROR]  # (another test may have set DEBUG)
    assert "message.delivered" in record.getMessage()
    assert "msg_9" in record.getMessage()
    assert record.exc_info is not None
    assert SECRET not in caplog.text
    assert "sha256=" not in caplog.text


async def test_a_delivery_in_progress_is_not_run_twice() -> None:
    """Two copies arrive at once: the second is acknowledged without running the handler."""
    started, release = asyncio.Event(), asyncio.Event()
    calls = 0

    async def handler(event: Event) -> None:
        nonlocal calls
        calls += 1
        started.set()
        await release.wait()

    app = app_with(handler)
    payload = message_status_payload("msg_1", "read")
    first = asyncio.create_task(deliver(app, payload, secret=SECRET))
    await started.wait()
    assert (await deliver(app, payload, secret=SECRET)).status == 200
    release.set()
    assert (await first).status == 200
    assert calls == 1


async def test_secrets_from_an_async_callable_rotate_without_a_new_router() -> None:
    """The callable is read per delivery: the new secret verifies once it is returned, the old one stops."""
    current = ["whsec_old"]

    async def secrets() -> list[str]:
        return list(current)

    events: list[Event] = []
    app = app_with(events.append, secrets)
    assert (await deliver(app, message_status_payload("m", "sent"), secret="whsec_old")).status == 200
    current[:] = ["whsec_new"]
    assert (await deliver(app, message_status_payload("m", "delivered"), secret="whsec_old")).status == 401
    assert (await deliver(app, message_status_payload("m", "read"), secret="whsec_new")).status == 200
    assert [e.event for e in events] == ["message.sent", "message.read"]


async def test_no_secret_is_refused_up_front_and_an_empty_callable_answers_503() -> None:
    with pytest.raises(ConfigurationError, match="webhook secret"):
        webhook_router([], print)
    with pytest.raises(ConfigurationError):
        webhook_router("", print)
    app = app_with(print, list)
    assert (await deliver(app, message_status_payload("m", "sent"), secret="anything")).status == 503


async def test_a_custom_deduplicator_is_used() -> None:
    """The router talks to any DeliveryDeduplicator: here one that has seen everything."""

    class SeenAll:
        async def claim(self, delivery_id: str) -> bool:
            return False

        async def complete(self, delivery_id: str) -> None:
            raise AssertionError("not claimed")

        async def release(self, delivery_id: str) -> None:
            raise AssertionError("not claimed")

    assert isinstance(SeenAll(), DeliveryDeduplicator)
    events: list[Event] = []
    app = app_with(events.append, deduplicator=SeenAll())
    assert (await deliver(app, message_status_payload("m", "sent"), secret=SECRET)).status == 200
    assert events == []


async def test_memory_deduplicator_ttl_and_capacity() -> None:
    now = [0.0]
    dedup = MemoryDeduplicator(ttl=10, capacity=2, clock=lambda: now[0])
    assert await dedup.claim("a") is True
    assert await dedup.claim("a") is False  # in progress
    await dedup.release("a")
    assert await dedup.claim("a") is True  # released: processed again
    await dedup.complete("a")
    assert await dedup.claim("a") is False  # seen
    now[0] = 11
    assert await dedup.claim("a") is True  # expired
    await dedup.complete("a")
    for key in ("b", "c"):
        assert await dedup.claim(key)
        await dedup.complete(key)
    assert await dedup.claim("a") is True  # beyond capacity the oldest is forgotten


@pytest.mark.msgflash_sandbox(webhook_secret="whsec_known")
async def test_the_sandbox_option_gives_every_endpoint_the_known_secret(msgflash_sandbox: Sandbox) -> None:
    from msgflash_async import MsgFlash

    sb = msgflash_sandbox
    async with MsgFlash(sb.personal_key, base_url=sb.base_url) as mf:
        endpoint = await mf.webhooks.create(url="http://127.0.0.1:9/hook", events=["message.read"])
    assert endpoint.secret == "whsec_known"
