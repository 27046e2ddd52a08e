"""The `msgflash` command line (extra `cli`): a thin shell over `msgflash_async.bulk` and the sandbox.

msgflash send rows.csv --instance ID --text "Hi {name}"    # ledger on, progress bar, Ctrl-C to stop
msgflash send rows.csv --instance ID --text "Hi {name}" --resume
msgflash reconcile rows.csv.ledger.sqlite · msgflash report … · msgflash track …
msgflash sandbox · msgflash demo
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `msgflash` console script; returns the exit status."""
    try:
        from ._app import cli
    except ImportError as missing:  # the script exists even without the extra: say what to install
        print(f"msgflash needs the cli extra ({missing.name}): pip install 'msgflash-async[cli]'", file=sys.stderr)
        return 2
    args = sys.argv[1:] if argv is None else argv
    try:
        cli.main(args=args, prog_name="msgflash", obj={"argv": args})
    except SystemExit as done:  # click always ends with one; a test or a caller wants the status
        return done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
