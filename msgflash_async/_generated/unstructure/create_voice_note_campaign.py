# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Unstructure a `CreateVoiceNoteCampaign` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

from math import isfinite  # noqa: F401
from typing import Any

from ..._converter import INT_MAX, INT_MIN, compile_pattern, datetime_text, encodes, json_value, reject  # noqa: F401
from ..._structuring import Reject
from ..models.all_recipients import AllRecipients  # noqa: F401
from ..models.create_voice_note_campaign import CreateVoiceNoteCampaign
from ..models.explicit_recipients import ExplicitRecipients  # noqa: F401
from ..models.group_recipients import GroupRecipients  # noqa: F401
from ..models.tag_recipients import TagRecipients  # noqa: F401
from .all_recipients import unstructure as unstructure_all_recipients
from .explicit_recipients import unstructure as unstructure_explicit_recipients
from .group_recipients import unstructure as unstructure_group_recipients
from .tag_recipients import unstructure as unstructure_tag_recipients

_ALLOWED_2 = frozenset(("voice_note",))

_ALLOWED_3 = frozenset(("daily", "none", "weekly"))

_PATTERN_1 = compile_pattern("^https?://")


_BY_TYPE_1: dict[type, Any] = {
    AllRecipients: unstructure_all_recipients,
    ExplicitRecipients: unstructure_explicit_recipients,
    GroupRecipients: unstructure_group_recipients,
    TagRecipients: unstructure_tag_recipients,
}


def unstructure(model: CreateVoiceNoteCampaign) -> dict[str, object]:
    """The JSON object of a `CreateVoiceNoteCampaign`, or `Reject` (or the error met) to take the detailed path.

    The detailed path alone words errors: this function only has to know that every value is plain.
    """
    if type(model) is not CreateVoiceNoteCampaign or model.additional_properties:
        raise Reject
    data: dict[str, object] = {}
    value: Any
    value = model.instance_id
    if type(value) is not str or not (value.isascii() or encodes(value)):
        raise Reject
    if len(value) < 1:
        raise Reject
    data["instanceId"] = value
    value = model.name
    if type(value) is not str or not (value.isascii() or encodes(value)):
        raise Reject
    if len(value) < 1:
        raise Reject
    data["name"] = value
    value = model.schedule
    value = datetime_text(value)
    data["schedule"] = value
    value = model.recipients
    value = _BY_TYPE_1.get(type(value), reject)(value)
    data["recipients"] = value
    value = model.media_url
    if type(value) is not str or not (value.isascii() or encodes(value)):
        raise Reject
    if len(value) < 1:
        raise Reject
    if not _PATTERN_1.search(value):
        raise Reject
    data["mediaUrl"] = value
    value = model.type_
    if value is not None:
        if type(value) is not str or value not in _ALLOWED_2:
            raise Reject
        data["type"] = value
    value = model.repeat
    if value is not None:
        if type(value) is not str or value not in _ALLOWED_3:
            raise Reject
        data["repeat"] = value
    return data
