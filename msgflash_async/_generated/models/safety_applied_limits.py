# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal  # noqa: F401

import attrs


@attrs.define(kw_only=True, slots=True)
class SafetyAppliedLimits:
    """Warm-up limits applied to a campaign audience (the portal also reads the hourly and daily outbound
    caps)."""

    max_campaign_recipients: int = attrs.field(metadata={"wire": "maxCampaignRecipients"})
    max_cold_ratio: float = attrs.field(metadata={"wire": "maxColdRatio"})
    hourly_outbound_cap: int | None = attrs.field(default=None, metadata={"wire": "hourlyOutboundCap"})
    daily_outbound_cap: int | None = attrs.field(default=None, metadata={"wire": "dailyOutboundCap"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
