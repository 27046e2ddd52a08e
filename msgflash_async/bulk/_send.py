"""`send_many`: a stream of messages sent with bounded concurrency, exactly one `SendResult` per input.

Three parts that never wait on one another:

- a producer task pulls inputs (lazily: one free slot, one input), records them in the ledger, starts sends
  (a plain iterable without a ledger needs no task: the consumer refills the slot it frees);
- each send is a task that turns whatever happens into a result (it never raises);
- the consumer (`async for`) takes results as they finish, so a stalled input source holds nothing back.

A slot is freed when its result is handed out, so at most `concurrency` inputs are between "pulled" and
"seen by the caller": memory stays flat however many inputs there are and however slow the caller is.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections import deque
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Final, Self, get_args

from msgflash_async._client import encode_body
from msgflash_async._errors import (
    AcceptedButUnparsedError,
    APIConnectionError,
    APIStatusError,
    ClientStateError,
    InvalidRequestError,
    MsgFlashError,
)

# The operation module itself (the package's attribute of that name is a lazy stand-in until first use).
from msgflash_async._generated.api.messages.messages_send import (
    build_request as build_send,
    parse_response as parse_sent,
)
from msgflash_async._generated.unions import SendMessageRequest

from ._ledger import FINAL_STATES, GroupCommit, Ledger
from ._results import BATCH_STOPPERS, InputSourceError, Item, SendResult, UnexpectedSendError

if TYPE_CHECKING:
    from msgflash_async._client import MsgFlash

SEND_MODELS: Final = get_args(SendMessageRequest)
_MAY_HAVE_BEEN_SENT: Final = "may have reached MsgFlash: never re-sent automatically (reconcile to settle it)"


Input = SendMessageRequest | Item


def send_many(
    client: MsgFlash,
    messages: Iterable[Input] | AsyncIterable[Input],
    *,
    concurrency: int = 32,
    ledger: Ledger | None = None,
    resend_failed: bool = False,
) -> BulkRun:
    """Send every message; one `SendResult` per input, in completion order (see `BulkRun`).

    Inputs are send requests (`SendTextMessage`, …) or `Item(key, message)` to carry your own key (a row id),
    echoed on the result and used by the `ledger`. Without a key, an input's key is its index as a string.
    With a ledger, inputs already accepted or refused there are `skipped`, inputs that may have been sent
    are `unknown` (never re-sent: `reconcile` first), and `resend_failed` sends refused ones again.
    """
    return BulkRun(client, messages, concurrency=concurrency, ledger=ledger, resend_failed=resend_failed)


class BulkRun:
    """The results of one `send_many`, as an async iterator; close it (`async with` / `aclose()`) when done.

    Leaving early (a `break`, an exception, a cancellation, Ctrl-C): `aclose()` stops pulling inputs, lets
    the sends in flight finish within `grace` seconds, reports the rest `unknown`, writes every result to the
    ledger, and keeps the results the loop never saw in `unreported`. `stop()` ends a run gently: no new
    input is pulled, the sends in flight still come out of the loop.
    """

    def __init__(
        self,
        client: MsgFlash,
        messages: Iterable[Input] | AsyncIterable[Input],
        *,
        concurrency: int,
        ledger: Ledger | None,
        resend_failed: bool,
        grace: float | None = 30.0,
    ) -> None:
        _check_concurrency(concurrency)
        self._client = client
        self._source = messages
        self._ledger = ledger
        self._writer = GroupCommit(ledger) if ledger is not None else None
        self._resend_failed = resend_failed
        self._grace = grace
        self._free = concurrency
        self._slot_freed = asyncio.Event()
        # The consumer waiting for a result (one at a time): a bare future, where an asyncio.Event costs a
        # coroutine, a list and a loop lookup per wait, and the consumer may wait once per result.
        self._waiter: asyncio.Future[None] | None = None
        self._ready: deque[SendResult] = deque()
        self._in_flight: dict[asyncio.Task[SendResult], tuple[int, str, object]] = {}
        self._user_keys: set[str] = set()
        self._next_index = 0
        self._producer: asyncio.Task[None] | None = None
        # The loop the run started on, set by `_start` before any wait or send (`get_running_loop()` is a
        # getpid() system call on Python 3.11, so it is looked up once).
        self._loop: asyncio.AbstractEventLoop
        # A plain iterable without a ledger needs no producer task: the consumer refills the freed slot itself
        # (pulling from it never waits, and nothing needs committing first), one task hop less per send.
        self._inline: Iterator[Input] | None = None
        self._started = False
        self._produced_all = False
        self._source_error: BaseException | None = None
        self._stopped_by: APIStatusError | None = None
        self._stopping = False
        self._closed = False
        self._in_commit = False  # the producer is waiting for its inputs to be recorded: never cancel that
        #: Results settled while closing that the loop never handed out.
        self.unreported: list[SendResult] = []

    # -- the consumer's side -----------------------------------------------------------------------

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> SendResult:
        if not self._started:
            self._start()
        while not self._ready:
            if self._produced_all and not self._in_flight:
                if self._writer is not None:
                    await self._writer.drain()
                if self._source_error is not None:
                    error, self._source_error = self._source_error, None
                    raise InputSourceError(f"the input source raised {type(error).__name__}: {error}") from error
                raise StopAsyncIteration
            if self._waiter is not None:
                raise ClientStateError("this send_many's results are already being awaited by another task")
            self._waiter = self._loop.create_future()
            try:
                await self._waiter
            finally:
                self._waiter = None
        result = self._ready.popleft()
        self._free += 1
        if self._inline is not None:
            self._refill()
        else:
            self._slot_freed.set()
        return result

    def _wake(self) -> None:
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)

    def _start(self) -> None:
        self._started = True
        self._loop = asyncio.get_running_loop()
        if self._produced_all:  # stopped before it started: nothing to pull
            return
        if self._writer is None and not isinstance(self._source, AsyncIterable):
            self._inline = iter(self._source)
            self._refill()
        else:
            self._producer = asyncio.create_task(self._produce(), name="msgflash-send-many-inputs")

    def stop(self) -> None:
        """Pull no more inputs; the sends in flight still finish and come out of the loop."""
        self._stopping = True
        if self._producer is not None and not self._producer.done() and not self._in_commit:
            self._producer.cancel()  # it may be waiting on a stalled source or for a free slot
        elif self._producer is None:
            self._produced_all = True  # inline, or not started: nothing more is pulled

    def cancel_in_flight(self) -> None:
        """Stop, and cancel the sends in flight: each comes out of the loop as `unknown` (may have been sent)."""
        self.stop()
        for task in self._in_flight:
            task.cancel()

    async def aclose(self, *, grace: float | None = None) -> None:
        """Stop, settle what is in flight (finished within `grace` s, default 30, else `unknown`), record all."""
        if self._closed:
            return
        self._closed = True
        self.stop()
        if self._producer is not None:
            await asyncio.gather(self._producer, return_exceptions=True)
        if self._in_flight:
            _, late = await asyncio.wait(self._in_flight, timeout=self._grace if grace is None else grace)
            for task in late:
                task.cancel()
            await asyncio.gather(*late, return_exceptions=True)
        if self._writer is not None:
            await self._writer.drain()
        self.unreported.extend(self._ready)
        self._ready.clear()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    # -- the producer --------------------------------------------------------------------------------

    async def _produce(self) -> None:
        try:
            if isinstance(self._source, AsyncIterable):
                await self._pull_async(aiter(self._source))
            else:
                await self._pull_sync(iter(self._source))
        except Exception as error:  # the source's failure ends the run after the results it owes
            self._source_error = error
        finally:
            self._produced_all = True
            self._wake()

    async def _pull_sync(self, inputs: Iterator[Input]) -> None:
        # Pulls as many inputs as there are free slots, so that one ledger commit covers the batch.
        while not self._stopping:
            await self._a_free_slot()
            batch: list[Input] = []
            exhausted = True
            try:
                for item in inputs:
                    batch.append(item)
                    if len(batch) >= self._free:
                        exhausted = False
                        break
            finally:  # even when the source raises, what it handed over gets its result
                await self._take(batch)
            if exhausted:
                return

    async def _pull_async(self, inputs: AsyncIterator[Input]) -> None:
        while not self._stopping:
            await self._a_free_slot()
            try:
                item = await anext(inputs)
            except StopAsyncIteration:
                return
            await self._take([item])

    async def _a_free_slot(self) -> None:
        while self._free <= 0:
            self._slot_freed.clear()
            await self._slot_freed.wait()

    async def _take(self, batch: list[Input]) -> None:
        """Admit a pulled batch; record what is to be sent, then send it."""
        to_send = self._admit(batch)
        if to_send and await self._recorded(to_send):
            self._launch(to_send)

    def _refill(self) -> None:
        """Inline mode: pull as many inputs as there are free slots, and send them."""
        if self._produced_all or self._inline is None or self._free <= 0:
            return
        batch: list[Input] = []
        try:
            for item in self._inline:
                batch.append(item)
                if len(batch) >= self._free:
                    break
            else:
                self._produced_all = True
        except Exception as error:  # the source's failure ends the run after the results it owes
            self._source_error = error
            self._produced_all = True
        finally:
            self._launch(self._admit(batch))
            if self._produced_all:
                self._wake()

    def _admit(self, batch: list[Input]) -> list[tuple[int, str, object]]:
        """Give each pulled input its slot and either its early result or a place among those to send."""
        self._free -= len(batch)
        to_send: list[tuple[int, str, object]] = []
        for item in batch:
            index = self._next_index
            self._next_index += 1
            if isinstance(item, Item):
                key, message, own_key = item.key, item.message, True
            else:
                key, message, own_key = str(index), item, False
            known = self._from_ledger(self._ledger, index, key, message) if self._ledger is not None else None
            if known is not None:  # already in the ledger: reported, not rewritten
                self._emit(known, write=False)
                continue
            early = self._early_result(index, key, message, own_key)
            if early is None:
                to_send.append((index, key, message))
            else:
                self._emit(early)
        return to_send

    def _launch(self, to_send: list[tuple[int, str, object]]) -> None:
        create = self._loop.create_task  # (asyncio.create_task wraps it in Python code)
        for entry in to_send:
            task = create(_send_one(self._client, *entry))
            self._in_flight[task] = entry
            task.add_done_callback(self._sent)

    async def _recorded(self, to_send: list[tuple[int, str, object]]) -> bool:
        """Commit the inputs as `pending` before they are sent; False (each input `skipped`) if they must not go."""
        if self._writer is None:
            return True
        self._in_commit = True
        try:
            await self._writer.begin(to_send)
        except sqlite3.Error as error:  # nothing was sent: say so, and send nothing else
            self._stopping = True
            reason = f"not attempted: the ledger failed: {error}"
        else:
            if not self._stopping:
                return True
            reason = "not attempted: the run was stopped"
        finally:
            self._in_commit = False
        for index, key, message in to_send:
            self._emit(SendResult(index, key, message, "skipped", reason=reason))
        return False

    def _early_result(self, index: int, key: str, message: object, own_key: bool) -> SendResult | None:
        """The result of an input that will not be sent, or None to send it."""
        if self._stopped_by is not None:
            reason = (
                f"not attempted: the batch stopped after {type(self._stopped_by).__name__} ({self._stopped_by.code})"
            )
            return SendResult(index, key, message, "skipped", reason=reason)
        if self._stopping:
            return SendResult(index, key, message, "skipped", reason="not attempted: the run was stopped")
        problem = self._input_problem(index, key, message, own_key)
        if problem is not None:
            return SendResult(index, key, message, "failed", error=problem, reason="refused locally; nothing was sent")
        return None

    def _input_problem(self, index: int, key: str, message: object, own_key: bool) -> InvalidRequestError | None:
        if not isinstance(message, SEND_MODELS):
            return InvalidRequestError(f"input {index} is a {type(message).__name__}, not a Send…Message request")
        if own_key:  # an `Item`'s key (an input's index as its key cannot repeat)
            if key in self._user_keys:
                return InvalidRequestError(f"input {index}: key {key!r} was already used in this run")
            self._user_keys.add(key)
        return None

    def _from_ledger(self, ledger: Ledger, index: int, key: str, message: object) -> SendResult | None:
        entry = ledger.get(key)
        if entry is None or entry.state == "skipped" or (entry.state == "failed" and self._resend_failed):
            return None
        if entry.state in FINAL_STATES:
            reason = f"already {entry.state} in the ledger" + (
                f" (message {entry.message_id})" if entry.message_id else ""
            )
            return SendResult(index, key, message, "skipped", message_id=entry.message_id, reason=reason)
        return SendResult(index, key, message, "unknown", reason=f"an earlier run {_MAY_HAVE_BEEN_SENT}")

    # -- results -------------------------------------------------------------------------------------

    def _sent(self, task: asyncio.Task[SendResult]) -> None:
        index, key, message = self._in_flight.pop(task)
        if task.cancelled():
            self._emit(SendResult(index, key, message, "unknown", reason=f"cancelled in flight: {_MAY_HAVE_BEEN_SENT}"))
            return
        result = task.result()
        if self._stopped_by is None and isinstance(result.error, BATCH_STOPPERS):
            self._stopped_by = result.error
        self._emit(result)

    def _emit(self, result: SendResult, write: bool = True) -> None:
        self._ready.append(result)
        if write and self._writer is not None:
            self._writer.settle(result)
        self._wake()


def _check_concurrency(value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise InvalidRequestError(f"concurrency must be a positive integer, got {value!r}")


async def _send_one(client: MsgFlash, index: int, key: str, message: object) -> SendResult:
    """One send, whatever happens turned into its result (this never raises, short of cancellation)."""
    try:
        # What `client.messages.send` does, without its coroutine around this one (one layer less per send).
        request = build_send(body=message)  # type: ignore[arg-type]  # checked by _input_problem
        sent = await client._engine.call(request, parse_sent)
    except AcceptedButUnparsedError as error:  # a 2xx (its reply unparsed, or the parsing broke): the API took it
        return _accepted_unparsed(index, key, message, error)
    except (APIStatusError, APIConnectionError, ClientStateError) as error:  # (closed mid-call: may have left)
        if error.may_have_been_sent:
            return SendResult(index, key, message, "unknown", error=error, reason=_MAY_HAVE_BEEN_SENT)
        return SendResult(index, key, message, "failed", error=error, reason="refused; not sent")
    except MsgFlashError as error:  # refused by the SDK itself, before any I/O
        return SendResult(index, key, message, "failed", error=error, reason="refused locally; nothing was sent")
    except Exception as error:
        return _unexpected(index, key, message, error)
    return SendResult(index, key, message, "accepted", message=sent, message_id=sent.id)


def _accepted_unparsed(index: int, key: str, message: object, error: AcceptedButUnparsedError) -> SendResult:
    reason = f"accepted (HTTP {error.status}), but the reply did not match the spec: the raw body is kept"
    return SendResult(index, key, message, "accepted", message_id=error.id, error=error, reason=reason, raw=error.raw)


def _unexpected(index: int, key: str, message: object, error: Exception) -> SendResult:
    """An exception the SDK does not map (a 2xx whose parsing raised comes as AcceptedButUnparsedError, above):
    failed if the input cannot even be encoded (encoding precedes any I/O), else unknown."""
    unencodable = _encoding_problem(message)
    if unencodable is not None:
        failure = InvalidRequestError(f"input {index} cannot be encoded as JSON: {unencodable}")
        failure.__cause__ = error
        return SendResult(index, key, message, "failed", error=failure, reason="refused locally; nothing was sent")
    unexpected = UnexpectedSendError(f"{type(error).__name__}: {error}")
    unexpected.__cause__ = error
    return SendResult(index, key, message, "unknown", error=unexpected, reason=_MAY_HAVE_BEEN_SENT)


def _encoding_problem(message: object) -> str | None:
    try:
        encode_body(message)  # what every call does with its body, before any I/O
    except Exception as error:
        return f"{type(error).__name__}: {error}"
    return None
