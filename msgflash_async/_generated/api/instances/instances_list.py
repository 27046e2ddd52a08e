# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""`GET /api/v1/instances`: build the request, parse the response (no I/O)."""

from __future__ import annotations

from ...._converter import check_query, expect_body  # noqa: F401
from ...._operation import Request, Structure, UnexpectedStatus, path_segment, query_pairs  # noqa: F401
from ...models.instance import Instance
from ...models.instance_list_response import InstanceListResponse

OPERATION_ID = "instances_list"


def build_request() -> Request:
    """Describe the HTTP request; raises `InvalidRequestError` for a value the spec does not allow."""
    return Request(
        operation_id=OPERATION_ID,
        method="GET",
        path="/api/v1/instances",
    )


def parse_response(status: int, payload: object, structure: Structure) -> list[Instance]:
    """Turn a fully read 2xx JSON body into the typed payload of its `data` envelope."""
    if status == 200:
        return structure(payload, InstanceListResponse).data
    raise UnexpectedStatus(status)
