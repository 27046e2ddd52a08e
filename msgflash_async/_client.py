"""`MsgFlash`, the async client: settings checked up front, every route a typed method, safe retries."""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import itertools
import logging
import time
from collections.abc import AsyncGenerator, AsyncIterable, Callable, Iterable, Iterator, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, Self, TypeVar, final

from ._converter import check_query_bounds, structure, unstructure
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ConfigurationError,
    QuotaExceededError,
    RateLimitError,
    ResponseValidationError,
    TeamScopeError,
    error_class,
)
from ._generated.operations import CREATES, PERSONAL_KEY_ONLY, QUERY_BOUNDS
from ._generated.resources import Resources
from ._limiter import QuotaAwareLimiter, RateLimiter, shared_limiter
from ._operation import Parser, Request, UnexpectedStatus
from ._pagination import AsyncPaginator, CursorPage, NumberedPage, cursor_advance, page_advance
from ._retry import delay_before_retry, should_retry
from ._settings import DEFAULT_BASE_URL, ApiKey, Timeouts, env_value, is_positive_number, parse_base_url, parse_team_id
from ._transport import NeverSent, RawResponse, RequestHeaders, Transport
from .bulk import SendResult, send_many

if TYPE_CHECKING:
    import aiohttp
    from yarl import URL

    from ._generated.unions import SendMessageRequest

T = TypeVar("T")
CP = TypeVar("CP", bound=CursorPage)
NP = TypeVar("NP", bound=NumberedPage)

logger = logging.getLogger("msgflash_async")
DEFAULT_RATE_LIMIT: Final = 10.0
_captured: contextvars.ContextVar[list[RawResponse] | None] = contextvars.ContextVar("msgflash_captured", default=None)
_UNSET: Any = object()


@final
class MsgFlash(Resources):
    """The MsgFlash API client.

    ```python
    async with MsgFlash() as mf:  # MSGFLASH_API_KEY (and MSGFLASH_TEAM_ID for a team key) from the environment
        async for contact in mf.contacts.list(limit=100):
            ...
    ```

    Args:
        api_key: `msgf_live_…` (personal) or `msgf_team_…` (team); default `MSGFLASH_API_KEY`.
        team_id: the team's UUID, required with a team key and refused with a personal one;
            default `MSGFLASH_TEAM_ID`.
        base_url: default `MSGFLASH_BASE_URL`, else `https://srv.msgflash.com`. https unless loopback.
        timeout: a `Timeouts`, or seconds for connect, read and total alike.
        max_retries: retries per call for failures that are safe to retry (see README, Retries).
        rate_limit: requests per second for this key, shared by every client of the key in the
            process (default 10, MsgFlash's limit); a `RateLimiter` of your own; or None for none.
        session: an `aiohttp.ClientSession` to borrow; it is never closed by the client.

    Raises:
        ConfigurationError: before any I/O, for a missing or malformed key, team id or base URL.
    """

    __slots__ = ("_engine", "_owner")

    def __init__(
        self,
        api_key: str | None = None,
        *,
        team_id: str | None = None,
        base_url: str | None = None,
        timeout: Timeouts | float | None = Timeouts(),  # noqa: B008 (frozen, safe as a default)
        max_retries: int = 2,
        rate_limit: float | RateLimiter | None = DEFAULT_RATE_LIMIT,
        session: aiohttp.ClientSession | None = None,
    ) -> None:
        key = ApiKey.parse(api_key if api_key is not None else env_value("MSGFLASH_API_KEY") or "")
        team = parse_team_id(team_id if team_id is not None else env_value("MSGFLASH_TEAM_ID"), key)
        url = parse_base_url(base_url if base_url is not None else env_value("MSGFLASH_BASE_URL") or DEFAULT_BASE_URL)
        limiter = _limiter_for(key, rate_limit)
        engine = _Engine(
            key, team, Timeouts.coerce(timeout), _check_retries(max_retries), limiter, Transport(url, session), url
        )
        self._init(engine, owner=True)

    def _init(self, engine: _Engine, *, owner: bool) -> None:
        self._engine = engine
        self._owner = owner
        Resources.__init__(self, engine)

    def with_options(
        self,
        *,
        team_id: str | None = _UNSET,
        timeout: Timeouts | float | None = _UNSET,
        max_retries: int = _UNSET,
    ) -> MsgFlash:
        """A cheap copy with other options, sharing this client's session and rate limiter.

        Closing the copy does nothing; closing the original closes the shared session.
        """
        engine = self._engine
        changed = _Engine(
            engine.key,
            engine.team_id if team_id is _UNSET else parse_team_id(team_id, engine.key),
            engine.timeouts if timeout is _UNSET else Timeouts.coerce(timeout),
            engine.max_retries if max_retries is _UNSET else _check_retries(max_retries),
            engine.limiter,
            engine.transport,
            engine.base_url,
        )
        copy = MsgFlash.__new__(MsgFlash)
        copy._init(changed, owner=False)
        return copy

    def send_many(
        self,
        messages: Iterable[SendMessageRequest] | AsyncIterable[SendMessageRequest],
        *,
        concurrency: int = 32,
    ) -> AsyncGenerator[SendResult, None]:
        """Send a stream of messages, `concurrency` at a time; one `SendResult` per input (see `bulk`).

        ```python
        async for result in mf.send_many(SendTextMessage(...) for row in rows):
            if result.outcome != "sent":
                log(result.index, result.outcome, result.error)
        ```
        """
        return send_many(self, messages, concurrency=concurrency)

    @contextlib.contextmanager
    def capture_responses(self) -> Iterator[list[RawResponse]]:
        """Collect the raw responses (status, headers, bytes, decoded JSON) of the calls made inside the block.

        ```python
        with mf.capture_responses() as responses:
            instance = await mf.instances.get(instance_id)
        print(responses[-1].status, responses[-1].headers)
        ```
        Per task (a context variable), so concurrent calls elsewhere do not mix in.
        """
        captured: list[RawResponse] = []
        token = _captured.set(captured)
        try:
            yield captured
        finally:
            _captured.reset(token)

    async def aclose(self) -> None:
        """Close the HTTP session (if this client created it). Idempotent; copies from `with_options` no-op."""
        if self._owner:
            await self._engine.transport.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        engine = self._engine
        team = f", team_id={engine.team_id!r}" if engine.team_id else ""
        return f"MsgFlash(api_key={engine.key.masked!r}{team}, base_url={str(engine.base_url)!r})"


def _check_retries(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ConfigurationError(f"max_retries must be a non-negative integer, got {value!r}")
    return value


def _limiter_for(key: ApiKey, rate_limit: float | RateLimiter | None) -> RateLimiter | None:
    if rate_limit is None or isinstance(rate_limit, RateLimiter):
        return rate_limit
    if not is_positive_number(rate_limit):
        raise ConfigurationError(
            f"rate_limit must be positive requests per second, a RateLimiter, or None; got {rate_limit!r}"
        )
    return shared_limiter(key.value, float(rate_limit))


@final
class _Engine:
    """The `Caller` behind every generated resource: limiter, transport, error mapping, retries, parsing."""

    __slots__ = ("base_url", "headers", "key", "limiter", "max_retries", "team_id", "timeouts", "transport")

    def __init__(
        self,
        key: ApiKey,
        team_id: str | None,
        timeouts: Timeouts,
        max_retries: int,
        limiter: RateLimiter | None,
        transport: Transport,
        base_url: URL,
    ) -> None:
        self.key = key
        self.team_id = team_id
        self.timeouts = timeouts
        self.max_retries = max_retries
        self.limiter = limiter
        self.transport = transport
        self.base_url = base_url
        self.headers = RequestHeaders.build(key, team_id)

    async def call(self, request: Request, parse: Parser[T], /) -> T:
        """One API call: checked locally, sent (and retried when safe) within the total deadline, parsed."""
        self._refuse_locally(request)
        body = unstructure(request.body) if request.body is not None else None
        if self.timeouts.total is None:
            return self._parse(await self._send_with_retries(request, body), parse)
        try:
            async with asyncio.timeout(self.timeouts.total):
                response = await self._send_with_retries(request, body)
        except TimeoutError as exc:
            raise APITimeoutError(
                f"{request.method} {request.path} exceeded its total timeout of {self.timeouts.total} s",
                may_have_been_sent=request.operation_id in CREATES,
            ) from exc
        return self._parse(response, parse)

    def _refuse_locally(self, request: Request) -> None:
        check_query_bounds(request.params, QUERY_BOUNDS.get(request.operation_id, {}))
        if self.key.is_team and request.operation_id in PERSONAL_KEY_ONLY:
            raise TeamScopeError(
                f"{request.method} {request.path} takes a personal key only (refused locally; nothing was sent)",
                status=403,
                code="TEAM_KEY_NOT_ALLOWED",
            )

    async def _send_with_retries(self, request: Request, body: object) -> RawResponse:
        for attempt in itertools.count():
            try:
                return await self._attempt(request, body)
            except NeverSent as never:
                error: APIStatusError | APIConnectionError = never.error
                retryable = True  # it never reached the server, whatever the method
            except (APIStatusError, APIConnectionError) as exc:
                error, retryable = exc, should_retry(exc, method=request.method)
            if isinstance(error, QuotaExceededError) and isinstance(limiter := self.limiter, QuotaAwareLimiter):
                limiter.quota_exceeded(error)  # a shared limiter stops every process of the key
            if attempt >= self.max_retries or not retryable:
                raise error
            delay = delay_before_retry(error, attempt)
            logger.info("retrying %s %s in %.2fs after %s", request.method, request.path, delay, type(error).__name__)
            if isinstance(error, RateLimitError) and self.limiter is not None:
                self.limiter.pause(delay)  # every task of this key waits, and acquire() does the waiting
            else:
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    async def _attempt(self, request: Request, body: object) -> RawResponse:
        token = await self.limiter.acquire() if self.limiter is not None else None
        started = time.perf_counter()
        try:
            response = await self.transport.send(
                operation_id=request.operation_id,
                method=request.method,
                path=request.path,
                params=request.params,
                body=body,
                headers=self.headers,
                timeouts=self.timeouts,
            )
        finally:
            elapsed = time.perf_counter() - started
            if self.limiter is not None:
                self.limiter.completed(token, elapsed)
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("%s %s -> %d in %.1f ms", request.method, request.path, response.status, elapsed * 1e3)
        captured = _captured.get()
        if captured is not None:
            captured.append(response)
        if response.status >= 400:
            raise self._status_error(request, response)
        return response

    def _status_error(self, request: Request, response: RawResponse) -> APIStatusError:
        code, message, details = _error_parts(response)
        cls = error_class(response.status, code)
        message = message.replace(self.key.value, self.key.masked)
        may_have_been_sent = response.status >= 500 and request.operation_id in CREATES
        return cls(
            message,
            status=response.status,
            code=code,
            details=details,
            headers=response.headers,
            may_have_been_sent=may_have_been_sent,
        )

    @staticmethod
    def _parse(response: RawResponse, parse: Parser[T]) -> T:
        if response.json is None:
            raise ResponseValidationError("the success response is not a JSON body", status=response.status)
        try:
            return parse(response.status, response.json, structure)
        except UnexpectedStatus:
            raise ResponseValidationError(
                f"undocumented success status {response.status}", status=response.status
            ) from None
        except ResponseValidationError as exc:
            raise ResponseValidationError(exc.reason, status=response.status, path=exc.path) from exc.__cause__

    def paginate_cursor(
        self,
        build: Callable[[str | None], Request],
        parse: Parser[CP],
        items: Callable[[CP], Sequence[T]],
        *,
        start: str | None,
    ) -> AsyncPaginator[T, CP]:
        async def fetch(cursor: int | str | None) -> CP:
            return await self.call(build(cursor if isinstance(cursor, str) else None), parse)

        return AsyncPaginator(fetch, items, cursor_advance, start=start)

    def paginate_pages(
        self,
        build: Callable[[int | None], Request],
        parse: Parser[NP],
        items: Callable[[NP], Sequence[T]],
        *,
        start: int | None,
    ) -> AsyncPaginator[T, NP]:
        async def fetch(page: int | str | None) -> NP:
            return await self.call(build(page if isinstance(page, int) else None), parse)

        return AsyncPaginator(fetch, items, lambda: page_advance(items), start=start)


def _error_parts(response: RawResponse) -> tuple[str | None, str, list[object]]:
    """`error.code`, `error.message` and `error.details`, or a description of a body that has none."""
    payload = response.json
    if isinstance(payload, dict) and isinstance(payload.get("error"), dict):
        error = payload["error"]
        code = error.get("code") if isinstance(error.get("code"), str) else None
        message = error.get("message") if isinstance(error.get("message"), str) else "(no message)"
        details = error.get("details") if isinstance(error.get("details"), list) else []
        return code, message, details
    kind = response.headers.get("content-type", "no content type")
    return None, f"non-JSON error body ({kind}, {len(response.content)} bytes)", []
