# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal  # noqa: F401

import attrs


@attrs.define(kw_only=True, slots=True)
class Usage:
    """Usage in the current period. `effectiveOutboundUsage` = messages + statuses."""

    messages_count: int = attrs.field(metadata={"wire": "messagesCount"})
    statuses_count: int = attrs.field(metadata={"wire": "statusesCount"})
    effective_outbound_usage: int = attrs.field(metadata={"wire": "effectiveOutboundUsage"})
    api_requests_count: int = attrs.field(metadata={"wire": "apiRequestsCount"})
    active_instances_count: int | None = attrs.field(default=None, metadata={"wire": "activeInstancesCount"})
    active_api_keys_count: int | None = attrs.field(default=None, metadata={"wire": "activeApiKeysCount"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
