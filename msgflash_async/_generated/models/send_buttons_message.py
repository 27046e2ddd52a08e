# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal, cast  # noqa: F401

import attrs

from .call_button import CallButton
from .copy_button import CopyButton
from .pix_button import PixButton
from .reply_button import ReplyButton
from .url_button import UrlButton


@attrs.define(kw_only=True, slots=True)
class SendButtonsMessage:
    """Interactive buttons message (needs WhatsApp Business)."""

    instance_id: str = attrs.field(metadata={"wire": "instanceId", "minLength": 1})
    to: str = attrs.field(metadata={"wire": "to", "minLength": 1, "pattern": "^\\+[1-9][0-9]{6,14}$"})
    title: str = attrs.field(metadata={"wire": "title", "minLength": 1})
    description: str = attrs.field(metadata={"wire": "description", "minLength": 1})
    buttons: list[CallButton | CopyButton | PixButton | ReplyButton | UrlButton] = attrs.field(
        metadata={"wire": "buttons", "minItems": 1, "maxItems": 2}
    )
    type_: Literal["buttons"] = attrs.field(default="buttons", metadata={"wire": "type"})
    footer: str | None = attrs.field(default=None, metadata={"wire": "footer"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
