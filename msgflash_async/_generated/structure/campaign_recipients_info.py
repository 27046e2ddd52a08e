# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Structure decoded JSON into `CampaignRecipientsInfo` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

import datetime  # noqa: F401

from ..._structuring import Reject, as_float, as_object, member  # noqa: F401
from ..models.campaign_recipients_info import CampaignRecipientsInfo

fromisoformat = datetime.datetime.fromisoformat
new = object.__new__

_KNOWN = frozenset(("groupId", "type", "value"))


def structure(data: object) -> CampaignRecipientsInfo:
    """`CampaignRecipientsInfo` from decoded JSON, or `Reject` (or the KeyError/TypeError/ValueError met) to fall back."""

    if type(data) is not dict:
        raise Reject
    # As many members as the model names: if every lookup below finds its key, no member is unknown, so
    # each is looked up directly (a missing one raises KeyError: the detailed path) and none is searched for.
    dense = len(data) == 3
    # The generated models have no validators or converters: attrs' __init__ would only store the values.
    model = new(CampaignRecipientsInfo)

    value = data["type"]
    if type(value) is not str:
        raise Reject
    model.type_ = value

    value = data["value"] if dense else data.get("value")
    if value is not None:
        if type(value) is not list:
            raise Reject
        for item in value:
            if type(item) is not str:
                raise Reject
    model.value = value

    value = data["groupId"] if dense else data.get("groupId")
    if value is not None:
        if type(value) is not str:
            raise Reject
    model.group_id = value

    model.additional_properties = (
        {} if dense or _KNOWN.issuperset(data) else {k: v for k, v in data.items() if k not in _KNOWN}
    )
    return model
