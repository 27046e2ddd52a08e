# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""The `contact_bulk_jobs` resource: one typed async method per operation of the tag.

Each operation module (and so the request and envelope models only it needs) is imported on its method's
first call: using the resource loads this module and the models its signatures name, nothing more.
"""

from __future__ import annotations

import builtins  # noqa: F401  (methods named `list` shadow the builtin inside the class)
from typing import TYPE_CHECKING

from ...._operation import Caller, Request, lazy_submodules  # noqa: F401
from ...._pagination import AsyncPaginator  # noqa: F401
from ...models.contact_bulk_job import ContactBulkJob
from ...models.contact_bulk_job_page import ContactBulkJobPage

if TYPE_CHECKING:
    from . import (
        contact_bulk_jobs_cancel,
        contact_bulk_jobs_get,
        contact_bulk_jobs_get_progress,
        contact_bulk_jobs_list,
    )
else:  # each stand-in imports its module on first use, and that import rebinds the name to the module
    (
        contact_bulk_jobs_cancel,
        contact_bulk_jobs_get,
        contact_bulk_jobs_get_progress,
        contact_bulk_jobs_list,
    ) = lazy_submodules(
        __name__,
        "contact_bulk_jobs_cancel",
        "contact_bulk_jobs_get",
        "contact_bulk_jobs_get_progress",
        "contact_bulk_jobs_list",
    )


class ContactBulkJobsResource:
    """Operations under the `contact_bulk_jobs` tag of the spec."""

    __slots__ = ("_caller",)

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    async def cancel(
        self,
        job_id: str,
        /,
    ) -> ContactBulkJob:
        """Cancel a contact bulk job

        Cancel a `pending` or `processing` job; work already done is kept. No body. Error codes for an
        unknown or non-cancellable job are not documented.

        """
        request = contact_bulk_jobs_cancel.build_request(
            job_id,
        )
        return await self._caller.call(request, contact_bulk_jobs_cancel.parse_response)

    async def get(
        self,
        job_id: str,
        /,
    ) -> ContactBulkJob:
        """Get a contact bulk job

        Return one bulk job with all its fields.

        """
        request = contact_bulk_jobs_get.build_request(
            job_id,
        )
        return await self._caller.call(request, contact_bulk_jobs_get.parse_response)

    async def get_progress(
        self,
        job_id: str,
        /,
    ) -> ContactBulkJob:
        """Get the progress of a contact bulk job

        Return the job with live `processedCount`, `progress` and `summary`. Poll every 2 s; stop on `done`,
        `failed` or `cancelled`.

        """
        request = contact_bulk_jobs_get_progress.build_request(
            job_id,
        )
        return await self._caller.call(request, contact_bulk_jobs_get_progress.parse_response)

    def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
    ) -> AsyncPaginator[ContactBulkJob, ContactBulkJobPage]:
        """List contact bulk jobs

        List the asynchronous contact bulk jobs, cursor-paginated (list items omit `error`).


        Returns a paginator: `async for` walks every item across pages; `.pages()` yields whole pages.
        """

        def build(cursor: str | None) -> Request:
            return contact_bulk_jobs_list.build_request(limit=limit, cursor=cursor)

        return self._caller.paginate_cursor(
            build, contact_bulk_jobs_list.parse_response, lambda page: page.jobs, start=cursor
        )
