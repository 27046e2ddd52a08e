# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""`POST /api/v1/campaigns`: build the request, parse the response (no I/O)."""

from __future__ import annotations

from ...._converter import check_query, expect_body  # noqa: F401
from ...._operation import Request, Structure, UnexpectedStatus, path_segment, query_pairs  # noqa: F401
from ...models.campaign import Campaign
from ...models.campaign_response import CampaignResponse
from ...models.create_audio_campaign import CreateAudioCampaign
from ...models.create_buttons_campaign import CreateButtonsCampaign
from ...models.create_document_campaign import CreateDocumentCampaign
from ...models.create_image_campaign import CreateImageCampaign
from ...models.create_template_campaign import CreateTemplateCampaign
from ...models.create_text_campaign import CreateTextCampaign
from ...models.create_video_campaign import CreateVideoCampaign
from ...models.create_voice_note_campaign import CreateVoiceNoteCampaign

OPERATION_ID = "campaigns_create"
BODY_TYPE = (
    CreateAudioCampaign
    | CreateButtonsCampaign
    | CreateDocumentCampaign
    | CreateImageCampaign
    | CreateTemplateCampaign
    | CreateTextCampaign
    | CreateVideoCampaign
    | CreateVoiceNoteCampaign
)  # built once, not per call


def build_request(
    *,
    body: CreateAudioCampaign
    | CreateButtonsCampaign
    | CreateDocumentCampaign
    | CreateImageCampaign
    | CreateTemplateCampaign
    | CreateTextCampaign
    | CreateVideoCampaign
    | CreateVoiceNoteCampaign,
) -> Request:
    """Describe the HTTP request; raises `InvalidRequestError` for a value the spec does not allow."""
    return Request(
        operation_id=OPERATION_ID,
        method="POST",
        path="/api/v1/campaigns",
        body=expect_body(body, BODY_TYPE),
    )


def parse_response(status: int, payload: object, structure: Structure) -> Campaign:
    """Turn a fully read 2xx JSON body into the typed payload of its `data` envelope."""
    if status == 201:
        return structure(payload, CampaignResponse).data
    raise UnexpectedStatus(status)
