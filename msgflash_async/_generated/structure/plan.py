# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Structure decoded JSON into `Plan` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

import datetime  # noqa: F401

from ..._structuring import Reject, as_float, as_object, member, unknown_members  # noqa: F401
from ..models.plan import Plan
from ..models.plan_features import PlanFeatures  # noqa: F401
from ..models.plan_limits import PlanLimits  # noqa: F401
from .plan_features import structure as structure_plan_features
from .plan_limits import structure as structure_plan_limits

fromisoformat = datetime.datetime.fromisoformat
new = object.__new__

_KNOWN = frozenset(
    ("code", "currency", "features", "limits", "name", "priceEur", "priceFcfa", "priceMonthly")
)


def structure(data: object) -> Plan:
    """`Plan` from decoded JSON, or `Reject` (or the KeyError/TypeError/ValueError met) to fall back."""

    if type(data) is not dict:
        raise Reject
    # Dense: every member the model names is present (told by the count alone when no other member is:
    # then a missing one raises KeyError below, and the detailed path takes over), so each is looked up
    # directly and none is searched for. Checked in C: replies often carry members the spec does not name.
    members = len(data)
    dense = members == 8 or data.keys() >= _KNOWN
    # The generated models have no validators or converters: attrs' __init__ would only store the values.
    model = new(Plan)

    value = data["code"]
    if type(value) is not str:
        raise Reject
    model.code = value

    value = data["limits"]
    value = structure_plan_limits(value)
    model.limits = value

    value = data["features"]
    value = structure_plan_features(value)
    model.features = value

    value = data["name"] if dense else data.get("name")
    if value is not None:
        if type(value) is not str:
            raise Reject
    model.name = value

    value = data["priceEur"] if dense else data.get("priceEur")
    if value is not None:
        if type(value) is not float:
            value = as_float(value)
    model.price_eur = value

    value = data["priceFcfa"] if dense else data.get("priceFcfa")
    if value is not None:
        if type(value) is not float:
            value = as_float(value)
    model.price_fcfa = value

    value = data["priceMonthly"] if dense else data.get("priceMonthly")
    if value is not None:
        if type(value) is not float:
            value = as_float(value)
    model.price_monthly = value

    value = data["currency"] if dense else data.get("currency")
    if value is not None:
        if type(value) is not str:
            raise Reject
    model.currency = value

    model.additional_properties = (
        {} if members == 8 or _KNOWN.issuperset(data) else unknown_members(data, _KNOWN)
    )
    return model
