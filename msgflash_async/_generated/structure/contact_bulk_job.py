# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Structure decoded JSON into `ContactBulkJob` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

import datetime  # noqa: F401

from ..._structuring import Reject, as_float, as_object, member, unknown_members  # noqa: F401
from ..models.contact_bulk_job import ContactBulkJob

fromisoformat = datetime.datetime.fromisoformat
new = object.__new__

_KNOWN = frozenset(
    (
        "completedAt",
        "createdAt",
        "error",
        "groupId",
        "id",
        "operation",
        "processedCount",
        "progress",
        "requestedCount",
        "status",
        "summary",
        "updatedAt",
    )
)


def structure(data: object) -> ContactBulkJob:
    """`ContactBulkJob` from decoded JSON, or `Reject` (or the KeyError/TypeError/ValueError met) to fall back."""

    if type(data) is not dict:
        raise Reject
    # Dense: at least as many members as the model names, so every one of them is taken to be present and
    # looked up directly (a missing one raises KeyError, and the detailed path takes over). Checking their
    # presence first would cost more: the decoder's key strings are not ours, so each check compares text.
    members = len(data)
    dense = members >= 12
    # The generated models have no validators or converters: attrs' __init__ would only store the values.
    model = new(ContactBulkJob)

    value = data["id"]
    if type(value) is not str:
        raise Reject
    model.id = value

    value = data["operation"]
    if type(value) is not str:
        raise Reject
    model.operation = value

    value = data["status"]
    if type(value) is not str:
        raise Reject
    model.status = value

    value = data["requestedCount"]
    if type(value) is not int:
        raise Reject
    model.requested_count = value

    value = data["processedCount"]
    if type(value) is not int:
        raise Reject
    model.processed_count = value

    value = data["progress"]
    if type(value) is not int:
        raise Reject
    model.progress = value

    value = data["summary"]
    if type(value) is not dict:
        raise Reject
    model.summary = value

    value = data["completedAt"]
    if value is not None:
        value = fromisoformat(value)  # TypeError or ValueError: the detailed path explains
    model.completed_at = value

    value = data["groupId"] if dense else data.get("groupId")
    if value is not None:
        if type(value) is not str:
            raise Reject
    model.group_id = value

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
        {} if members == 12 or (not dense and _KNOWN.issuperset(data)) else unknown_members(data, _KNOWN)
    )
    return model
