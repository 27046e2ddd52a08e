# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""`POST /api/v1/templates`: build the request, parse the response (no I/O)."""

from __future__ import annotations

from ...._converter import check_query, expect_body  # noqa: F401
from ...._operation import Request, Structure, UnexpectedStatus, path_segment, query_pairs  # noqa: F401
from ...models.create_audio_template import CreateAudioTemplate
from ...models.create_document_template import CreateDocumentTemplate
from ...models.create_image_template import CreateImageTemplate
from ...models.create_text_template import CreateTextTemplate
from ...models.create_video_template import CreateVideoTemplate
from ...models.template import Template
from ...models.template_response import TemplateResponse

OPERATION_ID = "templates_create"
BODY_TYPE = (
    CreateAudioTemplate
    | CreateDocumentTemplate
    | CreateImageTemplate
    | CreateTextTemplate
    | CreateVideoTemplate
)  # built once, not per call


def build_request(
    *,
    body: CreateAudioTemplate
    | CreateDocumentTemplate
    | CreateImageTemplate
    | CreateTextTemplate
    | CreateVideoTemplate,
) -> Request:
    """Describe the HTTP request; raises `InvalidRequestError` for a value the spec does not allow."""
    return Request(
        operation_id=OPERATION_ID,
        method="POST",
        path="/api/v1/templates",
        body=expect_body(body, BODY_TYPE),
    )


def parse_response(status: int, payload: object, structure: Structure) -> Template:
    """Turn a fully read 2xx JSON body into the typed payload of its `data` envelope."""
    if status == 201:
        return structure(payload, TemplateResponse).data
    raise UnexpectedStatus(status)
