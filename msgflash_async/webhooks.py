"""Receiving MsgFlash webhooks: verify the signature over the raw body, parse typed events, process each once.

MsgFlash signs each delivery with `X-MsgFlash-Signature: sha256=<hex HMAC-SHA256 of the raw body>` keyed by the
endpoint's `secret` (returned once, by `mf.webhooks.create`). Verify the bytes you received, never JSON you
re-serialised. MsgFlash retries a delivery (up to 5 attempts) until it gets a 2xx, so the same event can arrive
more than once: a `DeliveryDeduplicator` lets each one be processed once. For FastAPI, `webhook_router` does all
of it.
"""

# No `from __future__ import annotations` here: FastAPI reads the receiving route's annotations at runtime, and
# they name classes imported inside `webhook_router` (fastapi stays an optional dependency).

import hashlib
import hmac
import inspect
import json
import logging
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Final, Protocol, TypeAlias, runtime_checkable

import attrs

from ._errors import ConfigurationError, MsgFlashError

if TYPE_CHECKING:
    from fastapi import APIRouter

__all__ = [
    "EVENT_HEADER",
    "MESSAGE_STATUS_EVENTS",
    "SIGNATURE_HEADER",
    "DeliveryDeduplicator",
    "Event",
    "EventHandler",
    "MemoryDeduplicator",
    "MessageStatusEvent",
    "Secrets",
    "WebhookVerificationError",
    "delivery_id",
    "parse_event",
    "verify_signature",
    "webhook_router",
]

SIGNATURE_HEADER: Final = "X-MsgFlash-Signature"
EVENT_HEADER: Final = "X-MsgFlash-Event"
MESSAGE_STATUS_EVENTS: Final = frozenset({"message.sent", "message.delivered", "message.read", "message.failed"})

logger = logging.getLogger("msgflash_async.webhooks")

SecretValues: TypeAlias = str | Sequence[str]
Secrets: TypeAlias = SecretValues | Callable[[], SecretValues | Awaitable[SecretValues]]
"""One secret, several (rotation: the new one and the old one), or a callable returning them, sync or async."""


class WebhookVerificationError(MsgFlashError):
    """The delivery's signature is missing or wrong, or its body is not a JSON object: do not trust it."""


@attrs.frozen
class Event:
    """A verified delivery. Events whose payload the docs leave open (`message.received`, `instance.*`, new
    ones) are kept whole in `raw`; `message.*` status events arrive as `MessageStatusEvent`."""

    event: str
    """The event name, e.g. `"message.delivered"` (see `msgflash_async.models.WebhookEvent` for the list)."""
    raw: Mapping[str, Any] = attrs.field(repr=False)
    """The whole JSON payload, as MsgFlash sent it."""

    @property
    def instance_id(self) -> str | None:
        """The instance the event is about, when the payload names one."""
        value = self.raw.get("instanceId")
        return value if isinstance(value, str) else None


@attrs.frozen
class MessageStatusEvent(Event):
    """`message.sent|delivered|read|failed`: a message you sent moved on."""

    message_id: str | None = None
    provider_message_id: str | None = None
    to: str | None = None
    status: str | None = None
    timestamp: datetime | None = None


EventHandler: TypeAlias = Callable[[Event], Awaitable[object] | object]
"""Your code: called with each verified, first-seen event; sync or async. Raise to have it re-delivered."""


def verify_signature(body: bytes, signature: str | None, secrets: SecretValues) -> None:
    """Raise `WebhookVerificationError` unless `signature` is `sha256=` + HMAC-SHA256(secret, body) for a secret.

    Several secrets are accepted so that an endpoint can be rotated without dropping deliveries.
    """
    if not signature or not signature.startswith("sha256="):
        raise WebhookVerificationError(f"missing or malformed {SIGNATURE_HEADER} header")
    candidates = _secret_list(secrets)
    if not candidates:
        raise WebhookVerificationError("no webhook secret configured")
    given = signature.encode()
    for secret in candidates:
        expected = b"sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest().encode()
        if hmac.compare_digest(expected, given):
            return
    raise WebhookVerificationError("signature does not match the body for any configured secret")


def _secret_list(secrets: SecretValues) -> list[str]:
    candidates = [secrets] if isinstance(secrets, str) else list(secrets)
    return candidates if candidates and all(candidates) else []


def parse_event(body: bytes, headers: Mapping[str, str], secrets: SecretValues) -> Event:
    """Verify a delivery, then parse it: message status events typed, every other event kept whole."""
    lowered = {name.lower(): value for name, value in headers.items()}
    verify_signature(body, lowered.get(SIGNATURE_HEADER.lower()), secrets)
    try:
        payload = json.loads(body)
    except ValueError:
        raise WebhookVerificationError("signed body is not JSON") from None
    if not isinstance(payload, dict):
        raise WebhookVerificationError("signed body is not a JSON object")
    name = payload.get("event") or lowered.get(EVENT_HEADER.lower()) or "unknown"
    if name in MESSAGE_STATUS_EVENTS:
        return MessageStatusEvent(
            event=name,
            raw=payload,
            message_id=_text(payload, "messageId"),
            provider_message_id=_text(payload, "providerMessageId"),
            to=_text(payload, "to"),
            status=_text(payload, "status"),
            timestamp=_timestamp(payload.get("timestamp")),
        )
    return Event(event=str(name), raw=payload)


def delivery_id(body: bytes) -> str:
    """The de-duplication id of a delivery: MsgFlash sends no delivery id, and a re-delivery repeats its body."""
    return hashlib.sha256(body).hexdigest()


def _text(payload: Mapping[str, Any], key: str) -> str | None:
    value = payload.get(key)
    return value if isinstance(value, str) else None


def _timestamp(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


@runtime_checkable
class DeliveryDeduplicator(Protocol):
    """Decides which deliveries to process, so that each event is handled once (`msgflash_async.redis` has one
    that a fleet of replicas shares)."""

    async def claim(self, delivery_id: str) -> bool:
        """True: process it now; False: seen, or in progress elsewhere."""
        ...

    async def complete(self, delivery_id: str) -> None:
        """The handler succeeded: remember the delivery as seen for the TTL."""
        ...

    async def release(self, delivery_id: str) -> None:
        """The handler failed: forget the delivery, so that a re-delivery is processed."""
        ...


class MemoryDeduplicator:
    """The default `DeliveryDeduplicator`: one process's memory, bounded by `capacity` and `ttl` seconds."""

    __slots__ = ("_capacity", "_clock", "_in_progress", "_seen", "_ttl")

    def __init__(
        self, *, ttl: float = 24 * 3600, capacity: int = 100_000, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._ttl = ttl
        self._capacity = capacity
        self._clock = clock
        self._in_progress: set[str] = set()
        self._seen: OrderedDict[str, float] = OrderedDict()  # delivery id -> expiry, oldest first

    async def claim(self, delivery_id: str) -> bool:
        """True if the delivery is neither seen (within the TTL) nor being handled now; then it is in progress."""
        expiry = self._seen.get(delivery_id)
        if expiry is not None and expiry > self._clock():
            return False
        if delivery_id in self._in_progress:
            return False
        self._in_progress.add(delivery_id)
        return True

    async def complete(self, delivery_id: str) -> None:
        """Remember the delivery as seen for the TTL (the oldest entries go first beyond `capacity`)."""
        self._in_progress.discard(delivery_id)
        self._seen[delivery_id] = self._clock() + self._ttl
        self._seen.move_to_end(delivery_id)
        while len(self._seen) > self._capacity:
            self._seen.popitem(last=False)

    async def release(self, delivery_id: str) -> None:
        """Forget a delivery whose handler failed."""
        self._in_progress.discard(delivery_id)


async def _resolve(secrets: Secrets) -> SecretValues:
    if not callable(secrets):
        return secrets
    value = secrets()
    return await value if inspect.isawaitable(value) else value


def webhook_router(
    secrets: Secrets,
    handler: EventHandler,
    *,
    path: str = "/webhooks/msgflash",
    deduplicator: DeliveryDeduplicator | None = None,
) -> "APIRouter":
    """A FastAPI router that verifies a delivery, runs `handler` once per event, then acknowledges it.

    ```python
    app.include_router(webhook_router(os.environ["MSGFLASH_WEBHOOK_SECRET"], on_event))
    ```

    `secrets` is a secret, a list of them (rotation: the new one and the old one), or a callable returning
    them (sync or async; called per delivery, so a rotated secret takes effect without a restart).

    Answers 401 to an unsigned or mis-signed delivery. Otherwise it awaits `handler(event)` (sync or async) and
    answers 200 when it returned; a delivery already handled, or being handled, gets 200 without running it. If
    the handler raises, the error is logged with the event name and delivery id (never the body), the delivery is
    released and the answer is 500, so MsgFlash re-delivers it and the handler runs again. Keep handlers short
    (MsgFlash wants a quick 2xx): hand slow work to a queue. Needs `pip install "msgflash-async[fastapi]"`.
    """
    from fastapi import APIRouter, Request, Response

    if not callable(secrets) and not _secret_list(secrets):
        raise ConfigurationError("webhook_router needs at least one non-empty webhook secret")
    dedup: DeliveryDeduplicator = deduplicator if deduplicator is not None else MemoryDeduplicator()
    router = APIRouter()

    @router.post(path, status_code=200)
    async def receive(request: Request) -> Response:
        body = await request.body()  # the raw bytes: the signature covers exactly these
        current = _secret_list(await _resolve(secrets))
        if not current:
            logger.error("no webhook secret configured: MsgFlash will re-deliver once one is")
            return Response(status_code=503)
        try:
            event = parse_event(body, dict(request.headers), current)
        except WebhookVerificationError as exc:
            return Response(status_code=401, content=str(exc), media_type="text/plain")
        return Response(status_code=await _handle_once(event, delivery_id(body), handler, dedup))

    return router


async def _handle_once(event: Event, key: str, handler: EventHandler, dedup: DeliveryDeduplicator) -> int:
    """Run the handler unless the delivery was claimed already; the HTTP status to answer."""
    if not await dedup.claim(key):
        logger.debug("webhook %s delivery %s already handled (or in progress): skipped", event.event, key)
        return 200
    try:
        result = handler(event)
        if inspect.isawaitable(result):
            await result
    except Exception:
        await dedup.release(key)
        logger.exception(
            "webhook handler failed on %s (delivery %s%s); answering 500 so MsgFlash re-delivers it",
            event.event,
            key,
            _message_hint(event),
        )
        return 500
    except BaseException:  # cancelled: not handled, so let a re-delivery in
        await dedup.release(key)
        raise
    await dedup.complete(key)
    return 200


def _message_hint(event: Event) -> str:
    if isinstance(event, MessageStatusEvent) and event.message_id:
        return f", message {event.message_id}"
    return ""
