# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal  # noqa: F401

import attrs

from .billing_period import BillingPeriod
from .plan_features import PlanFeatures
from .plan_limits import PlanLimits
from .plan_summary import PlanSummary
from .usage import Usage


@attrs.define(kw_only=True, slots=True)
class UsageReport:
    """Plan, limits, features, usage and current period (the newest plans-and-quotas example has no
    `period`)."""

    plan: PlanSummary = attrs.field(metadata={"wire": "plan"})
    limits: PlanLimits = attrs.field(metadata={"wire": "limits"})
    features: PlanFeatures = attrs.field(metadata={"wire": "features"})
    usage: Usage = attrs.field(metadata={"wire": "usage"})
    period: BillingPeriod | None = attrs.field(default=None, metadata={"wire": "period"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
