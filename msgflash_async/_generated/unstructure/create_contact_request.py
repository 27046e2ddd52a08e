# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Unstructure a `CreateContactRequest` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

from math import isfinite  # noqa: F401
from typing import Any

from ..._converter import INT_MAX, INT_MIN, compile_pattern, datetime_text, encodes, json_value, reject  # noqa: F401
from ..._structuring import Reject
from ..models.create_contact_request import CreateContactRequest

_PATTERN_1 = compile_pattern("^\\+[1-9][0-9]{6,14}$")


def unstructure(model: CreateContactRequest) -> dict[str, object]:
    """The JSON object of a `CreateContactRequest`, or `Reject` (or the error met) to take the detailed path.

    The detailed path alone words errors: this function only has to know that every value is plain.
    """
    if type(model) is not CreateContactRequest or model.additional_properties:
        raise Reject
    data: dict[str, object] = {}
    value: Any
    value = model.name
    if type(value) is not str or not (value.isascii() or encodes(value)):
        raise Reject
    if len(value) < 1:
        raise Reject
    data["name"] = value
    value = model.phone
    if type(value) is not str or not (value.isascii() or encodes(value)):
        raise Reject
    if len(value) < 1:
        raise Reject
    if not _PATTERN_1.search(value):
        raise Reject
    data["phone"] = value
    value = model.tags
    if value is not None:
        if type(value) is not list and type(value) is not tuple:
            raise Reject
        for item in value:
            if type(item) is not str or not (item.isascii() or encodes(item)):
                raise Reject
        value = list(value)
        data["tags"] = value
    value = model.meta
    if value is not None:
        value = json_value(value)
        data["meta"] = value
    return data
