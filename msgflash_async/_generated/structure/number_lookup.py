# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Structure decoded JSON into `NumberLookup` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

import datetime  # noqa: F401

from ..._structuring import Reject, as_float, as_object, member, unknown_members  # noqa: F401
from ..models.lookup_result import LookupResult  # noqa: F401
from ..models.number_lookup import NumberLookup
from .lookup_result import structure as structure_lookup_result

fromisoformat = datetime.datetime.fromisoformat
new = object.__new__

_KNOWN = frozenset(
    (
        "checkedCount",
        "completedAt",
        "createdAt",
        "error",
        "id",
        "invalidCount",
        "normalizedCount",
        "notOnWhatsAppCount",
        "onWhatsAppCount",
        "progress",
        "requestedCount",
        "result",
        "status",
        "updatedAt",
    )
)


def structure(data: object) -> NumberLookup:
    """`NumberLookup` from decoded JSON, or `Reject` (or the KeyError/TypeError/ValueError met) to fall back."""

    if type(data) is not dict:
        raise Reject
    # Dense: at least as many members as the model names, so every one of them is taken to be present and
    # looked up directly (a missing one raises KeyError, and the detailed path takes over). Checking their
    # presence first would cost more: the decoder's key strings are not ours, so each check compares text.
    members = len(data)
    dense = members >= 14
    # The generated models have no validators or converters: attrs' __init__ would only store the values.
    model = new(NumberLookup)

    value = data["id"]
    if type(value) is not str:
        raise Reject
    model.id = value

    value = data["status"]
    if type(value) is not str:
        raise Reject
    model.status = value

    value = data["completedAt"]
    if value is not None:
        value = fromisoformat(value)  # TypeError or ValueError: the detailed path explains
    model.completed_at = value

    value = data["progress"] if dense else data.get("progress")
    if value is not None:
        if type(value) is not int:
            raise Reject
    model.progress = value

    value = data["requestedCount"] if dense else data.get("requestedCount")
    if value is not None:
        if type(value) is not int:
            raise Reject
    model.requested_count = value

    value = data["normalizedCount"] if dense else data.get("normalizedCount")
    if value is not None:
        if type(value) is not int:
            raise Reject
    model.normalized_count = value

    value = data["checkedCount"] if dense else data.get("checkedCount")
    if value is not None:
        if type(value) is not int:
            raise Reject
    model.checked_count = value

    value = data["onWhatsAppCount"] if dense else data.get("onWhatsAppCount")
    if value is not None:
        if type(value) is not int:
            raise Reject
    model.on_whatsapp_count = value

    value = data["notOnWhatsAppCount"] if dense else data.get("notOnWhatsAppCount")
    if value is not None:
        if type(value) is not int:
            raise Reject
    model.not_on_whatsapp_count = value

    value = data["invalidCount"] if dense else data.get("invalidCount")
    if value is not None:
        if type(value) is not int:
            raise Reject
    model.invalid_count = value

    value = data["result"] if dense else data.get("result")
    if value is not None:
        value = structure_lookup_result(value)
    model.result = value

    value = data["error"] if dense else data.get("error")
    model.error = value

    value = data["createdAt"] if dense else data.get("createdAt")
    if value is not None:
        value = fromisoformat(value)  # TypeError or ValueError: the detailed path explains
    model.created_at = value

    value = data["updatedAt"] if dense else data.get("updatedAt")
    if value is not None:
        value = fromisoformat(value)  # TypeError or ValueError: the detailed path explains
    model.updated_at = value

    # Dense with no more members than named: none is unknown. Dense with more: some are, so no check first.
    model.additional_properties = (
        {} if members == 14 or (not dense and _KNOWN.issuperset(data)) else unknown_members(data, _KNOWN)
    )
    return model
