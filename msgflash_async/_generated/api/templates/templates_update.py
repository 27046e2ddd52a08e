# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""`PUT /api/v1/templates/{id}`: build the request, parse the response (no I/O)."""

from __future__ import annotations

from ...._converter import check_query, expect_body  # noqa: F401
from ...._operation import Request, Structure, UnexpectedStatus, path_segment, query_pairs  # noqa: F401
from ...models.template import Template
from ...models.template_response import TemplateResponse
from ...models.update_template_request import UpdateTemplateRequest

OPERATION_ID = "templates_update"
BODY_TYPE = UpdateTemplateRequest  # built once, not per call


def build_request(
    id: str,
    /,
    *,
    body: UpdateTemplateRequest,
) -> Request:
    """Describe the HTTP request; raises `InvalidRequestError` for a value the spec does not allow."""
    return Request(
        operation_id=OPERATION_ID,
        method="PUT",
        path="/api/v1/templates/{id}".format(
            id=path_segment(id, "id"),
        ),
        body=expect_body(body, BODY_TYPE),
    )


def parse_response(status: int, payload: object, structure: Structure) -> Template:
    """Turn a fully read 2xx JSON body into the typed payload of its `data` envelope."""
    if status == 200:
        return structure(payload, TemplateResponse).data
    raise UnexpectedStatus(status)
