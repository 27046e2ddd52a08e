"""Rate limit, monthly quotas and plan feature gates (catalog §1.3, §6)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from msgflash_async.testing import PLAN_FREE, PLAN_PRO, Sandbox, _world

from .sandbox_helpers import Api


def text(sb: Sandbox, key: str | None = None) -> dict[str, Any]:
    """A text send body for the workspace of `key`."""
    return {"instanceId": sb.workspace(key).connected_instance.id, "to": "+22990000002", "type": "text", "text": "x"}


async def burst(api: Api, n: int, key: str | None = None) -> list[int]:
    """n concurrent GET /instances; their statuses."""
    results = await asyncio.gather(*(api.call("GET", "/instances", key=key) for _ in range(n)))
    return [status for status, _ in results]


class FrozenClock:
    """The sandbox world's clock, moved by the test alone: a window ends when the test says so, not by load."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        """The time the test set."""
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FrozenClock:
    """Freeze the rate limiter's clock (only the `time` that _world sees; asyncio keeps the real one)."""
    frozen = FrozenClock()
    monkeypatch.setattr(_world, "time", frozen)
    return frozen


@pytest.mark.sandbox(rate_limit_per_second=10)
async def test_rate_limit_and_recovery(api: Api, sb: Sandbox, clock: FrozenClock) -> None:
    """The 11th request within a second is 429 API_RATE_LIMIT_EXCEEDED; a second later it works again."""
    statuses = await burst(api, 15)
    assert statuses.count(200) == 10
    assert statuses.count(429) == 5
    status, body = await api.call("GET", "/instances")
    assert (status, body) == (429, {"error": {"code": "API_RATE_LIMIT_EXCEEDED", "message": "Too many API requests"}})
    assert sb.counters.handled_count("GET", "/api/v1/instances") == 10
    # Per key: another key of the same account has its own window.
    assert (await api.call("GET", "/instances", key=sb.add_personal_key()))[0] == 200
    clock.now += 0.999
    assert (await api.call("GET", "/instances"))[0] == 429
    clock.now += 0.001
    assert (await api.call("GET", "/instances"))[0] == 200


@pytest.mark.sandbox(rate_limit_per_second=2)
async def test_no_retry_after_by_default(api: Api, sb: Sandbox) -> None:
    """Retry-After is not sent unless configured (undocumented header)."""
    await burst(api, 2)
    async with api.session.get(sb.base_url + "/api/v1/instances", headers=sb.headers()) as resp:
        assert resp.status == 429
        assert "Retry-After" not in resp.headers


@pytest.mark.sandbox(rate_limit_per_second=2, send_retry_after=True)
async def test_retry_after_when_configured(api: Api, sb: Sandbox) -> None:
    """With send_retry_after=True, 429s carry Retry-After."""
    await burst(api, 2)
    async with api.session.get(sb.base_url + "/api/v1/instances", headers=sb.headers()) as resp:
        assert (resp.status, resp.headers["Retry-After"]) == (429, "1")


@pytest.mark.sandbox(plan=PLAN_PRO.evolve(monthly_api_request_quota=3))
async def test_monthly_api_quota(api: Api, sb: Sandbox) -> None:
    """Past the monthly API request quota every request is 429 MONTHLY_API_REQUEST_QUOTA_EXCEEDED."""
    for _ in range(3):
        await api.ok("GET", "/instances")
    await api.error("GET", "/instances", 429, "MONTHLY_API_REQUEST_QUOTA_EXCEEDED")
    # Team workspaces use the owner's subscription.
    await api.error("GET", "/instances", 429, "MONTHLY_API_REQUEST_QUOTA_EXCEEDED", key=sb.team_key)
    assert sb.account.usage.api_requests_count == 3


@pytest.mark.sandbox(plan=PLAN_PRO.evolve(monthly_outbound_quota=2))
async def test_outbound_quota_on_send_and_usage(api: Api, sb: Sandbox) -> None:
    """Messages count on the outbound quota; team sends bill the owner."""
    await api.ok("POST", "/messages/send", 201, json=text(sb))
    await api.ok("POST", "/messages/send", 201, json=text(sb, sb.team_key), key=sb.team_key)
    await api.error("POST", "/messages/send", 429, "MONTHLY_OUTBOUND_QUOTA_EXCEEDED", json=text(sb))
    await api.error(
        "POST",
        "/messages/schedule",
        429,
        "MONTHLY_OUTBOUND_QUOTA_EXCEEDED",
        json=text(sb) | {"scheduledAt": "2030-01-01T00:00:00Z"},
    )
    usage = await api.ok("GET", "/billing/usage")
    assert usage["usage"]["messagesCount"] == 2
    assert usage["usage"]["effectiveOutboundUsage"] == 2
    assert sb.counters.created["message"] == 2


@pytest.mark.sandbox(plan=PLAN_PRO.evolve(monthly_outbound_quota=1))
async def test_scheduled_message_rechecks_quota_at_send_time(api: Api, sb: Sandbox) -> None:
    """A scheduled message fails if the quota ran out before its send time."""
    when = (datetime.now(UTC) + timedelta(seconds=0.2)).isoformat()
    scheduled = await api.ok("POST", "/messages/schedule", 201, json=text(sb) | {"scheduledAt": when})
    await api.ok("POST", "/messages/send", 201, json=text(sb))
    msg = sb.workspace().messages[scheduled["id"]]
    await sb.wait_for(lambda: msg.status == "failed")
    assert "MONTHLY_OUTBOUND_QUOTA_EXCEEDED" in (msg.error or "")


async def test_statuses_not_on_any_plan(api: Api, sb: Sandbox) -> None:
    """Statuses are withdrawn: 403 STATUSES_NOT_AVAILABLE_ON_PLAN on every preset plan."""
    for plan in ("free", "pro", "max"):
        sb.set_plan(plan)
        await api.error(
            "POST",
            "/statuses",
            403,
            "STATUSES_NOT_AVAILABLE_ON_PLAN",
            json={"instanceId": sb.workspace().connected_instance.id, "type": "text", "content": "hi"},
        )


async def test_statuses_when_enabled(api: Api, sb: Sandbox) -> None:
    """With the feature on: 201 {instanceId, providerMessageId}, counted as outbound; quota enforced."""
    sb.set_plan(PLAN_PRO.evolve(statuses=True, monthly_outbound_quota=1))
    inst = sb.workspace().connected_instance.id
    posted = await api.ok(
        "POST",
        "/statuses",
        201,
        json={"instanceId": inst, "type": "text", "content": "hi", "backgroundColor": "#00a884"},
    )
    assert posted["instanceId"] == inst
    assert posted["providerMessageId"]
    usage = await api.ok("GET", "/billing/usage")
    assert (usage["usage"]["statusesCount"], usage["usage"]["effectiveOutboundUsage"]) == (1, 1)
    await api.error(
        "POST",
        "/statuses",
        429,
        "MONTHLY_OUTBOUND_QUOTA_EXCEEDED",
        json={"instanceId": inst, "type": "text", "content": "again"},
    )
    await api.error("POST", "/messages/send", 429, "MONTHLY_OUTBOUND_QUOTA_EXCEEDED", json=text(sb))
    sb.set_plan(PLAN_PRO.evolve(statuses=True))
    await api.error(
        "POST", "/statuses", 400, "VALIDATION_ERROR", json={"instanceId": inst, "type": "image", "content": "not-a-url"}
    )
    await api.error(
        "POST",
        "/statuses",
        404,
        "NOT_FOUND",
        json={"instanceId": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "type": "text", "content": "x"},
    )


async def test_status_fields_have_no_undocumented_caps(api: Api, sb: Sandbox) -> None:
    """Text `content` has only minLength 1; caption and backgroundColor are free strings; image is an http(s) URI."""
    sb.set_plan(PLAN_PRO.evolve(statuses=True))
    inst = sb.workspace().connected_instance.id
    long_text = {"instanceId": inst, "type": "text", "content": "x" * 10_000, "backgroundColor": "c" * 100}
    await api.ok("POST", "/statuses", 201, json=long_text)
    image = {"instanceId": inst, "type": "image", "content": "http://x.test/" + "i" * 5000, "caption": "c" * 5000}
    await api.ok("POST", "/statuses", 201, json=image)
    bad = image | {"content": "https://x.test/\u00e9.png"}
    await api.error("POST", "/statuses", 400, "VALIDATION_ERROR", json=bad)


async def test_voice_note_feature_gate(api: Api, sb: Sandbox) -> None:
    """A plan without voiceNotes refuses voice_note sends."""
    sb.set_plan(PLAN_FREE.evolve(voice_notes=False))
    body = text(sb) | {"type": "voice_note", "mediaUrl": "https://cdn.example.test/v.ogg"}
    del body["text"]
    await api.error("POST", "/messages/send", 403, "FEATURE_NOT_AVAILABLE_ON_PLAN", json=body)
