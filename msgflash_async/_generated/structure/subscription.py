# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Structure decoded JSON into `Subscription` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

import datetime  # noqa: F401

from ..._structuring import Reject, as_float, as_object, member, unknown_members  # noqa: F401
from ..models.plan import Plan  # noqa: F401
from ..models.subscription import Subscription
from .plan import structure as structure_plan

fromisoformat = datetime.datetime.fromisoformat
new = object.__new__

_KNOWN = frozenset(("plan", "scheduledAction", "scheduledPlan", "scheduledPlanAt"))


def structure(data: object) -> Subscription:
    """`Subscription` from decoded JSON, or `Reject` (or the KeyError/TypeError/ValueError met) to fall back."""

    if type(data) is not dict:
        raise Reject
    # Dense: every member the model names is present (told by the count alone when no other member is:
    # then a missing one raises KeyError below, and the detailed path takes over), so each is looked up
    # directly and none is searched for. Checked in C: replies often carry members the spec does not name.
    members = len(data)
    dense = members == 4 or data.keys() >= _KNOWN
    # The generated models have no validators or converters: attrs' __init__ would only store the values.
    model = new(Subscription)

    value = data["plan"]
    value = structure_plan(value)
    model.plan = value

    value = data["scheduledPlan"]
    model.scheduled_plan = value

    value = data["scheduledPlanAt"]
    model.scheduled_plan_at = value

    value = data["scheduledAction"]
    model.scheduled_action = value

    model.additional_properties = (
        {} if members == 4 or _KNOWN.issuperset(data) else unknown_members(data, _KNOWN)
    )
    return model
