"""Fault injection: every kind, determinism, and counters that prove whether a handler ran."""

from __future__ import annotations

import time
from typing import Any

import aiohttp
import orjson
import pytest

from msgflash_async.testing import Faults, Sandbox

from .sandbox_helpers import Api

SEND = "/api/v1/messages/send"


def text(sb: Sandbox) -> dict[str, Any]:
    """A valid text send body."""
    return {"instanceId": sb.workspace().connected_instance.id, "to": "+22990000002", "type": "text", "text": "hi"}


async def post_send(api: Api, sb: Sandbox) -> aiohttp.ClientResponse:
    """POST /messages/send and return the (read) response."""
    async with api.session.post(sb.base_url + SEND, json=text(sb), headers=sb.headers()) as resp:
        await resp.read()
        return resp


async def test_status_fault_skips_handler(api: Api, sb: Sandbox) -> None:
    """A status fault answers the error without running the handler; next request is normal."""
    sb.faults.status(500, "INTERNAL_ERROR", "POST", SEND)
    await api.error("POST", "/messages/send", 500, "INTERNAL_ERROR", json=text(sb))
    assert sb.counters.received[("POST", SEND)] == 1
    assert sb.counters.handled_count("POST", SEND) == 0
    assert sb.counters.created["message"] == 0
    await api.ok("POST", "/messages/send", 201, json=text(sb))
    assert sb.counters.handled_count("POST", SEND) == 1


async def test_429_fault_with_retry_after(api: Api, sb: Sandbox) -> None:
    """A 429 fault can carry Retry-After; 502 PROVIDER_UNAVAILABLE works the same way."""
    sb.faults.status(429, "API_RATE_LIMIT_EXCEEDED", retry_after=2, message="Too many API requests")
    sb.faults.status(502, "PROVIDER_UNAVAILABLE", "GET", "/api/v1/instances")
    async with api.session.get(sb.base_url + "/api/v1/instances", headers=sb.headers()) as resp:
        assert (resp.status, resp.headers["Retry-After"]) == (429, "2")
        assert (await resp.json())["error"]["code"] == "API_RATE_LIMIT_EXCEEDED"
    await api.error("GET", "/instances", 502, "PROVIDER_UNAVAILABLE")
    await api.ok("GET", "/instances")


async def test_latency(api: Api, sb: Sandbox) -> None:
    """A latency fault delays the response, then processing is normal."""
    sb.faults.add("latency", "GET", "/api/v1/instances", latency=0.2)
    start = time.monotonic()
    await api.ok("GET", "/instances")
    assert time.monotonic() - start >= 0.2
    assert sb.counters.handled_count("GET", "/api/v1/instances") == 1


async def test_reset_before_creates_nothing(api: Api, sb: Sandbox) -> None:
    """A reset before the handler: client sees a connection error and nothing was created."""
    sb.faults.add("reset_before", "POST", SEND)
    with pytest.raises(aiohttp.ClientConnectionError):
        await post_send(api, sb)
    assert sb.counters.received[("POST", SEND)] == 1
    assert sb.counters.handled_count("POST", SEND) == 0
    assert sb.workspace().messages == {}


async def test_reset_after_created_the_message(api: Api, sb: Sandbox) -> None:
    """A reset after the handler: the client sees an error but the message exists."""
    sb.faults.add("reset_after", "POST", SEND)
    with pytest.raises(aiohttp.ClientConnectionError):
        await post_send(api, sb)
    assert sb.counters.handled_count("POST", SEND) == 1
    assert sb.counters.created["message"] == 1
    assert len(sb.workspace().messages) == 1


async def test_html_502(api: Api, sb: Sandbox) -> None:
    """A gateway HTML page with status 502 and text/html."""
    sb.faults.add("html_502", "GET", "*")
    async with api.session.get(sb.base_url + "/api/v1/instances", headers=sb.headers()) as resp:
        assert resp.status == 502
        assert resp.content_type == "text/html"
        assert "<html>" in await resp.text()
    assert sb.counters.handled_count("GET", "/api/v1/instances") == 0


async def test_truncated_by_content_length(api: Api, sb: Sandbox) -> None:
    """Content-Length promises more than is sent: the client gets a payload error; the create happened."""
    sb.faults.add("truncated_json", "POST", SEND)
    with pytest.raises(aiohttp.ClientPayloadError):
        await post_send(api, sb)
    assert sb.counters.created["message"] == 1


async def test_truncated_body(api: Api, sb: Sandbox) -> None:
    """A well-framed but cut JSON body does not parse."""
    sb.faults.add("truncated_json", "POST", SEND, truncate="body")
    async with api.session.post(sb.base_url + SEND, json=text(sb), headers=sb.headers()) as resp:
        raw = await resp.read()
        assert resp.status == 201
    with pytest.raises(orjson.JSONDecodeError):
        orjson.loads(raw)
    assert sb.counters.handled_count("POST", SEND) == 1


async def test_times_and_wildcards(api: Api, sb: Sandbox) -> None:
    """`times` limits how often a rule fires; '*' matches any method and route."""
    rule = sb.faults.status(503, "PROVIDER_UNAVAILABLE", times=2)
    await api.error("GET", "/instances", 503, "PROVIDER_UNAVAILABLE")
    await api.error("POST", "/contacts", 503, "PROVIDER_UNAVAILABLE", json={})
    await api.ok("GET", "/instances")
    assert rule.fired == 2
    sb.faults.clear()
    assert sb.faults.rules == []


def test_probability_is_deterministic() -> None:
    """Same seed, same sequence of fired faults."""

    def pattern(seed: int) -> list[bool]:
        faults = Faults(seed=seed)
        faults.add("status", times=None, probability=0.3)
        return [bool(faults.pick("GET", "/x")) for _ in range(200)]

    first, again, other = pattern(7), pattern(7), pattern(8)
    assert first == again
    assert first != other
    assert 30 < sum(first) < 90
    with pytest.raises(ValueError, match="probability"):
        Faults().add("status", probability=1.5)


async def test_refused_requests_do_not_count_as_handled(api: Api, sb: Sandbox) -> None:
    """401s never reach the handler; validation errors do."""
    await api.error("POST", "/messages/send", 401, "UNAUTHORIZED", headers={"x-api-key": "x"}, raw_headers=True)
    assert sb.counters.handled_count("POST", SEND) == 0
    await api.error("POST", "/messages/send", 400, "VALIDATION_ERROR", json={})
    assert sb.counters.handled_count("POST", SEND) == 1
    sb.counters.reset()
    assert sb.counters.received == {}
