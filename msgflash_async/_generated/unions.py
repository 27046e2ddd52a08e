# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Named unions: the spec's `oneOf` schemas, which the generator inlines where they are used."""

from __future__ import annotations

from typing import TypeAlias

from .models import (
    AllRecipients,
    CallButton,
    CopyButton,
    CreateAudioCampaign,
    CreateAudioTemplate,
    CreateButtonsCampaign,
    CreateDocumentCampaign,
    CreateDocumentTemplate,
    CreateImageCampaign,
    CreateImageTemplate,
    CreateTemplateCampaign,
    CreateTextCampaign,
    CreateTextTemplate,
    CreateVideoCampaign,
    CreateVideoTemplate,
    CreateVoiceNoteCampaign,
    ExplicitRecipients,
    GroupRecipients,
    ImageStatus,
    PixButton,
    ReplyButton,
    ScheduleAudioMessage,
    ScheduleButtonsMessage,
    ScheduleContactMessage,
    ScheduleDocumentMessage,
    ScheduleImageMessage,
    ScheduleLocationMessage,
    ScheduleTemplateMessage,
    ScheduleTextMessage,
    ScheduleVideoMessage,
    ScheduleVoiceNoteMessage,
    SendAudioMessage,
    SendButtonsMessage,
    SendContactMessage,
    SendDocumentMessage,
    SendImageMessage,
    SendLocationMessage,
    SendTemplateMessage,
    SendTextMessage,
    SendVideoMessage,
    SendVoiceNoteMessage,
    TagRecipients,
    TextStatus,
    UrlButton,
)

Button: TypeAlias = ReplyButton | UrlButton | CallButton | CopyButton | PixButton

CampaignRecipients: TypeAlias = AllRecipients | TagRecipients | ExplicitRecipients | GroupRecipients

CreateCampaignRequest: TypeAlias = (
    CreateTemplateCampaign
    | CreateTextCampaign
    | CreateImageCampaign
    | CreateVideoCampaign
    | CreateAudioCampaign
    | CreateDocumentCampaign
    | CreateVoiceNoteCampaign
    | CreateButtonsCampaign
)

CreateStatusRequest: TypeAlias = TextStatus | ImageStatus

CreateTemplateRequest: TypeAlias = (
    CreateTextTemplate
    | CreateImageTemplate
    | CreateVideoTemplate
    | CreateAudioTemplate
    | CreateDocumentTemplate
)

ScheduleMessageRequest: TypeAlias = (
    ScheduleTextMessage
    | ScheduleImageMessage
    | ScheduleVideoMessage
    | ScheduleAudioMessage
    | ScheduleVoiceNoteMessage
    | ScheduleDocumentMessage
    | ScheduleLocationMessage
    | ScheduleContactMessage
    | ScheduleButtonsMessage
    | ScheduleTemplateMessage
)

SendMessageRequest: TypeAlias = (
    SendTextMessage
    | SendImageMessage
    | SendVideoMessage
    | SendAudioMessage
    | SendVoiceNoteMessage
    | SendDocumentMessage
    | SendLocationMessage
    | SendContactMessage
    | SendButtonsMessage
    | SendTemplateMessage
)


__all__ = (
    "Button",
    "CampaignRecipients",
    "CreateCampaignRequest",
    "CreateStatusRequest",
    "CreateTemplateRequest",
    "ScheduleMessageRequest",
    "SendMessageRequest",
)
