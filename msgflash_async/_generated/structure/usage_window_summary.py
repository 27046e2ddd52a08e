# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Structure decoded JSON into `UsageWindowSummary` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

import datetime  # noqa: F401

from ..._structuring import Reject, as_float, as_object, member, unknown_members  # noqa: F401
from ..models.usage_window_summary import UsageWindowSummary

fromisoformat = datetime.datetime.fromisoformat
new = object.__new__

_KNOWN = frozenset(
    (
        "inboundReplies24h",
        "inboundReplies7d",
        "outbound1h",
        "outbound24h",
        "uniqueRecipients1h",
        "uniqueRecipients24h",
    )
)


def structure(data: object) -> UsageWindowSummary:
    """`UsageWindowSummary` from decoded JSON, or `Reject` (or the KeyError/TypeError/ValueError met) to fall back."""

    if type(data) is not dict:
        raise Reject
    # Dense: every member the model names is present (told by the count alone when no other member is:
    # then a missing one raises KeyError below, and the detailed path takes over), so each is looked up
    # directly and none is searched for. Checked in C: replies often carry members the spec does not name.
    members = len(data)
    dense = members == 6 or data.keys() >= _KNOWN
    # The generated models have no validators or converters: attrs' __init__ would only store the values.
    model = new(UsageWindowSummary)

    value = data["outbound1h"]
    if type(value) is not int:
        raise Reject
    model.outbound_1h = value

    value = data["outbound24h"]
    if type(value) is not int:
        raise Reject
    model.outbound_24h = value

    value = data["uniqueRecipients1h"]
    if type(value) is not int:
        raise Reject
    model.unique_recipients_1h = value

    value = data["uniqueRecipients24h"]
    if type(value) is not int:
        raise Reject
    model.unique_recipients_24h = value

    value = data["inboundReplies24h"]
    if type(value) is not int:
        raise Reject
    model.inbound_replies_24h = value

    value = data["inboundReplies7d"]
    if type(value) is not int:
        raise Reject
    model.inbound_replies_7d = value

    model.additional_properties = (
        {} if members == 6 or _KNOWN.issuperset(data) else unknown_members(data, _KNOWN)
    )
    return model
