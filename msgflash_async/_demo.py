"""`python -m msgflash_async demo`: the SDK doing a user's day, against the sandbox or (read-only) the real API."""

from __future__ import annotations

import asyncio
import time
from collections import Counter

from ._client import MsgFlash
from ._generated.models import (
    AddGroupMembersResult,
    ContactBulkJob,
    CreateTextTemplate,
    ReplyButton,
    SendButtonsMessage,
    SendImageMessage,
    SendTemplateMessage,
    SendTextMessage,
    UrlButton,
)
from ._generated.unions import SendMessageRequest
from ._settings import env_value
from .jobs import wait_for_contact_job

CONTACTS = 120
FINAL = frozenset({"read", "failed"})


def say(text: str) -> None:
    print(text, flush=True)


async def run_demo(*, rate_limit: float = 10.0) -> int:
    """The real API when MSGFLASH_API_KEY is set (read-only calls), else the built-in sandbox."""
    if env_value("MSGFLASH_API_KEY"):
        return await _real_api_tour()
    from .testing import Sandbox, SandboxConfig

    # A message advances a status every second: slow enough for the poll (4 messages at 10 req/s) to see each.
    config = SandboxConfig(rate_limit_per_second=int(rate_limit), message_step_seconds=1.0, job_step_seconds=0.05)
    async with Sandbox(config) as sandbox:
        say(f"sandbox: a fake MsgFlash at {sandbox.base_url} ({rate_limit:g} req/s per key, like the real one)")
        async with MsgFlash(sandbox.personal_key, base_url=sandbox.base_url, rate_limit=rate_limit) as mf:
            say(f"client:  {mf!r}")
            await _sandbox_tour(mf)
        refused = sum(n for (method, route), n in sandbox.counters.received.items()) - sum(
            sandbox.counters.handled.values()
        )
        say(f"server:  {sum(sandbox.counters.received.values())} requests received, {refused} refused (429 or other)")
    return 0


async def _sandbox_tour(mf: MsgFlash) -> None:
    started = time.monotonic()
    instances = await mf.instances.list()
    say("\n1. instances: " + ", ".join(f"{i.name} ({i.status})" for i in instances))
    instance = next(i for i in instances if i.status == "connected")

    group = await mf.contact_groups.create(name="Demo VIP", color="#F59E0B")
    contact_ids = await _create_contacts(mf, CONTACTS)
    added = await mf.contact_groups.add_members(group.id, contact_ids=contact_ids[:3])
    members = added.added if isinstance(added, AddGroupMembersResult) else "some"
    say(f"2. created {len(contact_ids)} contacts through the rate limiter, group {group.name!r} with {members} members")

    pages = [len(page.contacts) async for page in mf.contacts.list(limit=25).pages()]
    say(f"3. paged through contacts: {sum(pages)} contacts in {len(pages)} pages of {pages}")

    template = await mf.templates.create(
        CreateTextTemplate(name="welcome", body="Hi {{contact.firstName}}, code {{custom.code}}")
    )
    to, contact_id, code = "+33600000000", contact_ids[0], {"code": "PROMO10"}
    messages: list[SendMessageRequest] = [
        SendTextMessage(instance_id=instance.id, to=to, text="Hello from msgflash-async"),
        SendImageMessage(instance_id=instance.id, to=to, media_url="https://example.com/cat.jpg", text="A cat"),
        SendTemplateMessage(
            instance_id=instance.id, to=to, template_id=template.id, contact_id=contact_id, variables=code
        ),
        SendButtonsMessage(
            instance_id=instance.id, to=to, title="Order #42", description="Ready to ship?",
            buttons=[ReplyButton(display_text="Yes", id="yes"), UrlButton(display_text="Track", url="https://example.com/t/42")],
        ),
    ]  # fmt: skip
    sent = [await mf.messages.send(message) for message in messages]
    say(f"4. sent {len(sent)} messages (text, image, template, buttons); template rendered: {sent[2].body!r}")
    await _watch_statuses(mf, [m.id for m in sent])

    reply = await mf.contacts.bulk_delete(contact_ids=contact_ids[:100])
    say(f"6. bulk delete of 100 contacts answered {type(reply).__name__}; waiting for the job:")
    job = await wait_for_contact_job(mf, reply, poll_interval=0.1, on_progress=_print_progress)
    say(f"   job {getattr(job, 'status', 'done')}")
    remaining = len(await mf.contacts.list(limit=100).collect())
    say(
        f"\nsummary: {remaining} contacts left, {len(sent)} messages read or failed, {time.monotonic() - started:.1f} s"
    )


async def _create_contacts(mf: MsgFlash, count: int) -> list[str]:
    async def create(n: int) -> str:
        contact = await mf.contacts.create(name=f"Ada Lovelace {n:03d}", phone=f"+33610{n:06d}", tags=["demo"])
        return contact.id

    return list(await asyncio.gather(*(create(n) for n in range(count))))


async def _watch_statuses(mf: MsgFlash, ids: list[str]) -> None:
    last: dict[str, str] = {}
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        statuses = {mid: str((await mf.messages.get(mid)).status) for mid in ids}
        if statuses != last:
            say(f"5. statuses: {dict(Counter(statuses.values()))}")
            last = statuses
        if set(statuses.values()) <= FINAL:
            return
        await asyncio.sleep(0.2)


def _print_progress(job: ContactBulkJob) -> None:
    say(f"   {job.status}: {job.processed_count}/{job.requested_count}")


async def _real_api_tour() -> int:
    """Read-only calls on the account behind MSGFLASH_API_KEY: nothing is created, sent or deleted."""
    async with MsgFlash() as mf:
        say(f"real API, read-only: {mf!r}")
        instances = await mf.instances.list()
        say("instances: " + (", ".join(f"{i.name} ({i.status})" for i in instances) or "none"))
        plans = await mf.billing.list_plans()
        say("plans: " + ", ".join(f"{p.code}" for p in plans))
        contacts = await mf.contacts.list(limit=10).bounded(max_items=10).collect()
        say(f"first contacts: {len(contacts)}")
        messages = await mf.messages.list(limit=10).bounded(max_items=10).collect()
        say(f"recent messages: {dict(Counter(str(m.status) for m in messages))}")
    return 0
