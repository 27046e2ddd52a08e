# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal, cast  # noqa: F401

import attrs


@attrs.define(kw_only=True, slots=True)
class SendVideoMessage:
    """Video message."""

    instance_id: str = attrs.field(metadata={"wire": "instanceId", "minLength": 1})
    to: str = attrs.field(metadata={"wire": "to", "minLength": 1, "pattern": "^\\+[1-9][0-9]{6,14}$"})
    media_url: str = attrs.field(metadata={"wire": "mediaUrl", "minLength": 1, "pattern": "^https?://"})
    type_: Literal["video"] = attrs.field(default="video", metadata={"wire": "type"})
    text: str | None = attrs.field(default=None, metadata={"wire": "text"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
