"""The spec's required/optional rule, checked over every documented response example, in both directions.

The rule (openapi/msgflash.yaml, info.description): a response member is required exactly when every documented
example of that object shows it. So, per component schema, over every place a fixture holds such an object:
- each `required` member appears in every example (else a documented reply would be refused), and
- each optional member is missing from at least one example (else the spec is looser than the docs), unless the
  spec gives the documented reason it can be absent (`x-optional-because` on the member).
Fixtures are `fixtures/responses/*.json`, one per documented example (every route, every doc generation, sync
and async shapes, and the product's own examples).
"""

from __future__ import annotations

import json
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from tests.contract.test_spec import resolve, response_pointer, spec, validator

RESPONSES = sorted((Path(__file__).resolve().parent / "fixtures" / "responses").glob("*.json"))
SCHEMA_PREFIX = "#/components/schemas/"


def _ref_name(node: dict[str, Any]) -> str | None:
    ref = node.get("$ref", "")
    return ref[len(SCHEMA_PREFIX) :] if ref.startswith(SCHEMA_PREFIX) else None


def _walk(node: dict[str, Any], value: object, name: str | None, seen: dict[str, list[frozenset[str]]]) -> None:
    """Record, for every named object schema `value` is an instance of, which members it shows."""
    if "$ref" in node:
        _walk(resolve(node), value, _ref_name(node) or name, seen)
        return
    for key in ("oneOf", "anyOf"):
        for variant in node.get(key, ()):
            target = resolve(variant)
            if _fits(variant, value) and (isinstance(value, dict) == ("properties" in target or "oneOf" in target)):
                _walk(variant, value, name, seen)
                if key == "oneOf":
                    break
    if isinstance(value, dict) and "properties" in node:
        if name is not None:
            seen[name].append(frozenset(value))
        for member, sub in node["properties"].items():
            if member in value:
                _walk(sub, value[member], None, seen)
    if isinstance(value, list) and "items" in node:
        for item in value:
            _walk(node["items"], item, None, seen)


def _fits(variant: dict[str, Any], value: object) -> bool:
    name = _ref_name(variant)
    if name is None:
        return True
    return bool(validator(f"/components/schemas/{name}").is_valid(value))


@cache
def observed() -> dict[str, list[frozenset[str]]]:
    """Schema name → the member sets of every example object of that schema, across all fixtures."""
    seen: dict[str, list[frozenset[str]]] = defaultdict(list)
    for path in RESPONSES:
        operation_id, status, *_ = path.name.split(".")
        pointer = response_pointer(operation_id, status)
        root: Any = spec()
        for part in pointer.strip("/").split("/"):
            root = root[part.replace("~1", "/")]
        _walk(root, json.loads(path.read_text(encoding="utf-8")), None, seen)
    return dict(seen)


def _schemas() -> list[str]:
    return sorted(observed())


def test_every_response_object_schema_is_observed() -> None:
    """The walk reaches the objects of every fixture (a broken walker would check nothing)."""
    names = set(observed())
    for expected in ("Instance", "SentMessage", "Campaign", "CampaignStats", "ContactBulkJobAccepted", "UsageReport"):
        assert expected in names
    assert sum(len(v) for v in observed().values()) > 250


@pytest.mark.parametrize("name", _schemas())
def test_required_members_appear_in_every_example(name: str) -> None:
    schema = spec()["components"]["schemas"][name]
    for members in observed()[name]:
        missing = set(schema.get("required", ())) - members
        assert not missing, f"{name}: a documented example lacks required {sorted(missing)}"


@pytest.mark.parametrize("name", _schemas())
def test_members_in_every_example_are_required(name: str) -> None:
    schema = spec()["components"]["schemas"][name]
    always = frozenset.intersection(*observed()[name]) & set(schema["properties"])
    excused = {member for member, sub in schema["properties"].items() if sub.get("x-optional-because")}
    loose = always - set(schema.get("required", ())) - excused
    assert not loose, f"{name}: every example shows {sorted(loose)}, but the spec makes them optional"
