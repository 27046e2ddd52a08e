# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Structure decoded JSON into `NumberLookupSyncResult` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

import datetime  # noqa: F401

from ..._structuring import Reject, as_float, as_object, member, unknown_members  # noqa: F401
from ..models.lookup_result import LookupResult  # noqa: F401
from ..models.number_lookup_sync_result import NumberLookupSyncResult
from .lookup_result import structure as structure_lookup_result

fromisoformat = datetime.datetime.fromisoformat
new = object.__new__

_ALLOWED_1 = frozenset(("sync",))

_KNOWN = frozenset(
    (
        "checked",
        "invalidCount",
        "lookupId",
        "mode",
        "normalized",
        "notOnWhatsAppCount",
        "onWhatsAppCount",
        "requested",
        "result",
        "status",
    )
)


def structure(data: object) -> NumberLookupSyncResult:
    """`NumberLookupSyncResult` from decoded JSON, or `Reject` (or the KeyError/TypeError/ValueError met) to fall back."""

    if type(data) is not dict:
        raise Reject
    # Dense: at least as many members as the model names, so every one of them is taken to be present and
    # looked up directly (a missing one raises KeyError, and the detailed path takes over). Checking their
    # presence first would cost more: the decoder's key strings are not ours, so each check compares text.
    members = len(data)
    dense = members >= 10
    # The generated models have no validators or converters: attrs' __init__ would only store the values.
    model = new(NumberLookupSyncResult)

    value = data["lookupId"]
    if type(value) is not str:
        raise Reject
    model.lookup_id = value

    value = data["status"]
    if type(value) is not str:
        raise Reject
    model.status = value

    value = data["requested"]
    if type(value) is not int:
        raise Reject
    model.requested = value

    value = data["normalized"]
    if type(value) is not int:
        raise Reject
    model.normalized = value

    value = data["checked"]
    if type(value) is not int:
        raise Reject
    model.checked = value

    value = data["onWhatsAppCount"]
    if type(value) is not int:
        raise Reject
    model.on_whatsapp_count = value

    value = data["notOnWhatsAppCount"]
    if type(value) is not int:
        raise Reject
    model.not_on_whatsapp_count = value

    value = data["invalidCount"]
    if type(value) is not int:
        raise Reject
    model.invalid_count = value

    value = data["result"]
    value = structure_lookup_result(value)
    model.result = value

    if dense or "mode" in data:
        value = data["mode"]
        value = member(value, _ALLOWED_1)
        model.mode = value
    else:
        model.mode = "sync"

    # Dense with no more members than named: none is unknown. Dense with more: some are, so no check first.
    model.additional_properties = (
        {} if members == 10 or (not dense and _KNOWN.issuperset(data)) else unknown_members(data, _KNOWN)
    )
    return model
