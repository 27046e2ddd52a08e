# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal  # noqa: F401

import attrs


@attrs.define(kw_only=True, slots=True)
class UsageWindowSummary:
    """Recent traffic of the instance."""

    outbound_1h: int = attrs.field(metadata={"wire": "outbound1h"})
    outbound_24h: int = attrs.field(metadata={"wire": "outbound24h"})
    unique_recipients_1h: int = attrs.field(metadata={"wire": "uniqueRecipients1h"})
    unique_recipients_24h: int = attrs.field(metadata={"wire": "uniqueRecipients24h"})
    inbound_replies_24h: int = attrs.field(metadata={"wire": "inboundReplies24h"})
    inbound_replies_7d: int = attrs.field(metadata={"wire": "inboundReplies7d"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
