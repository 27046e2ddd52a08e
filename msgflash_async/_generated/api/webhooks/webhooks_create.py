# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""`POST /api/v1/webhooks`: build the request, parse the response (no I/O)."""

from __future__ import annotations

from ...._converter import check_query, expect_body  # noqa: F401
from ...._operation import Request, Structure, UnexpectedStatus, path_segment, query_pairs  # noqa: F401
from ...models.create_webhook_request import CreateWebhookRequest
from ...models.created_webhook import CreatedWebhook
from ...models.created_webhook_response import CreatedWebhookResponse

OPERATION_ID = "webhooks_create"
BODY_TYPE = CreateWebhookRequest  # built once, not per call


def build_request(
    *,
    body: CreateWebhookRequest,
) -> Request:
    """Describe the HTTP request; raises `InvalidRequestError` for a value the spec does not allow."""
    return Request(
        operation_id=OPERATION_ID,
        method="POST",
        path="/api/v1/webhooks",
        body=expect_body(body, BODY_TYPE),
    )


def parse_response(status: int, payload: object, structure: Structure) -> CreatedWebhook:
    """Turn a fully read 2xx JSON body into the typed payload of its `data` envelope."""
    if status == 201:
        return structure(payload, CreatedWebhookResponse).data
    raise UnexpectedStatus(status)
