"""Per-attempt hooks: watch every call and every attempt of the pipeline, without seeing a secret.

```python
from msgflash_async import MsgFlash
from msgflash_async.hooks import AttemptFinished, Hooks


class SlowCalls(Hooks):
    def after_attempt(self, event: AttemptFinished) -> None:
        if event.duration > 1.0:
            print(event.call.operation_id, event.attempt, event.status, event.duration)


mf = MsgFlash(hooks=[SlowCalls()])
```

A call goes through: `on_call_start` → for each attempt `before_attempt` (after the rate limiter let it go,
with the time it waited) and `after_attempt` → `on_retry` before each retry → `on_give_up` when it fails for
good → `on_call_end`, always last. Hooks run in the calling task, synchronously: keep them quick. An exception
raised by a hook is logged (`msgflash_async` logger) and otherwise ignored, so an observer can never turn a
message that was sent into an error that invites sending it again.

The events carry the operation, method and path (ids only; no query string, host, header or body) and SDK
errors, which never hold the API key.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Literal, TypeVar, final

import attrs

from ._errors import MsgFlashError

__all__ = [
    "AttemptFinished",
    "AttemptStarted",
    "CallFinished",
    "CallInfo",
    "GaveUp",
    "Hooks",
    "RetryScheduled",
]

logger = logging.getLogger("msgflash_async")

E = TypeVar("E")
GiveUpReason = Literal["not_retryable", "retries_exhausted", "deadline"]


@attrs.frozen(slots=True, eq=False)
class CallInfo:
    """One logical call (all its attempts). Compared by identity: use it as a key for per-call state."""

    operation_id: str
    """The spec's operationId, e.g. `messages_send`."""
    method: str
    path: str
    """The request path with its ids (`/api/v1/contacts/c_1`), without the query string."""
    may_duplicate: bool
    """Repeating this operation could create something twice (spec: `x-repeat-may-duplicate`)."""


@attrs.frozen(slots=True)
class AttemptStarted:
    """An attempt is about to be sent: the rate limiter has let it go."""

    call: CallInfo
    attempt: int
    """1 for the first attempt, 2 for the first retry, …"""
    limiter_wait: float
    """Seconds this attempt waited for the rate limiter (0.0 without one)."""


@attrs.frozen(slots=True)
class AttemptFinished:
    """An attempt ended: with a response (`status`), or without one (`status` is None, `error` says why)."""

    call: CallInfo
    attempt: int
    status: int | None
    error_code: str | None
    """MsgFlash's `error.code` of an error response, else None."""
    error: MsgFlashError | None
    duration: float
    """Seconds from sending to the end of the response body (the limiter wait excluded)."""
    may_have_been_sent: bool
    """The server could have acted on this attempt (False for a success: it certainly did)."""


@attrs.frozen(slots=True)
class RetryScheduled:
    """The failed `attempt` will be retried after `delay` seconds."""

    call: CallInfo
    attempt: int
    delay: float
    error: MsgFlashError


@attrs.frozen(slots=True)
class GaveUp:
    """The call fails with `error` after `attempts` attempts."""

    call: CallInfo
    attempts: int
    error: MsgFlashError
    reason: GiveUpReason
    """`not_retryable` (unsafe or pointless to repeat), `retries_exhausted`, or `deadline` (`Timeouts.total`)."""


@attrs.frozen(slots=True)
class CallFinished:
    """The call is over, successfully (`error` is None) or not."""

    call: CallInfo
    attempts: int
    retries: int
    limiter_wait: float
    """Seconds waited for the rate limiter, over every attempt."""
    duration: float
    """Seconds from the call's start to its end, waits and retries included."""
    status: int | None
    """The last response's status, if any arrived."""
    error_code: str | None
    error: BaseException | None
    """The error the call raises: an SDK error, or e.g. `asyncio.CancelledError`."""
    may_have_been_sent: bool
    """For a failed call: some attempt could have acted on the server."""


class Hooks:
    """Override the methods you need; each one here does nothing. Pass instances as `MsgFlash(hooks=[...])`."""

    def on_call_start(self, call: CallInfo) -> None:
        """A call starts (checked locally, not yet waiting for the limiter)."""

    def before_attempt(self, event: AttemptStarted) -> None:
        """An attempt is about to be sent."""

    def after_attempt(self, event: AttemptFinished) -> None:
        """An attempt ended, with or without a response."""

    def on_retry(self, event: RetryScheduled) -> None:
        """A failed attempt will be retried."""

    def on_give_up(self, event: GaveUp) -> None:
        """The call failed for good after at least one attempt."""

    def on_call_end(self, event: CallFinished) -> None:
        """The call is over (always the last event of a call)."""


@final
class HookChain:
    """Several hooks called in order, each failure logged and contained (internal: the engine's dispatcher)."""

    __slots__ = ("hooks",)

    def __init__(self, hooks: Sequence[Hooks]) -> None:
        for hook in hooks:
            if not isinstance(hook, Hooks):
                raise TypeError(f"hooks must be Hooks instances (subclass msgflash_async.hooks.Hooks), got {hook!r}")
        self.hooks = tuple(hooks)

    def on_call_start(self, call: CallInfo) -> None:
        for hook in self.hooks:
            _guarded(hook.on_call_start, call)

    def before_attempt(self, event: AttemptStarted) -> None:
        for hook in self.hooks:
            _guarded(hook.before_attempt, event)

    def after_attempt(self, event: AttemptFinished) -> None:
        for hook in self.hooks:
            _guarded(hook.after_attempt, event)

    def on_retry(self, event: RetryScheduled) -> None:
        for hook in self.hooks:
            _guarded(hook.on_retry, event)

    def on_give_up(self, event: GaveUp) -> None:
        for hook in self.hooks:
            _guarded(hook.on_give_up, event)

    def on_call_end(self, event: CallFinished) -> None:
        for hook in self.hooks:
            _guarded(hook.on_call_end, event)


def _guarded(method: Callable[[E], None], event: E) -> None:
    try:
        method(event)
    except Exception:  # a hook must never change what the call returns or raises
        logger.exception("msgflash_async hook %s failed (ignored)", getattr(method, "__qualname__", method))
