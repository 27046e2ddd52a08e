# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Structure decoded JSON into `ContactBulkJobAccepted` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

import datetime  # noqa: F401

from ..._structuring import Reject, as_float, as_object, member, unknown_members  # noqa: F401
from ..models.contact_bulk_job_accepted import ContactBulkJobAccepted

fromisoformat = datetime.datetime.fromisoformat
new = object.__new__

_ALLOWED_1 = frozenset(("async",))

_KNOWN = frozenset(
    ("groupId", "jobId", "message", "mode", "operation", "progress", "requestedCount", "status")
)


def structure(data: object) -> ContactBulkJobAccepted:
    """`ContactBulkJobAccepted` from decoded JSON, or `Reject` (or the KeyError/TypeError/ValueError met) to fall back."""

    if type(data) is not dict:
        raise Reject
    # Dense: every member the model names is present (told by the count alone when no other member is:
    # then a missing one raises KeyError below, and the detailed path takes over), so each is looked up
    # directly and none is searched for. Checked in C: replies often carry members the spec does not name.
    members = len(data)
    dense = members == 8 or data.keys() >= _KNOWN
    # The generated models have no validators or converters: attrs' __init__ would only store the values.
    model = new(ContactBulkJobAccepted)

    value = data["jobId"]
    if type(value) is not str:
        raise Reject
    model.job_id = value

    value = data["status"]
    if type(value) is not str:
        raise Reject
    model.status = value

    value = data["operation"]
    if type(value) is not str:
        raise Reject
    model.operation = value

    value = data["requestedCount"]
    if type(value) is not int:
        raise Reject
    model.requested_count = value

    value = data["progress"]
    if type(value) is not int:
        raise Reject
    model.progress = value

    if dense or "mode" in data:
        value = data["mode"]
        value = member(value, _ALLOWED_1)
        model.mode = value
    else:
        model.mode = "async"

    value = data["groupId"] if dense else data.get("groupId")
    if value is not None:
        if type(value) is not str:
            raise Reject
    model.group_id = value

    value = data["message"] if dense else data.get("message")
    if value is not None:
        if type(value) is not str:
            raise Reject
    model.message = value

    model.additional_properties = (
        {} if members == 8 or _KNOWN.issuperset(data) else unknown_members(data, _KNOWN)
    )
    return model
