"""`python -m benchmarks` runs every benchmark and writes docs/performance.{md,png}; `--smoke` runs each tiny.

The smoke run proves the benchmarks still run (CI): it writes nothing and fails only when a benchmark
crashes, never because of a timing.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

import attrs

from . import (
    fanout,
    fleet,
    imports,
    instructions,
    ledger,
    limiter,
    overhead,
    parse,
    peers,
    rate_limit,
    report,
    scaling,
    throughput,
)
from ._results import Outcome
from ._server import lean_server

DOCS = Path(__file__).resolve().parent.parent / "docs"


@attrs.frozen
class Plan:
    """How much of each benchmark to run."""

    calls: int  # sequential calls per timed batch (1, 2)
    rounds: int  # batches per side (1, 2)
    stock_total: int  # calls per throughput batch (3)
    stock_rounds: int
    parse_repeats: int  # (4)
    fan_small: tuple[int, int]  # (sends, interleaved pairs) (5): 8 pairs, since 6 in all left its median noisy
    fan_large: tuple[int, int]
    rate_cases: tuple[tuple[int, float], ...]  # (requests per second, seconds) (6)
    import_pairs: int  # (7)
    page_calls: int = 100  # (8) sequential calls of the 100-item page per batch (fewer of the 1,000)
    page_rounds: int = 41  # the 1,000-item ratio spreads widely (collections), so its median needs many rounds
    concurrency_total: int = 2_000  # (9) calls shared by the tasks of each level
    concurrency_rounds: int = 9
    concurrency_levels: tuple[int, ...] = (1, 16, 64, 256)
    first_use_pairs: int = 15  # (10)
    limiter_requests: int = 20_000  # (11)
    limiter_high: tuple[int, float] = (5_000, 6.0)
    ledger_small: tuple[int, int] = (10_000, 8)  # (sends, interleaved rounds) (13): 3 swung by 20 points
    ledger_large: tuple[int, int] = (100_000, 1)
    fleet: tuple[tuple[int, ...], int, float, int] = ((1, 4, 8), 25, 60.0, 200)  # P, tasks, seconds, calls (14)
    instructions: tuple[int, int] = (500, 2_500)  # sends of the small and the large counted run (15)


FULL = Plan(200, 31, 5_000, 5, 30, (10_000, 8), (100_000, 2), ((10, 60.0), (100, 10.0)), 15)
SMOKE = attrs.evolve(
    Plan(10, 2, 200, 2, 1, (300, 1), (1_000, 1), ((100, 10.0),), 2, 2, 2, 64, 2, (1, 16), 2, 500, (5_000, 2.0)),
    ledger_small=(300, 1),
    ledger_large=(1_000, 1),
    fleet=((1, 2), 5, 3.0, 20),
    instructions=(50, 150),
)
NAMES = (
    "overhead",
    "throughput",
    "parse",
    "fanout",
    "rate_limit",
    "imports",
    "pages",
    "concurrency",
    "first_use",
    "limiter",
    "peers",
    "ledger",
    "fleet",
    "instructions",
)


def _benchmarks(plan: Plan, base_url: str) -> dict[str, Callable[[], Outcome]]:
    # Each entry is a thunk so that a crash in one is reported and the others still run.
    return {
        "overhead": lambda: asyncio.run(overhead.run(base_url, calls=plan.calls, rounds=plan.rounds)),
        "throughput": lambda: asyncio.run(throughput.run(base_url, total=plan.stock_total, rounds=plan.stock_rounds)),
        "parse": lambda: parse.run(repeats=plan.parse_repeats),
        "fanout": lambda: fanout.run(base_url, small=plan.fan_small, large=plan.fan_large, timeout=900),
        "rate_limit": lambda: asyncio.run(rate_limit.run(list(plan.rate_cases))),
        "imports": lambda: imports.run(pairs=plan.import_pairs),
        "pages": lambda: asyncio.run(scaling.run_pages(base_url, calls=plan.page_calls, rounds=plan.page_rounds)),
        "concurrency": lambda: asyncio.run(
            scaling.run_concurrency(
                base_url, total=plan.concurrency_total, rounds=plan.concurrency_rounds, levels=plan.concurrency_levels
            )
        ),
        "first_use": lambda: scaling.run_first_resource(pairs=plan.first_use_pairs),
        "limiter": lambda: limiter.run(requests=plan.limiter_requests, high=plan.limiter_high),
        "peers": lambda: asyncio.run(peers.run(base_url, calls=plan.calls, rounds=max(2, plan.rounds // 2))),
        "ledger": lambda: ledger.run(base_url, small=plan.ledger_small, large=plan.ledger_large, timeout=900),
        "fleet": lambda: asyncio.run(fleet.run(*plan.fleet)),
        "instructions": lambda: instructions.run(base_url, sends=plan.instructions, timeout=900),
    }


def run_all(plan: Plan, only: list[str]) -> tuple[list[Outcome], list[str]]:
    outcomes: list[Outcome] = []
    crashed: list[str] = []
    with lean_server() as base_url:
        for name, benchmark in _benchmarks(plan, base_url).items():
            if only and name not in only:
                continue
            started = time.monotonic()
            print(f"[{name}] running…", flush=True)
            try:
                outcomes.append(benchmark())
            except Exception:  # one crash must not hide the other benchmarks' results
                traceback.print_exc()
                crashed.append(name)
            print(f"[{name}] {time.monotonic() - started:.1f} s", flush=True)
    return outcomes, crashed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="every benchmark tiny; prints, writes nothing")
    parser.add_argument("--only", nargs="+", choices=NAMES, default=[], help="run only these benchmarks")
    parser.add_argument("--no-write", action="store_true", help="print the table but do not write docs/")
    parser.add_argument("--docs", type=Path, default=DOCS, help="where performance.md and .png go (default docs/)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    outcomes, crashed = run_all(SMOKE if args.smoke else FULL, args.only)
    minutes = (time.monotonic() - started) / 60
    print()
    print(report.table([row for outcome in outcomes for row in outcome.rows]))
    print(f"\n{minutes * 60:.0f} s in all")
    if not (args.smoke or args.no_write or args.only or crashed):
        report.write(outcomes, args.docs, "python -m benchmarks", minutes)
        print(f"wrote {args.docs / 'performance.md'} and {args.docs / 'performance.png'}")
    if crashed:
        print(f"crashed: {', '.join(crashed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
