"""The limiter at high custom rates, and one limiter per key whatever rates its clients ask for."""

from __future__ import annotations

import bisect
import random

from hypothesis import given, settings, strategies as st

from msgflash_async import MsgFlash, SlidingWindowLimiter
from msgflash_async._limiter import _Arrivals, _Slot

from .test_limiter import _most_in_any_window, _run


def _most_in_any_window_sorted(arrivals: list[float], window: float = 1.0) -> int:
    """`_most_in_any_window` in O(n log n), for long runs."""
    times = sorted(arrivals)
    return max(bisect.bisect_left(times, start + window) - index for index, start in enumerate(times))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.floats(0, 10), st.booleans(), st.floats(0, 0.5) | st.none()), min_size=1, max_size=60),
    st.floats(0, 0.2) | st.just(float("inf")),
    st.data(),
)
def test_nth_latest_is_the_nth_largest_arrival(
    claims: list[tuple[float, bool, float | None]], min_latency: float, data: st.DataObject
) -> None:
    """The bisection over the two sorted lists equals sorting every arrival."""
    arrivals = _Arrivals()
    expected = []
    for at, early, latency in claims:
        slot = _Slot(at, early=early)
        arrivals.claim(slot)
        if latency is not None:
            slot.latency = latency
            arrivals.complete(slot)
        shift = 0.0 if latency is None or early or min_latency == float("inf") else min_latency
        expected.append(at + (latency or 0.0) - shift)
    n = data.draw(st.integers(1, len(claims)))
    assert arrivals.nth_latest(n, min_latency) == sorted(expected, reverse=True)[n - 1]


def test_a_5000_per_second_limit_is_sustained_and_never_exceeded() -> None:
    """Simulated clock: 20,000 requests at 5,000/s with jittered latencies; no one-second window over 5,000."""
    rng = random.Random(7)
    arrivals = _run(SlidingWindowLimiter(5000), [0.002 + rng.random() * 0.01 for _ in range(20_000)])
    assert _most_in_any_window_sorted(arrivals) <= 5000
    span = arrivals[-1] - arrivals[0]
    assert (len(arrivals) - 5000) / span >= 4500  # after the first window's burst


def test_clients_of_one_key_at_different_rates_share_the_lowest() -> None:
    """10/s and 5/s for one key must not add up to 15/s: one limiter, at the lowest rate asked for."""
    key = "msgf_live_" + "5a" * 32  # a key no other test uses, so the registry starts empty for it
    fast, slow = MsgFlash(key, rate_limit=10), MsgFlash(key, rate_limit=5)
    assert fast._engine.limiter is slow._engine.limiter
    limiter = fast._engine.limiter
    assert isinstance(limiter, SlidingWindowLimiter)
    assert limiter.rate == 5
    assert MsgFlash(key, rate_limit=20)._engine.limiter is limiter
    assert limiter.rate == 5  # a higher rate later does not raise it
    arrivals = _run(limiter, [0.001] * 40)
    assert _most_in_any_window(arrivals) == _most_in_any_window_sorted(arrivals) == 5
