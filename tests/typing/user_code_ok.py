"""User code that must pass `mypy --strict`: the everyday calls of the SDK, typed end to end.

Not a test module (pytest does not collect it); tests/contract/test_codegen.py type-checks it.
"""

from __future__ import annotations

import datetime

from msgflash_async import AsyncPaginator, MsgFlash, QuotaExceededError, RateLimitError
from msgflash_async.models import (
    BulkDeleteResult,
    Contact,
    ContactPage,
    CreateTextCampaign,
    ReplyButton,
    ScheduleTextMessage,
    SendButtonsMessage,
    SendTemplateMessage,
    SendTextMessage,
    TagRecipients,
    UrlButton,
)


def use(*values: object) -> None:
    """Stands for whatever the application does with a value."""


async def everyday(mf: MsgFlash) -> None:
    sent = await mf.messages.send(SendTextMessage(instance_id="i", to="+33612345678", text="Bonjour"))
    message_id: str = sent.id
    await mf.messages.send(SendTemplateMessage(instance_id="i", to="+33612345678", template_id="t", variables={"a": 1}))
    await mf.messages.send(
        SendButtonsMessage(
            instance_id="i",
            to="+33612345678",
            title="t",
            description="d",
            buttons=[ReplyButton(display_text="Yes", id="yes"), UrlButton(display_text="Site", url="https://x.test")],
        )
    )
    when = datetime.datetime(2026, 4, 2, 8, 0, tzinfo=datetime.UTC)
    scheduled = await mf.messages.schedule(ScheduleTextMessage(instance_id="i", to="+1", text="x", scheduled_at=when))
    use(message_id, scheduled.id)

    async for contact in mf.contacts.list(limit=100, sort="name_asc"):
        name: str = contact.name
        use(name, contact.created_at)
    first: ContactPage = await mf.contacts.list()
    everyone: list[Contact] = await mf.contacts.list().bounded(max_items=10).collect()
    paginator: AsyncPaginator[Contact, ContactPage] = mf.contacts.list(search="awa")
    async for page in paginator.pages():
        use(page.next_cursor, page.has_more, len(page.contacts))
    use(first.total, len(everyone))

    created = await mf.contacts.create(name="Awa", phone="+33612345000", tags=["vip"], meta={"city": "Cotonou"})
    await mf.contacts.update(created.id, tags=[])
    result = await mf.contacts.bulk_delete(contact_ids=[created.id])
    if isinstance(result, BulkDeleteResult):
        use(result.deleted, result.not_found)
    else:
        use(result.job_id, result.requested_count)

    await mf.campaigns.create(
        CreateTextCampaign(
            instance_id="i", name="n", schedule=when, recipients=TagRecipients(value=["vip"]), body="b", repeat="weekly"
        )
    )
    await mf.webhooks.create(url="https://x.test/hook", events=["message.delivered", "message.read"])
    plans = await mf.billing.list_plans()
    use([plan.code for plan in plans])

    try:
        await mf.instances.list()
    except QuotaExceededError as quota:
        use(quota.code)
    except RateLimitError as limited:
        use(limited.status)
