"""The pipeline's edges: hooks, per-call options, lent sessions, aiohttp's own re-sends, MSGFLASH_LOG, secrets."""

from __future__ import annotations

import asyncio
import logging
import os
import pydoc
import subprocess
import sys
from collections.abc import AsyncIterator

import aiohttp
import pytest
import pytest_asyncio
from aiohttp import web

from msgflash_async import (
    ConfigurationError,
    MsgFlash,
    NotFoundError,
    RateLimitError,
    ServerError,
    Timeouts,
)
from msgflash_async.hooks import (
    AttemptFinished,
    AttemptStarted,
    CallFinished,
    CallInfo,
    GaveUp,
    Hooks,
    RetryScheduled,
)
from msgflash_async.models import SendTextMessage
from msgflash_async.testing import Sandbox

from .conftest import PERSONAL_KEY, TEAM_KEY, Stub, connected_instance_id, json_reply
from .reachable import reachable_text

INSTANCES = ("GET", "/api/v1/instances")
SEND = ("POST", "/api/v1/messages/send")


class Recorder(Hooks):
    """Every event, in order."""

    def __init__(self) -> None:
        self.events: list[object] = []

    def on_call_start(self, call: CallInfo) -> None:
        self.events.append(call)

    def before_attempt(self, event: AttemptStarted) -> None:
        self.events.append(event)

    def after_attempt(self, event: AttemptFinished) -> None:
        self.events.append(event)

    def on_retry(self, event: RetryScheduled) -> None:
        self.events.append(event)

    def on_give_up(self, event: GaveUp) -> None:
        self.events.append(event)

    def on_call_end(self, event: CallFinished) -> None:
        self.events.append(event)

    def kinds(self) -> list[str]:
        return [type(event).__name__ for event in self.events]


# --- hooks ----------------------------------------------------------------------------------------------------------


async def test_hooks_see_each_attempt_of_a_retried_call(mf: MsgFlash, msgflash_sandbox: Sandbox) -> None:
    """A 500 then success on a GET: start, attempt 1 (500), retry, attempt 2 (200), end."""
    msgflash_sandbox.faults.status(500, "INTERNAL_ERROR", *INSTANCES, times=1)
    recorder = Recorder()
    await mf.with_options(hooks=[recorder]).instances.list()
    assert recorder.kinds() == [
        "CallInfo",
        "AttemptStarted",
        "AttemptFinished",
        "RetryScheduled",
        "AttemptStarted",
        "AttemptFinished",
        "CallFinished",
    ]
    call, _, first, retry, _, second, end = recorder.events
    assert isinstance(call, CallInfo)
    assert (call.operation_id, call.method, call.path, call.may_duplicate) == (
        "instances_list",
        "GET",
        "/api/v1/instances",
        False,
    )
    assert isinstance(first, AttemptFinished)
    assert (first.attempt, first.status, first.error_code, first.may_have_been_sent) == (
        1,
        500,
        "INTERNAL_ERROR",
        True,
    )
    assert isinstance(first.error, ServerError)
    assert first.duration > 0
    assert isinstance(retry, RetryScheduled)
    assert retry.attempt == 1
    assert retry.delay >= 0
    assert isinstance(second, AttemptFinished)
    assert (second.attempt, second.status, second.error) == (2, 200, None)
    assert isinstance(end, CallFinished)
    assert (end.attempts, end.retries, end.status, end.error, end.may_have_been_sent) == (2, 1, 200, None, False)
    assert all(getattr(event, "call", call) is call for event in recorder.events)


async def test_give_up_on_a_create_that_may_have_been_sent(mf: MsgFlash, msgflash_sandbox: Sandbox) -> None:
    """A 502 on a send: one attempt, give-up `not_retryable`, the end says it may have been sent."""
    instance_id = await connected_instance_id(mf)
    msgflash_sandbox.faults.status(502, "PROVIDER_UNAVAILABLE", *SEND, times=1)
    recorder = Recorder()
    with pytest.raises(ServerError):
        await mf.with_options(hooks=[recorder]).messages.send(
            SendTextMessage(instance_id=instance_id, to="+33612345678", text="hi")
        )
    assert recorder.kinds() == ["CallInfo", "AttemptStarted", "AttemptFinished", "GaveUp", "CallFinished"]
    give_up, end = recorder.events[3], recorder.events[4]
    assert isinstance(give_up, GaveUp)
    assert (give_up.reason, give_up.attempts) == ("not_retryable", 1)
    assert isinstance(end, CallFinished)
    assert (end.error_code, end.may_have_been_sent) == ("PROVIDER_UNAVAILABLE", True)


async def test_give_up_after_the_retries_run_out(mf: MsgFlash, msgflash_sandbox: Sandbox) -> None:
    """A 429 that never ends: three attempts, two retries, then `retries_exhausted`; nothing was sent."""
    msgflash_sandbox.faults.status(429, "API_RATE_LIMIT_EXCEEDED", *INSTANCES, times=None, retry_after=0.01)
    recorder = Recorder()
    with pytest.raises(RateLimitError):
        await mf.with_options(hooks=[recorder], max_retries=2).instances.list()
    give_ups = [event for event in recorder.events if isinstance(event, GaveUp)]
    assert [(event.reason, event.attempts) for event in give_ups] == [("retries_exhausted", 3)]
    end = recorder.events[-1]
    assert isinstance(end, CallFinished)
    assert (end.retries, end.may_have_been_sent) == (2, False)


async def test_hooks_report_the_time_waited_for_the_limiter(msgflash_sandbox: Sandbox) -> None:
    """At 2 requests per second, the third of three calls has to wait for its slot, and says so."""
    sb = msgflash_sandbox
    recorder = Recorder()
    async with MsgFlash(sb.personal_key, base_url=sb.base_url, rate_limit=2, hooks=[recorder]) as client:
        await asyncio.gather(*(client.instances.list() for _ in range(3)))
    waits = sorted(event.limiter_wait for event in recorder.events if isinstance(event, AttemptStarted))
    assert waits[0] >= 0
    assert waits[-1] > 0
    ends = [event for event in recorder.events if isinstance(event, CallFinished)]
    assert max(end.limiter_wait for end in ends) == waits[-1]


async def test_a_failing_hook_changes_nothing(
    mf: MsgFlash, msgflash_sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    """A hook that raises is logged and ignored: the call still returns its result (a sent message stays sent)."""

    class Broken(Hooks):
        def after_attempt(self, event: AttemptFinished) -> None:
            raise RuntimeError("observer bug")

    instance_id = await connected_instance_id(mf)
    sent = await mf.with_options(hooks=[Broken()]).messages.send(
        SendTextMessage(instance_id=instance_id, to="+33612345678", text="hi")
    )
    assert sent.status == "queued"
    assert any("hook" in record.getMessage() and record.exc_info for record in caplog.records)


async def test_hooks_see_no_secret(msgflash_sandbox: Sandbox) -> None:
    """Whatever the events hold (errors included), the key is not in it."""
    sb = msgflash_sandbox
    sb.faults.status(500, "INTERNAL_ERROR", *INSTANCES, times=None, message=f"echo {sb.personal_key}")
    recorder = Recorder()
    async with MsgFlash(
        sb.personal_key, base_url=sb.base_url, rate_limit=None, max_retries=1, hooks=[recorder]
    ) as client:
        with pytest.raises(ServerError):
            await client.instances.list()
    texts = [repr(event) for event in recorder.events]
    texts += [
        text for event in recorder.events for text in reachable_text(getattr(event, "error", None) or ValueError())
    ]
    assert all(sb.personal_key not in text for text in texts)


def test_hooks_must_be_hooks() -> None:
    """A plain function is refused with a pointer to the base class."""
    with pytest.raises(TypeError, match="Hooks"):
        MsgFlash(PERSONAL_KEY, hooks=[print])  # type: ignore[list-item]


# --- with_options: per-call headers and timeout ----------------------------------------------------------------------


async def test_extra_headers_reach_the_server(stub: Stub) -> None:
    """with_options(extra_headers=…) adds headers to that copy's requests only."""

    async def reply(request: web.Request, n: int) -> web.Response:
        return json_reply(200, {"data": []})

    stub.reply = reply
    async with stub.client() as client:
        await client.with_options(extra_headers={"X-Request-Id": "r-42"}).instances.list()
        await client.instances.list()
    first, second = ({k.lower(): v for k, v in seen.headers.items()} for seen in stub.seen)
    assert first["x-request-id"] == "r-42"
    assert "x-request-id" not in second
    assert first["x-api-key"] == PERSONAL_KEY


@pytest.mark.parametrize(
    "headers", [{"X-Api-Key": "other"}, {"x-team-id": "t"}, {"Content-Type": "text/plain"}, {"X-A": "b\r\nc"}]
)
def test_extra_headers_cannot_replace_what_the_client_owns(headers: dict[str, str]) -> None:
    """The key, the team, the content headers; and no header injection."""
    with pytest.raises(ConfigurationError, match="extra_headers"):
        MsgFlash(PERSONAL_KEY).with_options(extra_headers=headers)


async def test_per_call_timeout(mf: MsgFlash, msgflash_sandbox: Sandbox) -> None:
    """with_options(timeout=…) bounds that copy's calls; the original keeps its own."""
    from msgflash_async import APITimeoutError

    msgflash_sandbox.faults.add("latency", *INSTANCES, times=1, latency=1.0)
    with pytest.raises(APITimeoutError):
        await mf.with_options(timeout=Timeouts(read=0.2), max_retries=0).instances.list()
    assert len(await mf.instances.list()) == 2


async def test_a_read_timeout_under_a_total_deadline_stays_a_read_timeout(
    mf: MsgFlash, msgflash_sandbox: Sandbox
) -> None:
    """With total=30, a 0.2 s read timeout is reported as what it is, not as the deadline."""
    from msgflash_async import APITimeoutError

    msgflash_sandbox.faults.add("latency", *INSTANCES, times=1, latency=1.0)
    with pytest.raises(APITimeoutError) as caught:
        await mf.with_options(timeout=Timeouts(read=0.2, total=30), max_retries=0).instances.list()
    assert "read timeout of 0.2 s" in str(caught.value)
    assert "total timeout" not in str(caught.value)


def test_help_shows_readable_defaults() -> None:
    """help(mf.with_options) says "<unchanged>", not "<object object at 0x…>"."""
    text = pydoc.render_doc(MsgFlash(PERSONAL_KEY).with_options, renderer=pydoc.plaintext)  # type: ignore[attr-defined]
    assert "object at 0x" not in text
    assert "team_id: 'str | None' = <unchanged>" in text
    assert "extra_headers" in text


# --- a lent session ----------------------------------------------------------------------------------------------


@pytest_asyncio.fixture
async def strict_session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession(raise_for_status=True) as session:
        yield session


async def test_a_session_that_raises_for_status_does_not_change_classification(
    msgflash_sandbox: Sandbox, strict_session: aiohttp.ClientSession
) -> None:
    """raise_for_status=True on a lent session: a 404 is still NotFoundError and a 429 still retried."""
    sb = msgflash_sandbox
    async with MsgFlash(sb.personal_key, base_url=sb.base_url, rate_limit=None, session=strict_session) as client:
        with pytest.raises(NotFoundError) as caught:
            await client.contacts.get("missing")
        sb.faults.status(429, "API_RATE_LIMIT_EXCEEDED", *INSTANCES, times=1, retry_after=0.01)
        assert len(await client.instances.list()) == 2
    assert sb.counters.received[INSTANCES] == 2
    assert all(sb.personal_key not in text for text in reachable_text(caught.value))
    assert not strict_session.closed


# --- aiohttp's own re-send passes the limiter ----------------------------------------------------------------------


class CountingLimiter:
    """A RateLimiter that lets everything through and counts."""

    def __init__(self) -> None:
        self.acquired = 0
        self.completed_count = 0

    async def acquire(self) -> object:
        self.acquired += 1
        return self.acquired

    def completed(self, token: object, latency: float) -> None:
        self.completed_count += 1

    def pause(self, seconds: float) -> None:
        pass


async def _drop_reused_connections(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, requests: list[int]
) -> None:
    """Answer the first request of a connection; close the connection when a second one comes (a dead pool)."""
    body = b'{"data": []}'
    await reader.readuntil(b"\r\n\r\n")
    requests.append(1)
    writer.write(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)
    )
    await writer.drain()
    try:
        await reader.readuntil(b"\r\n\r\n")
        requests.append(2)
    except asyncio.IncompleteReadError:
        pass
    writer.transport.abort()


async def test_aiohttps_own_resend_passes_the_limiter() -> None:
    """A GET on a pooled connection the server dropped: aiohttp sends it again, and that send is counted."""
    requests: list[int] = []
    server = await asyncio.start_server(lambda r, w: _drop_reused_connections(r, w, requests), host="127.0.0.1", port=0)
    port = server.sockets[0].getsockname()[1]
    limiter = CountingLimiter()
    try:
        async with MsgFlash(PERSONAL_KEY, base_url=f"http://127.0.0.1:{port}", rate_limit=limiter) as client:
            assert await client.instances.list() == []
            assert await client.instances.list() == []  # first on the pooled connection, then re-sent by aiohttp
    finally:
        server.close()
        await server.wait_closed()
    assert len(requests) == 3  # the server saw three requests for two calls
    assert limiter.acquired == 3
    assert limiter.completed_count == 3


# --- ConfigurationError never quotes a key ---------------------------------------------------------------------------


@pytest.mark.parametrize("key", [PERSONAL_KEY, TEAM_KEY])
@pytest.mark.parametrize(
    "argument", ["team_id", "base_url", "timeout", "max_retries", "rate_limit", "extra_headers", "x-api-key header"]
)
def test_a_key_passed_as_another_argument_is_never_quoted(argument: str, key: str) -> None:
    """Whatever argument the key lands in by mistake, the ConfigurationError does not show it."""
    options: dict[str, object] = {argument: key}
    if argument == "team_id":
        options["api_key"] = TEAM_KEY
    if argument == "x-api-key header":
        options = {"extra_headers": {"x-api-key": key}}
    try:
        if "extra_headers" in options:
            MsgFlash(PERSONAL_KEY).with_options(**options)  # type: ignore[arg-type]
        else:
            MsgFlash(options.pop("api_key", PERSONAL_KEY), **options)  # type: ignore[arg-type]
    except ConfigurationError as error:
        texts = list(reachable_text(error))
    else:
        pytest.fail(f"{argument}={key[:12]}… was accepted")
    secret = key.split("_", 2)[2]
    assert all(secret not in text and secret[:12] not in text for text in texts)


# --- MSGFLASH_LOG ----------------------------------------------------------------------------------------------------


async def test_msgflash_log_turns_on_the_sdks_logging(msgflash_sandbox: Sandbox) -> None:
    """A program that configures no logging prints the SDK's DEBUG lines when MSGFLASH_LOG=debug; no key."""
    sb = msgflash_sandbox
    program = (
        "import asyncio\n"
        "from msgflash_async import MsgFlash\n"
        "async def main():\n"
        f"    async with MsgFlash({sb.personal_key!r}, base_url={sb.base_url!r}, rate_limit=None) as mf:\n"
        "        await mf.instances.list()\n"
        "asyncio.run(main())\n"
    )

    async def run(level: str | None) -> str:
        env = {k: v for k, v in os.environ.items() if k != "MSGFLASH_LOG"}
        if level is not None:
            env["MSGFLASH_LOG"] = level
        process = await asyncio.create_subprocess_exec(sys.executable, "-c", program, env=env, stderr=subprocess.PIPE)
        _, stderr = await process.communicate()
        assert process.returncode == 0, stderr.decode()
        return stderr.decode()

    with_log, without = await run("debug"), await run(None)
    assert "GET /api/v1/instances -> 200" in with_log
    assert sb.personal_key not in with_log
    assert without == ""


def test_msgflash_log_defers_to_the_applications_own_logging() -> None:
    """An application that already configured the logger keeps its configuration."""
    from msgflash_async._logging import configure_from_env

    logger = logging.getLogger("msgflash_async")
    handler = logging.NullHandler()
    logger.addHandler(handler)
    try:
        assert configure_from_env({"MSGFLASH_LOG": "debug"}) is None
    finally:
        logger.removeHandler(handler)
    installed = configure_from_env({"MSGFLASH_LOG": "info"})
    assert installed is not None
    try:
        assert logger.level == logging.INFO
    finally:
        logger.removeHandler(installed)
        logger.setLevel(logging.NOTSET)
