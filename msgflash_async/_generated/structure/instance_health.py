# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Structure decoded JSON into `InstanceHealth` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

import datetime  # noqa: F401

from ..._structuring import Reject, as_float, as_object, member, unknown_members  # noqa: F401
from ..models.instance_health import InstanceHealth
from ..models.usage_window_summary import UsageWindowSummary  # noqa: F401
from ..models.warmup_policy import WarmupPolicy  # noqa: F401
from .usage_window_summary import structure as structure_usage_window_summary
from .warmup_policy import structure as structure_warmup_policy

fromisoformat = datetime.datetime.fromisoformat
new = object.__new__

_KNOWN = frozenset(
    (
        "firstConnectedAt",
        "instanceId",
        "recommendations",
        "safetyScore",
        "safetyState",
        "usageWindowSummary",
        "warmupPolicy",
    )
)


def structure(data: object) -> InstanceHealth:
    """`InstanceHealth` from decoded JSON, or `Reject` (or the KeyError/TypeError/ValueError met) to fall back."""

    if type(data) is not dict:
        raise Reject
    # Dense: at least as many members as the model names, so every one of them is taken to be present and
    # looked up directly (a missing one raises KeyError, and the detailed path takes over). Checking their
    # presence first would cost more: the decoder's key strings are not ours, so each check compares text.
    members = len(data)
    dense = members >= 7
    # The generated models have no validators or converters: attrs' __init__ would only store the values.
    model = new(InstanceHealth)

    value = data["instanceId"]
    if type(value) is not str:
        raise Reject
    model.instance_id = value

    value = data["safetyState"]
    if type(value) is not str:
        raise Reject
    model.safety_state = value

    value = data["safetyScore"]
    if type(value) is not int:
        raise Reject
    model.safety_score = value

    value = data["firstConnectedAt"]
    if value is not None:
        value = fromisoformat(value)  # TypeError or ValueError: the detailed path explains
    model.first_connected_at = value

    value = data["warmupPolicy"]
    value = structure_warmup_policy(value)
    model.warmup_policy = value

    value = data["usageWindowSummary"]
    value = structure_usage_window_summary(value)
    model.usage_window_summary = value

    value = data["recommendations"]
    if type(value) is not list:
        raise Reject
    for item in value:
        if type(item) is not str:
            raise Reject
    model.recommendations = value

    # Dense with no more members than named: none is unknown. Dense with more: some are, so no check first.
    model.additional_properties = (
        {} if members == 7 or (not dense and _KNOWN.issuperset(data)) else unknown_members(data, _KNOWN)
    )
    return model
