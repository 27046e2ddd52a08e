# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""`POST /api/v1/statuses`: build the request, parse the response (no I/O)."""

from __future__ import annotations

from ...._converter import check_query, expect_body  # noqa: F401
from ...._operation import Request, Structure, UnexpectedStatus, path_segment, query_pairs  # noqa: F401
from ...models.image_status import ImageStatus
from ...models.posted_status import PostedStatus
from ...models.posted_status_response import PostedStatusResponse
from ...models.text_status import TextStatus

OPERATION_ID = "statuses_create"
BODY_TYPE = ImageStatus | TextStatus  # built once, not per call


def build_request(
    *,
    body: ImageStatus | TextStatus,
) -> Request:
    """Describe the HTTP request; raises `InvalidRequestError` for a value the spec does not allow."""
    return Request(
        operation_id=OPERATION_ID,
        method="POST",
        path="/api/v1/statuses",
        body=expect_body(body, BODY_TYPE),
    )


def parse_response(status: int, payload: object, structure: Structure) -> PostedStatus:
    """Turn a fully read 2xx JSON body into the typed payload of its `data` envelope."""
    if status == 201:
        return structure(payload, PostedStatusResponse).data
    raise UnexpectedStatus(status)
