"""The sandbox serves exactly the spec's operations: none missing, none invented."""

from __future__ import annotations

from pathlib import Path

import yaml

from msgflash_async.testing import _server

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "msgflash.yaml"


def test_sandbox_routes_equal_the_spec_operations() -> None:
    """One handler per operation of openapi/msgflash.yaml, whose method, path and key scope are the spec's
    (read through the generated table, by operationId: nothing is copied by hand)."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    operations = {
        op["operationId"]: (method.upper(), path, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
    }
    routes = _server.ALL_ROUTES
    assert sorted(route.operation_id for route in routes) == sorted(operations)
    for route in routes:
        method, path, op = operations[route.operation_id]
        scope = (
            "personal" if op.get("x-personal-key-only") else "any" if op.get("x-workspace") is False else "workspace"
        )
        assert (route.method, route.path, route.scope) == (method, path, scope), route.operation_id
