# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal  # noqa: F401

import attrs

from .message_direction import MessageDirection
from .message_meta import MessageMeta
from .message_status import MessageStatus
from .message_type import MessageType


@attrs.define(kw_only=True, slots=True)
class Message:
    """A stored message, as returned by the history and get routes."""

    id: str = attrs.field(metadata={"wire": "id", "minLength": 1})
    user_id: str = attrs.field(metadata={"wire": "userId", "minLength": 1})
    instance_id: str = attrs.field(metadata={"wire": "instanceId", "minLength": 1})
    contact_id: None | str = attrs.field(metadata={"wire": "contactId"})
    campaign_id: None | str = attrs.field(metadata={"wire": "campaignId"})
    direction: MessageDirection | str = attrs.field(metadata={"wire": "direction"})
    type_: MessageType | str = attrs.field(metadata={"wire": "type"})
    from_: None | str = attrs.field(metadata={"wire": "from"})
    to: str = attrs.field(metadata={"wire": "to"})
    body: None | str = attrs.field(metadata={"wire": "body"})
    media_url: None | str = attrs.field(metadata={"wire": "mediaUrl"})
    status: MessageStatus | str = attrs.field(metadata={"wire": "status"})
    error: Any = attrs.field(metadata={"wire": "error"})
    meta: MessageMeta = attrs.field(metadata={"wire": "meta"})
    provider_message_id: None | str = attrs.field(metadata={"wire": "providerMessageId"})
    created_at: datetime.datetime = attrs.field(metadata={"wire": "createdAt"})
    updated_at: datetime.datetime = attrs.field(metadata={"wire": "updatedAt"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
