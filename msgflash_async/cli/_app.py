"""The `msgflash` commands. Each one parses its options and calls `msgflash_async.bulk` (or the sandbox, the
demo); what a run does, and every decision about a message's fate, lives there, not here."""

from __future__ import annotations

import asyncio
import contextlib
import csv
import json
import shlex
import signal
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

import click

from msgflash_async._client import MsgFlash
from msgflash_async._errors import MsgFlashError
from msgflash_async.bulk import (
    Entry,
    Item,
    Ledger,
    RowError,
    RowMapping,
    follow_statuses,
    read_rows,
    reconcile,
    refresh_statuses,
)
from msgflash_async.cli._progress import RunProgress

EXIT_INTERRUPTED = 130
_SHOWN_ROW_ERRORS = 20


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def cli() -> None:
    """Bulk WhatsApp sending with MsgFlash: every row accepted, refused or reported, never sent twice.

    The key comes from MSGFLASH_API_KEY (and MSGFLASH_TEAM_ID for a team key), never from the command line.
    """


# -- send ------------------------------------------------------------------------------------------------


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--instance", "-i", "instance_id", required=True, envvar="MSGFLASH_INSTANCE_ID", help="instance id")
@click.option("--to", "to_column", default="phone", show_default=True, help="column holding the recipient (+E.164)")
@click.option("--key", "key_column", help="column holding each row's own id (default: the row number)")
@click.option("--text", help='the message, with {column} placeholders: "Hi {name}"')
@click.option("--template-id", help="send this template instead of a text")
@click.option("--var", "variables", multiple=True, metavar="NAME=COLUMN", help="a template's custom.NAME from COLUMN")
@click.option("--concurrency", "-c", default=16, show_default=True, type=click.IntRange(1, 1024))
@click.option("--rate-limit", default=10.0, show_default=True, type=click.FloatRange(min=0, min_open=True))
@click.option("--ledger", "ledger_path", type=click.Path(dir_okay=False, path_type=Path), help="default FILE.ledger")
@click.option("--no-ledger", is_flag=True, help="keep no record (no resume, no reconcile)")
@click.option("--resume", is_flag=True, help="continue the run recorded in the ledger")
@click.option("--resend-failed", is_flag=True, help="with --resume: send the refused rows again")
@click.option("--dry-run", is_flag=True, help="check every row, send nothing")
@click.pass_context
def send(
    ctx: click.Context,
    file: Path,
    instance_id: str,
    to_column: str,
    key_column: str | None,
    text: str | None,
    template_id: str | None,
    variables: Sequence[str],
    concurrency: int,
    rate_limit: float,
    ledger_path: Path | None,
    no_ledger: bool,
    resume: bool,
    resend_failed: bool,
    dry_run: bool,
) -> None:
    """Send one message per row of a CSV or JSONL FILE."""
    mapping = _mapping(instance_id, to_column, key_column, text, template_id, variables)
    total = _check_every_row(file, mapping)
    if dry_run:
        click.echo(f"dry run: all {total} rows are valid; nothing was sent")
        return
    ledger = None if no_ledger else _open_ledger(ledger_path or default_ledger(file), resume=resume)
    try:
        status = asyncio.run(
            _send(file, mapping, total, ledger, concurrency, rate_limit, resend_failed, _resume_hint(ctx))
        )
    finally:
        if ledger is not None:
            ledger.close()
    ctx.exit(status)


def default_ledger(file: Path) -> Path:
    """Where a file's run is recorded unless `--ledger` says otherwise."""
    return file.with_name(file.name + ".ledger")


def _mapping(
    instance_id: str,
    to_column: str,
    key_column: str | None,
    text: str | None,
    template_id: str | None,
    variables: Sequence[str],
) -> RowMapping:
    pairs = dict(v.split("=", 1) for v in variables if "=" in v)
    if len(pairs) != len(variables):
        raise click.BadParameter("each --var is NAME=COLUMN", param_hint="--var")
    try:
        return RowMapping(instance_id, to_column, key_column, text, template_id, pairs)
    except MsgFlashError as error:
        raise click.UsageError(str(error)) from None


def _check_every_row(file: Path, mapping: RowMapping) -> int:
    """Every row checked before any I/O; exits with the list of bad rows if there is one."""
    total, problems = 0, []
    keys: set[str] = set()
    try:
        for number, row in enumerate(read_rows(file), 1):
            total = number
            try:
                key = mapping.item(row, number).key
            except RowError as error:
                problems.append(str(error))
                continue
            if key in keys:
                problems.append(f"row {number}: key {key!r} appears twice")
            keys.add(key)
    except (OSError, ValueError) as error:
        raise click.ClickException(f"cannot read {file}: {error}") from None
    if problems:
        for problem in problems[:_SHOWN_ROW_ERRORS]:
            click.echo(problem, err=True)
        more = len(problems) - _SHOWN_ROW_ERRORS
        click.echo(f"… and {more} more" if more > 0 else "", err=True, nl=more > 0)
        raise click.ClickException(f"{len(problems)} of {total} rows are invalid; nothing was sent")
    return total


def _open_ledger(path: Path, *, resume: bool) -> Ledger:
    if path.exists() and not resume:
        raise click.UsageError(f"{path} records an earlier run: add --resume to continue it, or --ledger NEW")
    if resume and not path.exists():
        raise click.UsageError(f"--resume: no ledger at {path}")
    return Ledger.open(path)


def _resume_hint(ctx: click.Context) -> str:
    argv: list[str] = list(ctx.obj["argv"]) if ctx.obj else sys.argv[1:]
    return shlex.join(["msgflash", *argv, *([] if "--resume" in argv else ["--resume"])])


def _rows(file: Path, mapping: RowMapping) -> Iterator[Item]:
    for number, row in enumerate(read_rows(file), 1):
        yield mapping.item(row, number)


async def _send(
    file: Path,
    mapping: RowMapping,
    total: int,
    ledger: Ledger | None,
    concurrency: int,
    rate_limit: float,
    resend_failed: bool,
    resume_hint: str,
) -> int:
    counts: Counter[str] = Counter()
    interrupts = 0
    async with MsgFlash(rate_limit=rate_limit) as mf:
        run = mf.send_many(_rows(file, mapping), concurrency=concurrency, ledger=ledger, resend_failed=resend_failed)
        progress = RunProgress(total)

        def interrupted() -> None:  # 1st Ctrl-C: no new row, in-flight sends finish; 2nd: they become unknown
            nonlocal interrupts
            interrupts += 1
            if interrupts == 1:
                run.stop()
                progress.note("stopping: the sends in flight finish (Ctrl-C again: stop now, report them unknown)")
            else:
                run.cancel_in_flight()

        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, interrupted)
        try:
            with progress:
                async with run:
                    async for result in run:
                        counts[result.outcome] += 1
                        progress.advance(result.outcome)
                        if result.outcome in ("failed", "unknown"):
                            progress.note(f"{result.key}: {result.outcome}: {result.error or result.reason}")
                counts.update(r.outcome for r in run.unreported)
        finally:
            for signum in (signal.SIGINT, signal.SIGTERM):
                loop.remove_signal_handler(signum)
    click.echo("results: " + ", ".join(f"{n} {outcome}" for outcome, n in sorted(counts.items())))
    if ledger is not None:
        click.echo(f"ledger:  {ledger.path} ({_counts(ledger.counts())})")
    if interrupts and ledger is None:
        click.echo("interrupted; there is no ledger (--no-ledger), so a rerun would send every row again")
        return EXIT_INTERRUPTED
    if interrupts:
        click.echo(f"interrupted: every row sent so far is in the ledger. Resume with:\n  {resume_hint}")
        return EXIT_INTERRUPTED
    if counts["unknown"] and ledger is not None:
        click.echo(f"{counts['unknown']} may have been sent: settle them with  msgflash reconcile {ledger.path}")
    return 0 if counts.keys() <= {"accepted", "skipped"} else 1


def _counts(counts: Counter[str]) -> str:
    return ", ".join(f"{n} {outcome}" for outcome, n in sorted(counts.items())) or "empty"


# -- reconcile, report, track ------------------------------------------------------------------------------

_LEDGER = click.argument("ledger_path", metavar="LEDGER", type=click.Path(exists=True, dir_okay=False, path_type=Path))


@cli.command("reconcile")
@_LEDGER
@click.option("--settle-after", default=60.0, show_default=True, help="seconds before a missing send is resendable")
@click.option("--rate-limit", default=10.0, show_default=True, type=click.FloatRange(min=0, min_open=True))
def reconcile_command(ledger_path: Path, settle_after: float, rate_limit: float) -> None:
    """Settle the ledger's `unknown` rows against the API's message history."""
    with Ledger.open(ledger_path) as ledger:
        report = asyncio.run(_with_client(rate_limit, lambda mf: reconcile(mf, ledger, settle_after=settle_after)))
        click.echo(f"reconcile: {report}")
        click.echo(f"ledger:    {_counts(ledger.counts())}")
        if report.resend:
            click.echo("rows safe to resend go out with: msgflash send … --resume")
    sys.exit(0 if report.unsettled == 0 else 1)


@cli.command()
@_LEDGER
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True)
@click.option("--output", "-o", type=click.File("w"), default="-", help="default: standard output")
@click.option("--failures", is_flag=True, help="only rows not accepted, with their reasons")
def report(ledger_path: Path, fmt: str, output: TextIO, failures: bool) -> None:
    """Every row's result (key, outcome, message id, delivery status, error, reason) as CSV or JSON."""
    with Ledger.open(ledger_path) as ledger:
        entries = (e for e in ledger.entries() if not failures or e.outcome != "accepted")
        rows = (_report_row(e) for e in entries)
        if fmt == "json":
            json.dump(list(rows), output, indent=2)
            output.write("\n")
        else:
            writer = csv.DictWriter(output, fieldnames=_REPORT_FIELDS)
            writer.writeheader()
            writer.writerows(rows)
        click.echo(f"{_counts(ledger.counts())}", err=True)


_REPORT_FIELDS = ("key", "row", "outcome", "message_id", "recipient", "status", "error", "reason")


def _report_row(entry: Entry) -> dict[str, Any]:
    return {
        "key": entry.key,
        "row": entry.index + 1,
        "outcome": entry.outcome,
        "message_id": entry.message_id,
        "recipient": entry.recipient,
        "status": entry.status,
        "error": entry.error,
        "reason": entry.reason or ("in flight when its run stopped" if entry.state == "pending" else None),
    }


@cli.command()
@_LEDGER
@click.option("--timeout", default=300.0, show_default=True, help="give up after this many seconds")
@click.option("--interval", default=5.0, show_default=True, help="seconds between polls")
@click.option("--once", is_flag=True, help="one poll, then print")
@click.option("--rate-limit", default=10.0, show_default=True, type=click.FloatRange(min=0, min_open=True))
def track(ledger_path: Path, timeout: float, interval: float, once: bool, rate_limit: float) -> None:
    """Follow the delivery statuses of the accepted rows (queued → sent → delivered → read / failed)."""
    with Ledger.open(ledger_path) as ledger:
        if once:
            statuses = asyncio.run(_with_client(rate_limit, lambda mf: refresh_statuses(mf, ledger)))
        else:
            statuses = asyncio.run(
                _with_client(
                    rate_limit, lambda mf: follow_statuses(mf, ledger, timeout=timeout, poll_interval=interval)
                )
            )
    click.echo("statuses: " + _counts(statuses))


async def _with_client(rate_limit: float, job: Any) -> Any:
    async with MsgFlash(rate_limit=rate_limit) as mf:
        return await job(mf)


# -- sandbox, demo -------------------------------------------------------------------------------------------


@cli.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True, "help_option_names": []})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def sandbox(args: Sequence[str]) -> None:
    """Run a local fake MsgFlash until Ctrl-C (options: msgflash sandbox --help)."""
    from msgflash_async.testing.__main__ import main as sandbox_main

    with contextlib.suppress(KeyboardInterrupt):
        sys.exit(sandbox_main(list(args)))


@cli.command()
@click.option("--rate", default=10.0, show_default=True, help="requests per second per key")
def demo(rate: float) -> None:
    """The SDK doing a user's day: the sandbox, or the real API read-only when MSGFLASH_API_KEY is set."""
    from msgflash_async._demo import run_demo

    sys.exit(asyncio.run(run_demo(rate_limit=rate)))
