# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Structure decoded JSON into `CampaignTimeline` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

import datetime  # noqa: F401

from ..._structuring import Reject, as_float, as_object, member, unknown_members  # noqa: F401
from ..models.campaign_timeline import CampaignTimeline

fromisoformat = datetime.datetime.fromisoformat
new = object.__new__

_KNOWN = frozenset(
    ("cancelledAt", "completedAt", "lastActivityAt", "lastEnqueuedAt", "processingStartedAt", "scheduledFor")
)


def structure(data: object) -> CampaignTimeline:
    """`CampaignTimeline` from decoded JSON, or `Reject` (or the KeyError/TypeError/ValueError met) to fall back."""

    if type(data) is not dict:
        raise Reject
    # Dense: at least as many members as the model names, so every one of them is taken to be present and
    # looked up directly (a missing one raises KeyError, and the detailed path takes over). Checking their
    # presence first would cost more: the decoder's key strings are not ours, so each check compares text.
    members = len(data)
    dense = members >= 6
    # The generated models have no validators or converters: attrs' __init__ would only store the values.
    model = new(CampaignTimeline)

    value = data["scheduledFor"]
    if value is not None:
        value = fromisoformat(value)  # TypeError or ValueError: the detailed path explains
    model.scheduled_for = value

    value = data["processingStartedAt"]
    if value is not None:
        value = fromisoformat(value)  # TypeError or ValueError: the detailed path explains
    model.processing_started_at = value

    value = data["lastEnqueuedAt"]
    if value is not None:
        value = fromisoformat(value)  # TypeError or ValueError: the detailed path explains
    model.last_enqueued_at = value

    value = data["completedAt"]
    if value is not None:
        value = fromisoformat(value)  # TypeError or ValueError: the detailed path explains
    model.completed_at = value

    value = data["cancelledAt"]
    if value is not None:
        value = fromisoformat(value)  # TypeError or ValueError: the detailed path explains
    model.cancelled_at = value

    value = data["lastActivityAt"]
    if value is not None:
        value = fromisoformat(value)  # TypeError or ValueError: the detailed path explains
    model.last_activity_at = value

    # Dense with no more members than named: none is unknown. Dense with more: some are, so no check first.
    model.additional_properties = (
        {} if members == 6 or (not dense and _KNOWN.issuperset(data)) else unknown_members(data, _KNOWN)
    )
    return model
