# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Structure decoded JSON into `PlanLimits` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

import datetime  # noqa: F401

from ..._structuring import Reject, as_float, as_object, member, unknown_members  # noqa: F401
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
    # Dense: at least as many members as the model names, so every one of them is taken to be present and
    # looked up directly (a missing one raises KeyError, and the detailed path takes over). Checking their
    # presence first would cost more: the decoder's key strings are not ours, so each check compares text.
    members = len(data)
    dense = members >= 6
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

    # Dense with no more members than named: none is unknown. Dense with more: some are, so no check first.
    model.additional_properties = (
        {} if members == 6 or (not dense and _KNOWN.issuperset(data)) else unknown_members(data, _KNOWN)
    )
    return model
