# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""`POST /api/v1/messages/send`: build the request, parse the response (no I/O)."""

from __future__ import annotations

from ...._converter import check_query, expect_body  # noqa: F401
from ...._operation import Request, Structure, UnexpectedStatus, path_segment, query_pairs  # noqa: F401
from ...models.send_audio_message import SendAudioMessage
from ...models.send_buttons_message import SendButtonsMessage
from ...models.send_contact_message import SendContactMessage
from ...models.send_document_message import SendDocumentMessage
from ...models.send_image_message import SendImageMessage
from ...models.send_location_message import SendLocationMessage
from ...models.send_template_message import SendTemplateMessage
from ...models.send_text_message import SendTextMessage
from ...models.send_video_message import SendVideoMessage
from ...models.send_voice_note_message import SendVoiceNoteMessage
from ...models.sent_message import SentMessage
from ...models.sent_message_response import SentMessageResponse

OPERATION_ID = "messages_send"
BODY_TYPE = (
    SendAudioMessage
    | SendButtonsMessage
    | SendContactMessage
    | SendDocumentMessage
    | SendImageMessage
    | SendLocationMessage
    | SendTemplateMessage
    | SendTextMessage
    | SendVideoMessage
    | SendVoiceNoteMessage
)  # built once, not per call


def build_request(
    *,
    body: SendAudioMessage
    | SendButtonsMessage
    | SendContactMessage
    | SendDocumentMessage
    | SendImageMessage
    | SendLocationMessage
    | SendTemplateMessage
    | SendTextMessage
    | SendVideoMessage
    | SendVoiceNoteMessage,
) -> Request:
    """Describe the HTTP request; raises `InvalidRequestError` for a value the spec does not allow."""
    return Request(
        operation_id=OPERATION_ID,
        method="POST",
        path="/api/v1/messages/send",
        body=expect_body(body, BODY_TYPE),
    )


def parse_response(status: int, payload: object, structure: Structure) -> SentMessage:
    """Turn a fully read 2xx JSON body into the typed payload of its `data` envelope."""
    if status == 201:
        return structure(payload, SentMessageResponse).data
    raise UnexpectedStatus(status)
