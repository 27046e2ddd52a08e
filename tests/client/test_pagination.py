"""Iterating cursor and page-numbered routes: every item once, empty pages, repeated cursors, bounds."""

from __future__ import annotations

import pytest
from aiohttp import web

from msgflash_async import InvalidRequestError, MsgFlash, QuotaExceededError, ResponseValidationError
from msgflash_async.testing import Sandbox

from .conftest import Stub, json_reply


async def _seed_contacts(sb: Sandbox, count: int) -> None:
    async with MsgFlash(sb.personal_key, base_url=sb.base_url, rate_limit=None) as client:
        for n in range(count):
            await client.contacts.create(name=f"Contact {n:03d}", phone=f"+3362000{n:04d}")


@pytest.mark.parametrize("sort", ["createdAt_desc", "name_asc"])
async def test_cursor_walk_yields_every_contact_once(mf: MsgFlash, msgflash_sandbox: Sandbox, sort: str) -> None:
    """250 contacts in pages of 40: all of them, no duplicates, in the requested order."""
    await _seed_contacts(msgflash_sandbox, 250)
    names = [c.name async for c in mf.contacts.list(limit=40, sort=sort)]  # type: ignore[arg-type]
    assert len(names) == 250
    assert len(set(names)) == 250
    if sort == "name_asc":
        assert names == sorted(names)
    pages_fetched = msgflash_sandbox.counters.received[("GET", "/api/v1/contacts")]
    assert pages_fetched == 7  # ceil(250 / 40)


async def test_pages_expose_the_whole_payload(mf: MsgFlash, msgflash_sandbox: Sandbox) -> None:
    """`.pages()` yields each page's payload with its totals and cursors; `await` gives the first page."""
    await _seed_contacts(msgflash_sandbox, 30)
    pages = [page async for page in mf.contacts.list(limit=25).pages()]
    assert [len(p.contacts) for p in pages] == [25, 5]
    assert pages[0].has_more is True
    assert pages[-1].has_more is False
    first = await mf.contacts.list(limit=10)
    assert len(first.contacts) == 10
    assert first.total == 30


async def test_bounds_stop_the_walk_early(mf: MsgFlash, msgflash_sandbox: Sandbox) -> None:
    """max_items and max_pages bound a walk (and fetch no more pages than needed)."""
    await _seed_contacts(msgflash_sandbox, 60)
    assert len(await mf.contacts.list(limit=20).bounded(max_items=25).collect()) == 25
    assert len(await mf.contacts.list(limit=20).bounded(max_pages=2).collect()) == 40
    with pytest.raises(InvalidRequestError):
        mf.contacts.list().bounded(max_items=0)


async def test_page_numbered_templates_iterate_like_cursors(mf: MsgFlash) -> None:
    """templates (page/limit/total) walk every item across pages."""
    from msgflash_async.models import CreateTextTemplate

    for n in range(23):
        await mf.templates.create(CreateTextTemplate(name=f"T{n}", body=f"Hello {n}"))
    names = [t.name async for t in mf.templates.list(limit=10)]
    assert sorted(str(name) for name in names) == sorted(f"T{n}" for n in range(23))


def _page(items: list[dict[str, object]], cursor: str | None, more: bool) -> dict[str, object]:
    return {
        "data": {
            "contacts": items,
            "total": 99,
            "limit": 50,
            "sort": "createdAt_desc",
            "nextCursor": cursor,
            "hasMore": more,
        }
    }


def _contact(n: int) -> dict[str, object]:
    return {"id": f"c{n}", "name": f"N{n}", "phone": f"+3360000000{n}"}


async def test_an_empty_page_with_has_more_does_not_end_the_walk(stub: Stub) -> None:
    """A server may return an empty page yet say hasMore: the walk follows the cursor."""
    pages = {
        None: _page([_contact(1)], "a", True),
        "a": _page([], "b", True),
        "b": _page([_contact(2)], None, False),
    }

    async def reply(request: web.Request, n: int) -> web.Response:
        return json_reply(200, pages[request.query.get("cursor")])

    stub.reply = reply
    async with stub.client() as client:
        ids = [c.id async for c in client.contacts.list()]
    assert ids == ["c1", "c2"]
    assert [s.query for s in stub.seen] == [[], [("cursor", "a")], [("cursor", "b")]]


@pytest.mark.parametrize(("cursor", "more"), [(None, True), ("", True), ("x", False)])
async def test_walk_stops_on_null_or_empty_cursor_or_no_more(stub: Stub, cursor: str | None, more: bool) -> None:
    """hasMore false, or a null or empty nextCursor, ends the walk after that page."""

    async def reply(request: web.Request, n: int) -> web.Response:
        return json_reply(200, _page([_contact(n)], cursor, more))

    stub.reply = reply
    async with stub.client() as client:
        assert [c.id async for c in client.contacts.list()] == ["c1"]


async def test_a_repeated_cursor_raises_instead_of_looping(stub: Stub) -> None:
    """A cursor the server already gave once means a loop: the walk raises with the path."""

    async def reply(request: web.Request, n: int) -> web.Response:
        return json_reply(200, _page([_contact(n)], "same", True))

    stub.reply = reply
    async with stub.client() as client:
        seen: list[str] = []
        with pytest.raises(ResponseValidationError, match="already returned") as caught:  # noqa: PT012 (the walk raises mid-way)
            async for contact in client.contacts.list():
                seen.append(contact.id)
    assert caught.value.path == "$.data.nextCursor"
    assert seen == ["c1", "c2"]
    assert len(stub.seen) == 2


async def test_quota_exhausted_mid_walk_raises_and_keeps_what_was_yielded(stub: Stub) -> None:
    """The monthly quota running out on page 3 raises QuotaExceededError, once, with pages 1–2 delivered."""

    async def reply(request: web.Request, n: int) -> web.Response:
        if n == 3:
            return json_reply(429, {"error": {"code": "MONTHLY_API_REQUEST_QUOTA_EXCEEDED", "message": "quota"}})
        return json_reply(200, _page([_contact(n)], f"c{n}", True))

    stub.reply = reply
    got: list[str] = []
    async with stub.client(max_retries=3) as client:
        with pytest.raises(QuotaExceededError):  # noqa: PT012 (the walk raises mid-way)
            async for contact in client.contacts.list():
                got.append(contact.id)
    assert got == ["c1", "c2"]
    assert len(stub.seen) == 3  # the quota error was not retried


async def test_each_iteration_starts_again(stub: Stub) -> None:
    """A paginator is a recipe: iterating it twice fetches from the start twice."""

    async def reply(request: web.Request, n: int) -> web.Response:
        return json_reply(200, _page([_contact(1)], None, False))

    stub.reply = reply
    async with stub.client() as client:
        walk = client.contacts.list()
        assert [c.id async for c in walk] == [c.id async for c in walk] == ["c1"]


async def test_resuming_a_cursor_with_another_sort_is_refused_before_any_io(
    mf: MsgFlash, msgflash_sandbox: Sandbox
) -> None:
    """A cursor this SDK received keeps its walk's sort and filters: resumed otherwise, refused locally."""
    await _seed_contacts(msgflash_sandbox, 12)
    first = await mf.contacts.list(limit=5, sort="name_asc")
    assert first.next_cursor
    received = msgflash_sandbox.counters.received[("GET", "/api/v1/contacts")]
    for changed in ({"sort": "createdAt_desc"}, {"sort": "name_asc", "search": "Contact 00"}, {}):
        with pytest.raises(InvalidRequestError, match="resume a walk with the sort and filters") as caught:
            await mf.contacts.list(cursor=first.next_cursor, limit=5, **changed)  # type: ignore[arg-type]
        assert "sort=name_asc" in str(caught.value)
    assert msgflash_sandbox.counters.received[("GET", "/api/v1/contacts")] == received  # nothing was sent
    # Same sort (another page size is fine): the walk resumes where it stopped, no item seen twice.
    rest = [c.name async for c in mf.contacts.list(cursor=first.next_cursor, limit=3, sort="name_asc")]
    assert len(rest) == 7
    assert set(rest).isdisjoint(c.name for c in first.contacts)
