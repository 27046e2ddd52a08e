"""Benchmark 6: rate-limit fidelity against the sandbox: close to the key's limit, and never over it.

32 tasks call `instances.list()` as fast as they can, so the SDK's limiter, not the client, sets the
pace. Retries are off (`max_retries=0`), so every 429 the sandbox sends surfaces as a RateLimitError;
the sandbox's own counters (requests received minus requests handled) count them a second way.
"""

from __future__ import annotations

import asyncio
import statistics
import time

import attrs

from msgflash_async import MsgFlash, RateLimitError
from msgflash_async.testing import Sandbox, SandboxConfig

from ._results import Outcome, Row

TASKS = 32
ROUTE = ("GET", "/api/v1/instances")
WARMUP = 1.0  # seconds: the first window lets a burst of `rate` out at once; the steady state follows


async def _hammer(mf: MsgFlash, stop_at: float, budget: int, stamps: list[float], refused: list[float]) -> None:
    for _ in range(budget):  # bounded by count; the caller's timeout bounds it in time
        if time.monotonic() >= stop_at:
            return
        try:
            await mf.instances.list()
        except RateLimitError:
            refused.append(time.monotonic())  # when: a cold-start burst and a steady-state drift look different
        else:
            stamps.append(time.monotonic())


def sustained_rate(stamps: list[float], started: float) -> float:
    """Requests per second in the steady state: the slope of a least-squares line through the completions.

    A plain count ÷ duration depends on where the run cuts the limiter's once-per-window bursts; the
    slope does not, and it skips the first window's burst.
    """
    steady = [t - started for t in stamps if t - started >= WARMUP]
    if len(steady) < 3:
        raise RuntimeError(f"too few requests completed ({len(stamps)}) to measure a rate")
    slope, _ = statistics.linear_regression(steady, list(range(len(steady))))
    return slope


@attrs.frozen
class Fidelity:
    rate: float  # sustained, steady state
    client_429: list[float]  # seconds into the run at which the client saw each 429
    sandbox_429: int
    completed: int


async def fidelity(rate: int, seconds: float) -> Fidelity:
    """One run against a fresh sandbox (cold connections, as a user's program starts)."""
    stamps: list[float] = []
    refused: list[float] = []
    async with Sandbox(SandboxConfig(rate_limit_per_second=rate)) as sb:
        async with MsgFlash(sb.personal_key, base_url=sb.base_url, rate_limit=float(rate), max_retries=0) as mf:
            started = time.monotonic()
            budget = int(rate * seconds * 2) + 100
            tasks = [_hammer(mf, started + seconds, budget, stamps, refused) for _ in range(TASKS)]
            try:
                # Tasks already waiting on the limiter at the end are cancelled: their turn is after the run.
                async with asyncio.timeout(seconds):
                    await asyncio.gather(*tasks)
            except TimeoutError:
                pass
        sandbox_429 = sb.counters.received[ROUTE] - sb.counters.handled[ROUTE]
    return Fidelity(sustained_rate(stamps, started), [t - started for t in refused], sandbox_429, len(stamps))


async def run(cases: list[tuple[int, float]]) -> Outcome:
    outcome = Outcome()
    for rate, seconds in cases:
        got = await fidelity(rate, seconds)
        share = got.rate / rate * 100
        when = f"; at {min(got.client_429):.2f}–{max(got.client_429):.2f} s into the run" if got.client_429 else ""
        outcome.rows += [
            Row(
                6,
                f"Rate limit {rate} req/s × {seconds:.0f} s: sustained",
                f"steady-state req/s ({share:.1f}% of the limit; {got.completed} calls by {TASKS} tasks)",
                got.rate,
                "req/s",
                f"≥ {0.98 * rate:g} req/s",
                share >= 98,
                goal=0.98 * rate,
            ),
            Row(
                6,
                f"Rate limit {rate} req/s × {seconds:.0f} s: 429s",
                f"429s counted by the sandbox (the client saw {len(got.client_429)}{when})",
                float(got.sandbox_429),
                "",
                "0",
                got.sandbox_429 == 0 and not got.client_429,
            ),
        ]
        outcome.chart[f"{rate} req/s"] = share
    return outcome
