"""Benchmark 4: parse cost of a 1,000-contact page: our converter vs the stock `from_dict` vs `orjson.loads`.

The measurement itself lives in `benchmarks/parse_cost.py` (`run(repeats) -> dict[str, float]`), written
separately; this module only calls it and turns its figures into table rows. Until that module exists,
the table says so instead of failing the whole run.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import cast

from ._results import Outcome, Row

MODULE = "benchmarks.parse_cost"


def _parse_cost() -> Callable[[int], Mapping[str, float]] | None:
    try:
        module = importlib.import_module(MODULE)
    except ModuleNotFoundError as exc:
        if exc.name != MODULE:
            raise  # parse_cost exists but one of its own imports is missing: that is a crash, not "pending"
        return None
    return cast(Callable[[int], Mapping[str, float]], module.run)


def run(*, repeats: int) -> Outcome:
    outcome = Outcome()
    measure = _parse_cost()
    if measure is None:
        outcome.rows.append(
            Row(
                4,
                "Parse cost, 1,000 contacts",
                "pending: benchmarks/parse_cost.py is not there yet",
                float("nan"),
                "",
                "",
                None,
            )
        )
        return outcome
    figures = measure(repeats)
    stock = figures.get("stock from_dict")
    for key, value in figures.items():
        versus = f" ({value / stock:.2f}× the stock from_dict)" if stock else ""
        outcome.rows.append(
            Row(4, f"Parse cost, 1,000 contacts: {key}", f"ms per page, median{versus}", float(value), "ms", "", None)
        )
        outcome.chart[key] = float(value)
    return outcome
