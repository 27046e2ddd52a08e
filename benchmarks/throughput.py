"""Benchmark 3: throughput at concurrency 64 against a stock generated (httpx) client of the same spec.

Both fetch one instance 5,000 times through 64 concurrent workers from the same lean server. The stock
client runs with httpx's defaults, as a user would get it; a second row gives it a keep-alive pool as
large as the concurrency, so the figure is not only httpx closing surplus connections.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from msgflash_async import MsgFlash

from . import _clients, _payloads, _stock
from ._results import Outcome, Row, spread_of
from ._stats import Batch, interleaved

CONCURRENCY = 64


async def run_concurrently(call: Callable[[], Awaitable[object]], total: int, concurrency: int) -> None:
    """`total` calls through `concurrency` workers sharing one counter (no list of tasks is built)."""
    remaining = iter(range(total))

    async def worker() -> None:
        for _ in remaining:  # the shared iterator bounds the total across workers
            await call()

    await asyncio.gather(*(worker() for _ in range(concurrency)))


def _sdk_batch(mf: MsgFlash, total: int) -> Batch:
    async def batch() -> None:
        await run_concurrently(lambda: mf.instances.get(_payloads.INSTANCE_ID), total, CONCURRENCY)

    return batch


def _stock_batch(client: Any, total: int) -> Batch:
    get = _stock.module("api.instances.instances_get").asyncio
    response_type = _stock.module("models.instance_response").InstanceResponse

    async def one() -> None:
        result = await get(_payloads.INSTANCE_ID, client=client)
        if not isinstance(result, response_type):  # an error body would make the stock client look fast
            raise RuntimeError(f"the stock client got {result!r}")

    async def batch() -> None:
        await run_concurrently(one, total, CONCURRENCY)

    return batch


def _stock_client(package: Any, base_url: str, *, pooled: bool) -> Any:
    # Pooled: keep as many idle connections as there are workers (httpx keeps 20 by default).
    limits = httpx.Limits(max_connections=100, max_keepalive_connections=100 if pooled else 20)
    return package.AuthenticatedClient(
        base_url=base_url,
        token=_payloads.API_KEY,
        prefix="",
        auth_header_name="x-api-key",
        httpx_args={"limits": limits},
    )


async def run(base_url: str, *, total: int, rounds: int) -> Outcome:
    outcome = Outcome()
    with _stock.stock_client() as package:
        async with _clients.sdk_client(base_url) as mf:
            sdk = _sdk_batch(mf, total)
            for pooled in (False, True):
                async with _stock_client(package, base_url, pooled=pooled) as client:
                    stock = _stock_batch(client, total)
                    await sdk()  # warm both: connections opened, structure functions built
                    await stock()
                    # stock time ÷ SDK time = SDK throughput ÷ stock throughput
                    ratio, _, sdk_times = await interleaved(stock, sdk, rounds)
                rate = total / sorted(sdk_times)[len(sdk_times) // 2]
                name = "Throughput vs stock client" + (" (keep-alive pool 64)" if pooled else " (httpx defaults)")
                outcome.rows.append(
                    Row(
                        3,
                        name,
                        f"SDK calls/s ÷ stock calls/s, concurrency {CONCURRENCY}, {total:,} calls"
                        f" ({rate:,.0f} SDK calls/s)",
                        ratio.median,
                        "×",
                        "≥ 2×",
                        ratio.median >= 2,
                        spread_of(ratio),
                        goal=2.0,
                    )
                )
                outcome.chart[name] = ratio.median
    return outcome
