# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""`POST /api/v1/messages/schedule`: build the request, parse the response (no I/O)."""

from __future__ import annotations

from ...._converter import check_query, expect_body  # noqa: F401
from ...._operation import Request, Structure, UnexpectedStatus, path_segment, query_pairs  # noqa: F401
from ...models.schedule_audio_message import ScheduleAudioMessage
from ...models.schedule_buttons_message import ScheduleButtonsMessage
from ...models.schedule_contact_message import ScheduleContactMessage
from ...models.schedule_document_message import ScheduleDocumentMessage
from ...models.schedule_image_message import ScheduleImageMessage
from ...models.schedule_location_message import ScheduleLocationMessage
from ...models.schedule_template_message import ScheduleTemplateMessage
from ...models.schedule_text_message import ScheduleTextMessage
from ...models.schedule_video_message import ScheduleVideoMessage
from ...models.schedule_voice_note_message import ScheduleVoiceNoteMessage
from ...models.scheduled_message import ScheduledMessage
from ...models.scheduled_message_response import ScheduledMessageResponse

OPERATION_ID = "messages_schedule"
BODY_TYPE = (
    ScheduleAudioMessage
    | ScheduleButtonsMessage
    | ScheduleContactMessage
    | ScheduleDocumentMessage
    | ScheduleImageMessage
    | ScheduleLocationMessage
    | ScheduleTemplateMessage
    | ScheduleTextMessage
    | ScheduleVideoMessage
    | ScheduleVoiceNoteMessage
)  # built once, not per call


def build_request(
    *,
    body: ScheduleAudioMessage
    | ScheduleButtonsMessage
    | ScheduleContactMessage
    | ScheduleDocumentMessage
    | ScheduleImageMessage
    | ScheduleLocationMessage
    | ScheduleTemplateMessage
    | ScheduleTextMessage
    | ScheduleVideoMessage
    | ScheduleVoiceNoteMessage,
) -> Request:
    """Describe the HTTP request; raises `InvalidRequestError` for a value the spec does not allow."""
    return Request(
        operation_id=OPERATION_ID,
        method="POST",
        path="/api/v1/messages/schedule",
        body=expect_body(body, BODY_TYPE),
    )


def parse_response(status: int, payload: object, structure: Structure) -> ScheduledMessage:
    """Turn a fully read 2xx JSON body into the typed payload of its `data` envelope."""
    if status == 201:
        return structure(payload, ScheduledMessageResponse).data
    raise UnexpectedStatus(status)
