# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal, cast  # noqa: F401

import attrs

from .all_recipients import AllRecipients
from .campaign_repeat import CampaignRepeat
from .explicit_recipients import ExplicitRecipients
from .group_recipients import GroupRecipients
from .tag_recipients import TagRecipients


@attrs.define(kw_only=True, slots=True)
class CreateImageCampaign:
    """Direct image campaign."""

    instance_id: str = attrs.field(metadata={"wire": "instanceId", "minLength": 1})
    name: str = attrs.field(metadata={"wire": "name", "minLength": 1})
    schedule: datetime.datetime = attrs.field(metadata={"wire": "schedule"})
    recipients: AllRecipients | ExplicitRecipients | GroupRecipients | TagRecipients = attrs.field(
        metadata={"wire": "recipients"}
    )
    media_url: str = attrs.field(metadata={"wire": "mediaUrl", "minLength": 1, "pattern": "^https?://"})
    type_: Literal["image"] = attrs.field(default="image", metadata={"wire": "type"})
    repeat: CampaignRepeat | None = attrs.field(default=None, metadata={"wire": "repeat"})
    body: str | None = attrs.field(default=None, metadata={"wire": "body"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
