"""``python -m msgflash_async.testing``: run a sandbox until Ctrl-C / SIGTERM."""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys

from ._config import PLANS, SandboxConfig
from ._sandbox import Sandbox


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m msgflash_async.testing", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="loopback address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port (default: any free port)")
    parser.add_argument(
        "--rate-limit", type=int, default=10, help="requests per second per key; 0 disables (default 10)"
    )
    parser.add_argument("--plan", choices=sorted(PLANS), default="pro", help="subscription plan (default pro)")
    parser.add_argument("--retry-after", action="store_true", help="send Retry-After on 429 rate-limit responses")
    return parser.parse_args(argv)


async def _serve(args: argparse.Namespace) -> None:
    config = SandboxConfig(
        host=args.host,
        port=args.port,
        rate_limit_per_second=args.rate_limit or None,
        plan=args.plan,
        send_retry_after=args.retry_after,
        # Human-paced defaults: progress is visible when polling by hand.
        message_step_seconds=1.0,
        job_step_seconds=0.5,
    )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    async with Sandbox(config) as sb:
        print(f"MsgFlash sandbox listening on {sb.base_url}")
        print(f"MSGFLASH_BASE_URL={sb.base_url}")
        print(f"MSGFLASH_API_KEY={sb.personal_key}")
        print(f"MSGFLASH_TEAM_KEY={sb.team_key}")
        print(f"MSGFLASH_TEAM_ID={sb.team_id}")
        print("Press Ctrl-C to stop.", flush=True)
        await stop.wait()
    print("MsgFlash sandbox stopped.", flush=True)


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit status."""
    args = _parse(argv)
    if args.host not in ("127.0.0.1", "::1", "localhost"):
        print("refusing to bind a non-loopback address", file=sys.stderr)
        return 2
    asyncio.run(_serve(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
