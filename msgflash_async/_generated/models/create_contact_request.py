# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal  # noqa: F401

import attrs

from .contact_meta import ContactMeta


@attrs.define(kw_only=True, slots=True)
class CreateContactRequest:
    """New contact."""

    name: str = attrs.field(metadata={"wire": "name", "minLength": 1})
    phone: str = attrs.field(metadata={"wire": "phone", "minLength": 1, "pattern": "^\\+[1-9][0-9]{6,14}$"})
    tags: list[str] | None = attrs.field(default=None, metadata={"wire": "tags"})
    meta: ContactMeta | None = attrs.field(default=None, metadata={"wire": "meta"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
