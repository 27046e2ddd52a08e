"""Receiving MsgFlash webhooks: verify the signature over the raw body, parse typed events, drop duplicates.

MsgFlash signs each delivery with `X-MsgFlash-Signature: sha256=<hex HMAC-SHA256 of the raw body>` keyed by the
endpoint's `secret` (returned once, by `mf.webhooks.create`). Verify the bytes you received, never JSON you
re-serialised. MsgFlash retries a delivery (up to 5 attempts) until it gets a 2xx, so the same event can arrive
twice: `DuplicateFilter` remembers recent bodies. For FastAPI, `webhook_router` does all of it.
"""

# No `from __future__ import annotations` here: FastAPI reads the receiving route's annotations at runtime, and
# they name classes imported inside `webhook_router` (fastapi stays an optional dependency).

import hashlib
import hmac
import json
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Final

import attrs

from ._errors import MsgFlashError

if TYPE_CHECKING:
    from fastapi import APIRouter

SIGNATURE_HEADER: Final = "X-MsgFlash-Signature"
EVENT_HEADER: Final = "X-MsgFlash-Event"
MESSAGE_STATUS_EVENTS: Final = frozenset({"message.sent", "message.delivered", "message.read", "message.failed"})


class WebhookVerificationError(MsgFlashError):
    """The delivery's signature is missing or wrong, or its body is not a JSON object: do not trust it."""


@attrs.frozen
class WebhookEvent:
    """A delivery whose payload shape the docs leave open (`message.received`, `instance.*`, new events)."""

    event: str
    raw: Mapping[str, Any]

    @property
    def instance_id(self) -> str | None:
        value = self.raw.get("instanceId")
        return value if isinstance(value, str) else None


@attrs.frozen
class MessageStatusEvent(WebhookEvent):
    """`message.sent|delivered|read|failed`: a message you sent moved on."""

    message_id: str | None = None
    provider_message_id: str | None = None
    to: str | None = None
    status: str | None = None
    timestamp: datetime | None = None


def verify_signature(body: bytes, signature: str | None, secrets: str | Sequence[str]) -> None:
    """Raise `WebhookVerificationError` unless `signature` is `sha256=` + HMAC-SHA256(secret, body) for a secret.

    Several secrets are accepted so that an endpoint can be rotated without dropping deliveries.
    """
    if not signature or not signature.startswith("sha256="):
        raise WebhookVerificationError(f"missing or malformed {SIGNATURE_HEADER} header")
    candidates = [secrets] if isinstance(secrets, str) else list(secrets)
    if not candidates or not all(candidates):
        raise WebhookVerificationError("no webhook secret configured")
    given = signature.encode()
    for secret in candidates:
        expected = b"sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest().encode()
        if hmac.compare_digest(expected, given):
            return
    raise WebhookVerificationError("signature does not match the body for any configured secret")


def parse_event(body: bytes, headers: Mapping[str, str], secrets: str | Sequence[str]) -> WebhookEvent:
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
    return WebhookEvent(event=str(name), raw=payload)


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


class DuplicateFilter:
    """Remembers the digests of the last `capacity` delivery bodies: a retried delivery repeats its body."""

    __slots__ = ("_capacity", "_seen")

    def __init__(self, capacity: int = 10_000) -> None:
        self._capacity = capacity
        self._seen: OrderedDict[bytes, None] = OrderedDict()

    def is_duplicate(self, body: bytes) -> bool:
        """True if this exact body was seen recently; otherwise remember it and return False."""
        digest = hashlib.sha256(body).digest()
        if digest in self._seen:
            self._seen.move_to_end(digest)
            return True
        self._seen[digest] = None
        if len(self._seen) > self._capacity:
            self._seen.popitem(last=False)
        return False


Handler = Callable[["WebhookEvent"], Awaitable[object] | object]


def webhook_router(
    secrets: str | Sequence[str],
    handler: Handler,
    *,
    path: str = "/webhooks/msgflash",
    duplicates: DuplicateFilter | None = None,
) -> "APIRouter":
    """A FastAPI router that verifies, de-duplicates and acknowledges deliveries, then runs `handler` after the 200.

    ```python
    app.include_router(webhook_router(os.environ["MSGFLASH_WEBHOOK_SECRET"], on_event))
    ```
    Answers 401 to an unsigned or mis-signed delivery, 200 at once otherwise (MsgFlash asks for a fast 2xx);
    `handler(event)` (sync or async) runs as a background task. Needs `pip install fastapi`.
    """
    from fastapi import APIRouter, BackgroundTasks, Request, Response

    seen = duplicates if duplicates is not None else DuplicateFilter()
    router = APIRouter()

    @router.post(path, status_code=200)
    async def receive(request: Request, background: BackgroundTasks) -> Response:
        body = await request.body()  # the raw bytes: the signature covers exactly these
        try:
            event = parse_event(body, dict(request.headers), secrets)
        except WebhookVerificationError as exc:
            return Response(status_code=401, content=str(exc), media_type="text/plain")
        if not seen.is_duplicate(body):
            background.add_task(handler, event)
        return Response(status_code=200)

    return router
