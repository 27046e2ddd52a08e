# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""The closed set of documented `RiskLevel` values."""

from typing import Literal, TypeAlias

RiskLevel: TypeAlias = Literal["high", "low", "medium"]
