"""Benchmarks 1 and 2: the SDK's cost per call over hand-written aiohttp + `json.loads`, same server.

Calls run one after another (no concurrency): this is the latency a single call pays for typing,
error mapping and validation. Both sides keep one warm connection to the lean server.
"""

from __future__ import annotations

import aiohttp

from msgflash_async import MsgFlash

from . import _clients, _payloads
from ._results import Outcome, Row, spread_of
from ._stats import Batch, interleaved


def _sdk_instance(mf: MsgFlash, calls: int) -> Batch:
    async def batch() -> None:
        for _ in range(calls):
            await mf.instances.get(_payloads.INSTANCE_ID)

    return batch


def _raw_instance(session: aiohttp.ClientSession, base_url: str, calls: int) -> Batch:
    url = f"{base_url}/api/v1/instances/{_payloads.INSTANCE_ID}"

    async def batch() -> None:
        for _ in range(calls):
            await _clients.raw_get_json(session, url)

    return batch


def _sdk_page(mf: MsgFlash, calls: int) -> Batch:
    async def batch() -> None:
        for _ in range(calls):
            await mf.contacts.list(limit=100)  # awaiting the paginator fetches (and types) the first page

    return batch


def _raw_page(session: aiohttp.ClientSession, base_url: str, calls: int) -> Batch:
    url = f"{base_url}/api/v1/contacts?limit=100"

    async def batch() -> None:
        for _ in range(calls):
            await _clients.raw_get_json(session, url)

    return batch


async def _check_payloads(mf: MsgFlash) -> None:
    # A benchmark that parses the wrong thing measures nothing: fail loudly if the fixed bodies drift.
    instance = await mf.instances.get(_payloads.INSTANCE_ID)
    page = await mf.contacts.list(limit=100)
    if instance.id != _payloads.INSTANCE_ID or len(page.contacts) != 100:
        raise RuntimeError("the lean server's payloads did not parse as expected")


async def run(base_url: str, *, calls: int, rounds: int) -> Outcome:
    """Both figures; `calls` sequential calls per timed batch, `rounds` batches per side."""
    outcome = Outcome()
    async with _clients.sdk_client(base_url) as mf, _clients.raw_session() as session:
        await _check_payloads(mf)
        cases = (
            (
                1,
                "Small call (get an instance)",
                _sdk_instance(mf, calls),
                _raw_instance(session, base_url, calls),
                1.12,  # the target (issue 11)
            ),
            (2, "100-contact page, typed", _sdk_page(mf, calls), _raw_page(session, base_url, calls), 1.25),
        )
        for number, name, sdk, raw, target in cases:
            await sdk()  # one untimed batch each: opens connections, builds cattrs' structure functions
            await raw()
            ratio, sdk_times, _ = await interleaved(sdk, raw, rounds)
            per_call_us = sorted(sdk_times)[len(sdk_times) // 2] / calls * 1e6
            outcome.rows.append(
                Row(
                    number,
                    name,
                    f"SDK time ÷ raw aiohttp + json.loads time ({per_call_us:.0f} µs per SDK call)",
                    ratio.median,
                    "×",
                    f"≤ {target}×",
                    ratio.median <= target,
                    spread_of(ratio),
                    goal=target,
                )
            )
            outcome.chart[name] = ratio.median
    return outcome
