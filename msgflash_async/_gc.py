"""Decoding and structuring a response with the cyclic garbage collector paused.

Both build a tree of new objects (a 1,000-contact page is ~4,000 of them, counted by the collector) and
nothing else: no cycle, so no garbage the collector could find. Left running, it still stops every 700
allocations to scan the tree being built, and the survivors it promotes bring the next full collection
(a scan of the whole heap) closer: measured, that was half of a 1,000-contact page's time
(benchmarks/scaling.py). Paused, the counts still add up and the collector runs at the next allocation
after the call, once, as it would have.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TypeVar

A = TypeVar("A")
R = TypeVar("R")


def without_collection(function: Callable[[A], R], argument: A, /) -> R:
    """`function(argument)` with the cyclic collector paused (left as it was if the app disabled it)."""
    if not gc.isenabled():
        return function(argument)
    gc.disable()
    try:
        return function(argument)
    finally:
        gc.enable()
