# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal  # noqa: F401

import attrs

from .health_state import HealthState
from .usage_window_summary import UsageWindowSummary
from .warmup_policy import WarmupPolicy


@attrs.define(kw_only=True, slots=True)
class InstanceHealth:
    """Warm-up and sending-safety guidance for an instance (guidance only; it does not block sends)."""

    instance_id: str = attrs.field(metadata={"wire": "instanceId", "minLength": 1})
    safety_state: HealthState | str = attrs.field(metadata={"wire": "safetyState"})
    safety_score: int = attrs.field(metadata={"wire": "safetyScore"})
    first_connected_at: datetime.datetime | None = attrs.field(metadata={"wire": "firstConnectedAt"})
    warmup_policy: WarmupPolicy = attrs.field(metadata={"wire": "warmupPolicy"})
    usage_window_summary: UsageWindowSummary = attrs.field(metadata={"wire": "usageWindowSummary"})
    recommendations: list[str] = attrs.field(metadata={"wire": "recommendations"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
