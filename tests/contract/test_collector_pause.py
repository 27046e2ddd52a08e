"""Decoding and structuring run with the cyclic collector paused, and leave it as they found it.

Why it matters is measured in benchmarks/scaling.py (row 8): a 1,000-contact page. Here: that no
collection runs inside those calls even when the collector is set to run at every allocation, that a
response is decoded and structured in one pause and lets its decoded tree go before the pause ends, that
the collector is enabled again afterwards (after a fallback and after an error too), and that an app's own
`gc.disable()` is respected.
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from collections.abc import Iterator

import pytest
from multidict import CIMultiDict, CIMultiDictProxy

from msgflash_async import _transport
from msgflash_async._client import _Engine
from msgflash_async._converter import structure
from msgflash_async._errors import ResponseValidationError
from msgflash_async._gc import without_collection
from msgflash_async._generated.models import ContactPage
from msgflash_async._operation import Structure
from msgflash_async._transport import RawResponse


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


def _response(payload: object) -> RawResponse:
    headers = CIMultiDictProxy(CIMultiDict({"Content-Type": "application/json"}))
    return RawResponse(200, headers, json.dumps(payload).encode(), "contacts_list", is_json=True)


def test_a_response_is_decoded_and_structured_in_one_pause(monkeypatch: pytest.MonkeyPatch) -> None:
    """One pause around both steps, not one each: the collector is not switched on between them.

    Watched through the calls themselves (whether a collection could run inside a C decoder depends on the
    Python version: 3.12 runs a due collection only between bytecodes).
    """
    events: list[str] = []
    real_loads, real_enable, real_disable = _transport._loads, gc.enable, gc.disable

    def loads(content: bytes) -> object:
        events.append("decode" if not gc.isenabled() else "decode, collector on")
        return real_loads(content)

    def enable() -> None:
        events.append("enable")
        real_enable()

    def disable() -> None:
        events.append("disable")
        real_disable()

    monkeypatch.setattr(_transport, "_loads", loads)
    monkeypatch.setattr(gc, "enable", enable)
    monkeypatch.setattr(gc, "disable", disable)
    response = _response(_page(500))
    handed: list[object] = []

    def parse(status: int, payload: object, structure: Structure) -> ContactPage:
        handed.append(payload)
        page: ContactPage = structure(payload, ContactPage)
        events.append("structured" if not gc.isenabled() else "structured, collector on")
        return page

    page = _Engine._parse(response, parse)
    monkeypatch.undo()
    assert len(page.contacts) == 500
    assert events == ["disable", "decode", "structured", "enable"]
    assert gc.isenabled()
    # The decoded tree was let go: read again, the body is decoded again, equal and new.
    assert response.json == handed[0]
    assert response.json is not handed[0]
    assert response.json is response.json  # and kept, once read by the caller


def test_a_failed_parse_keeps_the_decoded_body() -> None:
    response = _response(dict(_page(2), total="2"))
    first = response.json

    def parse(status: int, payload: object, structure: Structure) -> ContactPage:
        return structure(payload, ContactPage)

    with pytest.raises(ResponseValidationError, match=r"\$\.total"):
        _Engine._parse(response, parse)
    assert response.json is first  # the error path (and AcceptedButUnparsedError) reads it
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
