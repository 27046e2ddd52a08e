# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal  # noqa: F401

import attrs

from .message import Message


@attrs.define(kw_only=True, slots=True)
class MessagePage:
    """One page of message history (cursor pagination)."""

    messages: list[Message] = attrs.field(metadata={"wire": "messages"})
    next_cursor: None | str = attrs.field(metadata={"wire": "nextCursor"})
    has_more: bool = attrs.field(metadata={"wire": "hasMore"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
