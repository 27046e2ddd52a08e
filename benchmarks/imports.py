"""Benchmark 7: the cost of `import msgflash_async` over `import aiohttp`, each in a fresh interpreter.

Only the import statement is timed (inside the child), not the interpreter's own start-up, which is
the same for both and would hide the difference. Children alternate, one ratio per pair.
"""

from __future__ import annotations

import statistics
import subprocess
import sys

from ._results import Outcome, Row, spread_of
from ._stats import Ratio

_PROBE = "import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"


def import_seconds(module: str) -> float:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE.format(module=module)], check=True, capture_output=True, text=True, timeout=60
    )
    return float(done.stdout.strip())


def run(*, pairs: int) -> Outcome:
    import_seconds("msgflash_async")  # the first run may write .pyc files; neither side should pay for that
    import_seconds("aiohttp")
    ratios: list[float] = []
    sdk_times: list[float] = []
    aiohttp_times: list[float] = []
    for index in range(pairs):
        first, second = ("msgflash_async", "aiohttp") if index % 2 == 0 else ("aiohttp", "msgflash_async")
        times = {first: import_seconds(first), second: import_seconds(second)}
        sdk_times.append(times["msgflash_async"])
        aiohttp_times.append(times["aiohttp"])
        ratios.append(times["msgflash_async"] / times["aiohttp"])
    ratio = Ratio.of(ratios)
    sdk_ms, aiohttp_ms = statistics.median(sdk_times) * 1e3, statistics.median(aiohttp_times) * 1e3
    outcome = Outcome()
    outcome.rows.append(
        Row(
            7,
            "import msgflash_async vs import aiohttp",
            f"import time ratio ({sdk_ms:.0f} ms vs {aiohttp_ms:.0f} ms)",
            ratio.median,
            "×",
            "≤ 1.25×",
            ratio.median <= 1.25,
            spread_of(ratio),
            goal=1.25,
        )
    )
    outcome.chart["import"] = ratio.median
    return outcome
