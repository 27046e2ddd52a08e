# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Every resource of the spec, one attribute per tag, all sharing one caller."""

from __future__ import annotations

from .._operation import Caller
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
        "account",
        "billing",
        "campaigns",
        "contact_bulk_jobs",
        "contact_groups",
        "contacts",
        "instances",
        "messages",
        "number_lookups",
        "statuses",
        "templates",
        "webhooks",
    )

    def __init__(self, caller: Caller) -> None:

        self.account = AccountResource(caller)

        self.billing = BillingResource(caller)

        self.campaigns = CampaignsResource(caller)

        self.contact_bulk_jobs = ContactBulkJobsResource(caller)

        self.contact_groups = ContactGroupsResource(caller)

        self.contacts = ContactsResource(caller)

        self.instances = InstancesResource(caller)

        self.messages = MessagesResource(caller)

        self.number_lookups = NumberLookupsResource(caller)

        self.statuses = StatusesResource(caller)

        self.templates = TemplatesResource(caller)

        self.webhooks = WebhooksResource(caller)
