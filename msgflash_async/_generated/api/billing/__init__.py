# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""The `billing` resource: one typed async method per operation of the tag.

Each method imports its operation module (and so the request and envelope models only it needs) on its
first call: using the resource loads this module and the models its signatures name, nothing more.
"""

from __future__ import annotations

import builtins  # noqa: F401  (methods named `list` shadow the builtin inside the class)

from ...._operation import Caller, Request  # noqa: F401
from ...._pagination import AsyncPaginator  # noqa: F401
from ...models.payment import Payment
from ...models.payment_page import PaymentPage
from ...models.plan import Plan
from ...models.subscription_overview import SubscriptionOverview
from ...models.usage_report import UsageReport


class BillingResource:
    """Operations under the `billing` tag of the spec."""

    __slots__ = ("_caller",)

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    async def get_subscription(
        self,
    ) -> SubscriptionOverview:
        """Get the subscription

        Return the current subscription (plan limits under `subscription.plan.limits`), usage and period.
        Personal key only: a team key gets 403 `TEAM_KEY_NOT_ALLOWED`.

        """
        from . import billing_get_subscription

        request = billing_get_subscription.build_request()
        return await self._caller.call(request, billing_get_subscription.parse_response)

    async def get_usage(
        self,
    ) -> UsageReport:
        """Get usage

        Return the plan, limits, features, usage and current period. Personal key only: a team key gets 403
        `TEAM_KEY_NOT_ALLOWED`.

        """
        from . import billing_get_usage

        request = billing_get_usage.build_request()
        return await self._caller.call(request, billing_get_usage.parse_response)

    def list_payments(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
    ) -> AsyncPaginator[Payment, PaymentPage]:
        """List payments

        List the key owner's personal payments, page-numbered. Personal key only: a team key gets 403
        `TEAM_KEY_NOT_ALLOWED`.


        Returns a paginator: `async for` walks every item across pages; `.pages()` yields whole pages.
        """
        from . import billing_list_payments

        def build(page: int | None) -> Request:
            return billing_list_payments.build_request(limit=limit, page=page)

        return self._caller.paginate_pages(
            build, billing_list_payments.parse_response, lambda payload: payload.payments, start=page
        )

    async def list_plans(
        self,
    ) -> builtins.list[Plan]:
        """List plans

        List the active plans (EUR prices, limits and feature flags). Allowed with a personal or a team key.

        """
        from . import billing_list_plans

        request = billing_list_plans.build_request()
        return await self._caller.call(request, billing_list_plans.parse_response)
