# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""`POST /api/v1/number-lookups`: build the request, parse the response (no I/O)."""

from __future__ import annotations

from ...._converter import check_query, expect_body  # noqa: F401
from ...._operation import Request, Structure, UnexpectedStatus, path_segment, query_pairs  # noqa: F401
from ...models.create_number_lookup_request import CreateNumberLookupRequest
from ...models.number_lookup_accepted import NumberLookupAccepted
from ...models.number_lookup_accepted_response import NumberLookupAcceptedResponse
from ...models.number_lookup_sync_result import NumberLookupSyncResult
from ...models.number_lookup_sync_result_response import NumberLookupSyncResultResponse

OPERATION_ID = "number_lookups_create"
BODY_TYPE = CreateNumberLookupRequest  # built once, not per call


def build_request(
    *,
    body: CreateNumberLookupRequest,
) -> Request:
    """Describe the HTTP request; raises `InvalidRequestError` for a value the spec does not allow."""
    return Request(
        operation_id=OPERATION_ID,
        method="POST",
        path="/api/v1/number-lookups",
        body=expect_body(body, BODY_TYPE),
    )


def parse_response(
    status: int, payload: object, structure: Structure
) -> NumberLookupSyncResult | NumberLookupAccepted:
    """Turn a fully read 2xx JSON body into the typed payload of its `data` envelope."""
    if status == 200:
        return structure(payload, NumberLookupSyncResultResponse).data
    if status == 202:
        return structure(payload, NumberLookupAcceptedResponse).data
    raise UnexpectedStatus(status)
