# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Structure decoded JSON into `UsageReport` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

import datetime  # noqa: F401

from ..._structuring import Reject, as_float, as_object, member, unknown_members  # noqa: F401
from ..models.billing_period import BillingPeriod  # noqa: F401
from ..models.plan_features import PlanFeatures  # noqa: F401
from ..models.plan_limits import PlanLimits  # noqa: F401
from ..models.plan_summary import PlanSummary  # noqa: F401
from ..models.usage import Usage  # noqa: F401
from ..models.usage_report import UsageReport
from .billing_period import structure as structure_billing_period
from .plan_features import structure as structure_plan_features
from .plan_limits import structure as structure_plan_limits
from .plan_summary import structure as structure_plan_summary
from .usage import structure as structure_usage

fromisoformat = datetime.datetime.fromisoformat
new = object.__new__

_KNOWN = frozenset(("features", "limits", "period", "plan", "usage"))


def structure(data: object) -> UsageReport:
    """`UsageReport` from decoded JSON, or `Reject` (or the KeyError/TypeError/ValueError met) to fall back."""

    if type(data) is not dict:
        raise Reject
    # Dense: at least as many members as the model names, so every one of them is taken to be present and
    # looked up directly (a missing one raises KeyError, and the detailed path takes over). Checking their
    # presence first would cost more: the decoder's key strings are not ours, so each check compares text.
    members = len(data)
    dense = members >= 5
    # The generated models have no validators or converters: attrs' __init__ would only store the values.
    model = new(UsageReport)

    value = data["plan"]
    value = structure_plan_summary(value)
    model.plan = value

    value = data["limits"]
    value = structure_plan_limits(value)
    model.limits = value

    value = data["features"]
    value = structure_plan_features(value)
    model.features = value

    value = data["usage"]
    value = structure_usage(value)
    model.usage = value

    value = data["period"] if dense else data.get("period")
    if value is not None:
        value = structure_billing_period(value)
    model.period = value

    # Dense with no more members than named: none is unknown. Dense with more: some are, so no check first.
    model.additional_properties = (
        {} if members == 5 or (not dense and _KNOWN.issuperset(data)) else unknown_members(data, _KNOWN)
    )
    return model
