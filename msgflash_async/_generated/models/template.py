# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal  # noqa: F401

import attrs

from .template_type import TemplateType


@attrs.define(kw_only=True, slots=True)
class Template:
    """A message template. `variables` are detected by the backend from `body`."""

    id: str = attrs.field(metadata={"wire": "id", "minLength": 1})
    variables: list[str] = attrs.field(metadata={"wire": "variables"})
    name: str | None = attrs.field(default=None, metadata={"wire": "name"})
    type_: str | TemplateType | None = attrs.field(default=None, metadata={"wire": "type"})
    body: None | str = attrs.field(default=None, metadata={"wire": "body"})
    media_url: None | str = attrs.field(default=None, metadata={"wire": "mediaUrl"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
