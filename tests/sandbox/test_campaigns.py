"""Campaigns: create, run, stats, pause/resume, validation, plan gate (catalog §3.3)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from msgflash_async.testing import PLAN_PRO, Campaign, Sandbox

from .sandbox_helpers import Api

PAST = "2020-01-01T00:00:00.000Z"


def campaign(sb: Sandbox, **extra: Any) -> dict[str, Any]:
    """A direct text campaign to everyone, starting now."""
    return {
        "instanceId": sb.workspace().connected_instance.id,
        "name": "Promo",
        "schedule": PAST,
        "recipients": {"type": "all"},
        "type": "text",
        "body": "Hello",
    } | extra


def seed(sb: Sandbox, n: int, tags: list[str] | None = None) -> list[str]:
    """n contacts (phones end in varied digits)."""
    return [sb.workspace().add_contact(f"C{i}", f"+2298{i:07d}", tags).id for i in range(n)]


def camp_done(camp: Campaign) -> Callable[[], bool]:
    """A predicate: the campaign completed."""
    return lambda: camp.status == "completed"


async def test_run_to_completion_with_stats(api: Api, sb: Sandbox) -> None:
    """A campaign creates one message per recipient, completes, and its stats add up."""
    seed(sb, 120)
    created = await api.ok("POST", "/campaigns", 201, json=campaign(sb))
    assert created["status"] == "scheduled"
    assert created["safety"]["audience"]["totalRecipients"] == 120
    assert created["stats"]["planned"] == 0
    cid = created["id"]
    camp = sb.workspace().campaigns[cid]
    await sb.wait_for(lambda: camp.status == "completed", timeout=3)
    await sb.wait_for(lambda: all(sb.workspace().messages[m].status == "read" for m in camp.message_ids), timeout=3)
    stats = await api.ok("GET", f"/campaigns/{cid}/stats")
    assert stats["status"] == "completed"
    assert stats["stats"] == {
        "total": 120,
        "planned": 120,
        "queued": 0,
        "sent": 0,
        "delivered": 0,
        "read": 120,
        "failed": 0,
        "cancelled": 0,
    }
    assert stats["progressPercent"] == 100
    assert stats["timeline"]["processingStartedAt"]
    assert stats["timeline"]["completedAt"]
    got = await api.ok("GET", f"/campaigns/{cid}")
    assert got["stats"]["read"] == 120
    msgs = await api.ok("GET", "/messages", params={"limit": "100"})
    assert all(m["campaignId"] == cid for m in msgs["messages"])
    assert sb.account.usage.messages_count == 120


async def test_recipient_kinds(api: Api, sb: Sandbox) -> None:
    """tags, explicit and group audiences select the right contacts."""
    vip = seed(sb, 3, ["vip"])
    seed(sb, 2, ["other"])
    g = await api.ok("POST", "/contacts/groups", 201, json={"name": "G"})
    await api.ok("POST", f"/contacts/groups/{g['id']}/members", json={"contactIds": vip[:2]})
    cases = [
        ({"type": "tags", "value": ["vip"]}, 3),
        ({"type": "explicit", "value": vip[:1]}, 1),
        ({"type": "group", "groupId": g["id"]}, 2),
        ({"type": "all"}, 5),
    ]
    for recipients, expected in cases:
        c = await api.ok("POST", "/campaigns", 201, json=campaign(sb, recipients=recipients))
        camp = sb.workspace().campaigns[c["id"]]
        await sb.wait_for(camp_done(camp))
        assert camp.planned == expected, recipients


async def test_template_campaign_renders_per_contact(api: Api, sb: Sandbox) -> None:
    """Template campaigns render contact.* per recipient and custom.* from variables."""
    sb.workspace().add_contact("Ann Lee", "+22980000002")
    tpl = await api.ok(
        "POST",
        "/templates",
        201,
        json={"name": "t", "type": "text", "body": "Hi {{contact.firstName}} {{custom.code}}"},
    )
    body = campaign(sb, templateId=tpl["id"], variables={"code": "X1"})
    del body["type"], body["body"]
    c = await api.ok("POST", "/campaigns", 201, json=body)
    assert (c["templateId"], c["type"]) == (tpl["id"], None)
    camp = sb.workspace().campaigns[c["id"]]
    await sb.wait_for(lambda: camp.status == "completed")
    assert [sb.workspace().messages[m].body for m in camp.message_ids] == ["Hi Ann X1"]


async def test_pause_resume(api: Api, sb: Sandbox) -> None:
    """Pause from scheduled; resume only from paused; BAD_REQUEST otherwise."""
    seed(sb, 3)
    future = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
    c = await api.ok("POST", "/campaigns", 201, json=campaign(sb, schedule=future))
    await api.error("POST", f"/campaigns/{c['id']}/resume", 400, "BAD_REQUEST")
    paused = await api.ok("POST", f"/campaigns/{c['id']}/pause")
    assert paused["status"] == "paused"
    await api.error("POST", f"/campaigns/{c['id']}/pause", 400, "BAD_REQUEST")
    resumed = await api.ok("POST", f"/campaigns/{c['id']}/resume")
    assert resumed["status"] == "scheduled"  # its start time is still ahead
    assert resumed["safety"]["decision"] == "allow"
    now_c = await api.ok("POST", "/campaigns", 201, json=campaign(sb))
    camp = sb.workspace().campaigns[now_c["id"]]
    await sb.wait_for(lambda: camp.status == "completed")
    await api.error("POST", f"/campaigns/{now_c['id']}/pause", 400, "BAD_REQUEST")


@pytest.mark.sandbox(campaign_batch_size=10, job_step_seconds=0.02)
async def test_pause_while_running_then_resume(api: Api, sb: Sandbox) -> None:
    """Pausing a running campaign stops message creation; resume finishes it."""
    seed(sb, 100)
    c = await api.ok("POST", "/campaigns", 201, json=campaign(sb))
    camp = sb.workspace().campaigns[c["id"]]
    await sb.wait_for(lambda: camp.status == "running" and len(camp.message_ids) >= 10)
    await api.ok("POST", f"/campaigns/{c['id']}/pause")
    frozen = len(camp.message_ids)
    stats = await api.ok("GET", f"/campaigns/{c['id']}/stats")
    assert stats["status"] == "paused"
    assert stats["stats"]["queued"] >= 100 - frozen
    assert 0 <= stats["progressPercent"] < 100
    resumed = await api.ok("POST", f"/campaigns/{c['id']}/resume")
    assert resumed["status"] == "running"
    await sb.wait_for(lambda: camp.status == "completed", timeout=3)
    assert len(camp.message_ids) == 100


@pytest.mark.parametrize(
    "patch",
    [
        {"type": None, "body": None},
        {"templateId": "3fa85f64-5717-4562-b3fc-2c963f66afa6"},
        {"body": None},
        {"type": "image", "body": None},
        {"type": "location"},
        {"recipients": {"type": "tags", "value": []}},
        {"recipients": {"type": "explicit"}},
        {"recipients": {"type": "group"}},
        {"recipients": {"type": "some"}},
        {"recipients": None},
        {"schedule": "soon"},
        {"repeat": "noe"},
        {"name": None},
    ],
)
async def test_create_validation(api: Api, sb: Sandbox, patch: dict[str, Any]) -> None:
    """Exactly one content mode, per-type content, recipients rules, ISO schedule."""
    body = {k: v for k, v in (campaign(sb) | patch).items() if v is not None}
    await api.error("POST", "/campaigns", 400, "VALIDATION_ERROR", json=body)
    assert sb.counters.created["campaign"] == 0


async def test_unknown_refs_and_plan_gate(api: Api, sb: Sandbox) -> None:
    """Unknown group/instance are 404; a plan without campaigns is 403."""
    ghost = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
    await api.error(
        "POST", "/campaigns", 404, "NOT_FOUND", json=campaign(sb, recipients={"type": "group", "groupId": ghost})
    )
    await api.error("POST", "/campaigns", 404, "NOT_FOUND", json=campaign(sb, instanceId=ghost))
    await api.error("GET", f"/campaigns/{ghost}/stats", 404, "NOT_FOUND")
    sb.set_plan(PLAN_PRO.evolve(campaigns=False))
    await api.error("POST", "/campaigns", 403, "CAMPAIGNS_NOT_AVAILABLE_ON_PLAN", json=campaign(sb))


async def test_quota_pauses_running_campaign(api: Api, sb: Sandbox) -> None:
    """Running out of outbound quota mid-run auto-pauses with paused_quota."""
    seed(sb, 10)
    sb.set_plan(PLAN_PRO.evolve(monthly_outbound_quota=4))
    c = await api.ok("POST", "/campaigns", 201, json=campaign(sb))
    camp = sb.workspace().campaigns[c["id"]]
    await sb.wait_for(lambda: camp.status == "paused_quota")
    assert len(camp.message_ids) == 4
    stats = await api.ok("GET", f"/campaigns/{c['id']}/stats")
    assert stats["stats"]["planned"] == 10
    await api.error("POST", "/campaigns", 429, "MONTHLY_OUTBOUND_QUOTA_EXCEEDED", json=campaign(sb))


@pytest.mark.parametrize(
    ("schedule", "echoed"),
    [
        ("0637-12-23T14:27:30.118Z", "0637-12-23T14:27:30.118Z"),
        ("2016-12-31T23:59:60Z", "2017-01-01T00:00:00.000Z"),
        ("0001-01-01T00:00:00+01:00", "0001-01-01T00:00:00.000Z"),
    ],
)
async def test_schedule_is_echoed_as_rfc3339(api: Api, sb: Sandbox, schedule: str, echoed: str) -> None:
    """Years below 1000 stay 4 digits, a leap second is the next second, out-of-range UTC is clamped."""
    created = await api.ok("POST", "/campaigns", 201, json=campaign(sb, schedule=schedule))
    assert created["schedule"] == echoed


async def test_tag_recipients_may_be_empty_strings(api: Api, sb: Sandbox) -> None:
    """Tag values have no minLength in the spec: `""` is a tag; explicit contact ids must be non-empty."""
    await api.ok("POST", "/campaigns", 201, json=campaign(sb, recipients={"type": "tags", "value": [""]}))
    await api.error(
        "POST", "/campaigns", 400, "VALIDATION_ERROR", json=campaign(sb, recipients={"type": "explicit", "value": [""]})
    )
    # Explicit recipients are opaque ids (design §2): a non-UUID one is just a contact that does not exist.
    await api.ok("POST", "/campaigns", 201, json=campaign(sb, recipients={"type": "explicit", "value": ["cnt_1"]}))


async def test_no_undocumented_length_caps(api: Api, sb: Sandbox) -> None:
    """Only minLength/minItems are documented for campaigns: a long name, a body above 4096 (the 4096 bound is
    the send `text`'s), long and many tags are accepted."""
    tags = ["t" * 1000] + [f"tag{i}" for i in range(10_001)]
    body = campaign(sb, name="n" * 5000, body="b" * 10_000, recipients={"type": "tags", "value": tags})
    created = await api.ok("POST", "/campaigns", 201, json=body)
    assert (len(created["name"]), len(created["body"])) == (5000, 10_000)
    ids = [f"cnt_{i}" for i in range(10_001)]
    await api.ok("POST", "/campaigns", 201, json=campaign(sb, recipients={"type": "explicit", "value": ids}))
