# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Unstructure a `CreateWebhookRequest` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

from math import isfinite  # noqa: F401
from typing import Any

from ..._converter import INT_MAX, INT_MIN, compile_pattern, datetime_text, encodes, json_value, reject  # noqa: F401
from ..._structuring import Reject
from ..models.create_webhook_request import CreateWebhookRequest

_ALLOWED_2 = frozenset(
    (
        "instance.connected",
        "instance.disconnected",
        "message.delivered",
        "message.failed",
        "message.read",
        "message.received",
        "message.sent",
    )
)

_PATTERN_1 = compile_pattern("^(https://|http://(localhost|127\\.0\\.0\\.1|\\[::1\\])(:[0-9]+)?(/|$))")


def unstructure(model: CreateWebhookRequest) -> dict[str, object]:
    """The JSON object of a `CreateWebhookRequest`, or `Reject` (or the error met) to take the detailed path.

    The detailed path alone words errors: this function only has to know that every value is plain.
    """
    if type(model) is not CreateWebhookRequest or model.additional_properties:
        raise Reject
    data: dict[str, object] = {}
    value: Any
    value = model.url
    if type(value) is not str or not (value.isascii() or encodes(value)):
        raise Reject
    if len(value) < 1:
        raise Reject
    if not _PATTERN_1.search(value):
        raise Reject
    data["url"] = value
    value = model.events
    if type(value) is not list and type(value) is not tuple:
        raise Reject
    if len(value) < 1:
        raise Reject
    if len(value) > 50:
        raise Reject
    for item in value:
        if type(item) is not str or item not in _ALLOWED_2:
            raise Reject
    value = list(value)
    data["events"] = value
    return data
