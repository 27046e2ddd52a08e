"""Benchmark 8: bulk sending with and without the ledger, against today's `send_many` and raw aiohttp.

Every variant is one fan-out of `mf.send_many`-style sends at concurrency 64, limiter off, on the lean
server, each in a fresh interpreter (its own peak RSS), run in interleaved rounds:

- `raw`: hand-written aiohttp under a semaphore (benchmark 5's baseline);
- `before`: `send_many` as it was before the bulk package (read from git at `BEFORE`), so "within 5% of
  today's figure" is a side-by-side ratio, not a comparison with a number measured another day;
- `sdk`: the bulk package's `send_many`, ledger off;
- `sdk_ledger`: the same with a durable ledger (SQLite WAL, synchronous=FULL) in a temporary directory.

A second figure times the ledger alone (`begin` + `settle` in batches of 64, as a run writes them, durable),
which bounds the results/s any run can record.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import statistics
import subprocess
import sys
import tempfile
import time
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import _clients, _payloads, fanout
from ._results import Outcome, Row

BEFORE = "ef79fe9"  # main before the bulk package: msgflash_async/bulk.py, outcome "sent"
CONCURRENCY = 64
VARIANTS = ("raw", "before", "sdk", "sdk_ledger")
ROOT = Path(__file__).resolve().parent.parent


def _messages(count: int) -> Iterator[Any]:
    from msgflash_async.models import SendTextMessage

    return (
        SendTextMessage(instance_id=_payloads.INSTANCE_ID, to=f"+2299{index:07d}", text="Hello")
        for index in range(count)
    )


def _before_module() -> types.ModuleType:
    """Yesterday's `msgflash_async/bulk.py`, loaded as a module of the package (its relative imports work)."""
    source = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{BEFORE}:msgflash_async/bulk.py"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    spec = importlib.util.spec_from_loader("msgflash_async._bulk_before", loader=None)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    module.__package__ = "msgflash_async"
    exec(compile(source, f"{BEFORE}:msgflash_async/bulk.py", "exec"), module.__dict__)  # noqa: S102 (our own history)
    return module


async def _run(variant: str, base_url: str, count: int, ledger_dir: str, before: types.ModuleType | None = None) -> int:
    if variant == "raw":
        return await fanout._run_raw(base_url, count)
    from msgflash_async.bulk import Ledger

    async with _clients.sdk_client(base_url) as mf:
        failures = 0  # counters only: memory must not grow with the number of sends
        if variant == "before":
            async for old in (before or _before_module()).send_many(mf, _messages(count), concurrency=CONCURRENCY):
                failures += old.outcome != "sent"
            return failures
        ledger = Ledger.open(Path(ledger_dir) / "run.ledger") if variant == "sdk_ledger" else None
        try:
            async with mf.send_many(_messages(count), concurrency=CONCURRENCY, ledger=ledger) as run:
                async for result in run:
                    failures += result.outcome != "accepted"
        finally:
            if ledger is not None:
                ledger.close()
        return failures


def _child(variant: str, base_url: str, count: int) -> dict[str, float]:
    if variant != "raw":
        import msgflash_async.bulk
        import msgflash_async.models  # noqa: F401 (imports are benchmark 7's cost, not this one's)
    before = _before_module() if variant == "before" else None  # read from git before the clock starts
    ready = fanout.peak_rss_mb()
    with tempfile.TemporaryDirectory() as ledger_dir:
        started, cpu = time.perf_counter(), time.process_time()
        failures = asyncio.run(_run(variant, base_url, count, ledger_dir, before))
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"seconds": elapsed, "rate": count / elapsed, "cpu_us": cpu / count * 1e6, "peak_mb": fanout.peak_rss_mb(),
            "ready_mb": ready, "failures": failures}  # fmt: skip


def measure(variant: str, base_url: str, count: int, timeout: float) -> dict[str, float]:
    command = [sys.executable, "-m", "benchmarks.ledger", variant, base_url, str(count)]
    done = subprocess.run(command, check=True, capture_output=True, text=True, timeout=timeout)
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    if figures["failures"]:
        raise RuntimeError(f"{variant}: {figures['failures']:.0f} of {count} sends failed")
    return figures


def ledger_alone(count: int, batch: int = CONCURRENCY) -> float:
    """Results per second the durable ledger records, written as a run writes them (begin, then settle)."""
    from msgflash_async.bulk import Ledger, SendResult

    messages = list(_messages(batch))
    with tempfile.TemporaryDirectory() as directory, Ledger.open(Path(directory) / "l.ledger") as ledger:
        started = time.perf_counter()
        for first in range(0, count, batch):
            keys = [(first + n, str(first + n), messages[n]) for n in range(batch)]
            ledger.begin(keys)
            ledger.settle(SendResult(i, k, m, "accepted", message_id=f"id-{i}") for i, k, m in keys)
        return count / (time.perf_counter() - started)


def run(base_url: str, *, small: tuple[int, int], large: tuple[int, int], timeout: float) -> Outcome:
    rates: dict[str, list[float]] = {variant: [] for variant in VARIANTS}
    cpu: dict[str, list[float]] = {variant: [] for variant in VARIANTS}
    shares: dict[str, list[float]] = {"before": [], "sdk": [], "sdk_ledger": []}
    peaks: dict[tuple[str, int], float] = {}
    count, pairs = small
    for index in range(pairs):
        order = VARIANTS if index % 2 == 0 else VARIANTS[::-1]  # nobody always runs first
        figures = {variant: measure(variant, base_url, count, timeout) for variant in order}
        for variant in VARIANTS:
            rates[variant].append(figures[variant]["rate"])
            cpu[variant].append(figures[variant]["cpu_us"])
            peaks[(variant, count)] = max(peaks.get((variant, count), 0.0), figures[variant]["peak_mb"])
        for variant, share in shares.items():
            share.append(figures[variant]["rate"] / figures["raw"]["rate"])
    big, big_pairs = large
    for _ in range(big_pairs):
        for variant in ("sdk", "sdk_ledger"):
            figures_big = measure(variant, base_url, big, timeout)
            peaks[(variant, big)] = max(peaks.get((variant, big), 0.0), figures_big["peak_mb"])
    alone = ledger_alone(max(count, 20_000))
    return _outcome(shares, rates, cpu, peaks, alone, count, big)


def _outcome(
    shares: dict[str, list[float]],
    rates: dict[str, list[float]],
    cpu: dict[str, list[float]],
    peaks: dict[tuple[str, int], float],
    alone: float,
    small: int,
    large: int,
) -> Outcome:
    median = {variant: statistics.median(values) for variant, values in shares.items()}
    vs_before = statistics.median([new / old for new, old in zip(shares["sdk"], shares["before"], strict=True)])
    with_ledger = statistics.median(rates["sdk_ledger"])
    ledger_cost = statistics.median([a / b for a, b in zip(rates["sdk_ledger"], rates["sdk"], strict=True)])
    # CPU time per send is what a loaded machine disturbs least: the load steals wall time, not our CPU time.
    cpu_before = statistics.median([old / new for new, old in zip(cpu["sdk"], cpu["before"], strict=True)])
    rounds = len(shares["sdk"])
    raw = statistics.median(rates["raw"])
    outcome = Outcome()
    outcome.rows += [
        Row(13, "send_many (ledger off) vs before", f"sends/s ratio to the previous send_many ({rounds} rounds)",
            vs_before * 100, "%", "≥ 95%", vs_before >= 0.95,
            f"send_many {median['sdk'] * 100:.0f}%, before {median['before'] * 100:.0f}% of raw"),
        Row(13, "send_many (ledger off) vs before, CPU", "CPU time per send, before ÷ now (>100%: now cheaper)",
            cpu_before * 100, "%", "≥ 95%", cpu_before >= 0.95,
            f"{statistics.median(cpu['sdk']):.0f} µs now, {statistics.median(cpu['before']):.0f} µs before"),
        Row(13, "send_many (ledger off) vs raw aiohttp", f"sends/s as % of a raw semaphore fan-out of {CONCURRENCY}",
            median["sdk"] * 100, "%", "≥ 90%", median["sdk"] >= 0.9,
            f"range {min(shares['sdk']) * 100:.0f}–{max(shares['sdk']) * 100:.0f}%; raw {raw:,.0f} sends/s", goal=90),
        Row(13, "send_many with a durable ledger", "sends/s as % of the same run with the ledger off",
            ledger_cost * 100, "%", "", None, f"{with_ledger:,.0f} results/s end to end, bounded by the server here"),
        Row(13, "Ledger alone, durable", "results/s written (begin + settle, batches of 64, synchronous=FULL)",
            alone, "results/s", "≥ 2,000 results/s", alone >= 2000, goal=2000),
    ]  # fmt: skip
    for variant in ("sdk", "sdk_ledger"):
        growth = peaks[(variant, large)] - peaks[(variant, small)]
        outcome.rows.append(
            Row(13, f"Peak RSS growth, {variant}", f"peak at {large:,} minus at {small:,} inputs"
                f" ({peaks[(variant, large)]:.1f} MB at {large:,})", growth, "MB", "flat",
                growth < 0.1 * peaks[(variant, small)])
        )  # fmt: skip
    return outcome


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="one bulk fan-out in this interpreter (used by the runner)")
    parser.add_argument("variant", choices=VARIANTS)
    parser.add_argument("base_url")
    parser.add_argument("count", type=int)
    args = parser.parse_args(argv)
    print(json.dumps(_child(args.variant, args.base_url, args.count)))


if __name__ == "__main__":
    main()
