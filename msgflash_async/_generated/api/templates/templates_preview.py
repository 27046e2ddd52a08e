# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""`POST /api/v1/templates/{id}/preview`: build the request, parse the response (no I/O)."""

from __future__ import annotations

from ...._converter import check_query, expect_body  # noqa: F401
from ...._operation import Request, Structure, UnexpectedStatus, path_segment, query_pairs  # noqa: F401
from ...models.template_preview import TemplatePreview
from ...models.template_preview_request import TemplatePreviewRequest
from ...models.template_preview_response import TemplatePreviewResponse

OPERATION_ID = "templates_preview"
BODY_TYPE = TemplatePreviewRequest  # built once, not per call


def build_request(
    id: str,
    /,
    *,
    body: TemplatePreviewRequest,
) -> Request:
    """Describe the HTTP request; raises `InvalidRequestError` for a value the spec does not allow."""
    return Request(
        operation_id=OPERATION_ID,
        method="POST",
        path="/api/v1/templates/{id}/preview".format(
            id=path_segment(id, "id"),
        ),
        body=expect_body(body, BODY_TYPE),
    )


def parse_response(status: int, payload: object, structure: Structure) -> TemplatePreview:
    """Turn a fully read 2xx JSON body into the typed payload of its `data` envelope."""
    if status == 200:
        return structure(payload, TemplatePreviewResponse).data
    raise UnexpectedStatus(status)
