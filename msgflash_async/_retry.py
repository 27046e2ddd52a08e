"""When a failed attempt is tried again, and after how long. Pure functions: the client does the waiting.

`decide` is the one place that answers "may it be sent again?" and "could it have acted?", from two facts the
transport reports (did the request leave; did the server answer, and how) and one the spec gives (could
repeating this operation create something twice: `x-repeat-may-duplicate`).

| Situation                                                   | Retried?                                  |
|-------------------------------------------------------------|-------------------------------------------|
| 429 `API_RATE_LIMIT_EXCEEDED` (nothing was created)         | yes, after `Retry-After` or the 1 s window |
| connection refused / DNS / connect timeout (never sent)     | yes                                       |
| 5xx, read timeout or reset on a repeat-safe operation       | yes (`may_have_been_sent=True`)           |
| 5xx, read timeout or reset on a create (it may have acted)  | **no**: the error says "may have been sent" |
| quotas, other 4xx, key and team errors                      | never                                     |
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Mapping
from typing import Final, NamedTuple

from ._errors import APIStatusError, RateLimitError, ServerError

RATE_LIMIT_WINDOW: Final = 1.0
_BASE_DELAY: Final = 0.25
_MAX_DELAY: Final = 8.0
_MAX_RETRY_AFTER: Final = 60.0


class Verdict(NamedTuple):
    """What one failed attempt means: may it be retried, and could the server have acted on it."""

    retry: bool
    may_have_been_sent: bool


NEVER_SENT: Final = Verdict(retry=True, may_have_been_sent=False)


def decide(*, left: bool, answer: type[APIStatusError] | None, may_duplicate: bool) -> Verdict:
    """The verdict on a failed attempt.

    Args:
        left: the request may have left this process (False only when the connection was never made).
        answer: the error class of the server's complete answer, or None when none arrived (a timeout,
            a reset, a body cut short).
        may_duplicate: repeating this operation could create something twice (from the spec).
    """
    if not left:
        return NEVER_SENT
    if answer is not None and not issubclass(answer, ServerError):
        # A 4xx is a refusal: the server did nothing. Only the rate limit is worth another try.
        return Verdict(retry=issubclass(answer, RateLimitError), may_have_been_sent=False)
    # A 5xx, or no complete answer: the server may have acted. Repeat only what cannot duplicate.
    return Verdict(retry=not may_duplicate, may_have_been_sent=True)


def delay_before_retry(error: Exception, attempt: int) -> float:
    """Seconds to wait before retry number `attempt + 1`: the server's word first, else jittered backoff."""
    if isinstance(error, APIStatusError):
        told = retry_after(error.headers)
        if told is not None:
            return told
        if isinstance(error, RateLimitError):
            return RATE_LIMIT_WINDOW + random.uniform(0, 0.25)  # noqa: S311 (jitter, not cryptography)
    return random.uniform(0, min(_MAX_DELAY, _BASE_DELAY * 2**attempt))  # noqa: S311 (full jitter)


def retry_after(headers: Mapping[str, str]) -> float | None:
    """`Retry-After` as seconds (delta-seconds or an HTTP date), capped; None when absent or unreadable."""
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        when = email.utils.parsedate_to_datetime(value) if _looks_like_date(value) else None
        if when is None:
            return None
        seconds = when.timestamp() - time.time()
    return min(max(seconds, 0.0), _MAX_RETRY_AFTER)


def _looks_like_date(value: str) -> bool:
    try:
        email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return False
    return True
