# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Structure decoded JSON into `Message` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

import datetime  # noqa: F401

from ..._structuring import Reject, as_float, as_object, member, unknown_members  # noqa: F401
from ..models.message import Message

fromisoformat = datetime.datetime.fromisoformat
new = object.__new__

_KNOWN = frozenset(
    (
        "body",
        "campaignId",
        "contactId",
        "createdAt",
        "direction",
        "error",
        "from",
        "id",
        "instanceId",
        "mediaUrl",
        "meta",
        "providerMessageId",
        "status",
        "to",
        "type",
        "updatedAt",
        "userId",
    )
)


def structure(data: object) -> Message:
    """`Message` from decoded JSON, or `Reject` (or the KeyError/TypeError/ValueError met) to fall back."""

    if type(data) is not dict:
        raise Reject
    # Dense: at least as many members as the model names, so every one of them is taken to be present and
    # looked up directly (a missing one raises KeyError, and the detailed path takes over). Checking their
    # presence first would cost more: the decoder's key strings are not ours, so each check compares text.
    members = len(data)
    dense = members >= 17
    # The generated models have no validators or converters: attrs' __init__ would only store the values.
    model = new(Message)

    value = data["id"]
    if type(value) is not str:
        raise Reject
    model.id = value

    value = data["userId"]
    if type(value) is not str:
        raise Reject
    model.user_id = value

    value = data["instanceId"]
    if type(value) is not str:
        raise Reject
    model.instance_id = value

    value = data["contactId"]
    if value is not None:
        if type(value) is not str:
            raise Reject
    model.contact_id = value

    value = data["campaignId"]
    if value is not None:
        if type(value) is not str:
            raise Reject
    model.campaign_id = value

    value = data["direction"]
    if type(value) is not str:
        raise Reject
    model.direction = value

    value = data["type"]
    if type(value) is not str:
        raise Reject
    model.type_ = value

    value = data["from"]
    if value is not None:
        if type(value) is not str:
            raise Reject
    model.from_ = value

    value = data["to"]
    if type(value) is not str:
        raise Reject
    model.to = value

    value = data["body"]
    if value is not None:
        if type(value) is not str:
            raise Reject
    model.body = value

    value = data["mediaUrl"]
    if value is not None:
        if type(value) is not str:
            raise Reject
    model.media_url = value

    value = data["status"]
    if type(value) is not str:
        raise Reject
    model.status = value

    value = data["error"]
    model.error = value

    value = data["meta"]
    if type(value) is not dict:
        raise Reject
    model.meta = value

    value = data["providerMessageId"]
    if value is not None:
        if type(value) is not str:
            raise Reject
    model.provider_message_id = value

    value = data["createdAt"]
    value = fromisoformat(value)  # TypeError or ValueError: the detailed path explains
    model.created_at = value

    value = data["updatedAt"]
    value = fromisoformat(value)  # TypeError or ValueError: the detailed path explains
    model.updated_at = value

    # Dense with no more members than named: none is unknown. Dense with more: some are, so no check first.
    model.additional_properties = (
        {} if members == 17 or (not dense and _KNOWN.issuperset(data)) else unknown_members(data, _KNOWN)
    )
    return model
