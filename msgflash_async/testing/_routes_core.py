"""Instances, webhooks, statuses, billing, usage and /me."""

from __future__ import annotations

import re
import secrets
from datetime import UTC, datetime
from typing import Any, TypeVar

from aiohttp import web

from ._engine import instance_health
from ._state import Account, Instance, Webhook, Workspace
from ._util import ApiError, data, iso, not_found
from ._validation import Query, must, read_body
from ._world import Ctx, Route

__all__ = ["ROUTES", "WEBHOOK_EVENTS", "get_instance", "get_or_404"]

WEBHOOK_EVENTS = (
    "instance.connected",
    "instance.disconnected",
    "message.sent",
    "message.delivered",
    "message.read",
    "message.failed",
    "message.received",
)

T = TypeVar("T")


def get_or_404(items: dict[str, T], ident: str, what: str) -> T:
    """Look an id up in the caller's workspace; other workspaces' ids are 404 too."""
    item = items.get(ident)
    if item is None:
        raise not_found(what)
    return item


# The spec's `CreateWebhookRequest.url` pattern.
WEBHOOK_URL = re.compile(r"(https://|http://(localhost|127\.0\.0\.1|\[::1\])(:[0-9]+)?(/|\Z))")


def get_instance(ws: Workspace, ident: str) -> Instance:
    """An instance of the workspace or 404 NOT_FOUND."""
    return get_or_404(ws.instances, ident, "Instance")


def sending_instance(ctx: Ctx, ident: str) -> Instance:
    """An instance the caller may send through: 404 if unknown, 403 INSTANCE_NOT_ASSIGNED for a team
    collaborator it is not assigned to (the teams guide)."""
    instance = get_instance(ctx.ws, ident)
    if not ctx.key.may_send_through(instance.id):
        raise ApiError(403, "INSTANCE_NOT_ASSIGNED", "This instance is not assigned to you in this team")
    return instance


# -- instances ---------------------------------------------------------------


async def list_instances(ctx: Ctx) -> web.Response:
    """GET /instances: bare array, no pagination."""
    return data([i.to_json() for i in ctx.ws.instances.values()])


async def get_instance_route(ctx: Ctx) -> web.Response:
    """GET /instances/{id}."""
    return data(get_instance(ctx.ws, ctx.request.match_info["id"]).to_json())


async def instance_state(ctx: Ctx) -> web.Response:
    """GET /instances/{id}/state."""
    inst = get_instance(ctx.ws, ctx.request.match_info["id"])
    return data({"instanceId": inst.id, "status": inst.status, "providerState": inst.provider_state})


async def health(ctx: Ctx) -> web.Response:
    """GET /instances/{id}/health."""
    inst = get_instance(ctx.ws, ctx.request.match_info["id"])
    return data(instance_health(ctx.ws, inst))


# -- webhooks ------------------------------------------------------------------


async def list_webhooks(ctx: Ctx) -> web.Response:
    """GET /webhooks: bare array; secrets are never listed."""
    return data([w.to_json() for w in ctx.ws.webhooks.values()])


async def create_webhook(ctx: Ctx) -> web.Response:
    """POST /webhooks with plan gates."""
    body = await read_body(ctx.request)
    url = body.url("url", required=True)
    events = body.str_list("events", required=True, min_items=1, max_items=50, choices=WEBHOOK_EVENTS)
    if url is not None and not WEBHOOK_URL.match(url):
        # HTTPS only, as the guide and the spec say; plain http only to loopback, so that a test's local
        # receiver can get the sandbox's deliveries (the spec's pattern, exactly).
        body.problem("url", "Invalid url: webhook endpoints must use https://")
    body.check()
    url, events = must(url, "url"), must(events, "events")
    plan = ctx.ws.plan
    if not plan.webhooks:
        raise ApiError(403, "WEBHOOKS_NOT_AVAILABLE_ON_PLAN", "Webhooks are not available on your plan")
    if len(ctx.ws.webhooks) >= plan.max_webhook_endpoints:
        raise ApiError(
            403,
            "MAX_WEBHOOK_ENDPOINTS_REACHED",
            f"Your plan allows at most {plan.max_webhook_endpoints} webhook endpoints",
        )
    hook = Webhook(url=url, events=list(dict.fromkeys(events)))
    if ctx.world.config.webhook_secret is not None:
        hook.secret = ctx.world.config.webhook_secret
    ctx.ws.webhooks[hook.id] = hook
    ctx.world.counters.created["webhook"] += 1
    return data(hook.to_json(with_secret=True), status=201)


async def delete_webhook(ctx: Ctx) -> web.Response:
    """DELETE /webhooks/{id}."""
    ident = ctx.request.match_info["id"]
    get_or_404(ctx.ws.webhooks, ident, "Webhook")
    del ctx.ws.webhooks[ident]
    return data({"deleted": True})


# -- statuses ------------------------------------------------------------------


async def create_status(ctx: Ctx) -> web.Response:
    """POST /statuses: plan-gated; counts on the outbound quota."""
    body = await read_body(ctx.request)
    instance_id = body.ident("instanceId", required=True)
    kind = body.string("type", required=True, choices=("text", "image"))
    content = body.string("content", required=True)
    body.string("caption", min_len=0)
    body.string("backgroundColor", min_len=0)
    if kind == "image" and content is not None:
        body.url("content")
    body.check()
    instance_id = must(instance_id, "instanceId")
    ws = ctx.ws
    if not ws.plan.statuses:
        raise ApiError(403, "STATUSES_NOT_AVAILABLE_ON_PLAN", "WhatsApp statuses are not available on your plan")
    inst = sending_instance(ctx, instance_id)
    ctx.world.check_outbound(ws)
    if inst.status != "connected":
        raise ApiError(502, "PROVIDER_ERROR", "Instance is not connected")
    ws.usage.statuses_count += 1
    ctx.world.counters.created["status"] += 1
    return data({"instanceId": inst.id, "providerMessageId": "3EB0" + secrets.token_hex(10).upper()}, status=201)


# -- billing -------------------------------------------------------------------


def _period() -> dict[str, str | None]:
    t = datetime.now(UTC)
    start = t.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    nxt = start.replace(year=start.year + 1, month=1) if start.month == 12 else start.replace(month=start.month + 1)
    end = datetime.fromtimestamp(nxt.timestamp() - 0.001, UTC)
    return {"start": iso(start), "end": iso(end)}


def _usage(ctx: Ctx, account: Account) -> dict[str, int]:
    u = account.usage
    return {
        "messagesCount": u.messages_count,
        "statusesCount": u.statuses_count,
        "effectiveOutboundUsage": u.outbound,
        "apiRequestsCount": u.api_requests_count,
        "activeInstancesCount": sum(1 for i in account.workspace.instances.values() if i.status == "connected"),
        "activeApiKeysCount": len(ctx.world.keys_of(account)),
    }


async def plans(ctx: Ctx) -> web.Response:
    """GET /billing/plans: the public catalogue (personal or team key)."""
    return data([p.to_json() for p in ctx.world.config.plans().values()])


async def subscription(ctx: Ctx) -> web.Response:
    """GET /billing/subscription (personal key only)."""
    plan = ctx.account.plan
    sub: dict[str, Any] = {
        "plan": {"code": plan.code, "name": plan.name, "limits": plan.limits_json(), "features": plan.features_json()},
        "scheduledPlan": None,
        "scheduledPlanAt": None,
        "scheduledAction": None,
    }
    return data({"subscription": sub, "usage": _usage(ctx, ctx.account), "period": _period()})


async def usage(ctx: Ctx) -> web.Response:
    """GET /billing/usage and its legacy alias GET /usage."""
    plan = ctx.account.plan
    return data(
        {
            "plan": {"code": plan.code, "name": plan.name},
            "limits": plan.limits_json(),
            "features": plan.features_json(),
            "usage": _usage(ctx, ctx.account),
            "period": _period(),
        }
    )


async def payments(ctx: Ctx) -> web.Response:
    """GET /billing/payments: page pagination."""
    q = Query(ctx.request)
    page = q.integer("page", default=1, lo=1, hi=None)
    limit = q.integer("limit", default=20, lo=1, hi=100)
    q.check()
    items = ctx.account.payments
    start = (page - 1) * limit
    total_pages = -(-len(items) // limit)
    return data(
        {
            "payments": [p.to_json() for p in items[start : start + limit]],
            "total": len(items),
            "page": q.json_int("page", page),
            "totalPages": total_pages,
        }
    )


async def me(ctx: Ctx) -> web.Response:
    """GET /me: undocumented shape, a free-form user object."""
    return data(ctx.account.to_json())


ROUTES = [
    Route("instances_list", list_instances),
    Route("instances_get", get_instance_route),
    Route("instances_get_state", instance_state),
    Route("instances_get_health", health),
    Route("webhooks_list", list_webhooks),
    Route("webhooks_create", create_webhook),
    Route("webhooks_delete", delete_webhook),
    Route("statuses_create", create_status),
    Route("billing_list_plans", plans),
    Route("billing_get_subscription", subscription),
    Route("billing_get_usage", usage),
    Route("billing_list_payments", payments),
    Route("account_get_usage", usage),
    Route("account_get", me),
]
