"""Webhooks end to end: the sandbox delivers real signed POSTs to a real FastAPI app served by uvicorn."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
import uvicorn
from fastapi import FastAPI

from msgflash_async import MsgFlash
from msgflash_async.models import SendTextMessage
from msgflash_async.testing import Sandbox
from msgflash_async.webhooks import (
    Event,
    MessageStatusEvent,
    WebhookVerificationError,
    parse_event,
    verify_signature,
    webhook_router,
)


def _sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


class Receiver:
    """A FastAPI app on uvicorn on 127.0.0.1, collecting the events its router hands over."""

    def __init__(self) -> None:
        self.events: list[Event] = []
        self.secrets: list[str] = []  # filled by the test once MsgFlash returned the endpoint's secret
        self.app = FastAPI()
        self.app.include_router(webhook_router(lambda: self.secrets, self.events.append))
        self.server = uvicorn.Server(uvicorn.Config(self.app, host="127.0.0.1", port=0, log_level="warning"))

    @property
    def url(self) -> str:
        port = self.server.servers[0].sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}/webhooks/msgflash"


@pytest_asyncio.fixture
async def receiver() -> AsyncIterator[Receiver]:
    """A started receiver whose secrets the test sets before deliveries arrive."""
    receiver = Receiver()
    serving = asyncio.create_task(receiver.server.serve())
    while not receiver.server.started:  # noqa: ASYNC110 (uvicorn exposes a flag, not an event)
        await asyncio.sleep(0.01)
    yield receiver
    receiver.server.should_exit = True
    await serving


async def test_signed_status_deliveries_reach_the_handler_typed(msgflash_sandbox: Sandbox, receiver: Receiver) -> None:
    """Register the app, send a message: sent/delivered/read arrive signed, verified and typed."""
    sb = msgflash_sandbox
    async with MsgFlash(sb.personal_key, base_url=sb.base_url, rate_limit=None) as mf:
        events = ["message.sent", "message.delivered", "message.read"]
        endpoint = await mf.webhooks.create(url=receiver.url, events=events)  # type: ignore[arg-type]
        receiver.secrets.append(endpoint.secret)
        instance = next(i for i in await mf.instances.list() if i.status == "connected")
        sent = await mf.messages.send(SendTextMessage(instance_id=instance.id, to="+33612345678", text="hi"))
        await sb.wait_for_deliveries(3)
        await sb.wait_for(lambda: len(receiver.events) == 3)
    statuses = [e.status for e in receiver.events if isinstance(e, MessageStatusEvent)]
    assert statuses == ["sent", "delivered", "read"]
    assert {e.message_id for e in receiver.events if isinstance(e, MessageStatusEvent)} == {sent.id}
    assert all(d.state == "delivered" for d in sb.deliveries)


async def test_a_wrong_secret_is_refused_with_401_and_retried_by_the_sender(
    msgflash_sandbox: Sandbox, receiver: Receiver
) -> None:
    """With the wrong secret configured the app answers 401 and handles nothing; MsgFlash retries."""
    sb = msgflash_sandbox
    receiver.secrets.append("not-the-secret")
    async with MsgFlash(sb.personal_key, base_url=sb.base_url, rate_limit=None) as mf:
        await mf.webhooks.create(url=receiver.url, events=["message.sent"])
        instance = next(i for i in await mf.instances.list() if i.status == "connected")
        await mf.messages.send(SendTextMessage(instance_id=instance.id, to="+33612345678", text="hi"))
        deliveries = await sb.wait_for_deliveries(1, timeout=10)
    assert receiver.events == []
    assert len(deliveries[0].attempts) == 5
    assert {attempt.status for attempt in deliveries[0].attempts} == {401}


def test_verification_accepts_any_current_secret_and_refuses_tampering() -> None:
    """Rotation: either secret verifies; a changed body or a bare hex digest does not."""
    body = json.dumps({"event": "message.read", "messageId": "m1"}).encode()
    verify_signature(body, _sign("new", body), ["old", "new"])
    with pytest.raises(WebhookVerificationError, match="does not match"):
        verify_signature(body + b" ", _sign("new", body), ["old", "new"])
    with pytest.raises(WebhookVerificationError, match="malformed"):
        verify_signature(body, _sign("new", body).removeprefix("sha256="), "new")
    with pytest.raises(WebhookVerificationError, match="no webhook secret"):
        verify_signature(body, _sign("new", body), [])


def test_unknown_events_are_kept_whole() -> None:
    """An event this SDK does not model is returned with its raw payload, not dropped."""
    body = json.dumps({"event": "message.reaction", "emoji": "👍", "instanceId": "i1"}).encode()
    event = parse_event(body, {"X-MsgFlash-Signature": _sign("s", body)}, "s")
    assert type(event) is Event
    assert event.event == "message.reaction"
    assert event.raw["emoji"] == "👍"
    assert event.instance_id == "i1"
