"""Waiting on server jobs: either reply shape in, the final state out."""

from __future__ import annotations

import pytest

from msgflash_async import MsgFlash
from msgflash_async.jobs import wait_for_contact_job, wait_for_lookup
from msgflash_async.models import BulkDeleteResult, ContactBulkJob, NumberLookup, NumberLookupSyncResult

from .conftest import connected_instance_id


async def test_small_bulk_delete_returns_the_sync_result_untouched(mf: MsgFlash) -> None:
    """Under 100 ids the 200 result is final: the helper hands it back without polling."""
    ids = [(await mf.contacts.create(name=f"C{n}", phone=f"+3363000{n:04d}")).id for n in range(3)]
    result = await wait_for_contact_job(mf, await mf.contacts.bulk_delete(contact_ids=ids))
    assert isinstance(result, BulkDeleteResult)
    assert result.deleted == 3


async def test_large_group_add_is_polled_to_done_with_progress(mf: MsgFlash) -> None:
    """150 ids become a job; progress is reported and the final job is done with its summary."""
    group = await mf.contact_groups.create(name="Big")
    ids = [(await mf.contacts.create(name=f"C{n}", phone=f"+3364000{n:04d}")).id for n in range(150)]
    seen: list[int] = []
    job = await wait_for_contact_job(
        mf,
        await mf.contact_groups.add_members(group.id, contact_ids=ids),
        poll_interval=0.01,
        on_progress=lambda j: seen.append(j.progress),
    )
    assert isinstance(job, ContactBulkJob)
    assert job.status == "done"
    assert seen[-1] == 100
    assert seen == sorted(seen)
    assert (await mf.contact_groups.get(group.id)).contact_count == 150


async def test_lookups_sync_and_async(mf: MsgFlash) -> None:
    """A handful of numbers answer at once; 120 numbers are polled and fetched with their result."""
    instance_id = await connected_instance_id(mf)
    small = await wait_for_lookup(mf, await mf.number_lookups.create(instance_id=instance_id, numbers=["+33612345678"]))
    assert isinstance(small, NumberLookupSyncResult)
    numbers = [f"+336{n:08d}" for n in range(120)]
    big = await wait_for_lookup(
        mf, await mf.number_lookups.create(instance_id=instance_id, numbers=numbers), poll_interval=0.01
    )
    assert isinstance(big, NumberLookup)
    assert big.status == "done"
    assert big.result is not None


async def test_waiting_too_long_raises_timeout(mf: MsgFlash) -> None:
    """The wait is bounded: TimeoutError, while the job itself goes on."""
    instance_id = await connected_instance_id(mf)
    reply = await mf.number_lookups.create(instance_id=instance_id, numbers=[f"+337{n:08d}" for n in range(5000)])
    with pytest.raises(TimeoutError):
        await wait_for_lookup(mf, reply, poll_interval=0.01, timeout=0.05)
