# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Structure decoded JSON into `GroupMemberPageResponse` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

import datetime  # noqa: F401

from ..._structuring import Reject, as_float, as_object, member  # noqa: F401
from ..models.group_member_page import GroupMemberPage  # noqa: F401
from ..models.group_member_page_response import GroupMemberPageResponse
from .group_member_page import structure as structure_group_member_page

fromisoformat = datetime.datetime.fromisoformat
new = object.__new__

_KNOWN = frozenset(("data",))


def structure(data: object) -> GroupMemberPageResponse:
    """`GroupMemberPageResponse` from decoded JSON, or `Reject` (or the KeyError/TypeError/ValueError met) to fall back."""

    if type(data) is not dict:
        raise Reject
    # As many members as the model names: if every lookup below finds its key, no member is unknown, so
    # each is looked up directly (a missing one raises KeyError: the detailed path) and none is searched for.
    dense = len(data) == 1
    # The generated models have no validators or converters: attrs' __init__ would only store the values.
    model = new(GroupMemberPageResponse)

    value = data["data"]
    value = structure_group_member_page(value)
    model.data = value

    model.additional_properties = (
        {} if dense or _KNOWN.issuperset(data) else {k: v for k, v in data.items() if k not in _KNOWN}
    )
    return model
