# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""The `templates` resource: one typed async method per operation of the tag.

Each operation module (and so the request and envelope models only it needs) is imported on its method's
first call: using the resource loads this module and the models its signatures name, nothing more.
"""

from __future__ import annotations

import builtins  # noqa: F401  (methods named `list` shadow the builtin inside the class)
from typing import TYPE_CHECKING

from ...._operation import Caller, Request, lazy_submodules  # noqa: F401
from ...._pagination import AsyncPaginator  # noqa: F401
from ...models.create_audio_template import CreateAudioTemplate
from ...models.create_document_template import CreateDocumentTemplate
from ...models.create_image_template import CreateImageTemplate
from ...models.create_text_template import CreateTextTemplate
from ...models.create_video_template import CreateVideoTemplate
from ...models.delete_result import DeleteResult
from ...models.template import Template
from ...models.template_page import TemplatePage
from ...models.template_preview import TemplatePreview
from ...models.template_variables import TemplateVariables

if TYPE_CHECKING:
    from . import (
        templates_create,
        templates_delete,
        templates_get,
        templates_list,
        templates_preview,
        templates_update,
    )
else:  # each stand-in imports its module on first use, and that import rebinds the name to the module
    (
        templates_create,
        templates_delete,
        templates_get,
        templates_list,
        templates_preview,
        templates_update,
    ) = lazy_submodules(
        __name__,
        "templates_create",
        "templates_delete",
        "templates_get",
        "templates_list",
        "templates_preview",
        "templates_update",
    )


class TemplatesResource:
    """Operations under the `templates` tag of the spec."""

    __slots__ = ("_caller",)

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    async def create(
        self,
        body: CreateAudioTemplate
        | CreateDocumentTemplate
        | CreateImageTemplate
        | CreateTextTemplate
        | CreateVideoTemplate,
        /,
    ) -> Template:
        """Create a template

        Create a template. Placeholders use `{{namespace.variable}}` with namespace `contact`, `user`,
        `instance` or `custom`; the backend detects them from `body` and returns them in `variables`
        (clients never send `variables` here). Media templates carry their own `mediaUrl`.

        """
        request = templates_create.build_request(body=body)
        return await self._caller.call(request, templates_create.parse_response)

    async def delete(
        self,
        id: str,
        /,
    ) -> DeleteResult:
        """Delete a template

        Delete a template.

        """
        request = templates_delete.build_request(
            id,
        )
        return await self._caller.call(request, templates_delete.parse_response)

    async def get(
        self,
        id: str,
        /,
    ) -> Template:
        """Get a template

        Return one template.

        """
        request = templates_get.build_request(
            id,
        )
        return await self._caller.call(request, templates_get.parse_response)

    def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
    ) -> AsyncPaginator[Template, TemplatePage]:
        """List templates

        List templates, page-numbered (`page` from 1, `limit` up to 100; server defaults 1 and 20).


        Returns a paginator: `async for` walks every item across pages; `.pages()` yields whole pages.
        """

        def build(page: int | None) -> Request:
            return templates_list.build_request(limit=limit, page=page)

        return self._caller.paginate_pages(
            build, templates_list.parse_response, lambda payload: payload.templates, start=page
        )

    async def preview(
        self,
        id: str,
        /,
        *,
        instance_id: str | None = None,
        contact_id: str | None = None,
        variables: TemplateVariables | None = None,
    ) -> TemplatePreview:
        """Preview a template

        Render a template without sending anything. Optional context: `instanceId` (for `instance.*`),
        `contactId` (for `contact.*`) and `variables` (for `custom.*`). Unresolvable placeholders give
        `valid: false` and their paths in `missingVariables` (not an error).

        """
        from ...models.template_preview_request import TemplatePreviewRequest

        request_body = TemplatePreviewRequest(
            instance_id=instance_id,
            contact_id=contact_id,
            variables=variables,
        )
        request = templates_preview.build_request(id, body=request_body)
        return await self._caller.call(request, templates_preview.parse_response)

    async def update(
        self,
        id: str,
        /,
        *,
        name: str | None = None,
        body: str | None = None,
        media_url: str | None = None,
    ) -> Template:
        """Update a template

        Change a template's `name`, `body` or `mediaUrl` (all optional; `type` cannot change). Variables are
        recomputed.

        """
        from ...models.update_template_request import UpdateTemplateRequest

        request_body = UpdateTemplateRequest(
            name=name,
            body=body,
            media_url=media_url,
        )
        request = templates_update.build_request(id, body=request_body)
        return await self._caller.call(request, templates_update.parse_response)
