"""The FastAPI example as its users run it: under uvicorn, against the sandbox, with real signed webhooks."""

from __future__ import annotations

from collections.abc import Iterator

import aiohttp
import pytest

from examples import fastapi_app
from msgflash_async import ConfigurationError, MsgFlash
from msgflash_async.testing import Sandbox, deliver, message_status_payload
from tests.uvicorn_server import serve

SECRET = "whsec_example_app_test"


@pytest.fixture
def environment(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The example's statuses start empty; the test sets the environment it reads."""
    fastapi_app.statuses.clear()
    monkeypatch.setenv("MSGFLASH_WEBHOOK_SECRET", SECRET)
    yield
    fastapi_app.statuses.clear()


@pytest.mark.msgflash_sandbox(webhook_secret=SECRET, message_step_seconds=0.2)
@pytest.mark.usefixtures("environment")
async def test_a_sent_message_reports_sent_delivered_read_in_order(
    msgflash_sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Send through the app's endpoint; the sandbox's signed webhooks reach its handler as sent → delivered → read."""
    sb = msgflash_sandbox
    monkeypatch.setenv("MSGFLASH_API_KEY", sb.personal_key)
    monkeypatch.setenv("MSGFLASH_BASE_URL", sb.base_url)
    async with serve(fastapi_app.app) as app_url, aiohttp.ClientSession(app_url) as http:
        async with MsgFlash(sb.personal_key, base_url=sb.base_url) as mf:
            await mf.webhooks.create(
                url=f"{app_url}/webhooks/msgflash", events=["message.sent", "message.delivered", "message.read"]
            )
            instance = next(i for i in await mf.instances.list() if i.status == "connected")
        async with http.post(
            "/messages", json={"instance_id": instance.id, "to": "+33612345678", "text": "Hi"}
        ) as resp:
            assert resp.status == 201
            sent = await resp.json()
        assert sent["instanceId"] == instance.id  # the SDK model, returned as is, with the API's names
        await sb.wait_for_deliveries(3)
        async with http.get(f"/messages/{sent['id']}/statuses") as resp:
            assert await resp.json() == ["sent", "delivered", "read"]
    assert [d.event for d in sb.deliveries] == ["message.sent", "message.delivered", "message.read"]
    assert all(d.state == "delivered" and len(d.attempts) == 1 for d in sb.deliveries)


@pytest.mark.usefixtures("environment")
async def test_a_request_the_sdk_refuses_locally_is_a_422(
    msgflash_sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A text over the API's 4096 characters is refused before any request reaches MsgFlash."""
    sb = msgflash_sandbox
    monkeypatch.setenv("MSGFLASH_API_KEY", sb.personal_key)
    monkeypatch.setenv("MSGFLASH_BASE_URL", sb.base_url)
    async with serve(fastapi_app.app) as app_url, aiohttp.ClientSession(app_url) as http:
        body = {"instance_id": "inst_1", "to": "+33612345678", "text": "x" * 4097}
        async with http.post("/messages", json=body) as resp:
            assert resp.status == 422
            assert "4096" in (await resp.json())["detail"]
    assert sb.counters.received.get(("POST", "/api/v1/messages/send"), 0) == 0


async def test_the_app_refuses_to_start_without_a_webhook_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    """No secret, no start: forged webhooks could not be told apart."""
    monkeypatch.delenv("MSGFLASH_WEBHOOK_SECRET", raising=False)
    with pytest.raises(ConfigurationError, match="MSGFLASH_WEBHOOK_SECRET"):
        async with fastapi_app.lifespan(fastapi_app.app):
            pass


@pytest.mark.usefixtures("environment")
async def test_forged_and_rotated_deliveries_straight_to_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    """No network: a forgery is a 401; the previous secret still verifies during a rotation, read per delivery."""
    delivered, read = message_status_payload("msg_1", "delivered"), message_status_payload("msg_1", "read")
    assert (await deliver(fastapi_app.app, delivered, secret="forged")).status == 401
    assert fastapi_app.statuses == {}
    monkeypatch.setenv("MSGFLASH_WEBHOOK_SECRET", "whsec_rotated")
    monkeypatch.setenv("MSGFLASH_WEBHOOK_SECRET_PREVIOUS", SECRET)
    assert (await deliver(fastapi_app.app, delivered, secret=SECRET)).status == 200
    assert (await deliver(fastapi_app.app, read, secret="whsec_rotated")).status == 200
    assert fastapi_app.statuses == {"msg_1": ["delivered", "read"]}
