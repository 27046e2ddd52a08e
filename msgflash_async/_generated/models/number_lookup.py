# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal  # noqa: F401

import attrs

from .lookup_result import LookupResult
from .lookup_status import LookupStatus


@attrs.define(kw_only=True, slots=True)
class NumberLookup:
    """A number lookup. The detail route carries `result`; the progress route carries `error` and
    timestamps instead; the cancel route returns only `id`, `status` and `completedAt`."""

    id: str = attrs.field(metadata={"wire": "id", "minLength": 1})
    status: LookupStatus | str = attrs.field(metadata={"wire": "status"})
    completed_at: datetime.datetime | None = attrs.field(metadata={"wire": "completedAt"})
    progress: int | None = attrs.field(default=None, metadata={"wire": "progress"})
    requested_count: int | None = attrs.field(default=None, metadata={"wire": "requestedCount"})
    normalized_count: int | None = attrs.field(default=None, metadata={"wire": "normalizedCount"})
    checked_count: int | None = attrs.field(default=None, metadata={"wire": "checkedCount"})
    on_whatsapp_count: int | None = attrs.field(default=None, metadata={"wire": "onWhatsAppCount"})
    not_on_whatsapp_count: int | None = attrs.field(default=None, metadata={"wire": "notOnWhatsAppCount"})
    invalid_count: int | None = attrs.field(default=None, metadata={"wire": "invalidCount"})
    result: LookupResult | None = attrs.field(default=None, metadata={"wire": "result"})
    error: Any | None = attrs.field(default=None, metadata={"wire": "error"})
    created_at: datetime.datetime | None = attrs.field(default=None, metadata={"wire": "createdAt"})
    updated_at: datetime.datetime | None = attrs.field(default=None, metadata={"wire": "updatedAt"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
