# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""`GET /api/v1/messages`: build the request, parse the response (no I/O)."""

from __future__ import annotations

from ...._converter import check_query, expect_body  # noqa: F401
from ...._operation import Request, Structure, UnexpectedStatus, path_segment, query_pairs  # noqa: F401
from ...models.message_page import MessagePage
from ...models.message_page_response import MessagePageResponse
from ...models.message_status import MessageStatus

OPERATION_ID = "messages_list"


def build_request(
    *,
    limit: int | None = None,
    cursor: str | None = None,
    instance_id: str | None = None,
    status: MessageStatus | None = None,
) -> Request:
    """Describe the HTTP request; raises `InvalidRequestError` for a value the spec does not allow."""
    check_query(
        OPERATION_ID,
        ("limit", limit),
        ("cursor", cursor),
        ("instanceId", instance_id),
        ("status", status),
    )
    return Request(
        operation_id=OPERATION_ID,
        method="GET",
        path="/api/v1/messages",
        params=query_pairs(
            ("limit", limit),
            ("cursor", cursor),
            ("instanceId", instance_id),
            ("status", status),
        ),
    )


def parse_response(status: int, payload: object, structure: Structure) -> MessagePage:
    """Turn a fully read 2xx JSON body into the typed payload of its `data` envelope."""
    if status == 200:
        return structure(payload, MessagePageResponse).data
    raise UnexpectedStatus(status)
