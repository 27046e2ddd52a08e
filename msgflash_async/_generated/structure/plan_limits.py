# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Structure decoded JSON into `PlanLimits` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

import datetime  # noqa: F401

from ..._structuring import Reject, as_float, as_object, member  # noqa: F401
from ..models.plan_limits import PlanLimits

fromisoformat = datetime.datetime.fromisoformat
new = object.__new__

_KNOWN = frozenset(
    (
        "maxApiKeys",
        "maxContactGroups",
        "maxInstances",
        "maxWebhookEndpoints",
        "monthlyApiRequestQuota",
        "monthlyOutboundQuota",
    )
)


def structure(data: object) -> PlanLimits:
    """`PlanLimits` from decoded JSON, or `Reject` (or the KeyError/TypeError/ValueError met) to fall back."""

    if type(data) is not dict:
        raise Reject
    # As many members as the model names: if every lookup below finds its key, no member is unknown, so
    # each is looked up directly (a missing one raises KeyError: the detailed path) and none is searched for.
    dense = len(data) == 6
    # The generated models have no validators or converters: attrs' __init__ would only store the values.
    model = new(PlanLimits)

    value = data["maxInstances"]
    if type(value) is not int:
        raise Reject
    model.max_instances = value

    value = data["maxApiKeys"] if dense else data.get("maxApiKeys")
    if value is not None:
        if type(value) is not int:
            raise Reject
    model.max_api_keys = value

    value = data["maxWebhookEndpoints"] if dense else data.get("maxWebhookEndpoints")
    if value is not None:
        if type(value) is not int:
            raise Reject
    model.max_webhook_endpoints = value

    value = data["monthlyOutboundQuota"] if dense else data.get("monthlyOutboundQuota")
    if value is not None:
        if type(value) is not int:
            raise Reject
    model.monthly_outbound_quota = value

    value = data["monthlyApiRequestQuota"] if dense else data.get("monthlyApiRequestQuota")
    if value is not None:
        if type(value) is not int:
            raise Reject
    model.monthly_api_request_quota = value

    value = data["maxContactGroups"] if dense else data.get("maxContactGroups")
    if value is not None:
        if type(value) is not int:
            raise Reject
    model.max_contact_groups = value

    model.additional_properties = (
        {} if dense or _KNOWN.issuperset(data) else {k: v for k, v in data.items() if k not in _KNOWN}
    )
    return model
