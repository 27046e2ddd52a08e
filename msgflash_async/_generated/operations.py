# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Operation facts that live in spec vendor extensions, which the generator's templates cannot see."""

from __future__ import annotations

from typing import Final

#: `x-personal-key-only`: routes a team key may not call (MsgFlash answers 403 TEAM_KEY_NOT_ALLOWED).
PERSONAL_KEY_ONLY: Final[frozenset[str]] = frozenset(
    {
        "account_get",
        "account_get_usage",
        "billing_get_subscription",
        "billing_get_usage",
        "billing_list_payments",
    }
)

#: `x-pagination`: operation id → (style, wire name of the item list).
PAGINATION: Final[dict[str, tuple[str, str]]] = {
    "billing_list_payments": ("page", "payments"),
    "contact_bulk_jobs_list": ("cursor", "jobs"),
    "contact_groups_list": ("cursor", "groups"),
    "contact_groups_list_members": ("cursor", "contacts"),
    "contacts_list": ("cursor", "contacts"),
    "messages_list": ("cursor", "messages"),
    "number_lookups_list": ("cursor", "lookups"),
    "templates_list": ("page", "templates"),
}

#: Query parameter bounds (minimum/maximum, minLength/maxLength), checked before any request is sent.
QUERY_BOUNDS: Final[dict[str, dict[str, dict[str, int | float | str]]]] = {
    "billing_list_payments": {
        "page": {"minimum": 1},
        "limit": {"maximum": 100, "minimum": 1},
    },
    "contact_bulk_jobs_list": {
        "limit": {"maximum": 100, "minimum": 1},
        "cursor": {"minLength": 1},
    },
    "contact_groups_list": {
        "limit": {"maximum": 100, "minimum": 1},
        "cursor": {"minLength": 1},
        "search": {"maxLength": 100, "minLength": 1},
    },
    "contact_groups_list_members": {
        "limit": {"maximum": 100, "minimum": 1},
        "cursor": {"minLength": 1},
        "search": {"maxLength": 100, "minLength": 1},
    },
    "contacts_list": {
        "limit": {"maximum": 100, "minimum": 1},
        "cursor": {"minLength": 1},
        "search": {"maxLength": 100, "minLength": 1},
    },
    "messages_list": {
        "limit": {"minimum": 1},
        "cursor": {"minLength": 1},
        "instanceId": {"minLength": 1},
    },
    "number_lookups_list": {
        "limit": {"minimum": 1},
        "cursor": {"minLength": 1},
    },
    "templates_list": {
        "page": {"minimum": 1},
        "limit": {"maximum": 100, "minimum": 1},
    },
}

#: `x-repeat-may-duplicate`: operations that could create something twice if repeated. Once such a request
#: may have reached the server it is never sent again; every other operation is safe to repeat.
MAY_DUPLICATE: Final[frozenset[str]] = frozenset(
    {
        "campaigns_create",
        "contact_groups_add_members",
        "contact_groups_create",
        "contacts_bulk_delete",
        "contacts_create",
        "messages_schedule",
        "messages_send",
        "number_lookups_create",
        "number_lookups_import_contacts",
        "statuses_create",
        "templates_create",
        "webhooks_create",
    }
)
