"""Shared fixtures: a clean environment, leak detection, and the sandbox (from our own pytest plugin)."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _clean_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    """No MSGFLASH_* variable from the developer's shell leaks into a test."""
    for name in list(os.environ):
        if name.startswith("MSGFLASH_"):
            monkeypatch.delenv(name)


@pytest.fixture(autouse=True)
def _collect_garbage(request: pytest.FixtureRequest) -> Iterator[None]:
    """Collect after each SDK test so an unclosed session warns (and, with filterwarnings=error, fails) here.

    Skipped for the contract and sandbox suites, which create no SDK session: a full collection costs
    ~0.1 s per test there.
    """
    yield
    if not {"contract", "sandbox"} & set(request.node.path.parts):
        gc.collect()
