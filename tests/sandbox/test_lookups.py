"""Number lookups: sync, async, cancel, import (catalog §3.8)."""

from __future__ import annotations

from typing import Any

import pytest

from msgflash_async.testing import Sandbox

from .sandbox_helpers import Api


def body(sb: Sandbox, numbers: list[str]) -> dict[str, Any]:
    """A lookup body on the connected instance."""
    return {"instanceId": sb.workspace().connected_instance.id, "numbers": numbers}


async def test_sync_lookup(api: Api, sb: Sandbox) -> None:
    """Below 100 numbers: 200 sync result; even last digit = on WhatsApp."""
    res = await api.ok(
        "POST",
        "/number-lookups",
        json=body(sb, ["+229 90 00 00 02", "22990000003", "0022990000004", "abc", "+22990000002"]),
    )
    assert (res["mode"], res["status"], res["requested"], res["normalized"], res["checked"]) == (
        "sync",
        "done",
        5,
        3,
        3,
    )
    assert res["result"] == {
        "onWhatsApp": ["+22990000002", "+22990000004"],
        "notOnWhatsApp": ["+22990000003"],
        "invalid": ["abc"],
    }
    assert (res["onWhatsAppCount"], res["notOnWhatsAppCount"], res["invalidCount"]) == (2, 1, 1)
    got = await api.ok("GET", f"/number-lookups/{res['lookupId']}")
    assert got["result"] == res["result"]
    assert got["status"] == "done"


async def test_needs_connected_instance(api: Api, sb: Sandbox) -> None:
    """A disconnected or unknown instance is 404 NOT_FOUND."""
    b = body(sb, ["+22990000002"]) | {"instanceId": sb.workspace().disconnected_instance.id}
    await api.error("POST", "/number-lookups", 404, "NOT_FOUND", json=b)


@pytest.mark.parametrize("numbers", [[], None, [""], ["+1"] * 10_001])
async def test_validation(api: Api, sb: Sandbox, numbers: list[str] | None) -> None:
    """numbers is required, 1..10000 non-empty strings."""
    await api.error("POST", "/number-lookups", 400, "VALIDATION_ERROR", json=body(sb, numbers))  # type: ignore[arg-type]


async def test_async_lookup_progress_and_import(api: Api, sb: Sandbox) -> None:
    """100+ numbers: 202, pending -> processing -> done; import creates contacts for on-WhatsApp numbers."""
    numbers = [f"+2299100{i:04d}" for i in range(120)]
    acc = await api.ok("POST", "/number-lookups", 202, json=body(sb, numbers))
    assert (acc["mode"], acc["status"], acc["requested"]) == ("async", "pending", 120)
    assert acc["message"]
    lookup_id = acc["lookupId"]
    await api.error("POST", f"/number-lookups/{lookup_id}/import-contacts", 400, "BAD_REQUEST")
    lookup = sb.workspace().lookups[lookup_id]
    await sb.wait_for(lambda: lookup.status == "processing" and lookup.checked > 0)
    mid = await api.ok("GET", f"/number-lookups/{lookup_id}/progress")
    assert 0 < mid["progress"] < 100
    assert "result" not in mid
    await sb.wait_for(lambda: lookup.status == "done")
    done = await api.ok("GET", f"/number-lookups/{lookup_id}")
    assert (done["progress"], done["checkedCount"], done["onWhatsAppCount"]) == (100, 120, 60)
    assert done["completedAt"]
    group = await api.ok("POST", "/contacts/groups", 201, json={"name": "Found"})
    sb.workspace().add_contact("Known", "+22991000000")
    imp = await api.ok(
        "POST", f"/number-lookups/{lookup_id}/import-contacts", json={"groupId": group["id"], "tag": "lookup"}
    )
    assert imp == {"requested": 60, "created": 59, "updated": 1, "skipped": 0}
    again = await api.ok(
        "POST", f"/number-lookups/{lookup_id}/import-contacts", json={"groupId": group["id"], "tag": "lookup"}
    )
    assert again == {"requested": 60, "created": 0, "updated": 0, "skipped": 60}
    assert (await api.ok("GET", f"/contacts/groups/{group['id']}"))["contactCount"] == 60
    listed = await api.ok("GET", "/number-lookups")
    assert [lk["id"] for lk in listed["lookups"]] == [lookup_id]


async def test_cancel(api: Api, sb: Sandbox) -> None:
    """Cancel while pending/processing; afterwards LOOKUP_CANNOT_BE_CANCELLED; unknown LOOKUP_NOT_FOUND."""
    acc = await api.ok("POST", "/number-lookups", 202, json=body(sb, [f"+2299200{i:04d}" for i in range(5000)]))
    res = await api.ok("POST", f"/number-lookups/{acc['lookupId']}/cancel")
    assert res["status"] == "cancelled"
    assert res["completedAt"]
    await api.error("POST", f"/number-lookups/{acc['lookupId']}/cancel", 400, "LOOKUP_CANNOT_BE_CANCELLED")
    sync = await api.ok("POST", "/number-lookups", json=body(sb, ["+22990000002"]))
    await api.error("POST", f"/number-lookups/{sync['lookupId']}/cancel", 400, "LOOKUP_CANNOT_BE_CANCELLED")
    ghost = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
    await api.error("POST", f"/number-lookups/{ghost}/cancel", 404, "LOOKUP_NOT_FOUND")
    await api.error("GET", f"/number-lookups/{ghost}", 404, "LOOKUP_NOT_FOUND")


async def test_list_limit_has_no_maximum(api: Api) -> None:
    """No maximum `limit` is documented for the lookups list: a large one is served, not refused."""
    page = await api.ok("GET", "/number-lookups", params={"limit": "3366"})
    assert (page["lookups"], page["hasMore"]) == ([], False)


async def test_no_undocumented_length_caps(api: Api, sb: Sandbox) -> None:
    """A number item has only minLength 1 (a too-long one is just `invalid`); the import tag has no maximum."""
    res = await api.ok("POST", "/number-lookups", json=body(sb, ["+22990000002", "9" * 500]))
    assert res["result"]["invalid"] == ["9" * 500]
    imp = await api.ok("POST", f"/number-lookups/{res['lookupId']}/import-contacts", json={"tag": "t" * 5000})
    assert imp["created"] == 1
    contact = next(iter(sb.workspace().contacts.values()))
    assert contact.tags == ["t" * 5000]
