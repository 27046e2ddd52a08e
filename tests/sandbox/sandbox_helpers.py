"""Plain-aiohttp helpers shared by the sandbox tests."""

from __future__ import annotations

from typing import Any

import aiohttp

from msgflash_async.testing import Sandbox, SandboxConfig

V1 = "/api/v1"


class Api:
    """Plain aiohttp calls against a sandbox; returns (status, parsed JSON)."""

    def __init__(self, sb: Sandbox, session: aiohttp.ClientSession) -> None:
        self.sb = sb
        self.session = session

    async def call(
        self,
        method: str,
        path: str,
        *,
        key: str | None = None,
        json: Any = None,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        raw_headers: bool = False,
    ) -> tuple[int, Any]:
        """One request; `key` picks the sandbox key (team keys get X-Team-Id)."""
        hdrs = {} if raw_headers else self.sb.headers(key)
        hdrs.update(headers or {})
        url = self.sb.base_url + (path if path.startswith("/api") else V1 + path)
        async with self.session.request(method, url, json=json, params=params, headers=hdrs) as resp:
            body = await resp.json(content_type=None)
            return resp.status, body

    async def ok(self, method: str, path: str, expect: int = 200, **kw: Any) -> Any:
        """Call and assert the status; returns `data`."""
        status, body = await self.call(method, path, **kw)
        assert status == expect, body
        return body["data"]

    async def error(self, method: str, path: str, status: int, code: str, **kw: Any) -> dict[str, Any]:
        """Call and assert an error status and code; returns `error`."""
        got, body = await self.call(method, path, **kw)
        assert (got, body["error"]["code"]) == (status, code), body
        return dict(body["error"])


def fast_config(**overrides: Any) -> SandboxConfig:
    """Fast timings, no rate limit unless a test asks for it."""
    defaults: dict[str, Any] = {
        "rate_limit_per_second": None,
        "message_step_seconds": 0.01,
        "job_step_seconds": 0.005,
        "webhook_retry_delays": (0.005, 0.01, 0.02, 0.04),
    }
    defaults.update(overrides)
    return SandboxConfig(**defaults)
