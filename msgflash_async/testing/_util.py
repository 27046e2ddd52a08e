"""Small helpers shared by every route: ids, timestamps, errors, cursors, JSON."""

from __future__ import annotations

import base64
import binascii
import re
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from aiohttp import web

from . import _json

__all__ = [
    "ApiError",
    "decode_cursor",
    "encode_cursor",
    "iso",
    "json_response",
    "new_id",
    "now",
    "parse_iso",
]

# The spec's pattern `^\+[1-9][0-9]{6,14}$`, used with fullmatch: Python's `$` also matches before a trailing
# newline and `\d` matches non-ASCII digits, neither of which the spec's (ECMA-262) regex allows.
E164 = re.compile(r"\+[1-9][0-9]{6,14}")


class ApiError(Exception):
    """An error the sandbox answers with `{"error": {...}}`."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        details: list[dict[str, Any]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.headers = headers or {}

    def response(self) -> web.Response:
        """The JSON error response."""
        err: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.details is not None:
            err["details"] = self.details
        return json_response({"error": err}, status=self.status, headers=self.headers)


def not_found(what: str = "Resource") -> ApiError:
    """The documented 404 for an unknown id or another workspace's id."""
    return ApiError(404, "NOT_FOUND", f"{what} not found")


def bad_request(message: str) -> ApiError:
    """400 BAD_REQUEST: a request that is well-formed but not allowed now."""
    return ApiError(400, "BAD_REQUEST", message)


def json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """Serialise with orjson when installed, else the stdlib json (see _json)."""
    return web.Response(body=_json.dumps(body), status=status, content_type="application/json", headers=headers)


def data(payload: Any, status: int = 200) -> web.Response:
    """The documented success envelope."""
    return json_response({"data": payload}, status=status)


def new_id() -> str:
    """A uuid4 string, as every documented id is typed UUID."""
    return str(uuid.uuid4())


def now() -> datetime:
    """Aware UTC now."""
    return datetime.now(UTC)


def iso(dt: datetime | None) -> str | None:
    """ISO 8601 with milliseconds and Z, e.g. 2026-04-01T10:00:00.000Z."""
    if dt is None:
        return None
    u = dt.astimezone(UTC)
    # Not strftime: glibc's %Y does not zero-pad years below 1000 ("637-12-23…" is no RFC 3339 date-time).
    date = f"{u.year:04d}-{u.month:02d}-{u.day:02d}"
    return f"{date}T{u.hour:02d}:{u.minute:02d}:{u.second:02d}.{u.microsecond // 1000:03d}Z"


_LEAP_SECOND = re.compile(r"([Tt ]\d\d:\d\d:)60(?=[.,+\-]|$)")


def parse_iso(value: str) -> datetime | None:
    """Parse an ISO 8601 timestamp; naive values are taken as UTC (docs: UTC)."""
    text = value.strip()
    if not text or len(text) < 10:
        return None
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    # RFC 3339 allows a leap second (23:59:60), datetime does not: read it as the next second.
    text, leap = _LEAP_SECOND.subn(r"\g<1>59", text, count=1)
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        return None
    if leap:
        try:
            dt += timedelta(seconds=1)
        except OverflowError:
            return None
    if dt.tzinfo is None:
        return dt.replace(tzinfo=UTC)
    try:
        return dt.astimezone(UTC)
    except OverflowError:
        # 0001-01-01T00:00:00+01:00 or 9999-12-31T23:59:59-01:00: valid, but beyond datetime in UTC.
        return (datetime.min if dt.year == 1 else datetime.max).replace(tzinfo=UTC)


def encode_cursor(*parts: str) -> str:
    """An opaque cursor: base64url of the sort tuple joined by '|'."""
    raw = "|".join(parts).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, nparts: int = 2) -> list[str]:
    """Inverse of encode_cursor; 400 VALIDATION_ERROR on garbage."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        raw = base64.urlsafe_b64decode(padded.encode()).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise validation_error("cursor", "Invalid cursor") from None
    # Split from the right: ids never contain '|', names might.
    parts = raw.rsplit("|", nparts - 1)
    if len(parts) != nparts or not all(parts[1:]):
        raise validation_error("cursor", "Invalid cursor")
    return parts


def validation_error(path: str, message: str) -> ApiError:
    """400 VALIDATION_ERROR with one field problem in `details`."""
    return ApiError(
        400,
        "VALIDATION_ERROR",
        f"Invalid request: {path}: {message}",
        details=[{"path": path, "message": message}],
    )


def is_e164(value: str) -> bool:
    """E.164: '+', no leading zero, 7 to 15 ASCII digits, nothing else."""
    return E164.fullmatch(value) is not None
