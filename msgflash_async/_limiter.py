"""Client-side rate limiting: stay under MsgFlash's 10 requests per second per key, across the process.

Why a sliding window and not a plain token bucket: MsgFlash counts requests per key in a one-second window.
A bucket that starts full and refills at 10/s lets 10 requests out at once and then one every 100 ms, so some
one-second window sees 11 and the 11th gets a 429. Here a request may go only when fewer than N requests went
in the last window, so no window ever holds more than N, and the full rate is still sustained.

The server counts a request when it *arrives*, not when we decide to send it. A cold connection (TCP, TLS)
delays the first requests more than later ones, which would then crowd into the next window. So each request
reports its latency when it completes, and counts as sent that much later than its claim, less the smallest
latency seen (the part every request pays alike).
"""

from __future__ import annotations

import asyncio
import bisect
import hashlib
import math
import random
import time
from typing import TYPE_CHECKING, Final, Protocol, runtime_checkable

from ._settings import is_positive_number

if TYPE_CHECKING:
    from ._errors import QuotaExceededError

_SAFETY_MARGIN: Final = 0.012  # seconds added to the window: absorbs scheduling and network jitter
_registry: dict[str, SlidingWindowLimiter] = {}  # sha256 of the key -> its limiter


@runtime_checkable
class RateLimiter(Protocol):
    """What the client needs from a limiter; implement it over Redis to share one budget across processes."""

    async def acquire(self) -> object:
        """Return when one more request may be sent; the result is handed back to `completed`."""

    def completed(self, token: object, latency: float) -> None:
        """The request of `token` got its answer after `latency` seconds (or failed then)."""

    def pause(self, seconds: float) -> None:
        """Hold every request back for `seconds` (after the server answered 429)."""


@runtime_checkable
class QuotaAwareLimiter(RateLimiter, Protocol):
    """Optional: a `RateLimiter` that also hears of monthly-quota errors (a shared one stops the whole fleet)."""

    def quota_exceeded(self, error: QuotaExceededError) -> None:
        """The server answered `error` (a `MONTHLY_*_QUOTA_EXCEEDED`): refuse the key's requests for a while."""


class _Slot:
    """One request's claim: when it was allowed out, and its latency once known.

    `early` marks the requests claimed before a window's worth of answers came back: nothing tells yet
    what a warm request costs, so their whole latency counts. `key` is where the slot sits in its sorted
    list (see `_Arrivals`).
    """

    __slots__ = ("at", "early", "key", "latency")

    def __init__(self, at: float, *, early: bool) -> None:
        self.at = at
        self.early = early
        self.latency: float | None = None
        self.key = at


class _SortedTimes:
    """An ascending list of times with a moving start, so dropping the oldest costs no copying.

    Insertions and removals find their place by bisection; the times a limiter adds are its newest claims
    and completions, so the list is edited near its end (it moves only the entries after the edit: about
    the number of requests in flight).
    """

    __slots__ = ("floor", "head", "times")

    def __init__(self) -> None:
        self.times: list[float] = []
        self.head = 0
        self.floor = -math.inf  # every time ≤ floor was dropped

    def __len__(self) -> int:
        return len(self.times) - self.head

    def __getitem__(self, index: int) -> float:
        return self.times[self.head + index]

    def add(self, time_: float) -> None:
        bisect.insort(self.times, time_, lo=self.head)

    def remove(self, time_: float) -> None:
        """Remove one entry equal to `time_`, unless it was already dropped as too old."""
        if time_ > self.floor:
            del self.times[bisect.bisect_left(self.times, time_, lo=self.head)]

    def drop_until(self, time_: float) -> None:
        """Forget every time ≤ `time_` (amortised O(1): the list is compacted only once half is dropped)."""
        self.floor = max(self.floor, time_)
        self.head = bisect.bisect_right(self.times, self.floor, lo=self.head)
        if self.head > len(self.times) // 2:
            del self.times[: self.head]
            self.head = 0


class _Arrivals:
    """Every recent request's estimated arrival at the server, kept so the N-th latest is an O(log n) query.

    A slot's arrival is its claim while pending (and the whole latency later counts for an early one), so
    those live in `fixed`; a completed warm slot arrives at `at + latency - min_latency`, and the smallest
    latency only ever falls, so those keep `at + latency` in `shifted` and the query subtracts it then.
    """

    __slots__ = ("fixed", "shifted")

    def __init__(self) -> None:
        self.fixed = _SortedTimes()
        self.shifted = _SortedTimes()

    def __len__(self) -> int:
        return len(self.fixed) + len(self.shifted)

    def claim(self, slot: _Slot) -> None:
        self.fixed.add(slot.key)

    def complete(self, slot: _Slot) -> None:
        assert slot.latency is not None
        self.fixed.remove(slot.key)
        slot.key = slot.at + slot.latency
        (self.fixed if slot.early else self.shifted).add(slot.key)

    def prune(self, before: float) -> None:
        """Forget arrivals ≤ `before`: they can no longer fall in a window that has not ended. (A shifted
        key ≤ `before` arrives no later than it, whatever the smallest latency becomes.)"""
        self.fixed.drop_until(before)
        self.shifted.drop_until(before)

    def nth_latest(self, n: int, min_latency: float) -> float:
        """The n-th largest arrival of both lists (n ≤ len(self)), by bisection over how many come from each."""
        a, b = self.fixed, self.shifted
        shift = 0.0 if math.isinf(min_latency) else min_latency
        k = len(a) + len(b) - n  # 0-based rank from the smallest
        lo, hi = max(0, k + 1 - len(b)), min(k + 1, len(a))
        while True:  # take i from a and k + 1 - i from b: the k + 1 smallest, when the halves interleave
            i = (lo + hi) // 2
            j = k + 1 - i
            if i < len(a) and j > 0 and b[j - 1] - shift > a[i]:
                lo = i + 1
            elif i > 0 and j < len(b) and a[i - 1] > b[j] - shift:
                hi = i - 1
            else:
                return max(a[i - 1] if i > 0 else -math.inf, b[j - 1] - shift if j > 0 else -math.inf)


class SlidingWindowLimiter:
    """At most `rate` requests in any window of one second (plus a small margin), for every task of a process.

    A waiting task claims its slot only when the window allows it, without an `await` between the check
    and the claim, so one limiter serves every task and every event loop of the process. Each claim costs
    O(log n) in the requests remembered (n is about `rate`), so high custom limits are sustained too.
    """

    __slots__ = ("_arrivals", "_min_latency", "_paused_until", "_per_window", "_samples", "_window", "rate")

    def __init__(self, rate: float, *, window: float = 1.0) -> None:
        if not is_positive_number(rate):
            raise ValueError(f"rate must be a positive number of requests per second, got {rate!r}")
        self._arrivals = _Arrivals()
        self._set_rate(rate, window)
        self._paused_until = 0.0
        self._min_latency = math.inf
        self._samples = 0

    def _set_rate(self, rate: float, window: float = 1.0) -> None:
        self.rate = rate
        self._per_window = max(1, int(rate * window))
        self._window = self._per_window / rate + _SAFETY_MARGIN

    async def acquire(self) -> _Slot:
        while True:
            now = time.monotonic()
            slot = self._try_claim(now)
            if slot is not None:
                return slot
            await asyncio.sleep(self._ready_at(now) - now)

    def _try_claim(self, now: float) -> _Slot | None:
        """Claim a slot at `now` if the window allows it (no await between the check and the claim)."""
        if self._ready_at(now) > now:
            return None
        slot = _Slot(now, early=self._samples < self._per_window)
        self._arrivals.claim(slot)
        return slot

    def completed(self, token: object, latency: float) -> None:
        if isinstance(token, _Slot):
            token.latency = latency
            self._min_latency = min(self._min_latency, latency)
            self._samples += 1
            self._arrivals.complete(token)

    def pause(self, seconds: float) -> None:
        # Jitter spreads the restart of many waiting tasks over a few milliseconds.
        until = time.monotonic() + seconds + random.uniform(0, 0.05)  # noqa: S311 (not cryptographic)
        self._paused_until = max(self._paused_until, until)

    def _ready_at(self, now: float) -> float:
        """The earliest time at which fewer than N of the known requests fall in the window ending then."""
        ready = max(now, self._paused_until)
        # An arrival a window before now can never again hold a request back (arrivals only move later,
        # and a pending slot pruned here is listed again when it completes).
        self._arrivals.prune(now - self._window)
        if len(self._arrivals) < self._per_window:
            return ready
        return max(ready, self._arrivals.nth_latest(self._per_window, self._min_latency) + self._window)


def shared_limiter(key: str, rate: float) -> SlidingWindowLimiter:
    """The process-wide limiter of one key (by digest, so the registry holds no key).

    One limiter per key, whatever rates its clients ask for: MsgFlash counts requests per key, so two
    limiters (10/s and 5/s) would together send 15/s. The lowest rate any client of the key asked for wins,
    for every client of the key: a client that asks for less is promising the server less, and a limit can
    only be kept by all or by none.
    """
    digest = hashlib.sha256(key.encode()).hexdigest()
    limiter = _registry.get(digest)
    if limiter is None:
        limiter = _registry[digest] = SlidingWindowLimiter(rate)
    elif rate < limiter.rate:
        limiter._set_rate(rate)
    return limiter
