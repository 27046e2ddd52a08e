"""Instances, billing, usage and /me (catalog §3.1, §3.11, §3.12)."""

from __future__ import annotations

from typing import Literal

import aiohttp
import pytest

from msgflash_async.testing import Sandbox

from .sandbox_helpers import Api


async def test_instances(api: Api, sb: Sandbox) -> None:
    """Two seeded instances: one connected with a number, one disconnected."""
    items = await api.ok("GET", "/instances")
    assert sorted(i["status"] for i in items) == ["connected", "disconnected"]
    main = next(i for i in items if i["status"] == "connected")
    assert main["waNumber"].startswith("+")
    assert set(main) >= {"id", "name", "waNumber", "status", "webhook", "meta", "deletedAt", "createdAt", "updatedAt"}
    assert await api.ok("GET", f"/instances/{main['id']}") == main
    state = await api.ok("GET", f"/instances/{main['id']}/state")
    assert state == {"instanceId": main["id"], "status": "connected", "providerState": "open"}
    await api.error("GET", "/instances/3fa85f64-5717-4562-b3fc-2c963f66afa6", 404, "NOT_FOUND")


async def test_health_counts_real_usage(api: Api, sb: Sandbox) -> None:
    """Health has the documented shape and counts recent outbound messages."""
    inst = sb.workspace().connected_instance.id
    for to in ("+22990000002", "+22990000004", "+22990000002"):
        await api.ok("POST", "/messages/send", 201, json={"instanceId": inst, "to": to, "type": "text", "text": "x"})
    health = await api.ok("GET", f"/instances/{inst}/health")
    assert health["safetyState"] in {"new", "warming", "stable", "at_risk", "restricted"}
    assert health["warmupPolicy"]["state"] == health["safetyState"]
    assert set(health["warmupPolicy"]) == {
        "state",
        "instanceAgeDays",
        "hourlyOutboundCap",
        "dailyOutboundCap",
        "hourlyUniqueRecipientsCap",
        "dailyUniqueRecipientsCap",
        "maxCampaignRecipients",
        "maxColdRatio",
    }
    summary = health["usageWindowSummary"]
    assert (summary["outbound1h"], summary["uniqueRecipients24h"]) == (3, 2)
    assert isinstance(health["recommendations"], list)
    assert health["firstConnectedAt"]


async def test_plans_subscription_usage(api: Api, sb: Sandbox) -> None:
    """Newest plan catalogue; subscription and usage read the account's plan and counters."""
    plans = {p["code"]: p for p in await api.ok("GET", "/billing/plans")}
    assert plans["free"]["limits"] == {
        "maxInstances": 1,
        "maxApiKeys": 1,
        "maxWebhookEndpoints": 3,
        "monthlyOutboundQuota": 500,
        "monthlyApiRequestQuota": 500,
    }
    assert plans["max"]["priceEur"] == 39
    assert not any(p["features"]["statuses"] for p in plans.values())
    sub = await api.ok("GET", "/billing/subscription")
    assert sub["subscription"]["plan"]["code"] == "pro"
    assert sub["subscription"]["plan"]["limits"]["monthlyOutboundQuota"] == 50_000
    assert sub["subscription"]["scheduledPlan"] is None
    assert sub["period"]["start"].endswith("T00:00:00.000Z")
    assert sub["period"]["end"].endswith("T23:59:59.999Z")
    usage = await api.ok("GET", "/billing/usage")
    legacy = await api.ok("GET", "/usage")
    assert usage["plan"] == {"code": "pro", "name": "Pro"}
    assert legacy["usage"]["apiRequestsCount"] == usage["usage"]["apiRequestsCount"] + 1
    assert usage["usage"]["activeApiKeysCount"] == 1
    assert usage["usage"]["activeInstancesCount"] == 1


async def test_payments_page_pagination(api: Api) -> None:
    """Two seeded payments, page/limit/totalPages."""
    page = await api.ok("GET", "/billing/payments", params={"limit": "1"})
    assert (page["total"], page["page"], page["totalPages"], len(page["payments"])) == (2, 1, 2, 1)
    pay = page["payments"][0]
    assert (pay["provider"], pay["currency"], pay["status"], pay["amount"]) == ("dodo", "EUR", "succeeded", 1900)
    second = await api.ok("GET", "/billing/payments", params={"limit": "1", "page": "2"})
    assert second["payments"][0]["id"] != pay["id"]
    await api.error("GET", "/billing/payments", 400, "VALIDATION_ERROR", params={"limit": "0"})


async def test_me(api: Api, sb: Sandbox) -> None:
    """/me is a free-form user object."""
    me = await api.ok("GET", "/me")
    assert me["id"] == sb.account.id
    assert "@" in me["email"]


@pytest.mark.parametrize("page", [99, 2**63, 2**64, 10**100])
async def test_huge_page_is_an_empty_page(api: Api, page: int) -> None:
    """Any page number past the data is a 200 with an empty page, echoed exactly (no maximum, no crash)."""
    status, body = await api.call("GET", "/billing/payments", params={"page": str(page)})
    assert status == 200, body
    assert (body["data"]["payments"], body["data"]["page"]) == ([], page)
    assert (await api.ok("GET", "/templates", params={"page": str(page)}))["templates"] == []


async def test_page_longer_than_int_str_limit(api: Api, sb: Sandbox) -> None:
    """A 5000-digit page (beyond Python's 4300-digit int() limit) is still an empty page, echoed verbatim."""
    digits = "1" + "0" * 4999
    url = sb.base_url + "/api/v1/billing/payments"
    async with api.session.get(url, params={"page": digits}, headers=sb.headers()) as resp:
        assert resp.status == 200
        assert f'"page":{digits},' in await resp.text()


@pytest.mark.parametrize("page", ["1_0", " 1", "+1", "1.0", "\u0661", "0", "-1"])
async def test_page_must_be_a_plain_positive_integer(api: Api, page: str) -> None:
    """Only `[0-9]+` page numbers of at least 1 are accepted (no `int()` leniency)."""
    await api.error("GET", "/billing/payments", 400, "VALIDATION_ERROR", params={"page": page})


async def test_both_documented_plan_catalogues() -> None:
    """Newest Free/Pro/MAX by default; the FAQ's Free/Starter/Pro/Plus with 1/3/10/10 API keys on request."""
    from msgflash_async.testing import SandboxConfig

    catalogues: list[tuple[Literal["newest", "faq"], list[str], list[int]]] = [
        ("newest", ["free", "pro", "max"], [1, 5, 10]),
        ("faq", ["free", "starter", "pro", "plus"], [1, 3, 10, 10]),
    ]
    for catalogue, codes, keys in catalogues:
        config = SandboxConfig(catalogue=catalogue, plan="pro", rate_limit_per_second=None)
        async with (
            Sandbox(config) as sb,
            aiohttp.ClientSession() as http,
            http.get(f"{sb.base_url}/api/v1/billing/plans", headers=sb.headers()) as resp,
        ):
            plans = (await resp.json())["data"]
        assert [p["code"] for p in plans] == codes
        assert [p["limits"]["maxApiKeys"] for p in plans] == keys
