# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Structure decoded JSON into `ImportLookupContactsResult` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

import datetime  # noqa: F401

from ..._structuring import Reject, as_float, as_object, member, unknown_members  # noqa: F401
from ..models.import_lookup_contacts_result import ImportLookupContactsResult

fromisoformat = datetime.datetime.fromisoformat
new = object.__new__

_KNOWN = frozenset(("created", "requested", "skipped", "updated"))


def structure(data: object) -> ImportLookupContactsResult:
    """`ImportLookupContactsResult` from decoded JSON, or `Reject` (or the KeyError/TypeError/ValueError met) to fall back."""

    if type(data) is not dict:
        raise Reject
    # Dense: every member the model names is present (told by the count alone when no other member is:
    # then a missing one raises KeyError below, and the detailed path takes over), so each is looked up
    # directly and none is searched for. Checked in C: replies often carry members the spec does not name.
    members = len(data)
    dense = members == 4 or data.keys() >= _KNOWN
    # The generated models have no validators or converters: attrs' __init__ would only store the values.
    model = new(ImportLookupContactsResult)

    value = data["requested"]
    if type(value) is not int:
        raise Reject
    model.requested = value

    value = data["created"]
    if type(value) is not int:
        raise Reject
    model.created = value

    value = data["updated"]
    if type(value) is not int:
        raise Reject
    model.updated = value

    value = data["skipped"]
    if type(value) is not int:
        raise Reject
    model.skipped = value

    model.additional_properties = (
        {} if members == 4 or _KNOWN.issuperset(data) else unknown_members(data, _KNOWN)
    )
    return model
