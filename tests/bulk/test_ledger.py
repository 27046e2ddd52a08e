"""The ledger: written before each send leaves, resumed without re-sending, reconciled against the API."""

from __future__ import annotations

import asyncio
import sqlite3
from collections import Counter
from pathlib import Path

from msgflash_async import MsgFlash
from msgflash_async.bulk import Ledger, reconcile
from msgflash_async.testing import Sandbox

from .conftest import SEND, collect, created_per_recipient, items, phone


async def test_every_result_is_recorded_and_a_resume_sends_nothing_twice(
    mf: MsgFlash, sb: Sandbox, instance_id: str, ledger: Ledger
) -> None:
    """Run 1 stops after 30 of 100 rows; run 2 over all 100 skips the 30 and sends the 70."""
    first = await collect(mf.send_many(items(instance_id, 30), ledger=ledger))
    assert Counter(r.outcome for r in first) == {"accepted": 30}
    assert ledger.counts() == {"accepted": 30}
    second = await collect(mf.send_many(items(instance_id, 100), ledger=ledger))
    assert Counter(r.outcome for r in second) == {"skipped": 30, "accepted": 70}
    assert all("already accepted in the ledger" in str(r.reason) for r in second if r.outcome == "skipped")
    assert ledger.counts() == {"accepted": 100}
    assert set(created_per_recipient(sb).values()) == {1}
    assert sb.counters.handled[SEND] == 100


async def test_inputs_are_committed_as_pending_before_their_send_leaves(
    mf: MsgFlash, sb: Sandbox, instance_id: str, tmp_path: Path
) -> None:
    """Seen from another connection while sends are in flight: every request the server got is in the ledger."""
    sb.faults.add("latency", *SEND, times=None, latency=0.3)
    path = tmp_path / "run.ledger"
    with Ledger.open(path) as ledger:
        run = mf.send_many(items(instance_id, 40), concurrency=8, ledger=ledger)
        first = asyncio.create_task(anext(run))
        await sb.wait_for(lambda: sb.counters.received[SEND] == 8)  # held by the latency, not answered yet
        other = sqlite3.connect(path)
        states = Counter(state for (state,) in other.execute("SELECT state FROM items"))
        other.close()
        assert states == {"pending": 8}
        await first
        await run.aclose()
    assert first.result().outcome == "accepted"


async def test_a_killed_run_leaves_pending_rows_that_are_never_resent(
    mf: MsgFlash, sb: Sandbox, instance_id: str, ledger: Ledger
) -> None:
    """Rows pending when a run died are `unknown` on resume and not sent; the other rows go out."""
    rows = items(instance_id, 10)
    ledger.begin([(n, item.key, item.message) for n, item in enumerate(rows[:3])])  # as a killed run leaves it
    results = {r.key: r for r in await collect(mf.send_many(rows, ledger=ledger))}
    assert Counter(r.outcome for r in results.values()) == {"unknown": 3, "accepted": 7}
    assert {k for k, r in results.items() if r.outcome == "unknown"} == {"row-0", "row-1", "row-2"}
    assert sb.counters.received[SEND] == 7
    assert ledger.counts() == {"unknown": 3, "accepted": 7}


async def test_reconcile_settles_unknowns_and_the_next_resume_completes_the_run(
    mf: MsgFlash, sb: Sandbox, instance_id: str, ledger: Ledger
) -> None:
    """2 resets after the server acted + 1 gateway 502 (nothing created) → 3 unknown;
    reconcile: 2 accepted, 1 safe to resend; resume sends that 1: every row created exactly once."""
    sb.faults.add("reset_after", *SEND, times=2)
    sb.faults.add("html_502", *SEND, times=1)
    rows = items(instance_id, 20)
    first = await collect(mf.send_many(rows, ledger=ledger, concurrency=1))
    assert Counter(r.outcome for r in first) == {"accepted": 17, "unknown": 3}
    assert len(sb.workspace().messages) == 19

    report = await reconcile(mf, ledger, settle_after=0)
    assert (report.accepted, report.resend, report.unsettled) == (2, 1, 0)
    unknown_keys = {r.key for r in first if r.outcome == "unknown"}
    server_ids = set(sb.workspace().messages)
    for key in unknown_keys:
        entry = ledger.get(key)
        assert entry is not None
        assert entry.state in ("accepted", "skipped")
        assert (entry.message_id in server_ids) == (entry.state == "accepted")

    resumed = await collect(mf.send_many(rows, ledger=ledger))
    assert Counter(r.outcome for r in resumed) == {"skipped": 19, "accepted": 1}
    assert ledger.counts() == {"accepted": 20}
    assert created_per_recipient(sb) == {phone(n): 1 for n in range(20)}


async def test_reconcile_leaves_ambiguous_unknowns_unsettled(
    mf: MsgFlash, sb: Sandbox, instance_id: str, ledger: Ledger
) -> None:
    """The same message also sent outside the run: two server candidates for one unknown input → unsettled."""
    rows = items(instance_id, 1)
    ledger.begin([(0, rows[0].key, rows[0].message)])
    await mf.messages.send(rows[0].message)
    await mf.messages.send(rows[0].message)
    report = await reconcile(mf, ledger, settle_after=0)
    assert (report.accepted, report.resend, report.unsettled) == (0, 0, 1)
    assert ledger.counts() == {"unknown": 1}


async def test_reconcile_waits_before_calling_a_recent_attempt_safe_to_resend(
    mf: MsgFlash, sb: Sandbox, instance_id: str, ledger: Ledger
) -> None:
    """An unknown attempt younger than `settle_after` and not on the server: still in flight maybe, unsettled."""
    rows = items(instance_id, 1)
    ledger.begin([(0, rows[0].key, rows[0].message)])
    report = await reconcile(mf, ledger, settle_after=3600)
    assert (report.accepted, report.resend, report.unsettled) == (0, 0, 1)
