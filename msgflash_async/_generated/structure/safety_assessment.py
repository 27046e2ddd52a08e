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
    # Dense: at least as many members as the model names, so every one of them is taken to be present and
    # looked up directly (a missing one raises KeyError, and the detailed path takes over). Checking their
    # presence first would cost more: the decoder's key strings are not ours, so each check compares text.
    members = len(data)
    dense = members >= 8
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

    # Dense with no more members than named: none is unknown. Dense with more: some are, so no check first.
    model.additional_properties = (
        {} if members == 8 or (not dense and _KNOWN.issuperset(data)) else unknown_members(data, _KNOWN)
    )
    return model
