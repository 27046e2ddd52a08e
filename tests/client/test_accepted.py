"""A 2xx reply to a create never reads as "not sent", whatever its body (issue 15).

For every create operation (every POST of the spec: `ROUTES` says the method) and every documented success
shape of it, a real loopback server answers three ways that do not fully match the spec: abridged to the
identity member, a body cut short (not JSON), and a 2xx status the operation does not document. The call
must either return the typed payload or raise `AcceptedButUnparsedError` carrying the status, the id from the
raw body and the raw bytes: never a plain `ResponseValidationError`, never an `APIStatusError`.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from aiohttp import web

from msgflash_async import AcceptedButUnparsedError, ResponseValidationError
from msgflash_async._generated.operations import ROUTES
from msgflash_async._operation import Request

from .conftest import Stub

ROOT = Path(__file__).resolve().parents[2]
RESPONSES = ROOT / "tests" / "contract" / "fixtures" / "responses"
SPEC = yaml.safe_load((ROOT / "openapi" / "msgflash.yaml").read_text())
OPERATIONS = {
    op["operationId"]: (method.upper(), path, op)
    for path, item in SPEC["paths"].items()
    for method, op in item.items()
    if isinstance(op, dict)
}
CREATES = frozenset(op for op, (method, _, _) in ROUTES.items() if method == "POST")
CREATE_FIXTURES = sorted(p for p in RESPONSES.glob("*.json") if p.name.split(".")[0] in CREATES)

# The member naming what was created, per (operation, status); "id" unless listed; None: the reply has none.
IDENTITY: dict[tuple[str, int], str | None] = {
    ("contacts_bulk_delete", 200): None,
    ("contacts_bulk_delete", 202): "jobId",
    ("contact_groups_add_members", 200): None,
    ("contact_groups_add_members", 202): "jobId",
    ("number_lookups_create", 200): "lookupId",
    ("number_lookups_create", 202): "lookupId",
    ("number_lookups_import_contacts", 200): None,
    ("statuses_create", 201): "providerMessageId",
    ("templates_preview", 200): None,
}


def _identity(path: Path) -> tuple[str, int, str | None]:
    operation_id, status, *_ = path.name.split(".")
    return operation_id, int(status), IDENTITY.get((operation_id, int(status)), "id")


def _documented(path: Path) -> tuple[bytes, dict[str, Any]]:
    """The fixture's bytes and its `data` member."""
    raw = path.read_bytes()
    return raw, json.loads(raw)["data"]


def test_every_create_operation_is_covered() -> None:
    """Each create operation of the spec has at least one documented success fixture exercised here."""
    assert {op for op, (method, _, _) in OPERATIONS.items() if method == "POST"} == CREATES
    assert {path.name.split(".")[0] for path in CREATE_FIXTURES} == CREATES
    assert len(CREATES) == 17


async def _call(stub: Stub, operation_id: str, status: int, body: bytes) -> Any:
    async def reply(_: web.Request, __: int) -> web.Response:
        return web.Response(status=status, body=body, content_type="application/json")

    stub.reply = reply
    method, path, op = OPERATIONS[operation_id]
    module = importlib.import_module(f"msgflash_async._generated.api.{op['tags'][0]}.{operation_id}")
    request = Request(operation_id=operation_id, method=method, path=path.replace("{", "x").replace("}", ""))
    async with stub.client(max_retries=0) as client:
        return await client._engine.call(request, module.parse_response)


@pytest.mark.parametrize("path", CREATE_FIXTURES, ids=lambda p: p.stem)
async def test_abridged_reply_is_accepted_with_its_id(stub: Stub, path: Path) -> None:
    """Only the identity member (or nothing, where a reply has none): accepted, with that id."""
    operation_id, status, member = _identity(path)
    _, data = _documented(path)
    raw = json.dumps({"data": {member: data[member]} if member else {}}).encode()
    with pytest.raises(AcceptedButUnparsedError) as caught:
        await _call(stub, operation_id, status, raw)
    accepted = caught.value
    assert (accepted.status, accepted.id, accepted.raw) == (status, data[member] if member else None, raw)
    assert "accepted" in str(accepted)


@pytest.mark.parametrize("path", CREATE_FIXTURES, ids=lambda p: p.stem)
async def test_reply_cut_short_is_accepted(stub: Stub, path: Path) -> None:
    """A body that is not JSON at all: still accepted (no id to read), the bytes kept."""
    operation_id, status, _ = _identity(path)
    raw = _documented(path)[0][:20]
    with pytest.raises(AcceptedButUnparsedError) as caught:
        await _call(stub, operation_id, status, raw)
    assert (caught.value.status, caught.value.id, caught.value.raw) == (status, None, raw)
    assert isinstance(caught.value, ResponseValidationError)  # still one for code that catches the parent


@pytest.mark.parametrize("path", CREATE_FIXTURES, ids=lambda p: p.stem)
async def test_undocumented_success_status_is_accepted_with_its_id(stub: Stub, path: Path) -> None:
    """The documented body under a 2xx the operation does not list: accepted, with the id from the body."""
    operation_id, _, member = _identity(path)
    documented = {int(s) for s in OPERATIONS[operation_id][2]["responses"] if s.startswith("2")}
    other = next(s for s in (200, 201, 202, 203) if s not in documented)
    raw, data = _documented(path)
    with pytest.raises(AcceptedButUnparsedError) as caught:
        await _call(stub, operation_id, other, raw)
    assert (caught.value.status, caught.value.id) == (other, data[member] if member else None)


async def test_a_read_that_does_not_parse_stays_a_plain_validation_error(stub: Stub) -> None:
    """Only creates are 'accepted': a GET whose body breaks the spec is an ordinary ResponseValidationError."""
    with pytest.raises(ResponseValidationError) as caught:
        await _call(stub, "messages_get", 200, b'{"data": {"id": "m1"}}')
    assert not isinstance(caught.value, AcceptedButUnparsedError)


async def test_send_through_the_public_method(stub: Stub) -> None:
    """The public `messages.send` call path: an abridged 201 (not even labelled JSON) raises
    AcceptedButUnparsedError with the id read from the raw bytes."""
    from msgflash_async._generated.models import SendTextMessage

    async def reply(_: web.Request, __: int) -> web.Response:
        return web.Response(status=201, body=b'{"data": {"id": "msg_1", "status": "queued"}}')

    stub.reply = reply
    async with stub.client(max_retries=0) as client:
        with pytest.raises(AcceptedButUnparsedError) as caught:
            await client.messages.send(SendTextMessage(instance_id="i1", to="+33612345678", text="hi"))
    assert caught.value.id == "msg_1"
    assert len(stub.seen) == 1  # never re-sent


def _broken_structure(*_: object) -> object:
    raise RuntimeError("parser bug")


async def test_a_bug_in_parsing_a_create_reply_is_still_accepted(stub: Stub, monkeypatch: pytest.MonkeyPatch) -> None:
    """Even the SDK's own parsing breaking cannot make a created message read as not sent: accepted, with
    the id and bytes of the reply, and the bug as the cause."""
    from msgflash_async._generated.models import SendTextMessage

    raw = b'{"data": {"id": "msg_1", "status": "queued", "to": "+33612345678", "type": "text"}}'

    async def reply(_: web.Request, __: int) -> web.Response:
        return web.Response(status=201, body=raw, content_type="application/json")

    stub.reply = reply
    monkeypatch.setattr("msgflash_async._client.structure", _broken_structure)
    async with stub.client(max_retries=0) as client:
        with pytest.raises(AcceptedButUnparsedError) as caught:
            await client.messages.send(SendTextMessage(instance_id="i1", to="+33612345678", text="hi"))
    assert (caught.value.status, caught.value.id, caught.value.raw) == (201, "msg_1", raw)
    assert "RuntimeError: parser bug" in str(caught.value)
    assert isinstance(caught.value.__cause__, RuntimeError)
    assert len(stub.seen) == 1  # never re-sent


async def test_a_bug_in_parsing_a_read_is_not_disguised(stub: Stub, monkeypatch: pytest.MonkeyPatch) -> None:
    """A read has nothing to accept: the bug itself comes out."""

    async def reply(_: web.Request, __: int) -> web.Response:
        return web.Response(status=200, body=b'{"data": {"id": "m1"}}', content_type="application/json")

    stub.reply = reply
    monkeypatch.setattr("msgflash_async._client.structure", _broken_structure)
    async with stub.client(max_retries=0) as client:
        with pytest.raises(RuntimeError, match="parser bug"):
            await client.messages.get("m1")
