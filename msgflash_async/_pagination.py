"""Async iteration over MsgFlash's two pagination styles: cursors (`nextCursor`/`hasMore`) and page numbers."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Sequence
from typing import Generic, Protocol, TypeVar, final

from ._errors import InvalidRequestError, ResponseValidationError

T = TypeVar("T")
P = TypeVar("P")


class CursorPage(Protocol):
    """A cursor-paginated payload: the next cursor, and whether there is more."""

    @property
    def next_cursor(self) -> str | None: ...

    @property
    def has_more(self) -> bool: ...


class NumberedPage(Protocol):
    """A page-numbered payload; `total` is the number of items across all pages."""

    @property
    def total(self) -> int: ...


_STOP = object()
Advance = Callable[[P, int | str | None], object]  # returns the next token, or _STOP


@final
class AsyncPaginator(Generic[T, P]):
    """Walks a list route lazily: `async for item in paginator`, or `async for page in paginator.pages()`.

    `await paginator` fetches only the first page. Nothing is fetched until you iterate, and each
    iteration starts again from the first page. Errors (a quota running out mid-way, say) propagate
    from the iteration; the items already yielded are yours.
    """

    __slots__ = ("_fetch", "_items", "_max_items", "_max_pages", "_new_advance", "_start")

    def __init__(
        self,
        fetch: Callable[[int | str | None], Awaitable[P]],
        items: Callable[[P], Sequence[T]],
        new_advance: Callable[[], Advance[P]],
        *,
        start: int | str | None,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> None:
        self._fetch = fetch
        self._items = items
        # A factory, so that every walk starts with fresh state (seen cursors, item counts).
        self._new_advance = new_advance
        self._start = start
        self._max_items = _positive_or_none(max_items, "max_items")
        self._max_pages = _positive_or_none(max_pages, "max_pages")

    def bounded(self, *, max_items: int | None = None, max_pages: int | None = None) -> AsyncPaginator[T, P]:
        """The same walk, stopping after `max_items` items or `max_pages` pages, whichever comes first."""
        return AsyncPaginator(
            self._fetch,
            self._items,
            self._new_advance,
            start=self._start,
            max_items=max_items if max_items is not None else self._max_items,
            max_pages=max_pages if max_pages is not None else self._max_pages,
        )

    async def pages(self) -> AsyncIterator[P]:
        """Yield each page's whole payload (totals, cursors and items), in order."""
        advance = self._new_advance()
        token: int | str | None = self._start
        fetched = 0
        while True:
            page = await self._fetch(token)
            fetched += 1
            yield page
            if self._max_pages is not None and fetched >= self._max_pages:
                return
            following = advance(page, token)
            if following is _STOP:
                return
            token = following  # type: ignore[assignment]  # _STOP is the only non-token value

    async def __aiter__(self) -> AsyncIterator[T]:
        """Yield every item of every page, honouring `max_items`."""
        remaining = self._max_items
        async for page in self.pages():
            for item in self._items(page):
                if remaining is not None:
                    if remaining <= 0:
                        return
                    remaining -= 1
                yield item
            if remaining is not None and remaining <= 0:
                return

    async def collect(self) -> list[T]:
        """All items in a list (bound the walk first with `bounded()` if the list may be large)."""
        return [item async for item in self]

    def __await__(self) -> Generator[object, None, P]:
        """`await paginator` gives the first page's payload."""
        return self._fetch(self._start).__await__()


def cursor_advance() -> Advance[CursorPage]:
    """Follow `nextCursor` while `hasMore`; an empty page with `hasMore` true is followed, a repeat is not."""
    seen: set[str] = set()

    def advance(page: CursorPage, _current: int | str | None) -> object:
        cursor = page.next_cursor
        if not page.has_more or not cursor:
            return _STOP
        if cursor in seen:
            raise ResponseValidationError(
                "the server returned a cursor it had already returned; stopping instead of looping",
                status=200,
                path="$.data.nextCursor",
            )
        seen.add(cursor)
        return cursor

    return advance


def page_advance(items: Callable[[P], Sequence[object]]) -> Advance[P]:
    """Step page numbers until a short or empty page, the `total`, or `totalPages` says it is over."""
    seen_items = 0

    def advance(page: P, current: int | str | None) -> object:
        nonlocal seen_items
        count = len(items(page))
        seen_items += count
        total = getattr(page, "total", None)
        total_pages = getattr(page, "total_pages", None)
        number = current if isinstance(current, int) else 1
        if count == 0 or (isinstance(total, int) and seen_items >= total):
            return _STOP
        if isinstance(total_pages, int) and number >= total_pages:
            return _STOP
        return number + 1

    return advance


def _positive_or_none(value: object, name: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise InvalidRequestError(f"{name} must be a positive integer or None, got {value!r}")
    return value
