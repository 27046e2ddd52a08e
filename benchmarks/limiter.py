"""Benchmark 11: the limiter alone, without HTTP: its cost per request as the rate grows, and a high limit.

- Cost: requests claimed back to back on a simulated clock (each reports a 2-12 ms latency), at 10, 1,000
  and 10,000 req/s: the limiter remembers about one window of requests, so this is its cost in n.
- 5,000 req/s: 256 asyncio tasks acquire, "send" (sleep 2-12 ms) and report back, on the real clock, for a
  few seconds; the sustained rate is the least-squares slope after the first window, and every one-second
  window of arrivals (claim + latency) is counted.
"""

from __future__ import annotations

import asyncio
import bisect
import random
import time

from msgflash_async import SlidingWindowLimiter

from ._results import Outcome, Row
from .rate_limit import sustained_rate

COST_RATES = (10, 1_000, 10_000)


def cost_per_request(rate: int, requests: int) -> float:
    limiter, clock, rng = SlidingWindowLimiter(rate), 100.0, random.Random(1)
    started = time.perf_counter()
    for _ in range(requests):
        clock = limiter._ready_at(clock)
        slot = limiter._try_claim(clock)
        limiter.completed(slot, 0.002 + rng.random() * 0.01)
    return (time.perf_counter() - started) / requests


def most_in_any_window(arrivals: list[float], window: float = 1.0) -> int:
    times = sorted(arrivals)
    return max(bisect.bisect_left(times, start + window) - index for index, start in enumerate(times))


async def high_limit(rate: int, seconds: float, tasks: int = 256) -> tuple[float, int]:
    limiter = SlidingWindowLimiter(rate)
    rng = random.Random(2)
    arrivals: list[float] = []
    stop_at = time.monotonic() + seconds

    async def worker() -> None:
        while time.monotonic() < stop_at:
            slot = await limiter.acquire()
            claimed = time.monotonic()
            latency = 0.002 + rng.random() * 0.01
            await asyncio.sleep(latency)
            arrivals.append(claimed + latency)  # the server would count it here
            limiter.completed(slot, time.monotonic() - claimed)

    started = time.monotonic()
    await asyncio.gather(*(worker() for _ in range(tasks)))
    return sustained_rate(sorted(arrivals), started), most_in_any_window(arrivals)


def run(*, requests: int, high: tuple[int, float]) -> Outcome:
    outcome = Outcome()
    costs = {rate: cost_per_request(rate, requests) for rate in COST_RATES}
    for rate in COST_RATES:  # a second pass, interleaved with the first, and the smaller of the two kept
        costs[rate] = min(costs[rate], cost_per_request(rate, requests))
    for rate, cost in costs.items():
        ratio = cost / costs[COST_RATES[0]]
        measure = f"µs per request, simulated clock ({ratio:.2f}× the cost at 10 req/s)"
        outcome.rows.append(Row(11, f"Limiter cost at {rate:,} req/s", measure, cost * 1e6, "µs", "", None))
    rate, seconds = high
    sustained, most = asyncio.run(high_limit(rate, seconds))
    name = f"Limit {rate:,} req/s × {seconds:.0f} s"
    share = f"steady-state req/s ({sustained / rate:.1%} of the limit; no HTTP)"
    outcome.rows += [
        Row(11, f"{name}: sustained", share, sustained, "req/s", f"≥ {rate * 0.9:,.0f} req/s", sustained >= rate * 0.9),
        Row(11, f"{name}: most in any window", "arrivals in the fullest one-second window", float(most), "",
            f"≤ {rate:,}", most <= rate),
    ]  # fmt: skip
    outcome.chart[f"limiter {rate}/s sustained %"] = sustained / rate
    return outcome
