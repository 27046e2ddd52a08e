"""The sliding-window limiter: never more than N requests in any window, the full rate sustained, shared per key."""

from __future__ import annotations

import asyncio
import time

import pytest

from msgflash_async import MsgFlash, RateLimiter, SlidingWindowLimiter
from msgflash_async._limiter import shared_limiter
from msgflash_async.testing import Sandbox

from .conftest import PERSONAL_KEY


def _run(limiter: SlidingWindowLimiter, latencies: list[float], start: float = 100.0) -> list[float]:
    """Simulate requests that all want to go at `start`: each claims the earliest slot, then reports its
    latency. Returns each request's arrival at the server (its claim plus its latency)."""
    clock = start
    arrivals = []
    for latency in latencies:
        clock = limiter._ready_at(clock)
        slot = limiter._try_claim(clock)
        assert slot is not None
        limiter.completed(slot, latency)
        arrivals.append(clock + latency)
    return arrivals


def _most_in_any_window(arrivals: list[float], window: float = 1.0) -> int:
    return max(sum(1 for t in arrivals if start <= t < start + window) for start in arrivals)


def test_no_window_of_one_second_ever_holds_more_than_the_rate() -> None:
    """100 requests wanting to go at once: no 1-s window at the server holds more than 10."""
    assert _most_in_any_window(_run(SlidingWindowLimiter(10), [0.001] * 100)) == 10


def test_the_full_rate_is_sustained() -> None:
    """1000 requests at 10/s: within 2% of the ideal 10 req/s."""
    arrivals = _run(SlidingWindowLimiter(10), [0.001] * 1000)
    rate = (len(arrivals) - 10) / (arrivals[-1] - arrivals[0])
    assert 9.8 <= rate <= 10.0


def test_the_first_window_goes_out_at_once() -> None:
    """No start-up delay: the first N requests need no wait."""
    assert _run(SlidingWindowLimiter(10), [0.0] * 10) == [100.0] * 10


def test_a_slow_cold_first_burst_does_not_crowd_the_next_window() -> None:
    """The first 10 requests pay 80 ms of connection setup, later ones 1 ms: still never 11 in a window.

    A limiter that counted claims instead of arrivals lets the second window start 12 ms after the first
    closes, while the cold requests were still arriving 80 ms into it: 429s.
    """
    latencies = [0.08] * 10 + [0.001] * 90
    arrivals = _run(SlidingWindowLimiter(10), latencies)
    assert _most_in_any_window(arrivals) == 10
    rate = (len(arrivals) - 10) / (arrivals[-1] - arrivals[0])
    assert rate >= 9.7  # one slow window costs one latency, once


def test_a_cold_connection_later_on_is_corrected_against_the_warm_baseline() -> None:
    """After warm-up, one 200 ms request (a new pooled connection) pushes its window-mates back."""
    latencies = [0.001] * 40 + [0.2] + [0.001] * 59
    assert _most_in_any_window(_run(SlidingWindowLimiter(10), latencies)) == 10


async def test_waiting_tasks_claim_their_slots_only_when_the_window_opens() -> None:
    """Twelve tasks at once with a 10/0.1 s window: ten go now, two after the window; none claims early."""
    limiter = SlidingWindowLimiter(100, window=0.1)  # 10 per 0.1 s keeps the test fast
    started = time.monotonic()
    tokens = await asyncio.gather(*(limiter.acquire() for _ in range(12)))
    claimed = sorted(token.at - started for token in tokens)
    assert max(claimed[:10]) < 0.05
    assert min(claimed[10:]) >= 0.1


def test_pause_holds_every_following_request() -> None:
    """After pause(2), the next slot is at least two seconds away."""
    limiter = SlidingWindowLimiter(10)
    limiter.pause(2.0)
    now = time.monotonic()
    assert limiter._ready_at(now) >= now + 2.0


def test_fractional_rates_work() -> None:
    """0.5 req/s: one request per two-second window."""
    arrivals = _run(SlidingWindowLimiter(0.5), [0.0] * 3)
    assert arrivals[1] - arrivals[0] >= 2.0
    assert arrivals[2] - arrivals[1] >= 2.0


def test_clients_of_one_key_share_one_limiter() -> None:
    """The registry hands every client of a key (at one rate) the same limiter, and holds no raw key."""
    first, second = MsgFlash(PERSONAL_KEY), MsgFlash(PERSONAL_KEY)
    assert first._engine.limiter is second._engine.limiter
    assert first.with_options(max_retries=0)._engine.limiter is first._engine.limiter
    from msgflash_async import _limiter

    assert all(PERSONAL_KEY not in str(key) for key in _limiter._registry)
    assert shared_limiter(PERSONAL_KEY, 10.0) is first._engine.limiter


def test_rate_limit_none_turns_it_off_and_a_custom_limiter_is_used() -> None:
    """rate_limit=None means no limiter; an object with acquire/pause is used as given."""

    class Counting:
        def __init__(self) -> None:
            self.calls = 0

        async def acquire(self) -> None:
            self.calls += 1

        def completed(self, token: object, latency: float) -> None:
            pass

        def pause(self, seconds: float) -> None:
            pass

    custom = Counting()
    assert isinstance(custom, RateLimiter)
    assert MsgFlash(PERSONAL_KEY, rate_limit=None)._engine.limiter is None
    assert MsgFlash(PERSONAL_KEY, rate_limit=custom)._engine.limiter is custom


@pytest.mark.msgflash_sandbox(rate_limit_per_second=10)
async def test_a_burst_through_the_limiter_meets_no_429(msgflash_sandbox: Sandbox) -> None:
    """35 concurrent calls with the server enforcing 10 req/s: the default limiter keeps every one legal."""
    sb = msgflash_sandbox
    async with MsgFlash(sb.add_personal_key(), base_url=sb.base_url, max_retries=0) as client:
        results = await asyncio.gather(*(client.billing.list_plans() for _ in range(35)))
    assert len(results) == 35
    assert sb.counters.received[("GET", "/api/v1/billing/plans")] == 35
