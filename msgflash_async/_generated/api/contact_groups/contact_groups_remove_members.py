# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""`DELETE /api/v1/contacts/groups/{group_id}/members`: build the request, parse the response (no I/O)."""

from __future__ import annotations

from ...._converter import check_query, expect_body  # noqa: F401
from ...._operation import Request, Structure, UnexpectedStatus, path_segment, query_pairs  # noqa: F401
from ...models.contact_bulk_job_accepted import ContactBulkJobAccepted
from ...models.contact_bulk_job_accepted_response import ContactBulkJobAcceptedResponse
from ...models.remove_group_members_request import RemoveGroupMembersRequest
from ...models.remove_group_members_result import RemoveGroupMembersResult
from ...models.remove_group_members_result_response import RemoveGroupMembersResultResponse

OPERATION_ID = "contact_groups_remove_members"
BODY_TYPE = RemoveGroupMembersRequest  # built once, not per call


def build_request(
    group_id: str,
    /,
    *,
    body: RemoveGroupMembersRequest,
) -> Request:
    """Describe the HTTP request; raises `InvalidRequestError` for a value the spec does not allow."""
    return Request(
        operation_id=OPERATION_ID,
        method="DELETE",
        path="/api/v1/contacts/groups/{group_id}/members".format(
            group_id=path_segment(group_id, "group_id"),
        ),
        body=expect_body(body, BODY_TYPE),
    )


def parse_response(
    status: int, payload: object, structure: Structure
) -> RemoveGroupMembersResult | ContactBulkJobAccepted:
    """Turn a fully read 2xx JSON body into the typed payload of its `data` envelope."""
    if status == 200:
        return structure(payload, RemoveGroupMembersResultResponse).data
    if status == 202:
        return structure(payload, ContactBulkJobAcceptedResponse).data
    raise UnexpectedStatus(status)
