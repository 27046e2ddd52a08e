# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Structure decoded JSON into `MessagePage` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

import datetime  # noqa: F401

from ..._structuring import Reject, as_float, as_object, member, unknown_members  # noqa: F401
from ..models.message import Message  # noqa: F401
from ..models.message_page import MessagePage
from .message import structure as structure_message

fromisoformat = datetime.datetime.fromisoformat
new = object.__new__

_KNOWN = frozenset(("hasMore", "messages", "nextCursor"))


def structure(data: object) -> MessagePage:
    """`MessagePage` from decoded JSON, or `Reject` (or the KeyError/TypeError/ValueError met) to fall back."""

    if type(data) is not dict:
        raise Reject
    # Dense: at least as many members as the model names, so every one of them is taken to be present and
    # looked up directly (a missing one raises KeyError, and the detailed path takes over). Checking their
    # presence first would cost more: the decoder's key strings are not ours, so each check compares text.
    members = len(data)
    dense = members >= 3
    # The generated models have no validators or converters: attrs' __init__ would only store the values.
    model = new(MessagePage)

    value = data["messages"]
    if type(value) is not list:
        raise Reject
    value = [structure_message(item) for item in value]
    model.messages = value

    value = data["nextCursor"]
    if value is not None:
        if type(value) is not str:
            raise Reject
    model.next_cursor = value

    value = data["hasMore"]
    if type(value) is not bool:
        raise Reject
    model.has_more = value

    # Dense with no more members than named: none is unknown. Dense with more: some are, so no check first.
    model.additional_properties = (
        {} if members == 3 or (not dense and _KNOWN.issuperset(data)) else unknown_members(data, _KNOWN)
    )
    return model
