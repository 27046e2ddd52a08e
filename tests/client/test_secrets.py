"""The API key never appears in a log line, a repr or an exception message."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Awaitable, Callable

import pytest

from msgflash_async import MsgFlash, MsgFlashError, Timeouts
from msgflash_async.models import SendTextMessage
from msgflash_async.testing import Sandbox

from .conftest import connected_instance_id


async def _exercise(client: MsgFlash, sb: Sandbox) -> list[BaseException]:
    """Successes, every kind of failure, retries: collect each exception raised along the way."""
    raised: list[BaseException] = []
    instance_id = await connected_instance_id(client)
    await client.messages.send(SendTextMessage(instance_id=instance_id, to="+33612345678", text="hi"))
    sb.faults.status(429, "API_RATE_LIMIT_EXCEEDED", times=1, retry_after=0.01)
    sb.faults.status(500, "INTERNAL_ERROR", "POST", "/api/v1/messages/send", times=1, message=f"echo {sb.personal_key}")
    sb.faults.add("reset_after", "POST", "/api/v1/contacts", times=1)
    sb.faults.add("latency", "GET", "/api/v1/billing/plans", times=1, latency=0.5)
    attempts: list[Callable[[], Awaitable[object]]] = [
        lambda: client.instances.list(),
        lambda: client.messages.send(SendTextMessage(instance_id=instance_id, to="+33612345678", text="x")),
        lambda: client.contacts.create(name="A", phone="+33600000009"),
        lambda: client.contacts.get("missing"),
        lambda: client.with_options(timeout=Timeouts(read=0.1), max_retries=0).billing.list_plans(),
        lambda: client.messages.send(SendTextMessage(instance_id="", to="+33612345678", text="y" * 5000)),
    ]
    for attempt in attempts:
        try:
            await attempt()
        except MsgFlashError as exc:
            raised.append(exc)
    return raised


async def test_key_is_absent_from_logs_reprs_and_errors(
    msgflash_sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    """DEBUG logging on, failures of every kind, even a server that echoes the key: the key shows nowhere."""
    sb = msgflash_sandbox
    caplog.set_level(logging.DEBUG)
    async with MsgFlash(sb.personal_key, base_url=sb.base_url, rate_limit=50) as client:
        raised = await _exercise(client, sb)
        texts = [repr(client), str(client), repr(client._engine.key), repr(client._engine)]
    assert len(raised) == 5, raised  # everything but the first call failed
    for exc in raised:
        texts += [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
        texts += [repr(vars(exc))]
    texts += [record.getMessage() for record in caplog.records] + [caplog.text]
    secret = sb.personal_key[len("msgf_live_") :]
    leaks = [text for text in texts if secret in text or secret[:16] in text]
    assert leaks == []
    assert any("msgf_live_…" in str(exc) for exc in raised)  # the echoed key was masked, not dropped silently


def test_team_key_is_masked_even_when_short() -> None:
    """A short team key shows none of its secret part."""
    client = MsgFlash("msgf_team_abc123", team_id="3fa85f64-5717-4562-b3fc-2c963f66afa6")
    assert "abc123" not in repr(client)
    assert "bc12" not in repr(client)
