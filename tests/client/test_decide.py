"""`_retry.decide`, the one place that says whether a failed attempt may be retried and could have acted."""

from __future__ import annotations

import pytest

from msgflash_async import (
    APIStatusError,
    BadRequestError,
    NotFoundError,
    ProviderError,
    QuotaExceededError,
    RateLimitError,
    ServerError,
)
from msgflash_async._retry import Verdict, decide

RETRY_NOT_SENT = Verdict(retry=True, may_have_been_sent=False)
REFUSED = Verdict(retry=False, may_have_been_sent=False)
RETRY_MAYBE_SENT = Verdict(retry=True, may_have_been_sent=True)
HELD_BACK = Verdict(retry=False, may_have_been_sent=True)


@pytest.mark.parametrize(
    ("left", "answer", "may_duplicate", "expected"),
    [
        # never left: safe whatever the operation
        (False, None, True, RETRY_NOT_SENT),
        (False, None, False, RETRY_NOT_SENT),
        # a 429 rate limit is a refusal: retried, nothing created
        (True, RateLimitError, True, Verdict(retry=True, may_have_been_sent=False)),
        # other refusals: never retried, nothing created
        (True, QuotaExceededError, True, REFUSED),
        (True, NotFoundError, False, REFUSED),
        (True, BadRequestError, True, REFUSED),
        (True, APIStatusError, True, REFUSED),
        # a 5xx or no complete answer: it may have acted; repeat only what cannot duplicate
        (True, ServerError, True, HELD_BACK),
        (True, ProviderError, True, HELD_BACK),
        (True, None, True, HELD_BACK),
        (True, ServerError, False, RETRY_MAYBE_SENT),
        (True, None, False, RETRY_MAYBE_SENT),
    ],
)
def test_decide(left: bool, answer: type[APIStatusError] | None, may_duplicate: bool, expected: Verdict) -> None:
    """Every combination of the facts, and its verdict."""
    assert decide(left=left, answer=answer, may_duplicate=may_duplicate) == expected
