# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""The `statuses` resource: one typed async method per operation of the tag.

Each operation module (and so the request and envelope models only it needs) is imported on its method's
first call: using the resource loads this module and the models its signatures name, nothing more.
"""

from __future__ import annotations

import builtins  # noqa: F401  (methods named `list` shadow the builtin inside the class)
from typing import TYPE_CHECKING

from ...._operation import Caller, Request, lazy_submodules  # noqa: F401
from ...._pagination import AsyncPaginator  # noqa: F401
from ...models.image_status import ImageStatus
from ...models.posted_status import PostedStatus
from ...models.text_status import TextStatus

if TYPE_CHECKING:
    from . import statuses_create
else:  # each stand-in imports its module on first use, and that import rebinds the name to the module
    (statuses_create,) = lazy_submodules(
        __name__,
        "statuses_create",
    )


class StatusesResource:
    """Operations under the `statuses` tag of the spec."""

    __slots__ = ("_caller",)

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    async def create(
        self,
        body: ImageStatus | TextStatus,
        /,
    ) -> PostedStatus:
        """Post a WhatsApp status

        Post a WhatsApp status (story): text (with an optional background colour) or image (public URL,
        optional caption). Counts against the monthly outbound quota. The newest plans disable statuses on
        every plan, so the call answers 403 `STATUSES_NOT_AVAILABLE_ON_PLAN`; the route is still documented.

        """
        request = statuses_create.build_request(body=body)
        return await self._caller.call(request, statuses_create.parse_response)
