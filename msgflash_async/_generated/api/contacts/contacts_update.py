# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""`PUT /api/v1/contacts/{id}`: build the request, parse the response (no I/O)."""

from __future__ import annotations

from ...._converter import check_query, expect_body  # noqa: F401
from ...._operation import Request, Structure, UnexpectedStatus, path_segment, query_pairs  # noqa: F401
from ...models.contact import Contact
from ...models.contact_response import ContactResponse
from ...models.update_contact_request import UpdateContactRequest

OPERATION_ID = "contacts_update"
BODY_TYPE = UpdateContactRequest  # built once, not per call


def build_request(
    id: str,
    /,
    *,
    body: UpdateContactRequest,
) -> Request:
    """Describe the HTTP request; raises `InvalidRequestError` for a value the spec does not allow."""
    return Request(
        operation_id=OPERATION_ID,
        method="PUT",
        path="/api/v1/contacts/{id}".format(
            id=path_segment(id, "id"),
        ),
        body=expect_body(body, BODY_TYPE),
    )


def parse_response(status: int, payload: object, structure: Structure) -> Contact:
    """Turn a fully read 2xx JSON body into the typed payload of its `data` envelope."""
    if status == 200:
        return structure(payload, ContactResponse).data
    raise UnexpectedStatus(status)
