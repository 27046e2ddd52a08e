"""Client-side rate limiting: stay under MsgFlash's 10 requests per second per key, across the process.

Why a sliding window and not a plain token bucket: MsgFlash counts requests per key in a one-second window.
A bucket that starts full and refills at 10/s lets 10 requests out at once and then one every 100 ms, so some
one-second window sees 11 and the 11th gets a 429. Reserving each request a slot at least one window after
the request N places before it never puts more than N in any window, yet still sustains the full rate.
"""

from __future__ import annotations

import asyncio
import hashlib
import random
import time
from collections import deque
from typing import Final, Protocol, runtime_checkable

from ._settings import is_positive_number

_SAFETY_MARGIN: Final = 0.012  # seconds added to the window: absorbs clock and network jitter
_registry: dict[tuple[str, float], SlidingWindowLimiter] = {}


@runtime_checkable
class RateLimiter(Protocol):
    """What the client needs from a limiter; implement it over Redis to share one budget across processes."""

    async def acquire(self) -> None:
        """Return when one more request may be sent."""

    def pause(self, seconds: float) -> None:
        """Hold every request back for `seconds` (after the server answered 429)."""


class SlidingWindowLimiter:
    """At most `rate` requests in any window of one second (plus a small margin), for every task of a process.

    Lock-free: a slot is reserved synchronously (no await between reading and writing the schedule), so it
    works from any event loop, including several in one process.
    """

    __slots__ = ("_paused_until", "_sent", "_window", "rate")

    def __init__(self, rate: float, *, window: float = 1.0) -> None:
        if not is_positive_number(rate):
            raise ValueError(f"rate must be a positive number of requests per second, got {rate!r}")
        self.rate = rate
        per_window = max(1, int(rate * window))
        self._window = window * per_window / (rate * window) + _SAFETY_MARGIN
        self._sent: deque[float] = deque(maxlen=per_window)
        self._paused_until = 0.0

    async def acquire(self) -> None:
        delay = self._reserve(time.monotonic())
        if delay > 0:
            await asyncio.sleep(delay)

    def _reserve(self, now: float) -> float:
        slot = max(now, self._paused_until)
        if len(self._sent) == self._sent.maxlen:
            slot = max(slot, self._sent[0] + self._window)
        self._sent.append(slot)
        return slot - now

    def pause(self, seconds: float) -> None:
        # Jitter spreads the restart of many waiting tasks over a few milliseconds.
        until = time.monotonic() + seconds + random.uniform(0, 0.05)  # noqa: S311 (not cryptographic)
        self._paused_until = max(self._paused_until, until)


def shared_limiter(key: str, rate: float) -> SlidingWindowLimiter:
    """The process-wide limiter of one key (by digest, so the registry holds no key) at one rate."""
    digest = hashlib.sha256(key.encode()).hexdigest()
    limiter = _registry.get((digest, rate))
    if limiter is None:
        limiter = _registry[(digest, rate)] = SlidingWindowLimiter(rate)
    return limiter
