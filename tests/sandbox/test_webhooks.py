"""Webhook endpoints and real signed deliveries to a local receiver (catalog §3.9, §4)."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio
from aiohttp import web

from msgflash_async.testing import PLAN_FREE, PLAN_PRO, Sandbox

from .sandbox_helpers import Api

EVENTS = ["message.sent", "message.delivered", "message.read", "message.failed"]


class Receiver:
    """A local aiohttp webhook receiver that can fail the first N posts."""

    def __init__(self) -> None:
        self.received: list[tuple[bytes, dict[str, str]]] = []
        self.fail_first = 0
        self.url = ""

    async def handle(self, request: web.Request) -> web.Response:
        """Record the raw body and headers; 500 while fail_first > 0."""
        self.received.append((await request.read(), dict(request.headers)))
        if self.fail_first > 0:
            self.fail_first -= 1
            return web.Response(status=500)
        return web.Response(text="ok")


@pytest_asyncio.fixture
async def receiver() -> AsyncIterator[Receiver]:
    """A started receiver on 127.0.0.1."""
    rec = Receiver()
    app = web.Application()
    app.router.add_post("/hook", rec.handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    rec.url = f"http://127.0.0.1:{runner.addresses[0][1]}/hook"
    yield rec
    await runner.cleanup()


def text(sb: Sandbox, to: str = "+22990000002") -> dict[str, Any]:
    """A text send body."""
    return {"instanceId": sb.workspace().connected_instance.id, "to": to, "type": "text", "text": "hi"}


async def test_create_list_delete(api: Api) -> None:
    """Create returns the secret once; list never shows it; delete then 404."""
    hook = await api.ok("POST", "/webhooks", 201, json={"url": "https://example.test/h", "events": EVENTS})
    assert hook["secret"]
    assert (hook["active"], hook["events"]) == (True, EVENTS)
    assert hook["createdAt"]
    listed = await api.ok("GET", "/webhooks")
    assert [h["id"] for h in listed] == [hook["id"]]
    assert "secret" not in listed[0]
    assert await api.ok("DELETE", f"/webhooks/{hook['id']}") == {"deleted": True}
    await api.error("DELETE", f"/webhooks/{hook['id']}", 404, "NOT_FOUND")


@pytest.mark.parametrize(
    "body",
    [
        {"url": "ftp://x.test", "events": EVENTS},
        {"url": "not a url", "events": EVENTS},
        {"url": "HTTPS://x.test", "events": EVENTS},
        {"url": "https://x.test/a b", "events": EVENTS},
        {"events": EVENTS},
        {"url": "https://x.test", "events": []},
        {"url": "https://x.test", "events": ["message.*"]},
        {"url": "https://x.test", "events": ["message.sent"] * 51},
    ],
)
async def test_create_validation(api: Api, body: dict[str, Any]) -> None:
    """http(s) url and 1..50 documented event names."""
    await api.error("POST", "/webhooks", 400, "VALIDATION_ERROR", json=body)


async def test_plan_gates(api: Api, sb: Sandbox) -> None:
    """Endpoint cap per plan, and the webhooks feature flag."""
    sb.set_plan(PLAN_FREE)
    for i in range(3):
        await api.ok("POST", "/webhooks", 201, json={"url": f"https://x.test/{i}", "events": EVENTS})
    await api.error(
        "POST", "/webhooks", 403, "MAX_WEBHOOK_ENDPOINTS_REACHED", json={"url": "https://x.test/4", "events": EVENTS}
    )
    sb.set_plan(PLAN_PRO.evolve(webhooks=False))
    await api.error(
        "POST", "/webhooks", 403, "WEBHOOKS_NOT_AVAILABLE_ON_PLAN", json={"url": "https://x.test/5", "events": EVENTS}
    )


async def test_signed_deliveries_follow_progression(api: Api, sb: Sandbox, receiver: Receiver) -> None:
    """sent/delivered/read are POSTed with a valid HMAC-SHA256 signature of the raw body."""
    hook = await api.ok("POST", "/webhooks", 201, json={"url": receiver.url, "events": EVENTS})
    msg = await api.ok("POST", "/messages/send", 201, json=text(sb))
    deliveries = await sb.wait_for_deliveries(3)
    assert [d.event for d in deliveries] == ["message.sent", "message.delivered", "message.read"]
    assert all(d.delivered for d in deliveries)
    assert len(receiver.received) == 3
    for raw, headers in receiver.received:
        expected = "sha256=" + hmac.new(hook["secret"].encode(), raw, hashlib.sha256).hexdigest()
        assert hmac.compare_digest(headers["X-MsgFlash-Signature"], expected)
        assert headers["Content-Type"] == "application/json"
    payload = json.loads(receiver.received[-1][0])
    assert set(payload) == {"event", "instanceId", "messageId", "providerMessageId", "to", "status", "timestamp"}
    assert (payload["event"], payload["status"], payload["messageId"]) == ("message.read", "read", msg["id"])
    assert receiver.received[-1][1]["X-MsgFlash-Event"] == "message.read"


@pytest.mark.sandbox(failure_numbers=frozenset({"+22990000009"}))
async def test_only_subscribed_events(api: Api, sb: Sandbox, receiver: Receiver) -> None:
    """An endpoint subscribed to message.failed gets only that event."""
    await api.ok("POST", "/webhooks", 201, json={"url": receiver.url, "events": ["message.failed"]})
    await api.ok("POST", "/messages/send", 201, json=text(sb))
    await api.ok("POST", "/messages/send", 201, json=text(sb, to="+22990000009"))
    await sb.wait_for(lambda: all(m.status in ("read", "failed") for m in sb.workspace().messages.values()))
    deliveries = await sb.wait_for_deliveries(1)
    assert [d.event for d in deliveries] == ["message.failed"]


async def test_retries_on_500(api: Api, sb: Sandbox, receiver: Receiver) -> None:
    """Non-2xx answers are retried; the same signed body is re-sent."""
    receiver.fail_first = 2
    await api.ok("POST", "/webhooks", 201, json={"url": receiver.url, "events": ["message.sent"]})
    await api.ok("POST", "/messages/send", 201, json=text(sb))
    (delivery,) = await sb.wait_for_deliveries(1)
    assert [a.status for a in delivery.attempts] == [500, 500, 200]
    assert delivery.delivered
    assert len({raw for raw, _ in receiver.received}) == 1


async def test_gives_up_after_5_attempts(api: Api, sb: Sandbox, receiver: Receiver) -> None:
    """After 5 failed attempts the delivery is marked failed."""
    receiver.fail_first = 100
    await api.ok("POST", "/webhooks", 201, json={"url": receiver.url, "events": ["message.sent"]})
    await api.ok("POST", "/messages/send", 201, json=text(sb))
    (delivery,) = await sb.wait_for_deliveries(1)
    assert (delivery.state, len(delivery.attempts)) == ("failed", 5)


async def test_connection_errors_retried_and_non_loopback_refused(api: Api, sb: Sandbox) -> None:
    """A dead local port is retried 5 times; a public URL is never contacted."""
    await api.ok("POST", "/webhooks", 201, json={"url": "http://127.0.0.1:9/dead", "events": ["message.sent"]})
    await api.ok("POST", "/webhooks", 201, json={"url": "https://example.com/hook", "events": ["message.sent"]})
    await api.ok("POST", "/messages/send", 201, json=text(sb))
    deliveries = await sb.wait_for_deliveries(2)
    by_url = {d.url: d for d in deliveries}
    dead = by_url["http://127.0.0.1:9/dead"]
    assert (dead.state, len(dead.attempts)) == ("failed", 5)
    assert all(a.status is None and a.error for a in dead.attempts)
    public = by_url["https://example.com/hook"]
    assert public.state == "refused"


async def test_instance_and_inbound_events(api: Api, sb: Sandbox, receiver: Receiver) -> None:
    """Instance status changes and inbound messages fire their events."""
    await api.ok(
        "POST",
        "/webhooks",
        201,
        json={"url": receiver.url, "events": ["instance.connected", "instance.disconnected", "message.received"]},
    )
    backup = sb.workspace().disconnected_instance.id
    sb.set_instance_status(backup, "connected")
    sb.receive_message(backup, "+22970000000", "hello")
    sb.set_instance_status(backup, "disconnected")
    deliveries = await sb.wait_for_deliveries(3)
    assert sorted(d.event for d in deliveries) == ["instance.connected", "instance.disconnected", "message.received"]
    state = await api.ok("GET", f"/instances/{backup}/state")
    assert (state["status"], state["providerState"]) == ("disconnected", "close")


async def test_webhook_urls_must_be_https(api: Api) -> None:
    """HTTPS only, as the guide and the spec say; plain http is kept for loopback receivers of tests."""
    err = await api.error(
        "POST", "/webhooks", 400, "VALIDATION_ERROR", json={"url": "http://example.test/h", "events": EVENTS}
    )
    assert "url" in {d["path"] for d in err["details"]}
    await api.ok("POST", "/webhooks", 201, json={"url": "http://127.0.0.1:9/h", "events": EVENTS})
