"""Retries exactly per the design table: what is retried, what never is, and nothing is sent twice."""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import time
from pathlib import Path

import pytest
from aiohttp import web

from msgflash_async import (
    APIConnectionError,
    APITimeoutError,
    MsgFlash,
    QuotaExceededError,
    RateLimitError,
    ServerError,
    SlidingWindowLimiter,
    Timeouts,
    _client,
)
from msgflash_async._transport import encode_json
from msgflash_async.models import SendTextMessage
from msgflash_async.testing import Sandbox

from .conftest import PERSONAL_KEY, Stub, connected_instance_id, json_reply

SEND = ("POST", "/api/v1/messages/send")
INSTANCES = ("GET", "/api/v1/instances")
SENT_REPLY = json.loads(
    (Path(__file__).parents[1] / "contract" / "fixtures" / "responses" / "messages_send.201.json").read_text()
)


def _text(instance_id: str) -> SendTextMessage:
    return SendTextMessage(instance_id=instance_id, to="+33612345678", text="hello")


async def test_a_429_storm_is_ridden_out(mf: MsgFlash, msgflash_sandbox: Sandbox) -> None:
    """Two 429 API_RATE_LIMIT_EXCEEDED then success: the call succeeds and the send happened once."""
    instance_id = await connected_instance_id(mf)
    msgflash_sandbox.faults.status(429, "API_RATE_LIMIT_EXCEEDED", *SEND, times=2)
    sent = await mf.with_options(max_retries=2).messages.send(_text(instance_id))
    assert sent.status == "queued"
    assert msgflash_sandbox.counters.received[SEND] == 3
    assert msgflash_sandbox.counters.handled[SEND] == 1


async def test_rate_limit_gives_up_after_max_retries(mf: MsgFlash, msgflash_sandbox: Sandbox) -> None:
    """A 429 that never ends surfaces as RateLimitError after 1 + max_retries attempts."""
    msgflash_sandbox.faults.status(429, "API_RATE_LIMIT_EXCEEDED", *INSTANCES, times=None, retry_after=0.01)
    with pytest.raises(RateLimitError) as caught:
        await mf.with_options(max_retries=2).instances.list()
    assert caught.value.code == "API_RATE_LIMIT_EXCEEDED"
    assert msgflash_sandbox.counters.received[INSTANCES] == 3


async def test_retry_after_is_honoured(msgflash_sandbox: Sandbox) -> None:
    """With Retry-After: 0.4 the retry waits at least that long (the limiter pauses the key)."""
    sb = msgflash_sandbox
    sb.faults.status(429, "API_RATE_LIMIT_EXCEEDED", *INSTANCES, times=1, retry_after=0.4)
    async with MsgFlash(sb.personal_key, base_url=sb.base_url, rate_limit=50) as client:
        started = time.monotonic()
        await client.instances.list()
        waited = time.monotonic() - started
    assert waited >= 0.4
    assert sb.counters.received[INSTANCES] == 2


async def test_a_429_pauses_every_client_of_the_key(msgflash_sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two clients of one key share its limiter: a 429 seen by one holds the other's next request back."""
    sb = msgflash_sandbox
    paused = asyncio.Event()
    pause = SlidingWindowLimiter.pause

    def pause_and_tell(limiter: SlidingWindowLimiter, seconds: float) -> None:
        pause(limiter, seconds)
        paused.set()

    monkeypatch.setattr(SlidingWindowLimiter, "pause", pause_and_tell)
    sb.faults.status(429, "API_RATE_LIMIT_EXCEEDED", *INSTANCES, times=1, retry_after=0.6)
    async with (
        MsgFlash(sb.personal_key, base_url=sb.base_url, rate_limit=40) as first,
        MsgFlash(sb.personal_key, base_url=sb.base_url, rate_limit=40) as second,
    ):
        first_call = asyncio.create_task(first.instances.list())
        async with asyncio.timeout(5):
            await paused.wait()  # `first` read the 429 and paused the key
        started = time.monotonic()
        plans = await second.billing.list_plans()  # another route, no fault: only the pause delays it
        held_back = time.monotonic() - started
        await first_call
    assert plans
    assert held_back >= 0.4


@pytest.mark.parametrize("code", ["MONTHLY_API_REQUEST_QUOTA_EXCEEDED", "MONTHLY_OUTBOUND_QUOTA_EXCEEDED"])
async def test_quota_429s_are_never_retried(mf: MsgFlash, msgflash_sandbox: Sandbox, code: str) -> None:
    """A monthly quota is not a rate limit: one attempt, QuotaExceededError (not a RateLimitError)."""
    msgflash_sandbox.faults.status(429, code, *INSTANCES, times=None)
    with pytest.raises(QuotaExceededError) as caught:
        await mf.with_options(max_retries=5).instances.list()
    assert not isinstance(caught.value, RateLimitError)
    assert msgflash_sandbox.counters.received[INSTANCES] == 1


async def test_real_outbound_quota_stops_sends(msgflash_sandbox: Sandbox) -> None:
    """The sandbox's own quota (not an injected fault): the send past the quota fails, once."""
    from msgflash_async.testing import PLAN_FREE

    sb = msgflash_sandbox
    sb.set_plan(PLAN_FREE.evolve(monthly_outbound_quota=2))
    async with MsgFlash(sb.personal_key, base_url=sb.base_url, rate_limit=None, max_retries=3) as client:
        instance_id = await connected_instance_id(client)
        await client.messages.send(_text(instance_id))
        await client.messages.send(_text(instance_id))
        with pytest.raises(QuotaExceededError) as caught:
            await client.messages.send(_text(instance_id))
    assert caught.value.code == "MONTHLY_OUTBOUND_QUOTA_EXCEEDED"
    assert sb.counters.received[SEND] == 3


async def test_5xx_on_a_get_is_retried(mf: MsgFlash, msgflash_sandbox: Sandbox) -> None:
    """A 500 on a read is safe to retry."""
    msgflash_sandbox.faults.status(500, "INTERNAL_ERROR", *INSTANCES, times=1)
    assert len(await mf.instances.list()) == 2
    assert msgflash_sandbox.counters.received[INSTANCES] == 2


async def test_5xx_on_a_send_is_not_retried_and_says_it_may_have_been_sent(
    mf: MsgFlash, msgflash_sandbox: Sandbox
) -> None:
    """A 502 on a create is surfaced at once as 'may have been sent', never re-sent."""
    instance_id = await connected_instance_id(mf)
    msgflash_sandbox.faults.status(502, "PROVIDER_UNAVAILABLE", *SEND, times=1)
    with pytest.raises(ServerError) as caught:
        await mf.with_options(max_retries=5).messages.send(_text(instance_id))
    assert caught.value.may_have_been_sent is True
    assert "may have reached MsgFlash" in str(caught.value)
    assert msgflash_sandbox.counters.received[SEND] == 1


async def test_reset_after_the_send_happened_is_never_duplicated(mf: MsgFlash, msgflash_sandbox: Sandbox) -> None:
    """The server created the message, then the connection died: exactly one message exists."""
    instance_id = await connected_instance_id(mf)
    msgflash_sandbox.faults.add("reset_after", *SEND, times=1)
    with pytest.raises(APIConnectionError) as caught:
        await mf.with_options(max_retries=5).messages.send(_text(instance_id))
    assert caught.value.may_have_been_sent is True
    assert msgflash_sandbox.counters.handled[SEND] == 1
    assert len(msgflash_sandbox.workspace().messages) == 1


async def test_truncated_body_on_a_get_is_retried(mf: MsgFlash, msgflash_sandbox: Sandbox) -> None:
    """A body cut short on a read is a connection failure, and reads are retried."""
    msgflash_sandbox.faults.add("truncated_json", *INSTANCES, times=1)
    assert len(await mf.instances.list()) == 2
    assert msgflash_sandbox.counters.received[INSTANCES] == 2


async def test_refused_connection_is_retried_then_reported_as_never_sent(caplog: pytest.LogCaptureFixture) -> None:
    """Nothing listens: each attempt is refused (never sent, so retried), then APIConnectionError."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    caplog.set_level(logging.INFO, logger="msgflash_async")
    async with MsgFlash(PERSONAL_KEY, base_url=f"http://127.0.0.1:{port}", rate_limit=None, max_retries=2) as client:
        with pytest.raises(APIConnectionError) as caught:
            await client.messages.send(_text("i1"))
    assert caught.value.may_have_been_sent is False
    assert sum("retrying POST /api/v1/messages/send" in r.getMessage() for r in caplog.records) == 2


async def test_read_timeout_raises_api_timeout_error(mf: MsgFlash, msgflash_sandbox: Sandbox) -> None:
    """A server slower than the read timeout gives APITimeoutError (also a TimeoutError)."""
    msgflash_sandbox.faults.add("latency", *INSTANCES, times=None, latency=1.0)
    with pytest.raises(APITimeoutError) as caught:
        await mf.with_options(timeout=Timeouts(connect=5, read=0.2), max_retries=0).instances.list()
    assert isinstance(caught.value, TimeoutError)


async def test_total_deadline_covers_retries(mf: MsgFlash, msgflash_sandbox: Sandbox) -> None:
    """`total` bounds the whole call, retries and waits included."""
    msgflash_sandbox.faults.status(429, "API_RATE_LIMIT_EXCEEDED", *INSTANCES, times=None, retry_after=5)
    client = mf.with_options(timeout=Timeouts(total=0.5), max_retries=10)
    started = time.monotonic()
    with pytest.raises(APITimeoutError, match="total timeout"):
        await client.instances.list()
    assert time.monotonic() - started < 2


async def test_limiter_wait_does_not_count_toward_the_read_timeout(msgflash_sandbox: Sandbox) -> None:
    """At 2 req/s the third call waits ~0.5 s for its slot, yet a 0.3 s read timeout does not fire."""
    sb = msgflash_sandbox
    timeouts = Timeouts(connect=1, read=0.3)
    async with MsgFlash(sb.personal_key, base_url=sb.base_url, rate_limit=2, timeout=timeouts) as client:
        results = await asyncio.gather(*(client.instances.list() for _ in range(3)))
    assert [len(r) for r in results] == [2, 2, 2]


async def test_proxy_429_without_json_is_treated_as_the_rate_limit(stub: Stub) -> None:
    """A bare 429 (no MsgFlash body) cannot be a quota: it is retried like the rate limit."""

    async def reply(request: web.Request, n: int) -> web.Response:
        if n == 1:
            return web.Response(status=429, text="slow down", headers={"Retry-After": "0"})
        return json_reply(200, {"data": []})

    stub.reply = reply
    async with stub.client(max_retries=1) as client:
        assert await client.instances.list() == []
    assert len(stub.seen) == 2


async def test_a_retry_sends_the_very_bytes_encoded_once(stub: Stub, monkeypatch: pytest.MonkeyPatch) -> None:
    """The body is encoded once per call, before any I/O; every attempt sends those bytes."""
    encoded: list[bytes] = []

    def counting(value: object) -> bytes:
        encoded.append(encode_json(value))
        return encoded[-1]

    monkeypatch.setattr(_client, "encode_json", counting)

    async def reply(request: web.Request, n: int) -> web.Response:
        if n == 1:
            rate_limited = {"error": {"code": "API_RATE_LIMIT_EXCEEDED", "message": "slow down"}}
            return json_reply(429, rate_limited, headers={"Retry-After": "0"})
        return json_reply(201, SENT_REPLY)

    stub.reply = reply
    async with stub.client(max_retries=1) as client:
        await client.messages.send(_text("5df4e137-2977-4602-a6af-f78af6a4b0dd"))
    assert len(encoded) == 1
    assert [seen.body for seen in stub.seen] == encoded * 2
