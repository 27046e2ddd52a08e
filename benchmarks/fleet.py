"""Benchmark 8: one key, a fleet of processes, one budget through Redis (`RedisRateLimiter`).

P worker processes × C tasks call `instances.list()` as fast as their limiter lets them, on one key, against
the sandbox enforcing 10 req/s. The sandbox runs here and stamps every arrival, so the busiest one-second
window is counted where MsgFlash counts it. Workers never retry (`max_retries=0`): every 429 surfaces.
Redis round trips per request come from the server's own `INFO commandstats`. The same harness serves
tests/redis/test_fleet.py (a skewed worker clock, a Redis restart mid-run).

`python -m benchmarks.fleet --worker '<json>'` is one worker; the rest runs in the coordinating process.
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import json
import os
import statistics
import subprocess
import sys
import time
from collections import Counter
from typing import Any

import attrs
from redis.asyncio import Redis

from msgflash_async import MsgFlash, RateLimiter, RateLimitError, SlidingWindowLimiter
from msgflash_async.redis import RedisRateLimiter
from msgflash_async.testing import Sandbox, SandboxConfig
from msgflash_async.testing.redis_server import RedisServer

from ._results import Outcome, Row

ROUTE = ("GET", "/api/v1/instances")
LIMIT = 10
# Commands a client sends on its own (the script's inner commands are counted too, under their names).
_CLIENT_COMMANDS = ("evalsha", "eval", "zincrby", "script|load")


@attrs.frozen
class FleetConfig:
    processes: int
    tasks: int
    seconds: float
    margin: float = 0.04
    skews: tuple[float, ...] = ()  # per worker: seconds added to its wall clock (time.time)
    restart_at: float | None = None  # seconds after the first arrival at which Redis is stopped, then started
    outage: float = 0.0  # seconds Redis stays down then
    fallback_rate: float | None = None
    max_retries: int = 0


@attrs.frozen
class FleetResult:
    arrivals: list[float]  # sandbox clock, seconds from the first arrival
    sandbox_429: int
    errors: Counter[str]  # by exception class, over all workers
    completed: int
    round_trips: Counter[str] | None  # commands clients sent Redis, by name (None: restarted, stats reset)
    outage: tuple[float, float] | None = None  # when Redis was down, on the arrivals' clock
    refused: list[float] = attrs.field(factory=list)  # when the sandbox answered 429, same clock

    def arrivals_between(self, start: float, end: float) -> int:
        return bisect.bisect_left(self.arrivals, end) - bisect.bisect_left(self.arrivals, start)

    @property
    def busiest_window(self) -> int:
        """The most arrivals in any one-second window [t, t + 1)."""
        stamps = self.arrivals
        return max((bisect.bisect_left(stamps, t + 1.0) - i for i, t in enumerate(stamps)), default=0)

    @property
    def rate(self) -> float:
        """Arrivals per second after the first window, over a whole number of windows' worth of arrivals.

        The sliding log lets bursts of up to 10 out together, so the span from the first steady arrival to
        the arrival 10·k later covers exactly k windows; the last, partial burst is left out.
        """
        steady = [t for t in self.arrivals if t >= 1.0]
        whole = (len(steady) - 1) // LIMIT * LIMIT
        if whole == 0:
            return 0.0
        return whole / (steady[whole] - steady[0])


async def run_fleet(config: FleetConfig, server: RedisServer) -> FleetResult:
    """Start the sandbox here, P workers as processes, optionally restart Redis mid-run; collect it all."""
    async with Sandbox(SandboxConfig(rate_limit_per_second=LIMIT)) as sb:
        stamps: list[float] = []
        refused: list[float] = []
        gate = sb.state.rate_limit

        def stamped(key: Any) -> None:
            stamps.append(time.monotonic())
            try:
                gate(key)
            except Exception:
                refused.append(stamps[-1])
                raise

        sb.state.rate_limit = stamped  # type: ignore[method-assign]
        redis = Redis.from_url(server.url)
        try:
            await redis.flushall()
            await redis.config_resetstat()
            workers = [
                await asyncio.create_subprocess_exec(
                    sys.executable,
                    "-m",
                    "benchmarks.fleet",
                    "--worker",
                    json.dumps(_worker_args(config, index, sb, server)),
                    stdout=subprocess.PIPE,
                )
                for index in range(config.processes)
            ]
            down: tuple[float, float] | None = None
            if config.restart_at is not None:
                for _ in range(6000):  # workers take a while to start on a loaded machine: up to 60 s
                    if stamps:
                        break
                    await asyncio.sleep(0.01)
                await asyncio.sleep(config.restart_at)
                await redis.aclose()
                await asyncio.to_thread(server.stop)  # off the loop: the sandbox keeps serving
                stopped = time.monotonic()
                await asyncio.sleep(config.outage)
                await asyncio.to_thread(server.start)
                down = (stopped, time.monotonic())
                redis = Redis.from_url(server.url)
            outputs = [json.loads((await w.communicate())[0]) for w in workers]
            round_trips = None if config.restart_at is not None else await _client_commands(redis)
        finally:
            await redis.aclose()
        sandbox_429 = sb.counters.received[ROUTE] - sb.counters.handled[ROUTE]
    errors: Counter[str] = Counter()
    for output in outputs:
        errors.update(output["errors"])
    first = min(stamps, default=0.0)
    return FleetResult(
        [t - first for t in sorted(stamps)],
        sandbox_429,
        errors,
        sum(o["completed"] for o in outputs),
        round_trips,
        None if down is None else (down[0] - first, down[1] - first),
        [t - first for t in refused],
    )


def _worker_args(config: FleetConfig, index: int, sb: Sandbox, server: RedisServer) -> dict[str, Any]:
    skew = config.skews[index] if index < len(config.skews) else 0.0
    return {
        "base_url": sb.base_url,
        "key": sb.personal_key,
        "redis": server.url,
        "tasks": config.tasks,
        "seconds": config.seconds,
        "margin": config.margin,
        "skew": skew,
        "fallback_rate": config.fallback_rate,
        "max_retries": config.max_retries,
    }


async def _client_commands(redis: Redis) -> Counter[str]:
    stats = await redis.info("commandstats")
    return Counter(
        {name: int(stats[f"cmdstat_{name}"]["calls"]) for name in _CLIENT_COMMANDS if f"cmdstat_{name}" in stats}
    )


# -- one worker process -------------------------------------------------------------------------------------


async def _worker(args: dict[str, Any]) -> dict[str, Any]:
    if args["skew"]:
        _skew_wall_clock(float(args["skew"]))
    redis = Redis.from_url(args["redis"])
    limiter = RedisRateLimiter(redis, args["key"], margin=args["margin"], fallback_rate=args["fallback_rate"])
    errors: Counter[str] = Counter()
    completed = 0
    stop_at = time.monotonic() + args["seconds"]

    async def task(mf: MsgFlash) -> None:
        nonlocal completed
        for _ in range(int(args["seconds"] * LIMIT * 2) + 10):  # bounded by count as well as by time
            if time.monotonic() >= stop_at:
                return
            try:
                await mf.instances.list()
            except Exception as exc:  # counted by kind: the coordinator judges them
                errors[type(exc).__name__] += 1
                if not isinstance(exc, RateLimitError):
                    await asyncio.sleep(0.05)  # a Redis outage: do not spin
            else:
                completed += 1

    async with MsgFlash(
        args["key"], base_url=args["base_url"], rate_limit=limiter, max_retries=args["max_retries"]
    ) as mf:
        try:
            # Tasks still queued for the limiter at the end are cancelled: their turn is after the run.
            async with asyncio.timeout(args["seconds"]):
                await asyncio.gather(*(task(mf) for _ in range(args["tasks"])))
        except TimeoutError:
            pass
    await limiter.aclose()
    await redis.aclose()
    return {"completed": completed, "errors": dict(errors), "round_trips": limiter.round_trips}


def _skew_wall_clock(seconds: float) -> None:
    """This process's wall clock runs `seconds` off, as on a host whose NTP is broken."""
    real_time, real_time_ns = time.time, time.time_ns
    time.time = lambda: real_time() + seconds
    time.time_ns = lambda: real_time_ns() + int(seconds * 1e9)


# -- the benchmark --------------------------------------------------------------------------------------------


async def added_latency(calls: int, rounds: int) -> tuple[float, float, float]:
    """Median per-call time with the local limiter and with the Redis one (ms), and their difference.

    One task calling in sequence against the sandbox (its limit off), so neither limiter ever waits: what
    is left is each limiter's own cost, Redis's round trip included. Rounds alternate the two sides.
    """
    local_ms: list[float] = []
    redis_ms: list[float] = []
    with RedisServer() as server:
        redis = Redis.from_url(server.url)
        async with Sandbox(SandboxConfig(rate_limit_per_second=None)) as sb:
            limiters: dict[str, RateLimiter] = {
                "local": SlidingWindowLimiter(10_000),
                "redis": RedisRateLimiter(redis, sb.personal_key, rate=10_000),
            }
            for _ in range(rounds):
                for side, sink in (("local", local_ms), ("redis", redis_ms)):
                    async with MsgFlash(sb.personal_key, base_url=sb.base_url, rate_limit=limiters[side]) as mf:
                        await mf.instances.list()  # warm the connection
                        for _ in range(calls):
                            started = time.perf_counter()
                            await mf.instances.list()
                            sink.append((time.perf_counter() - started) * 1e3)
        await redis.aclose()
    local, remote = statistics.median(local_ms), statistics.median(redis_ms)
    return local, remote, remote - local


async def run(processes: tuple[int, ...], tasks: int, seconds: float, latency_calls: int) -> Outcome:
    outcome = Outcome()
    with RedisServer() as server:
        for count in processes:
            got = await run_fleet(FleetConfig(count, tasks, seconds), server)
            trips = got.round_trips or Counter()
            per_request = sum(trips.values()) / max(1, len(got.arrivals))
            label = f"Fleet P={count} × {tasks} tasks × {seconds:.0f} s"
            others = {k: v for k, v in got.errors.items() if k != "RateLimitError"}
            outcome.rows += [
                Row(14, f"{label}: aggregate", "arrivals/s after the first window", got.rate, "req/s", "≥ 9.5",
                    got.rate >= 9.5, goal=9.5),
                Row(14, f"{label}: 429s", f"counted by the sandbox (other errors: {others or 'none'})",
                    float(got.sandbox_429), "", "0", got.sandbox_429 == 0),
                Row(14, f"{label}: busiest window", "most arrivals in any 1 s at the sandbox",
                    float(got.busiest_window), "", "≤ 10", got.busiest_window <= LIMIT),
                Row(14, f"{label}: Redis round trips",
                    f"client commands per request (INFO commandstats: {dict(trips)})",
                    per_request, "×", "1", abs(per_request - 1) < 0.05),
            ]  # fmt: skip
            outcome.chart[f"fleet P={count}"] = got.rate / LIMIT * 100
    local, remote, added = await added_latency(latency_calls, rounds=4)
    outcome.rows.append(
        Row(14, "Redis limiter: added latency", f"median per call, local {local:.2f} ms vs Redis {remote:.2f} ms",
            added, "ms", "", None)
    )  # fmt: skip
    return outcome


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.fleet")
    parser.add_argument("--worker", required=True, help="one worker's settings, as JSON")
    args = parser.parse_args()
    print(json.dumps(asyncio.run(_worker(json.loads(args.worker)))), flush=True)


if __name__ == "__main__":
    os.environ.pop("MSGFLASH_API_KEY", None)  # the worker uses the key it is given, nothing else
    main()
