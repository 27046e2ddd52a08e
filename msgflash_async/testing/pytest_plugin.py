"""pytest plugin, opt-in: ``pytest_plugins = ["msgflash_async.testing.pytest_plugin"]`` in your root conftest.py.

Provides ``msgflash_sandbox``, a started :class:`~msgflash_async.testing.Sandbox` per test (function scope).
Tune it with ``@pytest.mark.msgflash_sandbox(plan="free", ...)``: the marker's keyword arguments are
SandboxConfig fields. The fixture fails the test if the sandbox itself raised internally, so a sandbox bug
never hides.

Opt-in rather than a ``pytest11`` entry point: an entry point would run in every pytest process of everyone who
installs the SDK, importing it (and marking the whole package for assertion rewriting) whether or not their
tests use the fixture. The fixture is async, so it needs pytest-asyncio (the ``testing`` extra); without it
active, a test that asks for the fixture fails with a message naming the extra, and no other test is affected.
"""

from __future__ import annotations

from typing import NoReturn

import pytest

__all__ = ["TESTING_EXTRA_HINT"]

TESTING_EXTRA_HINT = (
    "the msgflash_sandbox fixture runs on pytest-asyncio, which is not active in this pytest run: "
    "pip install 'msgflash-async[testing]' (and do not disable it with -p no:asyncio)"
)


def pytest_configure(config: pytest.Config) -> None:
    """Register the marker (for --strict-markers) and the fixture that fits this run."""
    config.addinivalue_line(
        "markers", "msgflash_sandbox(**config): SandboxConfig fields for the msgflash_sandbox fixture"
    )
    if config.pluginmanager.has_plugin("asyncio"):  # pytest-asyncio's plugin name; it was imported already
        from . import _pytest_fixture as fixture_plugin
    else:
        fixture_plugin = _WithoutPytestAsyncio()  # type: ignore[assignment]
    config.pluginmanager.register(fixture_plugin, "msgflash_async.testing.sandbox_fixture")


class _WithoutPytestAsyncio:
    """Stands in for the real fixture so that a test asking for it fails with the remedy, not 'not found'."""

    @pytest.fixture
    def msgflash_sandbox(self) -> NoReturn:
        """Fails the requesting test: pytest-asyncio (the `testing` extra) is missing or disabled."""
        pytest.fail(TESTING_EXTRA_HINT, pytrace=False)
