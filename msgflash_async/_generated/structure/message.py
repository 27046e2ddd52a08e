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
    # Dense: every member the model names is present (told by the count alone when no other member is:
    # then a missing one raises KeyError below, and the detailed path takes over), so each is looked up
    # directly and none is searched for. Checked in C: replies often carry members the spec does not name.
    members = len(data)
    dense = members == 17 or data.keys() >= _KNOWN
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

    model.additional_properties = (
        {} if members == 17 or _KNOWN.issuperset(data) else unknown_members(data, _KNOWN)
    )
    return model
