"""Campaigns: create, get, stats, pause, resume."""

from __future__ import annotations

from collections import Counter
from typing import Any

from aiohttp import web

from ._content import CAMPAIGN_TYPES, validate_content
from ._engine import health_state, resolve_audience, safety_for, warmup_caps
from ._routes_core import get_or_404, sending_instance
from ._state import Campaign, Instance, Workspace
from ._util import ApiError, bad_request, data, iso, now, parse_iso
from ._validation import Body, read_body
from ._world import Ctx, Route

__all__ = ["ROUTES"]

RECIPIENT_TYPES = ("all", "tags", "explicit", "group")
PAUSABLE = ("scheduled", "running")
RESUMABLE = ("paused", "paused_quota", "paused_plan")


def _validate(body: Body) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "instanceId": body.ident("instanceId", required=True),
        "name": body.string("name", required=True),
        "repeat": body.string("repeat", choices=("none", "daily", "weekly")) or "none",
        "templateId": body.ident("templateId"),
        "type": body.string("type", choices=CAMPAIGN_TYPES),
        "variables": body.obj("variables"),
        "content": {},
    }
    text = body.string("schedule", required=True)
    fields["schedule"] = parse_iso(text) if text is not None else None
    if text is not None and fields["schedule"] is None:
        body.problem("schedule", "Invalid ISO 8601 date-time")
    fields["recipients"] = _validate_recipients(body)
    if body.has("type") == body.has("templateId"):
        body.problem("type", "Provide exactly one content mode: templateId or type with its content")
    elif fields["type"] is not None:
        fields["content"] = validate_content(body, fields["type"], "body")
    body.check()
    return fields


def _validate_recipients(body: Body) -> dict[str, Any] | None:
    raw = body.obj("recipients", required=True)
    if raw is None:
        return None
    sub = body.child(raw, "recipients.")
    kind = sub.string("type", required=True, choices=RECIPIENT_TYPES)
    out: dict[str, Any] = {"type": kind}
    if kind in ("tags", "explicit"):
        # Tags are strings ("" included, as in the spec); explicit recipients are contact ids: opaque,
        # non-empty, no length or format check. Neither the docs nor the spec bound the number of items.
        explicit = kind == "explicit"
        out["value"] = sub.str_list(
            "value",
            required=True,
            min_items=1,
            min_len=1 if explicit else 0,
        )
    elif kind == "group":
        out["groupId"] = sub.ident("groupId", required=True)
    return out


def _safety(ws: Workspace, instance: Instance, recipients: dict[str, Any]) -> dict[str, Any]:
    caps = warmup_caps(health_state(instance)[0])
    total = len(resolve_audience(ws, recipients))
    safety = safety_for(instance)
    if total > caps["maxCampaignRecipients"]:
        # V1 warns, never blocks.
        safety.update(decision="warn", riskLevel="medium")
        safety["reasons"] = ["Audience is larger than the recommended maximum for this instance"]
    safety["appliedLimits"] = {
        "maxCampaignRecipients": caps["maxCampaignRecipients"],
        "maxColdRatio": caps["maxColdRatio"],
    }
    safety["audience"] = {"totalRecipients": total, "coldRatio": 0.0}
    return safety


def campaign_json(c: Campaign, ws: Workspace) -> dict[str, Any]:
    """Campaign object (create, get, pause, resume)."""
    return {
        "id": c.id,
        "userId": c.user_id,
        "name": c.name,
        "instanceId": c.instance_id,
        "templateId": c.template_id,
        "type": c.type,
        "body": c.body,
        "mediaUrl": c.media_url,
        "schedule": iso(c.schedule),
        "repeat": c.repeat,
        "status": c.status,
        "recipients": dict(c.recipients),
        "templateVariables": c.variables,
        "stats": {
            **_counts(c, ws),
            "processingStartedAt": iso(c.processing_started_at),
            "lastEnqueuedAt": iso(c.last_enqueued_at),
            "completedAt": iso(c.completed_at),
            "cancelledAt": iso(c.cancelled_at),
        },
        "safety": dict(c.safety),
        "createdAt": iso(c.created_at),
        "updatedAt": iso(c.updated_at),
    }


_COUNTED = ("queued", "sent", "delivered", "read", "failed", "cancelled")


def _counts(c: Campaign, ws: Workspace) -> dict[str, int]:
    """Current status counts; they always sum to `planned` once the run started."""
    by_status = Counter(ws.messages[m].status for m in c.message_ids if m in ws.messages)
    out = {"planned": c.planned}
    out.update({k: by_status.get(k, 0) for k in _COUNTED})
    # Recipients not yet turned into messages are still waiting in the queue.
    out["queued"] += len(c.pending)
    return out


async def create_campaign(ctx: Ctx) -> web.Response:
    """POST /campaigns: 201 `scheduled`; runs at `schedule` (past = now)."""
    ws = ctx.ws
    if not ws.plan.campaigns:
        raise ApiError(403, "CAMPAIGNS_NOT_AVAILABLE_ON_PLAN", "Campaigns are not available on your plan")
    f = _validate(await read_body(ctx.request))
    instance = sending_instance(ctx, f["instanceId"])
    if f["templateId"] is not None:
        get_or_404(ws.templates, f["templateId"], "Template")
    recipients: dict[str, Any] = f["recipients"]
    if recipients["type"] == "group":
        get_or_404(ws.groups, recipients["groupId"], "Group")
    if f["type"] == "buttons" and not instance.business:
        raise ApiError(403, "UNSUPPORTED_FEATURE", "Button messages need a WhatsApp Business account")
    if f["type"] == "voice_note" and not ws.plan.voice_notes:
        raise ApiError(403, "FEATURE_NOT_AVAILABLE_ON_PLAN", "Voice notes are not available on your plan")
    ctx.world.check_outbound(ws)
    content: dict[str, Any] = f["content"]
    campaign = Campaign(
        user_id=ws.owner.id,
        instance_id=instance.id,
        name=f["name"],
        schedule=f["schedule"],
        repeat=f["repeat"],
        recipients={k: v for k, v in recipients.items() if v is not None},
        template_id=f["templateId"],
        type=f["type"],
        body=content.get("text") or content.get("description"),
        media_url=content.get("mediaUrl"),
        variables=f["variables"],
        content=content,
        safety=_safety(ws, instance, recipients),
    )
    ws.campaigns[campaign.id] = campaign
    ctx.world.counters.created["campaign"] += 1
    ctx.world.engine.schedule_campaign(ws, campaign)
    return data(campaign_json(campaign, ws), status=201)


def _campaign(ctx: Ctx) -> Campaign:
    return get_or_404(ctx.ws.campaigns, ctx.request.match_info["id"], "Campaign")


async def get_campaign(ctx: Ctx) -> web.Response:
    """GET /campaigns/{id}."""
    return data(campaign_json(_campaign(ctx), ctx.ws))


async def campaign_stats(ctx: Ctx) -> web.Response:
    """GET /campaigns/{id}/stats: counters, progressPercent and timeline."""
    c = _campaign(ctx)
    counts = _counts(c, ctx.ws)
    done = c.planned - counts["queued"]
    # An empty audience is 100% once completed.
    percent = done * 100 // c.planned if c.planned else (100 if c.status == "completed" else 0)
    return data(
        {
            "campaignId": c.id,
            "status": c.status,
            "stats": {"total": c.planned, **counts},
            "progressPercent": percent,
            "timeline": {
                "scheduledFor": iso(c.schedule),
                "processingStartedAt": iso(c.processing_started_at),
                "lastEnqueuedAt": iso(c.last_enqueued_at),
                "completedAt": iso(c.completed_at),
                "cancelledAt": iso(c.cancelled_at),
                "lastActivityAt": iso(c.last_activity_at),
            },
            "startedAt": iso(c.processing_started_at),
            "estimatedCompletionAt": iso(c.completed_at),
        }
    )


async def pause(ctx: Ctx) -> web.Response:
    """POST /campaigns/{id}/pause: only from scheduled or running."""
    c = _campaign(ctx)
    if c.status not in PAUSABLE:
        raise bad_request(f"Campaign cannot be paused from status {c.status}")
    c.status = "paused"
    c.updated_at = now()
    return data(campaign_json(c, ctx.ws))


async def resume(ctx: Ctx) -> web.Response:
    """POST /campaigns/{id}/resume: only from a paused status."""
    ws = ctx.ws
    c = _campaign(ctx)
    if c.status not in RESUMABLE:
        raise bad_request(f"Campaign cannot be resumed from status {c.status}")
    c.updated_at = now()
    engine = ctx.world.engine
    if c.processing_started_at is None:
        if c.schedule > now():
            # Paused before it started: back to waiting for its start time.
            c.status = "scheduled"
            engine.schedule_campaign(ws, c)
        else:
            engine.start_campaign(ws, c)
    else:
        engine.resume_campaign(ws, c)
    return data(campaign_json(c, ws))


V1 = "/api/v1"
ROUTES = [
    Route("campaigns_create", create_campaign),
    Route("campaigns_get", get_campaign),
    Route("campaigns_get_stats", campaign_stats),
    Route("campaigns_pause", pause),
    Route("campaigns_resume", resume),
]
