"""The lean fixed-response server: the cheapest server aiohttp can be, so the client's cost shows.

It runs in its own process (`python -m benchmarks._server`): the machine has two cores and client and
server would otherwise share one event loop, so the server's work would be counted against each client
and throughput figures would measure the two halves competing. It stops on its own after `--lifetime`.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import subprocess
import sys
from collections.abc import Iterator

from aiohttp import web

from . import _payloads

_JSON = {"Content-Type": "application/json"}
_INSTANCE_PATH = f"/api/v1/instances/{_payloads.INSTANCE_ID}"


async def _handle(request: web.BaseRequest) -> web.Response:
    # The low-level server: no router, no middlewares; a dict lookup per request is all the server does.
    path = request.path
    if request.method == "POST" and path == "/api/v1/messages/send":
        await request.read()  # a real server reads the body; so does this one
        return web.Response(body=_payloads.SENT_BODY, status=201, headers=_JSON)
    if path == _INSTANCE_PATH:
        return web.Response(body=_payloads.INSTANCE_BODY, headers=_JSON)
    if path == "/api/v1/contacts":
        body = _payloads.CONTACTS_BODIES.get(request.query.get("search", ""), _payloads.CONTACTS_100_BODY)
        return web.Response(body=body, headers=_JSON)
    return web.Response(status=404, body=b'{"error":{"code":"NOT_FOUND","message":"no such route"}}', headers=_JSON)


async def _serve(lifetime: float) -> None:
    server = web.Server(_handle, access_log=None)
    runner = web.ServerRunner(server, handle_signals=True)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, backlog=1024)
    await site.start()
    print(runner.addresses[0][1], flush=True)  # the parent reads the port from our first line
    try:
        await asyncio.sleep(lifetime)  # bounded: never outlives a crashed parent by more than this
    finally:
        await runner.cleanup()


@contextlib.contextmanager
def lean_server(lifetime: float = 3600.0) -> Iterator[str]:
    """Start the lean server in a subprocess; yield its base URL; stop it afterwards."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "benchmarks._server", "--lifetime", str(lifetime)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        yield f"http://127.0.0.1:{_read_port(proc)}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def _read_port(proc: subprocess.Popen[str]) -> int:
    assert proc.stdout is not None
    line = proc.stdout.readline()  # the child prints the port as soon as it listens, or exits ('' here)
    if not line.strip().isdigit():
        raise RuntimeError(f"the lean server did not start (said {line!r}, exit code {proc.poll()})")
    return int(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lifetime", type=float, default=3600.0, help="seconds before stopping by itself")
    args = parser.parse_args()
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args.lifetime))


if __name__ == "__main__":
    main()
