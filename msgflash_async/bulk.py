"""`send_many`: send a stream of messages with bounded concurrency, one visible result per input.

Every input ends in exactly one `SendResult`:

- `sent`: MsgFlash accepted it (`result.message` is the queued message);
- `failed`: MsgFlash refused it, or it broke the spec locally; it was not sent (`result.error` says why);
- `unknown`: the request may have reached MsgFlash (a 5xx, a reset, a timeout): it was not retried, so it was
  sent at most once; check before resending;
- `skipped`: never attempted, because an earlier error (quota, key, plan) stops the whole batch.

Memory stays flat in the number of inputs: inputs are pulled lazily (any iterable or async iterable) and at
most `concurrency` sends are in flight. Results come out in completion order, each with its input's `index`.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, AsyncIterable, AsyncIterator, Iterable
from typing import TYPE_CHECKING, Final, Literal

import attrs

from ._errors import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    InvalidRequestError,
    MsgFlashError,
    PlanLimitError,
    QuotaExceededError,
)

if TYPE_CHECKING:
    from ._client import MsgFlash
    from ._generated.models import SentMessage
    from ._generated.unions import SendMessageRequest

Outcome = Literal["sent", "failed", "unknown", "skipped"]
#: Errors that will fail every later send too: stop pulling inputs and skip the rest.
BATCH_STOPPERS: Final = (QuotaExceededError, AuthenticationError, PlanLimitError)


@attrs.frozen(slots=True)
class SendResult:
    """What became of input number `index`."""

    index: int
    request: object
    outcome: Outcome
    message: SentMessage | None = None
    error: MsgFlashError | None = None
    reason: str | None = None


async def send_many(
    client: MsgFlash,
    messages: Iterable[SendMessageRequest] | AsyncIterable[SendMessageRequest],
    *,
    concurrency: int = 32,
) -> AsyncGenerator[SendResult, None]:
    """Send every message; yield one `SendResult` per input, in completion order.

    Breaking out of the loop (or cancelling it) cancels the sends in flight: use `contextlib.aclosing` to
    make that immediate. The client's rate limiter paces the sends; `concurrency` bounds what is in flight.
    """
    _check_concurrency(concurrency)
    inputs = _as_async_iterator(messages)
    in_flight: set[asyncio.Task[SendResult]] = set()
    next_index = 0
    stopped_by: APIStatusError | None = None
    exhausted = False
    try:
        while True:
            while not exhausted and stopped_by is None and len(in_flight) < concurrency:
                try:
                    request = await anext(inputs)
                except StopAsyncIteration:
                    exhausted = True
                    break
                in_flight.add(asyncio.create_task(_send_one(client, next_index, request)))
                next_index += 1
            if not in_flight:
                break
            done, in_flight = await asyncio.wait(in_flight, return_when=asyncio.FIRST_COMPLETED)
            for task in sorted(done, key=lambda t: t.result().index):
                result = task.result()
                if stopped_by is None and isinstance(result.error, BATCH_STOPPERS):
                    stopped_by = result.error
                yield result
        if stopped_by is not None and not exhausted:
            reason = f"not attempted: the batch stopped after {type(stopped_by).__name__} ({stopped_by.code})"
            async for request in inputs:
                yield SendResult(next_index, request, "skipped", reason=reason)
                next_index += 1
    finally:
        for task in in_flight:
            task.cancel()
        await asyncio.gather(*in_flight, return_exceptions=True)


def _check_concurrency(value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise InvalidRequestError(f"concurrency must be a positive integer, got {value!r}")


async def _send_one(client: MsgFlash, index: int, request: object) -> SendResult:
    try:
        sent = await client.messages.send(request)  # type: ignore[arg-type]  # checked by unstructure
    except (APIStatusError, APIConnectionError) as error:
        outcome: Outcome = "unknown" if error.may_have_been_sent else "failed"
        return SendResult(index, request, outcome, error=error)
    except InvalidRequestError as error:
        return SendResult(index, request, "failed", error=error, reason="refused locally; nothing was sent")
    return SendResult(index, request, "sent", message=sent)


async def _as_async_iterator(items: Iterable[object] | AsyncIterable[object]) -> AsyncIterator[object]:
    if isinstance(items, AsyncIterable):
        async for item in items:
            yield item
    else:
        for item in items:
            yield item
