"""The ``msgflash_sandbox`` fixture proper; `pytest_plugin` registers it when pytest-asyncio is active."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from ._config import SandboxConfig
from ._sandbox import Sandbox

__all__ = ["msgflash_sandbox"]


@pytest_asyncio.fixture
async def msgflash_sandbox(request: pytest.FixtureRequest) -> AsyncIterator[Sandbox]:
    """A started MsgFlash sandbox, closed after the test; `@pytest.mark.msgflash_sandbox(...)` configures it."""
    marker = request.node.get_closest_marker("msgflash_sandbox")
    config = SandboxConfig(**marker.kwargs) if marker is not None else SandboxConfig()
    async with Sandbox(config) as sb:
        yield sb
        errors = list(sb.internal_errors)
    if errors:
        pytest.fail(f"the MsgFlash sandbox raised internally: {errors!r}")
