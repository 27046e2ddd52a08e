# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Structure decoded JSON into `SentMessage` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

import datetime  # noqa: F401

from ..._structuring import Reject, as_float, as_object, member, unknown_members  # noqa: F401
from ..models.safety_assessment import SafetyAssessment  # noqa: F401
from ..models.sent_message import SentMessage
from .safety_assessment import structure as structure_safety_assessment

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
        "providerMessageId",
        "safety",
        "status",
        "to",
        "type",
        "updatedAt",
        "userId",
        "warnings",
    )
)


def structure(data: object) -> SentMessage:
    """`SentMessage` from decoded JSON, or `Reject` (or the KeyError/TypeError/ValueError met) to fall back."""

    if type(data) is not dict:
        raise Reject
    # Dense: at least as many members as the model names, so every one of them is taken to be present and
    # looked up directly (a missing one raises KeyError, and the detailed path takes over). Checking their
    # presence first would cost more: the decoder's key strings are not ours, so each check compares text.
    members = len(data)
    dense = members >= 18
    # The generated models have no validators or converters: attrs' __init__ would only store the values.
    model = new(SentMessage)

    value = data["id"]
    if type(value) is not str:
        raise Reject
    model.id = value

    value = data["type"]
    if type(value) is not str:
        raise Reject
    model.type_ = value

    value = data["to"]
    if type(value) is not str:
        raise Reject
    model.to = value

    value = data["status"]
    if type(value) is not str:
        raise Reject
    model.status = value

    value = data["userId"] if dense else data.get("userId")
    if value is not None:
        if type(value) is not str:
            raise Reject
    model.user_id = value

    value = data["instanceId"] if dense else data.get("instanceId")
    if value is not None:
        if type(value) is not str:
            raise Reject
    model.instance_id = value

    value = data["contactId"] if dense else data.get("contactId")
    if value is not None:
        if type(value) is not str:
            raise Reject
    model.contact_id = value

    value = data["campaignId"] if dense else data.get("campaignId")
    if value is not None:
        if type(value) is not str:
            raise Reject
    model.campaign_id = value

    value = data["direction"] if dense else data.get("direction")
    if value is not None:
        if type(value) is not str:
            raise Reject
    model.direction = value

    value = data["from"] if dense else data.get("from")
    if value is not None:
        if type(value) is not str:
            raise Reject
    model.from_ = value

    value = data["body"] if dense else data.get("body")
    if value is not None:
        if type(value) is not str:
            raise Reject
    model.body = value

    value = data["mediaUrl"] if dense else data.get("mediaUrl")
    if value is not None:
        if type(value) is not str:
            raise Reject
    model.media_url = value

    value = data["error"] if dense else data.get("error")
    model.error = value

    value = data["providerMessageId"] if dense else data.get("providerMessageId")
    if value is not None:
        if type(value) is not str:
            raise Reject
    model.provider_message_id = value

    value = data["warnings"] if dense else data.get("warnings")
    if value is not None:
        if type(value) is not list:
            raise Reject
        for item in value:
            if type(item) is not str:
                raise Reject
    model.warnings = value

    value = data["safety"] if dense else data.get("safety")
    if value is not None:
        value = structure_safety_assessment(value)
    model.safety = value

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
        {} if members == 18 or (not dense and _KNOWN.issuperset(data)) else unknown_members(data, _KNOWN)
    )
    return model
