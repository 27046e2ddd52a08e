# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal  # noqa: F401

import attrs

from .message_direction import MessageDirection
from .message_status import MessageStatus
from .message_type import MessageType
from .safety_assessment import SafetyAssessment


@attrs.define(kw_only=True, slots=True)
class SentMessage:
    """The message accepted by `POST /messages/send` (always `queued` at creation). Older examples omit
    `warnings`, `safety` and `error`; the product's own contract answers only `{id, status, to, type}`."""

    id: str = attrs.field(metadata={"wire": "id", "minLength": 1})
    type_: MessageType | str = attrs.field(metadata={"wire": "type"})
    to: str = attrs.field(metadata={"wire": "to"})
    status: MessageStatus | str = attrs.field(metadata={"wire": "status"})
    user_id: str | None = attrs.field(default=None, metadata={"wire": "userId", "minLength": 1})
    instance_id: str | None = attrs.field(default=None, metadata={"wire": "instanceId", "minLength": 1})
    contact_id: None | str = attrs.field(default=None, metadata={"wire": "contactId"})
    campaign_id: None | str = attrs.field(default=None, metadata={"wire": "campaignId"})
    direction: MessageDirection | str | None = attrs.field(default=None, metadata={"wire": "direction"})
    from_: None | str = attrs.field(default=None, metadata={"wire": "from"})
    body: None | str = attrs.field(default=None, metadata={"wire": "body"})
    media_url: None | str = attrs.field(default=None, metadata={"wire": "mediaUrl"})
    error: Any | None = attrs.field(default=None, metadata={"wire": "error"})
    provider_message_id: None | str = attrs.field(default=None, metadata={"wire": "providerMessageId"})
    warnings: list[str] | None = attrs.field(default=None, metadata={"wire": "warnings"})
    safety: SafetyAssessment | None = attrs.field(default=None, metadata={"wire": "safety"})
    created_at: datetime.datetime | None = attrs.field(default=None, metadata={"wire": "createdAt"})
    updated_at: datetime.datetime | None = attrs.field(default=None, metadata={"wire": "updatedAt"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
