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
    # Dense: every member the model names is present (told by the count alone when no other member is:
    # then a missing one raises KeyError below, and the detailed path takes over), so each is looked up
    # directly and none is searched for. Checked in C: replies often carry members the spec does not name.
    members = len(data)
    dense = members == 10 or data.keys() >= _KNOWN
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

    model.additional_properties = (
        {} if members == 10 or _KNOWN.issuperset(data) else unknown_members(data, _KNOWN)
    )
    return model
