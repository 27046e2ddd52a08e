# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal  # noqa: F401

import attrs

from .instance_status import InstanceStatus


@attrs.define(kw_only=True, slots=True)
class Instance:
    """A WhatsApp number connected to MsgFlash (created and connected from the dashboard only)."""

    id: str = attrs.field(metadata={"wire": "id", "minLength": 1})
    name: str = attrs.field(metadata={"wire": "name"})
    wa_number: None | str = attrs.field(metadata={"wire": "waNumber"})
    status: InstanceStatus | str = attrs.field(metadata={"wire": "status"})
    webhook: Any | None = attrs.field(default=None, metadata={"wire": "webhook"})
    meta: Any | None = attrs.field(default=None, metadata={"wire": "meta"})
    deleted_at: datetime.datetime | None = attrs.field(default=None, metadata={"wire": "deletedAt"})
    created_at: datetime.datetime | None = attrs.field(default=None, metadata={"wire": "createdAt"})
    updated_at: datetime.datetime | None = attrs.field(default=None, metadata={"wire": "updatedAt"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
