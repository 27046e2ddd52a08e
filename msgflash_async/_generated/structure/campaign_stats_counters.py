# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Structure decoded JSON into `CampaignStatsCounters` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

import datetime  # noqa: F401

from ..._structuring import Reject, as_float, as_object, member, unknown_members  # noqa: F401
from ..models.campaign_stats_counters import CampaignStatsCounters

fromisoformat = datetime.datetime.fromisoformat
new = object.__new__

_KNOWN = frozenset(("cancelled", "delivered", "failed", "planned", "queued", "read", "sent", "total"))


def structure(data: object) -> CampaignStatsCounters:
    """`CampaignStatsCounters` from decoded JSON, or `Reject` (or the KeyError/TypeError/ValueError met) to fall back."""

    if type(data) is not dict:
        raise Reject
    # Dense: at least as many members as the model names, so every one of them is taken to be present and
    # looked up directly (a missing one raises KeyError, and the detailed path takes over). Checking their
    # presence first would cost more: the decoder's key strings are not ours, so each check compares text.
    members = len(data)
    dense = members >= 8
    # The generated models have no validators or converters: attrs' __init__ would only store the values.
    model = new(CampaignStatsCounters)

    value = data["total"]
    if type(value) is not int:
        raise Reject
    model.total = value

    value = data["planned"]
    if type(value) is not int:
        raise Reject
    model.planned = value

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

    value = data["read"]
    if type(value) is not int:
        raise Reject
    model.read = value

    value = data["failed"]
    if type(value) is not int:
        raise Reject
    model.failed = value

    value = data["cancelled"]
    if type(value) is not int:
        raise Reject
    model.cancelled = value

    # Dense with no more members than named: none is unknown. Dense with more: some are, so no check first.
    model.additional_properties = (
        {} if members == 8 or (not dense and _KNOWN.issuperset(data)) else unknown_members(data, _KNOWN)
    )
    return model
