"""Benchmark 15: the fan-out of benchmark 5 counted in CPU instructions (optional: skipped without valgrind).

Time on this shared machine moves by ±5–10% between runs, more than most single changes to the send path
are worth, so a change cannot be judged by row 5 alone. Instructions can: each fan-out child runs under
callgrind, which counts every instruction the process executes. A small and a large run of each variant are
counted, and their difference divided by the difference in sends, so start-up and imports cancel out.

What instructions leave out is what time adds: the garbage collector's timing (under callgrind the server is
always ready, so collections fall differently), cache misses and branch mispredictions. So this row says
where the client's work is, and row 5 what it costs.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor

from ._results import Outcome, Row
from .fanout import CONCURRENCY, child_command

VARIANTS = ("raw", "sdk_semaphore", "sdk")
_COLLECTED = re.compile(r"Collected : ([\d,]+)")


def count(variant: str, base_url: str, sends: int, timeout: float) -> int:
    """Instructions executed by one fan-out child (`benchmarks.fanout`) of `sends` sends, start-up included."""
    callgrind = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
    command = [*callgrind, *child_command(variant, base_url, sends)]
    done = subprocess.run(command, check=True, capture_output=True, text=True, timeout=timeout)
    found = _COLLECTED.search(done.stderr)
    if found is None:
        raise RuntimeError(f"callgrind printed no instruction count for {variant}: {done.stderr[-500:]}")
    return int(found.group(1).replace(",", ""))


def per_send(variant: str, base_url: str, small: int, large: int, timeout: float) -> float:
    """Instructions per send: the large run minus the small one (both on this machine's two cores at once)."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        low, high = pool.map(lambda sends: count(variant, base_url, sends, timeout), (small, large))
    return (high - low) / (large - small)


def run(base_url: str, *, sends: tuple[int, int], timeout: float) -> Outcome:
    """`sends`: the small and the large run of each variant."""
    outcome = Outcome()
    small, large = sends
    if shutil.which("valgrind") is None:
        print("[instructions] valgrind is not installed: no instruction row")
        return outcome
    counted = {variant: per_send(variant, base_url, small, large, timeout) for variant in VARIANTS}
    share = counted["raw"] / counted["sdk"] * 100
    outcome.rows.append(
        Row(
            15,
            "Fan-out instructions vs raw aiohttp",
            f"raw aiohttp's instructions per send as % of send_many's, under callgrind, concurrency {CONCURRENCY}"
            f" (per send: send_many {counted['sdk'] / 1e3:,.0f}k, messages.send under a semaphore"
            f" {counted['sdk_semaphore'] / 1e3:,.0f}k, raw {counted['raw'] / 1e3:,.0f}k; compare row 5)",
            share,
            "%",
            "",
            None,
            f"{large - small:,} sends counted per variant",
        )
    )
    return outcome
