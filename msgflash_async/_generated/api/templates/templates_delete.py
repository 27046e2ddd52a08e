# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""`DELETE /api/v1/templates/{id}`: build the request, parse the response (no I/O)."""

from __future__ import annotations

from ...._converter import check_query, expect_body  # noqa: F401
from ...._operation import Request, Structure, UnexpectedStatus, path_segment, query_pairs  # noqa: F401
from ...models.delete_response import DeleteResponse
from ...models.delete_result import DeleteResult

OPERATION_ID = "templates_delete"


def build_request(
    id: str,
    /,
) -> Request:
    """Describe the HTTP request; raises `InvalidRequestError` for a value the spec does not allow."""
    return Request(
        operation_id=OPERATION_ID,
        method="DELETE",
        path="/api/v1/templates/{id}".format(
            id=path_segment(id, "id"),
        ),
    )


def parse_response(status: int, payload: object, structure: Structure) -> DeleteResult:
    """Turn a fully read 2xx JSON body into the typed payload of its `data` envelope."""
    if status == 200:
        return structure(payload, DeleteResponse).data
    raise UnexpectedStatus(status)
