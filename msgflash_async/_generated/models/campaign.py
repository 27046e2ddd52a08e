# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal  # noqa: F401

import attrs

from .campaign_message_type import CampaignMessageType
from .campaign_recipients_info import CampaignRecipientsInfo
from .campaign_repeat import CampaignRepeat
from .campaign_stats import CampaignStats
from .campaign_status import CampaignStatus
from .safety_assessment import SafetyAssessment
from .template_variables import TemplateVariables


@attrs.define(kw_only=True, slots=True)
class Campaign:
    """A campaign. `templateId` set means template mode; otherwise `type` set means direct mode
    (`body`/`mediaUrl` meaningful)."""

    id: str = attrs.field(metadata={"wire": "id", "minLength": 1})
    status: CampaignStatus | str = attrs.field(metadata={"wire": "status"})
    template_id: None | str = attrs.field(metadata={"wire": "templateId"})
    type_: CampaignMessageType | None | str = attrs.field(metadata={"wire": "type"})
    body: None | str = attrs.field(metadata={"wire": "body"})
    media_url: None | str = attrs.field(metadata={"wire": "mediaUrl"})
    user_id: str | None = attrs.field(default=None, metadata={"wire": "userId", "minLength": 1})
    instance_id: str | None = attrs.field(default=None, metadata={"wire": "instanceId", "minLength": 1})
    name: str | None = attrs.field(default=None, metadata={"wire": "name"})
    schedule: datetime.datetime | None = attrs.field(default=None, metadata={"wire": "schedule"})
    repeat: CampaignRepeat | str | None = attrs.field(default=None, metadata={"wire": "repeat"})
    recipients: CampaignRecipientsInfo | None = attrs.field(default=None, metadata={"wire": "recipients"})
    template_variables: None | TemplateVariables = attrs.field(
        default=None, metadata={"wire": "templateVariables"}
    )
    stats: CampaignStats | None = attrs.field(default=None, metadata={"wire": "stats"})
    safety: SafetyAssessment | None = attrs.field(default=None, metadata={"wire": "safety"})
    created_at: datetime.datetime | None = attrs.field(default=None, metadata={"wire": "createdAt"})
    updated_at: datetime.datetime | None = attrs.field(default=None, metadata={"wire": "updatedAt"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
