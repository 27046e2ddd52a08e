# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal, cast  # noqa: F401

import attrs

from .lookup_status import LookupStatus


@attrs.define(kw_only=True, slots=True)
class NumberLookupAccepted:
    """Asynchronous acceptance (100 numbers or more): poll `GET /api/v1/number-lookups/{id}/progress` every
    2 s."""

    lookup_id: str = attrs.field(metadata={"wire": "lookupId", "minLength": 1})
    status: LookupStatus | str = attrs.field(metadata={"wire": "status"})
    requested: int = attrs.field(metadata={"wire": "requested"})
    message: str = attrs.field(metadata={"wire": "message"})
    mode: Literal["async"] = attrs.field(default="async", metadata={"wire": "mode"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
