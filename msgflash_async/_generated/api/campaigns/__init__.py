# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""The `campaigns` resource: one typed async method per operation of the tag.

Each operation module (and so the request and envelope models only it needs) is imported on its method's
first call: using the resource loads this module and the models its signatures name, nothing more.
"""

from __future__ import annotations

import builtins  # noqa: F401  (methods named `list` shadow the builtin inside the class)
from typing import TYPE_CHECKING

from ...._operation import Caller, Request, lazy_submodules  # noqa: F401
from ...._pagination import AsyncPaginator  # noqa: F401
from ...models.campaign import Campaign
from ...models.campaign_stats_report import CampaignStatsReport
from ...models.create_audio_campaign import CreateAudioCampaign
from ...models.create_buttons_campaign import CreateButtonsCampaign
from ...models.create_document_campaign import CreateDocumentCampaign
from ...models.create_image_campaign import CreateImageCampaign
from ...models.create_template_campaign import CreateTemplateCampaign
from ...models.create_text_campaign import CreateTextCampaign
from ...models.create_video_campaign import CreateVideoCampaign
from ...models.create_voice_note_campaign import CreateVoiceNoteCampaign

if TYPE_CHECKING:
    from . import campaigns_create, campaigns_get, campaigns_get_stats, campaigns_pause, campaigns_resume
else:  # each stand-in imports its module on first use, and that import rebinds the name to the module
    (
        campaigns_create,
        campaigns_get,
        campaigns_get_stats,
        campaigns_pause,
        campaigns_resume,
    ) = lazy_submodules(
        __name__,
        "campaigns_create",
        "campaigns_get",
        "campaigns_get_stats",
        "campaigns_pause",
        "campaigns_resume",
    )


class CampaignsResource:
    """Operations under the `campaigns` tag of the spec."""

    __slots__ = ("_caller",)

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    async def create(
        self,
        body: CreateAudioCampaign
        | CreateButtonsCampaign
        | CreateDocumentCampaign
        | CreateImageCampaign
        | CreateTemplateCampaign
        | CreateTextCampaign
        | CreateVideoCampaign
        | CreateVoiceNoteCampaign,
        /,
    ) -> Campaign:
        """Create and schedule a campaign

        Create a campaign and schedule it. Exactly one content mode: `templateId` (template mode, with
        global `variables`) or `type` + direct content (`body` required for text, `mediaUrl` for media
        types; buttons need `title`, `description` and 1 to 2 buttons). Recipients: all contacts, tags,
        explicit contact ids, or a contact group. The campaign starts as `scheduled`; follow it with `GET
        /api/v1/campaigns/{id}/stats`. The safety assessment is informational (V1 never blocks creation).
        There is no public list, update, delete or cancel route.

        """
        request = campaigns_create.build_request(body=body)
        return await self._caller.call(request, campaigns_create.parse_response)

    async def get(
        self,
        id: str,
        /,
    ) -> Campaign:
        """Get a campaign

        Return one campaign: template mode when `templateId` is set, else direct mode (`type`, `body`,
        `mediaUrl`).

        """
        request = campaigns_get.build_request(
            id,
        )
        return await self._caller.call(request, campaigns_get.parse_response)

    async def get_stats(
        self,
        id: str,
        /,
    ) -> CampaignStatsReport:
        """Get campaign statistics

        Return the campaign counters (`planned` messages generated, `queued`, `sent` handed to WhatsApp,
        `delivered`, `read`, `failed` excluding cancellations, `cancelled`), the progress percentage and the
        execution timeline. A campaign completes automatically once no `queued` messages remain.

        """
        request = campaigns_get_stats.build_request(
            id,
        )
        return await self._caller.call(request, campaigns_get_stats.parse_response)

    async def pause(
        self,
        id: str,
        /,
    ) -> Campaign:
        """Pause a campaign

        Pause a campaign (manual pause; status becomes `paused`). Only valid from a compatible status. No
        body.

        """
        request = campaigns_pause.build_request(
            id,
        )
        return await self._caller.call(request, campaigns_pause.parse_response)

    async def resume(
        self,
        id: str,
        /,
    ) -> Campaign:
        """Resume a campaign

        Resume a paused campaign (status becomes `running`). The response may carry safety guidance, which
        never blocks the resume in V1. Only valid from a compatible status. No body.

        """
        request = campaigns_resume.build_request(
            id,
        )
        return await self._caller.call(request, campaigns_resume.parse_response)
