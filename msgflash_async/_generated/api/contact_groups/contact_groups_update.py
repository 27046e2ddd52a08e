# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""`PUT /api/v1/contacts/groups/{group_id}`: build the request, parse the response (no I/O)."""

from __future__ import annotations

from ...._converter import check_query, expect_body  # noqa: F401
from ...._operation import Request, Structure, UnexpectedStatus, path_segment, query_pairs  # noqa: F401
from ...models.contact_group import ContactGroup
from ...models.contact_group_response import ContactGroupResponse
from ...models.update_contact_group_request import UpdateContactGroupRequest

OPERATION_ID = "contact_groups_update"
BODY_TYPE = UpdateContactGroupRequest  # built once, not per call


def build_request(
    group_id: str,
    /,
    *,
    body: UpdateContactGroupRequest,
) -> Request:
    """Describe the HTTP request; raises `InvalidRequestError` for a value the spec does not allow."""
    return Request(
        operation_id=OPERATION_ID,
        method="PUT",
        path="/api/v1/contacts/groups/{group_id}".format(
            group_id=path_segment(group_id, "group_id"),
        ),
        body=expect_body(body, BODY_TYPE),
    )


def parse_response(status: int, payload: object, structure: Structure) -> ContactGroup:
    """Turn a fully read 2xx JSON body into the typed payload of its `data` envelope."""
    if status == 200:
        return structure(payload, ContactGroupResponse).data
    raise UnexpectedStatus(status)
