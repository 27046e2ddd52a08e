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
    # Dense: at least as many members as the model names, so every one of them is taken to be present and
    # looked up directly (a missing one raises KeyError, and the detailed path takes over). Checking their
    # presence first would cost more: the decoder's key strings are not ours, so each check compares text.
    members = len(data)
    dense = members >= 6
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

    # Dense with no more members than named: none is unknown. Dense with more: some are, so no check first.
    model.additional_properties = (
        {} if members == 6 or (not dense and _KNOWN.issuperset(data)) else unknown_members(data, _KNOWN)
    )
    return model
