"""Conformance: schemathesis runs the OpenAPI spec against the sandbox and finds no violation.

Every operation of `openapi/msgflash.yaml` is exercised with schema-generated requests (examples,
coverage and fuzzing phases, positive and negative data), once with the personal key and once with the
team key, against a sandbox served on 127.0.0.1 from a background thread with its own event loop (the
schemathesis tests are synchronous and call it over real HTTP).

Checks: not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance,
response_headers_conformance, positive_data_acceptance and negative_data_rejection. A 404 for a generated
(unknown) id is an accepted answer to valid data by schemathesis' own defaults; a 400 naming only `cursor`
(a cursor the server never issued) is treated the same way, see `_check`. The sandbox must record no
internal error.

Determinism and hygiene: a fixed seed, `deterministic` generation (Hypothesis `derandomize`), a small
`max-examples`, no Hypothesis example database and no schemathesis cache, and Hypothesis' storage moved to
the temp dir, so nothing is written into the repository (no `.hypothesis/`, no `.schemathesis/`).
"""

from __future__ import annotations

import asyncio
import os
import tempfile
import threading
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from hypothesis.configuration import set_hypothesis_home_dir
from schemathesis.checks import not_a_server_error
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    positive_data_acceptance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from msgflash_async.testing import Sandbox, SandboxConfig

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "msgflash.yaml"

# Hypothesis writes caches (module constants, unicode tables) under `./.hypothesis` even with the example
# database off, from collection on: point it at the temp dir before the schema below builds any strategy.
if not os.environ.get("HYPOTHESIS_STORAGE_DIRECTORY"):
    set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "msgflash-async-hypothesis")

# Per operation and phase; 2 x 54 operations then take about 25 s on 2 cores.
MAX_EXAMPLES = 8

CONFIG = SchemathesisConfig.from_dict(
    {
        "seed": 20260401,
        "cache": {"enabled": False},
        # Unknown query parameters are ignored, as by most HTTP APIs (OpenAPI cannot forbid them): extra
        # parameters would only make `negative_data_rejection` flag requests that are not invalid.
        "generation": {
            "max-examples": MAX_EXAMPLES,
            "deterministic": True,
            "database": "none",
            "allow-extra-parameters": False,
        },
    }
)

schema = schemathesis.openapi.from_path(SPEC, config=CONFIG)

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
    positive_data_acceptance,
    negative_data_rejection,
]

# No deadline and no generation-speed health checks: both measure the machine, not the conformance.
HYPOTHESIS = settings(
    max_examples=MAX_EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)


class ThreadedSandbox:
    """A sandbox served from a daemon thread with its own event loop."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="conformance-sandbox", daemon=True)
        self.sb: Sandbox | None = None

    def _run(self, coro: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout=30)

    def start(self) -> Sandbox:
        """Start the loop thread, then the sandbox inside it (on 127.0.0.1)."""
        self.thread.start()

        async def make() -> Sandbox:
            return await Sandbox(SandboxConfig(host="127.0.0.1", rate_limit_per_second=None)).start()

        self.sb = self._run(make())
        return self.sb

    def stop(self) -> None:
        """Close the sandbox, stop the loop and join the thread."""
        if self.sb is not None:
            self._run(self.sb.close())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=30)
        self.loop.close()


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    """One sandbox for the whole module; it must record no internal error."""
    runner = ThreadedSandbox()
    sb = runner.start()
    try:
        yield sb
    finally:
        runner.stop()
    assert sb.internal_errors == []


def _rejects_unissued_cursor(case: Any, response: Any) -> bool:
    """A 400 that names `cursor` and nothing else: the server never issued that opaque cursor."""
    if "cursor" not in (case.query or {}) or response.status_code != 400:
        return False
    details = response.json()["error"].get("details") or []
    return bool(details) and {d["path"] for d in details} == {"cursor"}


def _use_a_real_instance(case: Any, sb: Sandbox, key: str) -> None:
    """In about half the positive cases, swap the generated instance id for the workspace's connected one.

    Generated ids are unknown to the sandbox (a 404, correct but shallow): with a real instance, sends,
    schedules, campaigns, lookups, statuses and the instance routes get past the lookup into their own logic.
    Any non-empty string is a schema-valid id, so the case stays positive. The choice is a CRC of the
    generated id, hence deterministic.
    """
    if case.meta is None or not case.meta.generation.mode.is_positive:
        return
    real = sb.workspace(key).connected_instance.id

    def pick(value: Any) -> bool:
        return isinstance(value, str) and zlib.crc32(value.encode()) % 2 == 0

    if isinstance(case.body, dict) and pick(case.body.get("instanceId")):
        case.body["instanceId"] = real
    path_parameters = case.path_parameters or {}
    if case.operation.path.startswith("/api/v1/instances/") and pick(path_parameters.get("id")):
        path_parameters["id"] = real


def _check(case: Any, sb: Sandbox, headers: dict[str, str]) -> None:
    """Call the sandbox with `headers` and run every check on the response."""
    _use_a_real_instance(case, sb, headers["x-api-key"])
    response = case.call(base_url=sb.base_url, headers=headers, timeout=10)
    checks = CHECKS
    if _rejects_unissued_cursor(case, response):
        # A cursor is opaque and only meaningful when the server issued it: generated data can only guess
        # one, and `400 VALIDATION_ERROR` on `cursor` (documented for these routes) is the right answer,
        # like a 404 for an id that does not exist. Every other parameter of the request was accepted.
        checks = [c for c in CHECKS if c is not positive_data_acceptance]
    case.validate_response(response, checks=checks, headers=headers)
    assert sb.internal_errors == []


@schema.parametrize()
@HYPOTHESIS
def test_personal_key(case: Any, sandbox: Sandbox) -> None:
    """Every operation conforms to the spec when called with the personal key."""
    _check(case, sandbox, {"x-api-key": sandbox.personal_key})


@schema.parametrize()
@HYPOTHESIS
def test_team_key(case: Any, sandbox: Sandbox) -> None:
    """Every operation conforms to the spec when called with the team key and its X-Team-Id."""
    _check(case, sandbox, {"x-api-key": sandbox.team_key, "X-Team-Id": sandbox.team_id})
