# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal  # noqa: F401

import attrs

from .plan import Plan


@attrs.define(kw_only=True, slots=True)
class Subscription:
    """The subscription. The scheduled-change fields are null in every example (types not documented)."""

    plan: Plan = attrs.field(metadata={"wire": "plan"})
    scheduled_plan: Any = attrs.field(metadata={"wire": "scheduledPlan"})
    scheduled_plan_at: Any = attrs.field(metadata={"wire": "scheduledPlanAt"})
    scheduled_action: Any = attrs.field(metadata={"wire": "scheduledAction"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
