"""pytest plugin: ``pytest_plugins = ["msgflash_async.testing.pytest_plugin"]``.

Provides ``msgflash_sandbox``, a started :class:`Sandbox` per test (function
scope). Tune it with ``@pytest.mark.msgflash_sandbox(plan="free", ...)``: the
marker's keyword arguments are SandboxConfig fields. The fixture fails the test
if the sandbox itself raised internally, so a sandbox bug never hides.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from ._config import SandboxConfig
from ._sandbox import Sandbox

__all__ = ["msgflash_sandbox"]


def pytest_configure(config: pytest.Config) -> None:
    """Register the marker so --strict-markers accepts it."""
    config.addinivalue_line(
        "markers", "msgflash_sandbox(**config): SandboxConfig fields for the msgflash_sandbox fixture"
    )


@pytest_asyncio.fixture
async def msgflash_sandbox(request: pytest.FixtureRequest) -> AsyncIterator[Sandbox]:
    """A started MsgFlash sandbox, closed after the test."""
    marker = request.node.get_closest_marker("msgflash_sandbox")
    config = SandboxConfig(**marker.kwargs) if marker is not None else SandboxConfig()
    async with Sandbox(config) as sb:
        yield sb
        errors = list(sb.internal_errors)
    if errors:
        pytest.fail(f"the MsgFlash sandbox raised internally: {errors!r}")
