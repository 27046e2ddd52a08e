"""Real, signed webhook deliveries to loopback receivers, with retries."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import ipaddress
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import aiohttp

from . import _json
from ._config import SandboxConfig
from ._state import Webhook

__all__ = ["DeliveryAttempt", "WebhookDelivery", "WebhookDispatcher", "is_loopback_url", "sign"]

MAX_ATTEMPTS = 5


def sign(secret: str, body: bytes) -> str:
    """`X-MsgFlash-Signature` value: sha256= + hex HMAC-SHA256 of the raw body."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def is_loopback_url(url: str) -> bool:
    """Only loopback receivers: the sandbox must never reach the internet."""
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass
class DeliveryAttempt:
    """One POST: the HTTP status, or the connection error text."""

    status: int | None
    error: str | None = None


@dataclass
class WebhookDelivery:
    """One event to one endpoint, across its attempts (``sb.deliveries``)."""

    endpoint_id: str
    url: str
    event: str
    payload: dict[str, Any]
    body: bytes
    headers: dict[str, str]
    attempts: list[DeliveryAttempt] = field(default_factory=list)
    # pending -> delivered | failed | refused (non-loopback URL)
    state: str = "pending"

    @property
    def delivered(self) -> bool:
        """Whether a 2xx was received."""
        return self.state == "delivered"


class WebhookDispatcher:
    """Fire-and-forget deliveries tracked so close() can cancel them."""

    def __init__(self, config: SandboxConfig) -> None:
        self._config = config
        self._session: aiohttp.ClientSession | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.deliveries: list[WebhookDelivery] = []

    def emit(self, endpoints: list[Webhook], event: str, payload: dict[str, Any]) -> None:
        """Deliver `payload` to every active endpoint subscribed to `event`."""
        for ep in endpoints:
            if not ep.active or event not in ep.events:
                continue
            body = _json.dumps(payload)
            headers = {
                "Content-Type": "application/json",
                "X-MsgFlash-Signature": sign(ep.secret, body),
                "X-MsgFlash-Event": event,
            }
            delivery = WebhookDelivery(ep.id, ep.url, event, payload, body, headers)
            self.deliveries.append(delivery)
            if not is_loopback_url(ep.url):
                delivery.state = "refused"
                delivery.attempts.append(DeliveryAttempt(None, "refused: not a loopback URL"))
                continue
            task = asyncio.get_running_loop().create_task(self._deliver(delivery))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _deliver(self, delivery: WebhookDelivery) -> None:
        delays = list(self._config.webhook_retry_delays)
        for attempt in range(MAX_ATTEMPTS):
            if await self._attempt(delivery):
                delivery.state = "delivered"
                return
            if attempt == MAX_ATTEMPTS - 1:
                break
            # Exponential backoff: configured delays, doubling past their end.
            delay = delays[attempt] if attempt < len(delays) else (delays[-1] if delays else 0.0) * 2
            await asyncio.sleep(delay)
        delivery.state = "failed"

    async def _attempt(self, delivery: WebhookDelivery) -> bool:
        if self._session is None:
            timeout = aiohttp.ClientTimeout(total=self._config.webhook_timeout_seconds)
            self._session = aiohttp.ClientSession(timeout=timeout)
        try:
            async with self._session.post(delivery.url, data=delivery.body, headers=delivery.headers) as resp:
                await resp.read()
                delivery.attempts.append(DeliveryAttempt(resp.status))
                return 200 <= resp.status < 300
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            delivery.attempts.append(DeliveryAttempt(None, f"{type(exc).__name__}: {exc}"))
            return False

    @property
    def idle(self) -> bool:
        """No delivery in flight."""
        return not self._tasks

    async def close(self) -> None:
        """Cancel in-flight deliveries and close the client session."""
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        if self._session is not None:
            await self._session.close()
            self._session = None
