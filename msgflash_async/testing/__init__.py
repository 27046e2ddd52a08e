"""A stateful fake MsgFlash server for tests: ``async with Sandbox() as sb``.

Runs in-process on 127.0.0.1, implements every documented public route with
in-memory state, the documented key/team/rate-limit/quota rules, messages and
jobs that progress over time, signed webhook deliveries, and fault injection.
"""

from __future__ import annotations

from ._config import PLAN_FREE, PLAN_MAX, PLAN_PRO, PLANS, PLANS_FAQ, Plan, SandboxConfig
from ._faults import FaultKind, FaultRule, Faults
from ._receiving import DeliveryResult, deliver, message_status_payload, signed_headers
from ._sandbox import Sandbox, TeamCredentials
from ._state import (
    Campaign,
    Contact,
    Counters,
    Group,
    Instance,
    Job,
    Lookup,
    Message,
    Template,
    Webhook,
    Workspace,
)
from ._webhooks import DeliveryAttempt, WebhookDelivery, sign

__all__ = [
    "PLANS",
    "PLANS_FAQ",
    "PLAN_FREE",
    "PLAN_MAX",
    "PLAN_PRO",
    "Campaign",
    "Contact",
    "Counters",
    "DeliveryAttempt",
    "DeliveryResult",
    "FaultKind",
    "FaultRule",
    "Faults",
    "Group",
    "Instance",
    "Job",
    "Lookup",
    "Message",
    "Plan",
    "Sandbox",
    "SandboxConfig",
    "TeamCredentials",
    "Template",
    "Webhook",
    "WebhookDelivery",
    "Workspace",
    "deliver",
    "message_status_payload",
    "sign",
    "signed_headers",
]

# Report the public module (reprs, tracebacks, docs), not the private one each class is defined in.
for _name in __all__:
    _obj = globals()[_name]
    if isinstance(_obj, type):
        _obj.__module__ = __name__
