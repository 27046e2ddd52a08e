# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Unstructure a `BulkDeleteContactsRequest` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

from math import isfinite  # noqa: F401
from typing import Any

from ..._converter import INT_MAX, INT_MIN, compile_pattern, datetime_text, encodes, json_value, reject  # noqa: F401
from ..._structuring import Reject
from ..models.bulk_delete_contacts_request import BulkDeleteContactsRequest


def unstructure(model: BulkDeleteContactsRequest) -> dict[str, object]:
    """The JSON object of a `BulkDeleteContactsRequest`, or `Reject` (or the error met) to take the detailed path.

    The detailed path alone words errors: this function only has to know that every value is plain.
    """
    if type(model) is not BulkDeleteContactsRequest or model.additional_properties:
        raise Reject
    data: dict[str, object] = {}
    value: Any
    value = model.contact_ids
    if type(value) is not list and type(value) is not tuple:
        raise Reject
    if len(value) < 1:
        raise Reject
    if len(value) > 10000:
        raise Reject
    for item in value:
        if type(item) is not str or not (item.isascii() or encodes(item)):
            raise Reject
    value = list(value)
    data["contactIds"] = value
    return data
