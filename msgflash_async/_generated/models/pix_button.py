# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal, cast  # noqa: F401

import attrs


@attrs.define(kw_only=True, slots=True)
class PixButton:
    """Brazil Pix payment button."""

    display_text: str = attrs.field(metadata={"wire": "displayText", "minLength": 1})
    currency: str = attrs.field(metadata={"wire": "currency", "minLength": 1})
    name: str = attrs.field(metadata={"wire": "name", "minLength": 1})
    key_type: str = attrs.field(metadata={"wire": "keyType", "minLength": 1})
    key: str = attrs.field(metadata={"wire": "key", "minLength": 1})
    title: Literal["pix"] = attrs.field(default="pix", metadata={"wire": "title"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
