"""The `python -m msgflash_async.testing` CLI and the pytest plugin."""

from __future__ import annotations

import asyncio
import importlib.metadata
import re
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import aiohttp
import pytest

from msgflash_async.testing import Sandbox

ROOT = Path(__file__).resolve().parents[2]


async def start_cli(*args: str) -> tuple[asyncio.subprocess.Process, dict[str, str]]:
    """Start the CLI and read the printed settings."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "msgflash_async.testing",
        *args,
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    assert proc.stdout is not None
    printed: dict[str, str] = {}
    async with asyncio.timeout(10):
        while "Press Ctrl-C" not in (line := (await proc.stdout.readline()).decode()):
            assert line, "CLI exited early"
            if "=" in line:
                name, _, value = line.strip().partition("=")
                printed[name] = value
    return proc, printed


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
async def test_cli_serves_and_stops(sig: signal.Signals) -> None:
    """The CLI prints URL and keys, answers requests, and exits 0 on SIGINT/SIGTERM."""
    proc, printed = await start_cli("--port", "0", "--rate-limit", "5")
    try:
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", printed["MSGFLASH_BASE_URL"])
        assert printed["MSGFLASH_API_KEY"].startswith("msgf_live_")
        assert printed["MSGFLASH_TEAM_KEY"].startswith("msgf_team_")
        headers = {"x-api-key": printed["MSGFLASH_TEAM_KEY"], "X-Team-Id": printed["MSGFLASH_TEAM_ID"]}
        url = printed["MSGFLASH_BASE_URL"] + "/api/v1/instances"
        async with aiohttp.ClientSession() as session, session.get(url, headers=headers) as resp:
            assert resp.status == 200
            assert len((await resp.json())["data"]) == 2
    finally:
        proc.send_signal(sig)
        async with asyncio.timeout(10):
            out, err = await proc.communicate()
    assert proc.returncode == 0, err
    assert b"stopped" in out
    assert b"Traceback" not in err


def test_cli_refuses_public_bind() -> None:
    """Binding anything but loopback is refused."""
    proc = subprocess.run(
        [sys.executable, "-m", "msgflash_async.testing", "--host", "0.0.0.0"],  # noqa: S104 - the point of the test
        cwd=ROOT,
        capture_output=True,
        timeout=30,
        check=False,
    )
    assert proc.returncode == 2
    assert b"non-loopback" in proc.stderr


async def test_fixture_yields_started_sandbox(msgflash_sandbox: Sandbox) -> None:
    """The plugin fixture yields a started sandbox that answers."""
    async with aiohttp.ClientSession() as session:
        url = msgflash_sandbox.base_url + "/api/v1/me"
        async with session.get(url, headers=msgflash_sandbox.headers()) as resp:
            assert resp.status == 200


@pytest.mark.msgflash_sandbox(plan="free", rate_limit_per_second=None)
async def test_fixture_marker_configures(msgflash_sandbox: Sandbox) -> None:
    """`@pytest.mark.msgflash_sandbox(...)` passes SandboxConfig fields."""
    assert msgflash_sandbox.config.plan == "free"
    assert msgflash_sandbox.account.plan.code == "free"


def test_the_plugin_is_opt_in() -> None:
    """No pytest11 entry point: installing the SDK changes nothing in a pytest run that does not ask for it."""
    entry_points = importlib.metadata.distribution("msgflash-async").entry_points
    assert [ep for ep in entry_points if ep.group == "pytest11"] == []


ASYNCIO_INI = "asyncio_mode = auto\nasyncio_default_fixture_loop_scope = function\n"


def _run_user_project(tmp_path: Path, *args: str, ini: str = ASYNCIO_INI) -> subprocess.CompletedProcess[bytes]:
    """pytest in a subprocess on a user project in `tmp_path` that opts in to the plugin."""
    (tmp_path / "conftest.py").write_text('pytest_plugins = ["msgflash_async.testing.pytest_plugin"]\n')
    (tmp_path / "pytest.ini").write_text(f"[pytest]\nfilterwarnings = error\n{ini}")
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args, str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        timeout=60,
        check=False,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )


def test_plugin_in_a_user_project(tmp_path: Path) -> None:
    """A user project that lists the plugin in `pytest_plugins` gets a working fixture."""
    (tmp_path / "test_user.py").write_text(
        textwrap.dedent("""
        import aiohttp

        async def test_send(msgflash_sandbox):
            sb = msgflash_sandbox
            body = {"instanceId": sb.workspace().connected_instance.id, "to": "+22990000002",
                    "type": "text", "text": "hi"}
            async with aiohttp.ClientSession() as s:
                async with s.post(sb.base_url + "/api/v1/messages/send", json=body, headers=sb.headers()) as r:
                    assert r.status == 201
            assert sb.counters.created["message"] == 1
    """)
    )
    proc = _run_user_project(tmp_path)
    assert proc.returncode == 0, proc.stdout.decode()[-3000:] + proc.stderr.decode()[-3000:]
    assert b"1 passed" in proc.stdout


def test_without_pytest_asyncio_only_the_fixture_test_errors_naming_the_extra(tmp_path: Path) -> None:
    """pytest-asyncio disabled: the test using the fixture fails with the remedy; the others still pass."""
    (tmp_path / "test_user.py").write_text(
        textwrap.dedent("""
        def test_unrelated():
            assert 1 + 1 == 2

        def test_uses_the_sandbox(msgflash_sandbox):
            pass
    """)
    )
    proc = _run_user_project(tmp_path, "-p", "no:asyncio", ini="")
    out = proc.stdout.decode()
    assert proc.returncode == 1, out[-3000:] + proc.stderr.decode()[-3000:]
    assert "1 passed, 1 error" in out  # a fixture that fails is reported as an error of its test
    assert "pip install 'msgflash-async[testing]'" in out
