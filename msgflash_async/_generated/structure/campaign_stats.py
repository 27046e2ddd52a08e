# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Structure decoded JSON into `CampaignStats` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

import datetime  # noqa: F401

from ..._structuring import Reject, as_float, as_object, member, unknown_members  # noqa: F401
from ..models.campaign_stats import CampaignStats

fromisoformat = datetime.datetime.fromisoformat
new = object.__new__

_KNOWN = frozenset(
    (
        "cancelled",
        "cancelledAt",
        "completedAt",
        "delivered",
        "failed",
        "lastEnqueuedAt",
        "planned",
        "processingStartedAt",
        "queued",
        "read",
        "sent",
    )
)


def structure(data: object) -> CampaignStats:
    """`CampaignStats` from decoded JSON, or `Reject` (or the KeyError/TypeError/ValueError met) to fall back."""

    if type(data) is not dict:
        raise Reject
    # Dense: at least as many members as the model names, so every one of them is taken to be present and
    # looked up directly (a missing one raises KeyError, and the detailed path takes over). Checking their
    # presence first would cost more: the decoder's key strings are not ours, so each check compares text.
    members = len(data)
    dense = members >= 11
    # The generated models have no validators or converters: attrs' __init__ would only store the values.
    model = new(CampaignStats)

    value = data["queued"]
    if type(value) is not int:
        raise Reject
    model.queued = value

    value = data["sent"]
    if type(value) is not int:
        raise Reject
    model.sent = value

    value = data["delivered"]
    if type(value) is not int:
        raise Reject
    model.delivered = value

    value = data["failed"]
    if type(value) is not int:
        raise Reject
    model.failed = value

    value = data["planned"] if dense else data.get("planned")
    if value is not None:
        if type(value) is not int:
            raise Reject
    model.planned = value

    value = data["read"] if dense else data.get("read")
    if value is not None:
        if type(value) is not int:
            raise Reject
    model.read = value

    value = data["cancelled"] if dense else data.get("cancelled")
    if value is not None:
        if type(value) is not int:
            raise Reject
    model.cancelled = value

    value = data["processingStartedAt"] if dense else data.get("processingStartedAt")
    if value is not None:
        value = fromisoformat(value)  # TypeError or ValueError: the detailed path explains
    model.processing_started_at = value

    value = data["lastEnqueuedAt"] if dense else data.get("lastEnqueuedAt")
    if value is not None:
        value = fromisoformat(value)  # TypeError or ValueError: the detailed path explains
    model.last_enqueued_at = value

    value = data["completedAt"] if dense else data.get("completedAt")
    if value is not None:
        value = fromisoformat(value)  # TypeError or ValueError: the detailed path explains
    model.completed_at = value

    value = data["cancelledAt"] if dense else data.get("cancelledAt")
    if value is not None:
        value = fromisoformat(value)  # TypeError or ValueError: the detailed path explains
    model.cancelled_at = value

    # Dense with no more members than named: none is unknown. Dense with more: some are, so no check first.
    model.additional_properties = (
        {} if members == 11 or (not dense and _KNOWN.issuperset(data)) else unknown_members(data, _KNOWN)
    )
    return model
