# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""The closed set of documented `WebhookEvent` values."""

from typing import Literal, TypeAlias

WebhookEvent: TypeAlias = Literal[
    "instance.connected",
    "instance.disconnected",
    "message.delivered",
    "message.failed",
    "message.read",
    "message.received",
    "message.sent",
]
