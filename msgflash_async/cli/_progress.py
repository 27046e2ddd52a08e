"""The live progress line of `msgflash send`: a bar, rows/s, ETA and the count of each outcome (on stderr)."""

from __future__ import annotations

from collections import Counter
from typing import Self

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeRemainingColumn

from msgflash_async.bulk import OUTCOMES

_STYLE = {"accepted": "green", "failed": "red", "unknown": "yellow", "skipped": "dim"}


class RunProgress:
    """`with RunProgress(total) as p: p.advance("accepted")`; `note()` prints a line above the bar."""

    def __init__(self, total: int) -> None:
        self._counts: Counter[str] = Counter()
        self._console = Console(stderr=True)
        self._progress = Progress(
            TextColumn("sending"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            TextColumn("{task.fields[counts]}"),
            console=self._console,
        )
        self._task: TaskID = self._progress.add_task("send", total=total, rate="", counts="")

    def __enter__(self) -> Self:
        self._progress.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._progress.stop()

    def advance(self, outcome: str) -> None:
        self._counts[outcome] += 1
        task = self._progress.tasks[0]
        speed = task.speed
        self._progress.update(
            self._task,
            advance=1,
            rate=f"{speed:.1f} rows/s" if speed else "",
            counts=" ".join(
                f"[{_STYLE[o]}]{o} {self._counts[o]}[/]" for o in OUTCOMES if self._counts[o] or o == "accepted"
            ),
        )

    def note(self, line: str) -> None:
        self._progress.console.print(line, markup=False, highlight=False)
