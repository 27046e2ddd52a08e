# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Structure decoded JSON into `SubscriptionOverview` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

import datetime  # noqa: F401

from ..._structuring import Reject, as_float, as_object, member, unknown_members  # noqa: F401
from ..models.billing_period import BillingPeriod  # noqa: F401
from ..models.subscription import Subscription  # noqa: F401
from ..models.subscription_overview import SubscriptionOverview
from ..models.usage import Usage  # noqa: F401
from .billing_period import structure as structure_billing_period
from .subscription import structure as structure_subscription
from .usage import structure as structure_usage

fromisoformat = datetime.datetime.fromisoformat
new = object.__new__

_KNOWN = frozenset(("period", "subscription", "usage"))


def structure(data: object) -> SubscriptionOverview:
    """`SubscriptionOverview` from decoded JSON, or `Reject` (or the KeyError/TypeError/ValueError met) to fall back."""

    if type(data) is not dict:
        raise Reject
    # Dense: at least as many members as the model names, so every one of them is taken to be present and
    # looked up directly (a missing one raises KeyError, and the detailed path takes over). Checking their
    # presence first would cost more: the decoder's key strings are not ours, so each check compares text.
    members = len(data)
    dense = members >= 3
    # The generated models have no validators or converters: attrs' __init__ would only store the values.
    model = new(SubscriptionOverview)

    value = data["usage"]
    value = structure_usage(value)
    model.usage = value

    value = data["subscription"] if dense else data.get("subscription")
    if value is not None:
        value = structure_subscription(value)
    model.subscription = value

    value = data["period"] if dense else data.get("period")
    if value is not None:
        value = structure_billing_period(value)
    model.period = value

    # Dense with no more members than named: none is unknown. Dense with more: some are, so no check first.
    model.additional_properties = (
        {} if members == 3 or (not dense and _KNOWN.issuperset(data)) else unknown_members(data, _KNOWN)
    )
    return model
