# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal  # noqa: F401

import attrs


@attrs.define(kw_only=True, slots=True)
class LookupResult:
    """Numbers by outcome (element shape not documented; examples are empty arrays)."""

    on_whatsapp: list[Any] = attrs.field(metadata={"wire": "onWhatsApp"})
    not_on_whatsapp: list[Any] = attrs.field(metadata={"wire": "notOnWhatsApp"})
    invalid: list[Any] = attrs.field(metadata={"wire": "invalid"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
