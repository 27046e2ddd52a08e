"""Waiting on server-side jobs: contact bulk jobs and number lookups, whichever reply shape came back.

MsgFlash answers bulk calls of fewer than 100 ids (lookups: numbers) at once (200) and larger ones with a
job to poll (202). These helpers take either reply, so callers never hard-code the threshold.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Final, TypeVar

from ._generated.models import ContactBulkJob, ContactBulkJobAccepted, NumberLookup, NumberLookupAccepted

if TYPE_CHECKING:
    from ._client import MsgFlash

TERMINAL: Final = frozenset({"done", "failed", "cancelled"})
DEFAULT_POLL_INTERVAL: Final = 2.0  # the docs' advice for both job kinds
Immediate = TypeVar("Immediate")
Progress = Callable[[ContactBulkJob], object] | None
LookupProgress = Callable[[NumberLookup], object] | None


async def wait_for_contact_job(
    client: MsgFlash,
    reply: ContactBulkJobAccepted | Immediate,
    *,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    timeout: float | None = 600.0,  # noqa: ASYNC109 (a deadline for the whole wait, like asyncio.wait_for)
    on_progress: Progress = None,
) -> ContactBulkJob | Immediate:
    """The finished job of a 202 reply (bulk delete, add or remove members), or the 200 result as it is.

    Polls `/contacts/bulk-jobs/{jobId}/progress` until `done`, `failed` or `cancelled`, calling
    `on_progress(job)` after each poll. Raises `TimeoutError` after `timeout` seconds; the job goes on.
    """
    if not isinstance(reply, ContactBulkJobAccepted):
        return reply
    job_id = reply.job_id
    return await _poll(lambda: client.contact_bulk_jobs.get_progress(job_id), poll_interval, timeout, on_progress)


async def wait_for_lookup(
    client: MsgFlash,
    reply: NumberLookupAccepted | Immediate,
    *,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    timeout: float | None = 600.0,  # noqa: ASYNC109 (a deadline for the whole wait)
    on_progress: LookupProgress = None,
) -> NumberLookup | Immediate:
    """The finished lookup (with its `result`) of a 202 reply, or the 200 sync result as it is."""
    if not isinstance(reply, NumberLookupAccepted):
        return reply
    lookup_id = reply.lookup_id
    await _poll(lambda: client.number_lookups.get_progress(lookup_id), poll_interval, timeout, on_progress)
    return await client.number_lookups.get(lookup_id)  # /progress carries no `result`; the lookup does


JobT = TypeVar("JobT", ContactBulkJob, NumberLookup)


async def _poll(
    fetch: Callable[[], Awaitable[JobT]],
    interval: float,
    deadline: float | None,
    on_progress: Callable[[JobT], object] | None,
) -> JobT:
    async with asyncio.timeout(deadline):
        while True:
            job = await fetch()
            if on_progress is not None:
                on_progress(job)
            if job.status in TERMINAL:
                return job
            await asyncio.sleep(interval)
