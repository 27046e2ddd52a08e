# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal  # noqa: F401

import attrs

from .billing_period import BillingPeriod
from .subscription import Subscription
from .usage import Usage


@attrs.define(kw_only=True, slots=True)
class SubscriptionOverview:
    """Subscription, usage and current period. `subscription` and `period` are absent or null for an
    account without a subscription (the portal's `SubscriptionResponse`)."""

    usage: Usage = attrs.field(metadata={"wire": "usage"})
    subscription: None | Subscription = attrs.field(default=None, metadata={"wire": "subscription"})
    period: BillingPeriod | None = attrs.field(default=None, metadata={"wire": "period"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
