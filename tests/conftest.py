"""Shared fixtures: a clean environment, leak detection, and the sandbox (from our own pytest plugin)."""

from __future__ import annotations

import gc
import os
import weakref
from collections.abc import Iterator
from typing import Any

import aiohttp
import pytest

# Our plugin, opted in to as a user would (it has no pytest11 entry point): the `msgflash_sandbox` fixture.
pytest_plugins = ["msgflash_async.testing.pytest_plugin"]

# User projects that the `package` nox session runs against the built wheel, not tests of this suite.
collect_ignore = ["package"]


@pytest.fixture(autouse=True)
def _clean_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    """No MSGFLASH_* variable from the developer's shell leaks into a test."""
    for name in list(os.environ):
        if name.startswith("MSGFLASH_"):
            monkeypatch.delenv(name)


@pytest.fixture(scope="session")
def _aiohttp_sessions() -> Iterator[weakref.WeakSet[aiohttp.ClientSession]]:
    """Every aiohttp session created in this run (the SDK's, the sandbox's, the tests' own), held weakly."""
    created: weakref.WeakSet[aiohttp.ClientSession] = weakref.WeakSet()
    original = aiohttp.ClientSession.__init__

    def recording_init(self: aiohttp.ClientSession, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        created.add(self)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(aiohttp.ClientSession, "__init__", recording_init)
        yield created


@pytest.fixture(autouse=True)
def _no_leaked_session(_aiohttp_sessions: weakref.WeakSet[aiohttp.ClientSession]) -> Iterator[None]:
    """Every session a test creates is closed when it ends: checked directly, so no garbage collection is needed.

    Weak references stay alive until a collection, so an unclosed session that became garbage (the classic
    leak: a client never closed) is still seen here, with the test that made it.
    """
    before = set(_aiohttp_sessions)
    yield
    leaked = [session for session in _aiohttp_sessions if session not in before and not session.closed]
    assert not leaked, f"unclosed aiohttp session(s) left by this test: {leaked!r}"


@pytest.fixture(autouse=True, scope="module")
def _collect_garbage_per_module() -> Iterator[None]:
    """One full collection per module (not per test: it costs ~0.1 s here) as a backstop for other leaks.

    An unclosed socket, transport or connector warns (ResourceWarning) when collected; with filterwarnings=error
    that fails this module's last test instead of surfacing, unattributed, at the end of the run.
    """
    yield
    gc.collect()
