"""Fixtures for the sandbox's own tests: a fast sandbox and a plain aiohttp caller."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest
import pytest_asyncio

from msgflash_async.testing import Sandbox

from .sandbox_helpers import Api, fast_config


@pytest_asyncio.fixture
async def sb(request: pytest.FixtureRequest) -> AsyncIterator[Sandbox]:
    """A started fast sandbox; `@pytest.mark.sandbox(**config)` tunes it."""
    marker = request.node.get_closest_marker("sandbox")
    async with Sandbox(fast_config(**(marker.kwargs if marker else {}))) as sandbox:
        yield sandbox
        assert sandbox.internal_errors == []


@pytest_asyncio.fixture
async def api(sb: Sandbox) -> AsyncIterator[Api]:
    """An Api bound to `sb` with its own session."""
    async with aiohttp.ClientSession() as session:
        yield Api(sb, session)


def pytest_configure(config: pytest.Config) -> None:
    """Register the `sandbox` marker."""
    config.addinivalue_line("markers", "sandbox(**config): SandboxConfig overrides for the `sb` fixture")
