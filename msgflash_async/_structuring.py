"""What the generated structure functions (`_generated/structure/`) share.

Each generated function structures one model in a single pass of exact type checks, and gives up at the
first thing it does not accept: by raising `Reject`, or the `KeyError`, `TypeError` or `ValueError` that a
missing member or a bad date-time raises by itself. The converter then runs its detailed cattrs path on
the same data, which returns the same result or explains the problem with its JSON path: the fast path
never has to word an error, so its errors cannot differ.
"""

from __future__ import annotations

from typing import Any


class Reject(Exception):  # noqa: N818 (an internal signal, never seen by users)
    """The fast path does not accept this data: take the detailed path."""


# The exceptions that mean "take the detailed path" (a generated function raises nothing else).
FALLBACK = (Reject, KeyError, TypeError, ValueError)


def as_float(value: object) -> float:
    """A JSON number as a float (an int is converted, as the detailed path does); a bool is not a number."""
    if type(value) is float:
        return value
    if type(value) is int:
        return float(value)
    raise Reject


def as_object(value: object) -> dict[str, Any]:
    """A free-form JSON object (`dict[str, Any]`), kept as it is (the converter owns the tree it structures).

    Its keys are not checked: the converter structures decoded JSON, whose object keys are strings.
    """
    if type(value) is not dict:
        raise Reject
    return value


def unknown_members(data: dict[str, Any], known: frozenset[str]) -> dict[str, Any]:
    """The members of `data` that the model does not name, in their order: its additional properties."""
    names = data.keys() - known  # found in C; a reply rarely has more than one such member
    if len(names) == 1:
        (name,) = names
        return {name: data[name]}
    return {key: value for key, value in data.items() if key in names}


def member(value: object, allowed: frozenset[str]) -> Any:
    """`value` if it is one of a closed `Literal`'s strings (typed Any: the field's Literal type is the truth)."""
    if type(value) is not str or value not in allowed:
        raise Reject
    return value
