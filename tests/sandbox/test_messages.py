"""Send, schedule, progression, history, templates in messages (catalog §3.2)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from msgflash_async.testing import Sandbox

from .sandbox_helpers import Api

ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")


def text(sb: Sandbox, to: str = "+22990000002", **extra: Any) -> dict[str, Any]:
    """A valid text send body on the connected instance."""
    return {"instanceId": sb.workspace().connected_instance.id, "to": to, "type": "text", "text": "hi", **extra}


async def wait_status(sb: Sandbox, api: Api, msg_id: str, status: str) -> dict[str, Any]:
    """Poll GET /messages/{id} until it reaches `status`."""
    # A deadline, not a measure: generous, so a loaded machine (CI runs the suite on both cores) still passes.
    await sb.wait_for(lambda: sb.workspace().messages[msg_id].status == status, timeout=10)
    return dict(await api.ok("GET", f"/messages/{msg_id}"))


async def test_send_returns_full_queued_message(api: Api, sb: Sandbox) -> None:
    """201 with status queued, safety, warnings and ISO timestamps."""
    msg = await api.ok("POST", "/messages/send", 201, json=text(sb))
    assert msg["status"] == "queued"
    assert msg["providerMessageId"] is None
    assert msg["warnings"] == []
    assert msg["safety"]["decision"] == "allow"
    assert msg["safety"]["riskLevel"] == "low"
    assert set(msg["safety"]) >= {"state", "score", "reasons", "recommendations"}
    assert ISO.match(msg["createdAt"])
    assert msg["body"] == "hi"
    assert sb.counters.created["message"] == 1


async def test_message_progresses_to_read(api: Api, sb: Sandbox) -> None:
    """queued -> sent -> delivered -> read, providerMessageId set once sent."""
    msg = await api.ok("POST", "/messages/send", 201, json=text(sb))
    sent = await wait_status(sb, api, msg["id"], "sent")
    assert sent["providerMessageId"]
    read = await wait_status(sb, api, msg["id"], "read")
    assert read["providerMessageId"] == sent["providerMessageId"]
    assert read["meta"]["workerSafety"]["decision"] == "allow"


@pytest.mark.sandbox(failure_numbers=frozenset({"+22990000009"}))
async def test_failure_number_ends_failed(api: Api, sb: Sandbox) -> None:
    """Configured failure numbers end `failed` with an error."""
    msg = await api.ok("POST", "/messages/send", 201, json=text(sb, to="+22990000009"))
    failed = await wait_status(sb, api, msg["id"], "failed")
    assert failed["error"]
    assert failed["providerMessageId"] is None


async def test_disconnected_instance_fails(api: Api, sb: Sandbox) -> None:
    """A message on a disconnected instance is accepted, then fails."""
    body = text(sb, instanceId=sb.workspace().disconnected_instance.id)
    msg = await api.ok("POST", "/messages/send", 201, json=body)
    failed = await wait_status(sb, api, msg["id"], "failed")
    assert "not connected" in failed["error"]


@pytest.mark.parametrize(
    ("patch", "path"),
    [
        ({"type": None}, "type"),
        ({"templateId": "3fa85f64-5717-4562-b3fc-2c963f66afa6"}, "type"),
        ({"text": ""}, "text"),
        ({"text": "x" * 4097}, "text"),
        ({"to": "0612345678"}, "to"),
        ({"instanceId": ""}, "instanceId"),
        ({"type": "sticker"}, "type"),
        ({"type": "image", "text": None}, "mediaUrl"),
        ({"type": "image", "mediaUrl": "ftp://x/y.png"}, "mediaUrl"),
        # The spec's `pattern: '^https?://'` is case-sensitive, and `format: uri` is an RFC 3986 URI.
        ({"type": "image", "mediaUrl": "HTTPS://x.test/y.png"}, "mediaUrl"),
        ({"type": "image", "mediaUrl": "https://x.test/a b.png"}, "mediaUrl"),
        ({"type": "image", "mediaUrl": "https://x.test/%zz.png"}, "mediaUrl"),
        ({"type": "image", "mediaUrl": "https://\u00cf"}, "mediaUrl"),
        ({"type": "image", "mediaUrl": "http://[::1/y.png"}, "mediaUrl"),
        ({"type": "image", "mediaUrl": "https://"}, "mediaUrl"),
        ({"type": "audio"}, "mediaUrl"),
        ({"type": "voice_note"}, "mediaUrl"),
        ({"type": "document"}, "mediaUrl"),
        ({"type": "video"}, "mediaUrl"),
        ({"type": "location", "latitude": 1.0}, "longitude"),
        ({"type": "location", "latitude": "1.5", "longitude": 0}, "latitude"),
        ({"type": "contact"}, "contactId"),
        ({"type": "buttons", "title": "T", "description": "D"}, "buttons"),
        ({"type": "buttons", "title": "T", "description": "D", "buttons": []}, "buttons"),
        (
            {"type": "buttons", "description": "D", "buttons": [{"title": "reply", "displayText": "a", "id": "1"}]},
            "title",
        ),
    ],
)
async def test_send_validation(api: Api, sb: Sandbox, patch: dict[str, Any], path: str) -> None:
    """Per-type content rules answer 400 VALIDATION_ERROR naming the field."""
    body = {k: v for k, v in {**text(sb), **patch}.items() if v is not None}
    err = await api.error("POST", "/messages/send", 400, "VALIDATION_ERROR", json=body)
    assert path in {d["path"] for d in err["details"]}
    assert sb.counters.created["message"] == 0


@pytest.mark.parametrize(
    ("button", "missing"),
    [
        ({"title": "reply", "displayText": "a"}, "id"),
        ({"title": "url", "displayText": "a"}, "url"),
        ({"title": "call", "displayText": "a"}, "phoneNumber"),
        ({"title": "copy", "displayText": "a"}, "copyCode"),
        ({"title": "pix", "displayText": "a", "currency": "BRL", "name": "n", "keyType": "random"}, "key"),
        ({"type": "reply", "displayText": "a", "id": "1"}, "title"),
    ],
)
async def test_button_kinds(api: Api, sb: Sandbox, button: dict[str, Any], missing: str) -> None:
    """Each button kind has its own required fields; the kind key is `title` (a `type` key is not it)."""
    body = text(sb, type="buttons", title="T", description="D", buttons=[button])
    err = await api.error("POST", "/messages/send", 400, "VALIDATION_ERROR", json=body)
    assert f"buttons.0.{missing}" in {d["path"] for d in err["details"]}


async def test_no_undocumented_length_caps(api: Api, sb: Sandbox) -> None:
    """Only `text` (1..4096) is bounded by the docs and the spec: captions, location and button fields and
    URLs of any length are accepted; plain http URLs too."""
    long_url = "http://cdn.example.test/" + "p" * 10_000 + ".png?q=%20#f"
    bodies: list[dict[str, Any]] = [
        {"type": "image", "mediaUrl": long_url, "text": "c" * 10_000},
        {"type": "document", "mediaUrl": "https://[::1]:8443/d.pdf", "text": "l" * 10_000},
        {"type": "location", "latitude": 0, "longitude": 0, "locationName": "n" * 5000, "locationAddress": "a" * 5000},
        {
            "type": "buttons",
            "title": "t" * 5000,
            "description": "d" * 10_000,
            "footer": "f" * 5000,
            "buttons": [
                {"title": "reply", "displayText": "x" * 5000, "id": "i" * 5000},
                {"title": "copy", "displayText": "y", "copyCode": "c" * 5000},
            ],
        },
    ]
    for body in bodies:
        await api.ok("POST", "/messages/send", 201, json=text(sb, **body))
    when = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    await api.ok("POST", "/messages/schedule", 201, json=text(sb, text="x" * 4096, scheduledAt=when))


async def test_every_type_accepted(api: Api, sb: Sandbox) -> None:
    """One valid body per type is accepted with 201."""
    contact = await api.ok("POST", "/contacts", 201, json={"name": "Ann Lee", "phone": "+22955555555"})
    url = "https://cdn.example.test/f.png"
    bodies: list[dict[str, Any]] = [
        {"type": "image", "mediaUrl": url, "text": "cap"},
        {"type": "video", "mediaUrl": url},
        {"type": "audio", "mediaUrl": url},
        {"type": "voice_note", "mediaUrl": url},
        {"type": "document", "mediaUrl": url, "text": "label"},
        {"type": "location", "latitude": 6.37, "longitude": 2.39, "locationName": "Cotonou"},
        {"type": "contact", "contactId": contact["id"]},
        {
            "type": "buttons",
            "title": "T",
            "description": "Pick",
            "footer": "f",
            "buttons": [
                {"title": "reply", "displayText": "Yes", "id": "y"},
                {"title": "pix", "displayText": "Pay", "currency": "BRL", "name": "N", "keyType": "random", "key": "k"},
            ],
        },
    ]
    for extra in bodies:
        body = {k: v for k, v in text(sb).items() if k != "text"} | extra
        msg = await api.ok("POST", "/messages/send", 201, json=body)
        assert msg["type"] == extra["type"]
    assert sb.counters.created["message"] == len(bodies)


async def test_unknown_refs_are_404(api: Api, sb: Sandbox) -> None:
    """Unknown instance, contact or template ids are 404 NOT_FOUND."""
    ghost = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
    await api.error("POST", "/messages/send", 404, "NOT_FOUND", json=text(sb, instanceId=ghost))
    # Ids are opaque (design §2): a non-UUID id is unknown (404), not malformed (400).
    await api.error("POST", "/messages/send", 404, "NOT_FOUND", json=text(sb, instanceId="Main"))
    await api.error(
        "POST", "/messages/send", 404, "NOT_FOUND", json=text(sb, type="contact", text=None, contactId=ghost)
    )
    body = {k: v for k, v in text(sb).items() if k not in ("type", "text")} | {"templateId": ghost}
    await api.error("POST", "/messages/send", 404, "NOT_FOUND", json=body)
    await api.error("GET", f"/messages/{ghost}", 404, "NOT_FOUND")


async def test_buttons_need_business_account(api: Api, sb: Sandbox) -> None:
    """Buttons on a non-Business instance are 403 UNSUPPORTED_FEATURE."""
    inst = sb.add_instance(business=False)
    body = text(
        sb,
        instanceId=inst.id,
        type="buttons",
        title="T",
        description="D",
        buttons=[{"title": "url", "displayText": "Go", "url": "https://x.test"}],
    )
    await api.error("POST", "/messages/send", 403, "UNSUPPORTED_FEATURE", json=body)


async def test_malformed_json_is_400(api: Api, sb: Sandbox) -> None:
    """A body that is not a JSON object is a VALIDATION_ERROR."""
    url = sb.base_url + "/api/v1/messages/send"
    async with api.session.post(url, data=b"{nope", headers=sb.headers()) as resp:
        assert resp.status == 400
        assert (await resp.json())["error"]["code"] == "VALIDATION_ERROR"
    await api.error("POST", "/messages/send", 400, "VALIDATION_ERROR", json=[1, 2])


async def test_template_mode_renders_body(api: Api, sb: Sandbox) -> None:
    """contact.*, instance.*, user.* and custom.* are rendered into `body`."""
    tpl = await api.ok(
        "POST",
        "/templates",
        201,
        json={
            "name": "promo",
            "type": "text",
            "body": "Hi {{contact.firstName}}, {{instance.name}} by {{user.firstName}}: {{custom.code}}",
        },
    )
    contact = await api.ok("POST", "/contacts", 201, json={"name": "Ann Lee", "phone": "+22955555555"})
    body = {
        "instanceId": sb.workspace().connected_instance.id,
        "to": "+22955555555",
        "templateId": tpl["id"],
        "contactId": contact["id"],
        "variables": {"code": "PROMO10"},
    }
    msg = await api.ok("POST", "/messages/send", 201, json=body)
    assert msg["body"] == "Hi Ann, Main by Ada: PROMO10"
    assert msg["type"] == "text"
    assert msg["contactId"] == contact["id"]


async def test_template_errors(api: Api, sb: Sandbox) -> None:
    """Missing variables and unknown context are the documented template errors."""
    tpl = await api.ok(
        "POST", "/templates", 201, json={"name": "t", "type": "text", "body": "{{contact.name}} {{custom.code}}"}
    )
    base = {"instanceId": sb.workspace().connected_instance.id, "to": "+22955555555", "templateId": tpl["id"]}
    err = await api.error("POST", "/messages/send", 400, "TEMPLATE_VARIABLES_MISSING", json=base)
    assert "contact.name" in err["message"]
    await api.error(
        "POST",
        "/messages/schedule",
        400,
        "TEMPLATE_VARIABLES_MISSING",
        json=base | {"scheduledAt": "2020-01-01T00:00:00Z"},
    )
    ghost = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
    await api.error(
        "POST",
        "/messages/send",
        400,
        "TEMPLATE_CONTEXT_UNAVAILABLE",
        json=base | {"contactId": ghost, "variables": {"code": "x"}},
    )
    assert sb.counters.created["message"] == 0


async def test_media_template_sets_type_and_media(api: Api, sb: Sandbox) -> None:
    """A media template decides the message type and carries its mediaUrl."""
    tpl = await api.ok(
        "POST",
        "/templates",
        201,
        json={"name": "img", "type": "image", "mediaUrl": "https://cdn.example.test/a.png", "body": "{{custom.c}}"},
    )
    body = {
        "instanceId": sb.workspace().connected_instance.id,
        "to": "+22955555555",
        "templateId": tpl["id"],
        "variables": {"c": "caption"},
    }
    msg = await api.ok("POST", "/messages/send", 201, json=body)
    assert (msg["type"], msg["mediaUrl"], msg["body"]) == ("image", "https://cdn.example.test/a.png", "caption")


async def test_schedule_future_then_sends(api: Api, sb: Sandbox) -> None:
    """A scheduled message stays queued until scheduledAt, then progresses."""
    when = datetime.now(UTC) + timedelta(seconds=0.3)
    msg = await api.ok("POST", "/messages/schedule", 201, json=text(sb, scheduledAt=when.isoformat()))
    assert msg["status"] == "queued"
    assert sb.account.usage.messages_count == 0  # counted when actually sent
    await sb.wait_for(lambda: sb.workspace().messages[msg["id"]].status == "queued", timeout=0.1)
    sent = await wait_status(sb, api, msg["id"], "sent")
    assert datetime.fromisoformat(sent["updatedAt"].replace("Z", "+00:00")) >= when - timedelta(milliseconds=5)
    assert sb.account.usage.messages_count == 1


async def test_schedule_past_sends_now(api: Api, sb: Sandbox) -> None:
    """A past scheduledAt is accepted and sent immediately."""
    msg = await api.ok("POST", "/messages/schedule", 201, json=text(sb, scheduledAt="2020-01-01T00:00:00.000Z"))
    await wait_status(sb, api, msg["id"], "read")


@pytest.mark.parametrize("when", [None, "tomorrow", "2026-13-01T00:00:00Z"])
async def test_schedule_requires_valid_date(api: Api, sb: Sandbox, when: str | None) -> None:
    """scheduledAt is required and must be ISO 8601."""
    body = text(sb) | ({"scheduledAt": when} if when else {})
    err = await api.error("POST", "/messages/schedule", 400, "VALIDATION_ERROR", json=body)
    assert err["details"][0]["path"] == "scheduledAt"


async def test_history_cursor_and_filters(api: Api, sb: Sandbox) -> None:
    """GET /messages walks newest-first with cursors and filters by instance and status."""
    ids = [(await api.ok("POST", "/messages/send", 201, json=text(sb)))["id"] for _ in range(7)]
    seen: list[str] = []
    cursor = None
    while True:
        params = {"limit": "3"} | ({"cursor": cursor} if cursor else {})
        page = await api.ok("GET", "/messages", params=params)
        seen += [m["id"] for m in page["messages"]]
        if not page["hasMore"]:
            assert page["nextCursor"] is None
            break
        cursor = page["nextCursor"]
    assert sorted(seen) == sorted(ids)
    assert len(seen) == len(set(seen))
    other = sb.workspace().disconnected_instance.id
    empty = await api.ok("GET", "/messages", params={"instanceId": other})
    assert empty == {"messages": [], "nextCursor": None, "hasMore": False}
    await sb.wait_for(lambda: all(m.status == "read" for m in sb.workspace().messages.values()), timeout=2)
    read = await api.ok("GET", "/messages", params={"status": "read", "limit": "100"})
    assert len(read["messages"]) == 7
    await api.error("GET", "/messages", 400, "VALIDATION_ERROR", params={"status": "nope"})
    await api.error("GET", "/messages", 400, "VALIDATION_ERROR", params={"cursor": "%%%"})


@pytest.mark.parametrize("to", ["+22990000002\n", "+2299000000\u0662", "22990000002", "+0229900000", "+123456"])
async def test_to_must_match_the_spec_e164_pattern(api: Api, sb: Sandbox, to: str) -> None:
    """`to` follows the spec's `^\\+[1-9][0-9]{6,14}$` as JSON Schema reads it: no trailing newline, ASCII digits."""
    err = await api.error("POST", "/messages/send", 400, "VALIDATION_ERROR", json=text(sb, to=to))
    assert [d["path"] for d in err["details"]] == ["to"]


async def test_location_takes_any_finite_coordinates(api: Api, sb: Sandbox) -> None:
    """No range is documented for latitude/longitude: any finite number is accepted."""
    body = text(sb, type="location", latitude=-1.7976931348623157e308, longitude=6.5e16)
    del body["text"]
    await api.ok("POST", "/messages/send", 201, json=body)


async def test_history_limit_has_no_maximum(api: Api, sb: Sandbox) -> None:
    """No maximum `limit` is documented for the history: a large one is served, not refused."""
    await api.ok("POST", "/messages/send", 201, json=text(sb))
    page = await api.ok("GET", "/messages", params={"limit": "886628"})
    assert (len(page["messages"]), page["hasMore"]) == (1, False)
