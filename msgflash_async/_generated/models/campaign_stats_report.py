# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal  # noqa: F401

import attrs

from .campaign_stats_counters import CampaignStatsCounters
from .campaign_status import CampaignStatus
from .campaign_timeline import CampaignTimeline


@attrs.define(kw_only=True, slots=True)
class CampaignStatsReport:
    """Campaign progress. The campaigns guide example adds `startedAt` and `estimatedCompletionAt`."""

    campaign_id: str = attrs.field(metadata={"wire": "campaignId", "minLength": 1})
    status: CampaignStatus | str = attrs.field(metadata={"wire": "status"})
    stats: CampaignStatsCounters = attrs.field(metadata={"wire": "stats"})
    progress_percent: int = attrs.field(metadata={"wire": "progressPercent"})
    timeline: CampaignTimeline = attrs.field(metadata={"wire": "timeline"})
    started_at: datetime.datetime | None = attrs.field(default=None, metadata={"wire": "startedAt"})
    estimated_completion_at: datetime.datetime | None = attrs.field(
        default=None, metadata={"wire": "estimatedCompletionAt"}
    )
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
