# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""A free-form JSON object: the docs leave its shape open."""

from __future__ import annotations

from typing import Any, TypeAlias

ErrorInfo: TypeAlias = dict[str, Any]
