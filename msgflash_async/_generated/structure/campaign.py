# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Structure decoded JSON into `Campaign` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

import datetime  # noqa: F401

from ..._structuring import Reject, as_float, as_object, member, unknown_members  # noqa: F401
from ..models.campaign import Campaign
from ..models.campaign_recipients_info import CampaignRecipientsInfo  # noqa: F401
from ..models.campaign_stats import CampaignStats  # noqa: F401
from ..models.safety_assessment import SafetyAssessment  # noqa: F401
from .campaign_recipients_info import structure as structure_campaign_recipients_info
from .campaign_stats import structure as structure_campaign_stats
from .safety_assessment import structure as structure_safety_assessment

fromisoformat = datetime.datetime.fromisoformat
new = object.__new__

_KNOWN = frozenset(
    (
        "body",
        "createdAt",
        "id",
        "instanceId",
        "mediaUrl",
        "name",
        "recipients",
        "repeat",
        "safety",
        "schedule",
        "stats",
        "status",
        "templateId",
        "templateVariables",
        "type",
        "updatedAt",
        "userId",
    )
)


def structure(data: object) -> Campaign:
    """`Campaign` from decoded JSON, or `Reject` (or the KeyError/TypeError/ValueError met) to fall back."""

    if type(data) is not dict:
        raise Reject
    # Dense: at least as many members as the model names, so every one of them is taken to be present and
    # looked up directly (a missing one raises KeyError, and the detailed path takes over). Checking their
    # presence first would cost more: the decoder's key strings are not ours, so each check compares text.
    members = len(data)
    dense = members >= 17
    # The generated models have no validators or converters: attrs' __init__ would only store the values.
    model = new(Campaign)

    value = data["id"]
    if type(value) is not str:
        raise Reject
    model.id = value

    value = data["status"]
    if type(value) is not str:
        raise Reject
    model.status = value

    value = data["templateId"]
    if value is not None:
        if type(value) is not str:
            raise Reject
    model.template_id = value

    value = data["type"]
    if value is not None:
        if type(value) is not str:
            raise Reject
    model.type_ = value

    value = data["body"]
    if value is not None:
        if type(value) is not str:
            raise Reject
    model.body = value

    value = data["mediaUrl"]
    if value is not None:
        if type(value) is not str:
            raise Reject
    model.media_url = value

    value = data["userId"] if dense else data.get("userId")
    if value is not None:
        if type(value) is not str:
            raise Reject
    model.user_id = value

    value = data["instanceId"] if dense else data.get("instanceId")
    if value is not None:
        if type(value) is not str:
            raise Reject
    model.instance_id = value

    value = data["name"] if dense else data.get("name")
    if value is not None:
        if type(value) is not str:
            raise Reject
    model.name = value

    value = data["schedule"] if dense else data.get("schedule")
    if value is not None:
        value = fromisoformat(value)  # TypeError or ValueError: the detailed path explains
    model.schedule = value

    value = data["repeat"] if dense else data.get("repeat")
    if value is not None:
        if type(value) is not str:
            raise Reject
    model.repeat = value

    value = data["recipients"] if dense else data.get("recipients")
    if value is not None:
        value = structure_campaign_recipients_info(value)
    model.recipients = value

    value = data["templateVariables"] if dense else data.get("templateVariables")
    if value is not None:
        if type(value) is not dict:
            raise Reject
    model.template_variables = value

    value = data["stats"] if dense else data.get("stats")
    if value is not None:
        value = structure_campaign_stats(value)
    model.stats = value

    value = data["safety"] if dense else data.get("safety")
    if value is not None:
        value = structure_safety_assessment(value)
    model.safety = value

    value = data["createdAt"] if dense else data.get("createdAt")
    if value is not None:
        value = fromisoformat(value)  # TypeError or ValueError: the detailed path explains
    model.created_at = value

    value = data["updatedAt"] if dense else data.get("updatedAt")
    if value is not None:
        value = fromisoformat(value)  # TypeError or ValueError: the detailed path explains
    model.updated_at = value

    # Dense with no more members than named: none is unknown. Dense with more: some are, so no check first.
    model.additional_properties = (
        {} if members == 17 or (not dense and _KNOWN.issuperset(data)) else unknown_members(data, _KNOWN)
    )
    return model
