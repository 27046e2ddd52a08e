# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""The `messages` resource: one typed async method per operation of the tag.

Each operation module (and so the request and envelope models only it needs) is imported on its method's
first call: using the resource loads this module and the models its signatures name, nothing more.
"""

from __future__ import annotations

import builtins  # noqa: F401  (methods named `list` shadow the builtin inside the class)
from typing import TYPE_CHECKING

from ...._operation import Caller, Request, lazy_submodules  # noqa: F401
from ...._pagination import AsyncPaginator  # noqa: F401
from ...models.message import Message
from ...models.message_page import MessagePage
from ...models.message_status import MessageStatus
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

if TYPE_CHECKING:
    from . import messages_get, messages_list, messages_schedule, messages_send
else:  # each stand-in imports its module on first use, and that import rebinds the name to the module
    (
        messages_get,
        messages_list,
        messages_schedule,
        messages_send,
    ) = lazy_submodules(
        __name__,
        "messages_get",
        "messages_list",
        "messages_schedule",
        "messages_send",
    )


class MessagesResource:
    """Operations under the `messages` tag of the spec."""

    __slots__ = ("_caller",)

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    async def get(
        self,
        id: str,
        /,
    ) -> Message:
        """Get a message

        Return one message with its current status (poll this to track delivery, or use webhooks).

        """
        request = messages_get.build_request(
            id,
        )
        return await self._caller.call(request, messages_get.parse_response)

    def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        instance_id: str | None = None,
        status: MessageStatus | None = None,
    ) -> AsyncPaginator[Message, MessagePage]:
        """List messages

        Message history, newest first, cursor-paginated: pass `nextCursor` back as `cursor` until `hasMore`
        is false.


        Returns a paginator: `async for` walks every item across pages; `.pages()` yields whole pages.
        """

        def build(cursor: str | None) -> Request:
            return messages_list.build_request(
                limit=limit, instance_id=instance_id, status=status, cursor=cursor
            )

        return self._caller.paginate_cursor(
            build, messages_list.parse_response, lambda page: page.messages, start=cursor
        )

    async def schedule(
        self,
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
        /,
    ) -> ScheduledMessage:
        """Schedule a message

        Queue a message for later sending: every field and rule of send, plus the required `scheduledAt`
        (UTC; a past date sends immediately). The message stays `queued` until processed (no separate
        scheduled status); the monthly outbound quota is checked now and again at send time; if the instance
        is disconnected at processing time the message becomes `failed`. Cancelling or rescheduling is not
        documented.

        """
        request = messages_schedule.build_request(body=body)
        return await self._caller.call(request, messages_schedule.parse_response)

    async def send(
        self,
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
        /,
    ) -> SentMessage:
        """Send a message now

        Queue a message for immediate sending. Two content modes: direct (`type` + content fields) or
        template (`templateId`, optional `variables` for `custom.*` and `contactId` for `contact.*`);
        exactly one of `type` and `templateId`. The message is accepted as `queued` and processed
        asynchronously: track it with `GET /api/v1/messages/{id}` or the
        `message.sent|delivered|read|failed` webhooks. Safety warnings are informational and never block in
        V1. Buttons messages need a WhatsApp Business account on the instance.

        """
        request = messages_send.build_request(body=body)
        return await self._caller.call(request, messages_send.parse_response)
