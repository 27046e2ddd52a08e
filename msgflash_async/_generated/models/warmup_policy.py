# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal  # noqa: F401

import attrs

from .health_state import HealthState


@attrs.define(kw_only=True, slots=True)
class WarmupPolicy:
    """Warm-up caps currently applied to the instance."""

    state: HealthState | str = attrs.field(metadata={"wire": "state"})
    instance_age_days: float = attrs.field(metadata={"wire": "instanceAgeDays"})
    hourly_outbound_cap: int = attrs.field(metadata={"wire": "hourlyOutboundCap"})
    daily_outbound_cap: int = attrs.field(metadata={"wire": "dailyOutboundCap"})
    hourly_unique_recipients_cap: int = attrs.field(metadata={"wire": "hourlyUniqueRecipientsCap"})
    daily_unique_recipients_cap: int = attrs.field(metadata={"wire": "dailyUniqueRecipientsCap"})
    max_campaign_recipients: int = attrs.field(metadata={"wire": "maxCampaignRecipients"})
    max_cold_ratio: float = attrs.field(metadata={"wire": "maxColdRatio"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
