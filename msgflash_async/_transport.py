"""The only module that imports aiohttp: one HTTP exchange, read in full, with failures classified.

It does not retry or parse models: it reports what happened precisely enough (was anything sent?) for the
client to decide safely.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Mapping
from typing import Any, Final

import aiohttp
import attrs
from yarl import URL

from ._errors import APIConnectionError, APITimeoutError, ClientStateError
from ._settings import ApiKey, Timeouts
from ._version import __version__

try:  # orjson is optional (the `speed` extra); the stdlib json is the fallback.
    import orjson

    _loads: Any = orjson.loads

    def _dumps(value: object) -> bytes:
        return orjson.dumps(value)

except ImportError:  # pragma: no cover - exercised only without the extra
    _loads = json.loads

    def _dumps(value: object) -> bytes:
        return json.dumps(value, separators=(",", ":")).encode()


logger = logging.getLogger("msgflash_async")
USER_AGENT: Final = f"msgflash-async/{__version__} aiohttp/{aiohttp.__version__}"


@attrs.frozen(slots=True)
class RawResponse:
    """A fully read response: status, headers (case-insensitive), bytes, and the decoded JSON (None if not JSON)."""

    status: int
    headers: Mapping[str, str]
    content: bytes
    json: object
    operation_id: str


@attrs.frozen(slots=True)
class RequestHeaders:
    """The headers of every request of one client, built once: without a body, and with a JSON body."""

    plain: Mapping[str, str]
    json: Mapping[str, str]

    @classmethod
    def build(cls, key: ApiKey, team_id: str | None) -> RequestHeaders:
        plain = {"x-api-key": key.value, "Accept": "application/json", "User-Agent": USER_AGENT}
        if team_id is not None:
            plain["X-Team-Id"] = team_id
        return cls(plain, {**plain, "Content-Type": "application/json"})

    def __repr__(self) -> str:
        return "RequestHeaders(<hidden: they carry the API key>)"


class NeverSent(Exception):  # noqa: N818 (internal signal)
    """The request certainly did not reach the server (refused, DNS, connect timeout): safe to retry."""

    def __init__(self, error: APIConnectionError) -> None:
        super().__init__(str(error))
        self.error = error


class Transport:
    """Owns (or borrows) one `aiohttp.ClientSession`, created lazily inside the running loop."""

    __slots__ = ("_base_url", "_closed", "_loop", "_owns_session", "_session", "_timeouts")

    def __init__(self, base_url: URL, session: aiohttp.ClientSession | None) -> None:
        self._base_url = base_url
        self._session = session
        self._owns_session = session is None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._closed = False
        self._timeouts: dict[Timeouts, aiohttp.ClientTimeout] = {}

    async def send(
        self,
        *,
        operation_id: str,
        method: str,
        path: str,
        params: tuple[tuple[str, str], ...],
        body: object | None,
        headers: RequestHeaders,
        timeouts: Timeouts,
    ) -> RawResponse:
        """Send one request and read its whole body; raise `NeverSent` or `APIConnectionError` on failure."""
        session = self._session_for_this_loop()
        data = None if body is None else _dumps(body)
        timeout = self._timeouts.get(timeouts) or self._client_timeout(timeouts)
        url = self._base_url.with_path(path, encoded=True)
        try:
            async with session.request(
                method,
                url,
                params=params or None,
                data=data,
                headers=headers.plain if data is None else headers.json,
                timeout=timeout,
                allow_redirects=False,
            ) as response:
                content = await response.read()
                return RawResponse(response.status, response.headers, content, _decode(response, content), operation_id)
        except (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError) as exc:
            error = _connection_error(exc, may_have_been_sent=False, method=method, path=path)
            error.__cause__ = exc
            raise NeverSent(error) from exc
        except aiohttp.ClientError as exc:
            raise _connection_error(exc, may_have_been_sent=method == "POST", method=method, path=path) from exc

    def _client_timeout(self, timeouts: Timeouts) -> aiohttp.ClientTimeout:
        # Per attempt: connect and read only. No `total` (the client enforces its own deadline), and no
        # `connect`, which would count the wait for a free pooled connection.
        timeout = aiohttp.ClientTimeout(
            total=None, connect=None, sock_connect=timeouts.connect, sock_read=timeouts.read
        )
        self._timeouts[timeouts] = timeout
        return timeout

    def _session_for_this_loop(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        if self._closed:
            raise ClientStateError("this MsgFlash client is closed; create a new one")
        if self._loop is None:
            self._loop = loop
        elif self._loop is not loop:
            raise ClientStateError(
                "this MsgFlash client belongs to another event loop; create one client per loop"
                " (e.g. inside your FastAPI lifespan, or per asyncio.run)"
            )
        if self._session is None:
            connector = aiohttp.TCPConnector(limit=100, limit_per_host=0, ttl_dns_cache=300)
            self._session = aiohttp.ClientSession(connector=connector, skip_auto_headers=("User-Agent",))
        elif self._session.closed:
            raise ClientStateError("the aiohttp session passed to MsgFlash(session=…) is closed")
        return self._session

    async def aclose(self) -> None:
        """Close the session if we created it; a borrowed session stays open. Idempotent."""
        self._closed = True
        session, self._session = self._session, None
        if session is not None and self._owns_session and not session.closed:
            await session.close()


def _decode(response: aiohttp.ClientResponse, content: bytes) -> object:
    if not content or "json" not in (response.content_type or ""):
        return None
    try:
        return _loads(content)
    except ValueError:
        return None  # a truncated or malformed body: the caller reports it with the status


def _connection_error(exc: BaseException, *, may_have_been_sent: bool, method: str, path: str) -> APIConnectionError:
    kind = APITimeoutError if isinstance(exc, asyncio.TimeoutError | aiohttp.ServerTimeoutError) else APIConnectionError
    what = type(exc).__name__
    return kind(f"{method} {path} failed: {what}: {exc}", may_have_been_sent=may_have_been_sent)
