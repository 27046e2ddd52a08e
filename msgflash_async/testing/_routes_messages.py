"""Messages (send, schedule, history) and templates."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from ._content import MESSAGE_TYPES, validate_content
from ._engine import safety_for
from ._pagination import page_slice, tuple_cursor_page
from ._routes_core import get_or_404, sending_instance
from ._state import Contact, Instance, Message, Template, Workspace
from ._templates import TemplateSyntaxError, build_context, parse_variables, render
from ._util import ApiError, data, iso, now, parse_iso
from ._validation import Body, Query, must, read_body
from ._world import Ctx, Route

__all__ = ["ROUTES", "resolve_template_body"]

MESSAGE_STATUSES = ("queued", "sent", "delivered", "read", "failed", "cancelled", "received")
TEMPLATE_TYPES = ("text", "image", "video", "audio", "document")


def template_invalid(exc: TemplateSyntaxError) -> ApiError:
    """400 TEMPLATE_INVALID."""
    return ApiError(400, "TEMPLATE_INVALID", str(exc))


def resolve_template_body(
    ws: Workspace, template: Template, contact: Contact | None, instance: Instance | None, variables: Any
) -> tuple[str, list[str]]:
    """Render a stored template; raises TEMPLATE_INVALID on a bad placeholder."""
    try:
        parse_variables(template.body)
    except TemplateSyntaxError as exc:
        raise template_invalid(exc) from None
    return render(template.body, build_context(ws.owner, contact, instance, variables))


# -- send / schedule -------------------------------------------------------------


def _validate_send(body: Body, scheduled: bool) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "instanceId": body.ident("instanceId", required=True),
        "to": body.phone("to", required=True),
        "type": body.string("type", choices=MESSAGE_TYPES),
        "templateId": body.ident("templateId"),
        "contactId": body.ident("contactId"),
        "variables": body.obj("variables"),
    }
    if scheduled:
        text = body.string("scheduledAt", required=True)
        when = parse_iso(text) if text is not None else None
        if text is not None and when is None:
            body.problem("scheduledAt", "Invalid ISO 8601 date-time")
        fields["scheduledAt"] = when
    if body.has("type") == body.has("templateId"):
        body.problem("type", "Provide exactly one of type or templateId")
    elif fields["type"] is not None:
        fields["content"] = validate_content(body, fields["type"], "text")
    body.check()
    return fields


def _direct_message(ctx: Ctx, fields: dict[str, Any], instance: Instance) -> Message:
    content: dict[str, Any] = fields["content"]
    msg_type: str = fields["type"]
    ws = ctx.ws
    if msg_type == "buttons" and not instance.business:
        raise ApiError(403, "UNSUPPORTED_FEATURE", "Button messages need a WhatsApp Business account")
    if msg_type == "voice_note" and not ws.plan.voice_notes:
        raise ApiError(403, "FEATURE_NOT_AVAILABLE_ON_PLAN", "Voice notes are not available on your plan")
    contact_id = fields["contactId"]
    if contact_id is not None:
        get_or_404(ws.contacts, contact_id, "Contact")
    body = content.get("text")
    if msg_type == "buttons":
        body = content.get("description")
    return Message(
        user_id=ws.owner.id,
        instance_id=instance.id,
        type=msg_type,
        to=fields["to"],
        body=body,
        media_url=content.get("mediaUrl"),
        contact_id=contact_id,
        content=content,
    )


def _template_message(ctx: Ctx, fields: dict[str, Any], instance: Instance) -> Message:
    ws = ctx.ws
    template = get_or_404(ws.templates, fields["templateId"], "Template")
    contact = None
    if fields["contactId"] is not None:
        contact = ws.contacts.get(fields["contactId"])
        if contact is None:
            raise ApiError(400, "TEMPLATE_CONTEXT_UNAVAILABLE", "Contact context is not available")
    rendered, missing = resolve_template_body(ws, template, contact, instance, fields["variables"])
    if missing:
        raise ApiError(400, "TEMPLATE_VARIABLES_MISSING", "Missing template variables: " + ", ".join(missing))
    return Message(
        user_id=ws.owner.id,
        instance_id=instance.id,
        type=template.type,
        to=fields["to"],
        body=rendered,
        media_url=template.media_url,
        contact_id=fields["contactId"],
        content={"templateId": template.id},
    )


async def _create_message(ctx: Ctx, scheduled: bool) -> web.Response:
    fields = _validate_send(await read_body(ctx.request), scheduled)
    ws = ctx.ws
    instance = sending_instance(ctx, fields["instanceId"])
    if fields["type"] is not None:
        msg = _direct_message(ctx, fields, instance)
    else:
        msg = _template_message(ctx, fields, instance)
    ctx.world.check_outbound(ws)
    msg.safety = safety_for(instance)
    if scheduled:
        # Counted on the quota when actually sent (re-checked then).
        msg.scheduled_at = fields["scheduledAt"]
    else:
        ws.usage.messages_count += 1
        msg.counted = True
    ws.messages[msg.id] = msg
    ctx.world.counters.created["message"] += 1
    ctx.world.engine.enqueue_message(ws, msg)
    return data(msg.to_json(), status=201)


async def send(ctx: Ctx) -> web.Response:
    """POST /messages/send."""
    return await _create_message(ctx, scheduled=False)


async def schedule(ctx: Ctx) -> web.Response:
    """POST /messages/schedule."""
    return await _create_message(ctx, scheduled=True)


async def list_messages(ctx: Ctx) -> web.Response:
    """GET /messages: newest first, cursor pagination, instanceId/status filters."""
    q = Query(ctx.request)
    # No maximum is documented for this list: any limit >= 1 is served (up to what there is).
    limit = q.integer("limit", default=50, lo=1, hi=None)
    cursor = q.string("cursor")
    instance_id = q.ident("instanceId")
    status = q.string("status", choices=MESSAGE_STATUSES)
    q.check()
    items = [
        m
        for m in ctx.ws.messages.values()
        if (instance_id is None or m.instance_id == instance_id) and (status is None or m.status == status)
    ]
    page, next_cursor, has_more = tuple_cursor_page(
        items,
        lambda m: (iso(m.created_at) or "", m.id),
        cursor,
        limit,
        descending=True,
        scope=f"{instance_id or ''}\0{status or ''}",
    )
    return data({"messages": [m.to_json() for m in page], "nextCursor": next_cursor, "hasMore": has_more})


async def get_message(ctx: Ctx) -> web.Response:
    """GET /messages/{id}."""
    return data(get_or_404(ctx.ws.messages, ctx.request.match_info["id"], "Message").to_json())


# -- templates -------------------------------------------------------------------


def _parse(body: str | None) -> list[str]:
    try:
        return parse_variables(body)
    except TemplateSyntaxError as exc:
        raise template_invalid(exc) from None


async def list_templates(ctx: Ctx) -> web.Response:
    """GET /templates: page pagination, newest first."""
    q = Query(ctx.request)
    page = q.integer("page", default=1, lo=1, hi=None)
    limit = q.integer("limit", default=20, lo=1, hi=100)
    q.check()
    items = list(reversed(ctx.ws.templates.values()))
    chunk, _ = page_slice(items, page, limit)
    return data({"templates": [t.to_json() for t in chunk], "total": len(items)})


async def create_template(ctx: Ctx) -> web.Response:
    """POST /templates: variables are detected from body."""
    body = await read_body(ctx.request)
    name = body.string("name", required=True)
    kind = body.string("type", required=True, choices=TEMPLATE_TYPES)
    # Text templates need a body; media templates may have an (empty) caption.
    text = body.string("body", required=kind == "text", min_len=1 if kind == "text" else 0)
    media_url = body.url("mediaUrl", required=kind is not None and kind != "text")
    body.check()
    name, kind = must(name, "name"), must(kind, "type")
    template = Template(name=name, type=kind, body=text, media_url=media_url, variables=_parse(text))
    ctx.ws.templates[template.id] = template
    ctx.world.counters.created["template"] += 1
    return data(template.to_json(), status=201)


async def get_template(ctx: Ctx) -> web.Response:
    """GET /templates/{id}."""
    return data(get_or_404(ctx.ws.templates, ctx.request.match_info["id"], "Template").to_json())


async def update_template(ctx: Ctx) -> web.Response:
    """PUT /templates/{id}: name, body, mediaUrl; variables recomputed."""
    template = get_or_404(ctx.ws.templates, ctx.request.match_info["id"], "Template")
    body = await read_body(ctx.request)
    name = body.string("name")
    # The spec's UpdateTemplateRequest.body has minLength 1 (a text template needs its body): "" is refused
    # whatever the template's type.
    text = body.string("body")
    media_url = body.url("mediaUrl")
    body.check()
    variables = _parse(text if body.has("body") else template.body)
    if name is not None:
        template.name = name
    if text is not None:
        template.body = text
    if media_url is not None:
        template.media_url = media_url
    template.variables = variables
    template.updated_at = now()
    return data(template.to_json())


async def delete_template(ctx: Ctx) -> web.Response:
    """DELETE /templates/{id}."""
    ident = ctx.request.match_info["id"]
    get_or_404(ctx.ws.templates, ident, "Template")
    del ctx.ws.templates[ident]
    return data({"deleted": True})


async def preview_template(ctx: Ctx) -> web.Response:
    """POST /templates/{id}/preview: renders, never sends; unresolved -> valid=false."""
    ws = ctx.ws
    template = get_or_404(ws.templates, ctx.request.match_info["id"], "Template")
    body = await read_body(ctx.request, optional=True)
    instance_id = body.ident("instanceId")
    contact_id = body.ident("contactId")
    variables = body.obj("variables")
    body.check()
    instance = ws.instances.get(instance_id) if instance_id else None
    contact = ws.contacts.get(contact_id) if contact_id else None
    if (instance_id and instance is None) or (contact_id and contact is None):
        raise ApiError(400, "TEMPLATE_CONTEXT_UNAVAILABLE", "Requested instance or contact context is not available")
    rendered, missing = resolve_template_body(ws, template, contact, instance, variables)
    return data(
        {"rendered": rendered, "variables": list(template.variables), "missingVariables": missing, "valid": not missing}
    )


ROUTES = [
    Route("messages_send", send),
    Route("messages_schedule", schedule),
    Route("messages_list", list_messages),
    Route("messages_get", get_message),
    Route("templates_list", list_templates),
    Route("templates_create", create_template),
    Route("templates_get", get_template),
    Route("templates_update", update_template),
    Route("templates_delete", delete_template),
    Route("templates_preview", preview_template),
]
