"""In-memory model of MsgFlash: accounts, teams, API keys and workspaces.

Entities are plain mutable dataclasses; each knows how to print itself as the
documented JSON. Nothing here does I/O or scheduling (see ``_engine``).
"""

from __future__ import annotations

import secrets
import string
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from ._config import Plan
from ._util import iso, new_id, now

__all__ = [
    "Account",
    "ApiKey",
    "Campaign",
    "Contact",
    "Counters",
    "Group",
    "Instance",
    "Job",
    "Lookup",
    "Message",
    "Team",
    "Template",
    "Webhook",
    "Workspace",
]

InstanceStatus = Literal["disconnected", "connecting", "connected"]


@dataclass
class Usage:
    """Monthly counters of an account (team workspaces bill their owner)."""

    messages_count: int = 0
    statuses_count: int = 0
    api_requests_count: int = 0

    @property
    def outbound(self) -> int:
        """effectiveOutboundUsage = messagesCount + statusesCount (catalog §1.3)."""
        return self.messages_count + self.statuses_count


@dataclass
class Instance:
    """A WhatsApp number; read-only through the public API."""

    name: str
    wa_number: str
    status: InstanceStatus
    business: bool = True
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now)
    updated_at: datetime = field(default_factory=now)
    first_connected_at: datetime | None = None

    def to_json(self) -> dict[str, Any]:
        """Instance object of GET /instances and /instances/{id}."""
        return {
            "id": self.id,
            "name": self.name,
            "waNumber": self.wa_number,
            "status": self.status,
            "webhook": None,
            "meta": None,
            "deletedAt": None,
            "createdAt": iso(self.created_at),
            "updatedAt": iso(self.updated_at),
        }

    @property
    def provider_state(self) -> str:
        """Evolution API connection state names (`open` is the documented one)."""
        return {"connected": "open", "connecting": "connecting", "disconnected": "close"}[self.status]


@dataclass
class Contact:
    """A contact of a workspace."""

    name: str
    phone: str
    tags: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now)
    updated_at: datetime = field(default_factory=now)

    def to_json(self) -> dict[str, Any]:
        """Contact object (list items omit `meta` in the docs; we keep it everywhere but lists)."""
        return {
            "id": self.id,
            "name": self.name,
            "phone": self.phone,
            "tags": list(self.tags),
            "temperature": None,
            "meta": dict(self.meta),
            "createdAt": iso(self.created_at),
            "updatedAt": iso(self.updated_at),
        }

    def list_json(self) -> dict[str, Any]:
        """Contact as a GET /contacts item (documented fields only)."""
        out = self.to_json()
        del out["meta"]
        return out


@dataclass
class Group:
    """A MsgFlash contact list (not a WhatsApp group)."""

    name: str
    description: str = ""
    # Undocumented default; the spec types color as a (non-null) string.
    color: str = "#6B7280"
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now)
    updated_at: datetime = field(default_factory=now)
    # contact id -> addedAt; insertion order is add order.
    members: dict[str, datetime] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """Group object."""
        return {
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "color": self.color,
            "contactCount": len(self.members),
            "createdAt": iso(self.created_at),
            "updatedAt": iso(self.updated_at),
        }


@dataclass
class Template:
    """A message template; `variables` is recomputed from body on write."""

    name: str
    type: str
    body: str | None
    media_url: str | None
    variables: list[str]
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now)
    updated_at: datetime = field(default_factory=now)

    def to_json(self) -> dict[str, Any]:
        """Template object."""
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "body": self.body,
            "mediaUrl": self.media_url,
            "variables": list(self.variables),
            "createdAt": iso(self.created_at),
            "updatedAt": iso(self.updated_at),
        }


@dataclass
class Message:
    """An outbound (or simulated inbound) message."""

    user_id: str
    instance_id: str
    type: str
    to: str
    body: str | None
    media_url: str | None = None
    contact_id: str | None = None
    campaign_id: str | None = None
    direction: str = "outbound"
    from_: str | None = None
    status: str = "queued"
    error: str | None = None
    provider_message_id: str | None = None
    warnings: list[str] = field(default_factory=list)
    safety: dict[str, Any] = field(default_factory=dict)
    # Type-specific content (location, buttons...) kept for inspection by tests.
    content: dict[str, Any] = field(default_factory=dict)
    scheduled_at: datetime | None = None
    # Whether the message already counts on the outbound quota.
    counted: bool = False
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now)
    updated_at: datetime = field(default_factory=now)

    def to_json(self) -> dict[str, Any]:
        """Message object (send/schedule/get/list share it)."""
        worker_safety = {k: self.safety[k] for k in ("decision", "riskLevel", "state", "score") if k in self.safety}
        return {
            "id": self.id,
            "userId": self.user_id,
            "instanceId": self.instance_id,
            "contactId": self.contact_id,
            "campaignId": self.campaign_id,
            "direction": self.direction,
            "type": self.type,
            "from": self.from_,
            "to": self.to,
            "body": self.body,
            "mediaUrl": self.media_url,
            "status": self.status,
            "error": self.error,
            "meta": {"providerResult": {}, "workerSafety": worker_safety},
            "providerMessageId": self.provider_message_id,
            "warnings": list(self.warnings),
            "safety": dict(self.safety),
            "createdAt": iso(self.created_at),
            "updatedAt": iso(self.updated_at),
        }


@dataclass
class Campaign:
    """A campaign: a content, an audience and a start time."""

    user_id: str
    instance_id: str
    name: str
    schedule: datetime
    repeat: str
    recipients: dict[str, Any]
    template_id: str | None
    type: str | None
    body: str | None
    media_url: str | None
    variables: dict[str, Any] | None
    content: dict[str, Any]
    safety: dict[str, Any]
    status: str = "scheduled"
    # Contact ids still to turn into messages (filled when the run starts).
    pending: list[str] = field(default_factory=list)
    message_ids: list[str] = field(default_factory=list)
    planned: int = 0
    processing_started_at: datetime | None = None
    last_enqueued_at: datetime | None = None
    completed_at: datetime | None = None
    cancelled_at: datetime | None = None
    last_activity_at: datetime | None = None
    # Bumped on every (re)start so a stale batch loop stops itself.
    run_gen: int = 0
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now)
    updated_at: datetime = field(default_factory=now)


@dataclass
class Webhook:
    """A webhook endpoint registration."""

    url: str
    events: list[str]
    secret: str = field(default_factory=lambda: "whsec_" + secrets.token_hex(24))
    active: bool = True
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now)
    updated_at: datetime = field(default_factory=now)

    def to_json(self, with_secret: bool = False) -> dict[str, Any]:
        """Webhook object; the secret only in the create response."""
        out: dict[str, Any] = {"id": self.id, "url": self.url}
        if with_secret:
            out["secret"] = self.secret
        out.update(
            events=list(self.events),
            active=self.active,
            createdAt=iso(self.created_at),
            updatedAt=iso(self.updated_at),
        )
        return out


@dataclass
class Job:
    """A contact bulk job (bulk delete, add/remove group members)."""

    operation: str
    ids: list[str]
    group_id: str | None = None
    status: str = "pending"
    processed: int = 0
    summary: dict[str, int] = field(default_factory=dict)
    error: str | None = None
    id: str = field(default_factory=lambda: "job_" + secrets.token_hex(12))
    created_at: datetime = field(default_factory=now)
    updated_at: datetime = field(default_factory=now)
    completed_at: datetime | None = None

    @property
    def progress(self) -> int:
        """Percent 0-100 (floor, so 100 means everything is processed)."""
        return (self.processed * 100) // len(self.ids) if self.ids else 100

    def to_json(self, with_error: bool = True) -> dict[str, Any]:
        """Job object (list items omit `error`)."""
        out: dict[str, Any] = {
            "id": self.id,
            "operation": self.operation,
            "status": self.status,
            "requestedCount": len(self.ids),
            "processedCount": self.processed,
            "progress": self.progress,
        }
        if self.group_id is not None:
            out["groupId"] = self.group_id
        out["summary"] = dict(self.summary)
        if with_error:
            out["error"] = self.error
        out.update(createdAt=iso(self.created_at), updatedAt=iso(self.updated_at), completedAt=iso(self.completed_at))
        return out


@dataclass
class Lookup:
    """A number lookup: which numbers are on WhatsApp."""

    instance_id: str
    requested: int
    # Unique normalised valid numbers, in input order.
    numbers: list[str]
    invalid: list[str]
    status: str = "pending"
    checked: int = 0
    on_whatsapp: list[str] = field(default_factory=list)
    not_on_whatsapp: list[str] = field(default_factory=list)
    error: str | None = None
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now)
    updated_at: datetime = field(default_factory=now)
    completed_at: datetime | None = None

    @property
    def progress(self) -> int:
        """Percent of valid numbers checked."""
        return (self.checked * 100) // len(self.numbers) if self.numbers else 100

    def result_json(self) -> dict[str, list[str]]:
        """The `result` object: normalised numbers, raw input for invalid ones."""
        return {
            "onWhatsApp": list(self.on_whatsapp),
            "notOnWhatsApp": list(self.not_on_whatsapp),
            "invalid": list(self.invalid),
        }

    def to_json(self, *, with_result: bool) -> dict[str, Any]:
        """Lookup object (GET has `result`, progress and list items do not)."""
        out: dict[str, Any] = {
            "id": self.id,
            "instanceId": self.instance_id,
            "status": self.status,
            "progress": self.progress,
            "requestedCount": self.requested,
            "normalizedCount": len(self.numbers),
            "checkedCount": self.checked,
            "onWhatsAppCount": len(self.on_whatsapp),
            "notOnWhatsAppCount": len(self.not_on_whatsapp),
            "invalidCount": len(self.invalid),
        }
        if with_result:
            out["result"] = self.result_json()
        out.update(
            error=self.error,
            createdAt=iso(self.created_at),
            updatedAt=iso(self.updated_at),
            completedAt=iso(self.completed_at),
        )
        return out


@dataclass
class Payment:
    """A seeded subscription payment."""

    plan_code: str
    plan_name: str
    amount: int
    period_start: datetime
    period_end: datetime
    id: str = field(default_factory=new_id)

    def to_json(self) -> dict[str, Any]:
        """Payment object."""
        return {
            "id": self.id,
            "provider": "dodo",
            "planCode": self.plan_code,
            "planName": self.plan_name,
            "amount": self.amount,
            "currency": "EUR",
            "status": "succeeded",
            "periodStart": iso(self.period_start),
            "periodEnd": iso(self.period_end),
            "createdAt": iso(self.period_start),
        }


class Workspace:
    """Everything one workspace (personal or team) owns; fully isolated."""

    def __init__(self, owner: Account, team_id: str | None = None) -> None:
        self.id = team_id or owner.id
        self.owner = owner
        self.team_id = team_id
        self.instances: dict[str, Instance] = {}
        self.contacts: dict[str, Contact] = {}
        self.groups: dict[str, Group] = {}
        self.templates: dict[str, Template] = {}
        self.messages: dict[str, Message] = {}
        self.campaigns: dict[str, Campaign] = {}
        self.webhooks: dict[str, Webhook] = {}
        self.jobs: dict[str, Job] = {}
        self.lookups: dict[str, Lookup] = {}

    @property
    def plan(self) -> Plan:
        """Team workspaces use the team owner's subscription."""
        return self.owner.plan

    @property
    def usage(self) -> Usage:
        """Team workspaces bill the team owner's usage."""
        return self.owner.usage

    def seed(self) -> None:
        """Two instances: one connected (with a number), one disconnected."""
        t0 = now() - timedelta(days=30)
        main = Instance(name="Main", wa_number="+22912345678", status="connected", created_at=t0, updated_at=t0)
        # The backup number was connected once, then logged out.
        backup = Instance(name="Backup", wa_number="+22987654321", status="disconnected", created_at=t0, updated_at=t0)
        main.first_connected_at = backup.first_connected_at = t0
        for inst in (main, backup):
            self.instances[inst.id] = inst

    @property
    def connected_instance(self) -> Instance:
        """The first connected instance (seeded as `Main`)."""
        return next(i for i in self.instances.values() if i.status == "connected")

    @property
    def disconnected_instance(self) -> Instance:
        """The first disconnected instance (seeded as `Backup`)."""
        return next(i for i in self.instances.values() if i.status == "disconnected")

    def add_contact(self, name: str, phone: str, tags: list[str] | None = None) -> Contact:
        """Seed a contact (test helper; no request counted)."""
        contact = Contact(name=name, phone=phone, tags=list(tags or []))
        self.contacts[contact.id] = contact
        return contact


class Account:
    """A MsgFlash user with a subscription, a personal workspace and keys."""

    def __init__(self, plan: Plan, email: str, name: str) -> None:
        self.id = new_id()
        self.email = email
        self.name = name
        self.plan = plan
        self.usage = Usage()
        self.created_at = now() - timedelta(days=90)
        self.workspace = Workspace(self)
        self.payments: list[Payment] = []

    def seed_payments(self) -> None:
        """Two past monthly payments, newest first."""
        month = datetime.now(UTC).replace(day=1, hour=0, minute=0, second=0, microsecond=0)
        for back in (1, 2):
            start = (month - timedelta(days=31 * back - 15)).replace(day=1)
            end = (start + timedelta(days=32)).replace(day=1) - timedelta(milliseconds=1)
            self.payments.append(Payment("pro", "Pro", 1900, start, end))

    def to_json(self) -> dict[str, Any]:
        """GET /me (shape undocumented: free-form)."""
        return {
            "id": self.id,
            "email": self.email,
            "name": self.name,
            "plan": self.plan.code,
            "createdAt": iso(self.created_at),
        }


@dataclass
class Team:
    """A team workspace owned by an account."""

    owner: Account
    name: str
    id: str = field(default_factory=new_id)
    workspace: Workspace = field(init=False)

    def __post_init__(self) -> None:
        self.workspace = Workspace(self.owner, team_id=self.id)


@dataclass
class ApiKey:
    """An API key and what it is bound to."""

    key: str
    account: Account
    team: Team | None = None
    revoked: bool = False
    # A team key acts as one member of the team: the owner (default), an admin, or a collaborator, who may
    # send only through the instances assigned to them (403 INSTANCE_NOT_ASSIGNED otherwise).
    role: Literal["owner", "admin", "collaborator"] = "owner"
    assigned_instances: set[str] = field(default_factory=set)

    def may_send_through(self, instance_id: str) -> bool:
        """Whether this key's member may send through the instance (collaborators: assigned ones only)."""
        return self.role != "collaborator" or instance_id in self.assigned_instances

    @property
    def workspace(self) -> Workspace:
        """The workspace the key reaches."""
        return self.team.workspace if self.team else self.account.workspace


def make_personal_key() -> str:
    """`msgf_live_` + 64 lowercase hex (catalog §1.1)."""
    return "msgf_live_" + secrets.token_hex(32)


def make_team_key() -> str:
    """`msgf_team_` + alphanumerics (rest of the format undocumented)."""
    alphabet = string.ascii_letters + string.digits
    return "msgf_team_" + "".join(secrets.choice(alphabet) for _ in range(40))


class Counters:
    """What reached the sandbox, what reached a handler, what was created.

    Keys are ``(METHOD, route template)``, e.g. ``("POST", "/api/v1/messages/send")``.
    `received` counts every request the router matched; `handled` counts only
    requests whose handler actually ran (faults and auth/rate-limit refusals
    do not count); `created` counts entities actually created, by kind.
    """

    def __init__(self) -> None:
        self.received: Counter[tuple[str, str]] = Counter()
        self.handled: Counter[tuple[str, str]] = Counter()
        self.created: Counter[str] = Counter()

    def handled_count(self, method: str, route: str) -> int:
        """How many times that route's handler ran."""
        return self.handled[(method.upper(), route)]

    def reset(self) -> None:
        """Forget everything counted so far."""
        self.received.clear()
        self.handled.clear()
        self.created.clear()
