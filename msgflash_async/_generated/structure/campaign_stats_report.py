# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Structure decoded JSON into `CampaignStatsReport` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

import datetime  # noqa: F401

from ..._structuring import Reject, as_float, as_object, member, unknown_members  # noqa: F401
from ..models.campaign_stats_counters import CampaignStatsCounters  # noqa: F401
from ..models.campaign_stats_report import CampaignStatsReport
from ..models.campaign_timeline import CampaignTimeline  # noqa: F401
from .campaign_stats_counters import structure as structure_campaign_stats_counters
from .campaign_timeline import structure as structure_campaign_timeline

fromisoformat = datetime.datetime.fromisoformat
new = object.__new__

_KNOWN = frozenset(
    ("campaignId", "estimatedCompletionAt", "progressPercent", "startedAt", "stats", "status", "timeline")
)


def structure(data: object) -> CampaignStatsReport:
    """`CampaignStatsReport` from decoded JSON, or `Reject` (or the KeyError/TypeError/ValueError met) to fall back."""

    if type(data) is not dict:
        raise Reject
    # Dense: at least as many members as the model names, so every one of them is taken to be present and
    # looked up directly (a missing one raises KeyError, and the detailed path takes over). Checking their
    # presence first would cost more: the decoder's key strings are not ours, so each check compares text.
    members = len(data)
    dense = members >= 7
    # The generated models have no validators or converters: attrs' __init__ would only store the values.
    model = new(CampaignStatsReport)

    value = data["campaignId"]
    if type(value) is not str:
        raise Reject
    model.campaign_id = value

    value = data["status"]
    if type(value) is not str:
        raise Reject
    model.status = value

    value = data["stats"]
    value = structure_campaign_stats_counters(value)
    model.stats = value

    value = data["progressPercent"]
    if type(value) is not int:
        raise Reject
    model.progress_percent = value

    value = data["timeline"]
    value = structure_campaign_timeline(value)
    model.timeline = value

    value = data["startedAt"] if dense else data.get("startedAt")
    if value is not None:
        value = fromisoformat(value)  # TypeError or ValueError: the detailed path explains
    model.started_at = value

    value = data["estimatedCompletionAt"] if dense else data.get("estimatedCompletionAt")
    if value is not None:
        value = fromisoformat(value)  # TypeError or ValueError: the detailed path explains
    model.estimated_completion_at = value

    # Dense with no more members than named: none is unknown. Dense with more: some are, so no check first.
    model.additional_properties = (
        {} if members == 7 or (not dense and _KNOWN.issuperset(data)) else unknown_members(data, _KNOWN)
    )
    return model
