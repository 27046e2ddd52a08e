# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal  # noqa: F401

import attrs

from .payment_status import PaymentStatus
from .plan_code import PlanCode


@attrs.define(kw_only=True, slots=True)
class Payment:
    """A payment of the key owner."""

    id: str = attrs.field(metadata={"wire": "id", "minLength": 1})
    provider: str = attrs.field(metadata={"wire": "provider"})
    plan_code: PlanCode | str = attrs.field(metadata={"wire": "planCode"})
    plan_name: str = attrs.field(metadata={"wire": "planName"})
    amount: int = attrs.field(metadata={"wire": "amount"})
    currency: str = attrs.field(metadata={"wire": "currency"})
    status: PaymentStatus | str = attrs.field(metadata={"wire": "status"})
    period_start: datetime.datetime = attrs.field(metadata={"wire": "periodStart"})
    period_end: datetime.datetime = attrs.field(metadata={"wire": "periodEnd"})
    created_at: datetime.datetime = attrs.field(metadata={"wire": "createdAt"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
