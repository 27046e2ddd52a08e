"""`python -m msgflash_async demo [--rate N]`: see `msgflash_async._demo`."""

from __future__ import annotations

import argparse
import asyncio
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m msgflash_async")
    commands = parser.add_subparsers(dest="command", required=True)
    demo = commands.add_parser(
        "demo", help="run the demo (sandbox by default; real API, read-only, with MSGFLASH_API_KEY)"
    )
    demo.add_argument("--rate", type=float, default=10.0, help="requests per second per key (default 10, as MsgFlash)")
    args = parser.parse_args(argv)
    from ._demo import run_demo

    return asyncio.run(run_demo(rate_limit=args.rate))


if __name__ == "__main__":
    sys.exit(main())
