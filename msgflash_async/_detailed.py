"""The detailed structuring path: a cattrs Converter with strict hooks, driven by the models' wire names.

A mismatch raises `ResponseValidationError` naming the JSON path (`… @ $.data.contacts[3].phone`), worded
by our hooks. `_converter.structure` tries each model's generated function first and comes here only for
data that function does not accept (or a type without one), so cattrs and these hooks load on first need.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, Literal, get_args, get_origin

import attrs
import cattrs
import cattrs.v
from cattrs.cols import is_sequence, list_structure_factory
from cattrs.gen import make_dict_structure_fn, override

from ._converter import _is_union
from ._errors import ResponseValidationError

_converter = cattrs.Converter(detailed_validation=True, forbid_extra_keys=False)


# --- strict scalars -------------------------------------------------------------------------------


def _expect(obj: object, kinds: type | tuple[type, ...], name: str) -> None:
    # bool is an int subclass in Python, never in JSON.
    if not isinstance(obj, kinds) or (isinstance(obj, bool) and bool not in _as_tuple(kinds)):
        raise TypeError(f"expected {name}, got {type(obj).__name__} {obj!r:.40}")


def _as_object(obj: object) -> dict[str, Any]:
    if not isinstance(obj, dict):
        raise TypeError(f"expected an object, got {type(obj).__name__} {obj!r:.40}")
    return obj


def _as_tuple(kinds: type | tuple[type, ...]) -> tuple[type, ...]:
    return kinds if isinstance(kinds, tuple) else (kinds,)


# The scalar hooks run once per JSON member (a 100-contact page is ~1,000 calls): each tests the exact
# type a JSON decoder produces inline, and calls `_expect` (same checks, same errors) only otherwise.


def _structure_str(obj: object, _: type) -> str:
    if type(obj) is not str:
        _expect(obj, str, "a string")
    return obj  # type: ignore[return-value]  # checked just above


def _structure_int(obj: object, _: type) -> int:
    if type(obj) is not int:
        _expect(obj, int, "an integer")
    return obj  # type: ignore[return-value]


def _structure_float(obj: object, _: type) -> float:
    _expect(obj, (int, float), "a number")
    return float(obj)  # type: ignore[arg-type]


def _structure_bool(obj: object, _: type) -> bool:
    if type(obj) is not bool:
        _expect(obj, bool, "a boolean")
    return obj  # type: ignore[return-value]


def _structure_datetime(obj: object, _: type) -> datetime.datetime:
    if type(obj) is not str:
        _expect(obj, str, "an ISO 8601 date-time string")
    try:
        return datetime.datetime.fromisoformat(obj)  # type: ignore[arg-type]
    except ValueError:
        raise ValueError(f"invalid ISO 8601 date-time {obj!r:.40}") from None


for _type, _hook in (
    (str, _structure_str),
    (int, _structure_int),
    (float, _structure_float),
    (bool, _structure_bool),
    (datetime.datetime, _structure_datetime),
):
    _converter.register_structure_hook(_type, _hook)
_converter.register_unstructure_hook(datetime.datetime, lambda value: value.isoformat())


# --- unions ---------------------------------------------------------------------------------------


def _is_open_string(tp: object) -> bool:
    """`Literal[...] | str` (an open enum), possibly with None: any string passes."""
    return (
        _is_union(tp)
        and str in get_args(tp)
        and all(arg in (str, type(None)) or get_origin(arg) is Literal for arg in get_args(tp))
    )


def _structure_open_string(tp: object) -> Callable[[object, type], str | None]:
    nullable = type(None) in get_args(tp)

    def structure(obj: object, _: type) -> str | None:
        if obj is None and nullable:
            return None
        return _structure_str(obj, str)

    return structure


def _const_tag(cls: type) -> tuple[str, object] | None:
    """The (wire name, value) of a model's `const` discriminator field, if it has one."""
    for field in attrs.fields(cls):
        if get_origin(field.type) is Literal and len(get_args(field.type)) == 1:
            return field.metadata["wire"], get_args(field.type)[0]
    return None


def _is_model_union(tp: object) -> bool:
    members = [arg for arg in get_args(tp) if arg is not type(None)]
    return _is_union(tp) and len(members) > 1 and all(attrs.has(arg) for arg in members)


def _structure_model_union(tp: object) -> Callable[[object, type], object]:
    """Dispatch on the variants' shared `const` member; the one untagged variant is the fallback."""
    nullable = type(None) in get_args(tp)
    tagged: dict[tuple[str, object], type] = {}
    untagged: type | None = None
    for variant in (arg for arg in get_args(tp) if arg is not type(None)):
        attrs.resolve_types(variant)
        tag = _const_tag(variant)
        if tag is None:
            untagged = variant
        else:
            tagged[tag] = variant
    wires = {wire for wire, _ in tagged}

    def structure(obj: object, _: type) -> object:
        if obj is None and nullable:
            return None
        data = _as_object(obj)
        for wire in wires:
            variant = tagged.get((wire, data.get(wire)))
            if variant is not None:
                return _converter.structure(data, variant)
        if untagged is None:
            found = {wire: data.get(wire) for wire in wires}
            raise ValueError(f"no variant matches discriminator {found}")
        return _converter.structure(data, untagged)

    return structure


def _is_literal(tp: object) -> bool:
    return get_origin(tp) is Literal


def _structure_literal(tp: object) -> Callable[[object, type], object]:
    """A closed `Literal` (a `const` discriminator, a request enum): the value must be one of its members."""
    allowed = get_args(tp)

    def structure(obj: object, _: type) -> object:
        if not any(obj == value and type(obj) is type(value) for value in allowed):  # True == 1, not in JSON
            raise ValueError(f"expected {' or '.join(map(repr, allowed))}, got {obj!r:.40}")
        return obj

    return structure


_converter.register_structure_hook_factory(_is_literal, _structure_literal)


def _is_optional(tp: object) -> bool:
    """`X | None` with a single X that no factory above claims (`str | None` is an open string)."""
    args = get_args(tp)
    return _is_union(tp) and len(args) == 2 and type(None) in args and not _is_open_string(tp)


def _structure_optional(tp: Any, converter: cattrs.Converter) -> Callable[[object, type], object]:
    """cattrs' own `X | None` handling, minus its per-call hook lookup (a dispatch on every member).

    The inner hook is looked up on first use, not here, so that a model referring to itself still works.
    """
    inner_type = next(arg for arg in get_args(tp) if arg is not type(None))
    inner: Callable[[object, Any], object] | None = None

    def structure(obj: object, _: type) -> object:
        nonlocal inner
        if obj is None:
            return None
        if inner is None:
            inner = converter.get_structure_hook(inner_type)
        return inner(obj, inner_type)

    return structure


_converter.register_structure_hook_factory(_is_optional, _structure_optional)
_converter.register_structure_hook_factory(_is_open_string, _structure_open_string)
_converter.register_structure_hook_factory(_is_model_union, _structure_model_union)


# --- lists and models -----------------------------------------------------------------------------


def _structure_list(tp: Any, converter: cattrs.Converter) -> Callable[[object, type], list[Any]]:
    inner = list_structure_factory(tp, converter)

    def structure(obj: object, cl: type) -> list[Any]:
        _expect(obj, list, "an array")
        result: list[Any] = inner(obj, cl)
        return result

    return structure


def _structure_model(cls: type, converter: cattrs.Converter) -> Callable[[object, type], object]:
    attrs.resolve_types(cls)
    fields = [f for f in attrs.fields(cls) if "wire" in f.metadata]
    overrides: dict[str, Any] = {f.name: override(rename=f.metadata["wire"]) for f in fields}
    overrides["additional_properties"] = override(omit=True)
    base: Callable[[Mapping[str, Any], Any], Any] = make_dict_structure_fn(
        cls, converter, _cattrs_detailed_validation=True, **overrides
    )
    known = frozenset(f.metadata["wire"] for f in fields)

    def structure(obj: object, cl: type) -> object:
        data = _as_object(obj)
        instance = base(data, cl)
        if not known.issuperset(data):
            instance.additional_properties = {k: v for k, v in data.items() if k not in known}
        return instance

    return structure


def _is_model(tp: object) -> bool:
    return isinstance(tp, type) and attrs.has(tp) and any("wire" in f.metadata for f in attrs.fields(tp))


_converter.register_structure_hook_factory(is_sequence, _structure_list)
_converter.register_structure_hook_factory(_is_model, _structure_model)


def structure_detailed(obj: object, cl: type[Any], /) -> Any:
    """`structure` by the cattrs hooks alone (the reference the generated functions are tested against)."""
    try:
        return _converter.structure(obj, cl)
    except (cattrs.BaseValidationError, TypeError, ValueError, KeyError) as exc:
        message, path = _first_problem(exc)
        raise ResponseValidationError(message, status=200, path=path) from exc


def _first_problem(exc: BaseException, path: str = "$") -> tuple[str, str]:
    """The first failure in a cattrs error tree, with its JSON path spelled in wire names."""
    if isinstance(exc, cattrs.ClassValidationError):
        wire_names = {f.name: f.metadata.get("wire", f.name) for f in attrs.fields(exc.cl)} if attrs.has(exc.cl) else {}
        with_notes, without = exc.group_exceptions()
        for inner, note in with_notes:
            return _first_problem_or_leaf(inner, f"{path}.{wire_names.get(note.name, note.name)}", note.type)
        return _first_problem(without[0], path)
    if isinstance(exc, cattrs.IterableValidationError):
        items_with_notes, items_without = exc.group_exceptions()
        for inner, item_note in items_with_notes:
            return _first_problem_or_leaf(inner, f"{path}[{item_note.index!r}]", item_note.type)
        return _first_problem(items_without[0], path)
    return _reason(exc, None), path


def _first_problem_or_leaf(exc: BaseException, path: str, expected: Any) -> tuple[str, str]:
    if isinstance(exc, cattrs.BaseValidationError):
        return _first_problem(exc, path)
    return _reason(exc, expected), path


def _reason(exc: BaseException, expected: Any) -> str:
    """Our hooks' own words (`expected an integer, got str '5'`); cattrs' generic wording only as a fallback."""
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, TypeError | ValueError) and str(exc):
        return str(exc)
    if isinstance(exc, AttributeError) and str(exc).endswith("has no attribute 'items'"):
        return f"expected an object, got {str(exc).split(chr(39))[1]}"
    return cattrs.v.format_exception(exc, expected)
