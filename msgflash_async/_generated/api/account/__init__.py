# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""The `account` resource: one typed async method per operation of the tag.

Each operation module (and so the request and envelope models only it needs) is imported on its method's
first call: using the resource loads this module and the models its signatures name, nothing more.
"""

from __future__ import annotations

import builtins  # noqa: F401  (methods named `list` shadow the builtin inside the class)
from typing import TYPE_CHECKING

from ...._operation import Caller, Request, lazy_submodules  # noqa: F401
from ...._pagination import AsyncPaginator  # noqa: F401
from ...models.me import Me
from ...models.usage_report import UsageReport

if TYPE_CHECKING:
    from . import account_get, account_get_usage
else:  # each stand-in imports its module on first use, and that import rebinds the name to the module
    (
        account_get,
        account_get_usage,
    ) = lazy_submodules(
        __name__,
        "account_get",
        "account_get_usage",
    )


class AccountResource:
    """Operations under the `account` tag of the spec."""

    __slots__ = ("_caller",)

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    async def get(
        self,
    ) -> Me:
        """Get the current account

        Return the account behind the API key. The route is referenced by the docs without a page: the
        response shape is not documented. Personal key only: a team key gets 403 `TEAM_KEY_NOT_ALLOWED`.

        """
        request = account_get.build_request()
        return await self._caller.call(request, account_get.parse_response)

    async def get_usage(
        self,
    ) -> UsageReport:
        """Get usage (legacy alias)

        Legacy alias of `GET /api/v1/billing/usage`, same response. Personal key only: a team key gets 403
        `TEAM_KEY_NOT_ALLOWED`.

        """
        request = account_get_usage.build_request()
        return await self._caller.call(request, account_get_usage.parse_response)
