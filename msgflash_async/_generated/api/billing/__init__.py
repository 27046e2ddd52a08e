# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""The `billing` resource: one typed async method per operation of the tag.

Each operation module (and so the request and envelope models only it needs) is imported on its method's
first call: using the resource loads this module and the models its signatures name, nothing more.
"""

from __future__ import annotations

import builtins  # noqa: F401  (methods named `list` shadow the builtin inside the class)
from typing import TYPE_CHECKING

from ...._operation import Caller, Request, lazy_submodules  # noqa: F401
from ...._pagination import AsyncPaginator  # noqa: F401
from ...models.payment import Payment
from ...models.payment_page import PaymentPage
from ...models.plan import Plan
from ...models.subscription_overview import SubscriptionOverview
from ...models.usage_report import UsageReport

if TYPE_CHECKING:
    from . import billing_get_subscription, billing_get_usage, billing_list_payments, billing_list_plans
else:  # each stand-in imports its module on first use, and that import rebinds the name to the module
    (
        billing_get_subscription,
        billing_get_usage,
        billing_list_payments,
        billing_list_plans,
    ) = lazy_submodules(
        __name__,
        "billing_get_subscription",
        "billing_get_usage",
        "billing_list_payments",
        "billing_list_plans",
    )


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
        request = billing_get_subscription.build_request()
        return await self._caller.call(request, billing_get_subscription.parse_response)

    async def get_usage(
        self,
    ) -> UsageReport:
        """Get usage

        Return the plan, limits, features, usage and current period. Personal key only: a team key gets 403
        `TEAM_KEY_NOT_ALLOWED`.

        """
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
        request = billing_list_plans.build_request()
        return await self._caller.call(request, billing_list_plans.parse_response)
