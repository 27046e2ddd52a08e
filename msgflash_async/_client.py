"""`MsgFlash`, the async client: settings checked up front, every route a typed method, safe retries."""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import logging
import time
from collections.abc import AsyncIterable, Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, Self, TypeVar, final

from ._converter import structure, unstructure
from ._errors import (
    AcceptedButUnparsedError,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ClientStateError,
    ConfigurationError,
    QuotaExceededError,
    RateLimitError,
    ResponseValidationError,
    TeamScopeError,
    created_id,
    error_class,
)
from ._gc import without_collection
from ._generated.operations import MAY_DUPLICATE, PERSONAL_KEY_ONLY, ROUTES
from ._generated.resources import Resources
from ._limiter import QuotaAwareLimiter, RateLimiter, shared_limiter
from ._logging import configure_from_env as configure_logging_from_env
from ._operation import Parser, Request, UnexpectedStatus
from ._pagination import CURSOR_ORIGINS, AsyncPaginator, CursorPage, NumberedPage, cursor_advance, page_advance
from ._retry import decide, delay_before_retry
from ._settings import (
    DEFAULT_BASE_URL,
    ApiKey,
    Timeouts,
    check_extra_headers,
    env_value,
    is_positive_number,
    parse_base_url,
    parse_team_id,
    shown,
)
from ._transport import RawResponse, RequestHeaders, Transport, TransportFailure, encode_json
from .hooks import (
    AttemptFinished,
    AttemptStarted,
    CallFinished,
    CallInfo,
    GaveUp,
    GiveUpReason,
    HookChain,
    Hooks,
    RetryScheduled,
)

if TYPE_CHECKING:
    import aiohttp
    from yarl import URL

    from ._generated.unions import SendMessageRequest
    from .bulk import BulkRun, Item, Ledger

T = TypeVar("T")
CP = TypeVar("CP", bound=CursorPage)
NP = TypeVar("NP", bound=NumberedPage)

logger = logging.getLogger("msgflash_async")
configure_logging_from_env()
DEFAULT_RATE_LIMIT: Final = 10.0
_captured: contextvars.ContextVar[list[RawResponse] | None] = contextvars.ContextVar("msgflash_captured", default=None)
DEFAULT_CLOSE_GRACE: Final = 10.0


class _Unchanged:
    """The default of `with_options` arguments: keep this client's value (shown as such by `help()`)."""

    def __repr__(self) -> str:
        return "<unchanged>"


_UNSET: Any = _Unchanged()


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
            process (default 10, MsgFlash's limit; clients of one key asking different rates all get
            the lowest asked for); a `RateLimiter` of your own; or None for none.
        session: an `aiohttp.ClientSession` to borrow; it is never closed by the client. Its
            `raise_for_status` and the like do not apply to the SDK's requests, and its connections
            keep their own settings (aiohttp's `sock_read` for the read timeout, asyncio's read size).
        hooks: `msgflash_async.hooks.Hooks` instances that observe every call and attempt
            (`msgflash_async.otel.OpenTelemetryHooks` traces them).

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
        hooks: Sequence[Hooks] = (),
    ) -> None:
        key = ApiKey.parse(api_key if api_key is not None else env_value("MSGFLASH_API_KEY") or "")
        team = parse_team_id(team_id if team_id is not None else env_value("MSGFLASH_TEAM_ID"), key)
        url = parse_base_url(base_url if base_url is not None else env_value("MSGFLASH_BASE_URL") or DEFAULT_BASE_URL)
        limiter = _limiter_for(key, rate_limit)
        engine = _Engine(
            key,
            team,
            Timeouts.coerce(timeout),
            _check_retries(max_retries),
            limiter,
            Transport(url, session),
            url,
            _hook_chain(hooks),
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
        extra_headers: Mapping[str, str] = _UNSET,
        hooks: Sequence[Hooks] = _UNSET,
    ) -> MsgFlash:
        """A cheap copy with other options, sharing this client's session and rate limiter.

        ```python
        await mf.with_options(timeout=5, extra_headers={"X-Request-Id": rid}).messages.send(message)
        ```
        Every argument left out keeps this client's value. `extra_headers` are sent with every request of
        the copy (they cannot replace the key, the team id or the content headers); `hooks` replace the
        client's hooks. Closing the copy does nothing; closing the original closes the shared session.
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
            engine.hooks if hooks is _UNSET else _hook_chain(hooks),
            engine.extra_headers if extra_headers is _UNSET else check_extra_headers(extra_headers),
        )
        copy = MsgFlash.__new__(MsgFlash)
        copy._init(changed, owner=False)
        return copy

    def send_many(
        self,
        messages: Iterable[SendMessageRequest | Item] | AsyncIterable[SendMessageRequest | Item],
        *,
        concurrency: int = 32,
        ledger: Ledger | None = None,
        resend_failed: bool = False,
    ) -> BulkRun:
        """Send a stream of messages, `concurrency` at a time; one `SendResult` per input (see `bulk`).

        ```python
        async with mf.send_many(Item(row.id, SendTextMessage(...)) for row in rows) as results:
            async for result in results:
                if result.outcome != "accepted":
                    log(result.key, result.outcome, result.error or result.reason)
        ```
        """
        from .bulk import send_many  # loaded on first use: a program that never sends in bulk never imports it

        return send_many(self, messages, concurrency=concurrency, ledger=ledger, resend_failed=resend_failed)

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

    async def aclose(self, *, grace: float = DEFAULT_CLOSE_GRACE) -> None:
        """Close the client: new calls are refused, calls in flight get `grace` seconds to finish, and any
        still running then fail with `ClientStateError` (`may_have_been_sent` says whether they could have
        acted). Then the HTTP session is closed, if this client created it.

        Idempotent; copies from `with_options` no-op (closing the original closes them too).
        """
        if not (is_positive_number(grace) or (grace == 0 and not isinstance(grace, bool))):
            raise ConfigurationError(f"grace must be a non-negative number of seconds, got {shown(grace)}")
        if self._owner:
            await self._engine.transport.aclose(grace)

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
        raise ConfigurationError(f"max_retries must be a non-negative integer, got {shown(value)}")
    return value


def _hook_chain(hooks: Sequence[Hooks]) -> HookChain | None:
    if isinstance(hooks, Hooks):
        hooks = (hooks,)
    return HookChain(hooks) if hooks else None


def _limiter_for(key: ApiKey, rate_limit: float | RateLimiter | None) -> RateLimiter | None:
    if rate_limit is None or isinstance(rate_limit, RateLimiter):
        return rate_limit
    if not is_positive_number(rate_limit):
        raise ConfigurationError(
            f"rate_limit must be positive requests per second, a RateLimiter, or None; got {shown(rate_limit)}"
        )
    return shared_limiter(key.value, float(rate_limit))


@final
class _Engine:
    """The `Caller` behind every generated resource: limiter, transport, error mapping, retries, parsing."""

    __slots__ = (
        "base_url",
        "extra_headers",
        "headers",
        "hooks",
        "key",
        "limiter",
        "max_retries",
        "team_id",
        "timeouts",
        "transport",
    )

    def __init__(
        self,
        key: ApiKey,
        team_id: str | None,
        timeouts: Timeouts,
        max_retries: int,
        limiter: RateLimiter | None,
        transport: Transport,
        base_url: URL,
        hooks: HookChain | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        self.key = key
        self.team_id = team_id
        self.timeouts = timeouts
        self.max_retries = max_retries
        self.limiter = limiter
        self.transport = transport
        self.base_url = base_url
        self.hooks = hooks
        self.extra_headers = extra_headers or {}
        self.headers = RequestHeaders.build(key, team_id, self.extra_headers)

    async def call(self, request: Request, parse: Parser[T], /) -> T:
        """One API call: checked locally, sent (and retried when safe) within the total deadline, parsed."""
        self._refuse_locally(request)
        # Encoded once for every attempt: a retry sends these very bytes, and no body object stays alive in flight.
        data = None if request.body is None else encode_body(request.body)
        task = self.transport.enter()
        state = _CallState(request, task)
        try:
            if self.hooks is None:
                # The response first, then `_parse`: a bound method made before the await would live as long
                # as the request (every object alive in flight makes the cyclic collector run more often).
                response = await self._send(request, data, state)
                return self._parse(response, parse)
            return await self._observed(request, data, state, parse, self.hooks)
        except asyncio.CancelledError:
            if self.transport.was_aborted(task):
                raise ClientStateError(
                    f"{request.method} {request.path} was cut short: the client was closed while it was in flight",
                    may_have_been_sent=state.may_have_been_sent(),
                ) from None
            raise
        finally:
            self.transport.leave(task)

    async def _observed(
        self, request: Request, data: bytes | None, state: _CallState, parse: Parser[T], hooks: HookChain
    ) -> T:
        """`call` with the call-level hook events around it."""
        state.info = CallInfo(request.operation_id, request.method, request.path, state.may_duplicate)
        started = time.perf_counter()
        hooks.on_call_start(state.info)
        error: BaseException | None = None
        try:
            response = await self._send(request, data, state)
            return self._parse(response, parse)
        except BaseException as exc:
            error = exc
            raise
        finally:
            hooks.on_call_end(
                CallFinished(
                    state.info,
                    attempts=state.attempts,
                    retries=max(0, state.attempts - 1),
                    limiter_wait=state.limiter_wait,
                    duration=time.perf_counter() - started,
                    status=state.status,
                    error_code=error.code if isinstance(error, APIStatusError) else None,
                    error=error,
                    may_have_been_sent=error is not None and state.may_have_been_sent(),
                )
            )

    def _send(self, request: Request, data: bytes | None, state: _CallState) -> Awaitable[RawResponse]:
        if self.timeouts.total is None:
            return self._send_with_retries(request, data, state)  # no extra coroutine layer on the hot path
        return self._send_within_deadline(request, data, state, self.timeouts.total)

    async def _send_within_deadline(
        self, request: Request, data: bytes | None, state: _CallState, total: float
    ) -> RawResponse:
        deadline = asyncio.timeout(total)
        try:
            async with deadline:
                return await self._send_with_retries(request, data, state)
        except TimeoutError as exc:
            if not deadline.expired():
                raise  # an attempt's own read or connect timeout, already an APITimeoutError
            error = APITimeoutError(
                f"{request.method} {request.path} exceeded its total timeout of {total} s",
                may_have_been_sent=state.may_have_been_sent(),
                repeat_safe=not state.may_duplicate,
            )
            if self.hooks is not None and state.info is not None:
                self.hooks.on_give_up(GaveUp(state.info, state.attempts, error, "deadline"))
            raise error from exc

    def _refuse_locally(self, request: Request) -> None:
        if self.key.is_team and request.operation_id in PERSONAL_KEY_ONLY:
            raise TeamScopeError(
                f"{request.method} {request.path} takes a personal key only (refused locally; nothing was sent)",
                status=403,
                code="TEAM_KEY_NOT_ALLOWED",
            )

    async def _send_with_retries(self, request: Request, data: bytes | None, state: _CallState) -> RawResponse:
        while True:
            outcome = await self._attempt(request, data, state)
            if isinstance(outcome, RawResponse):
                return outcome
            error, retry = outcome
            if isinstance(error, QuotaExceededError) and isinstance(limiter := self.limiter, QuotaAwareLimiter):
                limiter.quota_exceeded(error)  # a shared limiter stops every process of the key
            if not retry or state.attempts > self.max_retries:
                if self.hooks is not None and state.info is not None:
                    reason: GiveUpReason = "retries_exhausted" if retry else "not_retryable"
                    self.hooks.on_give_up(GaveUp(state.info, state.attempts, error, reason))
                raise error
            delay = delay_before_retry(error, state.attempts - 1)
            logger.info("retrying %s %s in %.2fs after %s", request.method, request.path, delay, type(error).__name__)
            if self.hooks is not None and state.info is not None:
                self.hooks.on_retry(RetryScheduled(state.info, state.attempts, delay, error))
            if isinstance(error, RateLimitError) and self.limiter is not None:
                self.limiter.pause(delay)  # every task of this key waits, and acquire() does the waiting
            else:
                await asyncio.sleep(delay)

    async def _attempt(
        self, request: Request, data: bytes | None, state: _CallState
    ) -> RawResponse | tuple[APIStatusError | APIConnectionError, bool]:
        """One attempt: a response (success), or the error it makes and whether it may be retried."""
        state.attempts += 1
        hooks = self.hooks
        wait = 0.0
        if self.limiter is not None:
            waiting = time.perf_counter()
            token = await self.limiter.acquire()
            started = time.perf_counter()
            wait = started - waiting
            state.limiter_wait += wait
        else:
            token = None
            started = time.perf_counter()
        if hooks is not None and state.info is not None:
            hooks.before_attempt(AttemptStarted(state.info, state.attempts, wait))
        state.in_flight = True
        try:
            response = await self.transport.send(
                operation_id=request.operation_id,
                method=request.method,
                path=request.path,
                params=request.params,
                data=data,
                headers=self.headers,
                timeouts=self.timeouts,
                limiter=self.limiter,
                task=state.task,
            )
        except TransportFailure as failure:
            outcome: RawResponse | tuple[APIStatusError | APIConnectionError, bool] = self._failed(failure, state)
            response = None
        finally:
            elapsed = time.perf_counter() - started
            if self.limiter is not None:
                self.limiter.completed(token, elapsed)
        state.in_flight = False  # not in `finally`: a call cancelled mid-attempt stays "in flight" for its verdict
        if response is not None:
            state.status = response.status
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug("%s %s -> %d in %.1f ms", request.method, request.path, response.status, elapsed * 1e3)
            captured = _captured.get()
            if captured is not None:
                captured.append(response)
            outcome = response if response.status < 400 else self._status_error(request, response, state)
        if hooks is not None and state.info is not None:
            hooks.after_attempt(_finished(state.info, state.attempts, outcome, elapsed))
        return outcome

    def _failed(self, failure: TransportFailure, state: _CallState) -> tuple[APIConnectionError, bool]:
        verdict = decide(left=failure.left, answer=None, may_duplicate=state.may_duplicate)
        state.maybe_sent = state.maybe_sent or verdict.may_have_been_sent
        kind = APITimeoutError if failure.timed_out else APIConnectionError
        error = kind(
            failure.description, may_have_been_sent=verdict.may_have_been_sent, repeat_safe=not state.may_duplicate
        )
        error.__cause__ = failure.__cause__  # aiohttp's exception, its copy of our headers scrubbed
        error.__suppress_context__ = True
        return error, verdict.retry

    def _status_error(self, request: Request, response: RawResponse, state: _CallState) -> tuple[APIStatusError, bool]:
        code, message, details = _error_parts(response)
        cls = error_class(response.status, code)
        verdict = decide(left=True, answer=cls, may_duplicate=state.may_duplicate)
        state.maybe_sent = state.maybe_sent or verdict.may_have_been_sent
        message = message.replace(self.key.value, self.key.masked)
        error = cls(
            message,
            status=response.status,
            code=code,
            details=details,
            headers=response.headers,
            may_have_been_sent=verdict.may_have_been_sent,
            repeat_safe=not state.may_duplicate,
        )
        return error, verdict.retry

    @classmethod
    def _parse(cls, response: RawResponse, parse: Parser[T]) -> T:
        try:
            return without_collection(cls._parse_strictly, response, parse)
        except Exception as exc:
            if ROUTES[response.operation_id][0] != "POST":
                raise
            # A 2xx to a POST (a create or an action) means the API took it: never a failure (README, Errors),
            # not even when it is the SDK's own parsing that broke (then the reason names what it raised).
            if isinstance(exc, ResponseValidationError):
                reason, path = exc.reason, exc.path
            else:
                reason, path = f"{type(exc).__name__}: {exc}", "$"
            raise AcceptedButUnparsedError(
                reason,
                status=response.status,
                path=path,
                id=created_id(response.json, response.content),
                raw=response.content,
            ) from exc

    @staticmethod
    def _parse_strictly(response: RawResponse, parse: Parser[T]) -> T:
        """Decode and structure (the caller pauses the collector for both at once)."""
        payload = response.json
        if payload is None:
            raise ResponseValidationError("the success response is not a JSON body", status=response.status)
        try:
            result = parse(response.status, payload, structure)
        except UnexpectedStatus:
            raise ResponseValidationError(
                f"undocumented success status {response.status}", status=response.status
            ) from None
        except ResponseValidationError as exc:
            raise ResponseValidationError(exc.reason, status=response.status, path=exc.path) from exc.__cause__
        # Let go of the decoded tree while the collector is still paused (this frame's reference goes with the
        # return): it is freed by reference counting, never scanned, and only the typed result is left to scan.
        response._release_json()
        return result

    def paginate_cursor(
        self,
        build: Callable[[str | None], Request],
        parse: Parser[CP],
        items: Callable[[CP], Sequence[T]],
        *,
        start: str | None,
    ) -> AsyncPaginator[T, CP]:
        async def fetch(cursor: int | str | None) -> CP:
            request = build(cursor if isinstance(cursor, str) else None)
            CURSOR_ORIGINS.check(request)  # a cursor keeps its walk's sort and filters
            page = await self.call(request, parse)
            CURSOR_ORIGINS.record(request, page.next_cursor)
            return page

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


def encode_body(body: object) -> bytes:
    """A request body's JSON bytes, as calls send them; `InvalidRequestError` (before any I/O) for anything the
    encoder could not take, which `unstructure` refuses first. Bulk runs check their inputs with it too."""
    return encode_json(unstructure(body))


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


@final
class _CallState:
    """What one call has gone through so far: the facts behind its hook events and its deadline verdict."""

    __slots__ = ("attempts", "in_flight", "info", "limiter_wait", "may_duplicate", "maybe_sent", "status", "task")

    def __init__(self, request: Request, task: asyncio.Task[Any] | None) -> None:
        self.task = task  # the calling task, registered with the transport
        self.may_duplicate = request.operation_id in MAY_DUPLICATE
        self.attempts = 0
        self.in_flight = False  # an attempt is between leaving and its outcome
        self.maybe_sent = False  # some finished attempt could have acted on the server
        self.limiter_wait = 0.0
        self.status: int | None = None
        self.info: CallInfo | None = None  # only with hooks installed

    def may_have_been_sent(self) -> bool:
        """Whether the server could have acted on the call, if it ends now (a 429 refusal alone: no)."""
        return self.maybe_sent or self.in_flight


def _finished(
    info: CallInfo,
    attempt: int,
    outcome: RawResponse | tuple[APIStatusError | APIConnectionError, bool],
    elapsed: float,
) -> AttemptFinished:
    if isinstance(outcome, RawResponse):
        return AttemptFinished(info, attempt, outcome.status, None, None, elapsed, may_have_been_sent=False)
    error = outcome[0]
    status, code = (error.status, error.code) if isinstance(error, APIStatusError) else (None, None)
    return AttemptFinished(info, attempt, status, code, error, elapsed, error.may_have_been_sent)
