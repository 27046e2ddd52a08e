# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal  # noqa: F401

import attrs


@attrs.define(kw_only=True, slots=True)
class PlanLimits:
    """Plan limits (examples sometimes show only some of them)."""

    max_instances: int = attrs.field(metadata={"wire": "maxInstances"})
    max_api_keys: int | None = attrs.field(default=None, metadata={"wire": "maxApiKeys"})
    max_webhook_endpoints: int | None = attrs.field(default=None, metadata={"wire": "maxWebhookEndpoints"})
    monthly_outbound_quota: int | None = attrs.field(default=None, metadata={"wire": "monthlyOutboundQuota"})
    monthly_api_request_quota: int | None = attrs.field(
        default=None, metadata={"wire": "monthlyApiRequestQuota"}
    )
    max_contact_groups: int | None = attrs.field(default=None, metadata={"wire": "maxContactGroups"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
