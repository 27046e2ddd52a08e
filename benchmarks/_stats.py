"""Side-by-side measurement: alternate the variants, take one ratio per round, report the median ratio.

Absolute times on a shared two-core machine drift by tens of percent within a minute; two runs taken
back to back drift much less. So every figure is a ratio of adjacent runs, the order swaps each round
(ABBA…) so that neither side always runs second, and the median of the ratios ignores a noisy round.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Awaitable, Callable

import attrs

Batch = Callable[[], Awaitable[None]]


@attrs.frozen
class Ratio:
    """The median of per-round ratios, with their quartiles to show the spread."""

    median: float
    low: float  # 25th percentile
    high: float  # 75th percentile
    rounds: int

    @classmethod
    def of(cls, ratios: list[float]) -> Ratio:
        if not ratios:
            raise ValueError("no rounds were measured")
        ordered = sorted(ratios)
        if len(ordered) < 4:
            return cls(statistics.median(ordered), ordered[0], ordered[-1], len(ordered))
        q1, _, q3 = statistics.quantiles(ordered, n=4)
        return cls(statistics.median(ordered), q1, q3, len(ordered))


async def timed(batch: Batch) -> float:
    started = time.perf_counter()
    await batch()
    return time.perf_counter() - started


async def interleaved(subject: Batch, baseline: Batch, rounds: int) -> tuple[Ratio, list[float], list[float]]:
    """Run `subject` and `baseline` alternately `rounds` times; the ratio is subject time / baseline time."""
    ratios: list[float] = []
    subject_times: list[float] = []
    baseline_times: list[float] = []
    for index in range(rounds):
        if index % 2 == 0:
            s = await timed(subject)
            b = await timed(baseline)
        else:
            b = await timed(baseline)
            s = await timed(subject)
        subject_times.append(s)
        baseline_times.append(b)
        ratios.append(s / b)
    return Ratio.of(ratios), subject_times, baseline_times
