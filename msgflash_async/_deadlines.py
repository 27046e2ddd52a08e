"""Read timeouts for every request of a client, kept by a single timer.

aiohttp's `sock_read` arms an asyncio timer when a request has been written and again on each chunk of the
response: two `TimerHandle`s per request, built, pushed on the loop's heap and cancelled in Python code.
Counted in a fan-out of small sends, that was 34,000 of 633,000 instructions per send
(docs/internals/design-notes.md). Here a request only writes down when it is due, in a dict; one timer, set
for the earliest due time, wakes up, cancels the tasks whose time is up and sets itself for the next one.
Since each new due time is later than those before it (same timeout, later start), that timer fires about
once per timeout period, not once per request.

The read timeout starts when the request has its connection (the connector says so: waiting for a pooled
connection and connecting are not reading) and starts again when the response's status line and headers
have come, for its body: `read` bounds the wait for the response, then the wait for its body.
"""

from __future__ import annotations

import asyncio
from typing import Any


class ReadDeadlines:
    """The due times of the requests in flight on one event loop, and the one timer that enforces them."""

    __slots__ = ("_due", "_expired", "_timer", "_timer_at", "_waiting")

    def __init__(self) -> None:
        self._waiting: dict[asyncio.Task[Any], float] = {}  # seconds allowed, once the connection is ready
        self._due: dict[asyncio.Task[Any], float] = {}  # loop time by which the response must have come
        self._expired: set[asyncio.Task[Any]] = set()  # cancelled by us: the cancellation is a read timeout
        self._timer: asyncio.TimerHandle | None = None
        self._timer_at = 0.0

    def expect(self, task: asyncio.Task[Any], seconds: float) -> None:
        """`task` is about to send a request: once it has a connection, the response is due within `seconds`."""
        self._waiting[task] = seconds

    def start(self, task: asyncio.Task[Any] | None) -> None:
        """`task`'s read timeout starts now, or again: its request has its connection, or its headers have come."""
        if task is not None and (seconds := self._waiting.get(task)) is not None:
            # The task's own loop: `get_running_loop()` is a getpid() system call on Python 3.11.
            loop = task.get_loop()
            due = self._due[task] = loop.time() + seconds
            if self._timer is None or due < self._timer_at:  # sooner only when a shorter timeout is asked for
                self._arm(loop, due)

    def done(self, task: asyncio.Task[Any]) -> None:
        """`task`'s request is over, whatever happened."""
        self._waiting.pop(task, None)
        self._due.pop(task, None)
        self._expired.discard(task)

    def timed_out(self, task: asyncio.Task[Any]) -> bool:
        """Whether a cancellation of `task` was this read timeout (and nothing else); if so it is withdrawn."""
        if task not in self._expired:
            return False
        self._expired.discard(task)
        return task.uncancel() == 0  # someone else cancelled it too: their cancellation goes through

    def close(self) -> None:
        """Stop the timer (the client is closing)."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _arm(self, loop: asyncio.AbstractEventLoop, when: float) -> None:
        if self._timer is not None:
            self._timer.cancel()
        self._timer = loop.call_at(when, self._expire, loop)
        self._timer_at = when

    def _expire(self, loop: asyncio.AbstractEventLoop) -> None:
        self._timer = None
        now = loop.time()
        next_due: float | None = None
        for task, due in list(self._due.items()):
            if due <= now:
                del self._due[task]
                self._waiting.pop(task, None)
                self._expired.add(task)
                task.cancel()
            elif next_due is None or due < next_due:
                next_due = due
        if next_due is not None:
            self._arm(loop, next_due)
