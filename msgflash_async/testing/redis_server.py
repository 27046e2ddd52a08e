"""A throwaway `redis-server` for tests and benchmarks: a private unix socket, no TCP port, no persistence.

```python
# not run: needs the redis-server binary (Debian: apt-get install redis-server)
with RedisServer() as server:
    redis = Redis.from_url(server.url)
```
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import Self

__all__ = ["RedisServer", "redis_server_binary"]


def redis_server_binary() -> str | None:
    """The path of `redis-server`, or None when it is not installed."""
    return shutil.which("redis-server")


class RedisServer:
    """Starts `redis-server` on a unix socket in a temporary folder; `restart()` keeps the same address."""

    def __init__(self, *, startup_timeout: float = 10.0) -> None:
        binary = redis_server_binary()
        if binary is None:
            raise RuntimeError("redis-server is not installed (Debian: apt-get install redis-server)")
        self._binary = binary
        self._folder = tempfile.TemporaryDirectory(prefix="msgflash-redis-")
        self.socket = Path(self._folder.name) / "redis.sock"
        self._startup_timeout = startup_timeout
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """`unix:///…/redis.sock` for `Redis.from_url`."""
        return f"unix://{self.socket}"

    def start(self) -> None:
        if self._process is not None:
            return
        # --port 0: no TCP listener at all, so nothing outside this machine's user can reach it.
        command = [self._binary, "--port", "0", "--unixsocket", str(self.socket), "--unixsocketperm", "700"]
        command += ["--save", "", "--appendonly", "no", "--dir", self._folder.name, "--loglevel", "warning"]
        self._process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # noqa: S603 (our own argv)
        deadline = time.monotonic() + self._startup_timeout
        while not self._answers():
            if self._process.poll() is not None:
                err = self._process.stderr.read().decode(errors="replace") if self._process.stderr else ""
                self._process = None
                raise RuntimeError(f"redis-server exited at start: {err.strip()}")
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"redis-server did not answer within {self._startup_timeout} s")
            time.sleep(0.01)

    def stop(self) -> None:
        """Stop the server (its data is gone: nothing is persisted)."""
        process, self._process = self._process, None
        if process is None:
            return
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stderr is not None:
            process.stderr.close()
        self.socket.unlink(missing_ok=True)

    def restart(self) -> None:
        """Stop and start again, empty, at the same socket (what a crashed, non-persistent Redis does)."""
        self.stop()
        self.start()

    def _answers(self) -> bool:
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                sock.settimeout(1.0)
                sock.connect(str(self.socket))
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def close(self) -> None:
        self.stop()
        self._folder.cleanup()

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
