"""Benchmarks 8-10: how the SDK's cost over raw aiohttp + `json.loads` scales, and the first resource access.

8. Page size: one typed page of 10, 100 and 1,000 contacts, sequential calls (the same lean server).
9. Concurrency: 1, 16, 64 and 256 tasks sharing a fixed number of `instances.get` calls.
10. First resource access: `import msgflash_async` and the first use of a resource up to its first request
    (`mf.contacts.list(limit=10)`: the resource and the models its signatures name, then the operation's
    module and its own models), in a fresh interpreter, vs `import aiohttp`.
"""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
from collections.abc import Awaitable, Callable

import aiohttp

from msgflash_async import MsgFlash

from . import _clients, _payloads
from ._results import Outcome, Row, spread_of
from ._stats import Batch, Ratio, interleaved

PAGE_TARGETS = {100: 1.25, 1_000: 1.45}  # the targets; 10 items has none


def _sdk_page(mf: MsgFlash, size: int, calls: int) -> Batch:
    async def batch() -> None:
        for _ in range(calls):
            page = await mf.contacts.list(limit=100, search=f"size{size}")
            assert len(page.contacts) == size

    return batch


def _raw_page(session: aiohttp.ClientSession, base_url: str, size: int, calls: int) -> Batch:
    url = f"{base_url}/api/v1/contacts?limit=100&search=size{size}"

    async def batch() -> None:
        for _ in range(calls):
            await _clients.raw_get_json(session, url)

    return batch


def _fan(tasks: int, total: int, call: Callable[[], Awaitable[object]]) -> Batch:
    async def worker(share: int) -> None:
        for _ in range(share):
            await call()

    async def batch() -> None:
        shares = [total // tasks + (1 if index < total % tasks else 0) for index in range(tasks)]
        await asyncio.gather(*(worker(share) for share in shares))

    return batch


def _ratio_row(number: int, name: str, measure: str, ratio: Ratio, target: float | None) -> Row:
    return Row(
        number,
        name,
        measure,
        ratio.median,
        "×",
        f"≤ {target}×" if target else "",
        ratio.median <= target if target else None,
        spread_of(ratio),
        goal=target,
    )


async def run_pages(base_url: str, *, calls: int, rounds: int) -> Outcome:
    outcome = Outcome()
    async with _clients.sdk_client(base_url) as mf, _clients.raw_session() as session:
        for size in _payloads.PAGE_SIZES:
            n = max(1, calls * 100 // max(size, 100))  # fewer calls of the big page: similar batch time
            sdk, raw = _sdk_page(mf, size, n), _raw_page(session, base_url, size, n)
            await sdk()
            await raw()
            ratio, sdk_times, raw_times = await interleaved(sdk, raw, rounds)
            per_call = statistics.median(sdk_times) / n * 1e6
            name = f"{size:,}-contact page, typed"
            # The median ratio leaves out the rounds in which a full collection of the collector hit one side
            # (the raw side's json.loads runs with it); the summed times count them in.
            summed = sum(sdk_times) / sum(raw_times)
            measure = (
                f"SDK time ÷ raw aiohttp + json.loads time ({per_call:.0f} µs per SDK call;"
                f" all rounds summed: {summed:.2f}×)"
            )
            outcome.rows.append(_ratio_row(8, name, measure, ratio, PAGE_TARGETS.get(size)))
            outcome.chart[name] = ratio.median
    return outcome


async def run_concurrency(base_url: str, *, total: int, rounds: int, levels: tuple[int, ...]) -> Outcome:
    outcome = Outcome()
    url = f"{base_url}/api/v1/instances/{_payloads.INSTANCE_ID}"
    async with _clients.sdk_client(base_url) as mf, _clients.raw_session() as session:
        for tasks in levels:
            sdk = _fan(tasks, total, lambda: mf.instances.get(_payloads.INSTANCE_ID))
            raw = _fan(tasks, total, lambda: _clients.raw_get_json(session, url))
            await sdk()
            await raw()
            ratio, sdk_times, _ = await interleaved(sdk, raw, rounds)
            rate = total / statistics.median(sdk_times)
            name = f"Concurrency {tasks}: instances.get"
            measure = f"SDK time ÷ raw aiohttp time, {total:,} calls by {tasks} tasks ({rate:,.0f} SDK calls/s)"
            outcome.rows.append(_ratio_row(9, name, measure, ratio, None))
            outcome.chart[name] = ratio.median
    return outcome


_FIRST_USE = (
    "import time; t = time.perf_counter(); import msgflash_async; "
    f"msgflash_async.MsgFlash({_payloads.API_KEY!r}, rate_limit=None).contacts.list(limit=10); "
    "print(time.perf_counter() - t)"
)
_AIOHTTP = "import time; t = time.perf_counter(); import aiohttp; print(time.perf_counter() - t)"


def _seconds(code: str) -> float:
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, timeout=60)
    return float(done.stdout.strip())


def run_first_resource(*, pairs: int) -> Outcome:
    _seconds(_FIRST_USE)  # .pyc files written once, before any timing
    _seconds(_AIOHTTP)
    ratios, sdk, base = [], [], []
    for index in range(pairs):
        if index % 2 == 0:
            s, b = _seconds(_FIRST_USE), _seconds(_AIOHTTP)
        else:
            b, s = _seconds(_AIOHTTP), _seconds(_FIRST_USE)
        sdk.append(s)
        base.append(b)
        ratios.append(s / b)
    ratio = Ratio.of(ratios)
    measure = (
        f"import + first `mf.contacts.list(…)` ÷ import aiohttp ({statistics.median(sdk) * 1e3:.0f} ms vs "
        f"{statistics.median(base) * 1e3:.0f} ms)"
    )
    outcome = Outcome()
    outcome.rows.append(_ratio_row(10, "import + first resource vs import aiohttp", measure, ratio, 1.25))
    outcome.chart["import + first resource"] = ratio.median
    return outcome
