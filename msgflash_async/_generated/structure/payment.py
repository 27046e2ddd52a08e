# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Structure decoded JSON into `Payment` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

import datetime  # noqa: F401

from ..._structuring import Reject, as_float, as_object, member, unknown_members  # noqa: F401
from ..models.payment import Payment

fromisoformat = datetime.datetime.fromisoformat
new = object.__new__

_KNOWN = frozenset(
    (
        "amount",
        "createdAt",
        "currency",
        "id",
        "periodEnd",
        "periodStart",
        "planCode",
        "planName",
        "provider",
        "status",
    )
)


def structure(data: object) -> Payment:
    """`Payment` from decoded JSON, or `Reject` (or the KeyError/TypeError/ValueError met) to fall back."""

    if type(data) is not dict:
        raise Reject
    # Dense: at least as many members as the model names, so every one of them is taken to be present and
    # looked up directly (a missing one raises KeyError, and the detailed path takes over). Checking their
    # presence first would cost more: the decoder's key strings are not ours, so each check compares text.
    members = len(data)
    dense = members >= 10
    # The generated models have no validators or converters: attrs' __init__ would only store the values.
    model = new(Payment)

    value = data["id"]
    if type(value) is not str:
        raise Reject
    model.id = value

    value = data["provider"]
    if type(value) is not str:
        raise Reject
    model.provider = value

    value = data["planCode"]
    if type(value) is not str:
        raise Reject
    model.plan_code = value

    value = data["planName"]
    if type(value) is not str:
        raise Reject
    model.plan_name = value

    value = data["amount"]
    if type(value) is not int:
        raise Reject
    model.amount = value

    value = data["currency"]
    if type(value) is not str:
        raise Reject
    model.currency = value

    value = data["status"]
    if type(value) is not str:
        raise Reject
    model.status = value

    value = data["periodStart"]
    value = fromisoformat(value)  # TypeError or ValueError: the detailed path explains
    model.period_start = value

    value = data["periodEnd"]
    value = fromisoformat(value)  # TypeError or ValueError: the detailed path explains
    model.period_end = value

    value = data["createdAt"]
    value = fromisoformat(value)  # TypeError or ValueError: the detailed path explains
    model.created_at = value

    # Dense with no more members than named: none is unknown. Dense with more: some are, so no check first.
    model.additional_properties = (
        {} if members == 10 or (not dense and _KNOWN.issuperset(data)) else unknown_members(data, _KNOWN)
    )
    return model
