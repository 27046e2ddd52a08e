# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal  # noqa: F401

import attrs


@attrs.define(kw_only=True, slots=True)
class UpdateTemplateRequest:
    """Fields to change (all optional; `type` cannot change). Variables are recomputed."""

    name: str | None = attrs.field(default=None, metadata={"wire": "name", "minLength": 1})
    body: str | None = attrs.field(default=None, metadata={"wire": "body", "minLength": 1})
    media_url: str | None = attrs.field(
        default=None, metadata={"wire": "mediaUrl", "minLength": 1, "pattern": "^https?://"}
    )
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
