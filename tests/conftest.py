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
def _collect_garbage() -> Iterator[None]:
    """Collect after each test so an unclosed session warns (and, with filterwarnings=error, fails) here."""
    yield
    gc.collect()
