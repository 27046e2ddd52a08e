# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Structure decoded JSON into `UsageWindowSummary` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

import datetime  # noqa: F401

from ..._structuring import Reject, as_float, as_object, member  # noqa: F401
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
    # As many members as the model names: if every lookup below finds its key, no member is unknown, so
    # each is looked up directly (a missing one raises KeyError: the detailed path) and none is searched for.
    dense = len(data) == 6
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
        {} if dense or _KNOWN.issuperset(data) else {k: v for k, v in data.items() if k not in _KNOWN}
    )
    return model
