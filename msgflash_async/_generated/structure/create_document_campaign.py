# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Structure decoded JSON into `CreateDocumentCampaign` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

import datetime  # noqa: F401

from ..._structuring import Reject, as_float, as_object, member, unknown_members  # noqa: F401
from ..models.all_recipients import AllRecipients  # noqa: F401
from ..models.create_document_campaign import CreateDocumentCampaign
from ..models.explicit_recipients import ExplicitRecipients  # noqa: F401
from ..models.group_recipients import GroupRecipients  # noqa: F401
from ..models.tag_recipients import TagRecipients  # noqa: F401
from .all_recipients import structure as structure_all_recipients
from .explicit_recipients import structure as structure_explicit_recipients
from .group_recipients import structure as structure_group_recipients
from .tag_recipients import structure as structure_tag_recipients

fromisoformat = datetime.datetime.fromisoformat
new = object.__new__

_ALLOWED_1 = frozenset(("document",))

_ALLOWED_2 = frozenset(("daily", "none", "weekly"))

_KNOWN = frozenset(("body", "instanceId", "mediaUrl", "name", "recipients", "repeat", "schedule", "type"))


def _variant_1(data: object) -> AllRecipients | ExplicitRecipients | GroupRecipients | TagRecipients:
    """Dispatch on `type` as the detailed path does; an unusual tag takes that path."""
    if type(data) is not dict:
        raise Reject
    tag = data.get("type")

    if tag == "all":
        return structure_all_recipients(data)

    if tag == "explicit":
        return structure_explicit_recipients(data)

    if tag == "group":
        return structure_group_recipients(data)

    if tag == "tags":
        return structure_tag_recipients(data)

    raise Reject


def structure(data: object) -> CreateDocumentCampaign:
    """`CreateDocumentCampaign` from decoded JSON, or `Reject` (or the KeyError/TypeError/ValueError met) to fall back."""

    if type(data) is not dict:
        raise Reject
    # Dense: at least as many members as the model names, so every one of them is taken to be present and
    # looked up directly (a missing one raises KeyError, and the detailed path takes over). Checking their
    # presence first would cost more: the decoder's key strings are not ours, so each check compares text.
    members = len(data)
    dense = members >= 8
    # The generated models have no validators or converters: attrs' __init__ would only store the values.
    model = new(CreateDocumentCampaign)

    value = data["instanceId"]
    if type(value) is not str:
        raise Reject
    model.instance_id = value

    value = data["name"]
    if type(value) is not str:
        raise Reject
    model.name = value

    value = data["schedule"]
    value = fromisoformat(value)  # TypeError or ValueError: the detailed path explains
    model.schedule = value

    value = data["recipients"]
    value = _variant_1(value)
    model.recipients = value

    value = data["mediaUrl"]
    if type(value) is not str:
        raise Reject
    model.media_url = value

    if dense or "type" in data:
        value = data["type"]
        value = member(value, _ALLOWED_1)
        model.type_ = value
    else:
        model.type_ = "document"

    value = data["repeat"] if dense else data.get("repeat")
    if value is not None:
        value = member(value, _ALLOWED_2)
    model.repeat = value

    value = data["body"] if dense else data.get("body")
    if value is not None:
        if type(value) is not str:
            raise Reject
    model.body = value

    # Dense with no more members than named: none is unknown. Dense with more: some are, so no check first.
    model.additional_properties = (
        {} if members == 8 or (not dense and _KNOWN.issuperset(data)) else unknown_members(data, _KNOWN)
    )
    return model
