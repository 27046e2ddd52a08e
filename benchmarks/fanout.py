"""Benchmark 5: a `send_many`-style fan-out of many sends, limiter off: memory stays flat, speed near raw.

Each variant runs in a fresh interpreter (`python -m benchmarks.fanout …`), so its peak RSS is its own
and not the runner's. Inputs come from a generator and at most `concurrency` sends are in flight, so
memory must not grow with the number of sends: we run 10k and 100k to show it.

Variants: `sdk` is `mf.send_many(generator, concurrency=64)`; `raw` is hand-written aiohttp under an
`asyncio.Semaphore(64)`; `sdk_semaphore` is `mf.messages.send` under the raw variant's very driver, which
separates the cost of `send_many`'s bookkeeping from the cost of each call; `raw_read_size` is `raw` with
asyncio reading 64 KiB at a time, as the SDK has its own connections do (`_transport._READ_SIZE`), which
separates what that one setting saves from the cost of the SDK's own code.
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
from typing import TYPE_CHECKING, TypeVar

from . import _clients, _payloads
from ._results import Outcome, Row

if TYPE_CHECKING:
    from msgflash_async.models import SendTextMessage

T = TypeVar("T")
CONCURRENCY = 64
VARIANTS = ("raw", "sdk", "sdk_semaphore", "raw_read_size")


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


def _messages(count: int) -> Iterator[SendTextMessage]:
    from msgflash_async.models import SendTextMessage  # already imported by _child, before the clock starts

    return (SendTextMessage(instance_id=_payloads.INSTANCE_ID, to=to, text="Hello") for to in _recipients(count))


async def _run_sdk(base_url: str, count: int) -> int:
    async with _clients.sdk_client(base_url) as mf:
        failures = 0  # a counter, not a list of results: memory must not grow with the number of sends
        async for result in mf.send_many(_messages(count), concurrency=CONCURRENCY):
            failures += result.outcome != "accepted"
        return failures


async def _run_sdk_semaphore(base_url: str, count: int) -> int:
    async with _clients.sdk_client(base_url) as mf:
        return await fan_out(_messages(count), mf.messages.send, CONCURRENCY)


async def _run_raw(base_url: str, count: int) -> int:
    url = f"{base_url}/api/v1/messages/send"
    inputs = (
        {"instanceId": _payloads.INSTANCE_ID, "to": to, "type": "text", "text": "Hello"} for to in _recipients(count)
    )
    async with _clients.raw_session() as session:
        return await fan_out(inputs, lambda body: _clients.raw_post_json(session, url, body), CONCURRENCY)


async def _run_raw_read_size(base_url: str, count: int) -> int:
    from asyncio import selector_events

    # By hand, for every connection of this process: the SDK's setting, not imported (this child loads no SDK).
    selector_events._SelectorSocketTransport.max_size = 64 * 1024  # type: ignore[attr-defined]
    return await _run_raw(base_url, count)


def peak_rss_mb() -> float:
    """This process's peak RSS in MB.

    `/proc/self/status` VmHWM first: on Linux `ru_maxrss` survives exec and starts at the *parent's* peak
    (our runner's, tens of MB of httpx and generated code), which would hide the child's own figure.
    """
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux; elsewhere, the fallback


def _child(variant: str, base_url: str, count: int) -> dict[str, float]:
    """Runs in the fresh interpreter: one fan-out, then its figures."""
    if not variant.startswith("raw"):
        import msgflash_async.models  # noqa: F401 (import cost is benchmark 7's, not the fan-out's)
    ready = peak_rss_mb()  # after imports, before any send
    started, cpu_started = time.perf_counter(), time.process_time()
    runner = {
        "sdk": _run_sdk,
        "sdk_semaphore": _run_sdk_semaphore,
        "raw": _run_raw,
        "raw_read_size": _run_raw_read_size,
    }[variant]
    failures = asyncio.run(runner(base_url, count))
    elapsed = time.perf_counter() - started
    return {
        "seconds": elapsed,
        "rate": count / elapsed,
        "cpu_us": (time.process_time() - cpu_started) / count * 1e6,  # this process's CPU per send
        "peak_mb": peak_rss_mb(),
        "ready_mb": ready,
        "failures": failures,
    }


def child_command(variant: str, base_url: str, count: int) -> list[str]:
    """The command of one fan-out in a fresh interpreter (see `main`)."""
    return [sys.executable, "-m", "benchmarks.fanout", variant, base_url, str(count)]


def measure(variant: str, base_url: str, count: int, timeout: float) -> dict[str, float]:
    """One fan-out in a fresh interpreter; its figures, parsed from the child's single line of JSON."""
    command = child_command(variant, base_url, count)
    done = subprocess.run(command, check=True, capture_output=True, text=True, timeout=timeout)
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    if figures["failures"]:
        raise RuntimeError(f"{variant} fan-out: {figures['failures']:.0f} of {count} sends failed")
    return figures


def run(base_url: str, *, small: tuple[int, int], large: tuple[int, int], timeout: float) -> Outcome:
    """Interleaved pairs at each (sends, pairs) size; the throughput ratio is the median over all pairs."""
    peaks: dict[tuple[str, int], float] = {}
    ratios: dict[str, list[float]] = {"sdk": [], "sdk_semaphore": [], "raw_read_size": []}
    same_reads: list[float] = []  # send_many against raw with the SDK's read size
    cpu: dict[str, list[float]] = {variant: [] for variant in VARIANTS}
    for count, pairs in (small, large):
        for index in range(pairs):
            order = VARIANTS if index % 2 == 0 else VARIANTS[::-1]  # nobody always runs first
            figures = {variant: measure(variant, base_url, count, timeout) for variant in order}
            for variant, shares in ratios.items():
                shares.append(figures[variant]["rate"] / figures["raw"]["rate"])
            same_reads.append(figures["sdk"]["rate"] / figures["raw_read_size"]["rate"])
            for variant in VARIANTS:
                cpu[variant].append(figures[variant]["cpu_us"])
                key = (variant, count)
                peaks[key] = max(peaks.get(key, 0.0), figures[variant]["peak_mb"])
    ratios["sdk vs raw_read_size"] = same_reads
    return _outcome(peaks, ratios, {variant: statistics.median(c) for variant, c in cpu.items()}, small[0], large[0])


def _outcome(
    peaks: dict[tuple[str, int], float],
    all_ratios: dict[str, list[float]],
    cpu: dict[str, float],
    small: int,
    large: int,
) -> Outcome:
    outcome = Outcome()
    ratios = all_ratios["sdk"]
    share = statistics.median(ratios) * 100
    per_call = statistics.median(all_ratios["sdk_semaphore"]) * 100
    tuned_raw = statistics.median(all_ratios["raw_read_size"]) * 100
    same_reads = statistics.median(all_ratios["sdk vs raw_read_size"]) * 100
    sdk_large, sdk_small = peaks[("sdk", large)], peaks[("sdk", small)]
    growth = sdk_large - sdk_small
    outcome.rows += [
        Row(
            5,
            "Fan-out throughput vs raw aiohttp",
            f"send_many sends/s as % of raw aiohttp under a semaphore of {CONCURRENCY} ({len(ratios)} runs each;"
            f" messages.send under that semaphore: {per_call:.0f}%; client CPU per send: send_many"
            f" {cpu['sdk']:.0f} µs, messages.send {cpu['sdk_semaphore']:.0f} µs, raw {cpu['raw']:.0f} µs;"
            f" raw reading 64 KiB at a time, as the SDK does: {tuned_raw:.0f}% of raw, send_many {same_reads:.0f}%"
            f" of it, CPU {cpu['raw_read_size']:.0f} µs)",
            share,
            "%",
            "≥ 90%",
            share >= 90,
            f"range {min(ratios) * 100:.0f}–{max(ratios) * 100:.0f}%",
            goal=90,
        ),
        Row(
            5,
            f"Fan-out peak RSS, {large:,} sends",
            f"SDK process peak (raw aiohttp: {peaks[('raw', large)]:.1f} MB)",
            sdk_large,
            "MB",
            "< 100 MB",
            sdk_large < 100,
            goal=100,
        ),
        Row(
            5,
            "Fan-out RSS growth",
            f"SDK peak at {large:,} minus at {small:,} sends"
            f" (raw: {peaks[('raw', large)] - peaks[('raw', small)]:+.1f} MB)",
            growth,
            "MB",
            "flat",
            growth < 0.1 * sdk_small,
        ),
    ]
    for (variant, count), peak in sorted(peaks.items()):
        if variant in ("sdk", "raw"):  # the chart compares send_many with raw; the table has the rest
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
