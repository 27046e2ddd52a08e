# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Structure decoded JSON into `ContactPage` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

import datetime  # noqa: F401

from ..._structuring import Reject, as_float, as_object, member, unknown_members  # noqa: F401
from ..models.contact import Contact  # noqa: F401
from ..models.contact_page import ContactPage
from .contact import structure as structure_contact

fromisoformat = datetime.datetime.fromisoformat
new = object.__new__

_KNOWN = frozenset(("contacts", "hasMore", "limit", "nextCursor", "sort", "total"))


def structure(data: object) -> ContactPage:
    """`ContactPage` from decoded JSON, or `Reject` (or the KeyError/TypeError/ValueError met) to fall back."""

    if type(data) is not dict:
        raise Reject
    # Dense: at least as many members as the model names, so every one of them is taken to be present and
    # looked up directly (a missing one raises KeyError, and the detailed path takes over). Checking their
    # presence first would cost more: the decoder's key strings are not ours, so each check compares text.
    members = len(data)
    dense = members >= 6
    # The generated models have no validators or converters: attrs' __init__ would only store the values.
    model = new(ContactPage)

    value = data["contacts"]
    if type(value) is not list:
        raise Reject
    value = [structure_contact(item) for item in value]
    model.contacts = value

    value = data["total"]
    if type(value) is not int:
        raise Reject
    model.total = value

    value = data["limit"]
    if type(value) is not int:
        raise Reject
    model.limit = value

    value = data["sort"]
    if type(value) is not str:
        raise Reject
    model.sort = value

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
        {} if members == 6 or (not dense and _KNOWN.issuperset(data)) else unknown_members(data, _KNOWN)
    )
    return model
