"""Templates: CRUD, page pagination, variables, preview, TEMPLATE_INVALID (catalog §3.4)."""

from __future__ import annotations

from typing import Any

import pytest

from msgflash_async.testing import Sandbox

from .sandbox_helpers import Api


async def test_crud_recomputes_variables(api: Api) -> None:
    """Variables are detected on create and recomputed on update."""
    t = await api.ok(
        "POST",
        "/templates",
        201,
        json={"name": "t", "type": "text", "body": "{{contact.firstName}} {{custom.code}} {{custom.code}}"},
    )
    assert t["variables"] == ["contact.firstName", "custom.code"]
    assert t["mediaUrl"] is None
    up = await api.ok("PUT", f"/templates/{t['id']}", json={"body": "Hi {{ user.name }}"})
    assert up["variables"] == ["user.name"]
    assert (await api.ok("GET", f"/templates/{t['id']}"))["body"] == "Hi {{ user.name }}"
    assert await api.ok("DELETE", f"/templates/{t['id']}") == {"deleted": True}
    await api.error("GET", f"/templates/{t['id']}", 404, "NOT_FOUND")


@pytest.mark.parametrize("body", ["{{company.name}}", "{{custom.}}", "{{ contact }}", "Hi {{custom.x", "x }} y"])
async def test_template_invalid(api: Api, body: str) -> None:
    """Bad placeholders are 400 TEMPLATE_INVALID on create and update."""
    await api.error("POST", "/templates", 400, "TEMPLATE_INVALID", json={"name": "t", "type": "text", "body": body})
    ok = await api.ok("POST", "/templates", 201, json={"name": "ok", "type": "text", "body": "fine"})
    await api.error("PUT", f"/templates/{ok['id']}", 400, "TEMPLATE_INVALID", json={"body": body})


@pytest.mark.parametrize(
    "body",
    [
        {"type": "text", "body": "x"},
        {"name": "t", "type": "text"},
        {"name": "t", "type": "image"},
        {"name": "t", "type": "location", "body": "x"},
        {"name": "t", "type": "text", "body": ""},
    ],
)
async def test_create_validation(api: Api, body: dict[str, Any]) -> None:
    """name, type (text/media), body for text, mediaUrl for media are required."""
    await api.error("POST", "/templates", 400, "VALIDATION_ERROR", json=body)


async def test_page_pagination(api: Api) -> None:
    """page/limit pagination answers {templates, total}; limit above 100 is 400."""
    for i in range(25):
        await api.ok("POST", "/templates", 201, json={"name": f"t{i}", "type": "text", "body": "b"})
    first = await api.ok("GET", "/templates")
    assert (len(first["templates"]), first["total"]) == (20, 25)
    second = await api.ok("GET", "/templates", params={"page": "2"})
    assert len(second["templates"]) == 5
    assert {t["id"] for t in first["templates"]}.isdisjoint(t["id"] for t in second["templates"])
    assert (await api.ok("GET", "/templates", params={"page": "9"}))["templates"] == []
    await api.error("GET", "/templates", 400, "VALIDATION_ERROR", params={"limit": "101"})
    await api.error("GET", "/templates", 400, "VALIDATION_ERROR", params={"page": "0"})


async def test_preview(api: Api, sb: Sandbox) -> None:
    """Preview renders with context; unresolved variables make valid=false, not an error."""
    t = await api.ok(
        "POST",
        "/templates",
        201,
        json={"name": "t", "type": "text", "body": "{{contact.name}} on {{instance.waNumber}} {{custom.a}}"},
    )
    contact = await api.ok("POST", "/contacts", 201, json={"name": "Ann", "phone": "+22911111111"})
    inst = sb.workspace().connected_instance
    full = await api.ok(
        "POST",
        f"/templates/{t['id']}/preview",
        json={"contactId": contact["id"], "instanceId": inst.id, "variables": {"a": 1}},
    )
    assert full == {
        "rendered": f"Ann on {inst.wa_number} 1",
        "variables": t["variables"],
        "missingVariables": [],
        "valid": True,
    }
    partial = await api.ok("POST", f"/templates/{t['id']}/preview")
    assert partial["valid"] is False
    assert partial["missingVariables"] == ["contact.name", "instance.waNumber", "custom.a"]
    assert partial["rendered"] == t["body"]
    ghost = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
    await api.error(
        "POST", f"/templates/{t['id']}/preview", 400, "TEMPLATE_CONTEXT_UNAVAILABLE", json={"contactId": ghost}
    )
    await api.error("POST", f"/templates/{ghost}/preview", 404, "NOT_FOUND")
    assert sb.counters.created["message"] == 0


@pytest.mark.parametrize(("kind", "extra"), [("text", {"body": "Hi"}), ("image", {"mediaUrl": "https://x.test/a.png"})])
async def test_update_refuses_an_empty_body(api: Api, kind: str, extra: dict[str, Any]) -> None:
    """PUT with `body: ""` is a VALIDATION_ERROR for every template type (spec: minLength 1)."""
    t = await api.ok("POST", "/templates", 201, json={"name": "t", "type": kind, **extra})
    err = await api.error("PUT", f"/templates/{t['id']}", 400, "VALIDATION_ERROR", json={"body": ""})
    assert [d["path"] for d in err["details"]] == ["body"]


async def test_no_undocumented_length_caps(api: Api) -> None:
    """Template name and body have only minLength 1 in the spec (no documented maximum); any http(s) URI."""
    t = await api.ok("POST", "/templates", 201, json={"name": "n" * 5000, "type": "text", "body": "b" * 10_000})
    assert (len(t["name"]), len(t["body"])) == (5000, 10_000)
    url = "http://cdn.example.test/" + "p" * 10_000
    up = await api.ok("PUT", f"/templates/{t['id']}", json={"name": "m" * 5000, "body": "c" * 10_000, "mediaUrl": url})
    assert (len(up["name"]), len(up["body"]), up["mediaUrl"]) == (5000, 10_000, url)
    await api.error("PUT", f"/templates/{t['id']}", 400, "VALIDATION_ERROR", json={"mediaUrl": "Http://x.test/a"})
