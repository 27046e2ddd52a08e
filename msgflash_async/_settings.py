"""Client settings, validated before any I/O: key kind, team scope, base URL, timeouts, retries."""

from __future__ import annotations

import ipaddress
import math
import os
import re
import uuid
from collections.abc import Mapping
from typing import Final

import attrs
from yarl import URL

from ._errors import ConfigurationError

DEFAULT_BASE_URL: Final = "https://srv.msgflash.com"
PERSONAL_PREFIX: Final = "msgf_live_"
TEAM_PREFIX: Final = "msgf_team_"
_PERSONAL_KEY = re.compile(r"msgf_live_[0-9a-f]{64}")
_TEAM_KEY = re.compile(r"msgf_team_[A-Za-z0-9]+")


@attrs.frozen(repr=False, eq=False)
class ApiKey:
    """An API key whose repr and str never show more than its prefix and last four characters."""

    value: str
    is_team: bool

    @classmethod
    def parse(cls, raw: object) -> ApiKey:
        """Accept a personal (`msgf_live_` + 64 lowercase hex) or team (`msgf_team_…`) key, or say what is wrong."""
        if not isinstance(raw, str):
            raise ConfigurationError(f"the API key must be a string, not {type(raw).__name__}")
        if not raw:
            raise ConfigurationError("the API key is empty: pass api_key=… or set MSGFLASH_API_KEY")
        if raw != raw.strip() or any(ch.isspace() for ch in raw):
            raise ConfigurationError("the API key contains spaces or line breaks (a copy-paste slip?)")
        if _PERSONAL_KEY.fullmatch(raw):
            return cls(raw, is_team=False)
        if _TEAM_KEY.fullmatch(raw):
            return cls(raw, is_team=True)
        raise ConfigurationError(_describe_bad_key(raw))

    @property
    def masked(self) -> str:
        """`msgf_live_…a1b2`: enough to tell keys apart in a log, never enough to use."""
        prefix = TEAM_PREFIX if self.is_team else PERSONAL_PREFIX
        rest = self.value[len(prefix) :]
        # A short (team) key would be half-revealed by its last four characters: show none of it then.
        return f"{prefix}…{rest[-4:]}" if len(rest) >= 16 else f"{prefix}…"

    def __repr__(self) -> str:
        return f"ApiKey({self.masked!r})"

    __str__ = __repr__


def _describe_bad_key(raw: str) -> str:
    # Never echo the key itself: only facts about its shape.
    if raw.startswith(PERSONAL_PREFIX):
        rest = raw[len(PERSONAL_PREFIX) :]
        return (
            f"a personal key is msgf_live_ followed by 64 lowercase hex characters; this one has"
            f" {len(rest)} characters after the prefix"
            + ("" if re.fullmatch(r"[0-9a-f]*", rest) else ", not all of them lowercase hex")
        )
    if raw.startswith(TEAM_PREFIX):
        return "a team key is msgf_team_ followed by letters and digits only"
    return "the API key must start with msgf_live_ (personal key) or msgf_team_ (team key)"


def parse_team_id(raw: object, key: ApiKey) -> str | None:
    """A team id goes with a team key and only with one; it must be a UUID (it is sent as a header)."""
    if raw is None or raw == "":
        if key.is_team:
            raise ConfigurationError("a team key (msgf_team_…) needs team_id=… or MSGFLASH_TEAM_ID (the team's UUID)")
        return None
    if not key.is_team:
        raise ConfigurationError(
            "team_id is only used with a team key (msgf_team_…); with a personal key MsgFlash answers"
            " 403 TEAM_KEY_REQUIRED. Drop team_id, or use the team's key."
        )
    if not isinstance(raw, str):
        raise ConfigurationError(f"team_id must be a UUID string, not {type(raw).__name__}")
    try:
        return str(uuid.UUID(raw.strip()))
    except ValueError:
        raise ConfigurationError(
            f"team_id must be a UUID like 3fa85f64-5717-4562-b3fc-2c963f66afa6, got {shown(raw)}"
        ) from None


def parse_base_url(raw: object) -> URL:
    """https only, except on loopback (the sandbox, local proxies); no path, query or credentials."""
    if not isinstance(raw, str) or not raw.strip():
        raise ConfigurationError(f"base_url must be a non-empty string, got {shown(raw)}")
    try:
        url = URL(raw.strip().rstrip("/"))
    except ValueError:
        raise ConfigurationError(f"base_url {shown(raw)} is not a URL") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(f"base_url must be an http(s) URL with a host, got {shown(raw)}")
    if url.user or url.password or url.query_string or url.fragment or url.path not in ("", "/"):
        raise ConfigurationError("base_url takes only scheme, host and port (routes add /api/v1/… themselves)")
    if url.scheme != "https" and not _is_loopback(url.host):
        raise ConfigurationError(
            f"base_url must use https (the key travels in a header); got {url.scheme}://{url.host}"
        )
    return url.with_path("")


_KEY_LIKE = re.compile(r"msgf_(?:live|team)_[A-Za-z0-9]*|[A-Za-z0-9]{24,}")
_RESERVED_HEADERS: Final = frozenset({"x-api-key", "x-team-id", "content-type", "content-length", "host"})


def shown(raw: object) -> str:
    """`raw` as an error message may quote it: short, and with anything that could be a key blanked out.

    A key passed by mistake as another argument (team_id, base_url, …) must not end up in a log.
    """
    if raw is None or isinstance(raw, int | float):
        return repr(raw)
    if not isinstance(raw, str):
        return f"a {type(raw).__name__}"
    text = _KEY_LIKE.sub(_blank, raw[:60])
    return repr(text) + (" (an API key? it goes in api_key=…)" if _KEY_LIKE.search(raw) and "msgf_" in raw else "")


def _blank(match: re.Match[str]) -> str:
    return "msgf_…" if match.group().startswith("msgf_") else "…"


def check_extra_headers(raw: object) -> Mapping[str, str]:
    """Extra request headers: string names and values without line breaks, and none the SDK owns."""
    if not isinstance(raw, Mapping):
        raise ConfigurationError(f"extra_headers must be a mapping of header names to values, got {shown(raw)}")
    headers: dict[str, str] = {}
    for name, value in raw.items():
        if not isinstance(name, str) or not re.fullmatch(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+", name):
            raise ConfigurationError(f"extra_headers: {shown(name)} is not a valid header name")
        if name.lower() in _RESERVED_HEADERS:
            raise ConfigurationError(f"extra_headers may not set {name}: the client sets it itself")
        if not isinstance(value, str) or "\r" in value or "\n" in value:
            raise ConfigurationError(f"extra_headers: the value of {name} must be a string without line breaks")
        headers[name] = value
    return headers


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@attrs.frozen(cache_hash=True)  # the transport looks its aiohttp timeout up by it, per request
class Timeouts:
    """Per-attempt `connect` and `read` limits, and an optional `total` deadline for the whole call.

    `read` counts from when the request has its connection until the status line and headers have come, and
    again from then until the whole body has come. Time spent waiting for the rate limiter or for a free
    pooled connection counts only toward `total`.
    """

    connect: float | None = 10.0
    read: float | None = 30.0
    total: float | None = None

    def __attrs_post_init__(self) -> None:
        for name in ("connect", "read", "total"):
            value = getattr(self, name)
            if value is not None and not is_positive_number(value):
                raise ConfigurationError(
                    f"Timeouts.{name} must be a positive number of seconds or None, got {shown(value)}"
                )

    @classmethod
    def coerce(cls, value: Timeouts | float | None) -> Timeouts:
        """`timeout=5` means 5 s to connect, 5 s for the headers and for the body, and at most 5 s in all."""
        if isinstance(value, Timeouts):
            return value
        if value is None:
            return cls(connect=None, read=None, total=None)
        return cls(connect=value, read=value, total=value)


def env_value(name: str, environ: Mapping[str, str] | None = None) -> str | None:
    """An environment variable, treating an empty value as unset."""
    value = (os.environ if environ is None else environ).get(name)
    return value or None


def is_positive_number(value: object) -> bool:
    """A real, finite, positive int or float (bool is an int in Python, never a number of seconds here;
    `inf` or `10**400` requests per second would overflow the limiter's arithmetic)."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return False
    try:
        return math.isfinite(float(value)) and value > 0
    except OverflowError:
        return False
