"""Every ```python block of the documentation runs against the sandbox, so the docs cannot rot (see blocks.py)."""

from __future__ import annotations

import ast
import asyncio
import inspect
import os
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import pytest

from msgflash_async.testing import Sandbox

from .blocks import ROOT, Block, blocks, pages

WEBHOOK_SECRET = "whsec_docs_sandbox"
PAGES = [page for page in pages() if any(b.lang == "python" for b in blocks(page))]


def run_page(page_blocks: list[Block], folder: Path) -> list[str]:
    """Run a page's blocks in order in one namespace and one event loop; the reasons of the skipped ones."""
    namespace: dict[str, Any] = {"__name__": "__docs__"}
    skipped: list[str] = []
    loop = asyncio.new_event_loop()
    try:
        for block in page_blocks:
            if block.skip_reason is not None:
                skipped.append(f"{block.where}: {block.skip_reason}")
            elif block.file_name is not None:
                (folder / block.file_name).write_text(block.code + "\n")
            elif block.lang == "python":
                run_block(block, namespace, loop)
        loop.run_until_complete(loop.shutdown_asyncgens())
    finally:
        loop.close()
    return skipped


def run_block(block: Block, namespace: dict[str, Any], loop: asyncio.AbstractEventLoop) -> None:
    # Line numbers in tracebacks are the page's own.
    tree = ast.increment_lineno(ast.parse(block.code, str(block.page)), block.line)
    code = compile(tree, str(block.page), "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    result = eval(code, namespace)  # noqa: S307 - our own documentation, run in a test
    if inspect.iscoroutine(result):
        loop.run_until_complete(result)


def run_pytest_folder(folder: Path) -> None:
    """A page's test files, run by pytest as their user would (the package's pytest plugin loads itself)."""
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-W", "error", str(folder)]
    result = subprocess.run(command, cwd=folder, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, f"the page's tests failed:\n{result.stdout}\n{result.stderr}"
    summary = result.stdout.splitlines()[-1]
    assert " passed" in summary, result.stdout
    print(f"the page's own tests: {summary}")  # noqa: T201 - shown with -s


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(ROOT / "docs")) for p in PAGES])
@pytest.mark.msgflash_sandbox(webhook_secret=WEBHOOK_SECRET, message_step_seconds=0.02)
async def test_the_page_runs(
    page: Path, msgflash_sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """All python blocks of the page run in order against a fresh sandbox (keys and URL in the environment)."""
    sb = msgflash_sandbox
    monkeypatch.setenv("MSGFLASH_API_KEY", sb.personal_key)
    monkeypatch.setenv("MSGFLASH_BASE_URL", sb.base_url)
    monkeypatch.setenv("MSGFLASH_WEBHOOK_SECRET", WEBHOOK_SECRET)
    monkeypatch.setenv("TEAM_KEY", sb.team_key)
    monkeypatch.setenv("TEAM_ID", sb.team_id)
    monkeypatch.chdir(tmp_path)
    page_blocks = blocks(page)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        # The page runs in a thread of its own: its blocks may call asyncio.run, while the sandbox serves here.
        skipped = await asyncio.to_thread(run_page, page_blocks, tmp_path)
    if any((tmp_path / name).exists() for name in os.listdir(tmp_path) if name.startswith("test_")):
        monkeypatch.delenv("MSGFLASH_API_KEY")
        await asyncio.to_thread(run_pytest_folder, tmp_path)
    for reason in skipped:
        print(f"not run: {reason}")  # noqa: T201 - shown with -rA / -s


def test_the_runner_finds_blocks_and_honours_the_skip_convention(tmp_path: Path) -> None:
    """The conventions other authors rely on: every python block is found, `# not run:` skips, `# file:` writes."""
    page = tmp_path / "page.md"
    page.write_text(
        "# t\n\n```python\nx = 1\n```\n\n- item\n\n    ```python\n    x += 1\n    ```\n\n"
        "```python\n# not run: needs Redis\nraise SystemExit\n```\n\n```python\n# file: helper.py\nVALUE = 3\n```\n"
        "```sh\nexit 1\n```\n"
    )
    found = blocks(page)
    assert [(b.line, b.skip_reason, b.file_name) for b in found] == [
        (3, None, None),
        (9, None, None),
        (13, "needs Redis", None),
        (18, None, "helper.py"),
    ]
    assert run_page(found, tmp_path) == [f"{page}:13: needs Redis"]
    assert (tmp_path / "helper.py").read_text() == "# file: helper.py\nVALUE = 3\n"


def test_a_failing_block_fails_with_the_page_line(tmp_path: Path) -> None:
    page = tmp_path / "bad.md"
    page.write_text("# t\n\n```python\nimport asyncio\n\nawait asyncio.sleep(0)\n1 / 0\n```\n")
    with pytest.raises(ZeroDivisionError) as caught:
        run_page(blocks(page), tmp_path)
    assert caught.traceback[-1].lineno + 1 == 7  # pytest's line numbers are 0-based
