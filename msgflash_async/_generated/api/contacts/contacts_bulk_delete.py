# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""`POST /api/v1/contacts/bulk-delete`: build the request, parse the response (no I/O)."""

from __future__ import annotations

from ...._converter import check_query, expect_body  # noqa: F401
from ...._operation import Request, Structure, UnexpectedStatus, path_segment, query_pairs  # noqa: F401
from ...models.bulk_delete_contacts_request import BulkDeleteContactsRequest
from ...models.bulk_delete_result import BulkDeleteResult
from ...models.bulk_delete_result_response import BulkDeleteResultResponse
from ...models.contact_bulk_job_accepted import ContactBulkJobAccepted
from ...models.contact_bulk_job_accepted_response import ContactBulkJobAcceptedResponse

OPERATION_ID = "contacts_bulk_delete"
BODY_TYPE = BulkDeleteContactsRequest  # built once, not per call


def build_request(
    *,
    body: BulkDeleteContactsRequest,
) -> Request:
    """Describe the HTTP request; raises `InvalidRequestError` for a value the spec does not allow."""
    return Request(
        operation_id=OPERATION_ID,
        method="POST",
        path="/api/v1/contacts/bulk-delete",
        body=expect_body(body, BODY_TYPE),
    )


def parse_response(
    status: int, payload: object, structure: Structure
) -> BulkDeleteResult | ContactBulkJobAccepted:
    """Turn a fully read 2xx JSON body into the typed payload of its `data` envelope."""
    if status == 200:
        return structure(payload, BulkDeleteResultResponse).data
    if status == 202:
        return structure(payload, ContactBulkJobAcceptedResponse).data
    raise UnexpectedStatus(status)
