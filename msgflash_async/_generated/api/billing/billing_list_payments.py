# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""`GET /api/v1/billing/payments`: build the request, parse the response (no I/O)."""

from __future__ import annotations

from ...._converter import check_query, expect_body  # noqa: F401
from ...._operation import Request, Structure, UnexpectedStatus, path_segment, query_pairs  # noqa: F401
from ...models.payment_page import PaymentPage
from ...models.payment_page_response import PaymentPageResponse

OPERATION_ID = "billing_list_payments"


def build_request(
    *,
    page: int | None = None,
    limit: int | None = None,
) -> Request:
    """Describe the HTTP request; raises `InvalidRequestError` for a value the spec does not allow."""
    check_query(
        OPERATION_ID,
        ("page", page),
        ("limit", limit),
    )
    return Request(
        operation_id=OPERATION_ID,
        method="GET",
        path="/api/v1/billing/payments",
        params=query_pairs(
            ("page", page),
            ("limit", limit),
        ),
    )


def parse_response(status: int, payload: object, structure: Structure) -> PaymentPage:
    """Turn a fully read 2xx JSON body into the typed payload of its `data` envelope."""
    if status == 200:
        return structure(payload, PaymentPageResponse).data
    raise UnexpectedStatus(status)
