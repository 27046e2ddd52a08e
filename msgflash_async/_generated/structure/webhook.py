# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Structure decoded JSON into `Webhook` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

import datetime  # noqa: F401

from ..._structuring import Reject, as_float, as_object, member, unknown_members  # noqa: F401
from ..models.webhook import Webhook

fromisoformat = datetime.datetime.fromisoformat
new = object.__new__

_KNOWN = frozenset(("active", "createdAt", "events", "id", "updatedAt", "url"))


def structure(data: object) -> Webhook:
    """`Webhook` from decoded JSON, or `Reject` (or the KeyError/TypeError/ValueError met) to fall back."""

    if type(data) is not dict:
        raise Reject
    # Dense: every member the model names is present (told by the count alone when no other member is:
    # then a missing one raises KeyError below, and the detailed path takes over), so each is looked up
    # directly and none is searched for. Checked in C: replies often carry members the spec does not name.
    members = len(data)
    dense = members == 6 or data.keys() >= _KNOWN
    # The generated models have no validators or converters: attrs' __init__ would only store the values.
    model = new(Webhook)

    value = data["id"]
    if type(value) is not str:
        raise Reject
    model.id = value

    value = data["url"]
    if type(value) is not str:
        raise Reject
    model.url = value

    value = data["events"]
    if type(value) is not list:
        raise Reject
    for item in value:
        if type(item) is not str:
            raise Reject
    model.events = value

    value = data["active"]
    if type(value) is not bool:
        raise Reject
    model.active = value

    value = data["createdAt"]
    value = fromisoformat(value)  # TypeError or ValueError: the detailed path explains
    model.created_at = value

    value = data["updatedAt"]
    value = fromisoformat(value)  # TypeError or ValueError: the detailed path explains
    model.updated_at = value

    model.additional_properties = (
        {} if members == 6 or _KNOWN.issuperset(data) else unknown_members(data, _KNOWN)
    )
    return model
