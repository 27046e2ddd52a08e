"""Contacts, contact bulk jobs and contact groups."""

from __future__ import annotations

import re
from typing import Any

from aiohttp import web

from ._engine import add_member, delete_contact
from ._pagination import id_cursor_page, tuple_cursor_page
from ._routes_core import get_or_404
from ._state import Contact, Group, Job, Workspace
from ._util import ApiError, bad_request, data, iso, not_found, now
from ._validation import Body, Query, must, read_body
from ._world import Ctx, Route

__all__ = ["ROUTES"]

ASYNC_THRESHOLD = 100  # < 100 ids: synchronous 200; >= 100: 202 + bulk job
MAX_IDS = 10_000
# The spec's pattern `^#[0-9A-Fa-f]{6}$` (fullmatch: no trailing newline).
COLOR = re.compile(r"#[0-9A-Fa-f]{6}")


def _matches(search: str | None, *fields: str | None) -> bool:
    if search is None:
        return True
    needle = search.casefold()
    return any(f is not None and needle in f.casefold() for f in fields)


def _contact(ctx: Ctx) -> Contact:
    return get_or_404(ctx.ws.contacts, ctx.request.match_info["id"], "Contact")


def _group(ctx: Ctx) -> Group:
    return get_or_404(ctx.ws.groups, ctx.request.match_info["groupId"], "Group")


# -- contacts --------------------------------------------------------------------

SORTS = {
    "createdAt_desc": (lambda c: (iso(c.created_at) or "", c.id), True),
    "name_asc": (lambda c: (c.name.casefold(), c.id), False),
}


async def list_contacts(ctx: Ctx) -> web.Response:
    """GET /contacts: keyset cursor over (createdAt|id) or (name|id)."""
    q = Query(ctx.request)
    limit = q.integer("limit", default=50, lo=1, hi=100)
    cursor = q.string("cursor")
    search = q.string("search", min_len=1, max_len=100)
    sort = q.string("sort", choices=tuple(SORTS)) or "createdAt_desc"
    q.check()
    items = [c for c in ctx.ws.contacts.values() if _matches(search, c.name, c.phone)]
    key, descending = SORTS[sort]
    page, next_cursor, has_more = tuple_cursor_page(
        items, key, cursor, limit, descending=descending, scope=f"{sort}\0{search or ''}"
    )
    return data(
        {
            "contacts": [c.list_json() for c in page],
            "total": len(items),
            "limit": limit,
            "sort": sort,
            "nextCursor": next_cursor,
            "hasMore": has_more,
        }
    )


def _contact_fields(body: Body, *, create: bool) -> dict[str, Any]:
    fields = {
        "name": body.string("name", required=create),
        "phone": body.phone("phone", required=create),
        # Tag items have no minLength in the spec (nor in the docs): "" is a tag like any other.
        "tags": body.str_list("tags", min_len=0),
        "meta": body.obj("meta"),
    }
    body.check()
    return fields


async def create_contact(ctx: Ctx) -> web.Response:
    """POST /contacts (duplicate phones are allowed: undocumented)."""
    f = _contact_fields(await read_body(ctx.request), create=True)
    contact = Contact(name=f["name"], phone=f["phone"], tags=list(dict.fromkeys(f["tags"] or [])), meta=f["meta"] or {})
    ctx.ws.contacts[contact.id] = contact
    ctx.world.counters.created["contact"] += 1
    return data(contact.to_json(), status=201)


async def get_contact(ctx: Ctx) -> web.Response:
    """GET /contacts/{id}."""
    return data(_contact(ctx).to_json())


async def update_contact(ctx: Ctx) -> web.Response:
    """PUT /contacts/{id}: tags and meta replace the whole value."""
    contact = _contact(ctx)
    f = _contact_fields(await read_body(ctx.request), create=False)
    if f["name"] is not None:
        contact.name = f["name"]
    if f["phone"] is not None:
        contact.phone = f["phone"]
    if f["tags"] is not None:
        contact.tags = list(dict.fromkeys(f["tags"]))
    if f["meta"] is not None:
        contact.meta = f["meta"]
    contact.updated_at = now()
    return data(contact.to_json())


async def delete_contact_route(ctx: Ctx) -> web.Response:
    """DELETE /contacts/{id} (also leaves every group)."""
    delete_contact(ctx.ws, _contact(ctx).id)
    return data({"deleted": True})


def _ids(body: Body) -> list[str]:
    ids = body.str_list("contactIds", required=True, min_items=1, max_items=MAX_IDS)
    body.check()
    return must(ids, "contactIds")


def _start_job(ctx: Ctx, operation: str, ids: list[str], group_id: str | None = None) -> web.Response:
    job = Job(operation=operation, ids=ids, group_id=group_id)
    ctx.ws.jobs[job.id] = job
    ctx.world.counters.created["bulk_job"] += 1
    ctx.world.engine.start_job(ctx.ws, job)
    out: dict[str, Any] = {
        "mode": "async",
        "jobId": job.id,
        "status": job.status,
        "operation": operation,
        "requestedCount": len(ids),
    }
    if group_id is not None:
        out["groupId"] = group_id
    out["progress"] = 0
    out["message"] = f"Bulk job queued. Poll GET /api/v1/contacts/bulk-jobs/{job.id}/progress for its status."
    return data(out, status=202)


async def bulk_delete(ctx: Ctx) -> web.Response:
    """POST /contacts/bulk-delete: sync below 100 ids, else an async job."""
    ids = _ids(await read_body(ctx.request))
    if len(ids) >= ASYNC_THRESHOLD:
        return _start_job(ctx, "bulk_delete_contacts", ids)
    not_found_ids = [i for i in ids if not delete_contact(ctx.ws, i)]
    return data({"requested": len(ids), "deleted": len(ids) - len(not_found_ids), "notFound": not_found_ids})


# -- bulk jobs -------------------------------------------------------------------


def _job(ctx: Ctx) -> Job:
    job = ctx.ws.jobs.get(ctx.request.match_info["jobId"])
    if job is None:
        raise not_found("Bulk job")
    return job


async def list_jobs(ctx: Ctx) -> web.Response:
    """GET /contacts/bulk-jobs: newest first; cursor = last job id."""
    q = Query(ctx.request)
    limit = q.integer("limit", default=20, lo=1, hi=100)
    cursor = q.string("cursor")
    q.check()
    items = list(reversed(ctx.ws.jobs.values()))
    page, next_cursor, has_more = id_cursor_page(items, lambda j: j.id, cursor, limit)
    return data({"jobs": [j.to_json(with_error=False) for j in page], "nextCursor": next_cursor, "hasMore": has_more})


async def get_job(ctx: Ctx) -> web.Response:
    """GET /contacts/bulk-jobs/{jobId} (and /progress: same live object)."""
    return data(_job(ctx).to_json())


async def cancel_job(ctx: Ctx) -> web.Response:
    """POST /contacts/bulk-jobs/{jobId}/cancel: keeps the work already done."""
    job = _job(ctx)
    if job.status not in ("pending", "processing"):
        raise bad_request(f"Bulk job cannot be cancelled from status {job.status}")
    job.status = "cancelled"
    job.updated_at = job.completed_at = now()
    full = job.to_json()
    keys = ("id", "operation", "status", "requestedCount", "processedCount", "progress", "groupId", "summary")
    return data({**{k: full[k] for k in keys if k in full}, "completedAt": full["completedAt"]})


# -- groups ----------------------------------------------------------------------


def _group_fields(body: Body, *, create: bool) -> dict[str, Any]:
    fields = {
        "name": body.string("name", required=create),
        "description": body.string("description", min_len=0),
        "color": body.string("color"),
    }
    if fields["color"] is not None and COLOR.fullmatch(fields["color"]) is None:
        body.problem("color", "Expected a hex color like #F59E0B")
    body.check()
    return fields


def _check_name_free(ws: Workspace, name: str, except_id: str | None = None) -> None:
    folded = name.casefold()
    if any(g.name.casefold() == folded and g.id != except_id for g in ws.groups.values()):
        raise ApiError(409, "CONFLICT", "A group with this name already exists")


async def list_groups(ctx: Ctx) -> web.Response:
    """GET /contacts/groups: newest first, search on name/description."""
    q = Query(ctx.request)
    limit = q.integer("limit", default=50, lo=1, hi=100)
    cursor = q.string("cursor")
    search = q.string("search", min_len=1, max_len=100)
    q.check()
    items = [g for g in ctx.ws.groups.values() if _matches(search, g.name, g.description)]
    page, next_cursor, has_more = tuple_cursor_page(
        items, lambda g: (iso(g.created_at) or "", g.id), cursor, limit, descending=True, scope=search or ""
    )
    return data(
        {
            "groups": [g.to_json() for g in page],
            "total": len(items),
            "limit": limit,
            "nextCursor": next_cursor,
            "hasMore": has_more,
        }
    )


async def create_group(ctx: Ctx) -> web.Response:
    """POST /contacts/groups: plan cap, then unique name (case-insensitive)."""
    ws = ctx.ws
    f = _group_fields(await read_body(ctx.request), create=True)
    cap = ws.plan.max_contact_groups
    if cap is not None and len(ws.groups) >= cap:
        raise ApiError(403, "MAX_CONTACT_GROUPS_REACHED", f"Your plan allows at most {cap} contact groups")
    _check_name_free(ws, f["name"])
    group = Group(name=f["name"], description=f["description"] or "", color=f["color"] or "#6B7280")
    ws.groups[group.id] = group
    ctx.world.counters.created["group"] += 1
    return data(group.to_json(), status=201)


async def get_group(ctx: Ctx) -> web.Response:
    """GET /contacts/groups/{groupId}."""
    return data(_group(ctx).to_json())


async def update_group(ctx: Ctx) -> web.Response:
    """PUT /contacts/groups/{groupId}."""
    group = _group(ctx)
    f = _group_fields(await read_body(ctx.request), create=False)
    if f["name"] is not None:
        _check_name_free(ctx.ws, f["name"], except_id=group.id)
        group.name = f["name"]
    if f["description"] is not None:
        group.description = f["description"]
    if f["color"] is not None:
        group.color = f["color"]
    group.updated_at = now()
    return data(group.to_json())


async def delete_group(ctx: Ctx) -> web.Response:
    """DELETE /contacts/groups/{groupId}; member contacts are kept."""
    group = _group(ctx)
    del ctx.ws.groups[group.id]
    return data({"deleted": True})


async def add_members(ctx: Ctx) -> web.Response:
    """POST /contacts/groups/{groupId}/members."""
    group = _group(ctx)
    ids = _ids(await read_body(ctx.request))
    if len(ids) >= ASYNC_THRESHOLD:
        return _start_job(ctx, "add_to_group", ids, group.id)
    summary = {"added": 0, "alreadyInGroup": 0, "notFound": 0}
    for contact_id in ids:
        summary[add_member(ctx.ws, group.members, contact_id)] += 1
    # `total` = ids requested (= added + alreadyInGroup + notFound).
    return data({**summary, "total": len(ids)})


async def remove_members(ctx: Ctx) -> web.Response:
    """DELETE /contacts/groups/{groupId}/members (JSON body)."""
    group = _group(ctx)
    ids = _ids(await read_body(ctx.request))
    if len(ids) >= ASYNC_THRESHOLD:
        return _start_job(ctx, "remove_from_group", ids, group.id)
    removed = sum(1 for i in ids if group.members.pop(i, None) is not None)
    return data({"removed": removed, "notInGroup": len(ids) - removed})


async def list_members(ctx: Ctx) -> web.Response:
    """GET /contacts/groups/{groupId}/members: newest additions first."""
    group = _group(ctx)
    q = Query(ctx.request)
    limit = q.integer("limit", default=50, lo=1, hi=100)
    cursor = q.string("cursor")
    search = q.string("search", min_len=1, max_len=100)
    q.check()
    contacts = ctx.ws.contacts
    rows = [
        (contacts[cid], added)
        for cid, added in group.members.items()
        if cid in contacts and _matches(search, contacts[cid].name, contacts[cid].phone)
    ]
    page, next_cursor, has_more = tuple_cursor_page(
        rows, lambda r: (iso(r[1]) or "", r[0].id), cursor, limit, descending=True, scope=search or ""
    )
    items = [
        {"id": c.id, "name": c.name, "phone": c.phone, "tags": list(c.tags), "addedAt": iso(added)} for c, added in page
    ]
    return data({"contacts": items, "limit": limit, "total": len(rows), "nextCursor": next_cursor, "hasMore": has_more})


async def contact_groups(ctx: Ctx) -> web.Response:
    """GET /contacts/{id}/groups."""
    contact = _contact(ctx)
    groups = [{"id": g.id, "name": g.name, "color": g.color} for g in ctx.ws.groups.values() if contact.id in g.members]
    return data({"groups": groups})


# Static segments (groups, bulk-jobs, bulk-delete) are registered before {id}.
ROUTES = [
    Route("contacts_bulk_delete", bulk_delete),
    Route("contact_bulk_jobs_list", list_jobs),
    Route("contact_bulk_jobs_get", get_job),
    Route("contact_bulk_jobs_get_progress", get_job),
    Route("contact_bulk_jobs_cancel", cancel_job),
    Route("contact_groups_list", list_groups),
    Route("contact_groups_create", create_group),
    Route("contact_groups_get", get_group),
    Route("contact_groups_update", update_group),
    Route("contact_groups_delete", delete_group),
    Route("contact_groups_add_members", add_members),
    Route("contact_groups_remove_members", remove_members),
    Route("contact_groups_list_members", list_members),
    Route("contacts_list", list_contacts),
    Route("contacts_create", create_contact),
    Route("contacts_get", get_contact),
    Route("contacts_update", update_contact),
    Route("contacts_delete", delete_contact_route),
    Route("contacts_list_groups", contact_groups),
]
