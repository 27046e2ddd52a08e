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
    # Dense: every member the model names is present (told by the count alone when no other member is:
    # then a missing one raises KeyError below, and the detailed path takes over), so each is looked up
    # directly and none is searched for. Checked in C: replies often carry members the spec does not name.
    members = len(data)
    dense = members == 8 or data.keys() >= _KNOWN
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

    model.additional_properties = (
        {} if members == 8 or _KNOWN.issuperset(data) else unknown_members(data, _KNOWN)
    )
    return model
