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
import hashlib
import math
import random
import time
from collections import deque
from typing import TYPE_CHECKING, Final, Protocol, runtime_checkable

from ._settings import is_positive_number

if TYPE_CHECKING:
    from ._errors import QuotaExceededError

_SAFETY_MARGIN: Final = 0.012  # seconds added to the window: absorbs scheduling and network jitter
_registry: dict[tuple[str, float], SlidingWindowLimiter] = {}


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
    what a warm request costs, so their whole latency counts.
    """

    __slots__ = ("at", "early", "latency")

    def __init__(self, at: float, *, early: bool) -> None:
        self.at = at
        self.early = early
        self.latency: float | None = None


class SlidingWindowLimiter:
    """At most `rate` requests in any window of one second (plus a small margin), for every task of a process.

    A waiting task claims its slot only when the window allows it, without an `await` between the check
    and the claim, so one limiter serves every task and every event loop of the process.
    """

    __slots__ = ("_min_latency", "_paused_until", "_per_window", "_samples", "_slots", "_window", "rate")

    def __init__(self, rate: float, *, window: float = 1.0) -> None:
        if not is_positive_number(rate):
            raise ValueError(f"rate must be a positive number of requests per second, got {rate!r}")
        self.rate = rate
        self._per_window = max(1, int(rate * window))
        self._window = self._per_window / rate + _SAFETY_MARGIN
        # Twice the window's worth: a latency correction can move an older slot past a newer one.
        self._slots: deque[_Slot] = deque(maxlen=2 * self._per_window)
        self._paused_until = 0.0
        self._min_latency = math.inf
        self._samples = 0

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
        self._slots.append(slot)
        return slot

    def completed(self, token: object, latency: float) -> None:
        if isinstance(token, _Slot):
            token.latency = latency
            self._min_latency = min(self._min_latency, latency)
            self._samples += 1

    def pause(self, seconds: float) -> None:
        # Jitter spreads the restart of many waiting tasks over a few milliseconds.
        until = time.monotonic() + seconds + random.uniform(0, 0.05)  # noqa: S311 (not cryptographic)
        self._paused_until = max(self._paused_until, until)

    def _ready_at(self, now: float) -> float:
        """The earliest time at which fewer than N of the known requests fall in the window ending then."""
        ready = max(now, self._paused_until)
        if len(self._slots) < self._per_window:
            return ready
        arrivals = sorted((self._arrival(slot) for slot in self._slots), reverse=True)
        return max(ready, arrivals[self._per_window - 1] + self._window)

    def _arrival(self, slot: _Slot) -> float:
        if slot.latency is None:
            return slot.at
        # The smallest latency is what every request pays; a slower one arrived that much later.
        return slot.at + slot.latency - (0.0 if slot.early else self._min_latency)


def shared_limiter(key: str, rate: float) -> SlidingWindowLimiter:
    """The process-wide limiter of one key (by digest, so the registry holds no key) at one rate."""
    digest = hashlib.sha256(key.encode()).hexdigest()
    limiter = _registry.get((digest, rate))
    if limiter is None:
        limiter = _registry[(digest, rate)] = SlidingWindowLimiter(rate)
    return limiter
