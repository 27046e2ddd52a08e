"""The README's retry table, row by row, against the sandbox: each row's situations and what the SDK does.

The table and the scenarios are tied: a README row without a scenario here (or a scenario for a row the README
no longer has) fails `test_every_readme_row_is_tested`.
"""

from __future__ import annotations

import asyncio
import re
import socket
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from aiohttp import web

from msgflash_async import (
    APIConnectionError,
    APITimeoutError,
    MsgFlash,
    NotFoundError,
    QuotaExceededError,
    ServerError,
    Timeouts,
)
from msgflash_async.hooks import AttemptStarted, Hooks
from msgflash_async.models import SendTextMessage
from msgflash_async.testing import Sandbox

from .conftest import PERSONAL_KEY, Stub, connected_instance_id, json_reply

README = (Path(__file__).parents[2] / "README.md").read_text()
SEND = ("POST", "/api/v1/messages/send")
INSTANCES = ("GET", "/api/v1/instances")
PAUSE = ("POST", "/api/v1/campaigns/{id}/pause")

Scenario = Callable[[MsgFlash, Sandbox, Stub], Awaitable[None]]


class CountAttempts(Hooks):
    def __init__(self) -> None:
        self.attempts = 0

    def before_attempt(self, event: AttemptStarted) -> None:
        self.attempts += 1


async def _slow_reply(request: web.Request, n: int) -> web.Response:
    await asyncio.sleep(3)
    return json_reply(500, {"error": {"code": "INTERNAL_ERROR", "message": "too late"}})


def _text(instance_id: str) -> SendTextMessage:
    return SendTextMessage(instance_id=instance_id, to="+33612345678", text="hello")


# --- row 1: 429 API_RATE_LIMIT_EXCEEDED ---------------------------------------------------------------------------


async def a_429_storm_on_a_send_is_ridden_out_and_sends_once(mf: MsgFlash, sb: Sandbox, stub: Stub) -> None:
    instance_id = await connected_instance_id(mf)
    sb.faults.status(429, "API_RATE_LIMIT_EXCEEDED", *SEND, times=2, retry_after=0.01)
    sent = await mf.with_options(max_retries=2).messages.send(_text(instance_id))
    assert sent.status == "queued"
    assert (sb.counters.received[SEND], sb.counters.handled[SEND]) == (3, 1)


# --- row 2: never sent ------------------------------------------------------------------------------------------


async def a_refused_send_is_retried_and_never_sent(mf: MsgFlash, sb: Sandbox, stub: Stub) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    counter = CountAttempts()
    async with MsgFlash(
        PERSONAL_KEY, base_url=f"http://127.0.0.1:{port}", rate_limit=None, max_retries=2, hooks=[counter]
    ) as client:
        with pytest.raises(APIConnectionError) as caught:
            await client.messages.send(_text("i1"))
    assert caught.value.may_have_been_sent is False
    assert counter.attempts == 3
    # DNS failures, connect timeouts and every other "no connection" error: tests/client/test_transport_faults.py


# --- row 3: repeat-safe calls -------------------------------------------------------------------------------------


async def a_5xx_on_a_get_is_retried(mf: MsgFlash, sb: Sandbox, stub: Stub) -> None:
    sb.faults.status(500, "INTERNAL_ERROR", *INSTANCES, times=1)
    assert len(await mf.instances.list()) == 2
    assert sb.counters.received[INSTANCES] == 2


async def a_get_read_timeout_is_retried_and_says_it_was_sent(mf: MsgFlash, sb: Sandbox, stub: Stub) -> None:
    sb.faults.add("latency", *INSTANCES, times=None, latency=2.0)
    client = mf.with_options(timeout=Timeouts(connect=5, read=0.2), max_retries=1)
    with pytest.raises(APITimeoutError) as caught:
        await client.instances.list()
    assert caught.value.may_have_been_sent is True
    assert "so it was not retried" not in str(caught.value)  # it was: a read is safe to repeat
    assert sb.counters.received[INSTANCES] == 2


async def a_reset_on_a_get_is_retried(mf: MsgFlash, sb: Sandbox, stub: Stub) -> None:
    sb.faults.add("reset_after", *INSTANCES, times=1)
    assert len(await mf.instances.list()) == 2
    assert sb.counters.received[INSTANCES] == 2


async def a_5xx_on_a_pause_is_retried(mf: MsgFlash, sb: Sandbox, stub: Stub) -> None:
    sb.faults.status(503, "INTERNAL_ERROR", *PAUSE, times=None)
    with pytest.raises(ServerError) as caught:
        await mf.with_options(max_retries=2).campaigns.pause("c_1")
    assert caught.value.may_have_been_sent is True
    assert sb.counters.received[PAUSE] == 3


# --- row 4: creates -----------------------------------------------------------------------------------------------


async def a_5xx_on_a_send_is_not_retried(mf: MsgFlash, sb: Sandbox, stub: Stub) -> None:
    instance_id = await connected_instance_id(mf)
    sb.faults.status(502, "PROVIDER_UNAVAILABLE", *SEND, times=1)
    with pytest.raises(ServerError) as caught:
        await mf.with_options(max_retries=5).messages.send(_text(instance_id))
    assert caught.value.may_have_been_sent is True
    assert "may have reached MsgFlash" in str(caught.value)
    assert sb.counters.received[SEND] == 1


async def a_send_read_timeout_is_not_retried(mf: MsgFlash, sb: Sandbox, stub: Stub) -> None:
    # The stub, not the sandbox: the sandbox reads a POST body after its latency fault, once the client is gone.
    stub.reply = _slow_reply
    async with stub.client(timeout=Timeouts(connect=5, read=0.2), max_retries=5) as client:
        with pytest.raises(APITimeoutError) as caught:
            await client.messages.send(_text("i1"))
    assert caught.value.may_have_been_sent is True
    assert len(stub.seen) == 1


async def a_reset_after_a_send_is_not_retried(mf: MsgFlash, sb: Sandbox, stub: Stub) -> None:
    instance_id = await connected_instance_id(mf)
    sb.faults.add("reset_after", *SEND, times=1)
    with pytest.raises(APIConnectionError) as caught:
        await mf.with_options(max_retries=5).messages.send(_text(instance_id))
    assert caught.value.may_have_been_sent is True
    assert len(sb.workspace().messages) == 1


# --- row 5: never -------------------------------------------------------------------------------------------------


async def a_quota_is_never_retried(mf: MsgFlash, sb: Sandbox, stub: Stub) -> None:
    sb.faults.status(429, "MONTHLY_API_REQUEST_QUOTA_EXCEEDED", *INSTANCES, times=None)
    with pytest.raises(QuotaExceededError) as caught:
        await mf.with_options(max_retries=5).instances.list()
    assert caught.value.may_have_been_sent is False
    assert sb.counters.received[INSTANCES] == 1


async def a_404_is_never_retried(mf: MsgFlash, sb: Sandbox, stub: Stub) -> None:
    with pytest.raises(NotFoundError):
        await mf.with_options(max_retries=5).contacts.get("no-such-contact")
    assert sb.counters.received[("GET", "/api/v1/contacts/{id}")] == 1


# --- row 6: the total deadline -------------------------------------------------------------------------------------


async def a_deadline_after_429_refusals_only_says_not_sent(mf: MsgFlash, sb: Sandbox, stub: Stub) -> None:
    instance_id = await connected_instance_id(mf)
    sb.faults.status(429, "API_RATE_LIMIT_EXCEEDED", *SEND, times=None, retry_after=0.3)
    with pytest.raises(APITimeoutError, match="total timeout") as caught:
        await mf.with_options(timeout=Timeouts(total=1.0), max_retries=50).messages.send(_text(instance_id))
    assert caught.value.may_have_been_sent is False  # every try was refused: nothing was created
    assert sb.counters.received[SEND] >= 2
    assert sb.counters.handled[SEND] == 0


async def a_deadline_during_a_send_says_it_may_have_been_sent(mf: MsgFlash, sb: Sandbox, stub: Stub) -> None:
    stub.reply = _slow_reply
    async with stub.client(timeout=Timeouts(read=None, total=0.3)) as client:
        with pytest.raises(APITimeoutError, match="total timeout") as caught:
            await client.messages.send(_text("i1"))
    assert caught.value.may_have_been_sent is True  # the request was out when the deadline struck
    assert len(stub.seen) == 1


ROWS: dict[str, list[Scenario]] = {
    "429 `API_RATE_LIMIT_EXCEEDED` (nothing was created)": [a_429_storm_on_a_send_is_ridden_out_and_sends_once],
    "connection refused / DNS / connect timeout (never sent)": [a_refused_send_is_retried_and_never_sent],
    "5xx, read timeout or reset on a call that is safe to repeat (GET / PUT / DELETE, pause, resume, cancel,"
    " preview)": [
        a_5xx_on_a_get_is_retried,
        a_get_read_timeout_is_retried_and_says_it_was_sent,
        a_reset_on_a_get_is_retried,
        a_5xx_on_a_pause_is_retried,
    ],
    "5xx, read timeout or reset on a create (send, schedule, create…)": [
        a_5xx_on_a_send_is_not_retried,
        a_send_read_timeout_is_not_retried,
        a_reset_after_a_send_is_not_retried,
    ],
    "monthly quotas, other 4xx, key and team errors": [a_quota_is_never_retried, a_404_is_never_retried],
    "the `total` deadline runs out": [
        a_deadline_after_429_refusals_only_says_not_sent,
        a_deadline_during_a_send_says_it_may_have_been_sent,
    ],
}


def readme_rows() -> list[str]:
    table = README[README.index("| Situation | Retried? |") :].split("\n\n", 1)[0].splitlines()[2:]
    return [re.match(r"\| (.+?) \| ", line).group(1) for line in table]  # type: ignore[union-attr]


def test_every_readme_row_is_tested() -> None:
    """The README's retry table has exactly the rows tested below, in order."""
    assert readme_rows() == list(ROWS)


@pytest.mark.parametrize(
    "scenario",
    [scenario for scenarios in ROWS.values() for scenario in scenarios],
    ids=lambda scenario: scenario.__name__,
)
async def test_retry_table_row(mf: MsgFlash, msgflash_sandbox: Sandbox, stub: Stub, scenario: Scenario) -> None:
    """One situation of the README's retry table behaves as the table says."""
    await scenario(mf, msgflash_sandbox, stub)
