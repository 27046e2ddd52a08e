"""JSON for the sandbox: orjson when it is installed (the `speed` extra), else the standard library.

The sandbox ships with the SDK, whose only dependencies are aiohttp, attrs and cattrs, so it must run on the
standard library alone. Both backends behave alike where a client could tell: compact UTF-8 output that is always
valid JSON (never NaN or Infinity), malformed input raised as ValueError, and `Fragment` for JSON text written
verbatim.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any

__all__ = ["Fragment", "dumps", "loads"]


class Fragment:
    """Already-serialised JSON, written as is (e.g. an integer too long for `int()`, echoed digit for digit)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


def stdlib_dumps(value: Any) -> bytes:
    """Compact UTF-8 JSON; NaN, Infinity and unknown types raise ValueError / TypeError."""
    fragments: dict[str, str] = {}
    marker = ""

    def default(obj: object) -> str:
        nonlocal marker
        if not isinstance(obj, Fragment):
            raise TypeError(f"Type is not JSON serializable: {type(obj).__name__}")
        # A placeholder string no input can contain (a fresh random marker), swapped for the raw text below.
        marker = marker or uuid.uuid4().hex
        token = f"{marker}:{len(fragments)}"
        fragments[json.dumps(token)] = obj.text
        return token

    text = json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"), default=default)
    for quoted, raw in fragments.items():
        text = text.replace(quoted, raw, 1)
    return text.encode()


def _refuse_constant(name: str) -> object:
    raise ValueError(f"{name} is not valid JSON")


def stdlib_loads(raw: bytes | str) -> Any:
    """Parse JSON; any malformed input (bad UTF-8, NaN, nesting too deep) raises ValueError."""
    try:
        return json.loads(raw, parse_constant=_refuse_constant)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None


try:
    import orjson
except ImportError:  # pragma: no cover - the no-extras install; the package session runs the sandbox this way
    dumps: Callable[[Any], bytes] = stdlib_dumps
    loads: Callable[[bytes | str], Any] = stdlib_loads
else:

    def _orjson_default(obj: object) -> orjson.Fragment:
        if not isinstance(obj, Fragment):
            raise TypeError(f"Type is not JSON serializable: {type(obj).__name__}")
        return orjson.Fragment(obj.text)

    def orjson_dumps(value: Any) -> bytes:
        """Compact UTF-8 JSON via orjson (which writes NaN and Infinity as null)."""
        return orjson.dumps(value, default=_orjson_default)

    dumps = orjson_dumps
    loads = orjson.loads  # orjson.JSONDecodeError is a ValueError
