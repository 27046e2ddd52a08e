# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Unstructure a `SendTemplateMessage` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

from math import isfinite  # noqa: F401
from typing import Any

from ..._converter import INT_MAX, INT_MIN, compile_pattern, datetime_text, encodes, json_value, reject  # noqa: F401
from ..._structuring import Reject
from ..models.send_template_message import SendTemplateMessage

_PATTERN_1 = compile_pattern("^\\+[1-9][0-9]{6,14}$")


def unstructure(model: SendTemplateMessage) -> dict[str, object]:
    """The JSON object of a `SendTemplateMessage`, or `Reject` (or the error met) to take the detailed path.

    The detailed path alone words errors: this function only has to know that every value is plain.
    """
    if type(model) is not SendTemplateMessage or model.additional_properties:
        raise Reject
    data: dict[str, object] = {}
    value: Any
    value = model.instance_id
    if type(value) is not str or not (value.isascii() or encodes(value)):
        raise Reject
    if len(value) < 1:
        raise Reject
    data["instanceId"] = value
    value = model.to
    if type(value) is not str or not (value.isascii() or encodes(value)):
        raise Reject
    if len(value) < 1:
        raise Reject
    if not _PATTERN_1.search(value):
        raise Reject
    data["to"] = value
    value = model.template_id
    if type(value) is not str or not (value.isascii() or encodes(value)):
        raise Reject
    if len(value) < 1:
        raise Reject
    data["templateId"] = value
    value = model.variables
    if value is not None:
        value = json_value(value)
        data["variables"] = value
    value = model.contact_id
    if value is not None:
        if type(value) is not str or not (value.isascii() or encodes(value)):
            raise Reject
        if len(value) < 1:
            raise Reject
        data["contactId"] = value
    return data
