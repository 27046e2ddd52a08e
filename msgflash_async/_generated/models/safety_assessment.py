# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal  # noqa: F401

import attrs

from .health_state import HealthState
from .risk_level import RiskLevel
from .safety_applied_limits import SafetyAppliedLimits
from .safety_audience import SafetyAudience
from .safety_decision import SafetyDecision


@attrs.define(kw_only=True, slots=True)
class SafetyAssessment:
    """Sending-safety guidance (V1: informational, never blocks). Messages carry decision, riskLevel, state
    and score; campaigns add reasons, recommendations, appliedLimits and audience."""

    decision: SafetyDecision | str = attrs.field(metadata={"wire": "decision"})
    risk_level: RiskLevel | str = attrs.field(metadata={"wire": "riskLevel"})
    state: HealthState | str = attrs.field(metadata={"wire": "state"})
    score: int = attrs.field(metadata={"wire": "score"})
    reasons: list[str] | None = attrs.field(default=None, metadata={"wire": "reasons"})
    recommendations: list[str] | None = attrs.field(default=None, metadata={"wire": "recommendations"})
    applied_limits: SafetyAppliedLimits | None = attrs.field(default=None, metadata={"wire": "appliedLimits"})
    audience: SafetyAudience | None = attrs.field(default=None, metadata={"wire": "audience"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
