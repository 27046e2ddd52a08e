# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal  # noqa: F401

import attrs


@attrs.define(kw_only=True, slots=True)
class UpdateContactGroupRequest:
    """Fields to change (all optional)."""

    name: str | None = attrs.field(default=None, metadata={"wire": "name", "minLength": 1})
    description: str | None = attrs.field(default=None, metadata={"wire": "description"})
    color: str | None = attrs.field(default=None, metadata={"wire": "color", "pattern": "^#[0-9A-Fa-f]{6}$"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
