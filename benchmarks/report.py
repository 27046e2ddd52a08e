"""The published figures: a Markdown page (`docs/performance.md`) and a chart (`docs/performance.png`)."""

from __future__ import annotations

import math
import os
import platform
from importlib import metadata
from pathlib import Path

from ._results import Outcome, Row

PACKAGES = ("msgflash-async", "aiohttp", "httpx", "openapi-python-client", "attrs", "cattrs", "orjson")
GOOD, BAD, NEUTRAL = "#2e7d32", "#c62828", "#607d8b"


def machine() -> list[str]:
    """What the figures were measured on: they are ratios, but a reader still wants to know."""
    versions = ", ".join(f"{name} {_version(name)}" for name in PACKAGES)
    return [
        f"CPU: {_cpu_model()}, {os.cpu_count()} cores (shared, noisy: hence ratios, not absolute times)",
        f"OS: {platform.system()} {platform.release()}; Python {platform.python_version()}"
        f" ({platform.python_implementation()})",
        f"Packages: {versions}",
    ]


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def _verdict(row: Row) -> str:
    return {True: "✅ met", False: "❌ missed", None: "—"}[row.met]


def table(rows: list[Row]) -> str:
    lines = [
        "| # | Benchmark | Result | Target | Verdict | What the result is | Spread |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        value = "n/a" if math.isnan(row.value) else row.shown()
        lines.append(
            f"| {row.number} | {row.name} | **{value}** | {row.target} | {_verdict(row)}"
            f" | {row.measure} | {row.spread} |"
        )
    return "\n".join(lines)


def markdown(outcomes: list[Outcome], command: str, minutes: float) -> str:
    rows = [row for outcome in outcomes for row in outcome.rows]
    missed = [row for row in rows if row.met is False]
    parts = [
        "# Performance",
        "",
        "How much the SDK costs over hand-written aiohttp, and how it compares with a client generated from the",
        "same spec by a stock openapi-python-client. Every figure is a **ratio of runs taken side by side in one",
        "run** (alternating, ABBA…), reported as the median over rounds: the machine is shared, so absolute",
        "times drift, while adjacent runs drift alike.",
        "",
        "![Performance chart](performance.png)",
        "",
        "## Results",
        "",
        table(rows),
        "",
        f"Targets missed in this run: {', '.join(row.name for row in missed) if missed else 'none'}.",
        "",
        "## How it was measured",
        "",
        f"Command: `{command}` (about {minutes:.0f} minutes). The CI smoke run is `python -m benchmarks --smoke`.",
        "",
        *[f"- {line}" for line in machine()],
        "",
        *METHOD,
    ]
    return "\n".join(parts) + "\n"


METHOD = [
    "- **Servers.** A lean fixed-response aiohttp server (low-level `web.Server`, no router, fixed bytes) in a",
    "  separate process on 127.0.0.1, so that the server's work is not counted against the client under test",
    "  (client and server share 2 cores). The behaviour figures (rate limit) use the in-process sandbox.",
    "- **1, 2: overhead per call.** Sequential calls over one warm keep-alive connection; the SDK",
    "  (`mf.instances.get`, `await mf.contacts.list(limit=100)`) vs `session.get` + `json.loads(await",
    "  response.read())` with the same connector settings and headers. The SDK decodes with orjson when",
    "  installed (it is here); the baseline uses the stdlib `json`, as a hand-written client would.",
    "- **3: throughput.** 64 workers share 5,000 `instances.get` calls. The stock client is generated at run",
    "  time into a temporary folder (`openapi-python-client generate --meta none`), used through its",
    "  `AuthenticatedClient` and `api.instances.instances_get.asyncio`, once with httpx's default pool",
    "  (20 keep-alive connections) and once with a pool of 100 so surplus connections are not closed.",
    "- **4: parse cost.** `benchmarks/parse_cost.py`: a 1,000-contact page through our converter, the stock",
    "  `from_dict` and `orjson.loads` alone.",
    "- **5: fan-out.** 10,000 and 100,000 sends fed by a generator: `mf.send_many(…, concurrency=64)` vs",
    "  hand-written aiohttp under an `asyncio.Semaphore(64)` (at most 64 tasks at once), limiter off; the table",
    "  also gives `messages.send` under that same semaphore, to tell `send_many`'s bookkeeping from per-call cost,",
    "  and raw aiohttp reading 64 KiB at a time as the SDK's own connections do (asyncio asks for 256 KiB, which",
    "  glibc maps and unmaps on every read), to tell what that setting saves from what the SDK's code costs.",
    "  Each run is a fresh interpreter (the raw one never imports the SDK). Peak RSS is the child's `VmHWM`:",
    "  on Linux `ru_maxrss` survives `exec` and starts at the parent's peak, which would hide the child's own.",
    "  Flat means the 100k peak is within 10% of the 10k peak. Client CPU per send is each child's own",
    "  process time over its sends: steadier than the rates on a noisy host, and the rates follow it (the",
    "  client, not the server, is the bottleneck here).",
    "- **6: rate limit.** 32 tasks call `instances.list()` against a fresh sandbox (cold connections, as a",
    "  program starts) whose key allows N requests per second; retries off, so each 429 is seen. The sustained",
    "  rate is the slope of a least-squares line through the completion times after the first second (a count",
    "  over the duration would depend on where the run cuts the limiter's per-window bursts).",
    "- **7: import.** `import msgflash_async` vs `import aiohttp`, each timed inside a fresh interpreter",
    "  (interpreter start-up excluded), alternating. The SDK imports aiohttp, so the ratio is at least 1.",
    '- **8: page size.** `mf.contacts.list(limit=100, search="size<N>")` vs the same URL by hand; the lean',
    "  server answers a fixed page of N = 10, 100 or 1,000 contacts chosen by `search` (the API caps `limit` at",
    "  100, and the SDK refuses more before any I/O). Fewer calls per batch for the 1,000-item page, 41",
    "  rounds. The raw side's `json.loads` runs with the collector on, and a full collection now and then",
    "  (tens of ms with the benchmark's heap) lands in some of its rounds: the median ratio leaves those",
    "  rounds out, the ratio of the summed times counts them in; both are given.",
    "- **9: concurrency.** 1, 16, 64 and 256 tasks share 2,000 `instances.get` calls; SDK time ÷ raw time.",
    "- **10: first resource.** In a fresh interpreter: `import msgflash_async` and the first `mf.contacts`",
    "  (its endpoint modules and the models they name) vs `import aiohttp`, alternating.",
    "- **11: limiter.** The limiter alone. Cost: claims back to back on a simulated clock at 10, 1,000 and",
    "  10,000 req/s (2–12 ms latencies reported back). High limit: 256 tasks on the real clock acquire, sleep",
    "  2–12 ms and report back for a few seconds at 5,000 req/s; the slope after the first second, and the",
    "  fullest one-second window of arrivals (claim + latency).",
    "- **12: peer.** openai-python's `AsyncOpenAI.get(path, cast_to=object)` (its generic request path,",
    "  httpx underneath, retries off) against the same lean server, vs raw aiohttp; skipped if not installed.",
    "- **13: bulk and the ledger.** `benchmarks/ledger.py`: 10,000 sends × 3 interleaved rounds of `send_many`",
    "  (ledger off), the previous `send_many` (read from git at ef79fe9) and raw aiohttp under a semaphore of 64;",
    "  then with a durable SQLite ledger (WAL, `synchronous=FULL`), the ledger alone, and peak RSS at 10k and 100k.",
    "- **14: fleet.** `benchmarks/fleet.py`: P = 1, 4, 8 worker processes × 25 tasks on one key for 60 s through",
    "  `RedisRateLimiter` (a redis-server on a unix socket) against the sandbox enforcing 10 req/s, which stamps",
    "  every arrival; round trips from Redis's `INFO commandstats`; added latency vs the local limiter.",
    "- **15: instructions.** `benchmarks/instructions.py`: the fan-out children of row 5 under valgrind's",
    "  callgrind, which counts every instruction a process executes: a run of 500 and one of 2,500 sends per",
    "  variant, the difference divided by 2,000 (start-up cancels out). Instruction counts move by about 1%",
    "  between runs where times move by 5–10%, so a change to the send path can be judged by them; what they",
    "  leave out (the collector's timing, cache misses, branch mispredictions) is in row 5. Skipped without",
    "  valgrind.",
    "- No figure is asserted anywhere: the smoke run in CI proves the benchmarks run, not how fast.",
]


def chart(outcomes: list[Outcome], path: Path) -> None:
    """Six panels a reader can take in at a glance: green met its target, red missed it; ticks are targets."""
    import matplotlib

    matplotlib.use("Agg")  # files only, no display
    import matplotlib.pyplot as plt

    rows = [row for outcome in outcomes for row in outcome.rows]
    charts = {row.number: outcome.chart for outcome in outcomes for row in outcome.rows}
    figure, axes = plt.subplots(2, 3, figsize=(19, 9))
    _bars(
        axes[0][0],
        [r for r in rows if r.number in (1, 2, 7) and r.unit == "×"],
        "SDK cost ÷ raw aiohttp (lower is better)",
        "×",
    )
    _bars(
        axes[0][1],
        [r for r in rows if r.number == 3],
        "SDK throughput ÷ stock generated client (higher is better)",
        "×",
    )
    _rss(axes[1][0], charts.get(5, {}), [r for r in rows if r.number == 5 and r.unit == "%"])
    _bars(
        axes[1][1],
        [r for r in rows if r.number == 6 and r.unit == "req/s"],
        "Rate limit: sustained req/s (higher is better, ≤ limit)",
        " req/s",
    )
    parse_rows = [r for r in rows if r.number == 4 and not math.isnan(r.value)]
    _bars(axes[0][2], parse_rows, "Parse a 1,000-contact page, ms (lower is better)", " ms")
    _notes(axes[1][2], rows)
    figure.suptitle("msgflash-async performance (ratios measured side by side; ticks = targets)", fontsize=14)
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)


def _bars(ax: object, rows: list[Row], title: str, unit: str) -> None:
    from matplotlib.axes import Axes

    assert isinstance(ax, Axes)
    ax.set_title(title, fontsize=11)
    if not rows:
        ax.text(0.5, 0.5, "not measured in this run", ha="center", va="center", transform=ax.transAxes)
        return
    names = [_short(row.name) for row in rows]
    values = [row.value for row in rows]
    colors = [GOOD if row.met else BAD if row.met is False else NEUTRAL for row in rows]
    ax.barh(names, values, color=colors)
    for index, row in enumerate(rows):
        ax.annotate(f" {row.value:.2f}{unit}", (row.value, index), va="center", fontsize=10)
        if row.goal is not None:
            ax.plot([row.goal, row.goal], [index - 0.42, index + 0.42], color="black", linewidth=2.5)
    ax.set_xlim(0, max(values + [r.goal or 0 for r in rows]) * 1.25)
    ax.invert_yaxis()


def _notes(ax: object, rows: list[Row]) -> None:
    """The 429 counts and the verdicts, which have no bar to speak of."""
    from matplotlib.axes import Axes

    assert isinstance(ax, Axes)
    ax.axis("off")
    judged = [row for row in rows if row.met is not None]
    lines = [f"{sum(bool(row.met) for row in judged)} of {len(judged)} targets met in this run", ""]
    lines += [f"429s at {_short(row.name)}: {row.value:.0f}" for row in rows if row.number == 6 and row.unit == ""]
    lines += ["", "Missed:"] + [f"  {row.name}" for row in judged if not row.met]
    ax.text(0.0, 1.0, "\n".join(lines), va="top", ha="left", fontsize=11, family="monospace", transform=ax.transAxes)


def _rss(ax: object, figures: dict[str, float], share: list[Row]) -> None:
    from matplotlib.axes import Axes

    assert isinstance(ax, Axes)
    title = "Fan-out peak RSS, MB (flat and < 100 MB is the target)"
    if share:
        title += f"\nSDK throughput {share[0].value:.0f}% of raw aiohttp (target ≥ 90%)"
    ax.set_title(title, fontsize=11)
    peaks = {key: value for key, value in figures.items() if key.split()[0] in ("raw", "sdk")}
    if not peaks:
        ax.text(0.5, 0.5, "not measured in this run", ha="center", va="center", transform=ax.transAxes)
        return
    sizes = sorted({int(key.split()[1]) for key in peaks})
    width = 0.38
    for offset, variant, color in ((-width / 2, "raw", NEUTRAL), (width / 2, "sdk", GOOD)):
        heights = [peaks.get(f"{variant} {size}", 0.0) for size in sizes]
        bars = ax.bar(
            [i + offset for i in range(len(sizes))],
            heights,
            width,
            label="raw aiohttp" if variant == "raw" else "SDK",
            color=color,
        )
        ax.bar_label(bars, fmt="%.0f")
    ax.axhline(100, color=BAD, linestyle="--", linewidth=1, label="100 MB ceiling")
    ax.set_xticks(range(len(sizes)), [f"{size:,} sends" for size in sizes])
    ax.set_ylim(0, 115)
    ax.legend(loc="lower right", fontsize=9)


def _short(name: str) -> str:
    for prefix in ("Throughput vs stock client ", "Rate limit ", "Parse cost, 1,000 contacts: "):
        name = name.replace(prefix, "")
    return name.replace(": sustained", "").replace(": 429s", "")


def write(outcomes: list[Outcome], folder: Path, command: str, minutes: float) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    chart(outcomes, folder / "performance.png")
    (folder / "performance.md").write_text(markdown(outcomes, command, minutes))
