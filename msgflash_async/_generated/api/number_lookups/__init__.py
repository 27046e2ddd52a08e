# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""The `number_lookups` resource: one typed async method per operation of the tag.

Each operation module (and so the request and envelope models only it needs) is imported on its method's
first call: using the resource loads this module and the models its signatures name, nothing more.
"""

from __future__ import annotations

import builtins  # noqa: F401  (methods named `list` shadow the builtin inside the class)
from typing import TYPE_CHECKING

from ...._operation import Caller, Request, lazy_submodules  # noqa: F401
from ...._pagination import AsyncPaginator  # noqa: F401
from ...models.import_lookup_contacts_result import ImportLookupContactsResult
from ...models.number_lookup import NumberLookup
from ...models.number_lookup_accepted import NumberLookupAccepted
from ...models.number_lookup_page import NumberLookupPage
from ...models.number_lookup_sync_result import NumberLookupSyncResult

if TYPE_CHECKING:
    from . import (
        number_lookups_cancel,
        number_lookups_create,
        number_lookups_get,
        number_lookups_get_progress,
        number_lookups_import_contacts,
        number_lookups_list,
    )
else:  # each stand-in imports its module on first use, and that import rebinds the name to the module
    (
        number_lookups_cancel,
        number_lookups_create,
        number_lookups_get,
        number_lookups_get_progress,
        number_lookups_import_contacts,
        number_lookups_list,
    ) = lazy_submodules(
        __name__,
        "number_lookups_cancel",
        "number_lookups_create",
        "number_lookups_get",
        "number_lookups_get_progress",
        "number_lookups_import_contacts",
        "number_lookups_list",
    )


class NumberLookupsResource:
    """Operations under the `number_lookups` tag of the spec."""

    __slots__ = ("_caller",)

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    async def cancel(
        self,
        id: str,
        /,
    ) -> NumberLookup:
        """Cancel a number lookup

        Cancel a lookup that is still pending or processing. No body.

        """
        request = number_lookups_cancel.build_request(
            id,
        )
        return await self._caller.call(request, number_lookups_cancel.parse_response)

    async def create(
        self,
        *,
        instance_id: str,
        numbers: builtins.list[str],
    ) -> NumberLookupSyncResult | NumberLookupAccepted:
        """Check numbers on WhatsApp

        Check which of 1 to 10000 numbers (international format) are on WhatsApp, using a connected instance
        of the account (numbers are checked with the provider in batches of 20). Fewer than 100 numbers are
        checked synchronously (200, results included); 100 or more start an asynchronous lookup (202): poll
        `GET /api/v1/number-lookups/{id}/progress` every 2 s until `done`, `failed` or `cancelled`. An older
        guide put the threshold at 1000: handle both responses rather than relying on it.

        """
        from ...models.create_number_lookup_request import CreateNumberLookupRequest

        request_body = CreateNumberLookupRequest(
            instance_id=instance_id,
            numbers=numbers,
        )
        request = number_lookups_create.build_request(body=request_body)
        return await self._caller.call(request, number_lookups_create.parse_response)

    async def get(
        self,
        id: str,
        /,
    ) -> NumberLookup:
        """Get a number lookup

        Return a lookup with its status, counts and results.

        """
        request = number_lookups_get.build_request(
            id,
        )
        return await self._caller.call(request, number_lookups_get.parse_response)

    async def get_progress(
        self,
        id: str,
        /,
    ) -> NumberLookup:
        """Get the progress of a number lookup

        Return the lookup status and counts (no results). Poll every 2 s; stop on `done`, `failed` or
        `cancelled`.

        """
        request = number_lookups_get_progress.build_request(
            id,
        )
        return await self._caller.call(request, number_lookups_get_progress.parse_response)

    async def import_contacts(
        self,
        id: str,
        /,
        *,
        group_id: str | None = None,
        tag: str | None = None,
    ) -> ImportLookupContactsResult:
        """Import the numbers of a lookup as contacts

        Create or update contacts from the numbers of a completed lookup that are on WhatsApp (only those).
        Optional: a target contact group and a tag for the imported contacts.

        """
        from ...models.import_lookup_contacts_request import ImportLookupContactsRequest

        request_body = ImportLookupContactsRequest(
            group_id=group_id,
            tag=tag,
        )
        request = number_lookups_import_contacts.build_request(id, body=request_body)
        return await self._caller.call(request, number_lookups_import_contacts.parse_response)

    def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
    ) -> AsyncPaginator[NumberLookup, NumberLookupPage]:
        """List number lookups

        List number lookups, cursor-paginated.


        Returns a paginator: `async for` walks every item across pages; `.pages()` yields whole pages.
        """

        def build(cursor: str | None) -> Request:
            return number_lookups_list.build_request(limit=limit, cursor=cursor)

        return self._caller.paginate_cursor(
            build, number_lookups_list.parse_response, lambda page: page.lookups, start=cursor
        )
