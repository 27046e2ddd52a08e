"""Contacts CRUD, cursor pagination, bulk delete and bulk jobs (catalog §3.5, §3.6)."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import pytest

from msgflash_async.testing import Sandbox

from .sandbox_helpers import Api


def seed(sb: Sandbox, n: int) -> list[str]:
    """Seed n contacts directly (names shuffled so name order differs from creation order)."""
    ws = sb.workspace()
    return [ws.add_contact(f"Name {(i * 37) % n:04d}", f"+2299{i:07d}").id for i in range(n)]


async def walk(api: Api, sort: str | None = None, limit: int = 100, search: str | None = None) -> list[dict[str, Any]]:
    """Every contact by following nextCursor."""
    out: list[dict[str, Any]] = []
    cursor = None
    while True:
        params = {"limit": str(limit)}
        for name, value in (("sort", sort), ("cursor", cursor), ("search", search)):
            if value is not None:
                params[name] = value
        page = await api.ok("GET", "/contacts", params=params)
        assert page["limit"] == limit
        assert page["sort"] == (sort or "createdAt_desc")
        out += page["contacts"]
        if not page["hasMore"]:
            assert page["nextCursor"] is None
            return out
        assert page["nextCursor"]
        cursor = page["nextCursor"]


async def test_crud(api: Api) -> None:
    """Create, get, update (tags/meta replaced), delete."""
    c = await api.ok(
        "POST",
        "/contacts",
        201,
        json={"name": "Ann", "phone": "+22911111111", "tags": ["vip"], "meta": {"city": "Cotonou"}},
    )
    assert (c["name"], c["phone"], c["tags"], c["meta"]) == ("Ann", "+22911111111", ["vip"], {"city": "Cotonou"})
    got = await api.ok("GET", f"/contacts/{c['id']}")
    assert got["id"] == c["id"]
    up = await api.ok("PUT", f"/contacts/{c['id']}", json={"tags": ["new"], "meta": {"k": 1}})
    assert (up["name"], up["tags"], up["meta"]) == ("Ann", ["new"], {"k": 1})
    assert await api.ok("DELETE", f"/contacts/{c['id']}") == {"deleted": True}
    await api.error("GET", f"/contacts/{c['id']}", 404, "NOT_FOUND")
    await api.error("DELETE", f"/contacts/{c['id']}", 404, "NOT_FOUND")


@pytest.mark.parametrize(
    ("body", "path"),
    [
        ({"phone": "+22911111111"}, "name"),
        ({"name": "A"}, "phone"),
        ({"name": "A", "phone": "12"}, "phone"),
        ({"name": "A", "phone": "+22911111111", "tags": "vip"}, "tags"),
        ({"name": "A", "phone": "+22911111111", "meta": []}, "meta"),
    ],
)
async def test_create_validation(api: Api, body: dict[str, Any], path: str) -> None:
    """Required name/phone (E.164), typed tags and meta."""
    err = await api.error("POST", "/contacts", 400, "VALIDATION_ERROR", json=body)
    assert err["details"][0]["path"] == path


@pytest.mark.parametrize("sort", ["createdAt_desc", "name_asc"])
async def test_cursor_walk_250(api: Api, sb: Sandbox, sort: str) -> None:
    """Walking 250 contacts yields each once, in the requested order."""
    ids = seed(sb, 250)
    got = await walk(api, sort=sort, limit=100)
    assert len(got) == 250
    assert {c["id"] for c in got} == set(ids)
    if sort == "name_asc":
        assert [c["name"] for c in got] == sorted(c["name"] for c in got)
    else:
        keys = [(c["createdAt"], c["id"]) for c in got]
        assert keys == sorted(keys, reverse=True)
    first = await api.ok("GET", "/contacts", params={"sort": sort, "limit": "50"})
    assert (first["total"], len(first["contacts"]), first["hasMore"]) == (250, 50, True)


async def test_cursor_survives_inserts(api: Api, sb: Sandbox) -> None:
    """Keyset cursors do not duplicate items when contacts are added between pages."""
    seed(sb, 30)
    page = await api.ok("GET", "/contacts", params={"limit": "10", "sort": "name_asc"})
    sb.workspace().add_contact("Aaron first", "+22900000000")
    rest = await api.ok("GET", "/contacts", params={"limit": "100", "sort": "name_asc", "cursor": page["nextCursor"]})
    first_ids = {c["id"] for c in page["contacts"]}
    assert first_ids.isdisjoint(c["id"] for c in rest["contacts"])
    assert len(rest["contacts"]) == 20


async def test_search(api: Api, sb: Sandbox) -> None:
    """search matches name or phone case-insensitively; no match is an empty last page."""
    ws = sb.workspace()
    ws.add_contact("Alice Martin", "+22911110000")
    ws.add_contact("Bob", "+22922220000")
    ws.add_contact("MARTINE", "+22933330000")
    got = await walk(api, search="martin")
    assert sorted(c["name"] for c in got) == ["Alice Martin", "MARTINE"]
    assert [c["name"] for c in await walk(api, search="2222")] == ["Bob"]
    empty = await api.ok("GET", "/contacts", params={"search": "zzz"})
    assert empty == {
        "contacts": [],
        "total": 0,
        "limit": 50,
        "sort": "createdAt_desc",
        "nextCursor": None,
        "hasMore": False,
    }


@pytest.mark.parametrize(
    "params",
    [
        {"limit": "0"},
        {"limit": "101"},
        {"limit": "x"},
        {"search": ""},
        {"search": "x" * 101},
        {"sort": "name_desc"},
        {"cursor": "!!!"},
    ],
)
async def test_list_bounds(api: Api, params: dict[str, Any]) -> None:
    """limit 1..100, search 1..100 chars, known sorts, decodable cursors."""
    await api.error("GET", "/contacts", 400, "VALIDATION_ERROR", params=params)


async def test_limit_edges_accepted(api: Api, sb: Sandbox) -> None:
    """limit=1 and limit=100 are both valid."""
    seed(sb, 3)
    assert len((await api.ok("GET", "/contacts", params={"limit": "1"}))["contacts"]) == 1
    assert len((await api.ok("GET", "/contacts", params={"limit": "100"}))["contacts"]) == 3


async def test_bulk_delete_sync(api: Api, sb: Sandbox) -> None:
    """Below 100 ids: 200 with requested/deleted/notFound ids."""
    ids = seed(sb, 5)
    ghost = str(uuid.uuid4())
    res = await api.ok("POST", "/contacts/bulk-delete", json={"contactIds": [*ids[:3], ghost]})
    assert res == {"requested": 4, "deleted": 3, "notFound": [ghost]}
    assert len(sb.workspace().contacts) == 2
    # Ids are opaque (design §2): any non-empty string is an id, unknown ones are just not found.
    res = await api.ok("POST", "/contacts/bulk-delete", json={"contactIds": ["not-a-uuid", "job_abc123"]})
    assert res == {"requested": 2, "deleted": 0, "notFound": ["not-a-uuid", "job_abc123"]}


@pytest.mark.parametrize("ids", [[], [""], [1], None])
async def test_bulk_delete_validation(api: Api, ids: list[str] | None) -> None:
    """contactIds is required, 1..10000 non-empty strings."""
    await api.error("POST", "/contacts/bulk-delete", 400, "VALIDATION_ERROR", json={"contactIds": ids})


async def test_bulk_delete_too_many(api: Api) -> None:
    """More than 10000 ids is a VALIDATION_ERROR."""
    ids = [str(uuid.uuid4()) for _ in range(10_001)]
    await api.error("POST", "/contacts/bulk-delete", 400, "VALIDATION_ERROR", json={"contactIds": ids})


async def test_bulk_delete_async_job(api: Api, sb: Sandbox) -> None:
    """100+ ids: 202 with a pending job that progresses to done with a summary."""
    ids = seed(sb, 150)
    ghosts = [str(uuid.uuid4()) for _ in range(10)]
    acc = await api.ok("POST", "/contacts/bulk-delete", 202, json={"contactIds": ids + ghosts})
    assert (acc["mode"], acc["status"], acc["operation"], acc["requestedCount"], acc["progress"]) == (
        "async",
        "pending",
        "bulk_delete_contacts",
        160,
        0,
    )
    assert acc["jobId"].startswith("job_")
    assert "groupId" not in acc
    job_id = acc["jobId"]
    seen_processing = False
    while True:
        job = await api.ok("GET", f"/contacts/bulk-jobs/{job_id}/progress")
        seen_processing |= job["status"] == "processing" and 0 < job["processedCount"] < 160
        if job["status"] == "done":
            break
        await asyncio.sleep(0.005)
    assert seen_processing
    assert (job["processedCount"], job["progress"], job["summary"]) == (160, 100, {"deleted": 150, "notFound": 10})
    assert job["completedAt"]
    assert sb.workspace().contacts == {}
    full = await api.ok("GET", f"/contacts/bulk-jobs/{job_id}")
    assert full["error"] is None


async def test_job_cancel_keeps_done_work(api: Api, sb: Sandbox) -> None:
    """Cancelling a running job stops it; work already done stays done."""
    ids = seed(sb, 500)
    job_id = (await api.ok("POST", "/contacts/bulk-delete", 202, json={"contactIds": ids}))["jobId"]
    job = sb.workspace().jobs[job_id]
    await sb.wait_for(lambda: job.processed > 0)
    cancelled = await api.ok("POST", f"/contacts/bulk-jobs/{job_id}/cancel")
    assert cancelled["status"] == "cancelled"
    assert 0 < cancelled["processedCount"] < 500
    assert cancelled["completedAt"]
    remaining = len(sb.workspace().contacts)
    await sb.wait_for(lambda: sb.state.engine.pending == 0)
    assert len(sb.workspace().contacts) == remaining == 500 - cancelled["processedCount"]
    await api.error("POST", f"/contacts/bulk-jobs/{job_id}/cancel", 400, "BAD_REQUEST")
    await api.error("GET", "/contacts/bulk-jobs/job_nope", 404, "NOT_FOUND")


async def test_jobs_list_cursor(api: Api, sb: Sandbox) -> None:
    """Bulk jobs list newest first with an id cursor."""
    ids = seed(sb, 100)
    job_ids = [
        (await api.ok("POST", "/contacts/bulk-delete", 202, json={"contactIds": ids}))["jobId"] for _ in range(3)
    ]
    page = await api.ok("GET", "/contacts/bulk-jobs", params={"limit": "2"})
    assert [j["id"] for j in page["jobs"]] == job_ids[::-1][:2]
    assert page["hasMore"] is True
    assert "error" not in page["jobs"][0]
    rest = await api.ok("GET", "/contacts/bulk-jobs", params={"limit": "2", "cursor": page["nextCursor"]})
    assert ([j["id"] for j in rest["jobs"]], rest["hasMore"], rest["nextCursor"]) == ([job_ids[0]], False, None)
    await api.error("GET", "/contacts/bulk-jobs", 400, "VALIDATION_ERROR", params={"cursor": "job_unknown"})


async def test_explicit_null_is_rejected(api: Api) -> None:
    """Optional fields must be omitted, not sent as null (catches clients serialising unset fields)."""
    err = await api.error(
        "POST", "/contacts", 400, "VALIDATION_ERROR", json={"name": "A", "phone": "+22911111111", "tags": None}
    )
    assert err["details"] == [{"path": "tags", "message": "Expected a value, received null"}]


async def test_empty_tag_is_a_tag(api: Api) -> None:
    """Tag items have no minLength in the spec (nor in the docs): `""` is accepted."""
    created = await api.ok("POST", "/contacts", 201, json={"name": "A", "phone": "+1000000", "tags": [""]})
    assert (await api.ok("GET", f"/contacts/{created['id']}"))["tags"] == [""]


async def test_no_undocumented_length_caps(api: Api) -> None:
    """Neither the docs nor the spec bound the name, the number of tags or a tag's length."""
    tags = [f"{i}" + "t" * 1000 for i in range(500)]
    c = await api.ok("POST", "/contacts", 201, json={"name": "n" * 5000, "phone": "+22911111112", "tags": tags})
    assert (len(c["name"]), c["tags"]) == (5000, tags)
    up = await api.ok("PUT", f"/contacts/{c['id']}", json={"name": "m" * 10_000})
    assert len(up["name"]) == 10_000


@pytest.mark.parametrize(
    "changed",
    [{"sort": "createdAt_desc"}, {"sort": "name_asc", "search": "Contact"}],
    ids=["other-sort", "added-filter"],
)
async def test_cursor_resumed_with_another_sort_or_filter_is_refused(
    api: Api, sb: Sandbox, changed: dict[str, str]
) -> None:
    """The cursor carries its sort and filters (the FAQ: do not switch sort mid-walk): 400 on `cursor`."""
    seed(sb, 30)
    page = await api.ok("GET", "/contacts", params={"limit": "10", "sort": "name_asc"})
    err = await api.error(
        "GET", "/contacts", 400, "VALIDATION_ERROR", params={"limit": "10", "cursor": page["nextCursor"], **changed}
    )
    assert "cursor" in {d["path"] for d in err["details"]}
    same = await api.ok("GET", "/contacts", params={"limit": "50", "sort": "name_asc", "cursor": page["nextCursor"]})
    assert len(same["contacts"]) == 20  # same sort and filters: fine, whatever the page size
