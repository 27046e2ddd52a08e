# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal  # noqa: F401

import attrs

from .webhook_event import WebhookEvent


@attrs.define(kw_only=True, slots=True)
class CreatedWebhook:
    """The created endpoint. `secret` is returned only here: store it (it signs deliveries). The reference
    page returns `active`, the guide `createdAt`."""

    id: str = attrs.field(metadata={"wire": "id", "minLength": 1})
    url: str = attrs.field(metadata={"wire": "url"})
    secret: str = attrs.field(metadata={"wire": "secret"})
    events: list[str | WebhookEvent] = attrs.field(metadata={"wire": "events"})
    active: bool | None = attrs.field(default=None, metadata={"wire": "active"})
    created_at: datetime.datetime | None = attrs.field(default=None, metadata={"wire": "createdAt"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
