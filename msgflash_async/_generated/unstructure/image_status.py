# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Unstructure a `ImageStatus` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

from math import isfinite  # noqa: F401
from typing import Any

from ..._converter import INT_MAX, INT_MIN, compile_pattern, datetime_text, encodes, json_value, reject  # noqa: F401
from ..._structuring import Reject
from ..models.image_status import ImageStatus

_ALLOWED_2 = frozenset(("image",))

_PATTERN_1 = compile_pattern("^https?://")


def unstructure(model: ImageStatus) -> dict[str, object]:
    """The JSON object of a `ImageStatus`, or `Reject` (or the error met) to take the detailed path.

    The detailed path alone words errors: this function only has to know that every value is plain.
    """
    if type(model) is not ImageStatus or model.additional_properties:
        raise Reject
    data: dict[str, object] = {}
    value: Any
    value = model.instance_id
    if type(value) is not str or not (value.isascii() or encodes(value)):
        raise Reject
    if len(value) < 1:
        raise Reject
    data["instanceId"] = value
    value = model.content
    if type(value) is not str or not (value.isascii() or encodes(value)):
        raise Reject
    if len(value) < 1:
        raise Reject
    if not _PATTERN_1.search(value):
        raise Reject
    data["content"] = value
    value = model.type_
    if value is not None:
        if type(value) is not str or value not in _ALLOWED_2:
            raise Reject
        data["type"] = value
    value = model.caption
    if value is not None:
        if type(value) is not str or not (value.isascii() or encodes(value)):
            raise Reject
        data["caption"] = value
    return data
