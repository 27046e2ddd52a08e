"""RedisRateLimiter on a real redis-server: the shared window, pauses, quota stops, max_wait, Redis failures."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from redis.asyncio import Redis

from msgflash_async import MsgFlash, QuotaExceededError
from msgflash_async.redis import (
    QuotaStopError,
    RateLimiterTimeoutError,
    RateLimiterUnavailableError,
    RedisRateLimiter,
    _Grant,
    redis_key_prefix,
)
from msgflash_async.testing import PLAN_PRO, Sandbox, SandboxConfig
from msgflash_async.testing.redis_server import RedisServer

from .conftest import OTHER_KEY, PERSONAL_KEY


async def _scores(redis: Redis, key: str = PERSONAL_KEY) -> list[float]:
    entries: list[Any] = await redis.zrange(f"{redis_key_prefix(key)}:log", 0, -1, withscores=True)
    return [score for _, score in entries]


def _most_within(stamps: list[float], window: float) -> int:
    stamps = sorted(stamps)
    return max(sum(1 for t in stamps if start <= t < start + window) for start in stamps)


async def _grant(limiter: RedisRateLimiter) -> object:
    token = await limiter.acquire()
    limiter.completed(token, 0.001)
    return token


async def test_processes_sharing_a_key_never_put_more_than_the_limit_in_a_window(redis: Redis) -> None:
    """Three limiters (as three processes would hold) × 10 callers: the arrivals Redis records obey the window."""
    limiters = [RedisRateLimiter(redis, PERSONAL_KEY) for _ in range(3)]
    log: dict[bytes, float] = {}  # every entry ever recorded (Redis drops those older than a window)

    async def grant_and_snapshot(limiter: RedisRateLimiter) -> None:
        await _grant(limiter)
        entries: list[Any] = await redis.zrange(f"{redis_key_prefix(PERSONAL_KEY)}:log", 0, -1, withscores=True)
        log.update(entries)

    await asyncio.gather(*(grant_and_snapshot(limiters[i % 3]) for i in range(30)))
    scores = sorted(log.values())
    assert len(scores) == 30
    window = limiters[0].window
    assert _most_within(scores, window) == 10  # a full burst, and never an 11th in any window
    assert scores[-1] - scores[0] >= 2 * window  # 30 requests take two whole windows after the first burst


async def test_a_burst_within_the_limit_goes_out_at_once(redis: Redis) -> None:
    limiter = RedisRateLimiter(redis, PERSONAL_KEY)
    started = time.monotonic()
    await asyncio.gather(*(_grant(limiter) for _ in range(10)))
    scores = await _scores(redis)
    assert max(scores) - min(scores) < 0.5  # nobody was given a later slot (only round trips apart)
    assert time.monotonic() - started < limiter.window  # and nobody waited for the next window


async def test_a_request_likely_on_a_new_connection_counts_as_arriving_late(redis: Redis) -> None:
    """A cold connection (TCP, TLS) delays arrival: a process's first grant's entry lies 250 ms after its slot;
    once an answer came back, a request is recorded at its slot plus its one-way latency."""
    limiter = RedisRateLimiter(redis, PERSONAL_KEY)
    log = f"{redis_key_prefix(PERSONAL_KEY)}:log"
    seconds, micros = await redis.time()
    first = await limiter.acquire()  # nothing answered yet: cold
    limiter.completed(first, 0.004)
    second = await limiter.acquire()  # an answer came back: connections are open
    limiter.completed(second, 0.004)
    assert isinstance(first, _Grant)
    assert isinstance(second, _Grant)
    cold, warm = await redis.zscore(log, first.member), await redis.zscore(log, second.member)
    assert cold is not None
    assert warm is not None
    assert cold - (seconds + micros / 1e6) > 0.2  # recorded 250 ms after its slot
    assert warm < cold  # recorded at its slot (plus 2 ms), right after the first


async def test_each_grant_is_one_round_trip(redis: Redis) -> None:
    limiter = RedisRateLimiter(redis, PERSONAL_KEY)
    await redis.config_resetstat()
    for _ in range(5):
        await limiter.acquire()  # no completed(): no correction can be sent
    stats = await redis.info("commandstats")
    sent = {name: stats[name]["calls"] for name in stats if name in ("cmdstat_evalsha", "cmdstat_eval")}
    assert sum(sent.values()) <= 6  # five EVALSHAs, plus at most one EVAL the first time the script is unknown
    assert limiter.round_trips == 5


async def test_redis_never_sees_the_api_key(redis: Redis) -> None:
    limiter = RedisRateLimiter(redis, PERSONAL_KEY)
    await _grant(limiter)
    limiter.pause(0.01)
    limiter.quota_exceeded(QuotaExceededError("used up", status=429, code="MONTHLY_API_REQUEST_QUOTA_EXCEEDED"))
    await limiter.aclose()
    names = [name.decode() if isinstance(name, bytes) else name for name in await redis.keys("*")]
    assert names
    assert all(name.startswith(redis_key_prefix(PERSONAL_KEY)) for name in names)
    secret = PERSONAL_KEY.removeprefix("msgf_live_")
    dump = repr([await redis.dump(name) for name in names]) + repr(names) + repr(limiter)
    assert secret not in dump
    assert secret[:16] not in dump
    assert redis_key_prefix(PERSONAL_KEY) != redis_key_prefix(OTHER_KEY)


async def test_a_429_in_one_process_pauses_the_others(redis: Redis) -> None:
    first, second = RedisRateLimiter(redis, PERSONAL_KEY), RedisRateLimiter(redis, PERSONAL_KEY)
    first.pause(0.6)
    await first.aclose()  # the pause has reached Redis
    started = time.monotonic()
    await second.acquire()
    assert time.monotonic() - started >= 0.5  # it waited out (most of) the pause it was told of, not its own


async def test_a_429_met_by_one_client_pauses_a_client_of_another_process(redis: Redis) -> None:
    """Through real clients: the server's 429 with Retry-After 1 s; the other "process" waits it out too."""
    async with Sandbox(SandboxConfig(rate_limit_per_second=None)) as sb:
        sb.faults.status(429, "API_RATE_LIMIT_EXCEEDED", "GET", "/api/v1/instances", retry_after=1)
        one, two = RedisRateLimiter(redis, sb.personal_key), RedisRateLimiter(redis, sb.personal_key)
        async with (
            MsgFlash(sb.personal_key, base_url=sb.base_url, rate_limit=one) as first,
            MsgFlash(sb.personal_key, base_url=sb.base_url, rate_limit=two) as second,
        ):
            retried = asyncio.create_task(first.instances.list())  # 429, then its retry after the pause
            for _ in range(1000):  # until the pause is in Redis (at most 10 s)
                if await redis.exists(f"{redis_key_prefix(sb.personal_key)}:pause"):
                    break
                await asyncio.sleep(0.01)
            started = time.monotonic()
            await second.instances.list()
            assert time.monotonic() - started >= 0.8  # (most of) the 1 s pause another process recorded
            await retried
        await one.aclose()


async def test_a_quota_error_stops_every_process_of_the_key(redis: Redis) -> None:
    """Through real clients: one process meets the monthly quota; another then sends nothing at all."""
    plan = PLAN_PRO.evolve(monthly_api_request_quota=3)
    async with Sandbox(SandboxConfig(plan=plan, rate_limit_per_second=None)) as sb:
        key = sb.personal_key
        one, two = RedisRateLimiter(redis, key), RedisRateLimiter(redis, key)
        async with MsgFlash(key, base_url=sb.base_url, rate_limit=one) as mf:
            for _ in range(3):
                await mf.instances.list()
            with pytest.raises(QuotaExceededError) as server_said:
                await mf.instances.list()
            assert not isinstance(server_said.value, QuotaStopError)  # that one came from the server
        await one.aclose()
        received = sb.counters.received[("GET", "/api/v1/instances")]
        async with MsgFlash(key, base_url=sb.base_url, rate_limit=two) as other:
            with pytest.raises(QuotaStopError, match="MONTHLY_API_REQUEST_QUOTA_EXCEEDED") as stopped:
                await other.instances.list()
        assert stopped.value.code == "MONTHLY_API_REQUEST_QUOTA_EXCEEDED"
        assert sb.counters.received[("GET", "/api/v1/instances")] == received  # refused before any I/O
        assert 0 < await redis.ttl(f"{redis_key_prefix(key)}:stop") <= 60


async def test_max_wait_bounds_the_queue_and_reserves_nothing(redis: Redis) -> None:
    limiter = RedisRateLimiter(redis, PERSONAL_KEY, max_wait=0.2)
    for _ in range(10):
        await _grant(limiter)
    with pytest.raises(RateLimiterTimeoutError, match="max_wait"):
        await limiter.acquire()
    assert len(await _scores(redis)) == 10  # the refused caller holds no slot


async def test_unreachable_redis_fails_clearly_and_nothing_is_sent(redis_server: RedisServer) -> None:
    redis = Redis.from_url(redis_server.url)
    async with Sandbox(SandboxConfig(rate_limit_per_second=None)) as sb:
        limiter = RedisRateLimiter(redis, sb.personal_key)
        async with MsgFlash(sb.personal_key, base_url=sb.base_url, rate_limit=limiter, max_retries=1) as mf:
            await mf.instances.list()
            redis_server.stop()
            with pytest.raises(RateLimiterUnavailableError, match="was not sent") as failed:
                await mf.instances.list()
            assert not failed.value.may_have_been_sent
            assert sb.counters.received[("GET", "/api/v1/instances")] == 1
            assert sb.personal_key.removeprefix("msgf_live_") not in repr(failed.value.__cause__)
            redis_server.start()
            await mf.instances.list()  # back as soon as Redis is
    await redis.aclose()


async def test_fallback_goes_on_locally_and_hands_its_arrivals_to_redis(redis_server: RedisServer) -> None:
    redis = Redis.from_url(redis_server.url)
    limiter = RedisRateLimiter(redis, PERSONAL_KEY, fallback_rate=2, retry_interval=0.3)
    await _grant(limiter)
    redis_server.stop()
    started = time.monotonic()
    for _ in range(3):
        await _grant(limiter)  # no error: the local window of 2 per second
    assert time.monotonic() - started >= 2 * limiter.window + 0.9  # two windows first, then 2 per second
    redis_server.start()
    await asyncio.sleep(0.35)  # past retry_interval: the next acquire goes to Redis again
    await _grant(limiter)
    # The new Redis holds the fallback's arrivals of the last window, and a hold of one window.
    assert len(await _scores(redis)) >= 2
    assert await redis.exists(f"{redis_key_prefix(PERSONAL_KEY)}:pause")
    await redis.aclose()


async def test_a_restarted_redis_holds_grants_for_two_windows(redis_server: RedisServer) -> None:
    """Slots granted before the restart may lie a window ahead: a known caller on an empty Redis waits two."""
    redis = Redis.from_url(redis_server.url)
    limiter = RedisRateLimiter(redis, PERSONAL_KEY)
    for _ in range(10):
        await _grant(limiter)
    redis_server.restart()
    started = time.monotonic()
    await _grant(limiter)
    assert time.monotonic() - started >= 2 * limiter.window - 0.05
    fresh = RedisRateLimiter(redis, OTHER_KEY)  # a key never seen before starts at once
    started = time.monotonic()
    await fresh.acquire()
    assert time.monotonic() - started < limiter.window / 2
    await redis.aclose()


def test_settings_are_checked() -> None:
    redis = Redis.from_url("unix:///nonexistent.sock")
    with pytest.raises(ValueError, match="rate"):
        RedisRateLimiter(redis, PERSONAL_KEY, rate=0)
    with pytest.raises(ValueError, match="max_wait"):
        RedisRateLimiter(redis, PERSONAL_KEY, max_wait=-1)
    with pytest.raises(ValueError, match="margin"):
        RedisRateLimiter(redis, PERSONAL_KEY, margin=2)
    with pytest.raises(ValueError, match="API key"):
        RedisRateLimiter(redis, "not-a-key")
