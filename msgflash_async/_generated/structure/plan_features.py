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
    # Dense: at least as many members as the model names, so every one of them is taken to be present and
    # looked up directly (a missing one raises KeyError, and the detailed path takes over). Checking their
    # presence first would cost more: the decoder's key strings are not ours, so each check compares text.
    members = len(data)
    dense = members >= 5
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

    # Dense with no more members than named: none is unknown. Dense with more: some are, so no check first.
    model.additional_properties = (
        {} if members == 5 or (not dense and _KNOWN.issuperset(data)) else unknown_members(data, _KNOWN)
    )
    return model
