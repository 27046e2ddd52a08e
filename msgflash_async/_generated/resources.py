# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Every resource of the spec, one attribute per tag, all sharing one caller.

Each resource (and the models it names) is imported on first use: `import msgflash_async` stays cheap, and a
program that only sends messages never loads the code for campaigns or billing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._operation import Caller

if TYPE_CHECKING:
    from .api.account import AccountResource
    from .api.billing import BillingResource
    from .api.campaigns import CampaignsResource
    from .api.contact_bulk_jobs import ContactBulkJobsResource
    from .api.contact_groups import ContactGroupsResource
    from .api.contacts import ContactsResource
    from .api.instances import InstancesResource
    from .api.messages import MessagesResource
    from .api.number_lookups import NumberLookupsResource
    from .api.statuses import StatusesResource
    from .api.templates import TemplatesResource
    from .api.webhooks import WebhooksResource


class Resources:
    """The typed operations of the MsgFlash API, grouped by spec tag."""

    __slots__ = (
        "_caller",
        "_account",
        "_billing",
        "_campaigns",
        "_contact_bulk_jobs",
        "_contact_groups",
        "_contacts",
        "_instances",
        "_messages",
        "_number_lookups",
        "_statuses",
        "_templates",
        "_webhooks",
    )

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

        self._account: AccountResource | None = None

        self._billing: BillingResource | None = None

        self._campaigns: CampaignsResource | None = None

        self._contact_bulk_jobs: ContactBulkJobsResource | None = None

        self._contact_groups: ContactGroupsResource | None = None

        self._contacts: ContactsResource | None = None

        self._instances: InstancesResource | None = None

        self._messages: MessagesResource | None = None

        self._number_lookups: NumberLookupsResource | None = None

        self._statuses: StatusesResource | None = None

        self._templates: TemplatesResource | None = None

        self._webhooks: WebhooksResource | None = None

    @property
    def account(self) -> AccountResource:
        """The `account` operations."""
        if self._account is None:
            from .api.account import AccountResource

            self._account = AccountResource(self._caller)
        return self._account

    @property
    def billing(self) -> BillingResource:
        """The `billing` operations."""
        if self._billing is None:
            from .api.billing import BillingResource

            self._billing = BillingResource(self._caller)
        return self._billing

    @property
    def campaigns(self) -> CampaignsResource:
        """The `campaigns` operations."""
        if self._campaigns is None:
            from .api.campaigns import CampaignsResource

            self._campaigns = CampaignsResource(self._caller)
        return self._campaigns

    @property
    def contact_bulk_jobs(self) -> ContactBulkJobsResource:
        """The `contact_bulk_jobs` operations."""
        if self._contact_bulk_jobs is None:
            from .api.contact_bulk_jobs import ContactBulkJobsResource

            self._contact_bulk_jobs = ContactBulkJobsResource(self._caller)
        return self._contact_bulk_jobs

    @property
    def contact_groups(self) -> ContactGroupsResource:
        """The `contact_groups` operations."""
        if self._contact_groups is None:
            from .api.contact_groups import ContactGroupsResource

            self._contact_groups = ContactGroupsResource(self._caller)
        return self._contact_groups

    @property
    def contacts(self) -> ContactsResource:
        """The `contacts` operations."""
        if self._contacts is None:
            from .api.contacts import ContactsResource

            self._contacts = ContactsResource(self._caller)
        return self._contacts

    @property
    def instances(self) -> InstancesResource:
        """The `instances` operations."""
        if self._instances is None:
            from .api.instances import InstancesResource

            self._instances = InstancesResource(self._caller)
        return self._instances

    @property
    def messages(self) -> MessagesResource:
        """The `messages` operations."""
        if self._messages is None:
            from .api.messages import MessagesResource

            self._messages = MessagesResource(self._caller)
        return self._messages

    @property
    def number_lookups(self) -> NumberLookupsResource:
        """The `number_lookups` operations."""
        if self._number_lookups is None:
            from .api.number_lookups import NumberLookupsResource

            self._number_lookups = NumberLookupsResource(self._caller)
        return self._number_lookups

    @property
    def statuses(self) -> StatusesResource:
        """The `statuses` operations."""
        if self._statuses is None:
            from .api.statuses import StatusesResource

            self._statuses = StatusesResource(self._caller)
        return self._statuses

    @property
    def templates(self) -> TemplatesResource:
        """The `templates` operations."""
        if self._templates is None:
            from .api.templates import TemplatesResource

            self._templates = TemplatesResource(self._caller)
        return self._templates

    @property
    def webhooks(self) -> WebhooksResource:
        """The `webhooks` operations."""
        if self._webhooks is None:
            from .api.webhooks import WebhooksResource

            self._webhooks = WebhooksResource(self._caller)
        return self._webhooks
