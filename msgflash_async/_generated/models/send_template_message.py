# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal  # noqa: F401

import attrs

from .template_variables import TemplateVariables


@attrs.define(kw_only=True, slots=True)
class SendTemplateMessage:
    """Template mode: the backend renders the template (no `type`)."""

    instance_id: str = attrs.field(metadata={"wire": "instanceId", "minLength": 1})
    to: str = attrs.field(metadata={"wire": "to", "minLength": 1, "pattern": "^\\+[1-9][0-9]{6,14}$"})
    template_id: str = attrs.field(metadata={"wire": "templateId", "minLength": 1})
    variables: TemplateVariables | None = attrs.field(default=None, metadata={"wire": "variables"})
    contact_id: str | None = attrs.field(default=None, metadata={"wire": "contactId", "minLength": 1})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
