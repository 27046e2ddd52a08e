# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Structure decoded JSON into `SafetyAssessment` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

import datetime  # noqa: F401

from ..._structuring import Reject, as_float, as_object, member, unknown_members  # noqa: F401
from ..models.safety_applied_limits import SafetyAppliedLimits  # noqa: F401
from ..models.safety_assessment import SafetyAssessment
from ..models.safety_audience import SafetyAudience  # noqa: F401
from .safety_applied_limits import structure as structure_safety_applied_limits
from .safety_audience import structure as structure_safety_audience

fromisoformat = datetime.datetime.fromisoformat
new = object.__new__

_KNOWN = frozenset(
    ("appliedLimits", "audience", "decision", "reasons", "recommendations", "riskLevel", "score", "state")
)


def structure(data: object) -> SafetyAssessment:
    """`SafetyAssessment` from decoded JSON, or `Reject` (or the KeyError/TypeError/ValueError met) to fall back."""

    if type(data) is not dict:
        raise Reject
    # Dense: every member the model names is present (told by the count alone when no other member is:
    # then a missing one raises KeyError below, and the detailed path takes over), so each is looked up
    # directly and none is searched for. Checked in C: replies often carry members the spec does not name.
    members = len(data)
    dense = members == 8 or data.keys() >= _KNOWN
    # The generated models have no validators or converters: attrs' __init__ would only store the values.
    model = new(SafetyAssessment)

    value = data["decision"]
    if type(value) is not str:
        raise Reject
    model.decision = value

    value = data["riskLevel"]
    if type(value) is not str:
        raise Reject
    model.risk_level = value

    value = data["state"]
    if type(value) is not str:
        raise Reject
    model.state = value

    value = data["score"]
    if type(value) is not int:
        raise Reject
    model.score = value

    value = data["reasons"] if dense else data.get("reasons")
    if value is not None:
        if type(value) is not list:
            raise Reject
        for item in value:
            if type(item) is not str:
                raise Reject
    model.reasons = value

    value = data["recommendations"] if dense else data.get("recommendations")
    if value is not None:
        if type(value) is not list:
            raise Reject
        for item in value:
            if type(item) is not str:
                raise Reject
    model.recommendations = value

    value = data["appliedLimits"] if dense else data.get("appliedLimits")
    if value is not None:
        value = structure_safety_applied_limits(value)
    model.applied_limits = value

    value = data["audience"] if dense else data.get("audience")
    if value is not None:
        value = structure_safety_audience(value)
    model.audience = value

    model.additional_properties = (
        {} if members == 8 or _KNOWN.issuperset(data) else unknown_members(data, _KNOWN)
    )
    return model
