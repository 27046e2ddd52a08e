"""The seam between generated endpoint code and the hand-written async core.

Generated endpoint modules only *describe* a request (`Request`) and *parse* a fully read body through a
`Structure` callable; a `Caller` (the client's transport) does the I/O. Nothing here imports aiohttp.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeVar
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


@attrs.define(slots=True)
class Request:
    """One HTTP request as the spec describes it: no headers, no host, no I/O.

    Not frozen, though nothing changes one after `build_request`: attrs' frozen `__init__` sets each
    field through `object.__setattr__`, a microsecond per call on the path every request takes.
    """

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


class _LazySubmodule:
    """Stands in for one operation module of a generated resource package until its first use.

    The first attribute read imports the module, and the import itself rebinds the package's name to the
    real module (the import system sets a submodule as an attribute of its package): later calls find it
    with a plain global lookup, where an `import` statement in each method cost 0.65 µs per call.
    """

    __slots__ = ("_module",)

    def __init__(self, module: str) -> None:
        self._module = module

    def __getattr__(self, attribute: str) -> Any:
        return getattr(importlib.import_module(self._module), attribute)

    def __repr__(self) -> str:
        return f"<{self._module}, imported on first use>"


def lazy_submodules(package: str, *names: str) -> tuple[Any, ...]:
    """Stand-ins for the operation modules `names` of `package` (a resource's `__init__` binds them)."""
    return tuple(_LazySubmodule(f"{package}.{name}") for name in names)
