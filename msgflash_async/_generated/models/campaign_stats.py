# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal  # noqa: F401

import attrs


@attrs.define(kw_only=True, slots=True)
class CampaignStats:
    """Campaign counters. Timestamps appear on get (not on every example); `planned`, `read` and
    `cancelled` are absent for campaigns tracked before the stats change (optional in the portal's own
    types)."""

    queued: int = attrs.field(metadata={"wire": "queued"})
    sent: int = attrs.field(metadata={"wire": "sent"})
    delivered: int = attrs.field(metadata={"wire": "delivered"})
    failed: int = attrs.field(metadata={"wire": "failed"})
    planned: int | None = attrs.field(default=None, metadata={"wire": "planned"})
    read: int | None = attrs.field(default=None, metadata={"wire": "read"})
    cancelled: int | None = attrs.field(default=None, metadata={"wire": "cancelled"})
    processing_started_at: datetime.datetime | None = attrs.field(
        default=None, metadata={"wire": "processingStartedAt"}
    )
    last_enqueued_at: datetime.datetime | None = attrs.field(
        default=None, metadata={"wire": "lastEnqueuedAt"}
    )
    completed_at: datetime.datetime | None = attrs.field(default=None, metadata={"wire": "completedAt"})
    cancelled_at: datetime.datetime | None = attrs.field(default=None, metadata={"wire": "cancelledAt"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
