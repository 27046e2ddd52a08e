# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""The `contact_groups` resource: one typed async method per operation of the tag.

Each operation module (and so the request and envelope models only it needs) is imported on its method's
first call: using the resource loads this module and the models its signatures name, nothing more.
"""

from __future__ import annotations

import builtins  # noqa: F401  (methods named `list` shadow the builtin inside the class)
from typing import TYPE_CHECKING

from ...._operation import Caller, Request, lazy_submodules  # noqa: F401
from ...._pagination import AsyncPaginator  # noqa: F401
from ...models.add_group_members_result import AddGroupMembersResult
from ...models.contact_bulk_job_accepted import ContactBulkJobAccepted
from ...models.contact_group import ContactGroup
from ...models.contact_group_page import ContactGroupPage
from ...models.delete_result import DeleteResult
from ...models.group_member import GroupMember
from ...models.group_member_page import GroupMemberPage
from ...models.remove_group_members_result import RemoveGroupMembersResult

if TYPE_CHECKING:
    from . import (
        contact_groups_add_members,
        contact_groups_create,
        contact_groups_delete,
        contact_groups_get,
        contact_groups_list,
        contact_groups_list_members,
        contact_groups_remove_members,
        contact_groups_update,
    )
else:  # each stand-in imports its module on first use, and that import rebinds the name to the module
    (
        contact_groups_add_members,
        contact_groups_create,
        contact_groups_delete,
        contact_groups_get,
        contact_groups_list,
        contact_groups_list_members,
        contact_groups_remove_members,
        contact_groups_update,
    ) = lazy_submodules(
        __name__,
        "contact_groups_add_members",
        "contact_groups_create",
        "contact_groups_delete",
        "contact_groups_get",
        "contact_groups_list",
        "contact_groups_list_members",
        "contact_groups_remove_members",
        "contact_groups_update",
    )


class ContactGroupsResource:
    """Operations under the `contact_groups` tag of the spec."""

    __slots__ = ("_caller",)

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    async def add_members(
        self,
        group_id: str,
        /,
        *,
        contact_ids: builtins.list[str],
    ) -> AddGroupMembersResult | ContactBulkJobAccepted:
        """Add contacts to a group

        Add 1 to 10000 contacts to a group. Fewer than 100 ids are handled synchronously (200, counts); 100
        or more start an asynchronous `add_to_group` bulk job (202): poll `GET /api/v1/contacts/bulk-
        jobs/{jobId}/progress` every 2 s. Handle both responses rather than relying on the threshold.

        """
        from ...models.add_group_members_request import AddGroupMembersRequest

        request_body = AddGroupMembersRequest(
            contact_ids=contact_ids,
        )
        request = contact_groups_add_members.build_request(group_id, body=request_body)
        return await self._caller.call(request, contact_groups_add_members.parse_response)

    async def create(
        self,
        *,
        name: str,
        description: str | None = None,
        color: str | None = None,
    ) -> ContactGroup:
        """Create a contact group

        Create a contact group (the number of groups is limited per plan).

        """
        from ...models.create_contact_group_request import CreateContactGroupRequest

        request_body = CreateContactGroupRequest(
            name=name,
            description=description,
            color=color,
        )
        request = contact_groups_create.build_request(body=request_body)
        return await self._caller.call(request, contact_groups_create.parse_response)

    async def delete(
        self,
        group_id: str,
        /,
    ) -> DeleteResult:
        """Delete a contact group

        Delete a contact group (the effect on member contacts is not documented).

        """
        request = contact_groups_delete.build_request(
            group_id,
        )
        return await self._caller.call(request, contact_groups_delete.parse_response)

    async def get(
        self,
        group_id: str,
        /,
    ) -> ContactGroup:
        """Get a contact group

        Return one contact group.

        """
        request = contact_groups_get.build_request(
            group_id,
        )
        return await self._caller.call(request, contact_groups_get.parse_response)

    def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        search: str | None = None,
    ) -> AsyncPaginator[ContactGroup, ContactGroupPage]:
        """List contact groups

        List contact groups (MsgFlash contact lists, not WhatsApp groups), cursor-paginated.


        Returns a paginator: `async for` walks every item across pages; `.pages()` yields whole pages.
        """

        def build(cursor: str | None) -> Request:
            return contact_groups_list.build_request(limit=limit, search=search, cursor=cursor)

        return self._caller.paginate_cursor(
            build, contact_groups_list.parse_response, lambda page: page.groups, start=cursor
        )

    def list_members(
        self,
        group_id: str,
        /,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        search: str | None = None,
    ) -> AsyncPaginator[GroupMember, GroupMemberPage]:
        """List the members of a group

        List the contacts of a group, cursor-paginated (list key `contacts`).


        Returns a paginator: `async for` walks every item across pages; `.pages()` yields whole pages.
        """

        def build(cursor: str | None) -> Request:
            return contact_groups_list_members.build_request(
                group_id, limit=limit, search=search, cursor=cursor
            )

        return self._caller.paginate_cursor(
            build, contact_groups_list_members.parse_response, lambda page: page.contacts, start=cursor
        )

    async def remove_members(
        self,
        group_id: str,
        /,
        *,
        contact_ids: builtins.list[str],
    ) -> RemoveGroupMembersResult | ContactBulkJobAccepted:
        """Remove contacts from a group

        Remove 1 to 10000 contacts from a group (DELETE with a JSON body). Fewer than 100 ids are handled
        synchronously (200, counts); 100 or more start an asynchronous `remove_from_group` bulk job (202):
        poll `GET /api/v1/contacts/bulk-jobs/{jobId}/progress` every 2 s.

        """
        from ...models.remove_group_members_request import RemoveGroupMembersRequest

        request_body = RemoveGroupMembersRequest(
            contact_ids=contact_ids,
        )
        request = contact_groups_remove_members.build_request(group_id, body=request_body)
        return await self._caller.call(request, contact_groups_remove_members.parse_response)

    async def update(
        self,
        group_id: str,
        /,
        *,
        name: str | None = None,
        description: str | None = None,
        color: str | None = None,
    ) -> ContactGroup:
        """Update a contact group

        Change a group's `name`, `description` or `color` (all optional).

        """
        from ...models.update_contact_group_request import UpdateContactGroupRequest

        request_body = UpdateContactGroupRequest(
            name=name,
            description=description,
            color=color,
        )
        request = contact_groups_update.build_request(group_id, body=request_body)
        return await self._caller.call(request, contact_groups_update.parse_response)
