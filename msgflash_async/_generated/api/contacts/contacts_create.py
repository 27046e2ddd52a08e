# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""`POST /api/v1/contacts`: build the request, parse the response (no I/O)."""

from __future__ import annotations

from ...._converter import check_query, expect_body  # noqa: F401
from ...._operation import Request, Structure, UnexpectedStatus, path_segment, query_pairs  # noqa: F401
from ...models.contact import Contact
from ...models.contact_response import ContactResponse
from ...models.create_contact_request import CreateContactRequest

OPERATION_ID = "contacts_create"
BODY_TYPE = CreateContactRequest  # built once, not per call


def build_request(
    *,
    body: CreateContactRequest,
) -> Request:
    """Describe the HTTP request; raises `InvalidRequestError` for a value the spec does not allow."""
    return Request(
        operation_id=OPERATION_ID,
        method="POST",
        path="/api/v1/contacts",
        body=expect_body(body, BODY_TYPE),
    )


def parse_response(status: int, payload: object, structure: Structure) -> Contact:
    """Turn a fully read 2xx JSON body into the typed payload of its `data` envelope."""
    if status == 201:
        return structure(payload, ContactResponse).data
    raise UnexpectedStatus(status)
