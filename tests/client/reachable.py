"""Everything a user (or a logger, or an error tracker) can reach from an exception, as text."""

from __future__ import annotations

import traceback
from collections.abc import Iterator


def reachable_text(error: BaseException) -> Iterator[str]:
    """str, repr, args, notes and attributes (request_info and its headers too) of the error and its chain."""
    seen: set[int] = set()
    stack: list[object] = [error]
    yield "".join(traceback.format_exception(error))
    while stack:
        item = stack.pop()
        if id(item) in seen or item is None:
            continue
        seen.add(id(item))
        yield repr(item)
        yield str(item)
        if isinstance(item, BaseException):
            stack.extend([item.__cause__, item.__context__, *item.args, *getattr(item, "__notes__", ())])
        if isinstance(item, dict):
            stack.extend(item.values())
            continue
        for name in ("request_info", "headers", "history", "message", "details", "url", "real_url"):
            stack.append(getattr(item, name, None))
        attributes = getattr(item, "__dict__", None)
        if isinstance(attributes, dict):
            stack.extend(attributes.values())
        if hasattr(item, "items") and callable(item.items):
            stack.extend(f"{k}: {v}" for k, v in item.items())
