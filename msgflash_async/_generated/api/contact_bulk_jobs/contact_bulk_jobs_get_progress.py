# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""`GET /api/v1/contacts/bulk-jobs/{job_id}/progress`: build the request, parse the response (no I/O)."""

from __future__ import annotations

from ...._converter import check_query, expect_body  # noqa: F401
from ...._operation import Request, Structure, UnexpectedStatus, path_segment, query_pairs  # noqa: F401
from ...models.contact_bulk_job import ContactBulkJob
from ...models.contact_bulk_job_response import ContactBulkJobResponse

OPERATION_ID = "contact_bulk_jobs_get_progress"


def build_request(
    job_id: str,
    /,
) -> Request:
    """Describe the HTTP request; raises `InvalidRequestError` for a value the spec does not allow."""
    return Request(
        operation_id=OPERATION_ID,
        method="GET",
        path="/api/v1/contacts/bulk-jobs/{job_id}/progress".format(
            job_id=path_segment(job_id, "job_id"),
        ),
    )


def parse_response(status: int, payload: object, structure: Structure) -> ContactBulkJob:
    """Turn a fully read 2xx JSON body into the typed payload of its `data` envelope."""
    if status == 200:
        return structure(payload, ContactBulkJobResponse).data
    raise UnexpectedStatus(status)
