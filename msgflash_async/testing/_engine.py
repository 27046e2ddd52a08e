"""Time: messages progress, jobs and lookups tick, campaigns run.

Everything that happens "later" is a plain ``loop.call_later`` callback that
mutates state synchronously; handles are tracked so ``close()`` cancels them
all (no task outlives the sandbox). Exceptions raised by a callback are kept
in ``errors`` so a test can assert the sandbox itself never broke.
"""

from __future__ import annotations

import asyncio
import math
import secrets
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from ._config import SandboxConfig
from ._state import Campaign, Contact, Instance, Job, Lookup, Message, Workspace
from ._templates import build_context, render
from ._util import iso, now
from ._webhooks import WebhookDispatcher

__all__ = ["Engine", "health_state", "instance_health", "on_whatsapp", "safety_for"]

TERMINAL_MESSAGE = frozenset({"delivered", "read", "failed", "cancelled"})


def on_whatsapp(number: str) -> bool:
    """Deterministic lookup rule: a normalised number ending in an even digit is on WhatsApp."""
    return int(number[-1]) % 2 == 0


def health_state(instance: Instance) -> tuple[str, int, float]:
    """(state, score, age in days) derived from the instance's first connection."""
    if instance.status != "connected" or instance.first_connected_at is None:
        return "new", 20, 0.0
    age = (now() - instance.first_connected_at).total_seconds() / 86400
    if age < 3:
        return "new", 35, round(age, 1)
    if age < 14:
        return "warming", 56, round(age, 1)
    return "stable", 82, round(age, 1)


def safety_for(instance: Instance) -> dict[str, Any]:
    """The V1 safety verdict: always allows; informs about the instance state."""
    state, score, _ = health_state(instance)
    recommendations = [] if state == "stable" else ["Keep volumes low while the number warms up."]
    return {
        "decision": "allow",
        "riskLevel": "low",
        "state": state,
        "score": score,
        "reasons": [],
        "recommendations": recommendations,
    }


def warmup_caps(state: str) -> dict[str, Any]:
    """Warm-up caps by health state (undocumented numbers; plausible and stable)."""
    factor = {"new": 1, "warming": 2, "stable": 10, "at_risk": 1, "restricted": 0}[state]
    return {
        "hourlyOutboundCap": 30 * factor,
        "dailyOutboundCap": 200 * factor,
        "hourlyUniqueRecipientsCap": 20 * factor,
        "dailyUniqueRecipientsCap": 150 * factor,
        "maxCampaignRecipients": 100 * factor,
        "maxColdRatio": 0.4,
    }


def instance_health(ws: Workspace, instance: Instance) -> dict[str, Any]:
    """GET /instances/{id}/health, with usage counted from real messages."""
    state, score, age = health_state(instance)
    t = now()
    sent = [m for m in ws.messages.values() if m.instance_id == instance.id and m.direction == "outbound"]
    inbound = [m for m in ws.messages.values() if m.instance_id == instance.id and m.direction == "inbound"]

    def within(msgs: list[Message], hours: float) -> list[Message]:
        return [m for m in msgs if t - m.created_at <= timedelta(hours=hours)]

    return {
        "instanceId": instance.id,
        "safetyState": state,
        "safetyScore": score,
        "firstConnectedAt": iso(instance.first_connected_at or instance.created_at),
        "warmupPolicy": {"state": state, "instanceAgeDays": age, **warmup_caps(state)},
        "usageWindowSummary": {
            "outbound1h": len(within(sent, 1)),
            "outbound24h": len(within(sent, 24)),
            "uniqueRecipients1h": len({m.to for m in within(sent, 1)}),
            "uniqueRecipients24h": len({m.to for m in within(sent, 24)}),
            "inboundReplies24h": len(within(inbound, 24)),
            "inboundReplies7d": len(within(inbound, 24 * 7)),
        },
        "recommendations": safety_for(instance)["recommendations"],
    }


class Engine:
    """Schedules and runs every background state change of one sandbox."""

    def __init__(self, config: SandboxConfig, dispatcher: WebhookDispatcher) -> None:
        self.config = config
        self.dispatcher = dispatcher
        self._handles: set[asyncio.TimerHandle] = set()
        self.errors: list[BaseException] = []
        self.closed = False

    # -- scheduling ---------------------------------------------------------

    def later(self, delay: float, fn: Callable[[], None]) -> None:
        """Run `fn` after `delay` seconds on the running loop."""
        if self.closed:
            return
        loop = asyncio.get_running_loop()
        holder: list[asyncio.TimerHandle] = []

        def run() -> None:
            self._handles.discard(holder[0])
            try:
                fn()
            except Exception as exc:  # kept for tests to assert on, never lost
                self.errors.append(exc)

        handle = loop.call_later(max(0.0, delay), run)
        holder.append(handle)
        self._handles.add(handle)

    @property
    def pending(self) -> int:
        """Number of scheduled callbacks not yet run."""
        return len(self._handles)

    def close(self) -> None:
        """Cancel every scheduled callback."""
        self.closed = True
        for handle in self._handles:
            handle.cancel()
        self._handles.clear()

    def emit(self, ws: Workspace, event: str, payload: dict[str, Any]) -> None:
        """Send a webhook event to the workspace's endpoints."""
        self.dispatcher.emit(list(ws.webhooks.values()), event, payload)

    # -- messages -----------------------------------------------------------

    def enqueue_message(self, ws: Workspace, msg: Message) -> None:
        """Process at scheduledAt (past = now) or after one step."""
        step = self.config.message_step_seconds
        delay = step
        if msg.scheduled_at is not None:
            delay = max(step, (msg.scheduled_at - now()).total_seconds())
        self.later(delay, lambda: self._process(ws, msg))

    def _process(self, ws: Workspace, msg: Message) -> None:
        if msg.status != "queued":
            return
        if not msg.counted:
            # Scheduled messages re-check the quota when actually sent (catalog §1.3).
            if ws.usage.outbound >= ws.plan.monthly_outbound_quota:
                self._fail(ws, msg, "MONTHLY_OUTBOUND_QUOTA_EXCEEDED: monthly outbound quota reached")
                return
            ws.usage.messages_count += 1
            msg.counted = True
        instance = ws.instances.get(msg.instance_id)
        if instance is None or instance.status != "connected":
            self._fail(ws, msg, "Instance is not connected")
        elif msg.to in self.config.failure_numbers:
            self._fail(ws, msg, "Recipient is not reachable on WhatsApp")
        else:
            msg.provider_message_id = "3EB0" + secrets.token_hex(10).upper()
            self._advance(ws, msg, "sent")

    def _advance(self, ws: Workspace, msg: Message, status: str) -> None:
        msg.status = status
        msg.updated_at = now()
        self._notify(ws, msg)
        nxt = {"sent": "delivered", "delivered": "read"}.get(status)
        if nxt is None or (nxt == "read" and msg.to in self.config.unread_numbers):
            return

        def step() -> None:
            if msg.status == status:
                self._advance(ws, msg, nxt)

        self.later(self.config.message_step_seconds, step)

    def _fail(self, ws: Workspace, msg: Message, error: str) -> None:
        msg.status = "failed"
        msg.error = error
        msg.updated_at = now()
        self._notify(ws, msg)

    def _notify(self, ws: Workspace, msg: Message) -> None:
        self.emit(
            ws,
            f"message.{msg.status}",
            {
                "event": f"message.{msg.status}",
                "instanceId": msg.instance_id,
                "messageId": msg.id,
                "providerMessageId": msg.provider_message_id,
                "to": msg.to,
                "status": msg.status,
                "timestamp": iso(msg.updated_at),
            },
        )
        if msg.campaign_id and msg.campaign_id in ws.campaigns:
            campaign = ws.campaigns[msg.campaign_id]
            campaign.last_activity_at = msg.updated_at
            self.check_campaign_done(ws, campaign)

    # -- campaigns ----------------------------------------------------------

    def schedule_campaign(self, ws: Workspace, campaign: Campaign) -> None:
        """Start the run at `schedule` (past = now)."""
        delay = (campaign.schedule - now()).total_seconds()

        def start() -> None:
            if campaign.status == "scheduled":
                self.start_campaign(ws, campaign)

        self.later(delay, start)

    def start_campaign(self, ws: Workspace, campaign: Campaign) -> None:
        """Resolve the audience now and begin creating messages in batches."""
        campaign.status = "running"
        campaign.processing_started_at = campaign.last_activity_at = now()
        campaign.pending = [c.id for c in resolve_audience(ws, campaign.recipients)]
        campaign.planned = len(campaign.pending)
        self.resume_campaign(ws, campaign)

    def resume_campaign(self, ws: Workspace, campaign: Campaign) -> None:
        """(Re)start the batch loop; a generation number kills stale loops."""
        campaign.status = "running"
        gen = campaign.run_gen = campaign.run_gen + 1

        def tick() -> None:
            if campaign.status == "running" and campaign.run_gen == gen:
                self._campaign_batch(ws, campaign)
                if campaign.status == "running" and campaign.pending:
                    self.later(self.config.job_step_seconds, tick)

        self.later(0, tick)

    def _campaign_batch(self, ws: Workspace, campaign: Campaign) -> None:
        batch = campaign.pending[: self.config.campaign_batch_size]
        for index, contact_id in enumerate(batch):
            if ws.usage.outbound >= ws.plan.monthly_outbound_quota:
                # Auto-pause, keep the rest for a resume (catalog §3.3 lifecycle).
                campaign.status = "paused_quota"
                del campaign.pending[:index]
                campaign.updated_at = now()
                return
            contact = ws.contacts.get(contact_id)
            if contact is None:
                campaign.planned -= 1  # deleted since the run started
                continue
            self._campaign_message(ws, campaign, contact)
        del campaign.pending[: len(batch)]
        campaign.last_enqueued_at = campaign.last_activity_at = now()
        self.check_campaign_done(ws, campaign)

    def _campaign_message(self, ws: Workspace, campaign: Campaign, contact: Contact) -> None:
        instance = ws.instances.get(campaign.instance_id)
        media_url = campaign.media_url
        msg_type = campaign.type or "text"
        body = campaign.body
        missing: list[str] = []
        template = ws.templates.get(campaign.template_id) if campaign.template_id else None
        if campaign.template_id:
            ctx = build_context(ws.owner, contact, instance, campaign.variables)
            body, missing = render(template.body if template else "", ctx)
            msg_type = template.type if template else "text"
            media_url = template.media_url if template else None
        msg = Message(
            user_id=ws.owner.id,
            instance_id=campaign.instance_id,
            type=msg_type,
            to=contact.phone,
            body=body,
            media_url=media_url,
            contact_id=contact.id,
            campaign_id=campaign.id,
            content=dict(campaign.content),
            safety=safety_for(instance) if instance else {},
        )
        ws.messages[msg.id] = msg
        campaign.message_ids.append(msg.id)
        if template is None and campaign.template_id:
            self._fail(ws, msg, "Template not found")
        elif missing:
            self._fail(ws, msg, "TEMPLATE_VARIABLES_MISSING: " + ", ".join(missing))
        else:
            ws.usage.messages_count += 1
            msg.counted = True
            self.enqueue_message(ws, msg)

    def check_campaign_done(self, ws: Workspace, campaign: Campaign) -> None:
        """`completed` once every message exists and none is still queued."""
        if campaign.status != "running" or campaign.pending:
            return
        if any(ws.messages[m].status == "queued" for m in campaign.message_ids if m in ws.messages):
            return
        campaign.status = "completed"
        campaign.completed_at = campaign.updated_at = now()

    # -- bulk jobs ----------------------------------------------------------

    def _batch(self, total: int) -> int:
        # At least the configured batch; big jobs still finish in about 5 ticks.
        return max(self.config.job_batch_size, math.ceil(total / 5))

    def start_job(self, ws: Workspace, job: Job) -> None:
        """pending -> processing -> done over ticks."""
        size = self._batch(len(job.ids))

        def tick() -> None:
            if job.status not in ("pending", "processing"):
                return
            if job.status == "pending":
                job.status = "processing"
            else:
                chunk = job.ids[job.processed : job.processed + size]
                for contact_id in chunk:
                    if not self._apply_job_item(ws, job, contact_id):
                        return
                job.processed += len(chunk)
            job.updated_at = now()
            if job.processed >= len(job.ids):
                job.status = "done"
                job.completed_at = job.updated_at
                return
            self.later(self.config.job_step_seconds, tick)

        self.later(self.config.job_step_seconds, tick)

    def _apply_job_item(self, ws: Workspace, job: Job, contact_id: str) -> bool:
        summary = job.summary
        if job.operation == "bulk_delete_contacts":
            key = "deleted" if delete_contact(ws, contact_id) else "notFound"
            summary[key] = summary.get(key, 0) + 1
            return True
        group = ws.groups.get(job.group_id or "")
        if group is None:
            job.status = "failed"
            job.error = "Group not found"
            job.updated_at = job.completed_at = now()
            return False
        if job.operation == "add_to_group":
            key = add_member(ws, group.members, contact_id)
        else:
            key = "removed" if group.members.pop(contact_id, None) else "notInGroup"
        summary[key] = summary.get(key, 0) + 1
        return True

    # -- number lookups -----------------------------------------------------

    def start_lookup(self, lookup: Lookup) -> None:
        """pending -> processing -> done, checking a batch of numbers per tick."""
        size = self._batch(len(lookup.numbers))

        def tick() -> None:
            if lookup.status not in ("pending", "processing"):
                return
            if lookup.status == "pending":
                lookup.status = "processing"
            else:
                check_numbers(lookup, size)
            lookup.updated_at = now()
            if lookup.checked >= len(lookup.numbers):
                lookup.status = "done"
                lookup.completed_at = lookup.updated_at
                return
            self.later(self.config.job_step_seconds, tick)

        self.later(self.config.job_step_seconds, tick)

    # -- instances ----------------------------------------------------------

    def set_instance_status(self, ws: Workspace, instance: Instance, status: str) -> None:
        """Change an instance status and fire instance.connected/disconnected."""
        if status not in ("connected", "connecting", "disconnected"):
            raise ValueError(f"unknown instance status {status!r}")
        instance.status = status  # type: ignore[assignment]
        instance.updated_at = now()
        if status == "connected" and instance.first_connected_at is None:
            instance.first_connected_at = instance.updated_at
        if status in ("connected", "disconnected"):
            event = f"instance.{status}"
            payload = {"event": event, "instanceId": instance.id, "status": status, "timestamp": iso(now())}
            self.emit(ws, event, payload)


def check_numbers(lookup: Lookup, count: int) -> None:
    """Check the next `count` numbers with the deterministic rule."""
    for number in lookup.numbers[lookup.checked : lookup.checked + count]:
        (lookup.on_whatsapp if on_whatsapp(number) else lookup.not_on_whatsapp).append(number)
    lookup.checked = min(len(lookup.numbers), lookup.checked + count)


def add_member(ws: Workspace, members: dict[str, Any], contact_id: str) -> str:
    """Add one contact to a group's members; returns the summary key."""
    if contact_id not in ws.contacts:
        return "notFound"
    if contact_id in members:
        return "alreadyInGroup"
    members[contact_id] = now()
    return "added"


def delete_contact(ws: Workspace, contact_id: str) -> bool:
    """Delete a contact and its group memberships."""
    if ws.contacts.pop(contact_id, None) is None:
        return False
    for group in ws.groups.values():
        group.members.pop(contact_id, None)
    return True


def resolve_audience(ws: Workspace, recipients: dict[str, Any]) -> list[Contact]:
    """Contacts targeted by a campaign's `recipients`, in creation order."""
    kind = recipients.get("type")
    contacts = list(ws.contacts.values())
    if kind == "all":
        return contacts
    if kind == "tags":
        wanted = set(recipients.get("value") or [])
        return [c for c in contacts if wanted.intersection(c.tags)]
    if kind == "explicit":
        ids = dict.fromkeys(recipients.get("value") or [])
        return [ws.contacts[i] for i in ids if i in ws.contacts]
    group = ws.groups.get(recipients.get("groupId") or "")
    return [ws.contacts[i] for i in (group.members if group else {}) if i in ws.contacts]
