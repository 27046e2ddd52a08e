"""Number lookups: which numbers are on WhatsApp (deterministic rule).

A valid number (after normalisation to E.164) is "on WhatsApp" when its last
digit is even, "not on WhatsApp" when odd. Normalisation drops spaces, dashes,
dots and parentheses, turns a leading ``00`` into ``+`` and adds a missing ``+``.
"""

from __future__ import annotations

import re

from aiohttp import web

from ._engine import check_numbers
from ._pagination import id_cursor_page
from ._routes_core import get_or_404
from ._state import Contact, Lookup
from ._util import ApiError, data, is_e164, not_found, now
from ._validation import Query, must, read_body
from ._world import Ctx, Route

__all__ = ["ROUTES", "normalize_number"]

ASYNC_THRESHOLD = 100
_SEPARATORS = re.compile(r"[\s\-.()]")


def normalize_number(raw: str) -> str | None:
    """International format -> E.164, or None when invalid."""
    text = _SEPARATORS.sub("", raw)
    if text.startswith("00"):
        text = "+" + text[2:]
    elif not text.startswith("+"):
        text = "+" + text
    return text if is_e164(text) else None


def lookup_not_found() -> ApiError:
    """The lookup routes' own 404 code."""
    return ApiError(404, "LOOKUP_NOT_FOUND", "Number lookup not found")


def _lookup(ctx: Ctx) -> Lookup:
    lookup = ctx.ws.lookups.get(ctx.request.match_info["id"])
    if lookup is None:
        raise lookup_not_found()
    return lookup


async def create_lookup(ctx: Ctx) -> web.Response:
    """POST /number-lookups: sync below 100 numbers, else 202 and ticks."""
    ws = ctx.ws
    body = await read_body(ctx.request)
    instance_id = body.ident("instanceId", required=True)
    numbers = body.str_list("numbers", required=True, min_items=1, max_items=10_000)
    body.check()
    instance_id, numbers = must(instance_id, "instanceId"), must(numbers, "numbers")
    if not ws.plan.number_lookups:
        raise ApiError(403, "FEATURE_NOT_AVAILABLE_ON_PLAN", "Number lookups are not available on your plan")
    instance = ws.instances.get(instance_id)
    if instance is None or instance.status != "connected":
        raise not_found("Connected instance")
    if not ctx.key.may_send_through(instance.id):
        raise ApiError(403, "INSTANCE_NOT_ASSIGNED", "This instance is not assigned to you in this team")
    valid: dict[str, None] = {}
    invalid: list[str] = []
    for raw in numbers:
        normalized = normalize_number(raw)
        if normalized is None:
            invalid.append(raw)
        else:
            valid.setdefault(normalized)
    lookup = Lookup(instance_id=instance.id, requested=len(numbers), numbers=list(valid), invalid=invalid)
    ws.lookups[lookup.id] = lookup
    ctx.world.counters.created["lookup"] += 1
    if len(numbers) >= ASYNC_THRESHOLD:
        ctx.world.engine.start_lookup(lookup)
        message = f"Lookup queued. Poll GET /api/v1/number-lookups/{lookup.id}/progress for its status."
        return data(
            {
                "mode": "async",
                "lookupId": lookup.id,
                "status": "pending",
                "requested": len(numbers),
                "message": message,
            },
            status=202,
        )
    check_numbers(lookup, len(lookup.numbers))
    lookup.status = "done"
    lookup.updated_at = lookup.completed_at = now()
    return data(
        {
            "mode": "sync",
            "lookupId": lookup.id,
            "status": "done",
            "requested": lookup.requested,
            "normalized": len(lookup.numbers),
            "checked": lookup.checked,
            "onWhatsAppCount": len(lookup.on_whatsapp),
            "notOnWhatsAppCount": len(lookup.not_on_whatsapp),
            "invalidCount": len(lookup.invalid),
            "result": lookup.result_json(),
        }
    )


async def list_lookups(ctx: Ctx) -> web.Response:
    """GET /number-lookups: newest first; cursor = last lookup id."""
    q = Query(ctx.request)
    # No maximum is documented for this list: any limit >= 1 is served (up to what there is).
    limit = q.integer("limit", default=20, lo=1, hi=None)
    cursor = q.string("cursor")
    q.check()
    items = list(reversed(ctx.ws.lookups.values()))
    page, next_cursor, has_more = id_cursor_page(items, lambda lk: lk.id, cursor, limit)
    return data(
        {"lookups": [lk.to_json(with_result=False) for lk in page], "nextCursor": next_cursor, "hasMore": has_more}
    )


async def get_lookup(ctx: Ctx) -> web.Response:
    """GET /number-lookups/{id} (with `result`)."""
    return data(_lookup(ctx).to_json(with_result=True))


async def lookup_progress(ctx: Ctx) -> web.Response:
    """GET /number-lookups/{id}/progress (no `result`)."""
    return data(_lookup(ctx).to_json(with_result=False))


async def cancel_lookup(ctx: Ctx) -> web.Response:
    """POST /number-lookups/{id}/cancel."""
    lookup = _lookup(ctx)
    if lookup.status not in ("pending", "processing"):
        raise ApiError(400, "LOOKUP_CANNOT_BE_CANCELLED", f"Lookup is already {lookup.status}")
    lookup.status = "cancelled"
    lookup.updated_at = lookup.completed_at = now()
    return data(
        {"id": lookup.id, "status": lookup.status, "completedAt": lookup.to_json(with_result=False)["completedAt"]}
    )


async def import_contacts(ctx: Ctx) -> web.Response:
    """POST /number-lookups/{id}/import-contacts: on-WhatsApp numbers only."""
    ws = ctx.ws
    lookup = _lookup(ctx)
    body = await read_body(ctx.request, optional=True)
    group_id = body.ident("groupId")
    tag = body.string("tag")
    body.check()
    if lookup.status != "done":
        raise ApiError(400, "BAD_REQUEST", "Only a completed lookup can be imported")
    group = get_or_404(ws.groups, group_id, "Group") if group_id else None
    by_phone = {c.phone: c for c in ws.contacts.values()}
    counts = {"created": 0, "updated": 0, "skipped": 0}
    for phone in lookup.on_whatsapp:
        contact = by_phone.get(phone)
        created = contact is None
        if contact is None:
            # The provider gives no name: the number stands in for it.
            contact = Contact(name=phone, phone=phone)
            ws.contacts[contact.id] = by_phone[phone] = contact
            ctx.world.counters.created["contact"] += 1
        changed = False
        if tag and tag not in contact.tags:
            contact.tags.append(tag)
            changed = True
        if group is not None and contact.id not in group.members:
            group.members[contact.id] = now()
            changed = True
        if created:
            counts["created"] += 1
        elif changed:
            contact.updated_at = now()
            counts["updated"] += 1
        else:
            counts["skipped"] += 1
    return data({"requested": len(lookup.on_whatsapp), **counts})


ROUTES = [
    Route("number_lookups_create", create_lookup),
    Route("number_lookups_list", list_lookups),
    Route("number_lookups_get", get_lookup),
    Route("number_lookups_get_progress", lookup_progress),
    Route("number_lookups_cancel", cancel_lookup),
    Route("number_lookups_import_contacts", import_contacts),
]
