"""The generated unstructure functions change nothing but speed: same JSON, same errors, same messages.

Every documented request body (`fixtures/requests`, as its model) is unstructured by `unstructure` (the
generated function first) and by the detailed path alone (every generated function switched off); then
so is every variant that sets one field, anywhere in the model tree, to each of a fixed set of odd
values, and a hypothesis-drawn set of variants that change several fields at once. Results are compared
with their types and key order; errors by class and message (which carries the JSON path).
"""

from __future__ import annotations

import copy
import datetime
import importlib
import json
import typing
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml
from hypothesis import HealthCheck, given, settings, strategies as st

from msgflash_async import _converter
from msgflash_async._converter import structure_detailed, unstructure
from msgflash_async._errors import InvalidRequestError

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "requests"
Case = tuple[str, Any]  # (fixture name, the body as its model)


def _build_request(operation_id: str) -> Any:
    spec = yaml.safe_load((ROOT / "openapi" / "msgflash.yaml").read_text())
    operations = [op for item in spec["paths"].values() for op in item.values()]
    (tag,) = {op["tags"][0] for op in operations if op["operationId"] == operation_id}
    return importlib.import_module(f"msgflash_async._generated.api.{tag}.{operation_id}").build_request


@cache
def documented_bodies() -> tuple[Case, ...]:
    cases: list[Case] = []
    for path in sorted(FIXTURES.glob("*.json")):
        body_type = typing.get_type_hints(_build_request(path.stem.split(".")[0])).get("body")
        if body_type is not None:
            cases.append((path.name, structure_detailed(json.loads(path.read_text()), body_type)))
    return tuple(cases)


class _NoGeneratedFunctions(dict[object, Any]):
    def get(self, key: object, default: Any = None) -> None:
        return None


def outcome(model: object, *, detailed: bool) -> tuple[object, ...]:
    saved = _converter._unstructure_functions
    if detailed:
        _converter._unstructure_functions = _NoGeneratedFunctions()
    try:
        result = unstructure(model)
        return ("result", json.dumps(result, default=repr), repr(result))  # key order and types both show
    except InvalidRequestError as error:
        return ("error", type(error), str(error))
    except Exception as error:  # an unexpected error must be the same one on both paths
        return ("raised", type(error), str(error))
    finally:
        _converter._unstructure_functions = saved


def assert_same(model: object) -> str:
    fast, detailed = outcome(model, detailed=False), outcome(model, detailed=True)
    assert fast == detailed
    return str(fast[0])


# --- corrupting models -------------------------------------------------------------------------------

_AWARE = datetime.datetime(2026, 4, 1, 10, 0, tzinfo=datetime.UTC)
# Values that cross every check: each Python type a user might pass, numbers at the JSON edges, text
# that cannot be encoded, bounds just crossed, date-times naive and aware, containers of the wrong kind.
ODD_VALUES: tuple[object, ...] = (
    None, True, False, 0, 1, -7, 2**63, 2**64, 2.5, 6, float("nan"), float("inf"), "", "x", "5", "text",
    "image", "é", "\ud800", "x" * 5000, "+22990000001", "https://x.test/a.png", b"bytes", [], ["a"], ("a",),
    [None], ["\ud800"], {}, {"k": 1}, {1: 2}, {"k": b"x"}, datetime.datetime(2026, 4, 1), _AWARE, object(),
)  # fmt: skip


def fields_of(model: Any, path: tuple[object, ...] = ()) -> Iterator[tuple[object, ...]]:
    """The path of every field of a model tree (attribute names and list indexes)."""
    if attrs.has(type(model)):
        for field in attrs.fields(type(model)):
            yield (*path, field.name)
            yield from fields_of(getattr(model, field.name), (*path, field.name))
    elif isinstance(model, list):  # (a tuple is only ever an odd value: it is replaced, not entered)
        for index, item in enumerate(model):
            yield (*path, index)
            yield from fields_of(item, (*path, index))


def replaced(model: object, path: tuple[object, ...], new: object) -> object:
    model = copy.deepcopy(model)
    parent: Any = model
    for step in path[:-1]:
        parent = parent[step] if isinstance(step, int) else getattr(parent, str(step))
    if isinstance(path[-1], int):
        parent[path[-1]] = new
    else:
        setattr(parent, str(path[-1]), new)
    return model


def single_corruptions(model: object) -> Iterator[object]:
    """Each field set to each odd value, to another documented model, and to a list of itself."""
    others = [other for _, other in documented_bodies()[:3]]
    for path in list(fields_of(model)):
        for value in (*ODD_VALUES, *others):
            yield replaced(model, path, value)


# --- the tests ---------------------------------------------------------------------------------------


def test_every_documented_body_takes_the_generated_function() -> None:
    """The fast path is really used: each documented body is accepted by its generated function."""
    assert len(documented_bodies()) == len(list(FIXTURES.glob("*.json")))
    for name, model in documented_bodies():
        function = _converter._load_generated(
            type(model), _converter._UNSTRUCTURE_PACKAGE, "unstructure", _converter._unstructure_functions
        )
        assert function is not None, name
        assert function(model) == unstructure(model), name
    assert _converter._load_generated(dict, _converter._UNSTRUCTURE_PACKAGE, "unstructure", {}) is None


@pytest.mark.parametrize("case", documented_bodies(), ids=lambda case: case[0])
def test_documented_body_and_each_single_corruption(case: Case) -> None:
    name, model = case
    assert assert_same(model) == "result"
    kinds = {assert_same(variant) for variant in single_corruptions(model)}
    assert {"result", "error"} <= kinds, name  # the corruptions reach both outcomes


@settings(max_examples=2000, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_many_corruptions_at_once(data: st.DataObject) -> None:
    _, model = data.draw(st.sampled_from(documented_bodies()))
    for _ in range(data.draw(st.integers(1, 4))):
        path = data.draw(st.sampled_from(list(fields_of(model))))
        model = replaced(model, path, data.draw(st.sampled_from(ODD_VALUES)))
    assert_same(model)
