"""What each benchmark hands to the report: one row per figure, plus the raw numbers the chart draws."""

from __future__ import annotations

import attrs

from ._stats import Ratio


@attrs.frozen
class Row:
    """One line of the results table."""

    number: int  # the benchmark's number in the issue (1-7)
    name: str
    measure: str  # what the value is, in words
    value: float
    unit: str  # "×", "%", "req/s", "MB", "ms", …
    target: str  # as the design states it, "" when there is none
    met: bool | None  # None: no target, or it cannot be judged
    spread: str = ""  # quartiles and rounds, so a reader sees how noisy it was
    goal: float | None = None  # the target as a number, for the chart's marker

    def shown(self) -> str:
        if self.unit == "" and self.value.is_integer():
            return f"{self.value:.0f}"  # a count (of 429s)
        return f"{self.value:.2f}{self.unit}" if self.unit in ("×", "") else f"{self.value:,.1f} {self.unit}"


def spread_of(ratio: Ratio) -> str:
    return f"IQR {ratio.low:.2f}–{ratio.high:.2f}, {ratio.rounds} rounds"


@attrs.define
class Outcome:
    """Everything one benchmark produced: rows for the table, numbers for the chart."""

    rows: list[Row] = attrs.field(factory=list)
    chart: dict[str, float] = attrs.field(factory=dict)
