"""Contact groups: CRUD, conflicts, plan caps, members sync/async (catalog §3.7)."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from msgflash_async.testing import PLAN_FREE, Sandbox

from .sandbox_helpers import Api


def seed(sb: Sandbox, n: int) -> list[str]:
    """n contacts in the personal workspace."""
    return [sb.workspace().add_contact(f"Member {i:03d}", f"+2297{i:07d}").id for i in range(n)]


async def test_crud_and_conflict(api: Api) -> None:
    """Create (201, contactCount 0), duplicate names 409 case-insensitively, update, delete."""
    g = await api.ok("POST", "/contacts/groups", 201, json={"name": "VIP", "description": "d", "color": "#F59E0B"})
    assert (g["name"], g["description"], g["color"], g["contactCount"]) == ("VIP", "d", "#F59E0B", 0)
    await api.error("POST", "/contacts/groups", 409, "CONFLICT", json={"name": "vip"})
    other = await api.ok("POST", "/contacts/groups", 201, json={"name": "Other"})
    assert isinstance(other["color"], str)
    await api.error("PUT", f"/contacts/groups/{other['id']}", 409, "CONFLICT", json={"name": "Vip"})
    renamed = await api.ok("PUT", f"/contacts/groups/{g['id']}", json={"name": "VIP!", "color": "#00aaFF"})
    assert (renamed["name"], renamed["color"]) == ("VIP!", "#00aaFF")
    assert (await api.ok("GET", f"/contacts/groups/{g['id']}"))["name"] == "VIP!"
    assert await api.ok("DELETE", f"/contacts/groups/{g['id']}") == {"deleted": True}
    await api.error("GET", f"/contacts/groups/{g['id']}", 404, "NOT_FOUND")


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"name": ""},
        {"name": "x", "color": "red"},
        {"name": "x", "color": "#000"},
        {"name": "x", "color": "#00000G"},
        {"name": "x", "color": "#000000\n"},
    ],
)
async def test_create_validation(api: Api, body: dict[str, Any]) -> None:
    """name required (non-empty), color must match the spec's `^#[0-9A-Fa-f]{6}$`."""
    await api.error("POST", "/contacts/groups", 400, "VALIDATION_ERROR", json=body)


async def test_no_undocumented_length_caps(api: Api) -> None:
    """Neither the docs nor the spec bound name or description: long values are accepted."""
    g = await api.ok("POST", "/contacts/groups", 201, json={"name": "n" * 5000, "description": "d" * 20_000})
    assert (len(g["name"]), len(g["description"])) == (5000, 20_000)
    renamed = await api.ok("PUT", f"/contacts/groups/{g['id']}", json={"name": "m" * 5000, "description": ""})
    assert (len(renamed["name"]), renamed["description"]) == (5000, "")


@pytest.mark.sandbox(plan=PLAN_FREE.evolve(monthly_api_request_quota=10_000))
async def test_plan_group_cap(api: Api) -> None:
    """Free allows 10 groups; the 11th is 403 MAX_CONTACT_GROUPS_REACHED."""
    for i in range(10):
        await api.ok("POST", "/contacts/groups", 201, json={"name": f"g{i}"})
    await api.error("POST", "/contacts/groups", 403, "MAX_CONTACT_GROUPS_REACHED", json={"name": "g10"})


@pytest.mark.sandbox(plan="max")
async def test_max_plan_unlimited_groups(api: Api) -> None:
    """MAX has no group cap."""
    for i in range(60):
        await api.ok("POST", "/contacts/groups", 201, json={"name": f"g{i}"})


async def test_members_sync(api: Api, sb: Sandbox) -> None:
    """Below 100 ids: add/remove answer counts; list and contact groups reflect them."""
    ids = seed(sb, 5)
    g = await api.ok("POST", "/contacts/groups", 201, json={"name": "G", "color": "#123456"})
    ghost = str(uuid.uuid4())
    added = await api.ok("POST", f"/contacts/groups/{g['id']}/members", json={"contactIds": [*ids[:3], ghost]})
    assert added == {"added": 3, "alreadyInGroup": 0, "notFound": 1, "total": 4}
    again = await api.ok("POST", f"/contacts/groups/{g['id']}/members", json={"contactIds": ids[:4]})
    assert again == {"added": 1, "alreadyInGroup": 3, "notFound": 0, "total": 4}
    assert (await api.ok("GET", f"/contacts/groups/{g['id']}"))["contactCount"] == 4
    groups = await api.ok("GET", f"/contacts/{ids[0]}/groups")
    assert groups == {"groups": [{"id": g["id"], "name": "G", "color": "#123456"}]}
    removed = await api.ok("DELETE", f"/contacts/groups/{g['id']}/members", json={"contactIds": [ids[0], ids[4]]})
    assert removed == {"removed": 1, "notInGroup": 1}
    members = await api.ok("GET", f"/contacts/groups/{g['id']}/members")
    assert members["total"] == 3
    assert set(members["contacts"][0]) == {"id", "name", "phone", "tags", "addedAt"}
    assert (await api.ok("GET", f"/contacts/{ids[0]}/groups")) == {"groups": []}


async def test_members_async_and_list_pagination(api: Api, sb: Sandbox) -> None:
    """100+ ids: 202 add_to_group job with groupId; members list walks with cursors and search."""
    ids = seed(sb, 130)
    g = await api.ok("POST", "/contacts/groups", 201, json={"name": "Big"})
    acc = await api.ok("POST", f"/contacts/groups/{g['id']}/members", 202, json={"contactIds": ids})
    assert (acc["mode"], acc["operation"], acc["groupId"], acc["requestedCount"]) == (
        "async",
        "add_to_group",
        g["id"],
        130,
    )
    job = sb.workspace().jobs[acc["jobId"]]
    await sb.wait_for(lambda: job.status == "done")
    final = await api.ok("GET", f"/contacts/bulk-jobs/{acc['jobId']}")
    assert final["summary"] == {"added": 130}
    assert final["groupId"] == g["id"]
    seen: list[str] = []
    cursor = None
    while True:
        params = {"limit": "50"} | ({"cursor": cursor} if cursor else {})
        page = await api.ok("GET", f"/contacts/groups/{g['id']}/members", params=params)
        seen += [c["id"] for c in page["contacts"]]
        cursor = page["nextCursor"]
        if not page["hasMore"]:
            break
    assert sorted(seen) == sorted(ids)
    found = await api.ok("GET", f"/contacts/groups/{g['id']}/members", params={"search": "member 12"})
    assert found["total"] == 10
    rem = await api.ok("DELETE", f"/contacts/groups/{g['id']}/members", 202, json={"contactIds": ids[:100]})
    assert rem["operation"] == "remove_from_group"
    rjob = sb.workspace().jobs[rem["jobId"]]
    await sb.wait_for(lambda: rjob.status == "done")
    assert rjob.summary == {"removed": 100}
    assert len(sb.workspace().groups[g["id"]].members) == 30


async def test_groups_list_search_and_cursor(api: Api) -> None:
    """Groups list has total/limit/cursor and searches name or description."""
    for i in range(5):
        await api.ok(
            "POST", "/contacts/groups", 201, json={"name": f"Team {i}", "description": "sales" if i % 2 else ""}
        )
    page = await api.ok("GET", "/contacts/groups", params={"limit": "2"})
    assert (page["total"], page["limit"], len(page["groups"]), page["hasMore"]) == (5, 2, 2, True)
    nxt = await api.ok("GET", "/contacts/groups", params={"limit": "2", "cursor": page["nextCursor"]})
    assert {g["id"] for g in nxt["groups"]}.isdisjoint(g["id"] for g in page["groups"])
    sales = await api.ok("GET", "/contacts/groups", params={"search": "SALES"})
    assert sales["total"] == 2
    await api.error("GET", "/contacts/groups", 400, "VALIDATION_ERROR", params={"limit": "101"})


async def test_unknown_group_is_404(api: Api) -> None:
    """Member routes on an unknown group are 404."""
    ghost = str(uuid.uuid4())
    await api.error("POST", f"/contacts/groups/{ghost}/members", 404, "NOT_FOUND", json={"contactIds": [ghost]})
    await api.error("GET", f"/contacts/groups/{ghost}/members", 404, "NOT_FOUND")
    await api.error("GET", f"/contacts/{ghost}/groups", 404, "NOT_FOUND")
