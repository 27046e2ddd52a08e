"""The seam between generated endpoint code and the hand-written async core.

Generated endpoint modules only *describe* a request (`Request`) and *parse* a fully read body through a
`Structure` callable; a `Caller` (the client's transport) does the I/O. Nothing here imports aiohttp.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol, TypeVar
from urllib.parse import quote

import attrs

from ._errors import InvalidRequestError

if TYPE_CHECKING:
    from ._pagination import AsyncPaginator, CursorPage, NumberedPage

T = TypeVar("T")
P = TypeVar("P")
CP = TypeVar("CP", bound="CursorPage")
NP = TypeVar("NP", bound="NumberedPage")

QueryValue = str | int | float | bool | Sequence[str] | None


@attrs.frozen(slots=True)
class Request:
    """One HTTP request as the spec describes it: no headers, no host, no I/O."""

    operation_id: str
    method: str
    path: str
    params: tuple[tuple[str, str], ...] = ()
    body: object | None = None


class UnexpectedStatus(Exception):  # noqa: N818 (internal signal, mapped to ResponseValidationError)
    """A 2xx status the spec does not document for this operation."""

    def __init__(self, status: int) -> None:
        super().__init__(f"undocumented success status {status}")
        self.status = status


class Structure(Protocol):
    """Turns decoded JSON into an instance of `cl`, or raises a validation error naming the JSON path."""

    def __call__(self, obj: object, cl: type[T], /) -> T: ...


Parser = Callable[[int, object, Structure], T]


class Caller(Protocol):
    """What a generated resource needs from the client: one call, and the two pagination styles."""

    async def call(self, request: Request, parse: Parser[T], /) -> T: ...

    def paginate_cursor(
        self,
        build: Callable[[str | None], Request],
        parse: Parser[CP],
        items: Callable[[CP], Sequence[T]],
        *,
        start: str | None,
    ) -> AsyncPaginator[T, CP]: ...

    def paginate_pages(
        self,
        build: Callable[[int | None], Request],
        parse: Parser[NP],
        items: Callable[[NP], Sequence[T]],
        *,
        start: int | None,
    ) -> AsyncPaginator[T, NP]: ...


def path_segment(value: object, name: str) -> str:
    """Percent-encode one path parameter; ids are opaque, so nothing in them may change the path."""
    if not isinstance(value, str) or not value:
        raise InvalidRequestError(f"{name} must be a non-empty string, got {value!r}")
    if value in (".", ".."):
        # quote() leaves dots alone, and servers resolve a `..` segment: /campaigns/../pause is /pause.
        raise InvalidRequestError(f"{name} {value!r} would change the route, not name a resource")
    try:
        return quote(value, safe="")
    except UnicodeEncodeError:  # a lone surrogate: no URL can carry it
        raise InvalidRequestError(f"{name} cannot be encoded as UTF-8 (a lone surrogate?)") from None


def query_pairs(*pairs: tuple[str, QueryValue]) -> tuple[tuple[str, str], ...]:
    """Encode query parameters as yarl accepts them: omitted when None, bools lower-case, lists repeated."""
    encoded: list[tuple[str, str]] = []
    for name, value in pairs:
        if value is None:
            continue
        if isinstance(value, bool):
            encoded.append((name, "true" if value else "false"))
        elif isinstance(value, str | int | float):
            encoded.append((name, str(value)))
        else:
            encoded.extend((name, str(item)) for item in value)
    return tuple(encoded)
