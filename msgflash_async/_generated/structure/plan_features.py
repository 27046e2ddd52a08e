# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Structure decoded JSON into `PlanFeatures` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

import datetime  # noqa: F401

from ..._structuring import Reject, as_float, as_object, member  # noqa: F401
from ..models.plan_features import PlanFeatures

fromisoformat = datetime.datetime.fromisoformat
new = object.__new__

_KNOWN = frozenset(("campaigns", "numberLookups", "statuses", "voiceNotes", "webhooks"))


def structure(data: object) -> PlanFeatures:
    """`PlanFeatures` from decoded JSON, or `Reject` (or the KeyError/TypeError/ValueError met) to fall back."""

    if type(data) is not dict:
        raise Reject
    # As many members as the model names: if every lookup below finds its key, no member is unknown, so
    # each is looked up directly (a missing one raises KeyError: the detailed path) and none is searched for.
    dense = len(data) == 5
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
        {} if dense or _KNOWN.issuperset(data) else {k: v for k, v in data.items() if k not in _KNOWN}
    )
    return model
