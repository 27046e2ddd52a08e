# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal  # noqa: F401

import attrs


@attrs.define(kw_only=True, slots=True)
class GroupMember:
    """A contact in a group."""

    id: str = attrs.field(metadata={"wire": "id", "minLength": 1})
    name: str = attrs.field(metadata={"wire": "name"})
    phone: str = attrs.field(metadata={"wire": "phone"})
    tags: list[str] = attrs.field(metadata={"wire": "tags"})
    added_at: datetime.datetime = attrs.field(metadata={"wire": "addedAt"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
