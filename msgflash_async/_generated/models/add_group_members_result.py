# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal  # noqa: F401

import attrs


@attrs.define(kw_only=True, slots=True)
class AddGroupMembersResult:
    """Synchronous result (fewer than 100 ids); all counts."""

    added: int = attrs.field(metadata={"wire": "added"})
    already_in_group: int = attrs.field(metadata={"wire": "alreadyInGroup"})
    not_found: int = attrs.field(metadata={"wire": "notFound"})
    total: int = attrs.field(metadata={"wire": "total"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
