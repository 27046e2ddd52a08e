# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal, cast  # noqa: F401

import attrs

from .lookup_result import LookupResult
from .lookup_status import LookupStatus


@attrs.define(kw_only=True, slots=True)
class NumberLookupSyncResult:
    """Synchronous result (fewer than 100 numbers)."""

    lookup_id: str = attrs.field(metadata={"wire": "lookupId", "minLength": 1})
    status: LookupStatus | str = attrs.field(metadata={"wire": "status"})
    requested: int = attrs.field(metadata={"wire": "requested"})
    normalized: int = attrs.field(metadata={"wire": "normalized"})
    checked: int = attrs.field(metadata={"wire": "checked"})
    on_whatsapp_count: int = attrs.field(metadata={"wire": "onWhatsAppCount"})
    not_on_whatsapp_count: int = attrs.field(metadata={"wire": "notOnWhatsAppCount"})
    invalid_count: int = attrs.field(metadata={"wire": "invalidCount"})
    result: LookupResult = attrs.field(metadata={"wire": "result"})
    mode: Literal["sync"] = attrs.field(default="sync", metadata={"wire": "mode"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
