"""`msgflash` as a user runs it: a subprocess against a sandbox, interrupted (SIGINT), killed (SIGKILL), resumed.

The sandbox runs in the test's own event loop, so its records (every message it created, per recipient)
are the proof: each row of the file is created exactly once, or it is reported `unknown`.
"""

from __future__ import annotations

import asyncio
import json
import os
import shlex
import signal
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import attrs
import pytest
import pytest_asyncio

from msgflash_async.bulk import Ledger
from msgflash_async.testing import Sandbox

SEND = ("POST", "/api/v1/messages/send")
ROWS = 300


@attrs.frozen
class Done:
    status: int
    stdout: str
    stderr: str


@pytest_asyncio.fixture
async def sb() -> AsyncIterator[Sandbox]:
    async with Sandbox(rate_limit_per_second=None) as sandbox:
        yield sandbox


@pytest.fixture
def rows_csv(tmp_path: Path) -> Path:
    path = tmp_path / "rows.csv"
    lines = ["id,phone,name", *(f"c{n},{phone(n)},Name {n}" for n in range(ROWS))]
    path.write_text("\n".join(lines) + "\n")
    return path


def phone(n: int) -> str:
    return f"+3366{n:07d}"


def created(sb: Sandbox) -> dict[str, int]:
    counts: dict[str, int] = {}
    for message in sb.workspace().messages.values():
        counts[message.to] = counts.get(message.to, 0) + 1
    return counts


async def start(sb: Sandbox, *args: str | Path) -> asyncio.subprocess.Process:
    env = {**os.environ, "MSGFLASH_API_KEY": sb.personal_key, "MSGFLASH_BASE_URL": sb.base_url}
    env.pop("MSGFLASH_TEAM_ID", None)
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "msgflash_async.cli",
        *map(str, args),
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def finish(process: asyncio.subprocess.Process) -> Done:
    stdout, stderr = await process.communicate()
    assert process.returncode is not None
    return Done(process.returncode, stdout.decode(), stderr.decode())


async def msgflash(sb: Sandbox, *args: str | Path) -> Done:
    return await finish(await start(sb, *args))


def send_args(sb: Sandbox, rows_csv: Path, *extra: str) -> list[str | Path]:
    instance_id = sb.workspace().connected_instance.id
    return ["send", rows_csv, "-i", instance_id, "--key", "id", "--text", "Hi {name}", "--rate-limit", "1000", *extra]


async def test_dry_run_checks_every_row_and_sends_nothing(sb: Sandbox, rows_csv: Path) -> None:
    good = await msgflash(sb, *send_args(sb, rows_csv, "--dry-run"))
    assert good.status == 0, good.stderr
    assert f"all {ROWS} rows are valid" in good.stdout
    with rows_csv.open("a") as more:
        more.write("c-bad,0612,Eve\nc-empty,,Zed\n")
    bad = await msgflash(sb, *send_args(sb, rows_csv, "--dry-run"))
    assert bad.status == 1
    assert "row 301: must match the pattern" in bad.stderr
    assert "row 302: column 'phone' is missing or empty" in bad.stderr
    assert f"2 of {ROWS + 2} rows are invalid" in bad.stderr
    assert sb.counters.received[SEND] == 0
    assert not (rows_csv.parent / "rows.csv.ledger").exists()


async def test_sigint_stops_cleanly_and_the_resume_sends_each_row_once(
    sb: Sandbox, rows_csv: Path, request: pytest.FixtureRequest
) -> None:
    """Ctrl-C mid-run: in-flight sends settle (no row left pending), the resume hint works, no row twice."""
    sb.faults.add("latency", *SEND, times=None, latency=0.05)
    process = await start(sb, *send_args(sb, rows_csv, "--concurrency", "4"))
    await sb.wait_for(lambda: len(sb.workspace().messages) >= 60, timeout=60)
    process.send_signal(signal.SIGINT)
    stopped = await finish(process)
    assert stopped.status == 130, stopped.stderr
    assert "Resume with:" in stopped.stdout
    hint = shlex.split(stopped.stdout.split("Resume with:")[1].strip().splitlines()[0])
    assert hint[0] == "msgflash"
    assert "--resume" in hint
    with Ledger.open(rows_csv.parent / "rows.csv.ledger") as ledger:
        after_stop = ledger.counts()
    assert "unknown" not in after_stop  # the sends in flight finished: none left pending
    first_run = created(sb)
    assert after_stop["accepted"] == len(first_run) < ROWS
    assert set(first_run.values()) == {1}

    resumed = await msgflash(sb, *hint[1:])
    assert resumed.status == 0, resumed.stdout + resumed.stderr
    assert f"{len(first_run)} skipped" in resumed.stdout
    assert created(sb) == {phone(n): 1 for n in range(ROWS)}
    request.node.user_properties.append(("sigint", f"first run {dict(after_stop)}; {resumed.stdout.splitlines()[0]}"))


async def test_sigkill_then_resume_reconcile_resume_creates_each_row_exactly_once(
    sb: Sandbox, rows_csv: Path, request: pytest.FixtureRequest
) -> None:
    """kill -9 mid-run: the rows in flight are `unknown` (never re-sent by a resume); reconcile settles them
    from the server's history; a last resume sends the rest. Every row ends created exactly once."""
    sb.faults.add("latency", *SEND, times=None, latency=0.2)
    process = await start(sb, *send_args(sb, rows_csv, "--concurrency", "8"))

    def sends_in_flight() -> bool:
        # Received but still in the sandbox's latency: their inputs are committed `pending` (a send leaves
        # only after that) and cannot have been settled. The sends move in waves of 8 with one latency, so
        # between two waves nothing may be in flight; a kill there would leave nothing `unknown`.
        return sb.counters.received[SEND] > sb.counters.handled[SEND]

    await sb.wait_for(lambda: len(sb.workspace().messages) >= 40 and sends_in_flight(), timeout=60)
    process.kill()
    await finish(process)
    await sb.wait_for(lambda: sb.counters.handled[SEND] == sb.counters.received[SEND], timeout=30)
    ledger_path = rows_csv.parent / "rows.csv.ledger"
    with Ledger.open(ledger_path) as ledger:
        after_kill = ledger.counts()
        in_ledger = {e.recipient: e.outcome for e in ledger.entries()}
    on_server = created(sb)
    assert set(on_server.values()) == {1}
    assert all(in_ledger.get(to) in ("accepted", "unknown") for to in on_server)  # nothing created unrecorded
    assert after_kill["unknown"] >= 1

    resumed = await msgflash(sb, *send_args(sb, rows_csv, "--resume"))
    assert resumed.status == 1  # some rows are unknown: not a clean success
    assert f"{after_kill['unknown']} may have been sent" in resumed.stdout
    assert set(created(sb).values()) == {1}
    assert len(created(sb)) == ROWS - after_kill["unknown"] + sum(
        1 for to, outcome in in_ledger.items() if outcome == "unknown" and to in on_server
    )

    settled = await msgflash(sb, "reconcile", ledger_path, "--settle-after", "0", "--rate-limit", "1000")
    assert settled.status == 0, settled.stdout + settled.stderr
    assert "0 could not be settled" in settled.stdout

    final = await msgflash(sb, *send_args(sb, rows_csv, "--resume"))
    assert final.status == 0, final.stdout
    assert created(sb) == {phone(n): 1 for n in range(ROWS)}
    report = await msgflash(sb, "report", ledger_path, "--format", "json")
    entries = json.loads(report.stdout)
    assert len(entries) == ROWS
    assert {e["outcome"] for e in entries} == {"accepted"}
    request.node.user_properties.append(
        (
            "sigkill",
            f"after kill {dict(after_kill)}, server {len(on_server)}; resume: {resumed.stdout.splitlines()[0]};"
            f" {settled.stdout.splitlines()[0]}; final: {final.stdout.splitlines()[0]}",
        )
    )


async def test_report_lists_failures_with_reasons(sb: Sandbox, rows_csv: Path) -> None:
    """A refused send (422 INVALID_DESTINATION) appears in the failures report with its reason."""
    sb.faults.status(422, "INVALID_DESTINATION", *SEND, times=1)
    done = await msgflash(sb, *send_args(sb, rows_csv, "--concurrency", "1"))
    assert done.status == 1
    report = await msgflash(sb, "report", rows_csv.parent / "rows.csv.ledger", "--failures")
    lines = report.stdout.strip().splitlines()
    assert lines[0] == "key,row,outcome,message_id,recipient,status,error,reason"
    assert len(lines) == 2
    assert "failed" in lines[1]
    assert "INVALID_DESTINATION" in lines[1]


async def test_an_existing_ledger_needs_resume(sb: Sandbox, rows_csv: Path) -> None:
    (rows_csv.parent / "rows.csv.ledger").write_bytes(b"")
    done = await msgflash(sb, *send_args(sb, rows_csv))
    assert done.status == 2
    assert "--resume" in done.stderr
    assert sb.counters.received[SEND] == 0


def test_the_console_script_is_installed() -> None:
    script = Path(sys.executable).parent / "msgflash"
    assert script.exists()
    import subprocess

    done = subprocess.run([script, "--help"], capture_output=True, text=True, check=False)
    assert done.returncode == 0
    for command in ("send", "reconcile", "report", "track", "sandbox", "demo"):
        assert command in done.stdout


async def test_the_sandbox_subcommand_serves_until_ctrl_c() -> None:
    """`msgflash sandbox` is `python -m msgflash_async.testing`: it prints the variables to export, stops on SIGINT."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "msgflash_async.cli", "sandbox", "--rate-limit", "0",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    assert process.stdout is not None
    lines = [(await process.stdout.readline()).decode() for _ in range(2)]
    assert lines[1].startswith("MSGFLASH_BASE_URL=http://127.0.0.1:")
    process.send_signal(signal.SIGINT)
    stopped = await finish(process)
    assert stopped.status == 0
    assert "sandbox stopped" in stopped.stdout


def test_without_the_cli_extra_the_script_names_it() -> None:
    """The console script exists without click and rich: it says which extra to install, exit 2."""
    code = "import sys; sys.modules['click'] = None; from msgflash_async.cli import main; sys.exit(main(['--help']))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2
    assert "msgflash needs the cli extra (click): pip install 'msgflash-async[cli]'" in done.stderr


async def test_track_follows_the_accepted_rows_to_their_final_status(rows_csv: Path) -> None:
    """`msgflash track` polls the statuses of a run's accepted rows into the ledger, within the rate limit."""
    async with Sandbox(rate_limit_per_second=None, message_step_seconds=0.05) as sb:
        sent = await msgflash(sb, *send_args(sb, rows_csv))
        assert sent.status == 0, sent.stderr
        ledger = rows_csv.parent / "rows.csv.ledger"
        once = await msgflash(sb, "track", ledger, "--once", "--rate-limit", "1000")
        followed = await msgflash(sb, "track", ledger, "--interval", "0.2", "--timeout", "60", "--rate-limit", "1000")
    assert once.status == 0, once.stderr
    assert once.stdout.startswith("statuses: ")
    assert followed.status == 0, followed.stderr
    assert followed.stdout.strip() == f"statuses: {ROWS} read", followed.stdout
