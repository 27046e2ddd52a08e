"""A user's tests of their own code against the sandbox, as the README shows them."""

import pytest

from msgflash_async import MsgFlash, NotFoundError, QuotaExceededError
from msgflash_async.models import SendTextMessage
from msgflash_async.testing import PLAN_FREE, Sandbox


async def greet_everyone(mf: MsgFlash, phones: list[str]) -> list[str]:
    """The user's code under test: one text per phone, on the first connected instance."""
    instance = next(i for i in await mf.instances.list() if i.status == "connected")
    return [(await mf.messages.send(SendTextMessage(instance_id=instance.id, to=p, text="Hi"))).id for p in phones]


@pytest.mark.asyncio
async def test_greets_everyone(msgflash_sandbox: Sandbox) -> None:
    sb = msgflash_sandbox
    async with MsgFlash(sb.personal_key, base_url=sb.base_url) as mf:
        ids = await greet_everyone(mf, ["+22990000002", "+22990000003"])
        assert len(set(ids)) == 2
        assert sb.counters.created["message"] == 2
        with pytest.raises(NotFoundError):
            await mf.contacts.get("no-such-contact")


@pytest.mark.asyncio
@pytest.mark.msgflash_sandbox(plan=PLAN_FREE.evolve(monthly_outbound_quota=1))
async def test_stops_at_the_quota(msgflash_sandbox: Sandbox) -> None:
    sb = msgflash_sandbox
    async with MsgFlash(sb.personal_key, base_url=sb.base_url) as mf:
        with pytest.raises(QuotaExceededError):
            await greet_everyone(mf, ["+22990000002", "+22990000003"])
    assert sb.counters.created["message"] == 1
