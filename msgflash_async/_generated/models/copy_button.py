# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal, cast  # noqa: F401

import attrs


@attrs.define(kw_only=True, slots=True)
class CopyButton:
    """Button that copies a code."""

    display_text: str = attrs.field(metadata={"wire": "displayText", "minLength": 1})
    copy_code: str = attrs.field(metadata={"wire": "copyCode", "minLength": 1})
    title: Literal["copy"] = attrs.field(default="copy", metadata={"wire": "title"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
