# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""The closed set of documented `MessageStatus` values."""

from typing import Literal, TypeAlias

MessageStatus: TypeAlias = Literal["cancelled", "delivered", "failed", "queued", "read", "received", "sent"]
