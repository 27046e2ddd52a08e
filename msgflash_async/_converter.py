"""The one (de)serialiser, driven by the wire names the generated models record.

Structuring (responses) is strict, because a spec that lies should fail loudly and precisely: no `5` → `"5"`,
no string iterated into a list of characters; a mismatch raises `ResponseValidationError` naming the JSON
path (`… @ $.data.contacts[3].phone`). Members the spec does not name are kept in `additional_properties`.
Unstructuring (requests) checks every value on its typed form first — its type (a user without mypy passes
`42` for an id, a str for a list), closed enums, finite numbers, text that can be encoded, the spec's bounds —
raising `InvalidRequestError` with the JSON path before any I/O, and omits optional members left as None.

Responses take the generated straight-line functions (`_generated/structure/`); only what those do not
accept goes to the detailed cattrs path (`_detailed`), which is imported then, not at start-up. Request
bodies likewise take `_generated/unstructure/` first, and the detailed checks below for anything else.
"""

from __future__ import annotations

import datetime
import importlib
import math
import re
import types
from collections.abc import Callable, Mapping
from typing import Any, Literal, NoReturn, Union, get_args, get_origin

import attrs

from ._errors import InvalidRequestError
from ._gc import without_collection
from ._structuring import FALLBACK, Reject


def structure(obj: object, cl: type[Any], /) -> Any:
    """Structure decoded JSON into `cl`; a mismatch raises `ResponseValidationError` with its JSON path.

    A model's generated straight-line function goes first; whatever it does not accept takes the detailed
    path (`structure_detailed`), which alone words errors, so results and errors are those of that path.

    `obj` is taken over: the result may keep its lists and objects instead of copies. The client hands over
    a tree it has just decoded and then lets go; `models.from_dict` copies a caller's data first.
    """
    fast = _fast_functions.get(cl, _NOT_LOADED)
    if fast is _NOT_LOADED:
        fast = _load_fast_function(cl)
    if fast is not None:
        try:
            return without_collection(fast, obj)
        except FALLBACK:
            pass
    return structure_detailed(obj, cl)


def structure_detailed(obj: object, cl: type[Any], /) -> Any:
    """`structure` by the cattrs hooks alone (the reference the generated functions are tested against)."""
    from ._detailed import structure_detailed  # cattrs is loaded by the first fallback, not at import

    return structure_detailed(obj, cl)


_FastFunction = Callable[[object], Any]
_NOT_LOADED: Any = object()
_fast_functions: dict[object, _FastFunction | None] = {}
_STRUCTURE_PACKAGE = "msgflash_async._generated.structure"


def _load_fast_function(cl: object) -> _FastFunction | None:
    """The generated structure function of a generated model class (None: the detailed path)."""
    return _load_generated(cl, _STRUCTURE_PACKAGE, "structure", _fast_functions)


def _load_generated(
    cl: object, package: str, function: str, cache: dict[object, _FastFunction | None]
) -> _FastFunction | None:
    """A generated model class's function in `package`, imported on first use (None if it has none).

    Found by the class's generated module, not its `__module__`: public classes report `msgflash_async.models`.
    """
    from ._generated import models  # (here, not at the top: the generated api modules import this one)

    found = None
    name = getattr(cl, "__name__", "")
    module = models._MODULES.get(name, "").removeprefix(".")
    generated = module and isinstance(cl, type) and attrs.has(cl) and getattr(models, name) is cl
    if generated and module in importlib.import_module(package).MODULES:
        found = getattr(importlib.import_module(f"{package}.{module}"), function)
    cache[cl] = found
    return found


def _is_union(tp: object) -> bool:
    return get_origin(tp) in (Union, types.UnionType)


# --- unstructuring (requests) ---------------------------------------------------------------------


_SCALARS = frozenset({str, int, float, bool})


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """A spec `pattern`, compiled as JSON Schema reads it."""
    # JSON Schema's `$` is the end of the string; Python's also matches before a final newline.
    return re.compile(pattern[:-1] + r"\Z" if pattern.endswith("$") else pattern)


_BOUND_KEYS = frozenset({"minLength", "maxLength", "minItems", "maxItems", "minimum", "maximum", "pattern"})


@attrs.frozen(slots=True)
class _Bounds:
    """One field's bounds from the spec, compiled once (the pattern anchored as JSON Schema reads it)."""

    min_length: int | None = None
    max_length: int | None = None
    min_items: int | None = None
    max_items: int | None = None
    minimum: float | None = None
    maximum: float | None = None
    pattern: re.Pattern[str] | None = None

    @classmethod
    def compile(cls, rules: Mapping[str, Any]) -> _Bounds | None:
        if not _BOUND_KEYS.intersection(rules):
            return None
        pattern = rules.get("pattern")
        return cls(
            rules.get("minLength"),
            rules.get("maxLength"),
            rules.get("minItems"),
            rules.get("maxItems"),
            rules.get("minimum"),
            rules.get("maximum"),
            compile_pattern(pattern) if pattern else None,
        )

    def check(self, value: object, path: str) -> None:
        """Raise `InvalidRequestError` naming `path` if `value` breaks a bound."""
        if isinstance(value, str):
            self._check_size(len(value), self.min_length, self.max_length, "characters", path)
            if self.pattern is not None and not self.pattern.search(value):
                pattern = self.pattern.pattern.replace("\\Z", "$")
                raise InvalidRequestError(f"must match the pattern {pattern!r} @ {path}")
        elif isinstance(value, list | tuple):
            self._check_size(len(value), self.min_items, self.max_items, "items", path)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            if self.minimum is not None and value < self.minimum:
                raise InvalidRequestError(f"must be at least {self.minimum}, got {value} @ {path}")
            if self.maximum is not None and value > self.maximum:
                raise InvalidRequestError(f"must be at most {self.maximum}, got {value} @ {path}")

    @staticmethod
    def _check_size(size: int, low: int | None, high: int | None, unit: str, path: str) -> None:
        if low is not None and size < low:
            raise InvalidRequestError(f"must have at least {low} {unit}, got {size} @ {path}")
        if high is not None and size > high:
            raise InvalidRequestError(f"must have at most {high} {unit}, got {size} @ {path}")


# --- request values: checked on their typed form -------------------------------------------------------

Check = Callable[[object, str], None]
# What every JSON encoder we use (orjson, json) can write: 64-bit integers, finite floats, UTF-8 text.
INT_MIN, INT_MAX = -(2**63), 2**64 - 1


def _refuse(expected: str, value: object, path: str) -> InvalidRequestError:
    return InvalidRequestError(f"expected {expected}, got {type(value).__name__} {value!r:.40} @ {path}")


def _check_str(value: object, path: str) -> None:
    if not isinstance(value, str):
        raise _refuse("a string", value, path)
    if not encodes(value):
        raise InvalidRequestError(f"text cannot be encoded as UTF-8 (a lone surrogate?) @ {path}")


def encodes(text: str) -> bool:
    """Whether `text` can be written as UTF-8 (a lone surrogate cannot)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _check_int(value: object, path: str) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        raise _refuse("an integer", value, path)
    if not INT_MIN <= value <= INT_MAX:
        raise InvalidRequestError(f"integer out of the 64-bit range JSON carries @ {path}")


def _check_number(value: object, path: str) -> None:
    if isinstance(value, int) and not isinstance(value, bool):
        _check_int(value, path)
    elif not isinstance(value, float):
        raise _refuse("a number", value, path)
    elif not math.isfinite(value):
        raise InvalidRequestError(f"expected a finite number, got {value!r} (JSON has no NaN or infinity) @ {path}")


def _check_bool(value: object, path: str) -> None:
    if not isinstance(value, bool):
        raise _refuse("a boolean (True or False)", value, path)


def _check_datetime(value: object, path: str) -> None:
    if not isinstance(value, datetime.datetime):
        raise _refuse("a datetime.datetime", value, path)


def check_json(value: object, path: str) -> None:
    """A free-form member (`variables`, `meta`, extra members): anything JSON can carry, and nothing else."""
    if value is None or isinstance(value, bool):
        return
    if isinstance(value, str):
        _check_str(value, path)
    elif isinstance(value, int | float):
        _check_number(value, path)
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            check_json(item, f"{path}[{index}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise _refuse("string keys", key, path)
            check_json(item, f"{path}.{key}")
    elif not isinstance(value, datetime.datetime) and not attrs.has(type(value)):
        raise _refuse("a JSON value", value, path)


_SCALAR_CHECKS: dict[object, Check] = {
    str: _check_str,
    int: _check_int,
    float: _check_number,
    bool: _check_bool,
    datetime.datetime: _check_datetime,
    Any: check_json,
}


def _value_check(tp: Any) -> Check:
    """The check for one annotated type, built once per field."""
    if tp in _SCALAR_CHECKS:
        return _SCALAR_CHECKS[tp]
    origin, args = get_origin(tp), get_args(tp)
    if origin is Literal:
        return _literal_check(args)
    if origin is list:
        return _list_check(_value_check(args[0]) if args else check_json)
    if origin is dict or tp is dict:
        return check_json
    if _is_union(tp):
        return _union_check([arg for arg in args if arg is not type(None)])
    if isinstance(tp, type) and attrs.has(tp):
        return _model_check((tp,))
    return check_json


def _literal_check(allowed: tuple[object, ...]) -> Check:
    def check(value: object, path: str) -> None:
        if not any(value == option and type(value) is type(option) for option in allowed):
            raise InvalidRequestError(f"must be one of {', '.join(map(repr, allowed))}, got {value!r:.40} @ {path}")

    return check


def _list_check(item: Check) -> Check:
    def check(value: object, path: str) -> None:
        # A str is iterable, but "abc" where a list of ids is due is a mistake, not three ids.
        if not isinstance(value, list | tuple):
            raise _refuse("a list", value, path)
        for index, element in enumerate(value):
            item(element, f"{path}[{index}]")

    return check


def _model_check(classes: tuple[type, ...]) -> Check:
    names = " or ".join(cls.__name__ for cls in classes)

    def check(value: object, path: str) -> None:
        if not isinstance(value, classes):
            raise _refuse(f"a {names}", value, path)

    return check


def _union_check(members: list[Any]) -> Check:
    """`X | None` (None handled by the caller), an open enum (`Literal | str`), or a union of models."""
    if len(members) == 1:
        return _value_check(members[0])
    if str in members and all(m is str or get_origin(m) is Literal for m in members):
        return _check_str  # an open enum: any string
    models = tuple(m for m in members if isinstance(m, type) and attrs.has(m))
    if len(models) == len(members):
        return _model_check(models)
    checks = [_value_check(m) for m in members]

    def check(value: object, path: str) -> None:
        first: InvalidRequestError | None = None
        for candidate in checks:
            try:
                candidate(value, path)
            except InvalidRequestError as exc:
                first = first or exc
            else:
                return
        raise first or InvalidRequestError(f"unexpected value @ {path}")

    return check


def expect_body(body: object, expected: Any, /) -> Any:
    """The body a generated endpoint was given, refused unless it is an instance of its request model(s)."""
    # Looked up by identity: a union's hash builds a frozenset of its members on every call.
    known = _body_checks.get(id(expected))
    if known is None or known[0] is not expected:
        members = get_args(expected) if _is_union(expected) else (expected,)
        known = _body_checks[id(expected)] = (expected, _model_check(tuple(a for a in members if a is not type(None))))
    known[1](body, "$")
    return body


# Per endpoint body type (a module constant of its generated module), built on its first call; the entry
# keeps the type itself, so its id is never reused for another.
_body_checks: dict[int, tuple[object, Check]] = {}


# Per model class: (attribute, JSON name, required, value check, bounds) for each field, computed once.
_FieldPlan = tuple[tuple[str, str, bool, Check, "_Bounds | None"], ...]
_plans: dict[type, _FieldPlan] = {}


def unstructure(value: object, path: str = "$") -> object:
    """JSON-ready data for a request body; raises `InvalidRequestError` (with a path) before any I/O."""
    if type(value) in _SCALARS:
        return value
    if attrs.has(type(value)):
        return _unstructure_model(value, path)
    if isinstance(value, list | tuple):
        return [unstructure(item, f"{path}[{index}]") for index, item in enumerate(value)]
    if isinstance(value, datetime.datetime):
        return _unstructure_datetime(value, path)
    return value


def _unstructure_model(model: Any, path: str) -> dict[str, object]:
    """A model's generated straight-line function first; whatever it does not accept, the detailed path."""
    cls = type(model)
    fast = _unstructure_functions.get(cls, _NOT_LOADED)
    if fast is _NOT_LOADED:
        fast = _load_generated(cls, _UNSTRUCTURE_PACKAGE, "unstructure", _unstructure_functions)
    if fast is not None:
        try:
            return fast(model)  # type: ignore[no-any-return]
        except _UNSTRUCTURE_FALLBACK:
            pass
    return _unstructure_model_detailed(model, path)


def _unstructure_model_detailed(model: Any, path: str) -> dict[str, object]:
    """Every check of every field, each error naming its JSON path (the reference the fast path is tested against)."""
    extra = model.additional_properties
    if extra:
        check_json(extra, path)
    data: dict[str, object] = dict(extra) if extra else {}
    for name, wire, required, check, bounds in _plan(type(model)):
        value = getattr(model, name)
        if value is None:
            if required:
                raise InvalidRequestError(f"{name} is required @ {path}.{wire}")
            continue
        check(value, f"{path}.{wire}")
        if bounds is not None:
            bounds.check(value, f"{path}.{wire}")
        data[wire] = value if type(value) in _SCALARS else unstructure(value, f"{path}.{wire}")
    return data


def _plan(cls: type) -> _FieldPlan:
    plan = _plans.get(cls)
    if plan is None:
        attrs.resolve_types(cls)
        plan = _plans[cls] = tuple(
            (
                field.name,
                field.metadata["wire"],
                field.default is attrs.NOTHING,
                _value_check(field.type),
                _Bounds.compile({k: v for k, v in field.metadata.items() if k != "wire"}),
            )
            for field in attrs.fields(cls)
            if "wire" in field.metadata
        )
    return plan


_unstructure_functions: dict[object, _FastFunction | None] = {}
_UNSTRUCTURE_PACKAGE = "msgflash_async._generated.unstructure"
# What a generated unstructure function raises to hand a value to the detailed path: `Reject`, or the
# error that path would raise itself (from `json_value`, or from `datetime_text` on an odd tzinfo).
_UNSTRUCTURE_FALLBACK = (Reject, InvalidRequestError, TypeError, ValueError)


# --- what the generated unstructure functions share (`_generated/unstructure/`) ---


def datetime_text(value: object) -> str:
    """A timezone-aware `datetime` in the API's format; `Reject` for anything else."""
    if type(value) is not datetime.datetime or value.tzinfo is None:
        raise Reject
    return _unstructure_datetime(value, "$")


def json_value(value: object) -> object:
    """A free-form member as the detailed path sends it (its errors, with a path, come from that path)."""
    check_json(value, "$")
    return value if type(value) in _SCALARS else unstructure(value)


def reject(value: object) -> NoReturn:
    """The value of a model union that is none of its variants' exact classes."""
    raise Reject


def _unstructure_datetime(value: datetime.datetime, path: str) -> str:
    if value.tzinfo is None:
        # The API reads times as UTC; a naive datetime is ambiguous, so refuse it rather than guess.
        raise InvalidRequestError(f"date-times must be timezone-aware (e.g. tzinfo=datetime.UTC) @ {path}")
    # The API's own format (`2026-04-01T10:00:00.000Z`): UTC, milliseconds, `Z`. A validator of that
    # format may refuse an offset such as `+00:00`, so never send one.
    return value.astimezone(datetime.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


_JSON_TYPE_CHECKS: dict[str, Check] = {
    "string": _check_str,
    "integer": _check_int,
    "number": _check_number,
    "boolean": _check_bool,
}
_query_checks: dict[str, dict[str, tuple[Check, _Bounds | None]]] = {}


def check_query(operation_id: str, /, *pairs: tuple[str, object]) -> None:
    """Query parameters on their typed values (`limit="abc"`, `2.5`, `nan`, an unknown `sort`): refused with
    `InvalidRequestError` naming `?name`, before anything is encoded or sent."""
    checks = _query_checks.get(operation_id)
    if checks is None:
        from ._generated.operations import QUERY_BOUNDS  # the spec's table; imported here to keep imports acyclic

        checks = _query_checks[operation_id] = {
            name: (_query_value_check(rules), _Bounds.compile(rules))
            for name, rules in QUERY_BOUNDS.get(operation_id, {}).items()
        }
    for name, value in pairs:
        if value is None or name not in checks:
            continue
        check, bounds = checks[name]
        check(value, f"?{name}")
        if bounds is not None:
            bounds.check(value, f"?{name}")


def _query_value_check(rules: Mapping[str, Any]) -> Check:
    if "enum" in rules:
        return _literal_check(tuple(rules["enum"]))
    return _JSON_TYPE_CHECKS.get(rules.get("type", ""), check_json)
