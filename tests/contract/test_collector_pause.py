"""Decoding and structuring run with the cyclic collector paused, and leave it as they found it.

Why it matters is measured in benchmarks/scaling.py (row 8): a 1,000-contact page. Here: that no
collection runs inside those calls even when the collector is set to run at every allocation, that it is
enabled again afterwards (after a fallback and after an error too), and that an app's own `gc.disable()`
is respected.
"""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator

import pytest

from msgflash_async._converter import structure
from msgflash_async._errors import ResponseValidationError
from msgflash_async._gc import without_collection
from msgflash_async._generated.models import ContactPage


def _page(size: int) -> dict[str, object]:
    contact = {"id": "c1", "name": "Ada", "phone": "+2290100", "tags": ["vip"], "meta": {"k": 1}}
    return {
        "contacts": [dict(contact, id=f"c{i}") for i in range(size)],
        "total": size,
        "limit": 100,
        "sort": "createdAt_desc",
        "nextCursor": None,
        "hasMore": False,
    }


@pytest.fixture
def collections() -> Iterator[list[int]]:
    """Every collection that runs during the test (its generation), with the collector set to run often."""
    seen: list[int] = []

    def record(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(info["generation"])

    threshold = gc.get_threshold()
    was_enabled = gc.isenabled()
    gc.enable()
    gc.set_threshold(1)  # a collection at (nearly) every allocation of a tracked object
    gc.callbacks.append(record)
    try:
        yield seen
    finally:
        gc.callbacks.remove(record)
        gc.set_threshold(*threshold)
        if not was_enabled:
            gc.disable()


def test_no_collection_runs_while_a_page_is_structured(collections: list[int]) -> None:
    data = _page(500)
    during: list[int] = []

    def watched(obj: object) -> ContactPage:
        result: ContactPage = structure(obj, ContactPage)
        during.extend(collections)  # read before the collector can run again
        return result

    collections.clear()
    page = without_collection(watched, data)
    assert len(page.contacts) == 500
    assert during == []
    assert gc.isenabled()
    kept = [[index] for index in range(10)]  # tracked allocations: at threshold 1 the collector runs again
    assert len(kept) == 10
    assert collections


def test_structure_itself_pauses_the_collector(collections: list[int]) -> None:
    data = _page(500)
    collections.clear()
    page = structure(data, ContactPage)
    # No allocation between the end of the pause and this line can trigger more than one collection;
    # left running at threshold 1, structuring 500 contacts would have run hundreds.
    assert len(collections) <= 1
    assert len(page.contacts) == 500
    assert gc.isenabled()


def test_the_collector_is_enabled_again_after_a_fallback_and_after_an_error() -> None:
    assert gc.isenabled()
    fallback = _page(3)
    fallback["total"] = 3.0  # not an int: the fast path rejects, the detailed path explains
    with pytest.raises(ResponseValidationError, match=r"\$\.total"):
        structure(fallback, ContactPage)
    assert gc.isenabled()

    def fails(_: object) -> None:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        without_collection(fails, None)
    assert gc.isenabled()


def test_an_apps_own_gc_disable_is_left_alone() -> None:
    gc.disable()
    try:
        seen: list[bool] = []
        without_collection(lambda _: seen.append(gc.isenabled()), None)
        structure(_page(2), ContactPage)
        assert seen == [False]
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_cattrs_loads_only_when_a_response_needs_the_detailed_path() -> None:
    script = (
        "import sys\n"
        "from msgflash_async import MsgFlash\n"
        "from msgflash_async._converter import structure\n"
        "from msgflash_async._generated.models import ContactPage\n"
        "MsgFlash('msgf_live_' + 'a' * 64, rate_limit=None).contacts\n"
        f"structure({_page(2)!r}, ContactPage)\n"
        "print('cattrs' in sys.modules)\n"
        "try:\n"
        f"    structure({dict(_page(2), total='2')!r}, ContactPage)\n"
        "except Exception as exc:\n"
        "    print(type(exc).__name__, exc)\n"
        "print('cattrs' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60)
    assert done.stdout.splitlines() == [
        "False",
        "ResponseValidationError expected an integer, got str '2' @ $.total (HTTP 200)",
        "True",
    ]
