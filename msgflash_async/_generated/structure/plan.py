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
    # Dense: at least as many members as the model names, so every one of them is taken to be present and
    # looked up directly (a missing one raises KeyError, and the detailed path takes over). Checking their
    # presence first would cost more: the decoder's key strings are not ours, so each check compares text.
    members = len(data)
    dense = members >= 8
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

    # Dense with no more members than named: none is unknown. Dense with more: some are, so no check first.
    model.additional_properties = (
        {} if members == 8 or (not dense and _KNOWN.issuperset(data)) else unknown_members(data, _KNOWN)
    )
    return model
