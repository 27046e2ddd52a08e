# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal  # noqa: F401

import attrs


@attrs.define(kw_only=True, slots=True)
class SafetyAudience:
    """Audience figures used by the campaign safety assessment."""

    total_recipients: int = attrs.field(metadata={"wire": "totalRecipients"})
    cold_ratio: float = attrs.field(metadata={"wire": "coldRatio"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
