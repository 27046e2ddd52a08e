# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal  # noqa: F401

import attrs


@attrs.define(kw_only=True, slots=True)
class CampaignTimeline:
    """Campaign execution timeline."""

    scheduled_for: datetime.datetime | None = attrs.field(metadata={"wire": "scheduledFor"})
    processing_started_at: datetime.datetime | None = attrs.field(metadata={"wire": "processingStartedAt"})
    last_enqueued_at: datetime.datetime | None = attrs.field(metadata={"wire": "lastEnqueuedAt"})
    completed_at: datetime.datetime | None = attrs.field(metadata={"wire": "completedAt"})
    cancelled_at: datetime.datetime | None = attrs.field(metadata={"wire": "cancelledAt"})
    last_activity_at: datetime.datetime | None = attrs.field(metadata={"wire": "lastActivityAt"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
