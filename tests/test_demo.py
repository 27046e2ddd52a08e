"""The README's first command: the demo runs end to end, on the sandbox and in read-only mode."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from msgflash_async.testing import Sandbox


def test_demo_against_the_sandbox() -> None:
    """`python -m msgflash_async demo` does every step and reports zero refused requests."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MSGFLASH_")}
    done = subprocess.run(
        [sys.executable, "-m", "msgflash_async", "demo", "--rate", "100"],
        capture_output=True, text=True, timeout=120, env=env, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    out = done.stdout
    steps = [
        "1. instances",
        "2. created 120 contacts",
        "3. paged through contacts: 120 contacts in 5 pages",
        "template rendered: 'Hi Ada, code PROMO10'",
        "statuses: {'read': 4}",
        "job done",
        "summary: 20 contacts left",
    ]
    for step in steps:
        assert step in out, out
    assert "0 refused" in out


@pytest.mark.msgflash_sandbox(rate_limit_per_second=10)
async def test_demo_read_only_mode_with_a_key(msgflash_sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    """With MSGFLASH_API_KEY set the demo only reads: the server sees GETs and nothing else."""
    from msgflash_async._demo import run_demo

    monkeypatch.setenv("MSGFLASH_API_KEY", msgflash_sandbox.personal_key)
    monkeypatch.setenv("MSGFLASH_BASE_URL", msgflash_sandbox.base_url)
    assert await run_demo() == 0
    methods = {method for method, _ in msgflash_sandbox.counters.received}
    assert methods == {"GET"}
