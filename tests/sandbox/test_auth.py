"""Keys, X-Team-Id rules, personal-only routes and workspace isolation (catalog §1.2)."""

from __future__ import annotations

import re

import pytest

from msgflash_async.testing import Sandbox

from .sandbox_helpers import Api

PERSONAL_ONLY = ["/me", "/usage", "/billing/subscription", "/billing/usage", "/billing/payments"]


def test_key_formats(sb: Sandbox) -> None:
    """Personal keys are msgf_live_ + 64 hex; team keys msgf_team_ + alphanumerics."""
    assert re.fullmatch(r"msgf_live_[0-9a-f]{64}", sb.personal_key)
    assert re.fullmatch(r"msgf_team_[A-Za-z0-9]+", sb.team_key)
    assert re.fullmatch(r"[0-9a-f-]{36}", sb.team_id)
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", sb.base_url)


@pytest.mark.parametrize(
    "headers",
    [{}, {"x-api-key": "msgf_live_" + "0" * 64}, {"x-api-key": "garbage"}, {"Authorization": "Bearer x"}],
    ids=["missing", "unknown", "malformed", "bearer"],
)
async def test_bad_key_is_401(api: Api, headers: dict[str, str]) -> None:
    """Missing, unknown or malformed keys get 401 UNAUTHORIZED."""
    await api.error("GET", "/instances", 401, "UNAUTHORIZED", headers=headers, raw_headers=True)


async def test_personal_key_with_team_header_is_403(api: Api, sb: Sandbox) -> None:
    """A personal key plus X-Team-Id on a workspace route is TEAM_KEY_REQUIRED."""
    await api.error("GET", "/contacts", 403, "TEAM_KEY_REQUIRED", headers={"X-Team-Id": sb.team_id})


async def test_team_key_without_or_wrong_team_is_401(api: Api, sb: Sandbox) -> None:
    """A team key without X-Team-Id, or with another team's id, looks like an invalid key."""
    invalid = await api.error("GET", "/instances", 401, "UNAUTHORIZED", headers={"x-api-key": "nope"}, raw_headers=True)
    missing = await api.error(
        "GET", "/instances", 401, "UNAUTHORIZED", headers={"x-api-key": sb.team_key}, raw_headers=True
    )
    other = sb.add_team()
    wrong = await api.error(
        "GET",
        "/instances",
        401,
        "UNAUTHORIZED",
        headers={"x-api-key": sb.team_key, "X-Team-Id": other.team_id},
        raw_headers=True,
    )
    assert invalid["message"] == missing["message"] == wrong["message"]


@pytest.mark.parametrize("path", PERSONAL_ONLY)
async def test_team_key_on_personal_only_route_is_403(api: Api, sb: Sandbox, path: str) -> None:
    """Team keys are refused on /me, /usage and billing routes other than plans."""
    await api.error("GET", path, 403, "TEAM_KEY_NOT_ALLOWED", key=sb.team_key)
    await api.ok("GET", path)


async def test_team_key_may_list_plans(api: Api, sb: Sandbox) -> None:
    """GET /billing/plans is allowed with a team key."""
    plans = await api.ok("GET", "/billing/plans", key=sb.team_key)
    assert [p["code"] for p in plans] == ["free", "pro", "max"]


async def test_team_and_personal_workspaces_are_isolated(api: Api, sb: Sandbox) -> None:
    """A contact created in one workspace is a 404 in the other."""
    contact = await api.ok("POST", "/contacts", 201, json={"name": "A", "phone": "+22911111111"})
    await api.error("GET", f"/contacts/{contact['id']}", 404, "NOT_FOUND", key=sb.team_key)
    team_instances = await api.ok("GET", "/instances", key=sb.team_key)
    personal_instances = await api.ok("GET", "/instances")
    assert {i["id"] for i in team_instances}.isdisjoint(i["id"] for i in personal_instances)
    await api.error("GET", f"/instances/{personal_instances[0]['id']}", 404, "NOT_FOUND", key=sb.team_key)
    listed = await api.ok("GET", "/contacts", key=sb.team_key)
    assert listed["total"] == 0


async def test_other_account_is_isolated(api: Api, sb: Sandbox) -> None:
    """Another account's ids are 404 NOT_FOUND."""
    other = sb.add_account()
    contact = await api.ok("POST", "/contacts", 201, key=other, json={"name": "B", "phone": "+22922222222"})
    await api.error("GET", f"/contacts/{contact['id']}", 404, "NOT_FOUND")
    me = await api.ok("GET", "/me", key=other)
    assert me["id"] != (await api.ok("GET", "/me"))["id"]


async def test_extra_keys_share_the_workspace(api: Api, sb: Sandbox) -> None:
    """A second personal key and a second team key reach the same workspaces."""
    contact = await api.ok("POST", "/contacts", 201, json={"name": "C", "phone": "+22933333333"})
    await api.ok("GET", f"/contacts/{contact['id']}", key=sb.add_personal_key())
    team_contact = await api.ok("POST", "/contacts", 201, key=sb.team_key, json={"name": "T", "phone": "+22944444444"})
    await api.ok("GET", f"/contacts/{team_contact['id']}", key=sb.add_team_key())


async def test_revoked_key_and_deleted_team(api: Api, sb: Sandbox) -> None:
    """Revocation and team deletion take effect on the next request."""
    key = sb.add_personal_key()
    await api.ok("GET", "/instances", key=key)
    sb.revoke_key(key)
    await api.error("GET", "/instances", 401, "UNAUTHORIZED", headers={"x-api-key": key}, raw_headers=True)
    team = sb.add_team()
    await api.ok("GET", "/instances", key=team.team_key)
    sb.delete_team(team.team_id)
    await api.error(
        "GET",
        "/instances",
        401,
        "UNAUTHORIZED",
        headers={"x-api-key": team.team_key, "X-Team-Id": team.team_id},
        raw_headers=True,
    )


async def test_unknown_route_uses_error_envelope(api: Api) -> None:
    """Routes outside the documented surface answer 404 with the error envelope."""
    err = await api.error("GET", "/campaigns", 405, "METHOD_NOT_ALLOWED")
    assert err["message"]
    await api.error("GET", "/nope", 404, "NOT_FOUND")


async def test_405_lists_documented_methods(api: Api, sb: Sandbox) -> None:
    """A wrong method gets 405 with Allow naming the documented path's methods only."""
    async with api.session.patch(sb.base_url + "/api/v1/contacts/bulk-delete", headers=sb.headers()) as resp:
        assert resp.status == 405
        assert resp.headers["Allow"] == "POST"
    async with api.session.patch(sb.base_url + "/api/v1/contacts/abc", headers=sb.headers()) as resp:
        assert resp.headers["Allow"] == "DELETE, GET, PUT"


async def test_a_collaborator_sends_only_through_assigned_instances(api: Api, sb: Sandbox) -> None:
    """Team workspace with collaborators (teams guide): an unassigned instance answers 403
    INSTANCE_NOT_ASSIGNED on every sending route; once assigned it sends; an admin uses any instance."""
    collaborator = sb.add_collaborator()
    admin = sb.add_collaborator(role="admin")
    instance = sb.workspace(sb.team_key).connected_instance.id
    when = "2030-01-01T10:00:00.000Z"
    sends = [
        ("/messages/send", {"instanceId": instance, "to": "+33612345678", "type": "text", "text": "hi"}),
        (
            "/messages/schedule",
            {"instanceId": instance, "to": "+33612345678", "type": "text", "text": "hi", "scheduledAt": when},
        ),
        (
            "/campaigns",
            {
                "instanceId": instance,
                "name": "c",
                "schedule": when,
                "recipients": {"type": "all"},
                "type": "text",
                "body": "b",
            },
        ),
        ("/number-lookups", {"instanceId": instance, "numbers": ["+33612345678"]}),
    ]
    for path, body in sends:
        await api.error("POST", path, 403, "INSTANCE_NOT_ASSIGNED", json=body, key=collaborator)
        status, _ = await api.call("POST", path, json=body, key=admin)
        assert status in (200, 201, 202), path
    assert sb.counters.created["message"] == 2  # the admin's send and schedule only
    sb.assign_instance(collaborator, instance)
    await api.ok("POST", "/messages/send", 201, json=sends[0][1], key=collaborator)
