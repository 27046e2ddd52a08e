# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Structure decoded JSON into `PlanFeatures` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

import datetime  # noqa: F401

from ..._structuring import Reject, as_float, as_object, member, unknown_members  # noqa: F401
from ..models.plan_features import PlanFeatures

fromisoformat = datetime.datetime.fromisoformat
new = object.__new__

_KNOWN = frozenset(("campaigns", "numberLookups", "statuses", "voiceNotes", "webhooks"))


def structure(data: object) -> PlanFeatures:
    """`PlanFeatures` from decoded JSON, or `Reject` (or the KeyError/TypeError/ValueError met) to fall back."""

    if type(data) is not dict:
        raise Reject
    # Dense: every member the model names is present (told by the count alone when no other member is:
    # then a missing one raises KeyError below, and the detailed path takes over), so each is looked up
    # directly and none is searched for. Checked in C: replies often carry members the spec does not name.
    members = len(data)
    dense = members == 5 or data.keys() >= _KNOWN
    # The generated models have no validators or converters: attrs' __init__ would only store the values.
    model = new(PlanFeatures)

    value = data["campaigns"]
    if type(value) is not bool:
        raise Reject
    model.campaigns = value

    value = data["statuses"] if dense else data.get("statuses")
    if value is not None:
        if type(value) is not bool:
            raise Reject
    model.statuses = value

    value = data["voiceNotes"] if dense else data.get("voiceNotes")
    if value is not None:
        if type(value) is not bool:
            raise Reject
    model.voice_notes = value

    value = data["webhooks"] if dense else data.get("webhooks")
    if value is not None:
        if type(value) is not bool:
            raise Reject
    model.webhooks = value

    value = data["numberLookups"] if dense else data.get("numberLookups")
    if value is not None:
        if type(value) is not bool:
            raise Reject
    model.number_lookups = value

    model.additional_properties = (
        {} if members == 5 or _KNOWN.issuperset(data) else unknown_members(data, _KNOWN)
    )
    return model
