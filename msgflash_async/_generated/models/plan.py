# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal  # noqa: F401

import attrs

from .plan_code import PlanCode
from .plan_features import PlanFeatures
from .plan_limits import PlanLimits


@attrs.define(kw_only=True, slots=True)
class Plan:
    """A plan. Prices are in EUR (`priceEur`); older versions also had `priceFcfa`, one example
    `priceMonthly` + `currency`."""

    code: PlanCode | str = attrs.field(metadata={"wire": "code"})
    limits: PlanLimits = attrs.field(metadata={"wire": "limits"})
    features: PlanFeatures = attrs.field(metadata={"wire": "features"})
    name: str | None = attrs.field(default=None, metadata={"wire": "name"})
    price_eur: float | None = attrs.field(default=None, metadata={"wire": "priceEur"})
    price_fcfa: float | None = attrs.field(default=None, metadata={"wire": "priceFcfa"})
    price_monthly: float | None = attrs.field(default=None, metadata={"wire": "priceMonthly"})
    currency: str | None = attrs.field(default=None, metadata={"wire": "currency"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
