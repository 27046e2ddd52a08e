"""Plan the generated structure functions from the generated attrs models (codegen only, never shipped).

The plan classifies every field's type exactly as `msgflash_async._detailed` dispatches it (strict
scalars, open strings, closed string `Literal`s, `X | None`, lists, free-form objects, model unions
tagged on one `const` member, nested models). A type outside that list, or a model the plan cannot build
without attrs' `__init__` (validators, converters, unusual defaults), gets a function that always
rejects: the converter's detailed path then handles it, so an unplanned shape costs speed, never
correctness.
"""

from __future__ import annotations

import datetime
import importlib.util
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin

import attrs

SCALARS: dict[object, str] = {
    str: "str",
    int: "int",
    bool: "bool",
    float: "float",
    datetime.datetime: "datetime",
}
JSON_LITERALS = (str, int, bool, type(None))


class Unplanned(Exception):  # noqa: N818
    """A type or model the fast path leaves to the detailed path (the message says why)."""


@attrs.frozen
class Value:
    kind: str  # str int bool float datetime any object literal model union list
    nullable: bool = False
    arg: Any = None  # literal: constant name; model/union: function name; list: the item's Value


def plan_models(models_dir: Path) -> Iterator[dict[str, Any]]:
    """A template context per model class of the generated `models` package at `models_dir`."""
    package = _load_package(models_dir)
    classes = [
        obj
        for name in sorted(package.__all__)
        if attrs.has(obj := getattr(package, name)) and any("wire" in f.metadata for f in attrs.fields(obj))
    ]
    graph = {cls: _referenced_models(cls) for cls in classes}
    for cls in classes:
        yield _ModelPlanner(cls, graph).context()


def _load_package(models_dir: Path) -> Any:
    """Import a freshly generated `models` package under a private name (its modules import only siblings)."""
    name = "_msgflash_codegen_models"
    spec = importlib.util.spec_from_file_location(
        name, models_dir / "__init__.py", submodule_search_locations=[str(models_dir)]
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _module_of(cls: type) -> str:
    return cls.__module__.rsplit(".", 1)[-1]


def _referenced_models(cls: type) -> set[type]:
    attrs.resolve_types(cls)
    found: set[type] = set()

    def walk(tp: object) -> None:
        if isinstance(tp, type) and attrs.has(tp):
            found.add(tp)
        for arg in get_args(tp):
            walk(arg)

    for field in attrs.fields(cls):
        walk(field.type)
    return found


def _reaches(graph: dict[type, set[type]], start: type, goal: type) -> bool:
    seen: set[type] = set()
    todo = [start]
    while todo:
        current = todo.pop()
        if current is goal:
            return True
        if current not in seen:
            seen.add(current)
            todo.extend(graph.get(current, ()))
    return False


def _is_union(tp: object) -> bool:
    return get_origin(tp) in (Union, types.UnionType)


class _ModelPlanner:
    """Plans one model; collects the imports, constants and union dispatchers its function needs."""

    function = "structure"  # the generated function's name, in every module

    def __init__(self, cls: type, graph: dict[type, set[type]]) -> None:
        self.cls = cls
        self.graph = graph
        self.imports: dict[str, dict[str, str]] = {}
        self.literals: dict[str, str] = {}
        self.unions: dict[str, dict[str, Any]] = {}

    def context(self) -> dict[str, Any]:
        base = {"cls": self.cls.__name__, "module": _module_of(self.cls)}
        try:
            fields, extra, known = self._fields()
        except Unplanned as reason:
            return base | {
                "supported": False, "supported_reason": str(reason), "fields": [], "extra": "",
                "known": "()", "known_count": 0, "imports": [], "literals": [], "unions": [],
            }  # fmt: skip
        return base | {
            "supported": True,
            "supported_reason": "",
            "fields": fields,
            "extra": extra,
            "known": repr(tuple(sorted(known))),
            "known_count": len(known),
            "imports": sorted(self.imports.items()),
            "literals": sorted(self.literals.items()),
            "unions": list(self.unions.values()),
        }

    def _fields(self) -> tuple[list[dict[str, Any]], str, list[str]]:
        fields, extra, known = [], "", []
        for field in attrs.fields(self.cls):
            if field.validator is not None or field.converter is not None or not field.init:
                raise Unplanned(f"{field.name} has a validator or converter, or is not in __init__")
            if field.metadata.get("extra"):
                if field.default != attrs.Factory(dict):
                    raise Unplanned(f"{field.name}: the extra-members field must default to a new dict")
                extra = field.name
                continue
            if "wire" not in field.metadata:
                raise Unplanned(f"{field.name} has no wire name")
            value = self._value(field.type)
            known.append(field.metadata["wire"])
            fields.append(self._field(field, value))
        if not extra:
            raise Unplanned("no field for JSON members the spec does not name")
        return fields, extra, known

    def _field(self, field: attrs.Attribute[Any], value: Value) -> dict[str, Any]:
        plan = {"name": field.name, "wire": field.metadata["wire"], "value": value, "default": ""}
        if field.default is attrs.NOTHING:
            return plan | {"presence": "required"}
        if type(field.default) not in JSON_LITERALS:  # a Factory, or a value with no literal in JSON
            raise Unplanned(f"{field.name}: default {field.default!r} is not a JSON literal")
        if field.default is None and value.nullable:
            return plan | {"presence": "nullable"}
        return plan | {"presence": "defaulted", "default": repr(field.default)}

    def _value(self, tp: object) -> Value:
        """The plan of one type, mirroring the converter's hook for it."""
        if tp in SCALARS:
            return Value(SCALARS[tp])
        if tp is Any:
            return Value("any")
        if _is_union(tp):
            return self._union(tp)
        if get_origin(tp) is Literal:
            return self._literal(tp)
        if get_origin(tp) is list:
            (item,) = get_args(tp)
            inner = self._value(item)
            if inner.nullable or inner.kind == "list":
                raise Unplanned(f"list item type {item!r}")
            return Value("list", arg=inner)
        if get_origin(tp) is dict and get_args(tp) == (str, Any):
            return Value("object")
        if isinstance(tp, type) and attrs.has(tp):
            return Value("model", arg=self._import(tp))
        raise Unplanned(f"type {tp!r}")

    def _union(self, tp: object) -> Value:
        args = get_args(tp)
        nullable = type(None) in args
        members = [arg for arg in args if arg is not type(None)]
        if str in members and all(arg is str or get_origin(arg) is Literal for arg in members):
            return Value("str", nullable=nullable)  # an open enum: any string
        if len(members) == 1:
            inner = self._value(members[0])
            return Value(inner.kind, nullable=nullable or inner.nullable, arg=inner.arg)
        if all(isinstance(arg, type) and attrs.has(arg) for arg in members):
            return Value("union", nullable=nullable, arg=self._dispatcher(members))
        raise Unplanned(f"union {tp!r}")

    def _literal(self, tp: object) -> Value:
        values = get_args(tp)
        if not all(type(value) is str for value in values):
            raise Unplanned(f"non-string literal {tp!r}")
        return Value("literal", arg=self._constant("_ALLOWED", f"frozenset({tuple(sorted(values))!r})"))

    def _constant(self, prefix: str, spelled: str) -> str:
        """The module constant spelled so (one per distinct expression), as `<prefix>_<n>`."""
        for existing, other in self.literals.items():
            if other == spelled:
                return existing
        name = f"{prefix}_{len(self.literals) + 1}"
        self.literals[name] = spelled
        return name

    def _dispatcher(self, members: list[type]) -> str:
        """A function dispatching on the variants' one shared `const` member, as the converter does."""
        tagged: list[tuple[str, str]] = []
        untagged: list[type] = []
        wires: set[str] = set()
        for variant in members:
            attrs.resolve_types(variant)
            tag = next(
                (
                    (f.metadata["wire"], get_args(f.type)[0])
                    for f in attrs.fields(variant)
                    if get_origin(f.type) is Literal and len(get_args(f.type)) == 1
                ),
                None,
            )
            if tag is None:
                untagged.append(variant)
            else:
                wires.add(tag[0])
                if type(tag[1]) is not str:
                    raise Unplanned(f"non-string tag {tag!r}")
                tagged.append((repr(tag[1]), self._import(variant)))
        if len(wires) != 1 or len(untagged) > 1:
            raise Unplanned(f"union of {members}: not tagged on exactly one member")
        key = repr(sorted(tagged))
        if key not in self.unions:
            self.unions[key] = {
                "name": f"_variant_{len(self.unions) + 1}",
                "type": " | ".join(sorted(m.__name__ for m in members)),
                "wire": wires.pop(),
                "tagged": sorted(tagged),
                "untagged": self._import(untagged[0]) if untagged else "",
            }
        return str(self.unions[key]["name"])

    def _import(self, cls: type) -> str:
        """The local name of `cls`'s generated function (a model on a cycle back here takes the detailed path)."""
        if cls is self.cls or _reaches(self.graph, cls, self.cls):
            raise Unplanned(f"{cls.__name__} refers back to {self.cls.__name__}")
        name = f"{self.function}_{_module_of(cls)}"
        self.imports[name] = {"module": _module_of(cls), "cls": cls.__name__}
        return name


# --- unstructuring (request bodies) ------------------------------------------------------------------

#: The bounds the converter applies to a value of each kind (`_Bounds.check` goes by the value's type).
BOUNDS_BY_KIND = {
    "str": ("minLength", "maxLength", "pattern"),
    "literal": ("minLength", "maxLength", "pattern"),
    "list": ("minItems", "maxItems"),
    "int": ("minimum", "maximum"),
    "float": ("minimum", "maximum"),
}
BOUND_KEYS = {key for keys in BOUNDS_BY_KIND.values() for key in keys}


def request_models(models_dir: Path, body_types: set[str]) -> Iterator[dict[str, Any]]:
    """A template context per model a request body can contain: the body models and all they refer to."""
    package = _load_package(models_dir)
    todo = [getattr(package, name) for name in sorted(body_types)]
    found: dict[str, type] = {}
    while todo:
        cls = todo.pop()
        if cls.__name__ not in found:
            found[cls.__name__] = cls
            todo.extend(_referenced_models(cls))
    graph = {cls: _referenced_models(cls) for cls in found.values()}
    for name in sorted(found):
        yield _UnstructurePlanner(found[name], graph).context()


class _UnstructurePlanner(_ModelPlanner):
    """Plans one model's unstructure function: the converter's checks, in the converter's field order."""

    function = "unstructure"

    def _field(self, field: attrs.Attribute[Any], value: Value) -> dict[str, Any]:
        rules = {key: field.metadata[key] for key in BOUND_KEYS if key in field.metadata}
        allowed = BOUNDS_BY_KIND.get(value.kind, ())
        if set(rules) - set(allowed):
            raise Unplanned(f"{field.name}: bounds {sorted(rules)} on a {value.kind}")
        bounds = {key: repr(rule) for key, rule in rules.items() if key != "pattern"}
        if "pattern" in rules:
            bounds["pattern"] = self._constant("_PATTERN", f"compile_pattern({rules['pattern']!r})")
        return {
            "name": field.name,
            "wire": field.metadata["wire"],
            "value": value,
            "required": field.default is attrs.NOTHING,
            "bounds": bounds,
        }

    def _dispatcher(self, members: list[type]) -> str:
        """A table from each variant's class to its function: the converter checks the value's type."""
        key = repr(sorted(m.__name__ for m in members))
        if key not in self.unions:
            self.unions[key] = {
                "name": f"_BY_TYPE_{len(self.unions) + 1}",
                "members": sorted((m.__name__, self._import(m)) for m in members),
            }
        return str(self.unions[key]["name"])
