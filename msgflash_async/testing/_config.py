"""Plans and sandbox configuration.

Two documented plan catalogues (catalog §6): the newest (Free / Pro / MAX, the
default) and the older one the FAQ and the authentication page describe (Free /
Starter / Pro / Plus, with 1 / 3 / 10 / 10 API keys); `SandboxConfig.catalogue`
picks one. Every field can be overridden with :meth:`Plan.evolve` so tests can
hit a quota after a handful of requests instead of thousands.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = [
    "CATALOGUES",
    "PLANS",
    "PLANS_FAQ",
    "PLAN_FREE",
    "PLAN_MAX",
    "PLAN_PRO",
    "Plan",
    "PlanCode",
    "SandboxConfig",
]

PlanCode = Literal["free", "starter", "pro", "plus", "max"]


@dataclass(frozen=True)
class Plan:
    """The limits and feature flags a workspace owner is subscribed to."""

    code: str
    name: str
    price_eur: float
    max_instances: int
    max_api_keys: int
    max_webhook_endpoints: int
    monthly_outbound_quota: int
    monthly_api_request_quota: int
    # None means unlimited (MAX plan).
    max_contact_groups: int | None
    campaigns: bool = True
    statuses: bool = False
    voice_notes: bool = True
    webhooks: bool = True
    number_lookups: bool = True

    def evolve(self, **changes: Any) -> Plan:
        """Return a copy with some limits or features changed."""
        return dataclasses.replace(self, **changes)

    def limits_json(self) -> dict[str, int]:
        """The `limits` object as the billing routes print it."""
        return {
            "maxInstances": self.max_instances,
            "maxApiKeys": self.max_api_keys,
            "maxWebhookEndpoints": self.max_webhook_endpoints,
            "monthlyOutboundQuota": self.monthly_outbound_quota,
            "monthlyApiRequestQuota": self.monthly_api_request_quota,
        }

    def features_json(self) -> dict[str, bool]:
        """The `features` object as the billing routes print it."""
        return {
            "campaigns": self.campaigns,
            "statuses": self.statuses,
            "voiceNotes": self.voice_notes,
            "webhooks": self.webhooks,
            "numberLookups": self.number_lookups,
        }

    def to_json(self) -> dict[str, Any]:
        """A plan object of `GET /billing/plans`."""
        return {
            "code": self.code,
            "name": self.name,
            "priceEur": self.price_eur,
            "limits": self.limits_json(),
            "features": self.features_json(),
        }


PLAN_FREE = Plan(
    code="free",
    name="Free",
    price_eur=0,
    max_instances=1,
    max_api_keys=1,
    max_webhook_endpoints=3,
    monthly_outbound_quota=500,
    monthly_api_request_quota=500,
    max_contact_groups=10,
)
PLAN_PRO = Plan(
    code="pro",
    name="Pro",
    price_eur=19,
    max_instances=5,
    max_api_keys=5,
    max_webhook_endpoints=15,
    monthly_outbound_quota=50_000,
    monthly_api_request_quota=150_000,
    max_contact_groups=50,
)
PLAN_MAX = Plan(
    code="max",
    name="MAX",
    price_eur=39,
    max_instances=20,
    max_api_keys=10,
    max_webhook_endpoints=50,
    monthly_outbound_quota=150_000,
    monthly_api_request_quota=500_000,
    max_contact_groups=None,
)
PLANS: Mapping[str, Plan] = {"free": PLAN_FREE, "pro": PLAN_PRO, "max": PLAN_MAX}


def _older(code: str, price: float, keys: int, limits: tuple[int, int, int, int, int | None], **flags: bool) -> Plan:
    instances, outbound, api, hooks, groups = limits
    return Plan(code, code.capitalize(), price, instances, keys, hooks, outbound, api, groups, **flags)


#: The older catalogue (catalog §6, EN rendering) with the FAQ's API keys (1 / 3 / 10 / 10). Limits are
#: (instances, outbound / month, API requests / month, webhook endpoints, contact groups; None = unlimited).
PLANS_FAQ: Mapping[str, Plan] = {
    "free": _older("free", 0, 1, (1, 20, 1_000, 0, 2), campaigns=False, webhooks=False),
    "starter": _older("starter", 9, 3, (2, 5_000, 10_000, 3, 10)),
    "pro": _older("pro", 19, 10, (5, 25_000, 100_000, 10, 50), statuses=True),
    "plus": _older("plus", 39, 10, (20, 150_000, 500_000, 50, None), statuses=True),
}
CATALOGUES: Mapping[str, Mapping[str, Plan]] = {"newest": PLANS, "faq": PLANS_FAQ}


def resolve_plan(plan: str | Plan, catalogue: str = "newest") -> Plan:
    """Accept a plan code of the catalogue, or a (possibly evolved) Plan."""
    if isinstance(plan, Plan):
        return plan
    plans = CATALOGUES[catalogue]
    try:
        return plans[plan]
    except KeyError:
        raise ValueError(f"unknown plan {plan!r}; expected one of {sorted(plans)}") from None


@dataclass(frozen=True)
class SandboxConfig:
    """How the sandbox behaves. Defaults are fast, so tests stay fast."""

    host: str = "127.0.0.1"
    port: int = 0
    # Per API key, per 1-second window; None disables the limiter.
    rate_limit_per_second: int | None = 10
    # The docs do not document Retry-After; off by default so clients are
    # tested without it, on to test that they honour it.
    send_retry_after: bool = False
    # Pro by default: the Free plan's 500 API requests/month would trip in
    # ordinary test suites. Use "free" or PLAN_FREE.evolve(...) to test quotas.
    plan: str | Plan = "pro"
    # Time between queued -> sent -> delivered -> read.
    message_step_seconds: float = 0.05
    # One progress tick of bulk jobs, number lookups and campaign batches.
    job_step_seconds: float = 0.02
    # Recipients whose messages end `failed`.
    failure_numbers: frozenset[str] = field(default_factory=frozenset)
    # Recipients whose messages stop at `sent` / `delivered` (never read).
    unread_numbers: frozenset[str] = field(default_factory=frozenset)
    # Delays between webhook attempts (5 attempts => 4 delays).
    webhook_retry_delays: tuple[float, ...] = (0.02, 0.04, 0.08, 0.16)
    webhook_timeout_seconds: float = 2.0
    # The secret of every webhook endpoint registered here (None: a random one each, as MsgFlash does), so an
    # app under test can be configured with it before its endpoint exists.
    webhook_secret: str | None = None
    # Seed of the fault-injection RNG and of generated ids for lookups.
    seed: int = 0
    # Items a bulk job / lookup processes per tick (min); bigger jobs finish in ~5 ticks.
    job_batch_size: int = 20
    campaign_batch_size: int = 50
    # Which documented plan catalogue `GET /billing/plans` lists and plan codes name: "newest" or "faq".
    catalogue: Literal["newest", "faq"] = "newest"

    def resolved_plan(self) -> Plan:
        """The Plan object of `plan`."""
        return resolve_plan(self.plan, self.catalogue)

    def plans(self) -> Mapping[str, Plan]:
        """The plans of the configured catalogue."""
        return CATALOGUES[self.catalogue]
