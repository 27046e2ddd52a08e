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
    # Dense: every member the model names is present (told by the count alone when no other member is:
    # then a missing one raises KeyError below, and the detailed path takes over), so each is looked up
    # directly and none is searched for. Checked in C: replies often carry members the spec does not name.
    members = len(data)
    dense = members == 6 or data.keys() >= _KNOWN
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
        {} if members == 6 or _KNOWN.issuperset(data) else unknown_members(data, _KNOWN)
    )
    return model
