"""The generated structure functions change nothing but speed: same results, errors, messages and paths.

Every documented example (`fixtures/responses`, and the request bodies of `fixtures/requests` as their
models) is structured by `structure` (fast path first) and by `structure_detailed` (cattrs alone); then
so is every variant that corrupts one member of it in a fixed way, and a hypothesis-drawn set of variants
that corrupt several members at once. Results are compared deeply (types included: `1` is not `1.0`),
errors by class, message and JSON path.
"""

from __future__ import annotations

import copy
import datetime
import importlib
import json
import typing
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml
from hypothesis import HealthCheck, given, settings, strategies as st

from msgflash_async._converter import _load_fast_function, structure, structure_detailed
from msgflash_async._errors import ResponseValidationError

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"

Case = tuple[str, object, type]  # (name, decoded JSON, class)


@cache
def _operations() -> dict[str, dict[str, Any]]:
    spec = yaml.safe_load((ROOT / "openapi" / "msgflash.yaml").read_text())
    return {op["operationId"]: op for item in spec["paths"].values() for op in item.values() if isinstance(op, dict)}


def _endpoint(operation_id: str) -> Any:
    tag = _operations()[operation_id]["tags"][0]
    return importlib.import_module(f"msgflash_async._generated.api.{tag}.{operation_id}")


def _response_class(operation_id: str, status: int, payload: object) -> type:
    """The class the operation's generated parser hands to the converter for this status."""
    seen: list[type] = []

    def record(obj: object, cl: type) -> Any:
        seen.append(cl)
        return structure(obj, cl)

    _endpoint(operation_id).parse_response(status, payload, record)
    (cl,) = seen
    return cl


@cache
def documented_cases() -> tuple[Case, ...]:
    cases: list[Case] = []
    for path in sorted((FIXTURES / "responses").glob("*.json")):
        operation_id, status = path.stem.split(".")[:2]
        payload = json.loads(path.read_text())
        cases.append((path.name, payload, _response_class(operation_id, int(status), copy.deepcopy(payload))))
    for path in sorted((FIXTURES / "requests").glob("*.json")):
        body = typing.get_type_hints(_endpoint(path.stem.split(".")[0]).build_request).get("body")
        if isinstance(body, type) and attrs.has(body):
            cases.append((path.name, json.loads(path.read_text()), body))
    # Most examples leave members out; their completed twins take the fast path's look-ups for complete objects.
    for name, obj, cl in list(cases):
        complete = completed(obj, structure_detailed(obj, cl))
        if complete != obj:
            cases.append((f"{name} completed", complete, cl))
    return tuple(cases)


def completed(doc: object, value: object) -> object:
    """`doc` with every member its models leave out added with the value it defaults to (null, most often).

    The result structures to the same value: only the JSON differs, now naming every member of each model.
    """
    doc = copy.deepcopy(doc)
    _complete(doc, value)
    return doc


def _complete(doc: object, value: object) -> None:
    if isinstance(doc, list) and isinstance(value, list):
        for item, item_value in zip(doc, value, strict=True):
            _complete(item, item_value)
    elif isinstance(doc, dict) and attrs.has(cls := type(value)):
        for field in attrs.fields(cls):
            wire = field.metadata.get("wire")
            if wire is None:
                continue  # the field of unknown members
            if wire not in doc and isinstance(field.default, str | int | bool | None):
                doc[wire] = field.default
            if wire in doc:
                _complete(doc[wire], getattr(value, field.name))


# --- comparing outcomes ------------------------------------------------------------------------------


def deep(value: object) -> object:
    """A comparable picture of a structured value in which every type shows."""
    cls: Any = type(value)
    if attrs.has(cls):
        return (cls, tuple((f.name, deep(getattr(value, f.name))) for f in attrs.fields(cls)))
    if isinstance(value, list):
        return ("list", tuple(deep(item) for item in value))
    if isinstance(value, dict):
        return ("dict", tuple((key, deep(item)) for key, item in value.items()))
    if isinstance(value, datetime.datetime):
        return ("datetime", value.isoformat(), str(value.tzinfo))
    return (type(value), value)


def outcome(how: Callable[[object, type], object], obj: object, cl: type) -> tuple[object, ...]:
    try:
        return ("result", deep(how(copy.deepcopy(obj), cl)))
    except ResponseValidationError as error:
        return ("error", type(error), str(error), error.path, error.status)


def assert_same(obj: object, cl: type) -> str:
    fast, detailed = outcome(structure, obj, cl), outcome(structure_detailed, obj, cl)
    assert fast == detailed
    return str(fast[0])


# --- corrupting documents ----------------------------------------------------------------------------

# Values that cross every check: each JSON type, numbers at the int/float/bool edges, date-times right and
# wrong, strings that are (or are not) tags and enum members, empty containers.
ODD_VALUES: tuple[object, ...] = (
    None, True, False, 0, 1, -7, 2.5, 1.0, "", "x", "5", "true", "text", "image", "all", "group",
    "2026-04-01T10:00:00.000Z", "2026-04-01", "yesterday", [], ["a"], [1], [None], {}, {"type": "text"},
)  # fmt: skip


def members(value: object, path: tuple[object, ...] = ()) -> Iterator[tuple[object, ...]]:
    """The path of every member of a JSON document (object keys and list indexes), root first."""
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from members(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from members(item, (*path, index))


def replaced(doc: object, path: tuple[object, ...], new: object) -> object:
    doc = copy.deepcopy(doc)
    if not path:
        return new
    parent: Any = doc
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = new
    return doc


def removed(doc: object, path: tuple[object, ...]) -> object:
    doc = copy.deepcopy(doc)
    parent: Any = doc
    for step in path[:-1]:
        parent = parent[step]
    del parent[path[-1]]
    return doc


def renamed(doc: object, path: tuple[object, ...]) -> object:
    doc = copy.deepcopy(doc)
    parent: Any = doc
    for step in path[:-1]:
        parent = parent[step]
    parent[f"undocumented{path[-1]}"] = parent.pop(path[-1])
    return doc


def single_corruptions(doc: object) -> Iterator[object]:
    """Each member removed, renamed, replaced by each odd value, wrapped in a list; unknown members added.

    A rename keeps the object's size with one documented member missing and an unknown one present: the
    case a size check alone would mistake for a complete object.
    """
    for path in list(members(doc)):
        if path:
            yield removed(doc, path)
            if isinstance(path[-1], str):
                yield renamed(doc, path)
        for value in ODD_VALUES:
            yield replaced(doc, path, value)
        yield replaced(doc, path, [copy.deepcopy(_at(doc, path))])
    for path in members(doc):
        if isinstance(_at(doc, path), dict):
            yield replaced(doc, path, {**_at(doc, path), "undocumentedMember": 1})
            # Unknown members on both sides of the documented ones: they are kept, in the object's order.
            yield replaced(doc, path, {"zUndocumented": [1], **_at(doc, path), "aUndocumented": {"b": 2}})


def _at(doc: object, path: tuple[object, ...]) -> Any:
    for step in path:
        doc = doc[step]  # type: ignore[index]
    return doc


JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**40), 2**40) | st.floats(allow_nan=False, allow_infinity=False)
    | st.sampled_from([v for v in ODD_VALUES if isinstance(v, str)]) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)  # fmt: skip


# --- the tests ---------------------------------------------------------------------------------------


def test_every_documented_example_takes_the_fast_path() -> None:
    """The fast path is really used: each documented example is accepted by its generated function."""
    responses = len(list((FIXTURES / "responses").glob("*.json")))
    assert responses > 0
    assert len(documented_cases()) > responses  # every response, and request bodies
    assert any(name.endswith("completed") for name, _, _ in documented_cases())
    for name, obj, cl in documented_cases():
        function = _load_fast_function(cl)
        assert function is not None, name
        assert deep(function(copy.deepcopy(obj))) == deep(structure_detailed(obj, cl)), name


def test_public_classes_keep_their_fast_path() -> None:
    """A class reporting its public module (`msgflash_async.models`) is still found by its generated module."""
    import msgflash_async.models as public

    assert public.Contact.__module__ == "msgflash_async.models"
    assert _load_fast_function(public.Contact) is not None
    assert _load_fast_function(dict) is None  # not a generated model: the detailed path


@pytest.mark.parametrize("case", documented_cases(), ids=lambda case: case[0])
def test_documented_example_and_each_single_corruption(case: Case) -> None:
    name, obj, cl = case
    assert assert_same(obj, cl) == "result"
    kinds = {assert_same(variant, cl) for variant in single_corruptions(obj)}
    assert kinds == {"result", "error"}, name  # the corruptions reach both outcomes


@settings(max_examples=3000, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_many_corruptions_at_once(data: st.DataObject) -> None:
    _, doc, cl = data.draw(st.sampled_from(documented_cases()))
    for _ in range(data.draw(st.integers(1, 4))):
        paths = list(members(doc))
        path = data.draw(st.sampled_from(paths))
        remove = bool(path) and data.draw(st.booleans())
        doc = removed(doc, path) if remove else replaced(doc, path, data.draw(JSON))
    assert_same(doc, cl)
