"""The public `models` namespace: what users build or receive, wire-name JSON both ways, FastAPI-ready."""

from __future__ import annotations

import datetime

import aiohttp
import attrs
import pytest
from fastapi import FastAPI

import msgflash_async
from msgflash_async import models
from msgflash_async.models import Contact, NumberLookup, SendTextMessage, UsageWindowSummary, from_dict, to_dict
from tests.uvicorn_server import serve


def test_no_envelope_and_no_private_module_in_the_namespace() -> None:
    classes = [getattr(models, n) for n in models.__all__ if isinstance(getattr(models, n), type)]
    envelopes = [
        c.__name__
        for c in classes
        if attrs.has(c) and [f.name for f in attrs.fields(c)] == ["data", "additional_properties"]
    ]
    assert envelopes == []
    assert "ErrorResponse" not in models.__all__
    assert {c.__module__ for c in classes} == {"msgflash_async.models"}
    assert repr(Contact) == "<class 'msgflash_async.models.Contact'>"
    errors = [
        getattr(msgflash_async, n) for n in msgflash_async.__all__ if isinstance(getattr(msgflash_async, n), type)
    ]
    assert {c.__module__ for c in errors} == {"msgflash_async"}


def test_names_follow_one_snake_case_rule() -> None:
    assert [f.name for f in attrs.fields(UsageWindowSummary)][:4] == [
        "outbound_1h",
        "outbound_24h",
        "unique_recipients_1h",
        "unique_recipients_24h",
    ]
    assert "on_whatsapp_count" in attrs.fields_dict(NumberLookup)


def test_to_dict_and_from_dict_round_trip_with_wire_names() -> None:
    data = {
        "id": "c_1",
        "name": "Ada",
        "phone": "+33612345678",
        "createdAt": "2026-03-01T10:00:00.000Z",
        "meta": {"plan": "gold"},
        "futureField": 1,
    }
    contact = from_dict(Contact, data)
    assert contact.created_at == datetime.datetime(2026, 3, 1, 10, tzinfo=datetime.UTC)
    assert to_dict(contact) == data
    assert to_dict(SendTextMessage(instance_id="i", to="+1", text="hi")) == {
        "type": "text",
        "instanceId": "i",
        "to": "+1",
        "text": "hi",
    }
    lookup = from_dict(NumberLookup, {"id": "l", "status": "running", "completedAt": None})
    assert to_dict(lookup) == {"id": "l", "status": "running", "completedAt": None}  # a required null stays


def test_from_dict_keeps_no_list_or_dict_of_the_callers() -> None:
    data = {"id": "c", "name": "A", "tags": ["vip"], "meta": {"plan": {"tier": "gold"}}, "futureField": [1]}
    contact = from_dict(Contact, data)
    data["tags"].append("changed")  # type: ignore[attr-defined]
    data["meta"]["plan"]["tier"] = "changed"  # type: ignore[index]
    data["futureField"].append(2)  # type: ignore[attr-defined]
    assert contact.tags == ["vip"]
    assert contact.meta == {"plan": {"tier": "gold"}}
    assert contact.additional_properties == {"futureField": [1]}


def test_from_dict_reports_the_path_of_a_mismatch() -> None:
    with pytest.raises(msgflash_async.ResponseValidationError, match=r"\$\.createdAt"):
        from_dict(Contact, {"id": "c", "name": "A", "createdAt": "yesterday"})
    with pytest.raises(TypeError):
        to_dict({"id": "c"})


async def test_fastapi_returns_models_directly_and_through_response_model() -> None:
    contact = Contact(id="c_1", name="Ada", created_at=datetime.datetime(2026, 3, 1, 10, tzinfo=datetime.UTC))
    app = FastAPI()

    @app.get("/annotated")
    async def annotated() -> Contact:
        return contact

    @app.get("/response-model", response_model=list[Contact])
    async def listed() -> object:
        return [contact]

    expected = {"id": "c_1", "name": "Ada", "createdAt": "2026-03-01T10:00:00.000Z"}
    async with serve(app) as url, aiohttp.ClientSession(url) as http:
        async with http.get("/annotated") as resp:
            assert await resp.json() == expected
        async with http.get("/response-model") as resp:
            assert await resp.json() == [expected]
        async with http.get("/openapi.json") as resp:
            schema = (await resp.json())["paths"]["/annotated"]["get"]["responses"]["200"]["content"]
        assert schema["application/json"]["schema"]["description"].startswith("A contact.")  # /openapi.json builds
