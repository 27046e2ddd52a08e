"""Typed calls against the sandbox: team scope, local refusals, error classes, raw access."""

from __future__ import annotations

import contextlib

import pytest
from aiohttp import web

from msgflash_async import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InvalidRequestError,
    MsgFlash,
    MsgFlashError,
    NotFoundError,
    ResponseValidationError,
    ServerError,
    TeamScopeError,
)
from msgflash_async._transport import _MAX_URLS, USER_AGENT
from msgflash_async.models import (
    ContactBulkJobAccepted,
    CreateTextTemplate,
    SendTemplateMessage,
    SendTextMessage,
)
from msgflash_async.testing import Sandbox

from .conftest import Stub, connected_instance_id, json_reply


async def test_send_text_message_is_typed_and_progresses(mf: MsgFlash, msgflash_sandbox: Sandbox) -> None:
    """A sent message comes back queued, then reads as delivered or read once the sandbox moves it."""
    instance_id = await connected_instance_id(mf)
    sent = await mf.messages.send(SendTextMessage(instance_id=instance_id, to="+33612345678", text="Bonjour"))
    assert sent.status == "queued"
    assert sent.to == "+33612345678"
    await msgflash_sandbox.wait_for(lambda: msgflash_sandbox.workspace().messages[sent.id].status == "read")
    assert (await mf.messages.get(sent.id)).status == "read"


async def test_template_message_renders_custom_variables(mf: MsgFlash) -> None:
    """Template mode sends the rendered body, with `variables` filling {{custom.*}}."""
    instance_id = await connected_instance_id(mf)
    template = await mf.templates.create(_text_template("Code {{custom.code}}"))
    sent = await mf.messages.send(
        SendTemplateMessage(
            instance_id=instance_id, to="+33612345678", template_id=template.id, variables={"code": "X1"}
        )
    )
    assert sent.body == "Code X1"


def _text_template(body: str) -> CreateTextTemplate:
    return CreateTextTemplate(name="promo", body=body)


async def test_team_client_sends_its_team_header_and_sees_its_own_workspace(
    mf: MsgFlash, team_mf: MsgFlash, msgflash_sandbox: Sandbox
) -> None:
    """Workspaces are isolated: a contact made with the team key is invisible to the personal key."""
    contact = await team_mf.contacts.create(name="Team contact", phone="+33600000001")
    assert (await team_mf.contacts.get(contact.id)).name == "Team contact"
    with pytest.raises(NotFoundError):
        await mf.contacts.get(contact.id)
    assert contact.id in msgflash_sandbox.workspace(msgflash_sandbox.team_key).contacts


async def test_team_key_without_the_right_team_is_refused_by_the_server(msgflash_sandbox: Sandbox) -> None:
    """A team key scoped to another team's id is a 401 from MsgFlash (AuthenticationError)."""
    sb = msgflash_sandbox
    other = "9b2e0b6e-5f3c-4c84-8e43-2d1a4f1a0c11"
    async with MsgFlash(sb.team_key, team_id=other, base_url=sb.base_url, rate_limit=None) as client:
        with pytest.raises(AuthenticationError) as caught:
            await client.instances.list()
    assert caught.value.status == 401
    assert caught.value.code == "UNAUTHORIZED"


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda c: c.account.get(), id="me"),
        pytest.param(lambda c: c.account.get_usage(), id="usage"),
        pytest.param(lambda c: c.billing.get_subscription(), id="subscription"),
        pytest.param(lambda c: c.billing.get_usage(), id="billing-usage"),
        pytest.param(lambda c: c.billing.list_payments().collect(), id="payments"),
    ],
)
async def test_personal_only_routes_are_refused_locally_for_team_keys(
    team_mf: MsgFlash, msgflash_sandbox: Sandbox, call
) -> None:
    """TEAM_KEY_NOT_ALLOWED is raised by the SDK itself: the sandbox receives nothing."""
    with pytest.raises(TeamScopeError) as caught:
        await call(team_mf)
    assert caught.value.code == "TEAM_KEY_NOT_ALLOWED"
    assert caught.value.status == 403
    assert sum(msgflash_sandbox.counters.received.values()) == 0


async def test_billing_plans_is_allowed_with_a_team_key(team_mf: MsgFlash) -> None:
    """/billing/plans is the billing route a team key may call."""
    codes = {plan.code for plan in await team_mf.billing.list_plans()}
    assert {"free", "pro", "max"} <= codes


async def test_errors_map_to_specific_classes(mf: MsgFlash) -> None:
    """404 NOT_FOUND, 409 CONFLICT and 400 VALIDATION_ERROR each become their own class with the code kept."""
    with pytest.raises(NotFoundError) as not_found:
        await mf.contacts.get("does-not-exist")
    assert (not_found.value.status, not_found.value.code) == (404, "NOT_FOUND")
    await mf.contact_groups.create(name="VIP")
    with pytest.raises(ConflictError) as conflict:
        await mf.contact_groups.create(name="vip")
    assert conflict.value.code == "CONFLICT"
    with pytest.raises(BadRequestError) as invalid:
        # (A bad phone no longer reaches the server: the spec's E.164 pattern refuses it locally.)
        [c async for c in mf.contacts.list(cursor="never-issued")]
    assert invalid.value.code == "VALIDATION_ERROR"


async def test_bounds_are_checked_before_any_request(mf: MsgFlash, msgflash_sandbox: Sandbox) -> None:
    """Too many ids, too long a text, an empty path id and a non-E.164 phone are refused locally."""
    with pytest.raises(InvalidRequestError, match=r"at most 10000 items.*\$\.contactIds"):
        await mf.contacts.bulk_delete(contact_ids=[f"id-{n}" for n in range(10_001)])
    with pytest.raises(InvalidRequestError, match=r"\$\.text"):
        await mf.messages.send(SendTextMessage(instance_id="i", to="+33612345678", text="x" * 4097))
    with pytest.raises(InvalidRequestError, match="id must be a non-empty string"):
        await mf.contacts.get("")
    with pytest.raises(InvalidRequestError, match=r"pattern.*\$\.phone"):
        await mf.contacts.create(name="Bad phone", phone="not a phone")
    assert sum(msgflash_sandbox.counters.received.values()) == 0


async def test_bulk_delete_of_100_ids_gives_an_async_job(mf: MsgFlash) -> None:
    """≥ 100 ids answer 202 with a job: the typed union tells the two shapes apart."""
    ids = [(await mf.contacts.create(name=f"C{n}", phone=f"+3361000{n:04d}")).id for n in range(100)]
    accepted = await mf.contacts.bulk_delete(contact_ids=ids)
    assert isinstance(accepted, ContactBulkJobAccepted)
    assert accepted.requested_count == 100
    job = await mf.contact_bulk_jobs.get(accepted.job_id)
    assert job.operation == "bulk_delete_contacts"


async def test_capture_responses_exposes_status_headers_and_body(mf: MsgFlash) -> None:
    """Raw access: every response of the block, with status, headers and the decoded JSON."""
    with mf.capture_responses() as responses:
        instances = await mf.instances.list()
        await mf.instances.get(instances[0].id)
    assert [r.status for r in responses] == [200, 200]
    assert responses[0].headers["content-type"].startswith("application/json")
    assert responses[1].json == {"data": responses[1].json["data"]}  # type: ignore[index]
    assert responses[1].operation_id == "instances_get"


async def test_html_502_from_a_proxy_is_a_typed_server_error(stub: Stub) -> None:
    """A gateway's HTML page still gives a ServerError, with no code and a description of the body."""

    async def reply(request: web.Request, n: int) -> web.Response:
        return web.Response(status=502, text="<html>Bad gateway</html>", content_type="text/html")

    stub.reply = reply
    async with stub.client(max_retries=0) as client:
        with pytest.raises(ServerError) as caught:
            await client.instances.list()
    assert caught.value.status == 502
    assert caught.value.code is None
    assert "non-JSON error body (text/html" in str(caught.value)


async def test_unknown_error_code_falls_back_to_the_status_class(stub: Stub) -> None:
    """A code this SDK does not know keeps its status class and its code."""

    async def reply(request: web.Request, n: int) -> web.Response:
        return json_reply(409, {"error": {"code": "BRAND_NEW_CODE", "message": "new"}})

    stub.reply = reply
    async with stub.client() as client:
        with pytest.raises(ConflictError) as caught:
            await client.instances.list()
    assert caught.value.code == "BRAND_NEW_CODE"


async def test_success_body_that_breaks_the_spec_names_the_json_path(stub: Stub) -> None:
    """A 200 whose item has a number for a string raises ResponseValidationError with the exact path."""
    instance = {"id": "i1", "name": "Main", "waNumber": 33612345678, "status": "connected"}

    async def reply(request: web.Request, n: int) -> web.Response:
        return json_reply(200, {"data": [instance]})

    stub.reply = reply
    async with stub.client() as client:
        with pytest.raises(ResponseValidationError) as caught:
            await client.instances.list()
    assert caught.value.path == "$.data[0].waNumber"
    assert caught.value.status == 200


async def test_non_json_success_body_is_a_validation_error(stub: Stub) -> None:
    """A 200 that is not JSON cannot be trusted as a result."""

    async def reply(request: web.Request, n: int) -> web.Response:
        return web.Response(status=200, text="OK", content_type="text/plain")

    stub.reply = reply
    async with stub.client() as client:
        with pytest.raises(ResponseValidationError, match="not a JSON body"):
            await client.instances.list()


async def test_headers_sent_by_a_team_client(stub: Stub) -> None:
    """The key goes in x-api-key, the team in X-Team-Id; a personal client sends no X-Team-Id."""

    async def reply(request: web.Request, n: int) -> web.Response:
        return json_reply(200, {"data": []})

    stub.reply = reply
    team_id = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
    async with MsgFlash("msgf_team_Abc123", team_id=team_id, base_url=stub.base_url, rate_limit=None) as team:
        await team.instances.list()
    async with stub.client() as personal:
        await personal.instances.list()
    team_headers, personal_headers = stub.seen[0].headers, stub.seen[1].headers
    assert team_headers["x-api-key"] == "msgf_team_Abc123"
    assert team_headers["X-Team-Id"] == team_id
    assert "X-Team-Id" not in personal_headers
    assert "Authorization" not in personal_headers


async def test_every_request_carries_exactly_one_user_agent_ours(stub: Stub) -> None:
    """aiohttp adds no User-Agent of its own, with or without a body, and extra headers go along once."""
    agents: list[list[str]] = []
    request_ids: list[list[str]] = []

    async def reply(request: web.Request, n: int) -> web.Response:
        agents.append(request.headers.getall("User-Agent"))
        request_ids.append(request.headers.getall("X-Request-Id"))
        if request.method == "POST":
            return json_reply(201, {"data": {"id": "c1"}})
        return json_reply(200, {"data": []})

    stub.reply = reply
    async with stub.client() as base, base.with_options(extra_headers={"X-Request-Id": "r-1"}) as client:
        await client.instances.list()
        with contextlib.suppress(MsgFlashError):
            await client.contacts.create(name="Ana", phone="+14155550100")
    assert [seen.method for seen in stub.seen] == ["GET", "POST"]
    assert agents == [[USER_AGENT], [USER_AGENT]]
    assert USER_AGENT.startswith("msgflash-async/")
    assert request_ids == [["r-1"], ["r-1"]]
    assert stub.seen[1].headers["Content-Type"] == "application/json"
    assert "Content-Type" not in stub.seen[0].headers


@pytest.mark.parametrize(
    ("walk", "where"),
    [
        pytest.param(lambda c: c.contacts.list(limit=101), r"at most 100, got 101 @ \?limit", id="limit-high"),
        pytest.param(lambda c: c.contacts.list(limit=0), r"at least 1, got 0 @ \?limit", id="limit-zero"),
        pytest.param(lambda c: c.contacts.list(search="x" * 101), r"at most 100 characters.* @ \?search", id="search"),
        pytest.param(lambda c: c.templates.list(page=0), r"at least 1, got 0 @ \?page", id="page"),
    ],
)
async def test_query_bounds_are_checked_before_any_request(
    mf: MsgFlash, msgflash_sandbox: Sandbox, walk, where
) -> None:
    """Query parameters outside the spec's bounds raise InvalidRequestError; nothing reaches the server."""
    with pytest.raises(InvalidRequestError, match=where):
        await walk(mf)
    assert sum(msgflash_sandbox.counters.received.values()) == 0


async def test_patterns_are_anchored_like_json_schema(mf: MsgFlash, msgflash_sandbox: Sandbox) -> None:
    """A phone with a trailing newline fails the E.164 pattern locally (Python's `$` alone would let it pass)."""
    with pytest.raises(InvalidRequestError, match=r"pattern .* @ \$\.phone"):
        await mf.contacts.create(name="Newline", phone="+33612345678\n")
    assert sum(msgflash_sandbox.counters.received.values()) == 0


async def test_each_path_gets_its_own_url_and_the_url_cache_stays_bounded(stub: Stub) -> None:
    """URLs are kept per path, so calls on many ids must still each reach their own path, in bounded memory."""

    async def reply(request: web.Request, n: int) -> web.Response:
        return json_reply(404, {"error": {"code": "NOT_FOUND", "message": request.path}})

    stub.reply = reply
    ids = [f"inst-{index}" for index in range(_MAX_URLS + 10)]
    async with stub.client(max_retries=0) as client:
        for instance_id in [*ids, ids[0]]:
            with contextlib.suppress(NotFoundError):
                await client.instances.get(instance_id)
        cached = client._engine.transport._urls
        assert 0 < len(cached) <= _MAX_URLS
    assert [seen.path for seen in stub.seen] == [f"/api/v1/instances/{i}" for i in [*ids, ids[0]]]
