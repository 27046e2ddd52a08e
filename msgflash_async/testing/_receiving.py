"""Testing your webhook receiver: sign a body as MsgFlash does, and deliver it straight to an ASGI app.

No network and no server: `deliver` calls the ASGI application (FastAPI, Starlette, …) in the running event
loop with one signed POST, exactly the bytes and headers the sandbox (and MsgFlash) would send.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from dataclasses import dataclass
from typing import Any, TypeAlias

from ._webhooks import sign

__all__ = ["ASGIApp", "DeliveryResult", "deliver", "message_status_payload", "signed_headers"]

ASGIApp: TypeAlias = Callable[
    [MutableMapping[str, Any], Callable[[], Awaitable[MutableMapping[str, Any]]], Callable[..., Awaitable[None]]],
    Awaitable[None],
]


def signed_headers(body: bytes, secret: str, *, event: str | None = None) -> dict[str, str]:
    """The headers of a MsgFlash delivery of `body`: JSON content type, signature, and the event name if given."""
    headers = {"Content-Type": "application/json", "X-MsgFlash-Signature": sign(secret, body)}
    if event is not None:
        headers["X-MsgFlash-Event"] = event
    return headers


def message_status_payload(
    message_id: str,
    status: str,
    *,
    instance_id: str = "inst_test",
    to: str = "+33612345678",
    timestamp: str = "2026-01-01T12:00:00.000Z",
) -> dict[str, Any]:
    """A `message.<status>` payload shaped as MsgFlash documents it."""
    return {
        "event": f"message.{status}",
        "instanceId": instance_id,
        "messageId": message_id,
        "to": to,
        "status": status,
        "timestamp": timestamp,
    }


@dataclass(frozen=True)
class DeliveryResult:
    """What the app answered."""

    status: int
    headers: dict[str, str]
    body: bytes


async def deliver(
    app: ASGIApp,
    payload: Mapping[str, Any] | bytes,
    *,
    secret: str,
    path: str = "/webhooks/msgflash",
    event: str | None = None,
) -> DeliveryResult:
    """POST one signed delivery to `app` at `path` (no network) and return its answer.

    `payload` is a JSON object (serialised here) or the exact bytes to send; `secret` signs it (pass a wrong one
    to test that forgeries are refused).
    """
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    name = event if event is not None else (payload.get("event") if isinstance(payload, Mapping) else None)
    headers = signed_headers(body, secret, event=name)
    scope: dict[str, Any] = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "root_path": "",
        "query_string": b"",
        "headers": [
            (k.lower().encode(), v.encode()) for k, v in [*headers.items(), ("Content-Length", str(len(body)))]
        ],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 80),
    }
    return await _call(app, scope, body)


async def _call(app: ASGIApp, scope: dict[str, Any], body: bytes) -> DeliveryResult:
    done = asyncio.Event()
    sent_body = False
    status = 0
    response_headers: dict[str, str] = {}
    chunks: list[bytes] = []

    async def receive() -> MutableMapping[str, Any]:
        nonlocal sent_body
        if not sent_body:
            sent_body = True
            return {"type": "http.request", "body": body, "more_body": False}
        await done.wait()  # the client stays connected until the response is complete
        return {"type": "http.disconnect"}

    async def send(message: MutableMapping[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
            response_headers.update((k.decode(), v.decode()) for k, v in message.get("headers", []))
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                done.set()

    await app(scope, receive, send)
    done.set()
    return DeliveryResult(status, response_headers, b"".join(chunks))
