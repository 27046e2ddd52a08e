# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Every model and enum of the spec's `components/schemas`, each imported on first use.

`from msgflash_async._generated.models import Contact` loads `contact.py` (and what it refers to) only:
a resource's first call pays for the models it names, not for all of them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .add_group_members_request import AddGroupMembersRequest
    from .add_group_members_result import AddGroupMembersResult
    from .add_group_members_result_response import AddGroupMembersResultResponse
    from .all_recipients import AllRecipients
    from .billing_period import BillingPeriod
    from .bulk_delete_contacts_request import BulkDeleteContactsRequest
    from .bulk_delete_result import BulkDeleteResult
    from .bulk_delete_result_response import BulkDeleteResultResponse
    from .bulk_job_operation import BulkJobOperation
    from .bulk_job_status import BulkJobStatus
    from .call_button import CallButton
    from .campaign import Campaign
    from .campaign_message_type import CampaignMessageType
    from .campaign_recipient_type import CampaignRecipientType
    from .campaign_recipients_info import CampaignRecipientsInfo
    from .campaign_repeat import CampaignRepeat
    from .campaign_response import CampaignResponse
    from .campaign_stats import CampaignStats
    from .campaign_stats_counters import CampaignStatsCounters
    from .campaign_stats_report import CampaignStatsReport
    from .campaign_stats_response import CampaignStatsResponse
    from .campaign_status import CampaignStatus
    from .campaign_timeline import CampaignTimeline
    from .contact import Contact
    from .contact_bulk_job import ContactBulkJob
    from .contact_bulk_job_accepted import ContactBulkJobAccepted
    from .contact_bulk_job_accepted_response import ContactBulkJobAcceptedResponse
    from .contact_bulk_job_page import ContactBulkJobPage
    from .contact_bulk_job_page_response import ContactBulkJobPageResponse
    from .contact_bulk_job_response import ContactBulkJobResponse
    from .contact_bulk_job_summary import ContactBulkJobSummary
    from .contact_group import ContactGroup
    from .contact_group_list import ContactGroupList
    from .contact_group_list_response import ContactGroupListResponse
    from .contact_group_page import ContactGroupPage
    from .contact_group_page_response import ContactGroupPageResponse
    from .contact_group_response import ContactGroupResponse
    from .contact_meta import ContactMeta
    from .contact_page import ContactPage
    from .contact_page_response import ContactPageResponse
    from .contact_response import ContactResponse
    from .contact_sort import ContactSort
    from .copy_button import CopyButton
    from .create_audio_campaign import CreateAudioCampaign
    from .create_audio_template import CreateAudioTemplate
    from .create_buttons_campaign import CreateButtonsCampaign
    from .create_contact_group_request import CreateContactGroupRequest
    from .create_contact_request import CreateContactRequest
    from .create_document_campaign import CreateDocumentCampaign
    from .create_document_template import CreateDocumentTemplate
    from .create_image_campaign import CreateImageCampaign
    from .create_image_template import CreateImageTemplate
    from .create_number_lookup_request import CreateNumberLookupRequest
    from .create_template_campaign import CreateTemplateCampaign
    from .create_text_campaign import CreateTextCampaign
    from .create_text_template import CreateTextTemplate
    from .create_video_campaign import CreateVideoCampaign
    from .create_video_template import CreateVideoTemplate
    from .create_voice_note_campaign import CreateVoiceNoteCampaign
    from .create_webhook_request import CreateWebhookRequest
    from .created_webhook import CreatedWebhook
    from .created_webhook_response import CreatedWebhookResponse
    from .delete_response import DeleteResponse
    from .delete_result import DeleteResult
    from .error_body import ErrorBody
    from .error_code import ErrorCode
    from .error_response import ErrorResponse
    from .explicit_recipients import ExplicitRecipients
    from .group_member import GroupMember
    from .group_member_page import GroupMemberPage
    from .group_member_page_response import GroupMemberPageResponse
    from .group_recipients import GroupRecipients
    from .health_state import HealthState
    from .image_status import ImageStatus
    from .import_lookup_contacts_request import ImportLookupContactsRequest
    from .import_lookup_contacts_result import ImportLookupContactsResult
    from .import_lookup_contacts_result_response import ImportLookupContactsResultResponse
    from .instance import Instance
    from .instance_health import InstanceHealth
    from .instance_health_response import InstanceHealthResponse
    from .instance_list_response import InstanceListResponse
    from .instance_response import InstanceResponse
    from .instance_state import InstanceState
    from .instance_state_response import InstanceStateResponse
    from .instance_status import InstanceStatus
    from .lookup_result import LookupResult
    from .lookup_status import LookupStatus
    from .me import Me
    from .me_response import MeResponse
    from .message import Message
    from .message_direction import MessageDirection
    from .message_meta import MessageMeta
    from .message_page import MessagePage
    from .message_page_response import MessagePageResponse
    from .message_response import MessageResponse
    from .message_status import MessageStatus
    from .message_type import MessageType
    from .number_lookup import NumberLookup
    from .number_lookup_accepted import NumberLookupAccepted
    from .number_lookup_accepted_response import NumberLookupAcceptedResponse
    from .number_lookup_page import NumberLookupPage
    from .number_lookup_page_response import NumberLookupPageResponse
    from .number_lookup_response import NumberLookupResponse
    from .number_lookup_sync_result import NumberLookupSyncResult
    from .number_lookup_sync_result_response import NumberLookupSyncResultResponse
    from .payment import Payment
    from .payment_page import PaymentPage
    from .payment_page_response import PaymentPageResponse
    from .payment_status import PaymentStatus
    from .pix_button import PixButton
    from .plan import Plan
    from .plan_code import PlanCode
    from .plan_features import PlanFeatures
    from .plan_limits import PlanLimits
    from .plan_list_response import PlanListResponse
    from .plan_summary import PlanSummary
    from .posted_status import PostedStatus
    from .posted_status_response import PostedStatusResponse
    from .remove_group_members_request import RemoveGroupMembersRequest
    from .remove_group_members_result import RemoveGroupMembersResult
    from .remove_group_members_result_response import RemoveGroupMembersResultResponse
    from .reply_button import ReplyButton
    from .risk_level import RiskLevel
    from .safety_applied_limits import SafetyAppliedLimits
    from .safety_assessment import SafetyAssessment
    from .safety_audience import SafetyAudience
    from .safety_decision import SafetyDecision
    from .schedule_audio_message import ScheduleAudioMessage
    from .schedule_buttons_message import ScheduleButtonsMessage
    from .schedule_contact_message import ScheduleContactMessage
    from .schedule_document_message import ScheduleDocumentMessage
    from .schedule_image_message import ScheduleImageMessage
    from .schedule_location_message import ScheduleLocationMessage
    from .schedule_template_message import ScheduleTemplateMessage
    from .schedule_text_message import ScheduleTextMessage
    from .schedule_video_message import ScheduleVideoMessage
    from .schedule_voice_note_message import ScheduleVoiceNoteMessage
    from .scheduled_message import ScheduledMessage
    from .scheduled_message_response import ScheduledMessageResponse
    from .send_audio_message import SendAudioMessage
    from .send_buttons_message import SendButtonsMessage
    from .send_contact_message import SendContactMessage
    from .send_document_message import SendDocumentMessage
    from .send_image_message import SendImageMessage
    from .send_location_message import SendLocationMessage
    from .send_template_message import SendTemplateMessage
    from .send_text_message import SendTextMessage
    from .send_video_message import SendVideoMessage
    from .send_voice_note_message import SendVoiceNoteMessage
    from .sent_message import SentMessage
    from .sent_message_response import SentMessageResponse
    from .subscription import Subscription
    from .subscription_overview import SubscriptionOverview
    from .subscription_overview_response import SubscriptionOverviewResponse
    from .tag_recipients import TagRecipients
    from .template import Template
    from .template_page import TemplatePage
    from .template_page_response import TemplatePageResponse
    from .template_preview import TemplatePreview
    from .template_preview_request import TemplatePreviewRequest
    from .template_preview_response import TemplatePreviewResponse
    from .template_response import TemplateResponse
    from .template_type import TemplateType
    from .template_variables import TemplateVariables
    from .text_status import TextStatus
    from .update_contact_group_request import UpdateContactGroupRequest
    from .update_contact_request import UpdateContactRequest
    from .update_template_request import UpdateTemplateRequest
    from .url_button import UrlButton
    from .usage import Usage
    from .usage_report import UsageReport
    from .usage_report_response import UsageReportResponse
    from .usage_window_summary import UsageWindowSummary
    from .warmup_policy import WarmupPolicy
    from .webhook import Webhook
    from .webhook_event import WebhookEvent
    from .webhook_list_response import WebhookListResponse

_MODULES = {
    "AddGroupMembersRequest": ".add_group_members_request",
    "AddGroupMembersResult": ".add_group_members_result",
    "AddGroupMembersResultResponse": ".add_group_members_result_response",
    "AllRecipients": ".all_recipients",
    "BillingPeriod": ".billing_period",
    "BulkDeleteContactsRequest": ".bulk_delete_contacts_request",
    "BulkDeleteResult": ".bulk_delete_result",
    "BulkDeleteResultResponse": ".bulk_delete_result_response",
    "BulkJobOperation": ".bulk_job_operation",
    "BulkJobStatus": ".bulk_job_status",
    "CallButton": ".call_button",
    "Campaign": ".campaign",
    "CampaignMessageType": ".campaign_message_type",
    "CampaignRecipientType": ".campaign_recipient_type",
    "CampaignRecipientsInfo": ".campaign_recipients_info",
    "CampaignRepeat": ".campaign_repeat",
    "CampaignResponse": ".campaign_response",
    "CampaignStats": ".campaign_stats",
    "CampaignStatsCounters": ".campaign_stats_counters",
    "CampaignStatsReport": ".campaign_stats_report",
    "CampaignStatsResponse": ".campaign_stats_response",
    "CampaignStatus": ".campaign_status",
    "CampaignTimeline": ".campaign_timeline",
    "Contact": ".contact",
    "ContactBulkJob": ".contact_bulk_job",
    "ContactBulkJobAccepted": ".contact_bulk_job_accepted",
    "ContactBulkJobAcceptedResponse": ".contact_bulk_job_accepted_response",
    "ContactBulkJobPage": ".contact_bulk_job_page",
    "ContactBulkJobPageResponse": ".contact_bulk_job_page_response",
    "ContactBulkJobResponse": ".contact_bulk_job_response",
    "ContactBulkJobSummary": ".contact_bulk_job_summary",
    "ContactGroup": ".contact_group",
    "ContactGroupList": ".contact_group_list",
    "ContactGroupListResponse": ".contact_group_list_response",
    "ContactGroupPage": ".contact_group_page",
    "ContactGroupPageResponse": ".contact_group_page_response",
    "ContactGroupResponse": ".contact_group_response",
    "ContactMeta": ".contact_meta",
    "ContactPage": ".contact_page",
    "ContactPageResponse": ".contact_page_response",
    "ContactResponse": ".contact_response",
    "ContactSort": ".contact_sort",
    "CopyButton": ".copy_button",
    "CreateAudioCampaign": ".create_audio_campaign",
    "CreateAudioTemplate": ".create_audio_template",
    "CreateButtonsCampaign": ".create_buttons_campaign",
    "CreateContactGroupRequest": ".create_contact_group_request",
    "CreateContactRequest": ".create_contact_request",
    "CreateDocumentCampaign": ".create_document_campaign",
    "CreateDocumentTemplate": ".create_document_template",
    "CreateImageCampaign": ".create_image_campaign",
    "CreateImageTemplate": ".create_image_template",
    "CreateNumberLookupRequest": ".create_number_lookup_request",
    "CreateTemplateCampaign": ".create_template_campaign",
    "CreateTextCampaign": ".create_text_campaign",
    "CreateTextTemplate": ".create_text_template",
    "CreateVideoCampaign": ".create_video_campaign",
    "CreateVideoTemplate": ".create_video_template",
    "CreateVoiceNoteCampaign": ".create_voice_note_campaign",
    "CreateWebhookRequest": ".create_webhook_request",
    "CreatedWebhook": ".created_webhook",
    "CreatedWebhookResponse": ".created_webhook_response",
    "DeleteResponse": ".delete_response",
    "DeleteResult": ".delete_result",
    "ErrorBody": ".error_body",
    "ErrorCode": ".error_code",
    "ErrorResponse": ".error_response",
    "ExplicitRecipients": ".explicit_recipients",
    "GroupMember": ".group_member",
    "GroupMemberPage": ".group_member_page",
    "GroupMemberPageResponse": ".group_member_page_response",
    "GroupRecipients": ".group_recipients",
    "HealthState": ".health_state",
    "ImageStatus": ".image_status",
    "ImportLookupContactsRequest": ".import_lookup_contacts_request",
    "ImportLookupContactsResult": ".import_lookup_contacts_result",
    "ImportLookupContactsResultResponse": ".import_lookup_contacts_result_response",
    "Instance": ".instance",
    "InstanceHealth": ".instance_health",
    "InstanceHealthResponse": ".instance_health_response",
    "InstanceListResponse": ".instance_list_response",
    "InstanceResponse": ".instance_response",
    "InstanceState": ".instance_state",
    "InstanceStateResponse": ".instance_state_response",
    "InstanceStatus": ".instance_status",
    "LookupResult": ".lookup_result",
    "LookupStatus": ".lookup_status",
    "Me": ".me",
    "MeResponse": ".me_response",
    "Message": ".message",
    "MessageDirection": ".message_direction",
    "MessageMeta": ".message_meta",
    "MessagePage": ".message_page",
    "MessagePageResponse": ".message_page_response",
    "MessageResponse": ".message_response",
    "MessageStatus": ".message_status",
    "MessageType": ".message_type",
    "NumberLookup": ".number_lookup",
    "NumberLookupAccepted": ".number_lookup_accepted",
    "NumberLookupAcceptedResponse": ".number_lookup_accepted_response",
    "NumberLookupPage": ".number_lookup_page",
    "NumberLookupPageResponse": ".number_lookup_page_response",
    "NumberLookupResponse": ".number_lookup_response",
    "NumberLookupSyncResult": ".number_lookup_sync_result",
    "NumberLookupSyncResultResponse": ".number_lookup_sync_result_response",
    "Payment": ".payment",
    "PaymentPage": ".payment_page",
    "PaymentPageResponse": ".payment_page_response",
    "PaymentStatus": ".payment_status",
    "PixButton": ".pix_button",
    "Plan": ".plan",
    "PlanCode": ".plan_code",
    "PlanFeatures": ".plan_features",
    "PlanLimits": ".plan_limits",
    "PlanListResponse": ".plan_list_response",
    "PlanSummary": ".plan_summary",
    "PostedStatus": ".posted_status",
    "PostedStatusResponse": ".posted_status_response",
    "RemoveGroupMembersRequest": ".remove_group_members_request",
    "RemoveGroupMembersResult": ".remove_group_members_result",
    "RemoveGroupMembersResultResponse": ".remove_group_members_result_response",
    "ReplyButton": ".reply_button",
    "RiskLevel": ".risk_level",
    "SafetyAppliedLimits": ".safety_applied_limits",
    "SafetyAssessment": ".safety_assessment",
    "SafetyAudience": ".safety_audience",
    "SafetyDecision": ".safety_decision",
    "ScheduleAudioMessage": ".schedule_audio_message",
    "ScheduleButtonsMessage": ".schedule_buttons_message",
    "ScheduleContactMessage": ".schedule_contact_message",
    "ScheduleDocumentMessage": ".schedule_document_message",
    "ScheduleImageMessage": ".schedule_image_message",
    "ScheduleLocationMessage": ".schedule_location_message",
    "ScheduleTemplateMessage": ".schedule_template_message",
    "ScheduleTextMessage": ".schedule_text_message",
    "ScheduleVideoMessage": ".schedule_video_message",
    "ScheduleVoiceNoteMessage": ".schedule_voice_note_message",
    "ScheduledMessage": ".scheduled_message",
    "ScheduledMessageResponse": ".scheduled_message_response",
    "SendAudioMessage": ".send_audio_message",
    "SendButtonsMessage": ".send_buttons_message",
    "SendContactMessage": ".send_contact_message",
    "SendDocumentMessage": ".send_document_message",
    "SendImageMessage": ".send_image_message",
    "SendLocationMessage": ".send_location_message",
    "SendTemplateMessage": ".send_template_message",
    "SendTextMessage": ".send_text_message",
    "SendVideoMessage": ".send_video_message",
    "SendVoiceNoteMessage": ".send_voice_note_message",
    "SentMessage": ".sent_message",
    "SentMessageResponse": ".sent_message_response",
    "Subscription": ".subscription",
    "SubscriptionOverview": ".subscription_overview",
    "SubscriptionOverviewResponse": ".subscription_overview_response",
    "TagRecipients": ".tag_recipients",
    "Template": ".template",
    "TemplatePage": ".template_page",
    "TemplatePageResponse": ".template_page_response",
    "TemplatePreview": ".template_preview",
    "TemplatePreviewRequest": ".template_preview_request",
    "TemplatePreviewResponse": ".template_preview_response",
    "TemplateResponse": ".template_response",
    "TemplateType": ".template_type",
    "TemplateVariables": ".template_variables",
    "TextStatus": ".text_status",
    "UpdateContactGroupRequest": ".update_contact_group_request",
    "UpdateContactRequest": ".update_contact_request",
    "UpdateTemplateRequest": ".update_template_request",
    "UrlButton": ".url_button",
    "Usage": ".usage",
    "UsageReport": ".usage_report",
    "UsageReportResponse": ".usage_report_response",
    "UsageWindowSummary": ".usage_window_summary",
    "WarmupPolicy": ".warmup_policy",
    "Webhook": ".webhook",
    "WebhookEvent": ".webhook_event",
    "WebhookListResponse": ".webhook_list_response",
}

__all__ = (
    "AddGroupMembersRequest",
    "AddGroupMembersResult",
    "AddGroupMembersResultResponse",
    "AllRecipients",
    "BillingPeriod",
    "BulkDeleteContactsRequest",
    "BulkDeleteResult",
    "BulkDeleteResultResponse",
    "BulkJobOperation",
    "BulkJobStatus",
    "CallButton",
    "Campaign",
    "CampaignMessageType",
    "CampaignRecipientsInfo",
    "CampaignRecipientType",
    "CampaignRepeat",
    "CampaignResponse",
    "CampaignStats",
    "CampaignStatsCounters",
    "CampaignStatsReport",
    "CampaignStatsResponse",
    "CampaignStatus",
    "CampaignTimeline",
    "Contact",
    "ContactBulkJob",
    "ContactBulkJobAccepted",
    "ContactBulkJobAcceptedResponse",
    "ContactBulkJobPage",
    "ContactBulkJobPageResponse",
    "ContactBulkJobResponse",
    "ContactBulkJobSummary",
    "ContactGroup",
    "ContactGroupList",
    "ContactGroupListResponse",
    "ContactGroupPage",
    "ContactGroupPageResponse",
    "ContactGroupResponse",
    "ContactMeta",
    "ContactPage",
    "ContactPageResponse",
    "ContactResponse",
    "ContactSort",
    "CopyButton",
    "CreateAudioCampaign",
    "CreateAudioTemplate",
    "CreateButtonsCampaign",
    "CreateContactGroupRequest",
    "CreateContactRequest",
    "CreateDocumentCampaign",
    "CreateDocumentTemplate",
    "CreatedWebhook",
    "CreatedWebhookResponse",
    "CreateImageCampaign",
    "CreateImageTemplate",
    "CreateNumberLookupRequest",
    "CreateTemplateCampaign",
    "CreateTextCampaign",
    "CreateTextTemplate",
    "CreateVideoCampaign",
    "CreateVideoTemplate",
    "CreateVoiceNoteCampaign",
    "CreateWebhookRequest",
    "DeleteResponse",
    "DeleteResult",
    "ErrorBody",
    "ErrorCode",
    "ErrorResponse",
    "ExplicitRecipients",
    "GroupMember",
    "GroupMemberPage",
    "GroupMemberPageResponse",
    "GroupRecipients",
    "HealthState",
    "ImageStatus",
    "ImportLookupContactsRequest",
    "ImportLookupContactsResult",
    "ImportLookupContactsResultResponse",
    "Instance",
    "InstanceHealth",
    "InstanceHealthResponse",
    "InstanceListResponse",
    "InstanceResponse",
    "InstanceState",
    "InstanceStateResponse",
    "InstanceStatus",
    "LookupResult",
    "LookupStatus",
    "Me",
    "MeResponse",
    "Message",
    "MessageDirection",
    "MessageMeta",
    "MessagePage",
    "MessagePageResponse",
    "MessageResponse",
    "MessageStatus",
    "MessageType",
    "NumberLookup",
    "NumberLookupAccepted",
    "NumberLookupAcceptedResponse",
    "NumberLookupPage",
    "NumberLookupPageResponse",
    "NumberLookupResponse",
    "NumberLookupSyncResult",
    "NumberLookupSyncResultResponse",
    "Payment",
    "PaymentPage",
    "PaymentPageResponse",
    "PaymentStatus",
    "PixButton",
    "Plan",
    "PlanCode",
    "PlanFeatures",
    "PlanLimits",
    "PlanListResponse",
    "PlanSummary",
    "PostedStatus",
    "PostedStatusResponse",
    "RemoveGroupMembersRequest",
    "RemoveGroupMembersResult",
    "RemoveGroupMembersResultResponse",
    "ReplyButton",
    "RiskLevel",
    "SafetyAppliedLimits",
    "SafetyAssessment",
    "SafetyAudience",
    "SafetyDecision",
    "ScheduleAudioMessage",
    "ScheduleButtonsMessage",
    "ScheduleContactMessage",
    "ScheduledMessage",
    "ScheduledMessageResponse",
    "ScheduleDocumentMessage",
    "ScheduleImageMessage",
    "ScheduleLocationMessage",
    "ScheduleTemplateMessage",
    "ScheduleTextMessage",
    "ScheduleVideoMessage",
    "ScheduleVoiceNoteMessage",
    "SendAudioMessage",
    "SendButtonsMessage",
    "SendContactMessage",
    "SendDocumentMessage",
    "SendImageMessage",
    "SendLocationMessage",
    "SendTemplateMessage",
    "SendTextMessage",
    "SendVideoMessage",
    "SendVoiceNoteMessage",
    "SentMessage",
    "SentMessageResponse",
    "Subscription",
    "SubscriptionOverview",
    "SubscriptionOverviewResponse",
    "TagRecipients",
    "Template",
    "TemplatePage",
    "TemplatePageResponse",
    "TemplatePreview",
    "TemplatePreviewRequest",
    "TemplatePreviewResponse",
    "TemplateResponse",
    "TemplateType",
    "TemplateVariables",
    "TextStatus",
    "UpdateContactGroupRequest",
    "UpdateContactRequest",
    "UpdateTemplateRequest",
    "UrlButton",
    "Usage",
    "UsageReport",
    "UsageReportResponse",
    "UsageWindowSummary",
    "WarmupPolicy",
    "Webhook",
    "WebhookEvent",
    "WebhookListResponse",
)


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
