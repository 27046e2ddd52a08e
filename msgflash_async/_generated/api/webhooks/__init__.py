# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""The `webhooks` resource: one typed async method per operation of the tag.

Each operation module (and so the request and envelope models only it needs) is imported on its method's
first call: using the resource loads this module and the models its signatures name, nothing more.
"""

from __future__ import annotations

import builtins  # noqa: F401  (methods named `list` shadow the builtin inside the class)
from typing import TYPE_CHECKING

from ...._operation import Caller, Request, lazy_submodules  # noqa: F401
from ...._pagination import AsyncPaginator  # noqa: F401
from ...models.created_webhook import CreatedWebhook
from ...models.delete_result import DeleteResult
from ...models.webhook import Webhook
from ...models.webhook_event import WebhookEvent

if TYPE_CHECKING:
    from . import webhooks_create, webhooks_delete, webhooks_list
else:  # each stand-in imports its module on first use, and that import rebinds the name to the module
    (
        webhooks_create,
        webhooks_delete,
        webhooks_list,
    ) = lazy_submodules(
        __name__,
        "webhooks_create",
        "webhooks_delete",
        "webhooks_list",
    )


class WebhooksResource:
    """Operations under the `webhooks` tag of the spec."""

    __slots__ = ("_caller",)

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    async def create(
        self,
        *,
        url: str,
        events: builtins.list[WebhookEvent],
    ) -> CreatedWebhook:
        """Create a webhook endpoint

        Register an HTTPS endpoint for 1 to 50 events. The response carries the signing `secret`, shown only
        once: store it. Deliveries are signed `X-MsgFlash-Signature: sha256=<hex>` (HMAC-SHA256 of the raw
        body) and retried up to 5 times with exponential backoff on any non-2xx answer.

        """
        from ...models.create_webhook_request import CreateWebhookRequest

        request_body = CreateWebhookRequest(
            url=url,
            events=events,
        )
        request = webhooks_create.build_request(body=request_body)
        return await self._caller.call(request, webhooks_create.parse_response)

    async def delete(
        self,
        id: str,
        /,
    ) -> DeleteResult:
        """Delete a webhook endpoint

        Delete a webhook endpoint.

        """
        request = webhooks_delete.build_request(
            id,
        )
        return await self._caller.call(request, webhooks_delete.parse_response)

    async def list(
        self,
    ) -> builtins.list[Webhook]:
        """List webhook endpoints

        List the webhook endpoints (no pagination). Secrets are not returned.

        """
        request = webhooks_list.build_request()
        return await self._caller.call(request, webhooks_list.parse_response)
