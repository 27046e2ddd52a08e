"""Property: every error a public call or constructor raises for user input is a `MsgFlashError` subclass.

Hypothesis feeds junk (None, bools, huge and non-finite numbers, bytes, lone surrogates, lists, dicts, and
request models whose fields are junk) to every resource method of the client (all 54 operations, found by
introspection, so a new route is covered without editing this file) and to the constructors. Whatever the
SDK does with it — refuse it locally, or send it to a loopback port where nothing listens — the only
exceptions allowed out are MsgFlash's own. A bare TypeError, ValueError or OverflowError fails the test.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import typing
from collections.abc import Callable, Iterator
from typing import Any, get_args

import attrs
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from msgflash_async import AsyncPaginator, MsgFlash, MsgFlashError, Timeouts
from msgflash_async._generated.operations import ROUTES
from msgflash_async._generated.resources import Resources

PERSONAL_KEY = "msgf_live_" + "ab12" * 16
NOWHERE = "http://127.0.0.1:9"  # nothing listens: a request that gets out fails with APIConnectionError
EXAMPLES_PER_TARGET = 25

JUNK_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from([10**400, -(10**400), 2**64, -(2**63) - 1]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=8),
    st.sampled_from(["", ".", "..", "\ud800", "a\x00b", "x" * 5000, "noe", "name_desc"]),
    st.binary(max_size=4),
)
JUNK = st.recursive(
    JUNK_SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3) | st.integers(), inner, max_size=3),
    max_leaves=6,
)


def _models_in(annotation: object) -> list[type]:
    """The request model classes a parameter annotation names (a body union, or none)."""
    found = [arg for arg in get_args(annotation) if isinstance(arg, type) and attrs.has(arg)]
    if isinstance(annotation, type) and attrs.has(annotation):
        found.append(annotation)
    return found


def _junk_model(cls: type) -> st.SearchStrategy[Any]:
    """A request model built with junk in every field: it gets past the signature, not past the checks."""
    fields = {f.name: JUNK for f in attrs.fields(cls) if "wire" in f.metadata}
    return st.builds(cls, **fields)


def _argument(annotation: object) -> st.SearchStrategy[Any]:
    models = _models_in(annotation)
    return st.one_of(JUNK, *(_junk_model(cls) for cls in models)) if models else JUNK


def _methods() -> Iterator[tuple[str, Callable[..., Any], dict[str, Any]]]:
    probe = Resources(caller=None)  # type: ignore[arg-type]
    for tag in sorted(name for name, member in vars(Resources).items() if isinstance(member, property)):
        resource = getattr(probe, tag)
        for name, method in inspect.getmembers(type(resource), inspect.isfunction):
            if not name.startswith("_"):
                hints = typing.get_type_hints(method)
                params = [p for p in inspect.signature(method).parameters if p != "self"]
                yield f"{tag}.{name}", method, {p: hints.get(p, Any) for p in params}


METHODS = {name: (method, params) for name, method, params in _methods()}


def test_the_surface_is_every_operation() -> None:
    """Introspection finds one method per operation of the spec (all 54), so none escapes the property."""
    assert len(METHODS) == len(ROUTES) == 54


async def _run(name: str, kwargs: dict[str, Any]) -> None:
    method, _ = METHODS[name]
    async with MsgFlash(PERSONAL_KEY, base_url=NOWHERE, max_retries=0, rate_limit=None, timeout=5) as mf:
        resource = getattr(mf, name.split(".")[0])
        positional = [kwargs.pop(p) for p, kind in _kinds(method).items() if kind == "positional" and p in kwargs]
        result = getattr(resource, name.split(".")[1])(*positional, **kwargs)
        if isinstance(result, AsyncPaginator):
            await result  # the first page: where a list call builds (and checks) its request
        elif inspect.isawaitable(result):
            await result


def _kinds(method: Callable[..., Any]) -> dict[str, str]:
    return {
        p.name: "positional" if p.kind is p.POSITIONAL_ONLY else "keyword"
        for p in inspect.signature(method).parameters.values()
        if p.name != "self"
    }


def _only_msgflash_errors(run: Callable[[], object]) -> None:
    # Refused locally (InvalidRequestError…) or sent and failed (APIConnectionError): both are ours. Any
    # other exception propagates and fails the property.
    with contextlib.suppress(MsgFlashError):
        run()


@pytest.mark.parametrize("name", sorted(METHODS))
@settings(
    max_examples=EXAMPLES_PER_TARGET,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    database=None,
)
@given(data=st.data())
def test_a_public_call_with_junk_raises_only_msgflash_errors(name: str, data: st.DataObject) -> None:
    _, params = METHODS[name]
    kwargs = {param: data.draw(_argument(annotation), label=param) for param, annotation in params.items()}
    _only_msgflash_errors(lambda: asyncio.run(_run(name, kwargs)))


@settings(max_examples=200, deadline=None, database=None)
@given(
    api_key=JUNK | st.just(PERSONAL_KEY) | st.just("msgf_team_Abc123"),
    team_id=JUNK,
    base_url=JUNK | st.just("http://127.0.0.1:9"),
    timeout=JUNK,
    max_retries=JUNK,
    rate_limit=JUNK,
)
def test_the_client_constructor_with_junk_raises_only_msgflash_errors(**options: Any) -> None:
    _only_msgflash_errors(lambda: MsgFlash(**options))


@settings(max_examples=100, deadline=None, database=None)
@given(connect=JUNK, read=JUNK, total=JUNK, team_id=JUNK, timeout=JUNK, max_retries=JUNK)
def test_timeouts_and_with_options_with_junk_raise_only_msgflash_errors(
    connect: Any, read: Any, total: Any, team_id: Any, timeout: Any, max_retries: Any
) -> None:
    _only_msgflash_errors(lambda: Timeouts(connect=connect, read=read, total=total))
    client = MsgFlash(PERSONAL_KEY, base_url=NOWHERE)
    _only_msgflash_errors(lambda: client.with_options(team_id=team_id, timeout=timeout, max_retries=max_retries))
    paginator = client.contacts.list()
    _only_msgflash_errors(lambda: paginator.bounded(max_items=connect, max_pages=read))
