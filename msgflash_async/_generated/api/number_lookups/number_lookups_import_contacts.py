# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""`POST /api/v1/number-lookups/{id}/import-contacts`: build the request, parse the response (no I/O)."""

from __future__ import annotations

from ...._converter import check_query, expect_body  # noqa: F401
from ...._operation import Request, Structure, UnexpectedStatus, path_segment, query_pairs  # noqa: F401
from ...models.import_lookup_contacts_request import ImportLookupContactsRequest
from ...models.import_lookup_contacts_result import ImportLookupContactsResult
from ...models.import_lookup_contacts_result_response import ImportLookupContactsResultResponse

OPERATION_ID = "number_lookups_import_contacts"
BODY_TYPE = ImportLookupContactsRequest  # built once, not per call


def build_request(
    id: str,
    /,
    *,
    body: ImportLookupContactsRequest,
) -> Request:
    """Describe the HTTP request; raises `InvalidRequestError` for a value the spec does not allow."""
    return Request(
        operation_id=OPERATION_ID,
        method="POST",
        path="/api/v1/number-lookups/{id}/import-contacts".format(
            id=path_segment(id, "id"),
        ),
        body=expect_body(body, BODY_TYPE),
    )


def parse_response(status: int, payload: object, structure: Structure) -> ImportLookupContactsResult:
    """Turn a fully read 2xx JSON body into the typed payload of its `data` envelope."""
    if status == 200:
        return structure(payload, ImportLookupContactsResultResponse).data
    raise UnexpectedStatus(status)
