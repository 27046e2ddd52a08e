"""The three documented pagination styles' server side."""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable, Sequence
from typing import TypeVar

from ._util import decode_cursor, encode_cursor, validation_error

__all__ = ["id_cursor_page", "page_slice", "tuple_cursor_page"]

T = TypeVar("T")


def tuple_cursor_page(
    items: Sequence[T],
    key: Callable[[T], tuple[str, str]],
    cursor: str | None,
    limit: int,
    *,
    descending: bool,
    scope: str = "",
) -> tuple[list[T], str | None, bool]:
    """Keyset pagination over (sort value, id); the cursor encodes that tuple and the walk's `scope`.

    Keyset (not offset) pagination means inserts and deletes between pages
    never duplicate or skip an item that existed throughout. `scope` names the
    sort and filters the cursor was issued for: a cursor resumed with another
    sort or filter would return overlapping items, so it is refused (400).
    """
    ordered = sorted(items, key=key, reverse=descending)
    tag = hashlib.sha256(scope.encode()).hexdigest()[:16]
    if cursor is not None:
        value, issued_for, ident = decode_cursor(cursor, 3)
        if issued_for != tag:
            raise validation_error(
                "cursor", "This cursor was issued for another sort or filter: keep them the same across pages"
            )
        after = (value, ident)
        ordered = [i for i in ordered if (key(i) < after if descending else key(i) > after)]
    page = ordered[:limit]
    has_more = len(ordered) > limit
    if has_more and page:
        value, ident = key(page[-1])
        return page, encode_cursor(value, tag, ident), has_more
    return page, None, has_more


def id_cursor_page(
    items: Sequence[T], ident: Callable[[T], str], cursor: str | None, limit: int
) -> tuple[list[T], str | None, bool]:
    """Cursor = id of the last item of the previous page (documented as a UUID)."""
    start = 0
    if cursor is not None:
        ids = [ident(i) for i in items]
        if cursor not in ids:
            raise validation_error("cursor", "Invalid cursor")
        start = ids.index(cursor) + 1
    page = list(items[start : start + limit])
    has_more = len(items) > start + limit
    return page, (ident(page[-1]) if has_more and page else None), has_more


def page_slice(items: Sequence[T], page: int, limit: int) -> tuple[list[T], int]:
    """Page-numbered slice (1-based) and the number of pages."""
    start = (page - 1) * limit
    return list(items[start : start + limit]), math.ceil(len(items) / limit)
