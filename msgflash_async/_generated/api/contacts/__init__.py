# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""The `contacts` resource: one typed async method per operation of the tag.

Each operation module (and so the request and envelope models only it needs) is imported on its method's
first call: using the resource loads this module and the models its signatures name, nothing more.
"""

from __future__ import annotations

import builtins  # noqa: F401  (methods named `list` shadow the builtin inside the class)
from typing import TYPE_CHECKING

from ...._operation import Caller, Request, lazy_submodules  # noqa: F401
from ...._pagination import AsyncPaginator  # noqa: F401
from ...models.bulk_delete_result import BulkDeleteResult
from ...models.contact import Contact
from ...models.contact_bulk_job_accepted import ContactBulkJobAccepted
from ...models.contact_group_list import ContactGroupList
from ...models.contact_meta import ContactMeta
from ...models.contact_page import ContactPage
from ...models.contact_sort import ContactSort
from ...models.delete_result import DeleteResult

if TYPE_CHECKING:
    from . import (
        contacts_bulk_delete,
        contacts_create,
        contacts_delete,
        contacts_get,
        contacts_list,
        contacts_list_groups,
        contacts_update,
    )
else:  # each stand-in imports its module on first use, and that import rebinds the name to the module
    (
        contacts_bulk_delete,
        contacts_create,
        contacts_delete,
        contacts_get,
        contacts_list,
        contacts_list_groups,
        contacts_update,
    ) = lazy_submodules(
        __name__,
        "contacts_bulk_delete",
        "contacts_create",
        "contacts_delete",
        "contacts_get",
        "contacts_list",
        "contacts_list_groups",
        "contacts_update",
    )


class ContactsResource:
    """Operations under the `contacts` tag of the spec."""

    __slots__ = ("_caller",)

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    async def bulk_delete(
        self,
        *,
        contact_ids: builtins.list[str],
    ) -> BulkDeleteResult | ContactBulkJobAccepted:
        """Delete contacts in bulk

        Delete 1 to 10000 contacts. Fewer than 100 ids are handled synchronously (200, with the ids not
        found); 100 or more start an asynchronous bulk job (202): poll `GET /api/v1/contacts/bulk-
        jobs/{jobId}/progress` every 2 s until `done`, `failed` or `cancelled`. Handle both responses rather
        than relying on the threshold.

        """
        from ...models.bulk_delete_contacts_request import BulkDeleteContactsRequest

        request_body = BulkDeleteContactsRequest(
            contact_ids=contact_ids,
        )
        request = contacts_bulk_delete.build_request(body=request_body)
        return await self._caller.call(request, contacts_bulk_delete.parse_response)

    async def create(
        self,
        *,
        name: str,
        phone: str,
        tags: builtins.list[str] | None = None,
        meta: ContactMeta | None = None,
    ) -> Contact:
        """Create a contact

        Create a contact. Duplicate-phone behaviour is not documented.

        """
        from ...models.create_contact_request import CreateContactRequest

        request_body = CreateContactRequest(
            name=name,
            phone=phone,
            tags=tags,
            meta=meta,
        )
        request = contacts_create.build_request(body=request_body)
        return await self._caller.call(request, contacts_create.parse_response)

    async def delete(
        self,
        id: str,
        /,
    ) -> DeleteResult:
        """Delete a contact

        Delete a contact.

        """
        request = contacts_delete.build_request(
            id,
        )
        return await self._caller.call(request, contacts_delete.parse_response)

    async def get(
        self,
        id: str,
        /,
    ) -> Contact:
        """Get a contact

        Return one contact.

        """
        request = contacts_get.build_request(
            id,
        )
        return await self._caller.call(request, contacts_get.parse_response)

    def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        search: str | None = None,
        sort: ContactSort | None = None,
    ) -> AsyncPaginator[Contact, ContactPage]:
        """List contacts

        List contacts, cursor-paginated: pass `nextCursor` back as `cursor`; stop when `hasMore` is false or
        `nextCursor` is null. The cursor encodes the sort tuple (`createdAt|id` or `name|id`): keep the same
        `sort` across pages. Tag filtering is not documented.


        Returns a paginator: `async for` walks every item across pages; `.pages()` yields whole pages.
        """

        def build(cursor: str | None) -> Request:
            return contacts_list.build_request(limit=limit, search=search, sort=sort, cursor=cursor)

        return self._caller.paginate_cursor(
            build, contacts_list.parse_response, lambda page: page.contacts, start=cursor
        )

    async def list_groups(
        self,
        id: str,
        /,
    ) -> ContactGroupList:
        """List the groups of a contact

        Return the contact groups the contact belongs to (not paginated).

        """
        request = contacts_list_groups.build_request(
            id,
        )
        return await self._caller.call(request, contacts_list_groups.parse_response)

    async def update(
        self,
        id: str,
        /,
        *,
        name: str | None = None,
        phone: str | None = None,
        tags: builtins.list[str] | None = None,
        meta: ContactMeta | None = None,
    ) -> Contact:
        """Update a contact

        Change a contact (all fields optional); `tags` replaces the whole list and `meta` the whole object.

        """
        from ...models.update_contact_request import UpdateContactRequest

        request_body = UpdateContactRequest(
            name=name,
            phone=phone,
            tags=tags,
            meta=meta,
        )
        request = contacts_update.build_request(id, body=request_body)
        return await self._caller.call(request, contacts_update.parse_response)
