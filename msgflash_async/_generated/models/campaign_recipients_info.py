# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal  # noqa: F401

import attrs

from .campaign_recipient_type import CampaignRecipientType


@attrs.define(kw_only=True, slots=True)
class CampaignRecipientsInfo:
    """A campaign's recipient selector as the API returns it. Open, unlike the request's
    `CampaignRecipients`, so that a new recipient type never breaks parsing."""

    type_: CampaignRecipientType | str = attrs.field(metadata={"wire": "type"})
    value: list[str] | None = attrs.field(default=None, metadata={"wire": "value"})
    group_id: str | None = attrs.field(default=None, metadata={"wire": "groupId"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
