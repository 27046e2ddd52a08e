"""The sandbox serves exactly the spec's operations: none missing, none invented."""

from __future__ import annotations

from pathlib import Path

import yaml

from msgflash_async.testing import _server

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "msgflash.yaml"


def test_sandbox_routes_equal_the_spec_operations() -> None:
    """(method, path) of every sandbox route == every operation of openapi/msgflash.yaml (54)."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    operations = {(method.upper(), path) for path, item in spec["paths"].items() for method in item}
    routes = _server.ALL_ROUTES
    served = {(route.method, route.path) for route in routes}
    assert served == operations
    assert len(routes) == len(served) == 54
