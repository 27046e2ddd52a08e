# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Structure decoded JSON into `ScheduleContactMessage` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

import datetime  # noqa: F401

from ..._structuring import Reject, as_float, as_object, member, unknown_members  # noqa: F401
from ..models.schedule_contact_message import ScheduleContactMessage

fromisoformat = datetime.datetime.fromisoformat
new = object.__new__

_ALLOWED_1 = frozenset(("contact",))

_KNOWN = frozenset(("contactId", "instanceId", "scheduledAt", "to", "type"))


def structure(data: object) -> ScheduleContactMessage:
    """`ScheduleContactMessage` from decoded JSON, or `Reject` (or the KeyError/TypeError/ValueError met) to fall back."""

    if type(data) is not dict:
        raise Reject
    # Dense: every member the model names is present (told by the count alone when no other member is:
    # then a missing one raises KeyError below, and the detailed path takes over), so each is looked up
    # directly and none is searched for. Checked in C: replies often carry members the spec does not name.
    members = len(data)
    dense = members == 5 or data.keys() >= _KNOWN
    # The generated models have no validators or converters: attrs' __init__ would only store the values.
    model = new(ScheduleContactMessage)

    value = data["instanceId"]
    if type(value) is not str:
        raise Reject
    model.instance_id = value

    value = data["to"]
    if type(value) is not str:
        raise Reject
    model.to = value

    value = data["contactId"]
    if type(value) is not str:
        raise Reject
    model.contact_id = value

    value = data["scheduledAt"]
    value = fromisoformat(value)  # TypeError or ValueError: the detailed path explains
    model.scheduled_at = value

    if dense or "type" in data:
        value = data["type"]
        value = member(value, _ALLOWED_1)
        model.type_ = value
    else:
        model.type_ = "contact"

    model.additional_properties = (
        {} if members == 5 or _KNOWN.issuperset(data) else unknown_members(data, _KNOWN)
    )
    return model
