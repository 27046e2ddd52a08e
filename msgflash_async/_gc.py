"""Decoding and structuring a response with the cyclic garbage collector paused.

Both build a tree of new objects (a 1,000-contact page is ~4,000 of them, counted by the collector) and
nothing else: no cycle, so no garbage the collector could find. Left running, it still stops every 700
allocations to scan the tree being built, and the survivors it promotes bring the next full collection
(a scan of the whole heap) closer: measured, that was half of a 1,000-contact page's time
(benchmarks/scaling.py). Paused, the counts still add up and the collector runs at the next allocation
after the call, once, as it would have. A response is decoded and structured inside one pause
(`_Engine._parse`), which drops the decoded tree before the pause ends: only the typed result is scanned.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def without_collection(function: Callable[P, R], /, *args: P.args, **kwargs: P.kwargs) -> R:
    """`function(*args, **kwargs)` with the cyclic collector paused (left as it was if the app disabled it)."""
    if not gc.isenabled():
        return function(*args, **kwargs)
    gc.disable()
    try:
        return function(*args, **kwargs)
    finally:
        gc.enable()
