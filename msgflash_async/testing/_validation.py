"""Request validation: collects every field problem into one VALIDATION_ERROR."""

from __future__ import annotations

import ipaddress
import math
import re
from collections.abc import Collection, Mapping
from typing import Any, TypeVar

from aiohttp import web

from . import _json
from ._util import ApiError, is_e164

__all__ = ["Body", "Query", "must", "read_body"]

T = TypeVar("T")

_INTEGER = re.compile(r"(-?)([0-9]+)")
_CHUNK = 1000

# Request URL fields (mediaUrl, webhook url, image status content): the spec's `pattern: '^https?://'`
# (case-sensitive) on a `format: uri`, i.e. an RFC 3986 URI. Past the scheme this is RFC 3986's
# `"//" authority path-abempty [ "?" query ] [ "#" fragment ]`: ASCII only, percent-escapes well formed.
_UNRESERVED = r"A-Za-z0-9\-._~"
_SUB_DELIMS = r"!$&'()*+,;="
_PCT = r"%[0-9A-Fa-f]{2}"
_PCHAR = rf"(?:[{_UNRESERVED}{_SUB_DELIMS}:@]|{_PCT})"
_URL = re.compile(
    rf"https?://(?P<authority>(?:(?:[{_UNRESERVED}{_SUB_DELIMS}:]|{_PCT})*@)?"
    rf"(?:\[(?P<ip>[^\]]*)\]|(?:[{_UNRESERVED}{_SUB_DELIMS}]|{_PCT})*)(?::[0-9]*)?)"
    rf"(?:/{_PCHAR}*)*(?:\?(?:{_PCHAR}|[/?])*)?(?:#(?:{_PCHAR}|[/?])*)?"
)
_IP_FUTURE = re.compile(rf"[vV][0-9A-Fa-f]+\.[{_UNRESERVED}{_SUB_DELIMS}:]+")


def _is_http_url(value: str) -> bool:
    """`^https?://` + RFC 3986 URI, with a non-empty authority (a public URL names its host)."""
    match = _URL.fullmatch(value)
    if match is None or not match["authority"]:
        return False
    ip = match["ip"]
    if ip is None or _IP_FUTURE.fullmatch(ip):
        return True
    if "%" in ip:  # zone ids are not part of RFC 3986's IPv6address
        return False
    try:
        ipaddress.IPv6Address(ip)
    except ValueError:
        return False
    return True


def must(value: T | None, path: str) -> T:
    """Narrow a required field after `check()` (which already rejected None)."""
    if value is None:
        raise _fail([{"path": path, "message": "Required"}])
    return value


def _fail(problems: list[dict[str, str]]) -> ApiError:
    first = problems[0]
    return ApiError(400, "VALIDATION_ERROR", f"Invalid request: {first['path']}: {first['message']}", details=problems)


async def read_body(request: web.Request, *, optional: bool = False) -> Body:
    """Parse the JSON body; an empty body is `{}` when the body is optional."""
    raw = await request.read()
    if not raw.strip():
        if optional:
            return Body({})
        raise _fail([{"path": "body", "message": "Request body must be a JSON object"}])
    try:
        parsed = _json.loads(raw)
    except ValueError:
        raise _fail([{"path": "body", "message": "Malformed JSON"}]) from None
    if not isinstance(parsed, dict):
        raise _fail([{"path": "body", "message": "Request body must be a JSON object"}])
    return Body(parsed)


class _Checker:
    """Shared problem list and raise-at-end behaviour."""

    def __init__(self) -> None:
        self.problems: list[dict[str, str]] = []

    def problem(self, path: str, message: str) -> None:
        """Record one field problem."""
        self.problems.append({"path": path, "message": message})

    def check(self) -> None:
        """Raise VALIDATION_ERROR if anything was recorded."""
        if self.problems:
            raise _fail(self.problems)


class Body(_Checker):
    """Typed accessors over a JSON object body; problems accumulate."""

    def __init__(self, raw: Mapping[str, Any], prefix: str = "") -> None:
        super().__init__()
        self.raw = raw
        self.prefix = prefix

    def has(self, key: str) -> bool:
        """Present and not null."""
        return self.raw.get(key) is not None

    def _path(self, key: str) -> str:
        return f"{self.prefix}{key}"

    def _get(self, key: str, required: bool) -> Any:
        value = self.raw.get(key)
        if value is None and key in self.raw:
            # Optional means "omit it", not "send null" (as a zod .optional() schema
            # rejects null): this catches clients that serialise unset fields.
            self.problem(self._path(key), "Expected a value, received null")
        elif value is None and required:
            self.problem(self._path(key), "Required")
        return value

    def string(
        self,
        key: str,
        *,
        required: bool = False,
        min_len: int = 1,
        max_len: int | None = None,
        choices: Collection[str] | None = None,
    ) -> str | None:
        """A string field with length bounds or a fixed set of values."""
        value = self._get(key, required)
        if value is None:
            return None
        path = self._path(key)
        if not isinstance(value, str):
            self.problem(path, "Expected string")
            return None
        if choices is not None and value not in choices:
            self.problem(path, f"Expected one of: {', '.join(choices)}")
            return None
        if len(value) < min_len:
            self.problem(path, f"String must contain at least {min_len} character(s)")
            return None
        if max_len is not None and len(value) > max_len:
            self.problem(path, f"String must contain at most {max_len} character(s)")
            return None
        return value

    def ident(self, key: str, *, required: bool = False) -> str | None:
        """An id: an opaque non-empty string (design §2), never format-checked; unknown ids are 404s later."""
        return self.string(key, required=required)

    def phone(self, key: str, *, required: bool = False) -> str | None:
        """An E.164 number."""
        value = self.string(key, required=required)
        if value is not None and not is_e164(value):
            self.problem(self._path(key), "Invalid phone number: expected E.164, e.g. +22912345678")
            return None
        return value

    def url(self, key: str, *, required: bool = False) -> str | None:
        """An http(s) URL as the spec has it (`format: uri` + `pattern: '^https?://'`), naming a host.

        No length cap: none is documented, and the whole body is already bounded by `client_max_size`.
        """
        value = self.string(key, required=required)
        if value is None:
            return None
        if not _is_http_url(value):
            self.problem(self._path(key), "Invalid url: expected http(s)://...")
            return None
        return value

    def number(self, key: str, *, required: bool = False, lo: float = -math.inf, hi: float = math.inf) -> float | None:
        """A finite number within [lo, hi] (unbounded by default)."""
        value = self._get(key, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            self.problem(self._path(key), "Expected number")
            return None
        if not lo <= value <= hi:
            self.problem(self._path(key), f"Number must be between {lo} and {hi}")
            return None
        return float(value)

    def obj(self, key: str, *, required: bool = False) -> dict[str, Any] | None:
        """A JSON object field."""
        value = self._get(key, required)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.problem(self._path(key), "Expected object")
            return None
        return value

    def array(
        self, key: str, *, required: bool = False, min_items: int = 0, max_items: int | None = None
    ) -> list[Any] | None:
        """An array field with size bounds (`max_items=None`: no upper bound)."""
        value = self._get(key, required)
        if value is None:
            return None
        path = self._path(key)
        if not isinstance(value, list):
            self.problem(path, "Expected array")
            return None
        if len(value) < min_items:
            self.problem(path, f"Array must contain at least {min_items} element(s)")
            return None
        if max_items is not None and len(value) > max_items:
            self.problem(path, f"Array must contain at most {max_items} element(s)")
            return None
        return value

    def str_list(
        self,
        key: str,
        *,
        required: bool = False,
        min_items: int = 0,
        max_items: int | None = None,
        min_len: int = 1,
        max_len: int | None = None,
        choices: Collection[str] | None = None,
    ) -> list[str] | None:
        """An array of strings (optionally of fixed values); no bound unless given."""
        items = self.array(key, required=required, min_items=min_items, max_items=max_items)
        if items is None:
            return None
        path = self._path(key)
        for index, item in enumerate(items):
            if not isinstance(item, str):
                self.problem(f"{path}.{index}", "Expected string")
                return None
            if len(item) < min_len or (max_len is not None and len(item) > max_len):
                most = f" and at most {max_len}" if max_len is not None else ""
                self.problem(f"{path}.{index}", f"Expected a string of at least {min_len}{most} character(s)")
                return None
            if choices is not None and item not in choices:
                self.problem(f"{path}.{index}", f"Expected one of: {', '.join(choices)}")
                return None
        return items

    def child(self, raw: Mapping[str, Any], prefix: str) -> Body:
        """A nested object sharing this body's problem list."""
        sub = Body(raw, prefix)
        sub.problems = self.problems
        return sub


class Query(_Checker):
    """Typed accessors over query parameters."""

    def __init__(self, request: web.Request) -> None:
        super().__init__()
        self.q = request.query
        self.digits: dict[str, str] = {}

    def json_int(self, key: str, value: int) -> int | _json.Fragment:
        """`value` for a JSON response: as is within 64 bits, else the request's own digits, verbatim.

        orjson refuses integers beyond 64 bits and `str()` refuses very long ones: echoing the digits the
        client sent keeps a huge page number exact.
        """
        if -(2**63) <= value < 2**63:
            return value
        return _json.Fragment(self.digits.get(key, "0"))

    def integer(self, key: str, *, default: int, lo: int, hi: int | None) -> int:
        """An integer within [lo, hi] (400 outside, no silent clamping); `hi=None` means unbounded.

        Only plain decimal integers (`-?[0-9]+`) count: Python's `int()` would also take `1_000`, spaces or
        non-ASCII digits, which a JSON Schema `integer` does not. Any size is accepted (`page=10**30` is a
        valid page number: an empty page, see `json_int`).
        """
        text = self.q.get(key)
        if text is None:
            return default
        match = _INTEGER.fullmatch(text)
        if match is None:
            self.problem(key, "Expected integer")
            return default
        sign, digits = match.groups()
        digits = digits.lstrip("0") or "0"
        self.digits[key] = sign + digits
        value = 0
        # Chunked: int() refuses strings above sys.get_int_max_str_digits() (4300 by default).
        for start in range(0, len(digits), _CHUNK):
            chunk = digits[start : start + _CHUNK]
            value = value * 10 ** len(chunk) + int(chunk)
        value = -value if sign else value
        if value < lo or (hi is not None and value > hi):
            self.problem(key, f"Number must be between {lo} and {hi}" if hi is not None else f"Number must be >= {lo}")
            return default
        return value

    def string(
        self, key: str, *, min_len: int = 1, max_len: int | None = None, choices: Collection[str] | None = None
    ) -> str | None:
        """An optional string parameter (no upper length bound unless given)."""
        value = self.q.get(key)
        if value is None:
            return None
        if choices is not None and value not in choices:
            self.problem(key, f"Expected one of: {', '.join(choices)}")
            return None
        if len(value) < min_len or (max_len is not None and len(value) > max_len):
            bounds = f"between {min_len} and {max_len}" if max_len is not None else f"at least {min_len}"
            self.problem(key, f"Length must be {bounds}")
            return None
        return value

    def ident(self, key: str) -> str | None:
        """An optional id filter: an opaque non-empty string, never format-checked."""
        return self.string(key)
