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
    # Dense: every member the model names is present (told by the count alone when no other member is:
    # then a missing one raises KeyError below, and the detailed path takes over), so each is looked up
    # directly and none is searched for. Checked in C: replies often carry members the spec does not name.
    members = len(data)
    dense = members == 7 or data.keys() >= _KNOWN
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

    model.additional_properties = (
        {} if members == 7 or _KNOWN.issuperset(data) else unknown_members(data, _KNOWN)
    )
    return model
