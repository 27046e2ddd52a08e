"""Benchmark 5: a `send_many`-style fan-out of many sends, limiter off: memory stays flat, speed near raw.

Each variant runs in a fresh interpreter (`python -m benchmarks.fanout …`), so its peak RSS
(`ru_maxrss`) is its own and not the runner's. Inputs come from a generator and at most `concurrency`
tasks exist at once, so memory must not grow with the number of sends: we run 10k and 100k to show it.
The SDK has no `send_many` yet; the same semaphore driver runs both variants, only the send differs.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator
from typing import TypeVar

from . import _clients, _payloads
from ._results import Outcome, Row

T = TypeVar("T")
CONCURRENCY = 64
VARIANTS = ("raw", "sdk")


async def fan_out(inputs: Iterable[T], send: Callable[[T], Awaitable[object]], concurrency: int) -> int:
    """Send every input with at most `concurrency` in flight; returns the number of failed sends.

    The semaphore is taken *before* a task is created, so pending work never piles up as tasks.
    """
    semaphore = asyncio.Semaphore(concurrency)
    running: set[asyncio.Task[object]] = set()
    failures = 0

    def finished(task: asyncio.Task[object]) -> None:
        nonlocal failures
        running.discard(task)
        semaphore.release()
        if task.cancelled() or task.exception() is not None:
            failures += 1

    for item in inputs:
        await semaphore.acquire()
        task: asyncio.Task[object] = asyncio.ensure_future(send(item))
        running.add(task)
        task.add_done_callback(finished)
    if running:
        await asyncio.wait(running)
    return failures


def _recipients(count: int) -> Iterator[str]:
    return (f"+2299{index:07d}" for index in range(count))


async def _run_sdk(base_url: str, count: int) -> int:
    from msgflash_async.models import SendTextMessage

    inputs = (SendTextMessage(instance_id=_payloads.INSTANCE_ID, to=to, text="Hello") for to in _recipients(count))
    async with _clients.sdk_client(base_url) as mf:
        # Hook: once the SDK has `mf.messages.send_many(...)`, call it here in place of fan_out.
        return await fan_out(inputs, mf.messages.send, CONCURRENCY)


async def _run_raw(base_url: str, count: int) -> int:
    url = f"{base_url}/api/v1/messages/send"
    inputs = ({"instanceId": _payloads.INSTANCE_ID, "to": to, "type": "text", "text": "Hello"} for to in _recipients(count))
    async with _clients.raw_session() as session:
        return await fan_out(inputs, lambda body: _clients.raw_post_json(session, url, body), CONCURRENCY)


def _child(variant: str, base_url: str, count: int) -> dict[str, float]:
    """Runs in the fresh interpreter: one fan-out, then its figures."""
    ready_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # after imports, before any send
    started = time.perf_counter()
    runner = _run_sdk if variant == "sdk" else _run_raw
    failures = asyncio.run(runner(base_url, count))
    elapsed = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    return {"seconds": elapsed, "rate": count / elapsed, "peak_mb": peak_kb / 1024, "ready_mb": ready_kb / 1024, "failures": failures}


def measure(variant: str, base_url: str, count: int, timeout: float) -> dict[str, float]:
    """One fan-out in a fresh interpreter; its figures, parsed from the child's single line of JSON."""
    command = [sys.executable, "-m", "benchmarks.fanout", variant, base_url, str(count)]
    done = subprocess.run(command, check=True, capture_output=True, text=True, timeout=timeout)
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    if figures["failures"]:
        raise RuntimeError(f"{variant} fan-out: {figures['failures']:.0f} of {count} sends failed")
    return figures


def run(base_url: str, *, small: int, large: int, rounds: int, timeout: float) -> Outcome:
    """`rounds` interleaved pairs at `small` sends and at `large` sends; throughput ratio over all pairs."""
    peaks: dict[tuple[str, int], float] = {}
    ratios: list[float] = []
    for count in (small, large):
        for index in range(rounds):
            order = VARIANTS if index % 2 == 0 else VARIANTS[::-1]
            figures = {variant: measure(variant, base_url, count, timeout) for variant in order}
            ratios.append(figures["sdk"]["rate"] / figures["raw"]["rate"])
            for variant in VARIANTS:
                key = (variant, count)
                peaks[key] = max(peaks.get(key, 0.0), figures[variant]["peak_mb"])
    return _outcome(peaks, ratios, small, large)


def _outcome(peaks: dict[tuple[str, int], float], ratios: list[float], small: int, large: int) -> Outcome:
    outcome = Outcome()
    share = statistics.median(ratios) * 100
    sdk_large, sdk_small = peaks[("sdk", large)], peaks[("sdk", small)]
    growth = sdk_large - sdk_small
    outcome.rows += [
        Row(5, "Fan-out throughput vs raw aiohttp", f"SDK sends/s as % of raw, semaphore {CONCURRENCY}, {len(ratios)} pairs", share, "%", "≥ 90%", share >= 90, f"range {min(ratios) * 100:.0f}–{max(ratios) * 100:.0f}%"),
        Row(5, f"Fan-out peak RSS, {large:,} sends", f"SDK process peak (raw aiohttp: {peaks[('raw', large)]:.1f} MB)", sdk_large, "MB", "< 100 MB", sdk_large < 100),
        Row(5, "Fan-out RSS growth", f"SDK peak at {large:,} minus at {small:,} sends (raw: {peaks[('raw', large)] - peaks[('raw', small)]:+.1f} MB)", growth, "MB", "flat", growth < 0.1 * sdk_small),
    ]
    for (variant, count), peak in sorted(peaks.items()):
        outcome.chart[f"{variant} {count}"] = peak
    outcome.chart["throughput share"] = share
    return outcome


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="one fan-out in this interpreter (used by the runner)")
    parser.add_argument("variant", choices=VARIANTS)
    parser.add_argument("base_url")
    parser.add_argument("count", type=int)
    args = parser.parse_args(argv)
    print(json.dumps(_child(args.variant, args.base_url, args.count)))




if __name__ == "__main__":
    main()
