# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal  # noqa: F401

import attrs

from .contact_meta import ContactMeta


@attrs.define(kw_only=True, slots=True)
class Contact:
    """A contact. Examples of single-contact routes show only some fields."""

    id: str = attrs.field(metadata={"wire": "id", "minLength": 1})
    name: str = attrs.field(metadata={"wire": "name"})
    phone: str | None = attrs.field(default=None, metadata={"wire": "phone"})
    tags: list[str] | None = attrs.field(default=None, metadata={"wire": "tags"})
    temperature: Any | None = attrs.field(default=None, metadata={"wire": "temperature"})
    meta: ContactMeta | None = attrs.field(default=None, metadata={"wire": "meta"})
    created_at: datetime.datetime | None = attrs.field(default=None, metadata={"wire": "createdAt"})
    updated_at: datetime.datetime | None = attrs.field(default=None, metadata={"wire": "updatedAt"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
