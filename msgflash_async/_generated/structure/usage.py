# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Structure decoded JSON into `Usage` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

import datetime  # noqa: F401

from ..._structuring import Reject, as_float, as_object, member, unknown_members  # noqa: F401
from ..models.usage import Usage

fromisoformat = datetime.datetime.fromisoformat
new = object.__new__

_KNOWN = frozenset(
    (
        "activeApiKeysCount",
        "activeInstancesCount",
        "apiRequestsCount",
        "effectiveOutboundUsage",
        "messagesCount",
        "statusesCount",
    )
)


def structure(data: object) -> Usage:
    """`Usage` from decoded JSON, or `Reject` (or the KeyError/TypeError/ValueError met) to fall back."""

    if type(data) is not dict:
        raise Reject
    # Dense: every member the model names is present (told by the count alone when no other member is:
    # then a missing one raises KeyError below, and the detailed path takes over), so each is looked up
    # directly and none is searched for. Checked in C: replies often carry members the spec does not name.
    members = len(data)
    dense = members == 6 or data.keys() >= _KNOWN
    # The generated models have no validators or converters: attrs' __init__ would only store the values.
    model = new(Usage)

    value = data["messagesCount"]
    if type(value) is not int:
        raise Reject
    model.messages_count = value

    value = data["statusesCount"]
    if type(value) is not int:
        raise Reject
    model.statuses_count = value

    value = data["effectiveOutboundUsage"]
    if type(value) is not int:
        raise Reject
    model.effective_outbound_usage = value

    value = data["apiRequestsCount"]
    if type(value) is not int:
        raise Reject
    model.api_requests_count = value

    value = data["activeInstancesCount"] if dense else data.get("activeInstancesCount")
    if value is not None:
        if type(value) is not int:
            raise Reject
    model.active_instances_count = value

    value = data["activeApiKeysCount"] if dense else data.get("activeApiKeysCount")
    if value is not None:
        if type(value) is not int:
            raise Reject
    model.active_api_keys_count = value

    model.additional_properties = (
        {} if members == 6 or _KNOWN.issuperset(data) else unknown_members(data, _KNOWN)
    )
    return model
