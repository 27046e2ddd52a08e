"""The sliding-window limiter: never more than N requests in any window, the full rate sustained, shared per key."""

from __future__ import annotations

import asyncio

import pytest

from msgflash_async import MsgFlash, RateLimiter, SlidingWindowLimiter
from msgflash_async._limiter import shared_limiter
from msgflash_async.testing import Sandbox

from .conftest import PERSONAL_KEY


def _schedule(limiter: SlidingWindowLimiter, count: int, at: float = 100.0) -> list[float]:
    """The send times the limiter hands out to `count` requests that all arrive at `at`."""
    return [at + limiter._reserve(at) for _ in range(count)]


def test_no_window_of_one_second_ever_holds_more_than_the_rate() -> None:
    """For 100 requests arriving at once, every 1-s window holds at most 10 of the send times."""
    times = _schedule(SlidingWindowLimiter(10), 100)
    for start in times:
        assert sum(1 for t in times if start <= t < start + 1.0) <= 10


def test_the_full_rate_is_sustained() -> None:
    """1000 requests at 10/s take about 99 windows: within 2% of the ideal 10 req/s."""
    times = _schedule(SlidingWindowLimiter(10), 1000)
    rate = (len(times) - 10) / (times[-1] - times[0])
    assert 9.8 <= rate <= 10.0


def test_the_first_window_goes_out_at_once() -> None:
    """No start-up delay: the first N requests need no wait."""
    assert _schedule(SlidingWindowLimiter(10), 10) == [100.0] * 10


def test_pause_holds_every_following_request() -> None:
    """After pause(2), the next slot is at least two seconds away."""
    limiter = SlidingWindowLimiter(10)
    limiter.pause(2.0)
    import time

    assert limiter._reserve(time.monotonic()) >= 2.0


def test_fractional_rates_work() -> None:
    """0.5 req/s: one request per two-second window."""
    times = _schedule(SlidingWindowLimiter(0.5), 3)
    assert times[1] - times[0] >= 2.0
    assert times[2] - times[1] >= 2.0


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
