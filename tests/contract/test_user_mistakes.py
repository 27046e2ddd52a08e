"""A user's mistakes, made without mypy, are refused with `InvalidRequestError` naming the JSON path, before I/O.

Every case here used to be sent as given, or to fail with a bare TypeError/ValueError/OverflowError (issue 9).
The client points at a loopback port where nothing listens: reaching the network would raise
APIConnectionError instead, so each refusal is proven to happen before any I/O.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from msgflash_async import ConfigurationError, InvalidRequestError, MsgFlash
from msgflash_async._generated.models import (
    CreateTextCampaign,
    SendButtonsMessage,
    SendLocationMessage,
    SendTextMessage,
    TagRecipients,
)

PERSONAL_KEY = "msgf_live_" + "ab12" * 16
INSTANCE = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
TO = "+33612345678"
NOWHERE = "http://127.0.0.1:9"
WHEN = datetime.datetime(2026, 4, 2, 8, tzinfo=datetime.UTC)
Call = Callable[[MsgFlash], Awaitable[object]]
J: Any = None  # an untyped None: these calls are deliberately wrong


def wrong(value: object) -> Any:
    """A value mypy would refuse, as a user without mypy passes it."""
    return value


def _location(latitude: object) -> Any:
    return SendLocationMessage(instance_id=INSTANCE, to=TO, latitude=latitude, longitude=2.0)  # type: ignore[arg-type]


def _text(**changes: object) -> Any:
    fields: dict[str, Any] = {"instance_id": INSTANCE, "to": TO, "text": "hi", **changes}
    return SendTextMessage(**fields)


def _campaign(**changes: object) -> Any:
    fields: dict[str, Any] = {
        "instance_id": INSTANCE,
        "name": "n",
        "schedule": WHEN,
        "recipients": TagRecipients(value=["vip"]),
        "body": "b",
        **changes,
    }
    return CreateTextCampaign(**fields)


async def _first_page(paginator: Any) -> object:
    return await paginator


# case → (the call, the JSON path named, words the message must contain)
MISTAKES: dict[str, tuple[Call, str, str]] = {
    "latitude nan": (lambda mf: mf.messages.send(_location(math.nan)), "$.latitude", "finite"),
    "latitude inf": (lambda mf: mf.messages.send(_location(math.inf)), "$.latitude", "finite"),
    "latitude as a str": (lambda mf: mf.messages.send(_location("6.3")), "$.latitude", "a number"),
    "instance_id as a number": (lambda mf: mf.messages.send(_text(instance_id=42)), "$.instanceId", "a string"),
    "to as a number": (lambda mf: mf.messages.send(_text(to=33612345678)), "$.to", "a string"),
    "text as bytes": (lambda mf: mf.messages.send(_text(text=b"hi")), "$.text", "a string"),
    "lone surrogate": (lambda mf: mf.messages.send(_text(text="hi \ud800")), "$.text", "UTF-8"),
    "dict as a body": (lambda mf: mf.messages.send(wrong({"instanceId": INSTANCE})), "$", "SendTextMessage"),
    "None as a body": (lambda mf: mf.messages.send(J), "$", "NoneType"),
    "str as a body": (lambda mf: mf.messages.send(wrong("hello")), "$", "str"),
    "wrong model as a body": (lambda mf: mf.campaigns.create(_text()), "$", "CreateTextCampaign"),
    "contact_ids as a str": (lambda mf: mf.contacts.bulk_delete(contact_ids=wrong("abc")), "$.contactIds", "a list"),
    "contact_ids with a number": (
        lambda mf: mf.contacts.bulk_delete(contact_ids=wrong(["a", 7])),
        "$.contactIds[1]",
        "a string",
    ),
    "repeat noe": (lambda mf: mf.campaigns.create(_campaign(repeat="noe")), "$.repeat", "'none'"),
    "10**400 in free-form variables": (
        lambda mf: mf.messages.send(_text(additional_properties={"n": 10**400})),
        "$.n",
        "64-bit",
    ),
    "nan in meta": (
        lambda mf: mf.contacts.create(name="a", phone=TO, meta={"score": math.nan}),
        "$.meta.score",
        "finite",
    ),
    "a button as a dict": (
        lambda mf: mf.messages.send(
            SendButtonsMessage(
                instance_id=INSTANCE,
                to=TO,
                title="t",
                description="d",
                buttons=[{"title": "reply"}],  # type: ignore[list-item]
            )
        ),
        "$.buttons[0]",
        "ReplyButton",
    ),
    "limit abc": (lambda mf: _first_page(mf.contacts.list(limit=wrong("abc"))), "?limit", "an integer"),
    "limit 2.5": (lambda mf: _first_page(mf.contacts.list(limit=wrong(2.5))), "?limit", "an integer"),
    "limit nan": (lambda mf: _first_page(mf.contacts.list(limit=wrong(math.nan))), "?limit", "an integer"),
    "limit True": (lambda mf: _first_page(mf.contacts.list(limit=True)), "?limit", "an integer"),
    "limit 101": (lambda mf: _first_page(mf.contacts.list(limit=101)), "?limit", "at most 100"),
    "sort unknown": (lambda mf: _first_page(mf.contacts.list(sort=wrong("name_desc"))), "?sort", "'name_asc'"),
    "status unknown": (lambda mf: _first_page(mf.messages.list(status=wrong("delivred"))), "?status", "'delivered'"),
    "page 0": (lambda mf: _first_page(mf.billing.list_payments(page=0)), "?page", "at least 1"),
}


@pytest.mark.parametrize("case", sorted(MISTAKES))
async def test_mistake_is_refused_before_any_io(case: str) -> None:
    call, path, words = MISTAKES[case]
    async with MsgFlash(PERSONAL_KEY, base_url=NOWHERE, max_retries=0, rate_limit=None) as mf:
        with pytest.raises(InvalidRequestError) as caught:
            await call(mf)
    message = str(caught.value)
    assert message.endswith(f"@ {path}"), message
    assert words in message, message


@pytest.mark.parametrize("rate", [math.inf, -math.inf, math.nan, 10**400, 0, -1, True, "10"])
def test_rate_limit_that_is_not_a_finite_positive_number_is_a_configuration_error(rate: object) -> None:
    with pytest.raises(ConfigurationError, match=re.escape("rate_limit must be positive")):
        MsgFlash(PERSONAL_KEY, base_url=NOWHERE, rate_limit=rate)  # type: ignore[arg-type]


async def test_valid_values_still_pass_the_checks() -> None:
    """The checks refuse mistakes only: ints for numbers, tuples for lists and open enums' new values pass."""
    from msgflash_async._converter import check_query, unstructure

    assert unstructure(_location(6))["latitude"] == 6  # type: ignore[index]
    assert unstructure(_campaign(repeat="weekly"))["repeat"] == "weekly"  # type: ignore[index]
    assert unstructure(_text(additional_properties={"n": 2**63 - 1, "x": [1.5, None, {"k": True}]}))["n"] == 2**63 - 1  # type: ignore[index]
    check_query("contacts_list", ("limit", 100), ("sort", "name_asc"), ("search", "ann"), ("cursor", None))
    check_query("messages_list", ("status", "received"))
