"""Async iteration over MsgFlash's two pagination styles: cursors (`nextCursor`/`hasMore`) and page numbers."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Sequence
from typing import TYPE_CHECKING, Final, Generic, Protocol, TypeVar, final

from ._errors import InvalidRequestError, ResponseValidationError

if TYPE_CHECKING:
    from ._operation import Request

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


# --- a cursor keeps its walk's parameters ------------------------------------------------------------------

_Walk = tuple[str, tuple[tuple[str, str], ...]]  # (operation id, the query parameters that shape the walk)
_NOT_THE_WALK = frozenset({"cursor", "limit"})  # a page size does not change which items come next


@final
class CursorOrigins:
    """The walk (operation and parameters) that produced each cursor this process has seen, most recent kept.

    MsgFlash cursors encode the sort (contacts: `createdAt|id` or `name|id`) and the FAQ says never to switch
    sort mid-walk: resumed with other parameters, a cursor returns overlapping or missing items. The SDK can
    only know for cursors it received itself; those are checked, others are left to the server.
    """

    __slots__ = ("_limit", "_walks")

    def __init__(self, limit: int = 10_000) -> None:
        self._walks: OrderedDict[str, Request] = OrderedDict()  # cursor -> the request it answered
        self._limit = limit

    def record(self, request: Request, next_cursor: str | None) -> None:
        """Remember that `request`'s walk produced `next_cursor`."""
        if next_cursor:
            self._walks[next_cursor] = request  # its walk is worked out only if the cursor comes back
            self._walks.move_to_end(next_cursor)
            if len(self._walks) > self._limit:
                self._walks.popitem(last=False)

    def check(self, request: Request) -> None:
        """Refuse, before any I/O, a request resuming a known cursor with other parameters."""
        cursor = next((value for name, value in request.params if name == "cursor"), None)
        origin = self._walks.get(cursor) if cursor else None
        if origin is None:
            return
        issued, walk = _walk_of(origin), _walk_of(request)
        if walk != issued:
            was = "&".join(f"{k}={v}" for k, v in issued[1]) or "no parameters"
            now = "&".join(f"{k}={v}" for k, v in walk[1]) or "no parameters"
            raise InvalidRequestError(
                f"this cursor was issued by {issued[0]} with {was}, not {walk[0]} with {now}: resume a walk with"
                " the sort and filters it started with (a cursor encodes them) @ ?cursor"
            )


def _walk_of(request: Request) -> _Walk:
    return request.operation_id, tuple(sorted((k, v) for k, v in request.params if k not in _NOT_THE_WALK))


#: One table per process: a cursor from any client of this process is recognised by every other one.
CURSOR_ORIGINS: Final = CursorOrigins()
