"""`Retry-After` as the server may send it (RFC 9110 §10.2.3): delta-seconds or an HTTP date."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import format_datetime
from types import SimpleNamespace

import pytest

from msgflash_async import _retry

NOW = datetime(2026, 12, 2, 5, 0, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def frozen_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """The module's wall clock at NOW, so an HTTP date converts to an exact number of seconds."""
    monkeypatch.setattr(_retry, "time", SimpleNamespace(time=NOW.timestamp))


def http_date(seconds_from_now: int) -> str:
    """An IMF-fixdate `seconds_from_now` after NOW, as a server writes it."""
    return format_datetime(datetime.fromtimestamp(NOW.timestamp() + seconds_from_now, UTC), usegmt=True)


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("3", 3.0),
        ("0.5", 0.5),
        ("0", 0.0),
        ("-4", 0.0),  # never a negative wait
        ("3600", 60.0),  # capped: one bad header must not stall a client for an hour
        (http_date(7), 7.0),
        ("Wed, 02 Dec 2026 05:00:12 GMT", 12.0),
        (http_date(-30), 0.0),  # a date in the past: retry now
        (http_date(86_400), 60.0),
    ],
)
def test_retry_after_seconds(value: str, seconds: float) -> None:
    """Both forms give the wait in seconds, clamped to [0, 60]."""
    assert _retry.retry_after({"retry-after": value}) == seconds


@pytest.mark.parametrize("headers", [{}, {"retry-after": ""}, {"retry-after": "soon"}, {"retry-after": "Wed, 99 Foo"}])
def test_absent_or_unreadable_retry_after_is_none(headers: dict[str, str]) -> None:
    """No header, or one that is neither a number nor a date: None (the caller falls back to its backoff)."""
    assert _retry.retry_after(headers) is None
