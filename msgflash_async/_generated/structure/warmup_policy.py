# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Structure decoded JSON into `WarmupPolicy` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

import datetime  # noqa: F401

from ..._structuring import Reject, as_float, as_object, member, unknown_members  # noqa: F401
from ..models.warmup_policy import WarmupPolicy

fromisoformat = datetime.datetime.fromisoformat
new = object.__new__

_KNOWN = frozenset(
    (
        "dailyOutboundCap",
        "dailyUniqueRecipientsCap",
        "hourlyOutboundCap",
        "hourlyUniqueRecipientsCap",
        "instanceAgeDays",
        "maxCampaignRecipients",
        "maxColdRatio",
        "state",
    )
)


def structure(data: object) -> WarmupPolicy:
    """`WarmupPolicy` from decoded JSON, or `Reject` (or the KeyError/TypeError/ValueError met) to fall back."""

    if type(data) is not dict:
        raise Reject
    # Dense: at least as many members as the model names, so every one of them is taken to be present and
    # looked up directly (a missing one raises KeyError, and the detailed path takes over). Checking their
    # presence first would cost more: the decoder's key strings are not ours, so each check compares text.
    members = len(data)
    dense = members >= 8
    # The generated models have no validators or converters: attrs' __init__ would only store the values.
    model = new(WarmupPolicy)

    value = data["state"]
    if type(value) is not str:
        raise Reject
    model.state = value

    value = data["instanceAgeDays"]
    if type(value) is not float:
        value = as_float(value)
    model.instance_age_days = value

    value = data["hourlyOutboundCap"]
    if type(value) is not int:
        raise Reject
    model.hourly_outbound_cap = value

    value = data["dailyOutboundCap"]
    if type(value) is not int:
        raise Reject
    model.daily_outbound_cap = value

    value = data["hourlyUniqueRecipientsCap"]
    if type(value) is not int:
        raise Reject
    model.hourly_unique_recipients_cap = value

    value = data["dailyUniqueRecipientsCap"]
    if type(value) is not int:
        raise Reject
    model.daily_unique_recipients_cap = value

    value = data["maxCampaignRecipients"]
    if type(value) is not int:
        raise Reject
    model.max_campaign_recipients = value

    value = data["maxColdRatio"]
    if type(value) is not float:
        value = as_float(value)
    model.max_cold_ratio = value

    # Dense with no more members than named: none is unknown. Dense with more: some are, so no check first.
    model.additional_properties = (
        {} if members == 8 or (not dense and _KNOWN.issuperset(data)) else unknown_members(data, _KNOWN)
    )
    return model
