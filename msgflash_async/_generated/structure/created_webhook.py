# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Structure decoded JSON into `CreatedWebhook` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

import datetime  # noqa: F401

from ..._structuring import Reject, as_float, as_object, member, unknown_members  # noqa: F401
from ..models.created_webhook import CreatedWebhook

fromisoformat = datetime.datetime.fromisoformat
new = object.__new__

_KNOWN = frozenset(("active", "createdAt", "events", "id", "secret", "url"))


def structure(data: object) -> CreatedWebhook:
    """`CreatedWebhook` from decoded JSON, or `Reject` (or the KeyError/TypeError/ValueError met) to fall back."""

    if type(data) is not dict:
        raise Reject
    # Dense: at least as many members as the model names, so every one of them is taken to be present and
    # looked up directly (a missing one raises KeyError, and the detailed path takes over). Checking their
    # presence first would cost more: the decoder's key strings are not ours, so each check compares text.
    members = len(data)
    dense = members >= 6
    # The generated models have no validators or converters: attrs' __init__ would only store the values.
    model = new(CreatedWebhook)

    value = data["id"]
    if type(value) is not str:
        raise Reject
    model.id = value

    value = data["url"]
    if type(value) is not str:
        raise Reject
    model.url = value

    value = data["secret"]
    if type(value) is not str:
        raise Reject
    model.secret = value

    value = data["events"]
    if type(value) is not list:
        raise Reject
    for item in value:
        if type(item) is not str:
            raise Reject
    model.events = value

    value = data["active"] if dense else data.get("active")
    if value is not None:
        if type(value) is not bool:
            raise Reject
    model.active = value

    value = data["createdAt"] if dense else data.get("createdAt")
    if value is not None:
        value = fromisoformat(value)  # TypeError or ValueError: the detailed path explains
    model.created_at = value

    # Dense with no more members than named: none is unknown. Dense with more: some are, so no check first.
    model.additional_properties = (
        {} if members == 6 or (not dense and _KNOWN.issuperset(data)) else unknown_members(data, _KNOWN)
    )
    return model
