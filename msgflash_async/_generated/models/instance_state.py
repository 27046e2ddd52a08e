# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal  # noqa: F401

import attrs

from .instance_status import InstanceStatus


@attrs.define(kw_only=True, slots=True)
class InstanceState:
    """Live provider state of an instance."""

    instance_id: str = attrs.field(metadata={"wire": "instanceId", "minLength": 1})
    status: InstanceStatus | str = attrs.field(metadata={"wire": "status"})
    provider_state: str = attrs.field(metadata={"wire": "providerState"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
