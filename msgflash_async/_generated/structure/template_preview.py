# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Structure decoded JSON into `TemplatePreview` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

import datetime  # noqa: F401

from ..._structuring import Reject, as_float, as_object, member, unknown_members  # noqa: F401
from ..models.template_preview import TemplatePreview

fromisoformat = datetime.datetime.fromisoformat
new = object.__new__

_KNOWN = frozenset(("missingVariables", "rendered", "valid", "variables"))


def structure(data: object) -> TemplatePreview:
    """`TemplatePreview` from decoded JSON, or `Reject` (or the KeyError/TypeError/ValueError met) to fall back."""

    if type(data) is not dict:
        raise Reject
    # Dense: at least as many members as the model names, so every one of them is taken to be present and
    # looked up directly (a missing one raises KeyError, and the detailed path takes over). Checking their
    # presence first would cost more: the decoder's key strings are not ours, so each check compares text.
    members = len(data)
    dense = members >= 4
    # The generated models have no validators or converters: attrs' __init__ would only store the values.
    model = new(TemplatePreview)

    value = data["rendered"]
    if type(value) is not str:
        raise Reject
    model.rendered = value

    value = data["variables"]
    if type(value) is not list:
        raise Reject
    for item in value:
        if type(item) is not str:
            raise Reject
    model.variables = value

    value = data["missingVariables"]
    if type(value) is not list:
        raise Reject
    for item in value:
        if type(item) is not str:
            raise Reject
    model.missing_variables = value

    value = data["valid"]
    if type(value) is not bool:
        raise Reject
    model.valid = value

    # Dense with no more members than named: none is unknown. Dense with more: some are, so no check first.
    model.additional_properties = (
        {} if members == 4 or (not dense and _KNOWN.issuperset(data)) else unknown_members(data, _KNOWN)
    )
    return model
