# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal  # noqa: F401

import attrs


@attrs.define(kw_only=True, slots=True)
class CampaignStatsCounters:
    """Campaign counters with the total."""

    total: int = attrs.field(metadata={"wire": "total"})
    planned: int = attrs.field(metadata={"wire": "planned"})
    queued: int = attrs.field(metadata={"wire": "queued"})
    sent: int = attrs.field(metadata={"wire": "sent"})
    delivered: int = attrs.field(metadata={"wire": "delivered"})
    read: int = attrs.field(metadata={"wire": "read"})
    failed: int = attrs.field(metadata={"wire": "failed"})
    cancelled: int = attrs.field(metadata={"wire": "cancelled"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
