"""When a failed call is tried again, and after how long. Pure functions: the client does the waiting.

| Situation                                                   | Retried?                                  |
|-------------------------------------------------------------|-------------------------------------------|
| 429 `API_RATE_LIMIT_EXCEEDED` (nothing was created)         | yes, after `Retry-After` or the 1 s window |
| connection refused / DNS / connect timeout (never sent)     | yes                                       |
| 5xx or read timeout on GET / PUT / DELETE                   | yes                                       |
| 5xx, read timeout or reset on a POST (it may have acted)    | **no**: the error says "may have been sent" |
| quotas, other 4xx, key and team errors                      | never                                     |
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Mapping
from typing import Final

from ._errors import APIConnectionError, APIStatusError, RateLimitError, ServerError

IDEMPOTENT_METHODS: Final = frozenset({"GET", "PUT", "DELETE"})
RATE_LIMIT_WINDOW: Final = 1.0
_BASE_DELAY: Final = 0.25
_MAX_DELAY: Final = 8.0
_MAX_RETRY_AFTER: Final = 60.0


def should_retry(error: Exception, *, method: str) -> bool:
    """Whether `error` (already classified) may be retried for a request with this method."""
    if isinstance(error, RateLimitError):
        return True
    if isinstance(error, ServerError):
        return method in IDEMPOTENT_METHODS
    if isinstance(error, APIConnectionError):
        return method in IDEMPOTENT_METHODS or not error.may_have_been_sent
    return False


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
