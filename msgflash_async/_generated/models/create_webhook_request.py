# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal  # noqa: F401

import attrs

from .webhook_event import WebhookEvent


@attrs.define(kw_only=True, slots=True)
class CreateWebhookRequest:
    """New webhook endpoint."""

    url: str = attrs.field(
        metadata={
            "wire": "url",
            "minLength": 1,
            "pattern": "^(https://|http://(localhost|127\\.0\\.0\\.1|\\[::1\\])(:[0-9]+)?(/|$))",
        }
    )
    events: list[WebhookEvent] = attrs.field(metadata={"wire": "events", "minItems": 1, "maxItems": 50})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
