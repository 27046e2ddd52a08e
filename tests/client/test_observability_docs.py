"""Every ```python block of docs/guides/observability.md is a complete program that runs against the sandbox."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

PAGE = Path(__file__).parents[2] / "docs" / "guides" / "observability.md"
BLOCKS = re.findall(r"^```python\n(.*?)^```$", PAGE.read_text(), re.M | re.S)


def test_the_page_has_its_examples() -> None:
    """Hooks, outcomes, per-call options, OpenTelemetry and logging: five programs."""
    assert len(BLOCKS) == 5


@pytest.mark.parametrize("code", BLOCKS, ids=[f"block{i + 1}" for i in range(len(BLOCKS))])
def test_block_runs(code: str) -> None:
    """The block runs as a program of its own (no MSGFLASH_* variable needed) and prints something."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MSGFLASH_")}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() or done.stderr.strip()
