"""The sandbox's JSON, on both backends: the standard library (no extras installed) and orjson (`speed`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from msgflash_async.testing import Sandbox, _json

from .sandbox_helpers import Api

Dumps = Callable[[Any], bytes]
Loads = Callable[[bytes | str], Any]

BACKENDS: dict[str, tuple[Dumps, Loads]] = {"stdlib": (_json.stdlib_dumps, _json.stdlib_loads)}
if hasattr(_json, "orjson_dumps"):
    BACKENDS["orjson"] = (_json.orjson_dumps, _json.loads)


@pytest.fixture(params=sorted(BACKENDS))
def backend(request: pytest.FixtureRequest) -> tuple[Dumps, Loads]:
    """(dumps, loads) of one backend."""
    return BACKENDS[request.param]


def test_both_backends_are_tested() -> None:
    """The orjson backend is present here (the test group installs orjson), so both run."""
    assert sorted(BACKENDS) == ["orjson", "stdlib"]


def test_round_trip_is_compact_utf8(backend: tuple[Dumps, Loads]) -> None:
    """Compact separators, UTF-8 as is (not \\u escapes), and back to the same value."""
    dumps, loads = backend
    value = {"name": "Zoé 👋", "n": [1, 2.5, None, True], "nested": {"a": ""}}
    raw = dumps(value)
    assert raw == '{"name":"Zoé 👋","n":[1,2.5,null,true],"nested":{"a":""}}'.encode()
    assert loads(raw) == value


def test_fragment_is_written_verbatim(backend: tuple[Dumps, Loads]) -> None:
    """A Fragment (a 5000-digit page number, beyond int()'s limit) lands in the output digit for digit."""
    dumps, _ = backend
    digits = "1" + "0" * 4999
    assert (
        dumps({"page": _json.Fragment(digits), "x": [_json.Fragment("2")]}) == f'{{"page":{digits},"x":[2]}}'.encode()
    )


def test_a_string_cannot_pose_as_a_fragment() -> None:
    """The stdlib placeholder is random per call: user text shaped like one stays a string."""
    out = _json.stdlib_dumps({"a": "0:0", "b": _json.Fragment("7")})
    assert out == b'{"a":"0:0","b":7}'


@pytest.mark.parametrize("raw", [b"{", b"NaN", b"[Infinity]", b'{"a": -Infinity}', b"\xff", b"[" * 100_000])
def test_malformed_input_is_a_value_error(backend: tuple[Dumps, Loads], raw: bytes) -> None:
    """Broken JSON, the non-standard constants, bad UTF-8 and absurd nesting all raise ValueError."""
    _, loads = backend
    with pytest.raises(ValueError):  # noqa: PT011 - the one exception type the callers catch
        loads(raw)


def test_unknown_types_are_refused(backend: tuple[Dumps, Loads]) -> None:
    """Anything but JSON types and Fragment is a TypeError, never a silent str()."""
    dumps, _ = backend
    with pytest.raises(TypeError, match="not JSON serializable"):
        dumps({"when": object()})


@pytest.mark.sandbox(rate_limit_per_second=None)
async def test_the_sandbox_runs_on_the_standard_library(api: Api, sb: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    """With only the stdlib backend (as without the `speed` extra), requests, errors and huge pages still work."""
    monkeypatch.setattr(_json, "dumps", _json.stdlib_dumps)
    monkeypatch.setattr(_json, "loads", _json.stdlib_loads)
    body = {"instanceId": sb.workspace().connected_instance.id, "to": "+22990000002", "type": "text", "text": "hé"}
    sent = await api.ok("POST", "/messages/send", 201, json=body)
    assert sent["status"] == "queued"
    async with api.session.post(sb.base_url + "/api/v1/messages/send", data=b"{not json", headers=sb.headers()) as resp:
        assert (resp.status, (await resp.json())["error"]["code"]) == (400, "VALIDATION_ERROR")
    digits = "9" * 5000
    async with api.session.get(
        sb.base_url + "/api/v1/billing/payments", params={"page": digits}, headers=sb.headers()
    ) as resp:
        assert f'"page":{digits},' in await resp.text()
