# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Unstructure a `ScheduleButtonsMessage` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

from math import isfinite  # noqa: F401
from typing import Any

from ..._converter import INT_MAX, INT_MIN, compile_pattern, datetime_text, encodes, json_value, reject  # noqa: F401
from ..._structuring import Reject
from ..models.call_button import CallButton  # noqa: F401
from ..models.copy_button import CopyButton  # noqa: F401
from ..models.pix_button import PixButton  # noqa: F401
from ..models.reply_button import ReplyButton  # noqa: F401
from ..models.schedule_buttons_message import ScheduleButtonsMessage
from ..models.url_button import UrlButton  # noqa: F401
from .call_button import unstructure as unstructure_call_button
from .copy_button import unstructure as unstructure_copy_button
from .pix_button import unstructure as unstructure_pix_button
from .reply_button import unstructure as unstructure_reply_button
from .url_button import unstructure as unstructure_url_button

_ALLOWED_2 = frozenset(("buttons",))

_PATTERN_1 = compile_pattern("^\\+[1-9][0-9]{6,14}$")


_BY_TYPE_1: dict[type, Any] = {
    CallButton: unstructure_call_button,
    CopyButton: unstructure_copy_button,
    PixButton: unstructure_pix_button,
    ReplyButton: unstructure_reply_button,
    UrlButton: unstructure_url_button,
}


def unstructure(model: ScheduleButtonsMessage) -> dict[str, object]:
    """The JSON object of a `ScheduleButtonsMessage`, or `Reject` (or the error met) to take the detailed path.

    The detailed path alone words errors: this function only has to know that every value is plain.
    """
    if type(model) is not ScheduleButtonsMessage or model.additional_properties:
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
    value = model.title
    if type(value) is not str or not (value.isascii() or encodes(value)):
        raise Reject
    if len(value) < 1:
        raise Reject
    data["title"] = value
    value = model.description
    if type(value) is not str or not (value.isascii() or encodes(value)):
        raise Reject
    if len(value) < 1:
        raise Reject
    data["description"] = value
    value = model.buttons
    if type(value) is not list and type(value) is not tuple:
        raise Reject
    if len(value) < 1:
        raise Reject
    if len(value) > 2:
        raise Reject
    value = [_BY_TYPE_1.get(type(item), reject)(item) for item in value]
    data["buttons"] = value
    value = model.scheduled_at
    value = datetime_text(value)
    data["scheduledAt"] = value
    value = model.type_
    if value is not None:
        if type(value) is not str or value not in _ALLOWED_2:
            raise Reject
        data["type"] = value
    value = model.footer
    if value is not None:
        if type(value) is not str or not (value.isascii() or encodes(value)):
            raise Reject
        data["footer"] = value
    return data
