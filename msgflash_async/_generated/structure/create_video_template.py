# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Structure decoded JSON into `CreateVideoTemplate` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

import datetime  # noqa: F401

from ..._structuring import Reject, as_float, as_object, member, unknown_members  # noqa: F401
from ..models.create_video_template import CreateVideoTemplate

fromisoformat = datetime.datetime.fromisoformat
new = object.__new__

_ALLOWED_1 = frozenset(("video",))

_KNOWN = frozenset(("body", "mediaUrl", "name", "type"))


def structure(data: object) -> CreateVideoTemplate:
    """`CreateVideoTemplate` from decoded JSON, or `Reject` (or the KeyError/TypeError/ValueError met) to fall back."""

    if type(data) is not dict:
        raise Reject
    # Dense: at least as many members as the model names, so every one of them is taken to be present and
    # looked up directly (a missing one raises KeyError, and the detailed path takes over). Checking their
    # presence first would cost more: the decoder's key strings are not ours, so each check compares text.
    members = len(data)
    dense = members >= 4
    # The generated models have no validators or converters: attrs' __init__ would only store the values.
    model = new(CreateVideoTemplate)

    value = data["name"]
    if type(value) is not str:
        raise Reject
    model.name = value

    value = data["mediaUrl"]
    if type(value) is not str:
        raise Reject
    model.media_url = value

    if dense or "type" in data:
        value = data["type"]
        value = member(value, _ALLOWED_1)
        model.type_ = value
    else:
        model.type_ = "video"

    value = data["body"] if dense else data.get("body")
    if value is not None:
        if type(value) is not str:
            raise Reject
    model.body = value

    # Dense with no more members than named: none is unknown. Dense with more: some are, so no check first.
    model.additional_properties = (
        {} if members == 4 or (not dense and _KNOWN.issuperset(data)) else unknown_members(data, _KNOWN)
    )
    return model
