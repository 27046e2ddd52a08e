"""The only module that imports aiohttp: one HTTP exchange, read in full, with failures classified.

It does not retry or parse models: it reports what happened (did the request leave; did a response start)
and leaves the decision to `_retry.decide`.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

import aiohttp
import attrs
from multidict import CIMultiDict, CIMultiDictProxy
from yarl import URL

from ._deadlines import ReadDeadlines
from ._errors import ClientStateError
from ._settings import ApiKey, Timeouts

if TYPE_CHECKING:
    from ._limiter import RateLimiter
from ._version import __version__

try:  # orjson is optional (the `speed` extra); the stdlib json is the fallback.
    import orjson

    _loads: Any = orjson.loads

    def encode_json(value: object) -> bytes:
        """A request body's bytes (the engine encodes each call's body once, before any attempt)."""
        return orjson.dumps(value)

except ImportError:  # pragma: no cover - exercised only without the extra
    _loads = json.loads

    def encode_json(value: object) -> bytes:
        """A request body's bytes (the engine encodes each call's body once, before any attempt)."""
        return json.dumps(value, separators=(",", ":")).encode()


logger = logging.getLogger("msgflash_async")
USER_AGENT: Final = f"msgflash-async/{__version__} aiohttp/{aiohttp.__version__}"


_UNDECODED: Final = object()


@attrs.frozen(slots=True)
class RawResponse:
    """A fully read response: status, headers (case-insensitive), bytes, and `json`, the body decoded.

    `json` is decoded on first use: the SDK reads it while structuring the body, with the collector paused
    once for both, and lets it go once the typed result is built (read it again, it is decoded again).
    """

    status: int
    headers: Mapping[str, str]
    content: bytes
    operation_id: str
    is_json: bool = attrs.field(repr=False)  # the content type says JSON
    _decoded: object = attrs.field(default=_UNDECODED, init=False, eq=False, repr=False)

    @property
    def json(self) -> object:
        """The body decoded as JSON; None when it is empty, not JSON by its content type, or malformed."""
        decoded = self._decoded
        if decoded is _UNDECODED:
            decoded = _decode(self.content) if self.is_json else None
            object.__setattr__(self, "_decoded", decoded)
        return decoded

    def _release_json(self) -> None:
        """Let go of the decoded body; a later `json` decodes it again (a typed result keeps what it took)."""
        object.__setattr__(self, "_decoded", _UNDECODED)


@attrs.frozen(slots=True)
class RequestHeaders:
    """The headers of every request of one client, built once: without a body, and with a JSON body.

    They are read-only `CIMultiDictProxy`s because aiohttp copies a multidict as it is, where a plain dict
    is converted on every request first.
    """

    plain: CIMultiDictProxy[str]
    json: CIMultiDictProxy[str]

    @classmethod
    def build(cls, key: ApiKey, team_id: str | None, extra: Mapping[str, str] | None = None) -> RequestHeaders:
        # `extra` never names these (check_extra_headers); our User-Agent means aiohttp adds none of its own.
        plain = CIMultiDict(
            {**(extra or {}), "x-api-key": key.value, "Accept": "application/json", "User-Agent": USER_AGENT}
        )
        if team_id is not None:
            plain["X-Team-Id"] = team_id
        with_body = CIMultiDict(plain)
        with_body["Content-Type"] = "application/json"
        return cls(CIMultiDictProxy(plain), CIMultiDictProxy(with_body))

    def __repr__(self) -> str:
        return "RequestHeaders(<hidden: they carry the API key>)"


class TransportFailure(Exception):  # noqa: N818 (internal report, never raised to users)
    """An exchange that got no complete response, and the facts the retry decision needs.

    `left`: the request may have left this process (False only when no connection was made).
    `response_started`: a status line arrived before the failure (the server certainly saw the request).
    """

    def __init__(self, description: str, *, left: bool, response_started: bool, timed_out: bool) -> None:
        super().__init__(description)
        self.description = description
        self.left = left
        self.response_started = response_started
        self.timed_out = timed_out


#: aiohttp errors raised before any byte of the request was written: no connection was ever made.
_NOT_SENT: Final = (
    aiohttp.ClientConnectorError,  # refused, DNS, TLS handshake and certificate errors, proxy connect
    aiohttp.ConnectionTimeoutError,  # the sock_connect timeout
    aiohttp.ServerFingerprintMismatch,  # checked on connect, before the request is written
    aiohttp.ClientHttpProxyError,  # the proxy refused the tunnel: the server never saw the request
    aiohttp.InvalidURL,
    aiohttp.NonHttpUrlClientError,
)


class Transport:
    """Owns (or borrows) one `aiohttp.ClientSession`, created lazily inside the running loop.

    It also knows the calls in flight, so that `aclose()` can let them finish for a grace period, then
    cut them short with `ClientStateError` instead of waiting on them forever.
    """

    __slots__ = (
        "_aborted",
        "_base_url",
        "_closed",
        "_deadlines",
        "_idle",
        "_in_flight",
        "_loop",
        "_middlewares",
        "_owns_session",
        "_session",
        "_timeouts",
        "_urls",
    )

    def __init__(self, base_url: URL, session: aiohttp.ClientSession | None) -> None:
        self._base_url = base_url
        self._session = session
        self._owns_session = session is None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._closed = False
        # Read timeouts kept by one timer, for a session of our own (its connector reports connections);
        # a borrowed session's requests keep aiohttp's `sock_read`.
        self._deadlines = ReadDeadlines()
        self._timeouts: dict[tuple[Timeouts, bool], aiohttp.ClientTimeout] = {}
        self._urls: dict[str, URL] = {}
        self._in_flight: set[asyncio.Task[Any]] = set()
        self._aborted: set[asyncio.Task[Any]] = set()
        self._idle: asyncio.Event | None = None
        # A borrowed session's own middlewares: passing ours per request would otherwise replace them.
        self._middlewares: tuple[Any, ...] = tuple(getattr(session, "_middlewares", None) or ())

    async def send(
        self,
        *,
        operation_id: str,
        method: str,
        path: str,
        params: tuple[tuple[str, str], ...],
        data: bytes | None,
        headers: RequestHeaders,
        timeouts: Timeouts,
        limiter: RateLimiter | None,
        task: asyncio.Task[Any] | None,
    ) -> RawResponse:
        """Send one request and read its whole body; raise `TransportFailure` when no complete response came.

        `task` is the calling task, as `enter()` found it (the read timeout cancels it when its time is up).
        """
        session = self._session_for_this_loop(task)
        deadlines, timed = self._deadlines, None  # `timed`: the task whose read timeout our deadlines keep
        read = timeouts.read if self._owns_session else None  # a lent session keeps aiohttp's sock_read
        if read is not None and task is not None:
            deadlines.expect(task, read)
            timed = task
        timeout = self._timeouts.get((timeouts, timed is None)) or self._client_timeout(timeouts, timed is None)
        url = self._urls.get(path) or self._url(path)
        response_started = False
        try:
            async with session.request(
                method,
                url,
                params=params or None,
                data=data,
                headers=headers.plain if data is None else headers.json,
                timeout=timeout,
                allow_redirects=False,
                # A borrowed session may raise for status; the SDK classifies statuses itself.
                raise_for_status=False,
                middlewares=(*self._middlewares, _ResendsPassTheLimiter(limiter)) if limiter is not None else None,
            ) as response:
                response_started = True
                deadlines.start(timed)  # the body has its own read time
                content = await response.read()
                received = response.headers
                return RawResponse(response.status, received, content, operation_id, _says_json(received))
        except asyncio.CancelledError:
            if timed is None or not deadlines.timed_out(timed):
                raise
            raise TransportFailure(
                f"{method} {path} failed: no response within the read timeout of {timeouts.read} s",
                left=True,  # it had its connection: the request may have been written
                response_started=response_started,
                timed_out=True,
            ) from None
        except (aiohttp.ClientError, TimeoutError) as exc:
            _scrub(exc)
            raise TransportFailure(
                f"{method} {path} failed: {type(exc).__name__}: {exc}",
                left=not isinstance(exc, _NOT_SENT),
                response_started=response_started,
                timed_out=isinstance(exc, TimeoutError),
            ) from exc
        finally:
            if timed is not None:
                deadlines.done(timed)

    def _url(self, path: str) -> URL:
        # Kept per path: a URL object lives as long as its request, and each one alive in flight makes the
        # cyclic collector run more often (measured: a few objects per request cost µs per send in a fan-out).
        # Paths with ids in them are many, so the cache is emptied once it holds _MAX_URLS of them.
        if len(self._urls) >= _MAX_URLS:
            self._urls.clear()
        url = self._urls[path] = self._base_url.with_path(path, encoded=True)
        return url

    def _client_timeout(self, timeouts: Timeouts, aiohttp_reads: bool) -> aiohttp.ClientTimeout:
        # Per attempt: connect and read only. No `total` (the client enforces its own deadline), and no
        # `connect`, which would count the wait for a free pooled connection. `sock_read` only where our
        # ReadDeadlines do not keep the read timeout.
        timeout = aiohttp.ClientTimeout(
            total=None,
            connect=None,
            sock_connect=timeouts.connect,
            sock_read=timeouts.read if aiohttp_reads else None,
        )
        self._timeouts[timeouts, aiohttp_reads] = timeout
        return timeout

    def _session_for_this_loop(self, task: asyncio.Task[Any] | None) -> aiohttp.ClientSession:
        # The running loop is the calling task's: asking the task spares a getpid() system call on Python 3.11.
        loop = task.get_loop() if task is not None else asyncio.get_running_loop()
        if self._closed and task not in self._in_flight:
            # Closing refuses new calls (`enter`); a call in flight has its grace period for every attempt,
            # whatever it waited for first (the limiter, a retry's back-off).
            raise ClientStateError("this MsgFlash client is closed; create a new one")
        if self._loop is None:
            self._loop = loop
        elif self._loop is not loop:
            raise ClientStateError(
                "this MsgFlash client belongs to another event loop; create one client per loop"
                " (e.g. inside your FastAPI lifespan, or per asyncio.run)"
            )
        if self._session is None:
            connector = _Connector(self._deadlines, limit=100, limit_per_host=0, ttl_dns_cache=300)
            # No `skip_auto_headers`: every request carries our User-Agent, so aiohttp adds none, and the
            # option would cost a sort and two multidict copies per request.
            self._session = aiohttp.ClientSession(connector=connector)
        elif self._session.closed:
            raise ClientStateError("the aiohttp session passed to MsgFlash(session=…) is closed")
        return self._session

    def enter(self) -> asyncio.Task[Any] | None:
        """Register the calling task as a call in flight (refused once closing)."""
        if self._closed:
            raise ClientStateError("this MsgFlash client is closed; create a new one")
        task = asyncio.current_task()
        if task is not None:
            self._in_flight.add(task)
        return task

    def leave(self, task: asyncio.Task[Any] | None) -> None:
        """The call of `task` is over."""
        if task is not None:
            self._in_flight.discard(task)
            if self._idle is not None and not self._in_flight:
                self._idle.set()

    def was_aborted(self, task: asyncio.Task[Any] | None) -> bool:
        """Whether `aclose()` (and nothing else) cancelled `task`; if so the cancellation is withdrawn."""
        if task is None or task not in self._aborted:
            return False
        self._aborted.discard(task)
        return task.uncancel() == 0  # someone else also cancelled it: let their cancellation through

    async def aclose(self, grace: float) -> None:
        """Refuse new calls, give those in flight `grace` seconds, cut the rest short, then close. Idempotent.

        A borrowed session stays open.
        """
        self._closed = True
        if self._in_flight and asyncio.current_task() not in self._in_flight:
            self._idle = self._idle or asyncio.Event()
            if not await _wait(self._idle, grace):
                for task in self._in_flight:
                    self._aborted.add(task)
                    task.cancel()
                await _wait(self._idle, _UNWIND)  # the cancelled calls unwind at their next await
        self._in_flight.clear()  # any call still here was cut short: none may open a new session
        self._deadlines.close()
        session, self._session = self._session, None
        if session is not None and self._owns_session and not session.closed:
            await session.close()


_MAX_URLS: Final = 1024
_UNWIND: Final = 5.0  # seconds a cancelled call may take to unwind (it only runs its finally blocks)


async def _wait(event: asyncio.Event, seconds: float) -> bool:
    try:
        async with asyncio.timeout(seconds):
            await event.wait()
    except TimeoutError:
        return False
    return True


class _Connector(aiohttp.TCPConnector):
    """The connector of a session of our own: tells the read deadlines when a request has its connection
    (waiting for a pooled connection and connecting are not reading)."""

    def __init__(self, deadlines: ReadDeadlines, **options: Any) -> None:
        super().__init__(**options)
        self._deadlines = deadlines

    async def connect(
        self,
        req: aiohttp.ClientRequest,
        traces: list[Any],
        timeout: aiohttp.ClientTimeout,  # noqa: ASYNC109 (aiohttp's signature)
    ) -> aiohttp.connector.Connection:
        connection = await super().connect(req, traces, timeout)
        _read_in_heap_sized_chunks(connection.transport)
        # With the loop named, `current_task` skips its running-loop lookup (a getpid() system call on 3.11).
        self._deadlines.start(asyncio.current_task(self._loop))
        return connection


#: Bytes asked for by each read of a response on our own connections. asyncio asks for 256 KiB, above glibc's
#: default threshold (128 KiB) for serving an allocation with mmap(): each read, even of a 200-byte response,
#: then maps a fresh buffer, remaps it to its size and unmaps it, and takes two page faults (in a fan-out,
#: three system calls and two faults per response; docs/internals/design-notes.md). The threshold rises once
#: a larger mapped block is freed, so whether a process pays depends on what it did before; 64 KiB buffers
#: come from the heap either way. A larger body takes a few more reads.
_READ_SIZE: Final = 64 * 1024


def _read_in_heap_sized_chunks(transport: asyncio.BaseTransport | None) -> None:
    """Have asyncio read this connection `_READ_SIZE` bytes at a time (a pooled connection's next requests
    find it so already).

    asyncio's own transports have the read size as `max_size`: the socket transport's, or over TLS the SSL
    protocol's, which reads the decrypted bytes. Other loops' transports (uvloop's) have none: left as they are.
    """
    reader = getattr(transport, "_ssl_protocol", transport)
    if getattr(reader, "max_size", 0) > _READ_SIZE:
        reader.max_size = _READ_SIZE  # type: ignore[union-attr]


class _ResendsPassTheLimiter:
    """aiohttp middleware: the first send was let out by the client; any re-send aiohttp makes on its own
    (a GET, PUT or DELETE whose pooled connection turned out dead) waits for the limiter too."""

    __slots__ = ("_limiter", "_sends")

    def __init__(self, limiter: RateLimiter) -> None:
        self._limiter = limiter
        self._sends = 0

    async def __call__(
        self, request: aiohttp.ClientRequest, handler: aiohttp.ClientHandlerType
    ) -> aiohttp.ClientResponse:
        self._sends += 1
        if self._sends == 1:
            return await handler(request)
        token = await self._limiter.acquire()
        started = time.perf_counter()
        try:
            return await handler(request)
        finally:
            self._limiter.completed(token, time.perf_counter() - started)


def _scrub(exc: BaseException) -> None:
    """Mask the API key in aiohttp's copies of our request headers, through the whole cause chain."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        info = getattr(current, "request_info", None)
        if isinstance(info, aiohttp.RequestInfo) and "x-api-key" in info.headers:
            masked = CIMultiDict(info.headers)
            masked["x-api-key"] = "<hidden>"
            clean = aiohttp.RequestInfo(info.url, info.method, CIMultiDictProxy(masked), info.real_url)
            current.request_info = clean  # type: ignore[attr-defined]
            current.args = tuple(clean if arg is info else arg for arg in current.args)
        current = current.__cause__ or current.__context__


def _says_json(headers: Mapping[str, str]) -> bool:
    """Whether the media type names JSON (`application/json`, `…+json`), read straight from the header:
    aiohttp's `content_type` parses every parameter of it, for every response."""
    return "json" in headers.get("Content-Type", "").partition(";")[0].lower()


def _decode(content: bytes) -> object:
    if not content:
        return None
    try:
        return _loads(content)
    except ValueError:
        return None  # a truncated or malformed body: the caller reports it with the status
